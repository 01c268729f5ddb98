//! Paragraph alignment of a source text with its translation.
//!
//! A Gale–Church dynamic programme over paragraphs, with beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2,
//! 3-1 and 1-3. A bead's cost adds, in nats:
//!
//! - a prior per bead shape; omissions and additions (1-0, 0-1) cost a constant, whatever the
//!   paragraph, and are never filtered away afterwards;
//! - Gale and Church's length cost, with a heavy tail, the ratio of lengths `c` and its
//!   variance `s²` estimated per document from the confident 1-1 beads of a first pass;
//! - number anchors, normalized across locales (`14,000`, `14.000`, `14 000`; Roman chapter
//!   numbers);
//! - lexical anchors weighted by rarity (IDF): cognates and names across scripts (Cyrillic and
//!   Greek are transliterated, see [`crate::text::translit::match_key`]), URLs, file names and code,
//!   marked punctuation (`?` and the Greek `;`, `!`, `%`), and the key pairs that co-occur in
//!   this document's confident beads (a dictionary learnt on the fly); scored as the
//!   log-likelihood ratio of how much of the bead's key weight finds a partner on the other
//!   side, between a true bead and a chance pairing of this document;
//! - the structure inside paragraphs: leading list and article markers (`a.`, `(iv)`, `в)`),
//!   sentence counts, and whether a paragraph reads as a heading, as running text or as a
//!   fragment.
//!
//! Nothing depends on knowing the languages: scripts are read from the text itself.
//!
//! The search runs in a band: first around a guide through anchor paragraphs (pairs sharing a
//! key that each text has once) with the cheap part of the model, then around that first path
//! with all of it. Wherever a path comes near the edge of its band, the band is widened there
//! and the search run again, so time and memory grow with the document rather than with its
//! square. Each bead's score weighs it against its local alternatives (merged with a
//! neighbour, broken up, an omission moved past its neighbour). This module knows paragraphs
//! only as texts; it knows nothing of files, memories or states.

mod features;
mod learn;
mod model;
mod search;

use std::ops::Range;

use crate::text::hash::FastMap;
use features::{Features, features, weigh};
use learn::{confident, estimate_lengths, estimate_mu, learn_dictionary, translate_keys};
use model::{Model, SHAPES, Shared};
use search::{Band, Path, anchor_guide, anchors, path_guide, search_widening, shared_for};

pub use features::numbers;
pub use learn::length_model;
pub use model::common_count;

/// One bead of an alignment: consecutive source and target paragraphs (0-based, half-open).
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    /// Source paragraph indices.
    pub source: Range<usize>,
    /// Target paragraph indices.
    pub target: Range<usize>,
    /// Confidence in [0, 1].
    pub score: f64,
}

// ---------------------------------------------------------------------------------------------
// The constants of the cost model, in nats. They were set on the UDHR and CC BY 4.0 gold sets
// of `tests/fixtures/align/` and on their pairings between translations (bg, sr, el, hr, with
// and without perturbation), and checked on UDHR translations into other Cyrillic-, Greek- and
// Latin-script languages; the results change little around these values.

/// −ln of the prior probability of a 1-1 bead.
const PRIOR_ONE: f64 = 0.12;
/// The cost of an omission or an addition (1-0, 0-1), whatever the paragraph.
const NULL: f64 = 4.0;
/// −ln of the prior probability of a 2-1 or 1-2 bead.
const PRIOR_TWO: f64 = 3.0;
/// ... of a 2-2 bead.
const PRIOR_TWO_TWO: f64 = 6.5;
/// ... of a 3-1 or 1-3 bead.
const PRIOR_THREE: f64 = 5.5;
/// Each number found on both sides of a bead.
const NUMBER_MATCH: f64 = 1.5;
/// Each number found on one side only.
const NUMBER_MISS: f64 = 1.0;
/// How much of the lexical log-likelihood ratio counts (keys are not independent evidence).
const LEXICAL: f64 = 0.2;
/// The most lexical evidence can count, either way, in one bead.
const LEXICAL_CAP: f64 = 30.0;
/// Leading markers that agree (`b.` and `b.`, `(iv)` and `iv)`).
const MARKER_MATCH: f64 = 1.5;
/// Leading markers that differ.
const MARKER_MISS: f64 = 2.0;
/// A leading marker on one side only.
const MARKER_ONE: f64 = 0.5;
/// Sentence counts that differ: this times d² / (s₁ + s₂).
const SENTENCES: f64 = 1.5;
/// A heading paired with running text.
const HEADING_TEXT: f64 = 4.0;
/// A heading paired with a short piece in lower case.
const HEADING_FRAGMENT: f64 = 1.5;
/// A heading paired with a heading.
const HEADING_MATCH: f64 = 0.5;
/// Each heading inside a bead of several paragraphs.
const HEADING_MERGED: f64 = 2.0;
/// The weight of the heavy tail of the length distribution.
const LENGTH_TAIL: f64 = 0.02;
/// Gale and Church's variance per character, which a document's own estimate is shrunk
/// towards, with the weight of this many beads.
const S2_DEFAULT: f64 = 6.8;
const S2_PRIOR_BEADS: f64 = 20.0;
/// The Dice coefficient two keys need in the confident beads to be read as a translation pair.
const DICTIONARY_DICE: f64 = 0.5;
/// Half-widths of the search bands of the first and the second pass, before any widening.
const BAND_FIRST: usize = 12;
const BAND_SECOND: usize = 6;

