//! States of the beads of one translation: today's files compared with the memory.
//!
//! Both sides, source and target, are mapped onto the memory the same way: a sequence diff of
//! paragraph fingerprints keeps the identity of paragraphs that did not change (even when they
//! moved or repeat), then the changed paragraphs of each changed region are paired with their old
//! versions by similarity and position, with joins and splits. A memory bead then collects the
//! paragraphs of today that map onto it, and its state follows from comparing its old source
//! text with today's (paragraphs joined by one space, white space folded): so re-wrapping,
//! joining or splitting paragraphs inside one bead changes nothing, and a paragraph rewritten in
//! place is `stale` against its own old text. This module decides states; it reads no files.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use similar::{Algorithm, DiffOp};

use crate::memory::Memory;
use crate::segment::{Paragraph, fingerprint, normalize};

/// The state of a bead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// The source paragraphs are unchanged since the bead was last synced.
    Current,
    /// A source paragraph changed since the bead was last synced.
    Stale,
    /// Source paragraphs that no confirmed bead translates.
    Missing,
    /// A target paragraph whose source was removed, or that no confirmed bead covers.
    Orphaned,
}

impl State {
    /// All states, in report order.
    pub const ALL: [State; 4] = [State::Current, State::Stale, State::Missing, State::Orphaned];

    /// The state's name in JSON and in message ids.
    pub fn name(self) -> &'static str {
        match self {
            State::Current => "current",
            State::Stale => "stale",
            State::Missing => "missing",
            State::Orphaned => "orphaned",
        }
    }
}

/// One bead of today's comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BeadState {
    /// The bead's id: its memory id, or a provisional id for missing and orphaned paragraphs.
    pub id: String,
    /// Its state.
    pub state: State,
    /// Today's source paragraphs (0-based indices).
    pub source: Vec<usize>,
    /// Today's target paragraphs (0-based indices).
    pub target: Vec<usize>,
    /// For a stale bead: the translation changed too since the sync.
    pub target_edited: bool,
    /// The memory beads it stands for (indices into the memory), in memory order.
    pub memory: Vec<usize>,
}

/// Counts of beads by state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Current beads.
    pub current: usize,
    /// Stale beads.
    pub stale: usize,
    /// Missing beads.
    pub missing: usize,
    /// Orphaned beads.
    pub orphaned: usize,
}

impl Counts {
    /// Counts the states of `beads`.
    pub fn of(beads: &[BeadState]) -> Counts {
        let mut c = Counts::default();
        for b in beads {
            *c.get_mut(b.state) += 1;
        }
        c
    }

    /// The count of one state.
    pub fn get(&self, state: State) -> usize {
        match state {
            State::Current => self.current,
            State::Stale => self.stale,
            State::Missing => self.missing,
            State::Orphaned => self.orphaned,
        }
    }

    fn get_mut(&mut self, state: State) -> &mut usize {
        match state {
            State::Current => &mut self.current,
            State::Stale => &mut self.stale,
            State::Missing => &mut self.missing,
            State::Orphaned => &mut self.orphaned,
        }
    }

    /// All beads.
    pub fn total(&self) -> usize {
        self.current + self.stale + self.missing + self.orphaned
    }

    /// Whether every bead is current.
    pub fn all_current(&self) -> bool {
        self.total() == self.current
    }
}

