//! Confirming beads: what `sync` and `minor` write into the memory.
//!
//! The first sync of a language adopts the translation as it stands: every bead the aligner
//! finds is recorded, omissions and additions included. Later syncs keep the current beads as
//! anchors and re-align only the changed regions between them; re-aligned beads inherit the id of
//! the old bead they overlap most (each old id once). A new source paragraph with no translation
//! stays missing, and a target paragraph with no source stays orphaned, unless named by id.

use std::collections::{HashMap, HashSet};

use crate::align;
use crate::error::{Error, ErrorKind, Result};
use crate::memory::{self, Bead, Memory};
use crate::segment::{self, Paragraph};
use crate::status::{self, BeadState, State};
use crate::text::normalize;
use crate::workspace::Translation;

/// Which beads a sync confirms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Every bead that has both a source and a translation (on a first sync: every bead).
    All,
    /// The beads with these ids (ids of today's status, provisional ones included).
    Ids(HashSet<String>),
}

impl Selection {
    fn names(&self, id: &str) -> bool {
        match self {
            Selection::All => true,
            Selection::Ids(ids) => ids.contains(id),
        }
    }
}

/// One bead a sync or a minor edit confirms: its id and today's paragraphs (0-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmed {
    /// The bead's id, as the memory records it.
    pub id: String,
    /// Today's source paragraphs.
    pub source: Vec<usize>,
    /// Today's target paragraphs.
    pub target: Vec<usize>,
    /// Its state before: stale, missing or orphaned (or current for a re-wrapped bead whose
    /// text is recorded again).
    pub was: State,
}

/// What a sync produced for one translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The new memory.
    pub memory: Memory,
    /// The beads recorded anew, in source order.
    pub confirmed: Vec<Confirmed>,
}

/// An item of the new memory: today's paragraphs (for ordering) and its records.
struct Item {
    source: Vec<usize>,
    target: Vec<usize>,
    records: Vec<Bead>,
}

fn texts(paragraphs: &[Paragraph], which: &[usize]) -> Vec<String> {
    which.iter().map(|&i| paragraphs[i].text.clone()).collect()
}

/// Computes the memory after confirming `selection` in translation `t` of a document whose
/// source paragraphs are `source`. `now` stamps the new records.
pub fn sync(t: &Translation, source: &[Paragraph], selection: &Selection, now: &str) -> Outcome {
    let empty = Memory::default();
    let first = t.memory.is_none();
    let old = t.memory.as_ref().unwrap_or(&empty);
    let old_records = |b: &BeadState| -> Vec<Bead> { b.memory.iter().map(|&m| old.beads[m].clone()).collect() };
    let mut taken: HashSet<String> = old.beads.iter().map(|b| b.id.clone()).collect();
    taken.extend(t.beads.iter().map(|b| b.id.clone()));
    let mut items: Vec<Item> = Vec::new();
    let mut confirmed = Vec::new();
    let beads = &t.beads;
    let mut i = 0;
    while i < beads.len() {
        let b = &beads[i];
        if b.state == State::Current {
            let mut record = Bead {
                id: b.id.clone(),
                source: texts(source, &b.source),
                target: texts(&t.target, &b.target),
                synced: now.to_string(),
                minor: false,
                accepted: Vec::new(),
            };
            // Findings accepted for these very texts stay accepted.
            record.accepted = memory::carried(old, b.memory.iter().copied(), &record);
            let unchanged = b.memory.len() == 1
                && old.beads[b.memory[0]].source == record.source
                && old.beads[b.memory[0]].target == record.target;
            let records = if selection.names(&b.id) && !unchanged {
                confirmed.push(Confirmed {
                    id: b.id.clone(),
                    source: b.source.clone(),
                    target: b.target.clone(),
                    was: State::Current,
                });
                vec![record]
            } else {
                old_records(b)
            };
            items.push(Item { source: b.source.clone(), target: b.target.clone(), records });
            i += 1;
            continue;
        }
        let end = (i..beads.len()).find(|&k| beads[k].state == State::Current).unwrap_or(beads.len());
        let run = &beads[i..end];
        let (items_run, done) = realign(run, source, &t.target, old, selection, first, now, &mut taken);
        items.extend(items_run);
        confirmed.extend(done);
        i = end;
    }
    status::sort_in_source_order(&mut items, |it| (&it.source, &it.target), t.target.len());
    status::sort_in_source_order(&mut confirmed, |c| (&c.source, &c.target), t.target.len());
    let beads = items.into_iter().flat_map(|it| it.records).collect();
    Outcome { memory: Memory { beads }, confirmed }
}

