//! The banded search: anchors and guides, the bands around them, the best path through a
//! band, and the widening of a band wherever a path comes near its edge.

use super::features::Features;
use super::model::{Model, SHAPES, Shared, overlap};
use crate::text::hash::FastMap;

/// A path as beads `(i, j, k, l)`: source `i-k..i` with target `j-l..j`.
pub(super) type Path = Vec<(usize, usize, usize, usize)>;

/// The target paragraphs row `i` of a search may end at: `lo[i]..=hi[i]`.
pub(super) struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
}

impl Band {
    /// Around a guide (the span of target positions it covers on each row), each row widened
    /// by its own half-width.
    pub(super) fn new(guide: &[(usize, usize)], w: &[usize], m: usize) -> Band {
        Band {
            lo: guide.iter().zip(w).map(|(&(a, _), &w)| a.saturating_sub(w).min(m)).collect(),
            hi: guide.iter().zip(w).map(|(&(_, b), &w)| (b + w).min(m)).collect(),
        }
    }

    /// The rows where a path comes within two cells of the band's inner edges.
    fn touched(&self, path: &Path, m: usize) -> Vec<usize> {
        path.iter()
            .filter(|&&(i, j, _, _)| (self.lo[i] > 0 && j <= self.lo[i] + 2) || (self.hi[i] < m && j + 2 >= self.hi[i]))
            .map(|&(i, _, _, _)| i)
            .collect()
    }
}

/// The span of target positions a path covers on each row.
pub(super) fn path_guide(path: &Path, n: usize, m: usize) -> Vec<(usize, usize)> {
    let mut guide = vec![(usize::MAX, 0); n + 1];
    guide[0] = (0, 0);
    for &(i, j, k, l) in path {
        // Rows inside a bead lie between its start and its end.
        for (r, span) in guide.iter_mut().enumerate().take(i + 1).skip(i - k) {
            let from = if r == i { j } else { j - l };
            span.0 = span.0.min(from);
            span.1 = span.1.max(j);
        }
    }
    guide.iter().map(|&(a, b)| if a == usize::MAX { (0, m) } else { (a, b) }).collect()
}

/// A guide through anchor points (and the two corners), straight between them.
pub(super) fn anchor_guide(anchors: &[(usize, usize)], n: usize, m: usize) -> Vec<(usize, usize)> {
    let mut points = vec![(0, 0)];
    points.extend(anchors.iter().filter(|&&(i, j)| i > 0 && j > 0 && i < n && j < m).map(|&(i, j)| (i, j)));
    points.push((n, m));
    let at = |x: f64| -> f64 {
        let x = x.clamp(0.0, n as f64);
        let seg = points.partition_point(|&(i, _)| (i as f64) < x).clamp(1, points.len() - 1);
        let ((i0, j0), (i1, j1)) = (points[seg - 1], points[seg]);
        if i1 == i0 {
            j1 as f64
        } else {
            j0 as f64 + (x - i0 as f64) * (j1 as f64 - j0 as f64) / (i1 as f64 - i0 as f64)
        }
    };
    (0..=n)
        .map(|i| {
            let (a, b) = (at(i as f64 - 1.0), at(i as f64 + 1.0));
            (a.floor() as usize, (b.ceil() as usize).min(m))
        })
        .collect()
}