/// Compares today's source and target paragraphs with the memory of one translation. With no
/// memory, every source paragraph is missing and every target paragraph orphaned. The result
/// accounts for every source and every target paragraph exactly once, in source order, with
/// orphans where their target paragraph stands.
pub fn compare(memory: Option<&Memory>, source: &[Paragraph], target: &[Paragraph]) -> Vec<BeadState> {
    let empty = Memory::default();
    let memory = memory.unwrap_or(&empty);
    let (old_src, old_tgt) = flatten(memory);
    let src_map = map_side(&old_src, source);
    let tgt_map = map_side(&old_tgt, target);

    // Memory beads joined by today's paragraphs that map onto several of them.
    let mut sets = UnionFind::new(memory.beads.len());
    for (map, old) in [(&src_map, &old_src), (&tgt_map, &old_tgt)] {
        for olds in map.iter() {
            for w in olds.windows(2) {
                sets.union(old.bead[w[0]], old.bead[w[1]]);
            }
        }
    }
    let mut src_owner = owners(&src_map, &old_src, &mut sets);
    let mut tgt_owner = owners(&tgt_map, &old_tgt, &mut sets);
    // A group's paragraphs must be consecutive: absorb what lies between, join what overlaps.
    loop {
        let a = make_contiguous(&mut src_owner, &mut sets);
        let b = make_contiguous(&mut tgt_owner, &mut sets);
        if !a && !b {
            break;
        }
        for o in src_owner.iter_mut().chain(tgt_owner.iter_mut()).flatten() {
            *o = sets.find(*o);
        }
    }

    let mut groups: HashMap<usize, (Vec<usize>, Vec<usize>)> = HashMap::new();
    for (j, o) in src_owner.iter().enumerate() {
        if let Some(g) = o {
            groups.entry(*g).or_default().0.push(j);
        }
    }
    for (j, o) in tgt_owner.iter().enumerate() {
        if let Some(g) = o {
            groups.entry(*g).or_default().1.push(j);
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for b in 0..memory.beads.len() {
        let root = sets.find(b);
        if groups.contains_key(&root) {
            members.entry(root).or_default().push(b);
        }
    }

    let mut taken: HashSet<String> = memory.beads.iter().map(|b| b.id.clone()).collect();
    let mut out: Vec<BeadState> = Vec::new();
    let mut orphans: Vec<usize> = (0..target.len()).filter(|&j| tgt_owner[j].is_none()).collect();
    let mut roots: Vec<usize> = groups.keys().copied().collect();
    roots.sort_unstable();
    for root in roots {
        let (src, tgt) = &groups[&root];
        let beads = &members[&root];
        let had_source = beads.iter().any(|&b| !memory.beads[b].source.is_empty());
        let had_target = beads.iter().any(|&b| !memory.beads[b].target.is_empty());
        let id = memory.beads[beads[0]].id.clone();
        if src.is_empty() {
            if had_source {
                // The source was removed: what is left of the translation is orphaned.
                orphans.extend(tgt.iter().copied());
            } else {
                out.push(bead(id, State::Current, src, tgt, false, beads));
            }
            continue;
        }
        let old_text: Vec<&str> = beads.iter().flat_map(|&b| memory.beads[b].source.iter().map(String::as_str)).collect();
        let stale = !same_text(&old_text, src.iter().map(|&j| &source[j]));
        if tgt.is_empty() && had_target {
            out.push(bead(id, State::Missing, src, tgt, false, beads));
            continue;
        }
        let edited = stale && {
            let old_tgt: Vec<&str> = beads.iter().flat_map(|&b| memory.beads[b].target.iter().map(String::as_str)).collect();
            !same_text(&old_tgt, tgt.iter().map(|&j| &target[j]))
        };
        let state = if stale { State::Stale } else { State::Current };
        out.push(bead(id, state, src, tgt, edited, beads));
    }
    let mut seen: HashMap<u64, u64> = HashMap::new();
    for (j, o) in src_owner.iter().enumerate() {
        if o.is_none() {
            let id = provisional_id(source[j].fp, 0, &mut seen, &mut taken);
            out.push(bead(id, State::Missing, &[j], &[], false, &[]));
        }
    }
    orphans.sort_unstable();
    for j in orphans {
        let id = provisional_id(target[j].fp, 1, &mut seen, &mut taken);
        out.push(bead(id, State::Orphaned, &[], &[j], false, &[]));
    }
    sort_in_source_order(&mut out, |b| (&b.source, &b.target), target.len());
    out
}

fn bead(id: String, state: State, src: &[usize], tgt: &[usize], edited: bool, mem: &[usize]) -> BeadState {
    BeadState { id, state, source: src.to_vec(), target: tgt.to_vec(), target_edited: edited, memory: mem.to_vec() }
}

/// Whether old texts and today's paragraphs read the same once joined and folded.
fn same_text<'a>(old: &[&str], new: impl Iterator<Item = &'a Paragraph> + Clone) -> bool {
    let fps: Vec<u64> = new.clone().map(|p| p.fp).collect();
    if old.len() == fps.len() && old.iter().zip(&fps).all(|(o, f)| fingerprint(o) == *f) {
        return true;
    }
    let new_text: Vec<&str> = new.map(|p| p.text.as_str()).collect();
    normalize(&old.join(" ")) == normalize(&new_text.join(" "))
}

/// Sorts items into source order, each item without source paragraphs (an orphan, a confirmed
/// addition) after the item that holds the target paragraph before it. `sides` gives an item's
/// source and target paragraphs.
pub fn sort_in_source_order<T>(items: &mut [T], sides: impl Fn(&T) -> (&[usize], &[usize]), target_len: usize) {
    let mut holder: Vec<Option<usize>> = vec![None; target_len];
    for item in items.iter() {
        let (src, tgt) = sides(item);
        if let Some(&s) = src.first() {
            for &t in tgt {
                if let Some(h) = holder.get_mut(t) {
                    *h = Some(s);
                }
            }
        }
    }
    items.sort_by_cached_key(|item| -> (usize, u8, usize) {
        let (src, tgt) = sides(item);
        match (src.first(), tgt.first()) {
            (Some(&s), _) => (s, 0, 0),
            (None, Some(&t)) => match (0..t.min(target_len)).rev().find_map(|p| holder[p]) {
                Some(s) => (s, 1, t),
                None => (t, 1, t),
            },
            (None, None) => (usize::MAX, 2, 0),
        }
    });
}

/// A provisional id from a fingerprint; the n-th paragraph with the same text gets another.
fn provisional_id(fp: u64, side: u64, seen: &mut HashMap<u64, u64>, taken: &mut HashSet<String>) -> String {
    let nth = seen.entry(fp ^ side).or_insert(0);
    *nth += 1;
    let seed = xxhash_rust::xxh3::xxh3_64_with_seed(&fp.to_le_bytes(), side * 1000 + *nth);
    new_id(seed, taken)
}

/// A short id from a seed: five hex digits, lengthened while it collides with `taken`.
pub fn new_id(seed: u64, taken: &mut HashSet<String>) -> String {
    let hex = format!("{seed:016x}");
    for len in 5..=16 {
        let id = hex[..len].to_string();
        if !taken.contains(&id) {
            taken.insert(id.clone());
            return id;
        }
    }
    let mut n = 0u64;
    loop {
        let id = format!("{hex}{n}");
        if taken.insert(id.clone()) {
            return id;
        }
        n += 1;
    }
}

/// One side of a memory, flattened: each old paragraph's bead, text and fingerprint.
#[derive(Debug, Default)]
pub struct Flat<'m> {
    /// The memory bead of each old paragraph.
    pub bead: Vec<usize>,
    /// The text of each old paragraph.
    pub text: Vec<&'m str>,
    /// The fingerprint of each old paragraph.
    pub fp: Vec<u64>,
}

