//! The cost model: what a bead of some shape costs, in nats, from the lengths, numbers,
//! structure and shared keys of its paragraphs.

use super::features::{Features, Kind, markers_agree};
use super::{
    HEADING_FRAGMENT, HEADING_MATCH, HEADING_MERGED, HEADING_TEXT, LENGTH_TAIL, LEXICAL, LEXICAL_CAP, MARKER_MATCH,
    MARKER_MISS, MARKER_ONE, NULL, NUMBER_MATCH, NUMBER_MISS, PRIOR_ONE, PRIOR_THREE, PRIOR_TWO, PRIOR_TWO_TWO,
    S2_DEFAULT, SENTENCES,
};

/// Bead shapes the search considers: (source paragraphs, target paragraphs).
pub(super) const SHAPES: [(usize, usize); 8] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3)];

/// Running sums over one side, so that a bead's totals cost two look-ups.
struct Sums {
    len: Vec<f64>,
    sentences: Vec<u32>,
    numbers: Vec<u32>,
    headings: Vec<u32>,
    weight: Vec<f64>,
}

impl Sums {
    fn new(side: &[Features]) -> Sums {
        let mut s = Sums { len: vec![0.0], sentences: vec![0], numbers: vec![0], headings: vec![0], weight: vec![0.0] };
        for (x, f) in side.iter().enumerate() {
            s.len.push(s.len[x] + f.len);
            s.sentences.push(s.sentences[x] + f.sentences);
            s.numbers.push(s.numbers[x] + f.numbers.len() as u32);
            s.headings.push(s.headings[x] + u32::from(f.kind == Kind::Heading));
            s.weight.push(s.weight[x] + f64::from(f.weight));
        }
        s
    }
}

/// The length cost of a deviation `x` of a normal variable, `-ln((1 - ε) erfc(|x| / √2))`, in
/// steps of 1/64 up to 12; and `-ln ε`, the least cost of the heavy tail.
struct Tail {
    table: Vec<f64>,
    floor: f64,
}

impl Tail {
    const STEP: f64 = 64.0;

    fn new(eps: f64) -> Tail {
        let table = (0..=12 * 64)
            .map(|k| -((1.0 - eps) * erfc(k as f64 / Self::STEP / std::f64::consts::SQRT_2)).max(1e-300).ln())
            .collect();
        Tail { table, floor: -eps.ln() }
    }

    /// The cost of a deviation (interpolated).
    fn cost(&self, x: f64) -> f64 {
        let pos = x.abs() * Self::STEP;
        let k = pos as usize;
        if k + 1 >= self.table.len() {
            return f64::INFINITY;
        }
        let f = pos - k as f64;
        self.table[k] * (1.0 - f) + self.table[k + 1] * f
    }
}

/// Overlaps of the keys of source paragraph `a` and target paragraph `b`, and of what they share
/// with the paragraphs next to them, for inclusion and exclusion over beads of several
/// paragraphs.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Overlap {
    /// The weight of the keys `a` and `b` share.
    ab: f32,
    /// ... that source paragraph `a + 1` has too.
    s1: f32,
    /// ... that source paragraph `a + 2` has too.
    s2: f32,
    /// ... that source paragraphs `a + 1` and `a + 2` have too.
    s12: f32,
    /// ... that target paragraph `b + 1` has too.
    t1: f32,
    /// ... that target paragraph `b + 2` has too.
    t2: f32,
    /// ... that target paragraphs `b + 1` and `b + 2` have too.
    t12: f32,
}

pub(super) fn overlap(src: &[Features], tgt: &[Features], a: usize, b: usize) -> Overlap {
    let (x, y) = (&src[a], &tgt[b]);
    let mut o = Overlap::default();
    let (mut i, mut j) = (0, 0);
    while i < x.keys.len() && j < y.keys.len() {
        match x.keys[i].cmp(&y.keys[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let w = x.weights[i];
                o.ab += w;
                let (s1, s2) = (x.next[i] & 1 != 0, x.next[i] & 2 != 0);
                let (t1, t2) = (y.next[j] & 1 != 0, y.next[j] & 2 != 0);
                o.s1 += if s1 { w } else { 0.0 };
                o.s2 += if s2 { w } else { 0.0 };
                o.s12 += if s1 && s2 { w } else { 0.0 };
                o.t1 += if t1 { w } else { 0.0 };
                o.t2 += if t2 { w } else { 0.0 };
                o.t12 += if t1 && t2 { w } else { 0.0 };
                i += 1;
                j += 1;
            }
        }
    }
    o
}

