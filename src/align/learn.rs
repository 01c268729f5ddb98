//! Estimates from a first path: the length model and the lexical evidence from its confident
//! beads, and a dictionary of key pairs learnt from them.

use super::features::Features;
use super::model::{Model, Shared};
use super::search::Path;
use super::{DICTIONARY_DICE, S2_DEFAULT, S2_PRIOR_BEADS};
use crate::text::hash::FastMap;

/// The 1-1 beads of a path whose neighbours are 1-1 too, with both paragraphs long enough to
/// measure.
pub(super) fn confident(model: &Model, path: &Path) -> Vec<(usize, usize)> {
    (0..path.len())
        .filter(|&x| {
            let one = |y: Option<&(usize, usize, usize, usize)>| y.is_none_or(|&(_, _, k, l)| k == 1 && l == 1);
            let (i, j, k, l) = path[x];
            k == 1
                && l == 1
                && one(x.checked_sub(1).and_then(|p| path.get(p)))
                && one(path.get(x + 1))
                && model.src[i - 1].len >= 10.0
                && model.tgt[j - 1].len >= 10.0
        })
        .map(|x| (path[x].0 - 1, path[x].1 - 1))
        .collect()
}

/// Re-estimates the length ratio `c` and the variance `s²` from confident beads.
pub(super) fn estimate_lengths(model: &mut Model, pairs: &[(usize, usize)]) {
    let lengths: Vec<(f64, f64)> = pairs.iter().map(|&(a, b)| (model.src[a].len, model.tgt[b].len)).collect();
    if let Some((c, s2)) = length_model(&lengths) {
        model.c = c;
        model.s2 = s2;
    }
}

/// The length model of a document: the ratio `c` of translation to source lengths and the
/// variance `s²` per character, from the lengths (characters that are not spaces) of pairs
/// known to be translations of each other; `None` from fewer than eight pairs.
pub fn length_model(pairs: &[(f64, f64)]) -> Option<(f64, f64)> {
    if pairs.len() < 8 {
        return None;
    }
    let l1: f64 = pairs.iter().map(|&(x, _)| x).sum();
    let l2: f64 = pairs.iter().map(|&(_, y)| y).sum();
    let c = l2 / l1;
    let mut z2: Vec<f64> = pairs.iter().map(|&(x, y)| (y - c * x).powi(2) / ((x + y / c) / 2.0)).collect();
    z2.sort_by(f64::total_cmp);
    // The median of a χ² variable with one degree of freedom is 0.455 of its mean.
    let s2 = z2[z2.len() / 2] / 0.455;
    // Shrunk towards Gale and Church's value, which holds for short documents.
    let s2 = (s2 * pairs.len() as f64 + S2_DEFAULT * S2_PRIOR_BEADS) / (pairs.len() as f64 + S2_PRIOR_BEADS);
    // Below 3, a median over the core of the distribution is too sure of itself at the tails.
    Some((c, s2.clamp(3.0, 40.0)))
}

/// The share of key weight that finds a partner in confident beads, and between paragraphs
/// three places off them.
pub(super) fn estimate_mu(model: &mut Model, shared: &Shared, pairs: &[(usize, usize)]) {
    let (mut m, mut w, mut mr, mut wr) = (0.0, 0.0, 0.0, 0.0);
    for &(a, b) in pairs {
        let (mm, ww) = model.matched(shared, a + 1, b + 1, 1, 1);
        m += mm;
        w += ww;
        for off in [b.checked_sub(3), Some(b + 3)].into_iter().flatten().filter(|&o| o < model.tgt.len()) {
            let (mm, ww) = model.matched(shared, a + 1, off + 1, 1, 1);
            mr += mm;
            wr += ww;
        }
    }
    if w < 50.0 || wr < 50.0 {
        model.set_mu(0.3, 0.05);
    } else {
        let mu = (m / w).clamp(0.01, 0.95);
        model.set_mu(mu, (mr / wr).clamp(0.005, mu));
    }
}

/// Most confident beads the dictionary is learnt from.
const DICTIONARY_BEADS: usize = 3000;

/// Key pairs that co-occur in the confident beads of a first path more than by chance: each
/// target key that has a source key as its clear partner is read as that key. Keys the
/// source has as they are stay themselves: cognates and names match as they are.
pub(super) fn learn_dictionary(src: &[Features], tgt: &[Features], pairs: &[(usize, usize)]) -> FastMap<u64, u64> {
    // A pair of paragraphs that recurs word for word is one piece of evidence, not many.
    let digest =
        |f: &Features| f.keys.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &k| (h ^ k).wrapping_mul(0x1000_0000_01b3));
    let mut seen: FastMap<(u64, u64), ()> = FastMap::default();
    let distinct: Vec<(usize, usize)> =
        pairs.iter().copied().filter(|&(a, b)| seen.insert((digest(&src[a]), digest(&tgt[b])), ()).is_none()).collect();
    let step = distinct.len().div_ceil(DICTIONARY_BEADS).max(1);
    let pairs: Vec<(usize, usize)> = distinct.into_iter().step_by(step).collect();
    let in_source: FastMap<u64, ()> = src.iter().flat_map(|f| f.keys.iter().map(|&k| (k, ()))).collect();
    let mut df_s: FastMap<u64, u32> = FastMap::default();
    let mut df_t: FastMap<u64, u32> = FastMap::default();
    for &(a, b) in &pairs {
        for &k in &src[a].keys {
            *df_s.entry(k).or_insert(0) += 1;
        }
        for &k in tgt[b].keys.iter().filter(|k| !in_source.contains_key(k)) {
            *df_t.entry(k).or_insert(0) += 1;
        }
    }
    let mut co: FastMap<(u64, u64), u32> = FastMap::default();
    for &(a, b) in &pairs {
        let ts: Vec<u64> = tgt[b].keys.iter().copied().filter(|k| df_t.get(k).is_some_and(|&d| d >= 2)).collect();
        for &s in src[a].keys.iter().filter(|k| df_s[k] >= 2) {
            for &t in &ts {
                *co.entry((t, s)).or_insert(0) += 1;
            }
        }
    }
    let mut best: FastMap<u64, (f64, u64)> = FastMap::default();
    for (&(t, s), &n) in &co {
        if n < 2 {
            continue;
        }
        let dice = 2.0 * f64::from(n) / f64::from(df_s[&s] + df_t[&t]);
        // Ties go to the smaller key, so that the result does not depend on hashing order.
        if dice >= DICTIONARY_DICE && best.get(&t).is_none_or(|&(d, b)| dice > d || (dice == d && s < b)) {
            best.insert(t, (dice, s));
        }
    }
    best.into_iter().map(|(t, (_, s))| (t, s)).collect()
}

/// Target keys read through a dictionary: each key with a partner is replaced by it.
pub(super) fn translate_keys(tgt: &mut [Features], dict: &FastMap<u64, u64>) {
    for f in tgt {
        for k in &mut f.keys {
            if let Some(&s) = dict.get(k) {
                *k = s;
            }
        }
        f.keys.sort_unstable();
        f.keys.dedup();
    }
}