/// Aligns source paragraphs with target paragraphs. Every paragraph of both sides is in
/// exactly one bead, in order.
pub fn align(source: &[&str], target: &[&str]) -> Vec<Bead> {
    // Words recur: each is read once.
    let words = (source.iter().chain(target).map(|t| t.len()).sum::<usize>() / 64).min(1 << 20);
    let mut cache = FastMap::with_capacity_and_hasher(words, Default::default());
    let mut src: Vec<Features> = source.iter().map(|t| features(t, &mut cache)).collect();
    let mut tgt: Vec<Features> = target.iter().map(|t| features(t, &mut cache)).collect();
    drop(cache);
    weigh(&mut src, &mut tgt);
    let (n, m) = (src.len(), tgt.len());
    if n == 0 || m == 0 {
        return (0..n)
            .map(|i| Bead { source: i..i + 1, target: 0..0, score: 0.0 })
            .chain((0..m).map(|j| Bead { source: 0..0, target: j..j + 1, score: 0.0 }))
            .collect();
    }

    // First pass: lengths, numbers and structure, in a band around the anchors; it gives the
    // length ratio, its variance and the confident beads.
    let guide = anchor_guide(&anchors(&src, &tgt), n, m);
    let (first, c, s2, pairs) = {
        let mut model = Model::new(&src, &tgt);
        let (path, _) = search_widening(&model, &guide, BAND_FIRST);
        let pairs = confident(&model, &path);
        estimate_lengths(&mut model, &pairs);
        (path, model.c, model.s2, pairs)
    };
    // Key pairs learnt from the confident beads count as cognates.
    let dictionary = learn_dictionary(&src, &tgt, &pairs);
    translate_keys(&mut tgt, &dictionary);
    weigh(&mut src, &mut tgt);

    // Second pass: everything, in a band around the first path.
    let mut model = Model::new(&src, &tgt);
    (model.c, model.s2, model.lexical) = (c, s2, true);
    let guide = path_guide(&first, n, m);
    let near = shared_for(&model, &Band::new(&guide, &vec![4; n + 1], m));
    estimate_mu(&mut model, &near, &pairs);
    drop(near);
    let (path, shared) = search_widening(&model, &guide, BAND_SECOND);
    scores(&model, &shared, &path)
}

