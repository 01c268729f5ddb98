//! What changed in the source of a stale bead since it was translated: old and new source
//! text, a word-level diff between them, and today's translation.
//!
//! Texts are compared in their normalized form (NFC, white space folded), word by word with
//! Unicode word boundaries, so punctuation is its own token and re-wrapping shows no change.

use rayon::prelude::*;
use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use crate::error::Result;
use crate::memory::Memory;
use crate::project::Project;
use crate::segment::{self, Paragraph};
use crate::status::{BeadState, State};
use crate::text::normalize;
use crate::tm::{self, Match};
use crate::workspace::DocumentState;

/// One piece of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// `equal`, `delete` or `insert`.
    pub op: Op,
    /// The text of the piece, spaces included.
    pub text: String,
}

/// The operation of a diff piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// In both texts.
    Equal,
    /// Only in the old text.
    Delete,
    /// Only in the new text.
    Insert,
}

/// A word diff from `old` to `new`. Joining the `equal` and `delete` pieces gives `old`;
/// joining the `equal` and `insert` pieces gives `new`.
pub fn word_diff(old: &str, new: &str) -> Vec<Change> {
    let diff = TextDiff::configure().algorithm(similar::Algorithm::Patience).diff_unicode_words(old, new);
    let mut out: Vec<Change> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Delete => Op::Delete,
            ChangeTag::Insert => Op::Insert,
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => out.push(Change { op, text: change.value().to_string() }),
        }
    }
    semantic_cleanup(out)
}

/// The characters that count in a piece: letters and digits.
fn weight(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}

/// Makes a diff readable: a run of changes with little in common (`[-This-]{+The+}
/// [-struggle-]{+outcome+}…`) becomes one deletion and one insertion, while a changed word
/// among unchanged ones stays a word. A piece in common is given up when it weighs no more than
/// the changes on either side of it (as diff-match-patch's semantic clean-up does). Each run of
/// changes is then one deletion followed by one insertion.
fn semantic_cleanup(changes: Vec<Change>) -> Vec<Change> {
    // Runs: (deleted, inserted) text between the pieces in common.
    #[derive(Default)]
    struct Run {
        deleted: String,
        inserted: String,
    }
    let mut equal: Vec<String> = Vec::new();
    let mut runs: Vec<Run> = vec![Run::default()];
    for c in changes {
        match c.op {
            Op::Equal => {
                equal.push(c.text);
                runs.push(Run::default());
            }
            Op::Delete => runs.last_mut().map_or((), |r| r.deleted.push_str(&c.text)),
            Op::Insert => runs.last_mut().map_or((), |r| r.inserted.push_str(&c.text)),
        }
    }
    // equal[k] stands between runs[k] and runs[k + 1].
    let mut changed = true;
    while changed {
        changed = false;
        for k in 0..equal.len() {
            let (before, after) = (&runs[k], &runs[k + 1]);
            let side = |r: &Run| weight(&r.deleted).max(weight(&r.inserted));
            let (b, a) = (side(before), side(after));
            if b > 0 && a > 0 && weight(&equal[k]) <= b.min(a) {
                let e = equal.remove(k);
                let next = runs.remove(k + 1);
                let r = &mut runs[k];
                r.deleted = format!("{}{e}{}", r.deleted, next.deleted);
                r.inserted = format!("{}{e}{}", r.inserted, next.inserted);
                changed = true;
                break;
            }
        }
    }
    let mut out = Vec::new();
    for (k, run) in runs.into_iter().enumerate() {
        if !run.deleted.is_empty() {
            out.push(Change { op: Op::Delete, text: run.deleted });
        }
        if !run.inserted.is_empty() {
            out.push(Change { op: Op::Insert, text: run.inserted });
        }
        if let Some(e) = equal.get(k) {
            out.push(Change { op: Op::Equal, text: e.clone() });
        }
    }
    out
}

/// The diff of one bead: a stale one's source since it was translated; a missing one's new
/// source (all inserted); an orphaned one's translation and the source it was last confirmed
/// against (all deleted), when the memory has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BeadDiff {
    /// The bead's id.
    pub id: String,
    /// Its state.
    pub state: State,
    /// Today's source paragraphs (0-based indices, as in [`BeadState`]).
    pub source: Vec<usize>,
    /// Today's target paragraphs (0-based indices).
    pub target: Vec<usize>,
    /// The source text the translation was made from.
    pub old_source: String,
    /// Today's source text.
    pub new_source: String,
    /// Today's translation.
    pub target_text: String,
    /// The translation's paragraphs, each in normal form (a bead of two paragraphs shows its
    /// break).
    pub target_paragraphs: Vec<String>,
    /// The word diff from `old_source` to `new_source`.
    pub changes: Vec<Change>,
    /// Whether the translation changed too since the sync.
    pub target_edited: bool,
}