/// Paragraph pairs that share a key (word, code or number) found exactly once in each text:
/// the longest chain of them that keeps their order.
pub(super) fn anchors(src: &[Features], tgt: &[Features]) -> Vec<(usize, usize)> {
    let number_key = |v: u64| v.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x6e75_6d62;
    let keys: usize = src.iter().chain(tgt).map(|f| f.keys.len() + f.numbers.len()).sum();
    let mut seen: FastMap<u64, [u32; 4]> = FastMap::with_capacity_and_hasher(keys / 4, Default::default());
    for (side, paragraphs) in [src, tgt].into_iter().enumerate() {
        for (x, f) in paragraphs.iter().enumerate() {
            for key in f.keys.iter().copied().chain(f.numbers.iter().map(|&v| number_key(v))) {
                let e = seen.entry(key).or_insert([0; 4]);
                e[side] += 1;
                e[side + 2] = x as u32;
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> =
        seen.values().filter(|e| e[0] == 1 && e[1] == 1).map(|e| (e[2] as usize, e[3] as usize)).collect();
    pairs.sort_unstable();
    pairs.dedup();
    longest_chain(&pairs)
}

/// The longest chain of pairs increasing in both coordinates (pairs sorted).
fn longest_chain(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // Patience sorting on the second coordinate; among pairs with the same first coordinate,
    // the larger second ones go first so that at most one of them is taken.
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    order.sort_by(|&a, &b| pairs[a].0.cmp(&pairs[b].0).then(pairs[b].1.cmp(&pairs[a].1)));
    let mut tails: Vec<usize> = Vec::new();
    let mut prev = vec![usize::MAX; pairs.len()];
    for &x in &order {
        let pos = tails.partition_point(|&t| pairs[t].1 < pairs[x].1);
        if pos > 0 {
            prev[x] = tails[pos - 1];
        }
        if pos == tails.len() {
            tails.push(x);
        } else {
            tails[pos] = x;
        }
    }
    let mut chain = Vec::with_capacity(tails.len());
    let mut x = tails.last().copied().unwrap_or(usize::MAX);
    while x != usize::MAX {
        chain.push(pairs[x]);
        x = prev[x];
    }
    chain.reverse();
    chain
}

pub(super) fn shared_for(model: &Model, band: &Band) -> Shared {
    let (n, m) = (model.src.len(), model.tgt.len());
    // The target paragraphs a bead ending in the band can hold with source paragraph `a`.
    let spans: Vec<(usize, usize)> = (0..n)
        .map(|a| {
            let rows = a + 1..=(a + 3).min(n);
            let from = rows.clone().map(|r| band.lo[r]).min().unwrap_or(0).saturating_sub(3);
            let to = rows.map(|r| band.hi[r]).max().unwrap_or(m).min(m);
            (from, to.max(from))
        })
        .collect();
    let total = if model.lexical { spans.iter().map(|(from, to)| to - from).sum() } else { 0 };
    let mut shared =
        Shared { start: Vec::with_capacity(n), offset: Vec::with_capacity(n + 1), cells: Vec::with_capacity(total) };
    shared.offset.push(0);
    for (a, &(from, to)) in spans.iter().enumerate() {
        shared.start.push(from);
        if model.lexical {
            shared.cells.extend((from..to).map(|b| overlap(model.src, model.tgt, a, b)));
        }
        shared.offset.push(shared.cells.len());
    }
    shared
}

/// The best path through a band, or `None` when the band does not connect the corners.
fn search(model: &Model, band: &Band, shared: &Shared) -> Option<Path> {
    let (n, m) = (model.src.len(), model.tgt.len());
    let mut offset = Vec::with_capacity(n + 2);
    offset.push(0);
    for i in 0..=n {
        offset.push(offset[i] + (band.hi[i] + 1).saturating_sub(band.lo[i]));
    }
    let mut cost = vec![f64::INFINITY; offset[n + 1]];
    let mut back = vec![u8::MAX; offset[n + 1]];
    let at = |i: usize, j: usize| -> Option<usize> {
        (j >= band.lo[i] && j <= band.hi[i]).then(|| offset[i] + j - band.lo[i])
    };
    for (i, (&lo, &hi)) in band.lo.iter().zip(&band.hi).enumerate() {
        for j in lo..=hi {
            let here = offset[i] + j - lo;
            if i == 0 && j == 0 {
                cost[here] = 0.0;
                continue;
            }
            let mut best = f64::INFINITY;
            let mut best_move = u8::MAX;
            for (s, &(k, l)) in SHAPES.iter().enumerate() {
                if k > i || l > j {
                    continue;
                }
                let Some(prev) = at(i - k, j - l) else { continue };
                let prev = cost[prev];
                if !prev.is_finite() || prev + model.bound(i, j, k, l) >= best {
                    continue;
                }
                let c = prev + model.cost(shared, i, j, k, l);
                if c < best {
                    best = c;
                    best_move = s as u8;
                }
            }
            cost[here] = best;
            back[here] = best_move;
        }
    }
    let mut path = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let &(k, l) = SHAPES.get(back[at(i, j)?] as usize)?;
        path.push((i, j, k, l));
        i -= k;
        j -= l;
    }
    path.reverse();
    Some(path)
}

/// The best path in a band around a guide, of half-width `w0` to begin with; wherever the path
/// comes near the band's edge, the band is widened there and the search run again.
pub(super) fn search_widening(model: &Model, guide: &[(usize, usize)], w0: usize) -> (Path, Shared) {
    let (n, m) = (model.src.len(), model.tgt.len());
    let most = n.max(m);
    let mut w = vec![w0.min(most); n + 1];
    loop {
        let band = Band::new(guide, &w, m);
        let shared = shared_for(model, &band);
        let found = search(model, &band, &shared);
        let full = w.iter().all(|&x| x >= most);
        match found {
            Some(path) => {
                let touched = band.touched(&path, m);
                if touched.is_empty() || full {
                    return (path, shared);
                }
                // Four times as wide, around each touched row and well beyond it.
                let mut wider = w.clone();
                for r in touched {
                    let reach = 4 * w[r];
                    for x in wider.iter_mut().take((r + 2 * reach).min(n) + 1).skip(r.saturating_sub(2 * reach)) {
                        *x = (*x).max(reach).min(most);
                    }
                }
                w = wider;
            }
            None if full => unreachable!("a band covering everything always has a path"),
            None => w.iter_mut().for_each(|x| *x = (*x * 2).min(most)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_keep_their_order() {
        let pairs = [(0, 0), (1, 5), (2, 1), (3, 2), (4, 2), (5, 3)];
        let chain = longest_chain(&pairs);
        assert_eq!(chain.len(), 4);
        assert!(chain.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
        assert_eq!((chain[0], chain[3]), ((0, 0), (5, 3)));
        assert!(longest_chain(&[]).is_empty());
    }
}
