//! Mapping today's paragraphs of one side onto the memory's old paragraphs.
//!
//! A sequence diff of fingerprints keeps the identity of paragraphs that did not change (even
//! when they moved or repeat); the changed paragraphs of each changed region are then paired
//! with their old versions by word similarity and position, with joins and splits. Groups of
//! memory beads that today's paragraphs tie together are kept in a union-find, and made
//! consecutive so that every group covers a run of paragraphs on both sides.

use std::collections::HashMap;

use crate::memory::Memory;
use crate::segment::Paragraph;
use crate::text::sequence::matching;
use crate::text::words::for_each_word;
use crate::text::{fingerprint, hash_normalized};

/// One side of a memory, flattened: each old paragraph's bead, text and fingerprint.
#[derive(Debug, Default)]
pub struct Flat<'m> {
    /// The memory bead of each old paragraph.
    pub bead: Vec<usize>,
    /// The text of each old paragraph.
    pub text: Vec<&'m str>,
    /// The fingerprint of each old paragraph.
    pub fp: Vec<u64>,
    /// Where each bead's paragraphs start (one more entry than beads).
    pub starts: Vec<usize>,
}

/// Both sides of a memory, flattened.
pub fn flatten(memory: &Memory) -> (Flat<'_>, Flat<'_>) {
    let mut src = Flat::default();
    let mut tgt = Flat::default();
    for (i, b) in memory.beads.iter().enumerate() {
        for (side, texts) in [(&mut src, &b.source), (&mut tgt, &b.target)] {
            side.starts.push(side.fp.len());
            for t in texts {
                side.bead.push(i);
                side.text.push(t);
                side.fp.push(fingerprint(t));
            }
        }
    }
    src.starts.push(src.fp.len());
    tgt.starts.push(tgt.fp.len());
    (src, tgt)
}

/// The group (union-find root of memory beads) owning each of today's paragraphs.
pub(super) fn owners(map: &[Vec<usize>], old: &Flat, sets: &mut UnionFind) -> Vec<Option<usize>> {
    map.iter().map(|olds| olds.first().map(|&o| sets.find(old.bead[o]))).collect()
}

/// Makes every group's paragraphs consecutive: unowned paragraphs between a group's first and
/// last paragraph join it, and groups whose spans overlap are joined. Returns whether anything
/// changed.
pub(super) fn make_contiguous(owner: &mut [Option<usize>], sets: &mut UnionFind) -> bool {
    let mut last: HashMap<usize, usize> = HashMap::new();
    for (j, o) in owner.iter().enumerate() {
        if let Some(g) = o {
            last.insert(sets.find(*g), j);
        }
    }
    let mut changed = false;
    let mut j = 0;
    while j < owner.len() {
        let Some(mut g) = owner[j].map(|g| sets.find(g)) else {
            j += 1;
            continue;
        };
        let mut end = last.get(&g).copied().unwrap_or(j);
        let mut k = j + 1;
        while k <= end {
            match owner[k].map(|h| sets.find(h)) {
                None => {
                    owner[k] = Some(g);
                    changed = true;
                }
                Some(h) if h != g => {
                    end = end.max(last.get(&h).copied().unwrap_or(k));
                    sets.union(g, h);
                    g = sets.find(g);
                    last.insert(g, end);
                    changed = true;
                }
                Some(_) => {}
            }
            k += 1;
        }
        j = end + 1;
    }
    changed
}

/// Maps today's paragraphs of one side onto the old ones: for each new paragraph, the old
/// paragraphs it continues (one; several for a join; none for a new paragraph).
pub fn map_side(old: &Flat, new: &[Paragraph]) -> Vec<Vec<usize>> {
    let new_fps: Vec<u64> = new.iter().map(|p| p.fp).collect();
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); new.len()];
    // Changed regions: (old range, new range) between runs of unchanged paragraphs.
    let mut regions: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    let (mut i0, mut j0) = (0, 0);
    let ends = std::iter::once((old.fp.len(), new.len()));
    for (i, j) in matching(&old.fp, &new_fps).into_iter().chain(ends) {
        if i > i0 || j > j0 {
            regions.push((i0..i, j0..j));
        }
        if j < new.len() {
            out[j].push(i);
        }
        (i0, j0) = (i + 1, j + 1);
    }
    // Paragraphs that moved unchanged keep their identity: an inserted paragraph takes a
    // deleted one with the same fingerprint, wherever it was.
    let mut taken_old = vec![false; old.fp.len()];
    let mut unmatched: HashMap<u64, Vec<usize>> = HashMap::new();
    for (o, _) in &regions {
        for i in o.clone().rev() {
            unmatched.entry(old.fp[i]).or_default().push(i);
        }
    }
    for (_, n) in &regions {
        for j in n.clone() {
            if let Some(i) = unmatched.get_mut(&new[j].fp).and_then(Vec::pop) {
                out[j].push(i);
                taken_old[i] = true;
            }
        }
    }
    for (o, n) in regions {
        let olds: Vec<usize> = o.filter(|&i| !taken_old[i]).collect();
        let news: Vec<usize> = n.filter(|&j| out[j].is_empty()).collect();
        pair_region(old, &olds, new, &news, &mut out);
    }
    out
}