/// The key overlaps of the cells near a band.
pub(super) struct Shared {
    /// Row `a` holds the overlaps of source paragraph `a` with target paragraphs `b` in
    /// `start[a]..start[a] + len`.
    pub(super) start: Vec<usize>,
    pub(super) offset: Vec<usize>,
    pub(super) cells: Vec<Overlap>,
}

impl Shared {
    fn get(&self, a: usize, b: usize) -> Overlap {
        let len = self.offset[a + 1] - self.offset[a];
        match b.checked_sub(self.start[a]) {
            Some(k) if k < len => self.cells[self.offset[a] + k],
            _ => Overlap::default(),
        }
    }
}

/// The cost model of one alignment problem.
pub(super) struct Model<'a> {
    pub(super) src: &'a [Features],
    pub(super) tgt: &'a [Features],
    src_sums: Sums,
    tgt_sums: Sums,
    tail: Tail,
    /// Expected target characters per source character.
    pub(super) c: f64,
    /// Variance per source character.
    pub(super) s2: f64,
    /// Evidence for a pairing per unit of key weight that finds a partner on the other side
    /// (`ln(μ / μᵣ)`, where μ is the share of key weight that does in a true bead of this
    /// document and μᵣ the share between paragraphs that do not correspond), and per unit that
    /// does not (`ln((1 − μ) / (1 − μᵣ))`, negative), by how many paragraphs the key can find
    /// its partner in (index 1 or 2): facing two paragraphs, a key finds one by chance about
    /// twice as often.
    lex: [(f64, f64); 3],
    /// The mean weight of a key.
    unit: f64,
    /// Whether lexical evidence counts (not in the first, cheap pass).
    pub(super) lexical: bool,
}

