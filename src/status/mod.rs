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

use serde::{Deserialize, Serialize};

use crate::memory::Memory;
use crate::segment::Paragraph;
use crate::text::normalize;

mod ids;
mod map;

use ids::provisional_id;
pub use ids::{id_of_width, new_id};
pub use map::{Flat, flatten, map_side};
use map::{UnionFind, make_contiguous, owners};

/// The state of a bead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// Counts by state, of beads ([`Counts::of`]) or of paragraphs ([`Counts::paragraphs`]).
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

    /// Counts paragraphs by the state of their bead: source paragraphs for current, stale and
    /// missing (so every language of a document adds up to its source), translation paragraphs
    /// for orphaned (they have no source). A confirmed addition (a translation paragraph with no
    /// source, current) counts nothing.
    pub fn paragraphs(beads: &[BeadState]) -> Counts {
        let mut c = Counts::default();
        for b in beads {
            let n = if b.state == State::Orphaned { b.target.len() } else { b.source.len() };
            *c.get_mut(b.state) += n;
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

    /// Adds another's counts, state by state.
    pub fn add(&mut self, other: &Counts) {
        for s in State::ALL {
            *self.get_mut(s) += other.get(s);
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
        let stale = !same_text(&old_src, beads, src.iter().map(|&j| &source[j]));
        if tgt.is_empty() && had_target {
            out.push(bead(id, State::Missing, src, tgt, false, beads));
            continue;
        }
        let edited = stale && !same_text(&old_tgt, beads, tgt.iter().map(|&j| &target[j]));
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

/// Whether the old paragraphs of memory beads `beads` (one side, flattened) and today's
/// paragraphs read the same once joined and folded.
fn same_text<'a>(old: &Flat, beads: &[usize], new: impl Iterator<Item = &'a Paragraph> + Clone) -> bool {
    let olds: Vec<usize> = beads.iter().flat_map(|&b| old.starts[b]..old.starts[b + 1]).collect();
    let new_fps: Vec<u64> = new.clone().map(|p| p.fp).collect();
    if olds.len() == new_fps.len() && olds.iter().zip(&new_fps).all(|(&o, f)| old.fp[o] == *f) {
        return true;
    }
    let old_text: Vec<&str> = olds.iter().map(|&o| old.text[o]).collect();
    let new_text: Vec<&str> = new.map(|p| p.text.as_str()).collect();
    normalize(&old_text.join(" ")) == normalize(&new_text.join(" "))
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::memory::Bead;
    use crate::segment::Kind;
    use crate::text::fingerprint;
    use proptest::prelude::*;

    /// Paragraphs of these texts, one a line apart.
    pub(crate) fn paras(texts: &[&str]) -> Vec<Paragraph> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Paragraph {
                n: i + 1,
                kind: Kind::Paragraph,
                line: i * 2 + 1,
                text: t.to_string(),
                fp: fingerprint(t),
            })
            .collect()
    }

    fn memory(pairs: &[(&[&str], &[&str])]) -> Memory {
        let beads = pairs
            .iter()
            .enumerate()
            .map(|(i, (s, t))| Bead {
                id: format!("b{i}"),
                source: s.iter().map(|x| x.to_string()).collect(),
                target: t.iter().map(|x| x.to_string()).collect(),
                synced: "2026-01-01T00:00:00Z".into(),
                minor: false,
                accepted: Vec::new(),
            })
            .collect();
        Memory { beads }
    }

    const SRC: [&str; 4] = [
        "All human beings are born free and equal in dignity and rights.",
        "Everyone has the right to life, liberty and security of person.",
        "No one shall be held in slavery or servitude.",
        "No one shall be subjected to torture.",
    ];
    const TGT: [&str; 4] = [
        "Всички хора се раждат свободни и равни по достойнство и права.",
        "Всеки човек има право на живот, свобода и лична сигурност.",
        "Никой не може да бъде държан в робство или в принудителна зависимост.",
        "Никой не трябва да бъде подлаган на изтезание.",
    ];

    fn base() -> Memory {
        memory(&[(&[SRC[0]], &[TGT[0]]), (&[SRC[1]], &[TGT[1]]), (&[SRC[2]], &[TGT[2]]), (&[SRC[3]], &[TGT[3]])])
    }

    fn states(beads: &[BeadState]) -> Vec<(State, Vec<usize>, Vec<usize>)> {
        beads.iter().map(|b| (b.state, b.source.clone(), b.target.clone())).collect()
    }

    /// A sentence of its own for paragraph `i`: rare words that tell it from its neighbours.
    fn numbered(i: usize) -> String {
        let words = ["liberty", "dignity", "justice", "peace", "equality", "conscience", "reason"];
        format!(
            "Paragraph w{i}x speaks of {} and {} in section s{}y, with clause c{}z.",
            words[i % 7],
            words[(i / 7) % 7],
            i * 3,
            i % 13
        )
    }

    #[test]
    fn every_paragraph_changed_in_a_large_region_stays_with_its_own_bead() {
        // 3,000 beads, every source paragraph edited, ten inserted and ten removed along the way:
        // one changed region far larger than the whole-grid search, searched in its band.
        let n = 3000;
        let old: Vec<String> = (0..n).map(numbered).collect();
        let pairs: Vec<(Vec<&str>, Vec<&str>)> = old.iter().map(|t| (vec![t.as_str()], vec![t.as_str()])).collect();
        let pairs: Vec<(&[&str], &[&str])> = pairs.iter().map(|(s, t)| (&s[..], &t[..])).collect();
        let mem = memory(&pairs);
        let removed = |i: usize| i % 300 == 150;
        let mut new_text = Vec::new();
        let mut origin = Vec::new();
        for (i, t) in old.iter().enumerate() {
            if i % 300 == 10 {
                new_text.push(format!("An inserted paragraph n{i}q about nothing else."));
                origin.push(None);
            }
            if !removed(i) {
                new_text.push(t.replace(" and ", " and also "));
                origin.push(Some(i));
            }
        }
        let refs: Vec<&str> = new_text.iter().map(String::as_str).collect();
        let source = paras(&refs);
        let target = paras(&old.iter().map(String::as_str).collect::<Vec<_>>());
        let beads = compare(Some(&mem), &source, &target);
        for (j, o) in origin.iter().enumerate() {
            let bead = beads.iter().find(|b| b.source.contains(&j)).unwrap();
            match o {
                Some(i) => assert_eq!((bead.state, &bead.memory[..]), (State::Stale, &[*i][..]), "new ¶{j}"),
                None => assert_eq!(bead.state, State::Missing, "new ¶{j}"),
            }
        }
        for i in (0..n).filter(|&i| removed(i)) {
            let bead = beads.iter().find(|b| b.target.contains(&i)).unwrap();
            assert_eq!(bead.state, State::Orphaned, "the translation of removed ¶{i}");
        }
    }

    #[test]
    fn paragraphs_inserted_before_edited_ones_do_not_shift_their_pairing() {
        // 300 new paragraphs, then 400 old ones, each edited: a region wider than the band
        // around its diagonal.
        let old: Vec<String> =
            (0..400).map(|k| format!("Old paragraph {k} speaks of topic w{k}a w{k}b w{k}c w{k}d.")).collect();
        let mut new: Vec<String> = (0..300).map(|k| format!("Inserted filler {k} about z{k}a z{k}b z{k}c.")).collect();
        new.extend(old.iter().map(|t| t.replace('.', ", edited.")));
        let pairs: Vec<(Vec<&str>, Vec<&str>)> = old.iter().map(|t| (vec![t.as_str()], vec![])).collect();
        let pairs: Vec<(&[&str], &[&str])> = pairs.iter().map(|(s, t)| (&s[..], &t[..])).collect();
        let mem = memory(&pairs);
        let refs: Vec<&str> = new.iter().map(String::as_str).collect();
        let (flat, _) = flatten(&mem);
        let map = map_side(&flat, &paras(&refs));
        assert_eq!((0..400).filter(|&k| map[300 + k] == vec![k]).count(), 400);
        assert_eq!((0..300).filter(|&k| !map[k].is_empty()).count(), 0);
    }

    #[test]
    fn the_band_grows_with_the_region_not_its_square() {
        let grid = map::Band::new(50_000, 45_000, map::BAND);
        assert!(grid.cells() <= 50_001 * (2 * map::BAND + 1));
        assert!(grid.at(50_000, 45_000).is_some(), "the far corner is in the band");
        assert_eq!(grid.at(0, 0), Some(0));
        assert_eq!(grid.at(0, map::BAND + 1), None);
    }

    #[test]
    fn unchanged_is_current() {
        let got = compare(Some(&base()), &paras(&SRC), &paras(&TGT));
        assert!(got.iter().all(|b| b.state == State::Current));
        assert_eq!(got.iter().map(|b| b.id.as_str()).collect::<Vec<_>>(), ["b0", "b1", "b2", "b3"]);
    }

    #[test]
    fn no_memory_is_missing_and_orphaned() {
        let got = compare(None, &paras(&SRC[..2]), &paras(&TGT[..2]));
        let kinds: Vec<State> = got.iter().map(|b| b.state).collect();
        assert_eq!(kinds, [State::Missing, State::Orphaned, State::Missing, State::Orphaned]);
    }

    #[test]
    fn edit_makes_stale_with_its_own_id() {
        let src = [SRC[0], "Everyone has the right to life, freedom and security of person.", SRC[2], SRC[3]];
        let got = compare(Some(&base()), &paras(&src), &paras(&TGT));
        assert_eq!(got[1].state, State::Stale);
        assert_eq!(got[1].id, "b1");
        assert!(!got[1].target_edited);
        assert_eq!(Counts::of(&got).stale, 1);
    }

    #[test]
    fn full_rewrite_in_place_is_stale_against_its_own_text() {
        let src = [SRC[0], SRC[1], "Completely different words about a new topic entirely.", SRC[3]];
        let got = compare(Some(&base()), &paras(&src), &paras(&TGT));
        assert_eq!(states(&got)[2], (State::Stale, vec![2], vec![2]));
        assert_eq!(got[2].memory, vec![2]);
    }

    #[test]
    fn insertion_is_missing_and_deletion_orphans_the_translation() {
        let src = [SRC[0], "A new paragraph nobody has translated.", SRC[1], SRC[3]];
        let got = compare(Some(&base()), &paras(&src), &paras(&TGT));
        assert_eq!(
            states(&got),
            vec![
                (State::Current, vec![0], vec![0]),
                (State::Missing, vec![1], vec![]),
                (State::Current, vec![2], vec![1]),
                (State::Orphaned, vec![], vec![2]),
                (State::Current, vec![3], vec![3]),
            ]
        );
    }

    #[test]
    fn rewrap_join_and_split_inside_a_bead_stay_current() {
        let joined = memory(&[(&[SRC[0]], &[TGT[0]]), (&[SRC[1], SRC[2]], &[TGT[1]]), (&[SRC[3]], &[TGT[3]])]);
        let tgt = [TGT[0], TGT[1], TGT[3]];
        let rewrapped = SRC[0].replace(' ', "\n");
        let both = format!("{} {}", SRC[1], SRC[2]);
        let got = compare(Some(&joined), &paras(&[&rewrapped, &both, SRC[3]]), &paras(&tgt));
        assert!(got.iter().all(|b| b.state == State::Current), "{got:?}");
        let got = compare(Some(&joined), &paras(&SRC), &paras(&tgt));
        assert!(got.iter().all(|b| b.state == State::Current));
        assert_eq!(got[1].source, vec![1, 2]);
    }

    #[test]
    fn target_edit_alone_is_current_and_with_source_edit_is_flagged() {
        let tgt = [TGT[0], "Всеки човек има право на живот, на свобода и на лична сигурност.", TGT[2], TGT[3]];
        let got = compare(Some(&base()), &paras(&SRC), &paras(&tgt));
        assert!(got.iter().all(|b| b.state == State::Current));
        let src = [SRC[0], "Everyone has the right to life, freedom and security.", SRC[2], SRC[3]];
        let got = compare(Some(&base()), &paras(&src), &paras(&tgt));
        assert!(got[1].state == State::Stale && got[1].target_edited);
    }

    #[test]
    fn moved_paragraphs_keep_their_beads() {
        let src = [SRC[1], SRC[2], SRC[0], SRC[3]];
        let got = compare(Some(&base()), &paras(&src), &paras(&TGT));
        assert!(got.iter().all(|b| b.state == State::Current), "{got:?}");
        let b0 = got.iter().find(|b| b.id == "b0").unwrap();
        assert_eq!((b0.source.clone(), b0.target.clone()), (vec![2], vec![0]));
    }

    #[test]
    fn confirmed_omission_and_addition_are_current() {
        let m = memory(&[(&[SRC[0]], &[TGT[0]]), (&[SRC[1]], &[]), (&[], &[TGT[2]]), (&[SRC[3]], &[TGT[3]])]);
        let got = compare(Some(&m), &paras(&[SRC[0], SRC[1], SRC[3]]), &paras(&[TGT[0], TGT[2], TGT[3]]));
        assert_eq!(
            states(&got),
            vec![
                (State::Current, vec![0], vec![0]),
                (State::Current, vec![], vec![1]),
                (State::Current, vec![1], vec![]),
                (State::Current, vec![2], vec![2]),
            ]
        );
    }

    #[test]
    fn deleted_translation_is_missing() {
        let got = compare(Some(&base()), &paras(&SRC), &paras(&[TGT[0], TGT[2], TGT[3]]));
        assert_eq!(states(&got)[1], (State::Missing, vec![1], vec![]));
        assert_eq!(got[1].id, "b1");
    }

    #[test]
    fn provisional_ids_are_unique_for_repeated_text() {
        let got = compare(None, &paras(&["Same.", "Same.", "Same."]), &[]);
        let ids: HashSet<&str> = got.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids.len(), 3);
    }

    /// Words to build random documents from.
    const WORDS: [&str; 12] =
        ["right", "life", "liberty", "person", "law", "state", "free", "equal", "dignity", "peace", "work", "home"];

    fn sentence(seed: &[usize]) -> String {
        seed.iter().map(|&i| WORDS[i % WORDS.len()]).collect::<Vec<_>>().join(" ")
    }

    #[derive(Debug, Clone)]
    enum Edit {
        Change(usize, usize),
        Insert(usize, Vec<usize>),
        Delete(usize),
        Move(usize, usize),
        Join(usize),
        Split(usize),
        Rewrap(usize),
    }

    fn edit() -> impl Strategy<Value = Edit> {
        prop_oneof![
            (0..40usize, 0..12usize).prop_map(|(a, b)| Edit::Change(a, b)),
            (0..40usize, prop::collection::vec(0..12usize, 1..8)).prop_map(|(a, w)| Edit::Insert(a, w)),
            (0..40usize).prop_map(Edit::Delete),
            (0..40usize, 0..40usize).prop_map(|(a, b)| Edit::Move(a, b)),
            (0..40usize).prop_map(Edit::Join),
            (0..40usize).prop_map(Edit::Split),
            (0..40usize).prop_map(Edit::Rewrap),
        ]
    }

    fn apply(doc: &mut Vec<String>, e: &Edit) {
        if doc.is_empty() {
            if let Edit::Insert(_, w) = e {
                doc.push(sentence(w));
            }
            return;
        }
        let n = doc.len();
        match e {
            Edit::Change(a, w) => doc[a % n].push_str(&format!(" {}", WORDS[*w])),
            Edit::Insert(a, w) => doc.insert(a % (n + 1), sentence(w)),
            Edit::Delete(a) => {
                doc.remove(a % n);
            }
            Edit::Move(a, b) => {
                let p = doc.remove(a % n);
                doc.insert(b % n, p);
            }
            Edit::Join(a) if n > 1 => {
                let i = a % (n - 1);
                let next = doc.remove(i + 1);
                doc[i] = format!("{} {next}", doc[i]);
            }
            Edit::Split(a) => {
                let i = a % n;
                let words: Vec<String> = doc[i].split(' ').map(str::to_string).collect();
                if words.len() > 1 {
                    let half = words.len() / 2;
                    doc[i] = words[..half].join(" ");
                    doc.insert(i + 1, words[half..].join(" "));
                }
            }
            Edit::Rewrap(a) => doc[a % n] = doc[a % n].replace(' ', "\n"),
            Edit::Join(_) => {}
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn every_paragraph_is_accounted_for_once(
            base_doc in prop::collection::vec(prop::collection::vec(0..12usize, 1..10), 0..25),
            src_edits in prop::collection::vec(edit(), 0..8),
            tgt_edits in prop::collection::vec(edit(), 0..8),
            synced in any::<bool>(),
        ) {
            let mut src: Vec<String> = base_doc.iter().enumerate().map(|(i, w)| format!("{i} {}", sentence(w))).collect();
            let mut tgt: Vec<String> = src.iter().map(|s| format!("т {s}")).collect();
            let pairs: Vec<(Vec<String>, Vec<String>)> = src.iter().zip(&tgt).map(|(s, t)| (vec![s.clone()], vec![t.clone()])).collect();
            let mem = Memory { beads: pairs.into_iter().enumerate().map(|(i, (s, t))| Bead { id: format!("x{i}"), source: s, target: t, synced: String::new(), minor: false, accepted: Vec::new() }).collect() };
            for e in &src_edits { apply(&mut src, e); }
            for e in &tgt_edits { apply(&mut tgt, e); }
            let sp = paras(&src.iter().map(String::as_str).collect::<Vec<_>>());
            let tp = paras(&tgt.iter().map(String::as_str).collect::<Vec<_>>());
            let got = compare(synced.then_some(&mem), &sp, &tp);
            let mut seen_s = vec![0; sp.len()];
            let mut seen_t = vec![0; tp.len()];
            for b in &got {
                prop_assert!(!b.source.is_empty() || !b.target.is_empty());
                prop_assert!(b.source.windows(2).all(|w| w[1] == w[0] + 1), "source not consecutive: {:?}", b);
                prop_assert!(b.target.windows(2).all(|w| w[1] == w[0] + 1), "target not consecutive: {:?}", b);
                for &s in &b.source { seen_s[s] += 1; }
                for &t in &b.target { seen_t[t] += 1; }
            }
            prop_assert!(seen_s.iter().all(|&c| c == 1), "source counts {:?}", seen_s);
            prop_assert!(seen_t.iter().all(|&c| c == 1), "target counts {:?}", seen_t);
            let ids: HashSet<&str> = got.iter().map(|b| b.id.as_str()).collect();
            prop_assert_eq!(ids.len(), got.len());
            let firsts: Vec<usize> = got.iter().filter_map(|b| b.source.first().copied()).collect();
            prop_assert!(firsts.windows(2).all(|w| w[0] < w[1]));
            if src_edits.is_empty() && synced {
                prop_assert!(got.iter().all(|b| b.state != State::Stale));
            }
        }
    }
}