/// Re-aligns a run of beads that are not current, and records the new beads the selection
/// confirms; old beads that no confirmed bead replaces keep their records.
#[allow(clippy::too_many_arguments)]
fn realign(
    run: &[BeadState],
    source: &[Paragraph],
    target: &[Paragraph],
    old: &Memory,
    selection: &Selection,
    first: bool,
    now: &str,
    taken: &mut HashSet<String>,
) -> (Vec<Item>, Vec<Confirmed>) {
    let mut src: Vec<usize> = run.iter().flat_map(|b| b.source.iter().copied()).collect();
    let mut tgt: Vec<usize> = run.iter().flat_map(|b| b.target.iter().copied()).collect();
    src.sort_unstable();
    src.dedup();
    tgt.sort_unstable();
    tgt.dedup();
    let src_text: Vec<&str> = src.iter().map(|&i| source[i].text.as_str()).collect();
    let tgt_text: Vec<&str> = tgt.iter().map(|&i| target[i].text.as_str()).collect();
    // One source paragraph and one translation between confirmed beads are one pair, however
    // little the aligner sees in common (a rewritten sentence and its rewritten translation).
    let aligned: Vec<(Vec<usize>, Vec<usize>)> = if src.len() == 1 && tgt.len() == 1 {
        vec![(src.clone(), tgt.clone())]
    } else {
        align::align(&src_text, &tgt_text)
            .into_iter()
            .map(|b| (src[b.source].to_vec(), tgt[b.target].to_vec()))
            .collect()
    };
    // A later sync never lets a new source paragraph (missing) or a new translation paragraph
    // (orphaned) slip into a pair with paragraphs that were translated before: nobody said they
    // translate each other. Such a proposal is split into the old paragraphs and the new ones;
    // the new ones pair with each other, or stay missing or orphaned.
    let proposals: Vec<(Vec<usize>, Vec<usize>)> = if first {
        aligned
    } else {
        let new_source: HashSet<usize> =
            run.iter().filter(|b| b.state == State::Missing).flat_map(|b| b.source.iter().copied()).collect();
        let new_target: HashSet<usize> =
            run.iter().filter(|b| b.state == State::Orphaned).flat_map(|b| b.target.iter().copied()).collect();
        let mut out = Vec::new();
        for (s, t) in aligned {
            let (s_new, s_old): (Vec<usize>, Vec<usize>) = s.iter().partition(|i| new_source.contains(i));
            let (t_new, t_old): (Vec<usize>, Vec<usize>) = t.iter().partition(|i| new_target.contains(i));
            if s_old.is_empty() && t_old.is_empty() || s_new.is_empty() && t_new.is_empty() {
                out.push((s, t));
                continue;
            }
            // A new paragraph between old ones would tear them apart: then nothing of the
            // proposal is confirmed (each paragraph its own one-sided bead, which `--all` leaves).
            let consecutive = |v: &[usize]| v.windows(2).all(|w| w[1] == w[0] + 1);
            if ![&s_old, &t_old, &s_new, &t_new].iter().all(|v| consecutive(v)) {
                out.extend(s.iter().map(|&i| (vec![i], Vec::new())));
                out.extend(t.iter().map(|&j| (Vec::new(), vec![j])));
                continue;
            }
            for (s, t) in [(s_old, t_old), (s_new, t_new)] {
                // One-sided remains are left as they are: each paragraph its own bead.
                if !s.is_empty() && !t.is_empty() {
                    out.push((s, t));
                } else {
                    out.extend(s.into_iter().map(|i| (vec![i], Vec::new())));
                    out.extend(t.into_iter().map(|j| (Vec::new(), vec![j])));
                }
            }
        }
        out
    };

    // Which run beads each proposal overlaps, and by how many paragraphs.
    let mut src_owner: HashMap<usize, usize> = HashMap::new();
    let mut tgt_owner: HashMap<usize, usize> = HashMap::new();
    for (r, b) in run.iter().enumerate() {
        src_owner.extend(b.source.iter().map(|&s| (s, r)));
        tgt_owner.extend(b.target.iter().map(|&t| (t, r)));
    }
    let overlaps: Vec<HashMap<usize, usize>> = proposals
        .iter()
        .map(|p| {
            let mut o: HashMap<usize, usize> = HashMap::new();
            let owners = p.0.iter().filter_map(|s| src_owner.get(s)).chain(p.1.iter().filter_map(|t| tgt_owner.get(t)));
            for &r in owners {
                *o.entry(r).or_insert(0) += 1;
            }
            o
        })
        .collect();
    let confirm: Vec<bool> = proposals
        .iter()
        .zip(&overlaps)
        .map(|(p, o)| match selection {
            Selection::All => first || (!p.0.is_empty() && !p.1.is_empty()),
            Selection::Ids(_) => o.keys().any(|&r| selection.names(&run[r].id)),
        })
        .collect();

    // Ids: each confirmed proposal inherits the id of the bead it overlaps most, each id once;
    // beads of the memory come before provisional ones.
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    for (k, o) in overlaps.iter().enumerate().filter(|(k, _)| confirm[*k]) {
        for (&r, &n) in o {
            candidates.push((n * 2 + usize::from(!run[r].memory.is_empty()), k, r));
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut ids: Vec<Option<String>> = vec![None; proposals.len()];
    let mut used = vec![false; run.len()];
    for (_, k, r) in candidates {
        if ids[k].is_none() && !used[r] {
            ids[k] = Some(run[r].id.clone());
            used[r] = true;
        }
    }

    let mut items = Vec::new();
    let mut replaced = vec![false; run.len()];
    let mut confirmed = Vec::new();
    for (k, p) in proposals.iter().enumerate().filter(|(k, _)| confirm[*k]) {
        for &r in overlaps[k].keys() {
            replaced[r] = true;
        }
        let id = ids[k].take().unwrap_or_else(|| {
            let first_fp = |side: &[usize], ps: &[Paragraph]| side.first().map_or(0, |&i| ps[i].fp);
            let seed =
                xxhash_rust::xxh3::xxh3_64_with_seed(&first_fp(&p.0, source).to_le_bytes(), first_fp(&p.1, target));
            status::new_id(seed, taken)
        });
        let mut record = Bead {
            id,
            source: texts(source, &p.0),
            target: texts(target, &p.1),
            synced: now.to_string(),
            minor: false,
            accepted: Vec::new(),
        };
        record.accepted =
            memory::carried(old, overlaps[k].keys().flat_map(|&r| run[r].memory.iter().copied()), &record);
        // What it was: the most telling state among the beads it overlaps.
        let rank =
            |s: State| [State::Stale, State::Missing, State::Orphaned, State::Current].iter().position(|&x| x == s);
        let was = overlaps[k].keys().map(|&r| run[r].state).min_by_key(|&s| rank(s)).unwrap_or(State::Stale);
        confirmed.push(Confirmed { id: record.id.clone(), source: p.0.clone(), target: p.1.clone(), was });
        items.push(Item { source: p.0.clone(), target: p.1.clone(), records: vec![record] });
    }
    for (r, b) in run.iter().enumerate() {
        if !replaced[r] && !b.memory.is_empty() {
            let records = b.memory.iter().map(|&m| old.beads[m].clone()).collect();
            items.push(Item { source: b.source.clone(), target: b.target.clone(), records });
        }
    }
    (items, confirmed)
}

/// Confirms a minor edit of source paragraphs `paragraphs` (0-based) of a document in every
/// translation whose bead was current against the previous source text. Returns, per
/// translation, the new memory and what it confirmed (`None` where nothing changed).
///
/// A paragraph that did not change since it was translated is an error, and so is an edit that
/// changes words ([`crate::text::words::changed_words`]) unless `force`: a minor edit is one that needs
/// no new translation.
pub fn minor(
    translations: &[Translation],
    source: &[Paragraph],
    paragraphs: &[usize],
    now: &str,
    force: bool,
) -> Result<Vec<Option<Outcome>>> {
    let old_text = |t: &Translation, b: &BeadState| -> String {
        let memory = t.memory.as_ref().map(|m| &m.beads[..]).unwrap_or(&[]);
        let texts: Vec<&str> = b.memory.iter().flat_map(|&m| memory[m].source.iter().map(String::as_str)).collect();
        normalize(&texts.join(" "))
    };
    let synced = |t: &Translation, b: &BeadState| -> String {
        let memory = t.memory.as_ref().map(|m| &m.beads[..]).unwrap_or(&[]);
        b.memory.iter().map(|&m| memory[m].synced.clone()).max().unwrap_or_default()
    };
    // The previous source text of each named paragraph: the old text of the stale bead that was
    // synced last, in any language.
    let mut previous: Vec<(usize, String)> = Vec::new();
    for &p in paragraphs {
        let latest = translations
            .iter()
            .flat_map(|t| t.beads.iter().map(move |b| (t, b)))
            .filter(|(_, b)| b.state == State::Stale && b.source.contains(&p))
            .max_by_key(|(t, b)| synced(t, b));
        let Some((t, b)) = latest else {
            return Err(Error::bare(ErrorKind::ParagraphUnchanged(p + 1)));
        };
        let before = old_text(t, b);
        let words = crate::text::words::changed_words(&before, &segment::joined(source, &b.source));
        if !force && !words.is_empty() {
            return Err(Error::bare(ErrorKind::EditChangesWords { paragraph: p + 1, words: words.join(" ") }));
        }
        previous.push((p, before));
    }
    Ok(translations
        .iter()
        .map(|t| {
            let memory = t.memory.as_ref()?;
            let mut beads = memory.beads.clone();
            let mut drop: HashSet<usize> = HashSet::new();
            let mut confirmed = Vec::new();
            for b in &t.beads {
                let fits = b.state == State::Stale
                    && previous.iter().any(|(p, text)| b.source.contains(p) && *text == old_text(t, b));
                if !fits {
                    continue;
                }
                beads[b.memory[0]] = Bead {
                    id: b.id.clone(),
                    source: texts(source, &b.source),
                    target: texts(&t.target, &b.target),
                    synced: now.to_string(),
                    minor: true,
                    accepted: Vec::new(),
                };
                drop.extend(b.memory[1..].iter().copied());
                confirmed.push(Confirmed {
                    id: b.id.clone(),
                    source: b.source.clone(),
                    target: b.target.clone(),
                    was: State::Stale,
                });
            }
            if confirmed.is_empty() {
                return None;
            }
            let beads = beads.into_iter().enumerate().filter(|(i, _)| !drop.contains(i)).map(|(_, b)| b).collect();
            Some(Outcome { memory: Memory { beads }, confirmed })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::tests::paras;

    fn bead(id: &str, source: &[&str], target: &[&str]) -> Bead {
        let owned = |v: &[&str]| v.iter().map(|x| x.to_string()).collect();
        Bead {
            id: id.into(),
            source: owned(source),
            target: owned(target),
            synced: "2026-01-01T00:00:00Z".into(),
            minor: false,
            accepted: Vec::new(),
        }
    }

    #[test]
    fn a_new_paragraph_between_old_ones_never_tears_them_apart() {
        const P0: &str = "All human beings are born free and equal in dignity and rights.";
        const T0: &str = "Всички хора се раждат свободни и равни по достойнство и права.";
        const P3: &str = "No one shall be subjected to torture.";
        const T3: &str = "Никой не трябва да бъде подлаган на изтезание.";
        let memory = Memory {
            beads: vec![
                bead("b0", &[P0], &[T0]),
                bead(
                    "xx",
                    &["Section 11 covers 1848 and 1905 only."],
                    &["Раздел 11 обхваща 1848, 1905, 2718, 3141, 5772 и 6931."],
                ),
                bead("yy", &["Finally 5772 and 6931 old."], &[]),
                bead("b3", &[P3], &[T3]),
            ],
        };
        let source =
            paras(&[P0, "Section 11 covers 1848 and 1905.", "Then 2718 and 3141 too.", "Finally 5772 and 6931.", P3]);
        let target = paras(&[T0, "Раздел 11 обхваща 1848, 1905, 2718, 3141, 5772 и 6931.", T3]);
        let beads = status::compare(Some(&memory), &source, &target);
        let t = Translation {
            lang: 0,
            path: "t.md".into(),
            exists: true,
            target: target.clone(),
            memory_path: "m".into(),
            memory: Some(memory),
            beads,
            derived: None,
        };
        let out = sync(&t, &source, &Selection::All, "2026-02-02T00:00:00Z");
        let consecutive = |v: &[usize]| v.windows(2).all(|w| w[1] == w[0] + 1);
        assert!(out.confirmed.iter().all(|c| consecutive(&c.source) && consecutive(&c.target)), "{:?}", out.confirmed);
        let after = status::compare(Some(&out.memory), &source, &target);
        let missing: Vec<&BeadState> = after.iter().filter(|b| b.state == State::Missing).collect();
        assert_eq!(missing.len(), 1, "{after:?}");
        assert_eq!(missing[0].source, [2], "the new paragraph stays missing, to be named: {after:?}");
    }
}