/// Both sides of a memory, flattened.
pub fn flatten(memory: &Memory) -> (Flat<'_>, Flat<'_>) {
    let mut src = Flat::default();
    let mut tgt = Flat::default();
    for (i, b) in memory.beads.iter().enumerate() {
        for (side, texts) in [(&mut src, &b.source), (&mut tgt, &b.target)] {
            for t in texts {
                side.bead.push(i);
                side.text.push(t);
                side.fp.push(fingerprint(t));
            }
        }
    }
    (src, tgt)
}

/// The group (union-find root of memory beads) owning each of today's paragraphs.
fn owners(map: &[Vec<usize>], old: &Flat, sets: &mut UnionFind) -> Vec<Option<usize>> {
    map.iter().map(|olds| olds.first().map(|&o| sets.find(old.bead[o]))).collect()
}

/// Makes every group's paragraphs consecutive: unowned paragraphs between a group's first and
/// last paragraph join it, and groups whose spans overlap are joined. Returns whether anything
/// changed.
fn make_contiguous(owner: &mut [Option<usize>], sets: &mut UnionFind) -> bool {
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
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    let ops = similar::capture_diff_slices_deadline(Algorithm::Myers, &old.fp, &new_fps, Some(deadline));
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); new.len()];
    let mut region: Option<(usize, usize, usize, usize)> = None;
    for op in ops {
        match op {
            DiffOp::Equal { old_index, new_index, len } => {
                if let Some((o0, o1, n0, n1)) = region.take() {
                    pair_region(old, o0..o1, new, n0..n1, &mut out);
                }
                for k in 0..len {
                    out[new_index + k].push(old_index + k);
                }
            }
            other => {
                let (o, n) = (other.old_range(), other.new_range());
                region = Some(match region {
                    Some((o0, _, n0, _)) => (o0, o.end, n0, n.end),
                    None => (o.start, o.end, n.start, n.end),
                });
            }
        }
    }
    if let Some((o0, o1, n0, n1)) = region {
        pair_region(old, o0..o1, new, n0..n1, &mut out);
    }
    out
}