/// Words of a text for similarity: lowercased, as sorted hashes (32 bits: a region of 50,000
/// paragraphs keeps a few million of them).
fn words(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for_each_word(text, |w| out.push(hash_normalized(w) as u32));
    out.sort_unstable();
    out
}

/// Dice similarity of two word multisets (sorted).
fn dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    2.0 * crate::align::common_count(a, b) as f64 / (a.len() + b.len()) as f64
}

/// The most [`dice`] can be for multisets of these sizes.
fn dice_bound(a: usize, b: usize) -> f64 {
    if a + b == 0 { 1.0 } else { 2.0 * a.min(b) as f64 / (a + b) as f64 }
}

/// The word multisets of the runs of one to three consecutive paragraphs of one side.
struct Runs {
    /// `runs[k - 1][i]`: the words of paragraphs `i + 1 - k ..= i` (empty where `i + 1 < k`).
    runs: Vec<Vec<Vec<u32>>>,
}

impl Runs {
    /// The runs of `single` paragraphs' words, up to `longest` paragraphs long.
    fn new(single: Vec<Vec<u32>>, longest: usize) -> Runs {
        let join = |k: usize| -> Vec<Vec<u32>> {
            (0..single.len())
                .map(|i| {
                    if i + 1 < k {
                        return Vec::new();
                    }
                    let mut v: Vec<u32> = single[i + 1 - k..=i].iter().flatten().copied().collect();
                    v.sort_unstable();
                    v
                })
                .collect()
        };
        let longer: Vec<Vec<Vec<u32>>> = (2..=longest).map(join).collect();
        Runs { runs: std::iter::once(single).chain(longer).collect() }
    }

    /// The words of the `k` paragraphs ending at `i`.
    fn ending(&self, i: usize, k: usize) -> &[u32] {
        &self.runs[k - 1][i]
    }
}

/// The cells of the pairing grid that are searched: for each old paragraph count `i`, the new
/// counts within `band` of the diagonal (all of them for a small region), stored row by row.
pub(super) struct Band {
    rows: usize,
    cols: usize,
    band: usize,
    /// Where each row's cells start in the flat storage (one more entry than rows).
    starts: Vec<usize>,
}

impl Band {
    pub(super) fn new(old: usize, new: usize, band: usize) -> Band {
        let mut grid = Band { rows: old, cols: new, band, starts: Vec::with_capacity(old + 2) };
        let mut at = 0;
        for i in 0..=old {
            grid.starts.push(at);
            at += grid.columns(i).len();
        }
        grid.starts.push(at);
        grid
    }

    /// The new counts searched in row `i`.
    fn columns(&self, i: usize) -> std::ops::Range<usize> {
        let centre = (i * self.cols).checked_div(self.rows).unwrap_or(0);
        centre.saturating_sub(self.band)..(centre + self.band).min(self.cols) + 1
    }

    /// The storage index of cell `(i, j)`, if it is searched.
    pub(super) fn at(&self, i: usize, j: usize) -> Option<usize> {
        let columns = self.columns(i);
        columns.contains(&j).then(|| self.starts[i] + j - columns.start)
    }

    pub(super) fn cells(&self) -> usize {
        self.starts[self.rows + 1]
    }
}

/// Group shapes when pairing a changed region: (old, new) paragraphs, and a penalty that keeps
/// joins and splits for when they really fit better. Large regions use the first five.
const REGION_SHAPES: [(usize, usize, f64); 7] =
    [(1, 1, 0.0), (1, 0, 0.0), (0, 1, 0.0), (2, 1, 1.0), (1, 2, 1.0), (3, 1, 2.0), (1, 3, 2.0)];
/// How far from the diagonal a large changed region is searched (old and new counts are scaled
/// to each other first), in paragraphs.
pub(super) const BAND: usize = 40;
/// The most cells a large region's band may hold (nine bytes each).
const MAX_CELLS: usize = 20_000_000;
/// Below this similarity a pair is left to positional pairing.
const MIN_SIMILARITY: f64 = 0.2;

