//! Matching two sequences (of fingerprints, of words) the same way every time, in time bounded
//! by their length: no clock decides a result.
//!
//! The common prefix and suffix are matched first; then elements that occur once in each
//! sequence anchor the match (patience: the longest increasing run of such pairs), recursively
//! inside each gap between anchors. A gap with no anchor left is matched exactly (Myers' LCS)
//! when it is small, and greedily in order (each element to the first equal one after the last
//! match) when it is not, so a document whose every paragraph changed costs O(n log n).

use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;

/// Gaps up to this many elements on both sides together are matched exactly: Myers' algorithm
/// costs at most the square of it.
const EXACT: usize = 2048;

/// The matched pairs `(i, j)` with `a[i] == b[j]`, increasing in both.
pub fn matching<T: Ord + Hash>(a: &[T], b: &[T]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut gaps = vec![(0..a.len(), 0..b.len())];
    while let Some((ra, rb)) = gaps.pop() {
        match_gap(a, b, ra, rb, &mut out, &mut gaps);
    }
    out.sort_unstable();
    out
}

/// Matches what it can of one gap, and pushes the gaps it leaves between anchors.
fn match_gap<T: Ord + Hash>(
    a: &[T],
    b: &[T],
    mut ra: Range<usize>,
    mut rb: Range<usize>,
    out: &mut Vec<(usize, usize)>,
    gaps: &mut Vec<(Range<usize>, Range<usize>)>,
) {
    while !ra.is_empty() && !rb.is_empty() && a[ra.start] == b[rb.start] {
        out.push((ra.start, rb.start));
        ra.start += 1;
        rb.start += 1;
    }
    while !ra.is_empty() && !rb.is_empty() && a[ra.end - 1] == b[rb.end - 1] {
        out.push((ra.end - 1, rb.end - 1));
        ra.end -= 1;
        rb.end -= 1;
    }
    if ra.is_empty() || rb.is_empty() {
        return;
    }
    let anchors = unique_anchors(a, b, ra.clone(), rb.clone());
    if anchors.is_empty() {
        if ra.len() + rb.len() <= EXACT {
            exact(a, b, ra, rb, out);
        } else {
            greedy(a, b, ra, rb, out);
        }
        return;
    }
    let (mut i0, mut j0) = (ra.start, rb.start);
    for &(i, j) in &anchors {
        out.push((i, j));
        if i > i0 || j > j0 {
            gaps.push((i0..i, j0..j));
        }
        (i0, j0) = (i + 1, j + 1);
    }
    gaps.push((i0..ra.end, j0..rb.end));
}

/// The pairs of elements that occur exactly once in each range, cut to their longest run
/// increasing in both (patience sorting).
fn unique_anchors<T: Ord + Hash>(a: &[T], b: &[T], ra: Range<usize>, rb: Range<usize>) -> Vec<(usize, usize)> {
    // For each element: its count and last position in `a`, its count and position in `b`.
    let mut seen: HashMap<&T, (u32, usize, u32, usize)> = HashMap::new();
    for i in ra {
        let e = seen.entry(&a[i]).or_insert((0, i, 0, 0));
        e.0 += 1;
        e.1 = i;
    }
    for j in rb.clone() {
        if let Some(e) = seen.get_mut(&b[j]) {
            e.2 += 1;
            e.3 = j;
        }
    }
    let pairs: Vec<(usize, usize)> =
        rb.filter_map(|j| seen.get(&b[j]).filter(|e| e.0 == 1 && e.2 == 1).map(|e| (e.1, j))).collect();
    longest_increasing(&pairs)
}

/// The longest run of `pairs` (increasing in their second element) that increases in the first.
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // tails[k]: index in `pairs` of the smallest end of an increasing run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(i, _)) in pairs.iter().enumerate() {
        let at = tails.partition_point(|&t| pairs[t].0 < i);
        before[k] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut k = tails.last().copied();
    while let Some(at) = k {
        run.push(pairs[at]);
        k = before[at];
    }
    run.reverse();
    run
}

/// The longest common subsequence of a small gap (Myers, no deadline).
fn exact<T: Ord + Hash>(a: &[T], b: &[T], ra: Range<usize>, rb: Range<usize>, out: &mut Vec<(usize, usize)>) {
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &a[ra.clone()], &b[rb.clone()]);
    for op in ops {
        if let similar::DiffOp::Equal { old_index, new_index, len } = op {
            out.extend((0..len).map(|k| (ra.start + old_index + k, rb.start + new_index + k)));
        }
    }
}

/// An in-order match of a large gap: each element of `b` to the first equal element of `a`
/// after the last match.
fn greedy<T: Ord + Hash>(a: &[T], b: &[T], ra: Range<usize>, rb: Range<usize>, out: &mut Vec<(usize, usize)>) {
    let mut places: HashMap<&T, Vec<usize>> = HashMap::new();
    for i in ra.clone() {
        places.entry(&a[i]).or_default().push(i);
    }
    let mut after = ra.start;
    for j in rb {
        let Some(list) = places.get(&b[j]) else { continue };
        let k = list.partition_point(|&i| i < after);
        if let Some(&i) = list.get(k) {
            out.push((i, j));
            after = i + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The length of a longest common subsequence, by dynamic programming.
    fn lcs_len(a: &[u8], b: &[u8]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for x in a {
            let mut diag = 0;
            for (j, y) in b.iter().enumerate() {
                let up = row[j + 1];
                row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
                diag = up;
            }
        }
        row[b.len()]
    }

    #[test]
    fn moves_and_edits() {
        assert_eq!(matching(&[1, 2, 3, 4, 5], &[1, 2, 9, 4, 5]), [(0, 0), (1, 1), (3, 3), (4, 4)]);
        assert_eq!(matching(&[1, 2, 3], &[3, 1, 2]), [(0, 1), (1, 2)]);
        assert_eq!(matching::<u8>(&[], &[1]), []);
    }

    #[test]
    fn a_large_gap_without_anchors_is_matched_in_linear_time() {
        // Every element changed but a repeated one every 100: greedy, in order.
        let a: Vec<u64> = (0..60_000).map(|i| if i % 100 == 0 { u64::MAX } else { i }).collect();
        let b: Vec<u64> = (0..60_000).map(|i| if i % 100 == 0 { u64::MAX } else { i + 1_000_000 }).collect();
        let m = matching(&a, &b);
        assert_eq!(m.len(), 600);
        assert_eq!(m.iter().find(|&&(i, j)| i != j || i % 100 != 0), None);
    }

    proptest! {
        #[test]
        fn pairs_are_equal_increasing_and_as_many_as_an_lcs_on_small_inputs(
            a in proptest::collection::vec(0u8..6, 0..40),
            b in proptest::collection::vec(0u8..6, 0..40),
        ) {
            let m = matching(&a, &b);
            prop_assert!(m.iter().all(|&(i, j)| a[i] == b[j]));
            prop_assert!(m.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
            prop_assert!(m.len() <= lcs_len(&a, &b));
            prop_assert_eq!(matching(&a, &b), m, "the same every time");
        }
    }
}