/// The beads of a path, each scored by how clearly it beats the local alternatives (merging
/// it with a neighbour, breaking it into omissions and additions, or pairing an omission
/// with its neighbour), read as odds.
fn scores(model: &Model, shared: &Shared, path: &Path) -> Vec<Bead> {
    let cost = |i: usize, j: usize, k: usize, l: usize| -> Option<f64> {
        // The shared weights cover the band the path was found in; a merged bead stays near it.
        SHAPES.contains(&(k, l)).then(|| model.cost(shared, i, j, k, l))
    };
    let beads: Vec<(usize, usize, usize, usize, f64)> =
        path.iter().map(|&(i, j, k, l)| (i, j, k, l, model.cost(shared, i, j, k, l))).collect();
    let mut out = Vec::with_capacity(beads.len());
    for (x, &(i, j, k, l, own)) in beads.iter().enumerate() {
        let mut odds = 0.0;
        let mut alt = |alt_cost: Option<f64>, chosen: f64| {
            if let Some(a) = alt_cost {
                odds += (chosen - a).clamp(-30.0, 30.0).exp();
            }
        };
        // Merged with the previous or the next bead.
        if let Some(&(_, _, pk, pl, pc)) = x.checked_sub(1).and_then(|p| beads.get(p)) {
            alt(cost(i, j, k + pk, l + pl), own + pc);
        }
        if let Some(&(ni, nj, nk, nl, nc)) = beads.get(x + 1) {
            alt(cost(ni, nj, k + nk, l + nl), own + nc);
        }
        // Broken up: a 1-1 into an omission and an addition, a larger bead into a 1-1 and
        // omissions or additions.
        if k >= 1 && l >= 1 {
            let nulls = (k + l - 2) as f64 * NULL;
            if k == 1 && l == 1 {
                alt(Some(2.0 * NULL), own);
            } else {
                alt(cost(i - k + 1, j - l + 1, 1, 1).map(|c| c + nulls), own);
                alt(cost(i, j, 1, 1).map(|c| c + nulls), own);
            }
        }
        // An omission or addition moved past a 1-1 neighbour: which of two paragraphs is the
        // one left out.
        match (k, l) {
            (1, 0) => {
                if let Some(&(_, _, 1, 1, nc)) = beads.get(x + 1) {
                    alt(cost(i, j + 1, 1, 1).map(|c| c + NULL), own + nc);
                }
                if let Some(&(_, _, 1, 1, pc)) = x.checked_sub(1).and_then(|p| beads.get(p)) {
                    alt(cost(i, j, 1, 1).map(|c| c + NULL), own + pc);
                }
            }
            (0, 1) => {
                if let Some(&(_, _, 1, 1, nc)) = beads.get(x + 1) {
                    alt(cost(i + 1, j, 1, 1).map(|c| c + NULL), own + nc);
                }
                if let Some(&(_, _, 1, 1, pc)) = x.checked_sub(1).and_then(|p| beads.get(p)) {
                    alt(cost(i, j, 1, 1).map(|c| c + NULL), own + pc);
                }
            }
            _ => {}
        }
        let score = 1.0 / (1.0 + odds);
        out.push(Bead { source: i - k..i, target: j - l..j, score: score.clamp(0.0, 1.0) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(beads: &[Bead]) -> Vec<(usize, usize)> {
        beads.iter().map(|b| (b.source.len(), b.target.len())).collect()
    }

    /// A short English text about a meeting, and its paragraphs in Bulgarian; each case below
    /// changes it in one way.
    const EN: [&str; 8] = [
        "Meeting in Brussels",
        "The delegation of Bulgaria met the NATO secretary in Brussels on Monday, 14 March.",
        "The minister said the meeting had been constructive, and that 12 agreements were signed.",
        "Energy",
        "Parliament will discuss the energy programme of the European Commission in April.",
        "The programme costs 1,500,000 euros. It runs until 2030.",
        "Questions",
        "Who pays for it? The ministry has not said.",
    ];
    const BG: [&str; 8] = [
        "Среща в Брюксел",
        "Делегацията на България се срещна с генералния секретар на НАТО в Брюксел в понеделник, 14 март.",
        "Министърът заяви, че срещата е била конструктивна и че са подписани 12 споразумения.",
        "Енергетика",
        "Парламентът ще обсъди енергийната програма на Европейската комисия през април.",
        "Програмата струва 1 500 000 евро. Тя продължава до 2030 г.",
        "Въпроси",
        "Кой ще плати? Министерството не е казало.",
    ];

    fn case(src: &[&str], tgt: &[&str]) -> Vec<(usize, usize)> {
        let beads = align(src, tgt);
        let (mut i, mut j) = (0, 0);
        for b in &beads {
            assert_eq!((b.source.start, b.target.start), (i, j), "in order, nothing left out");
            assert!((0.0..=1.0).contains(&b.score));
            (i, j) = (b.source.end, b.target.end);
        }
        assert_eq!((i, j), (src.len(), tgt.len()));
        shapes(&beads)
    }

    #[test]
    fn one_to_one() {
        assert_eq!(case(&EN, &BG), vec![(1, 1); 8]);
        let s = [
            "Article 1",
            "All human beings are born free and equal.",
            "Article 2",
            "Everyone is entitled to all the rights.",
        ];
        let t =
            ["Член 1", "Всички хора се раждат свободни и равни.", "Член 2", "Всеки човек има право на всички права."];
        assert_eq!(case(&s, &t), vec![(1, 1); 4]);
    }

    #[test]
    fn omission() {
        let mut bg = BG.to_vec();
        bg.remove(2);
        assert_eq!(case(&EN, &bg), vec![(1, 1), (1, 1), (1, 0), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1)]);
    }

    #[test]
    fn addition() {
        let mut bg = BG.to_vec();
        bg.insert(5, "Тази информация беше добавена от преводача, за да обясни контекста на читателите.");
        assert_eq!(case(&EN, &bg), vec![(1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (0, 1), (1, 1), (1, 1), (1, 1)]);
    }

    #[test]
    fn two_to_one_and_one_to_two() {
        let merged = format!("{} {}", BG[1], BG[2]);
        let bg = [&BG[..1], &[merged.as_str()], &BG[3..]].concat();
        assert_eq!(case(&EN, &bg), vec![(1, 1), (2, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1)]);
        let bg = [&BG[..5], &["Програмата струва 1 500 000 евро.", "Тя продължава до 2030 г."], &BG[6..]].concat();
        assert_eq!(case(&EN, &bg), vec![(1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 2), (1, 1), (1, 1)]);
    }

    #[test]
    fn three_to_one_and_one_to_three() {
        let en = [&EN[..7], &["Who pays for it?", "The ministry has not said.", "Nor has the Commission."]].concat();
        let bg = [&BG[..7], &["Кой ще плати? Министерството не е казало, нито Комисията."]].concat();
        assert_eq!(case(&en, &bg), vec![(1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (3, 1)]);
        let en = [&EN[..7], &["Who pays for it? The ministry has not said. Nor has the Commission."]].concat();
        let bg = [&BG[..7], &["Кой ще плати?", "Министерството не е казало.", "Нито пък Комисията."]].concat();
        assert_eq!(case(&en, &bg), vec![(1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 3)]);
    }

    #[test]
    fn two_to_two() {
        // The translator moved a sentence across the paragraph boundary.
        let en = [
            &EN[..4],
            &[
                "Parliament will discuss the energy programme of the European Commission in April. The programme costs 1,500,000 euros, and the debate is expected to be long and difficult.",
                "It runs until 2030.",
            ],
            &EN[6..],
        ]
        .concat();
        let bg = [
            &BG[..4],
            &[
                "Парламентът ще обсъди енергийната програма на Европейската комисия през април.",
                "Програмата струва 1 500 000 евро и се очаква дебатът да бъде дълъг и труден. Тя продължава до 2030 г.",
            ],
            &BG[6..],
        ]
        .concat();
        assert_eq!(case(&en, &bg), vec![(1, 1), (1, 1), (1, 1), (1, 1), (2, 2), (1, 1), (1, 1)]);
    }

    #[test]
    fn empty_sides() {
        assert_eq!(case(&EN[..2], &[]), vec![(1, 0), (1, 0)]);
        assert_eq!(case(&[], &BG[..3]), vec![(0, 1); 3]);
        assert_eq!(case(&[], &[]), Vec::<(usize, usize)>::new());
        assert_eq!(case(&["", "Text"], &["", "Текст"]).len(), 2);
    }

    #[test]
    fn omissions_score_below_pairs() {
        let mut bg = BG.to_vec();
        bg.remove(2);
        let beads = align(&EN, &bg);
        let null = beads.iter().find(|b| b.target.is_empty()).unwrap();
        assert!(beads.iter().filter(|b| !b.target.is_empty()).all(|b| b.score > null.score));
    }

    #[test]
    fn covers_everything_in_order_at_scale() {
        let s: Vec<String> = (0..3000).map(|i| format!("Paragraph {i} {}", "x".repeat(i % 37 + 5))).collect();
        let mut t: Vec<String> = s.iter().map(|p| p.replace('x', "y")).collect();
        t.remove(1500);
        t.drain(2000..2300);
        let sr: Vec<&str> = s.iter().map(String::as_str).collect();
        let tr: Vec<&str> = t.iter().map(String::as_str).collect();
        let beads = align(&sr, &tr);
        let (mut i, mut j) = (0, 0);
        for b in &beads {
            assert_eq!((b.source.start, b.target.start), (i, j));
            (i, j) = (b.source.end, b.target.end);
        }
        assert_eq!((i, j), (3000, 2699));
        assert!(beads.iter().any(|b| b.source == (1500..1501) && b.target.is_empty()));
        assert_eq!(beads.iter().filter(|b| b.target.is_empty()).count(), 301);
    }
}