/// Pairs the old and new paragraphs of one changed region by similarity (with joins and
/// splits), then pairs what is left between those pairs by position.
fn pair_region(old: &Flat, o: &[usize], new: &[Paragraph], n: &[usize], out: &mut [Vec<usize>]) {
    let (no, nn) = (o.len(), n.len());
    if no == 0 || nn == 0 {
        return;
    }
    let ow: Vec<Vec<u32>> = o.iter().map(|&i| words(old.text[i])).collect();
    let nw: Vec<Vec<u32>> = n.iter().map(|&j| words(&new[j].text)).collect();
    // Small regions are searched whole; large ones in a band around the diagonal, stored as
    // the band alone, so that time and memory grow with the region, not its square.
    // The band reaches as far as the two counts differ (paragraphs inserted before the edited
    // ones shift them all), within a budget of cells.
    let band = if no * nn <= 250_000 { nn } else { (BAND + no.abs_diff(nn)).min((MAX_CELLS / (no + 1)).max(BAND)) };
    let grid = Band::new(no, nn, band);
    let shapes: &[(usize, usize, f64)] = if band == nn { &REGION_SHAPES } else { &REGION_SHAPES[..5] };
    // The words of each run of paragraphs ending at each place, as long as a shape needs, made once.
    let longest = shapes.iter().map(|&(k, l, _)| k.max(l)).max().unwrap_or(1);
    let (ow, nw) = (Runs::new(ow, longest), Runs::new(nw, longest));
    let mut score = vec![f64::NEG_INFINITY; grid.cells()];
    let mut back = vec![u8::MAX; grid.cells()];
    if let Some(origin) = grid.at(0, 0) {
        score[origin] = 0.0;
    }
    for i in 0..=no {
        for j in grid.columns(i) {
            let Some(here) = grid.at(i, j) else { continue };
            if i == 0 && j == 0 {
                continue;
            }
            for (s, &(k, l, penalty)) in shapes.iter().enumerate() {
                if k > i || l > j {
                    continue;
                }
                let Some(prev) = grid.at(i - k, j - l).map(|c| score[c]).filter(|p| p.is_finite()) else {
                    continue;
                };
                let gain = if k == 0 || l == 0 {
                    0.0
                } else {
                    let (a, b) = (ow.ending(i - 1, k), nw.ending(j - 1, l));
                    // Two multisets share at most the smaller: a step that cannot beat the best
                    // one so far is not worth its merge.
                    let most = dice_bound(a.len(), b.len());
                    if most < MIN_SIMILARITY || prev + most * (k + l) as f64 - penalty <= score[here] {
                        continue;
                    }
                    let sim = dice(a, b);
                    if sim < MIN_SIMILARITY {
                        continue;
                    }
                    sim * (k + l) as f64 - penalty
                };
                if prev + gain > score[here] {
                    score[here] = prev + gain;
                    back[here] = s as u8;
                }
            }
        }
    }
    // Walk back: pairs, and the unpaired paragraphs between them.
    let mut steps = Vec::new();
    let (mut i, mut j) = (no, nn);
    while i > 0 || j > 0 {
        let Some(&(k, l, _)) = grid.at(i, j).and_then(|c| REGION_SHAPES.get(back[c] as usize)) else {
            // Outside the band: the rest is left to positional pairing.
            steps.extend((0..i).rev().map(|x| (x..x + 1, 0..0)));
            steps.extend((0..j).rev().map(|y| (0..0, y..y + 1)));
            break;
        };
        steps.push((i - k..i, j - l..j));
        i -= k;
        j -= l;
    }
    steps.reverse();
    let mut lone_old: Vec<usize> = Vec::new();
    let mut lone_new: Vec<usize> = Vec::new();
    let flush = |lone_old: &mut Vec<usize>, lone_new: &mut Vec<usize>, out: &mut [Vec<usize>]| {
        for (&a, &b) in lone_old.iter().zip(lone_new.iter()) {
            out[n[b]].push(o[a]);
        }
        lone_old.clear();
        lone_new.clear();
    };
    for (so, sn) in steps {
        match (so.is_empty(), sn.is_empty()) {
            (false, true) => lone_old.extend(so),
            (true, false) => lone_new.extend(sn),
            _ => {
                flush(&mut lone_old, &mut lone_new, out);
                for b in sn {
                    out[n[b]].extend(so.clone().map(|a| o[a]));
                }
            }
        }
    }
    flush(&mut lone_old, &mut lone_new, out);
}

/// Disjoint sets of memory beads.
pub(super) struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub(super) fn new(n: usize) -> Self {
        UnionFind { parent: (0..n).collect() }
    }

    pub(super) fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.parent[r] != r {
            r = self.parent[r];
        }
        let mut y = x;
        while self.parent[y] != r {
            let next = self.parent[y];
            self.parent[y] = r;
            y = next;
        }
        r
    }

    /// Joins two sets; the smaller index becomes the root, so a group's root is its first bead.
    pub(super) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}
