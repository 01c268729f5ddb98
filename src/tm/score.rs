//! Similarity in percent, as CAT tools show it: a word-level edit distance over normalized text,
//! with a floor below which scoring stops early.

use crate::text::normalize;
use crate::text::words::{Token, tokens};

/// Edit distance between two token sequences (insertions, deletions, substitutions), or
/// `None` as soon as it must exceed `max`.
fn levenshtein(a: &[Token], b: &[Token], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    if a.is_empty() || b.is_empty() {
        return Some(a.len().max(b.len()));
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for (i, ta) in a.iter().enumerate() {
        row[0] = i + 1;
        let mut best = row[0];
        for (j, tb) in b.iter().enumerate() {
            let cost = usize::from(ta.hash != tb.hash);
            row[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1);
            best = best.min(row[j + 1]);
        }
        if best > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut row);
    }
    Some(prev[b.len()]).filter(|&d| d <= max)
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

    proptest! {
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