/// The diff of a stale, missing or orphaned bead, or of an intentional omission or addition
/// (current, one side empty: it has no changes, and says what it is); `None` for another
/// current one.
pub fn bead_diff(
    bead: &BeadState,
    memory: Option<&Memory>,
    source: &[Paragraph],
    target: &[Paragraph],
) -> Option<BeadDiff> {
    let intentional = bead.state == State::Current && (bead.source.is_empty() || bead.target.is_empty());
    if (bead.state == State::Current && !intentional) || (bead.state == State::Stale && memory.is_none()) {
        return None;
    }
    let records = memory.map(|m| &m.beads[..]).unwrap_or(&[]);
    let old: Vec<&str> = bead.memory.iter().flat_map(|&m| records[m].source.iter().map(String::as_str)).collect();
    let old_source = normalize(&old.join(" "));
    let new_source = segment::joined(source, &bead.source);
    Some(BeadDiff {
        id: bead.id.clone(),
        state: bead.state,
        source: bead.source.clone(),
        target: bead.target.clone(),
        changes: word_diff(&old_source, &new_source),
        old_source,
        new_source,
        target_text: segment::joined(target, &bead.target),
        target_paragraphs: bead.target.iter().map(|&i| crate::text::normalize(&target[i].text)).collect(),
        target_edited: bead.target_edited,
    })
}

/// One stale bead as `diff` shows it: its document, its diff and the best match of the
/// translation memory for its new source.
#[derive(Debug, Clone)]
pub struct StaleBead {
    /// The document (source path, relative to the project).
    pub document: String,
    /// The translation file, relative to the project.
    pub target_path: String,
    /// The 1-based line of the bead's first source paragraph, and of its first translation
    /// paragraph, where it has them.
    pub lines: (Option<usize>, Option<usize>),
    /// The bead's diff.
    pub diff: BeadDiff,
    /// The best translation-memory match, if any reaches [`tm::DEFAULT_MIN_SCORE`].
    pub suggestion: Option<Match>,
}

/// The diffs of the stale beads among `selected` (beads of language `lang`), each with the best
/// match from the translation memory `tm` that adds something (another paragraph's translation
/// or an imported unit, never the text the diff shows), computed on all cores. With `named` (the user named
/// the beads by id), missing and orphaned beads are shown too: every id works with `diff`.
pub fn stale_beads(
    project: &Project,
    lang: usize,
    selected: &[(&DocumentState, &BeadState)],
    tm: &tm::Sources,
    named: bool,
) -> Result<Vec<StaleBead>> {
    selected
        .par_iter()
        .filter(|(_, b)| named || b.state == State::Stale)
        .filter_map(|(doc, b)| {
            let t = &doc.translations[lang];
            let diff = bead_diff(b, t.memory.as_ref(), &doc.source, &t.target)?;
            let suggestion = if diff.new_source.is_empty() {
                None
            } else {
                // Only a match that adds something: never this paragraph's own translation, which
                // the diff shows already, nor another with the same text.
                let query = tm::Query {
                    others_only: true,
                    ..tm::Query::new(project, lang, &diff.new_source, Some((&doc.source_path, &diff.id)))
                };
                let same =
                    |m: &tm::Match| crate::text::normalize(&m.target) == crate::text::normalize(&diff.target_text);
                match tm.suggest(&query, 3, tm::DEFAULT_MIN_SCORE) {
                    Ok(found) => found.into_iter().find(|m| !same(m)),
                    Err(e) => return Some(Err(e)),
                }
            };
            let lines = (b.source.first().map(|&i| doc.source[i].line), b.target.first().map(|&j| t.target[j].line));
            Some(Ok(StaleBead {
                document: doc.source_path.clone(),
                target_path: t.path.clone(),
                lines,
                diff,
                suggestion,
            }))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rewritten_sentence_reads_as_one_deletion_and_one_insertion() {
        let old = "This struggle is the defining test of our time.";
        let new = "The outcome of this war is the defining test of our time.";
        let d = word_diff(old, new);
        let ops: Vec<Op> = d.iter().map(|c| c.op).collect();
        assert_eq!(ops, vec![Op::Delete, Op::Insert, Op::Equal], "{d:?}");
        assert_eq!(rebuild(&d, Op::Insert), old);
        assert_eq!(rebuild(&d, Op::Delete), new);
        // A changed word among unchanged ones stays a word.
        let d =
            word_diff("We met on Monday to review the translations.", "We met on Tuesday to review the translations.");
        assert_eq!(
            d.iter().filter(|c| c.op != Op::Equal).map(|c| c.text.as_str()).collect::<Vec<_>>(),
            ["Monday", "Tuesday"]
        );
    }

    fn rebuild(changes: &[Change], skip: Op) -> String {
        changes.iter().filter(|c| c.op != skip).map(|c| c.text.as_str()).collect()
    }

    #[test]
    fn word_diff_rebuilds_both_sides() {
        let old = "Everyone has the right to life, liberty and security of person.";
        let new = "Everyone has the right to life, freedom and the security of person!";
        let d = word_diff(old, new);
        assert_eq!(rebuild(&d, Op::Insert), old);
        assert_eq!(rebuild(&d, Op::Delete), new);
        assert!(d.iter().any(|c| c.op == Op::Delete && c.text.contains("liberty")));
        assert!(d.iter().any(|c| c.op == Op::Insert && c.text.contains("freedom")));
        assert!(d.iter().any(|c| c.op == Op::Insert && c.text.contains('!')));
    }

    #[test]
    fn cyrillic_and_greek_words() {
        let d = word_diff("Всеки човек има право", "Всеки човек има правото");
        assert_eq!(d.last().unwrap(), &Change { op: Op::Insert, text: "правото".into() });
        let d = word_diff("Όλοι οι άνθρωποι", "Όλοι οι άνθρωποι γεννιούνται");
        assert_eq!(d.len(), 2);
    }
}