/// Words of a text for similarity: lowercased, as sorted hashes.
fn words(text: &str) -> Vec<u64> {
    let mut out: Vec<u64> = normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| crate::segment::hash_normalized(&w.to_lowercase()))
        .collect();
    out.sort_unstable();
    out
}

/// Dice similarity of two word multisets (sorted).
fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut n) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * n as f64 / (a.len() + b.len()) as f64
}

fn union_sorted(lists: &[&Vec<u64>]) -> Vec<u64> {
    let mut v: Vec<u64> = lists.iter().flat_map(|l| l.iter().copied()).collect();
    v.sort_unstable();
    v
}

/// Group shapes when pairing a changed region: (old, new) paragraphs, and a penalty that keeps
/// joins and splits for when they really fit better.
const REGION_SHAPES: [(usize, usize, f64); 7] =
    [(1, 1, 0.0), (1, 0, 0.0), (0, 1, 0.0), (2, 1, 0.5), (1, 2, 0.5), (3, 1, 1.0), (1, 3, 1.0)];
/// Below this similarity a pair is left to positional pairing.
const MIN_SIMILARITY: f64 = 0.2;

/// Pairs the old and new paragraphs of one changed region by similarity (with joins and
/// splits), then pairs what is left between those pairs by position.
fn pair_region(old: &Flat, o: std::ops::Range<usize>, new: &[Paragraph], n: std::ops::Range<usize>, out: &mut [Vec<usize>]) {
    let (no, nn) = (o.len(), n.len());
    if no == 0 || nn == 0 {
        return;
    }
    let ow: Vec<Vec<u64>> = o.clone().map(|i| words(old.text[i])).collect();
    let nw: Vec<Vec<u64>> = n.clone().map(|j| words(&new[j].text)).collect();
    // A band keeps very large regions linear; small ones are searched whole.
    let band = if no * nn <= 250_000 { usize::MAX } else { 200 + no.abs_diff(nn) };
    let centre = |i: usize| i * nn / no;
    let inside = |i: usize, j: usize| band == usize::MAX || j.abs_diff(centre(i)) <= band;
    let idx = |i: usize, j: usize| i * (nn + 1) + j;
    let mut score = vec![f64::NEG_INFINITY; (no + 1) * (nn + 1)];
    let mut back = vec![u8::MAX; (no + 1) * (nn + 1)];
    score[0] = 0.0;
    for i in 0..=no {
        for j in 0..=nn {
            if (i == 0 && j == 0) || !inside(i, j) {
                continue;
            }
            for (s, &(k, l, penalty)) in REGION_SHAPES.iter().enumerate() {
                if k > i || l > j {
                    continue;
                }
                let prev = score[idx(i - k, j - l)];
                if prev == f64::NEG_INFINITY {
                    continue;
                }
                let gain = if k == 0 || l == 0 {
                    0.0
                } else {
                    let a = union_sorted(&ow[i - k..i].iter().collect::<Vec<_>>());
                    let b = union_sorted(&nw[j - l..j].iter().collect::<Vec<_>>());
                    let sim = dice(&a, &b);
                    if sim < MIN_SIMILARITY {
                        continue;
                    }
                    sim * (k + l) as f64 - penalty
                };
                if prev + gain > score[idx(i, j)] {
                    score[idx(i, j)] = prev + gain;
                    back[idx(i, j)] = s as u8;
                }
            }
        }
    }
    // Walk back: pairs, and the unpaired paragraphs between them.
    let mut steps = Vec::new();
    let (mut i, mut j) = (no, nn);
    while i > 0 || j > 0 {
        let Some(&(k, l, _)) = REGION_SHAPES.get(back[idx(i, j)] as usize) else {
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
            out[n.start + b].push(o.start + a);
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
                    out[n.start + b].extend(so.clone().map(|a| o.start + a));
                }
            }
        }
    }
    flush(&mut lone_old, &mut lone_new, out);
}

/// Disjoint sets of memory beads.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind { parent: (0..n).collect() }
    }

    fn find(&mut self, x: usize) -> usize {
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
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}
