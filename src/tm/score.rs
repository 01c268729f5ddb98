//! Similarity in percent, as CAT tools show it: a word-level edit distance over normalized text,
//! with a floor below which scoring stops early.

use crate::text::normalize;
use crate::text::words::{Token, tokens};

/// Edit distance between two token sequences (insertions, deletions, substitutions), or
/// `None` as soon as it must exceed `max`. Only the band of cells within `max` of the diagonal
/// is computed: a cell farther out is more than `max` edits away whatever follows.
fn levenshtein(a: &[Token], b: &[Token], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    if a.is_empty() || b.is_empty() {
        return Some(a.len().max(b.len()));
    }
    const FAR: usize = usize::MAX / 2;
    let n = b.len();
    let mut prev: Vec<usize> = (0..=n).map(|j| if j <= max { j } else { FAR }).collect();
    let mut row = vec![FAR; n + 1];
    for (i, ta) in a.iter().enumerate().map(|(i, t)| (i + 1, t)) {
        let lo = i.saturating_sub(max).max(1);
        let hi = (i + max).min(n);
        row[0] = if i <= max { i } else { FAR };
        row[lo - 1] = if lo == 1 { row[0] } else { FAR };
        let mut best = row[lo - 1];
        for j in lo..=hi {
            let cost = usize::from(ta.hash != b[j - 1].hash);
            let v = (prev[j - 1] + cost).min(prev[j] + 1).min(row[j - 1] + 1);
            row[j] = v;
            best = best.min(v);
        }
        if hi < n {
            row[hi + 1] = FAR;
        }
        if best > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut row);
    }
    Some(prev[n]).filter(|&d| d <= max)
}

/// The similarity of two texts in percent, as CAT tools show it: 100 for texts that are the
/// same once normalized, else the share of tokens that need no edit, at most 99, with a small
/// bonus when both texts have the same numbers. Symmetric, and never higher after an edit.
pub fn score(a: &str, b: &str) -> u8 {
    let (na, nb) = (normalize(a), normalize(b));
    if na == nb {
        return 100;
    }
    score_tokens(&tokens(&na), &tokens(&nb))
}

pub(super) fn score_tokens(a: &[Token], b: &[Token]) -> u8 {
    score_at_least(a, b, 0).unwrap_or(0)
}

/// The score of two token sequences, or `None` when it is below `floor` (known early).
pub(super) fn score_at_least(a: &[Token], b: &[Token], floor: u8) -> Option<u8> {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return Some(99);
    }
    // The number bonus is at most 2 points: a distance beyond this cannot reach the floor.
    let max = ((longest as f64) * (1.0 - (f64::from(floor) - 2.0).max(0.0) / 100.0)).floor() as usize;
    let distance = levenshtein(a, b, max)?;
    let mut percent = 100.0 * (1.0 - distance as f64 / longest as f64);
    let numbers = |t: &[Token]| {
        let mut n: Vec<u64> = t.iter().filter(|t| t.number).map(|t| t.hash).collect();
        n.sort_unstable();
        n
    };
    let (na, nb) = (numbers(a), numbers(b));
    if !na.is_empty() && na == nb {
        percent += 2.0;
    }
    Some(percent.floor().clamp(0.0, 99.0) as u8).filter(|&p| p >= floor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashSet;
    #[test]
    fn scores_as_cat_tools_show_them() {
        assert_eq!(score("Everyone has the right to life.", "Everyone  has the right\nto life."), 100);
        assert_eq!(score("Everyone has the right to life.", "everyone has the right to life."), 99);
        let s = score(
            "Everyone has the right to life, liberty and security.",
            "Everyone has the right to life and security.",
        );
        assert!((70..95).contains(&s), "{s}");
        assert!(score("The cat sat on the mat.", "Quantum chromodynamics explains gluons.") < 30);
        // Same numbers earn a small bonus over different ones.
        assert!(
            score("Article 12 applies here.", "Article 12 applies there.")
                > score("Article 12 applies here.", "Article 13 applies there.")
        );
    }

    /// The whole table, for comparison.
    fn full_levenshtein(a: &[Token], b: &[Token]) -> usize {
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, ta) in a.iter().enumerate() {
            let mut row = vec![i + 1; b.len() + 1];
            for (j, tb) in b.iter().enumerate() {
                row[j + 1] = (prev[j] + usize::from(ta.hash != tb.hash)).min(prev[j + 1] + 1).min(row[j] + 1);
            }
            prev = row;
        }
        prev[b.len()]
    }

    proptest! {
        #[test]
        fn the_band_gives_the_distance_of_the_whole_table(
            a in prop::collection::vec("[a-e]", 0..30),
            b in prop::collection::vec("[a-e]", 0..30),
            max in 0usize..35,
        ) {
            let (ta, tb) = (tokens(&a.join(" ")), tokens(&b.join(" ")));
            let full = full_levenshtein(&ta, &tb);
            prop_assert_eq!(levenshtein(&ta, &tb, max), (full <= max).then_some(full));
        }

        #[test]
        fn identical_symmetric_and_monotone(
            words in prop::collection::vec("[a-y]{1,6}", 1..20),
            edits in prop::collection::vec((0..30usize, "[a-y]{1,5}"), 0..6),
        ) {
            let a = words.join(" ");
            prop_assert_eq!(score(&a, &a), 100);
            let mut b_words = words.clone();
            let mut edited = HashSet::new();
            let mut last = 100u8;
            for (at, w) in edits {
                // Each edit touches a new word and makes it differ from the original.
                let i = at % b_words.len();
                if !edited.insert(i) { continue; }
                b_words[i] = format!("z{w}");
                let b = b_words.join(" ");
                let s = score(&a, &b);
                prop_assert_eq!(s, score(&b, &a));
                prop_assert!(s <= last, "{} after {}", s, last);
                last = s;
            }
        }
    }
}