impl<'a> Model<'a> {
    pub(super) fn new(src: &'a [Features], tgt: &'a [Features]) -> Model<'a> {
        let total_src: f64 = src.iter().map(|f| f.len).sum::<f64>().max(1.0);
        let total_tgt: f64 = tgt.iter().map(|f| f.len).sum::<f64>().max(1.0);
        let keys: usize = src.iter().chain(tgt).map(|f| f.keys.len()).sum();
        let weight: f32 = src.iter().chain(tgt).map(|f| f.weight).sum();
        let mut model = Model {
            src,
            tgt,
            src_sums: Sums::new(src),
            tgt_sums: Sums::new(tgt),
            tail: Tail::new(LENGTH_TAIL),
            c: total_tgt / total_src,
            s2: S2_DEFAULT,
            lex: [(0.0, 0.0); 3],
            unit: if keys == 0 { 1.0 } else { f64::from(weight) / keys as f64 },
            lexical: false,
        };
        model.set_mu(0.3, 0.05);
        model
    }

    /// Sets the lexical evidence from the shares of key weight that find a partner in true
    /// beads and in chance pairings.
    pub(super) fn set_mu(&mut self, mu: f64, mu_random: f64) {
        for facing in 1..self.lex.len() {
            let chance = 1.0 - (1.0 - mu_random).powi(facing as i32);
            self.lex[facing] = if mu > chance {
                ((mu / chance).ln() / self.unit, ((1.0 - mu) / (1.0 - chance)).ln() / self.unit)
            } else {
                (0.0, 0.0)
            };
        }
    }

    fn prior(&self, k: usize, l: usize) -> f64 {
        match (k, l) {
            (1, 1) => PRIOR_ONE,
            (1, 0) | (0, 1) => NULL,
            (2, 1) | (1, 2) => PRIOR_TWO,
            (2, 2) => PRIOR_TWO_TWO,
            _ => PRIOR_THREE,
        }
    }

    /// A lower bound of [`Model::cost`] that costs little to compute.
    pub(super) fn bound(&self, i: usize, j: usize, k: usize, l: usize) -> f64 {
        if k == 0 || l == 0 {
            return NULL;
        }
        if self.lexical {
            return f64::NEG_INFINITY;
        }
        let numbers = (self.src_sums.numbers[i] - self.src_sums.numbers[i - k])
            .min(self.tgt_sums.numbers[j] - self.tgt_sums.numbers[j - l]);
        self.prior(k, l) - MARKER_MATCH - HEADING_MATCH - NUMBER_MATCH * f64::from(numbers)
    }

    /// Cost of a bead covering `src[i-k..i]` and `tgt[j-l..j]`; lower is better.
    pub(super) fn cost(&self, shared: &Shared, i: usize, j: usize, k: usize, l: usize) -> f64 {
        if k == 0 || l == 0 {
            return NULL;
        }
        let l1 = self.src_sums.len[i] - self.src_sums.len[i - k];
        let l2 = self.tgt_sums.len[j] - self.tgt_sums.len[j - l];
        let mut cost = self.prior(k, l) + self.length_cost(l1, l2) + self.structure_cost(i, j, k, l);
        if self.src_sums.numbers[i] != self.src_sums.numbers[i - k]
            || self.tgt_sums.numbers[j] != self.tgt_sums.numbers[j - l]
        {
            cost += self.number_cost(&self.src[i - k..i], &self.tgt[j - l..j]);
        }
        if self.lexical {
            cost += self.lexical_cost(shared, i, j, k, l);
        }
        cost
    }

    /// Gale and Church's length cost, with a heavy tail: now and then a translation is much
    /// longer or shorter than its source. The two are mixed as the smaller of their costs.
    fn length_cost(&self, l1: f64, l2: f64) -> f64 {
        let mean = (l1 + l2 / self.c) / 2.0;
        let delta = (l2 - l1 * self.c) / (mean.max(1.0) * self.s2).sqrt();
        let normal = self.tail.cost(delta);
        if normal <= self.tail.floor {
            return normal;
        }
        let ratio = fast_ln((l2 + 1.0) / (l1 * self.c + 1.0)).abs();
        normal.min(self.tail.floor + 2.0 * ratio)
    }

    /// Numbers found on both sides lower the cost; numbers on one side only raise it.
    fn number_cost(&self, s: &[Features], t: &[Features]) -> f64 {
        let total: usize = s.iter().chain(t).map(|f| f.numbers.len()).sum();
        let common = if s.len() == 1 && t.len() == 1 {
            common_count(&s[0].numbers, &t[0].numbers)
        } else {
            // Pairwise, which counts a number twice only when one side repeats it.
            let pairs: usize =
                s.iter().map(|a| t.iter().map(|b| common_count(&a.numbers, &b.numbers)).sum::<usize>()).sum();
            let (ns, nt): (usize, usize) =
                (s.iter().map(|f| f.numbers.len()).sum(), t.iter().map(|f| f.numbers.len()).sum());
            pairs.min(ns).min(nt)
        };
        let missing = total - 2 * common;
        -NUMBER_MATCH * common as f64 + NUMBER_MISS * missing as f64
    }

    /// Leading markers, sentence counts, headings.
    fn structure_cost(&self, i: usize, j: usize, k: usize, l: usize) -> f64 {
        let (first_s, first_t) = (&self.src[i - k], &self.tgt[j - l]);
        let mut cost = 0.0;
        let (a, b) = (first_s.marker, first_t.marker);
        match (a[0] != 0, b[0] != 0) {
            (true, true) => cost += if markers_agree(a, b) { -MARKER_MATCH } else { MARKER_MISS },
            (true, false) | (false, true) => cost += MARKER_ONE,
            _ => {}
        }
        let s1 = self.src_sums.sentences[i] - self.src_sums.sentences[i - k];
        let s2 = self.tgt_sums.sentences[j] - self.tgt_sums.sentences[j - l];
        let d = f64::from(s1.abs_diff(s2));
        cost += SENTENCES * d * d / f64::from(s1 + s2);
        if k == 1 && l == 1 {
            match (first_s.kind, first_t.kind) {
                (Kind::Heading, Kind::Text) | (Kind::Text, Kind::Heading) => cost += HEADING_TEXT,
                (Kind::Heading, Kind::Fragment) | (Kind::Fragment, Kind::Heading) => cost += HEADING_FRAGMENT,
                (Kind::Heading, Kind::Heading) => cost -= HEADING_MATCH,
                _ => {}
            }
        } else {
            let headings = self.src_sums.headings[i] - self.src_sums.headings[i - k] + self.tgt_sums.headings[j]
                - self.tgt_sums.headings[j - l];
            cost += HEADING_MERGED * f64::from(headings);
        }
        cost
    }

    /// The matched and total key weight of a bead: a key of one side is matched when some
    /// paragraph of the other side has it.
    pub(super) fn matched(&self, shared: &Shared, i: usize, j: usize, k: usize, l: usize) -> (f64, f64) {
        let (s0, t0) = (i - k, j - l);
        let total =
            (self.src_sums.weight[i] - self.src_sums.weight[s0]) + (self.tgt_sums.weight[j] - self.tgt_sums.weight[t0]);
        let o = |a: usize, b: usize| shared.get(s0 + a, t0 + b);
        let m = match (k, l) {
            (1, 1) => 2.0 * o(0, 0).ab,
            // Each key of the single paragraph once, each key of the others where found.
            (2, 1) => 2.0 * (o(0, 0).ab + o(1, 0).ab) - o(0, 0).s1,
            (1, 2) => 2.0 * (o(0, 0).ab + o(0, 1).ab) - o(0, 0).t1,
            (3, 1) => {
                let (x, y, z) = (o(0, 0), o(1, 0), o(2, 0));
                2.0 * (x.ab + y.ab + z.ab) - x.s1 - x.s2 - y.s1 + x.s12
            }
            (1, 3) => {
                let (x, y, z) = (o(0, 0), o(0, 1), o(0, 2));
                2.0 * (x.ab + y.ab + z.ab) - x.t1 - x.t2 - y.t1 + x.t12
            }
            _ => {
                let (x, y, z, v) = (o(0, 0), o(0, 1), o(1, 0), o(1, 1));
                2.0 * (x.ab + y.ab + z.ab + v.ab) - x.t1 - z.t1 - x.s1 - y.s1
            }
        };
        (f64::from(m.max(0.0)), total)
    }

    /// The log-likelihood ratio of the matched key weight, between a true bead and a chance
    /// pairing, counting keys in units of the mean key weight; as a cost, tempered and bounded.
    fn lexical_cost(&self, shared: &Shared, i: usize, j: usize, k: usize, l: usize) -> f64 {
        let (m, w) = self.matched(shared, i, j, k, l);
        // A 2-2 bead stands against the two 1-1 beads of its diagonal, where each key faces one
        // paragraph; in the 2-2 it faces two, and the chance matches across its pairs (common
        // words, numbers) would count as evidence for merging. The keys matched along the
        // diagonal are as telling as in the 1-1 beads, those matched across are not, and
        // `matched` does not tell them apart: the evidence is taken halfway between. (A 2-1
        // bead stands against a 1-1 and an omission, whose constant cost weighs it already.)
        let (lex_match, lex_miss) = if k >= 2 && l >= 2 {
            let (a, b) = (self.lex[1], self.lex[2]);
            ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)
        } else {
            self.lex[1]
        };
        let llr = m * lex_match + (w - m).max(0.0) * lex_miss;
        (-LEXICAL * llr).clamp(-LEXICAL_CAP, LEXICAL_CAP)
    }
}

/// Size of the multiset intersection of two sorted lists.
pub fn common_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
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
    n
}

/// The natural logarithm of a positive number, to about six digits, without a call into libm.
fn fast_ln(x: f64) -> f64 {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1023;
    let mantissa = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    // ln m = 2 atanh((m - 1) / (m + 1)), with (m - 1) / (m + 1) at most 1/3 for m in [1, 2).
    let t = (mantissa - 1.0) / (mantissa + 1.0);
    let t2 = t * t;
    let series = 2.0 * t * (1.0 + t2 * (1.0 / 3.0 + t2 * (1.0 / 5.0 + t2 * (1.0 / 7.0 + t2 / 9.0))));
    exponent as f64 * std::f64::consts::LN_2 + series
}

/// Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7).
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.26551223
            + t * (1.00002368
                + t * (0.37409196
                    + t * (0.09678418
                        + t * (-0.18628806
                            + t * (0.27886807
                                + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
            .exp();
    if x >= 0.0 { r } else { 2.0 - r }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_ln_is_close() {
        for x in [1e-12, 0.001, 0.3, 1.0, 1.5, 2.0, 7.0, 1234.5] {
            assert!((fast_ln(x) - f64::ln(x)).abs() < 1e-5, "{x}");
        }
    }

    #[test]
    fn erfc_matches_known_values() {
        assert!((erfc(0.0) - 1.0).abs() < 1e-6);
        assert!((erfc(1.0) - 0.157299).abs() < 1e-5);
    }
}
