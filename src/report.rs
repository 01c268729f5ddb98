//! What the HTML report shows, as data: for each document and language the paragraph counts,
//! when the translation was last confirmed and how long its oldest stale paragraph has waited;
//! and for each translation its beads side by side, with the diff since confirmation and the
//! best translation-memory match. The binary draws it (`render::html`); nothing here is HTML
//! or localized.

use rayon::prelude::*;

use crate::diff::{self, Change};
use crate::error::Result;
use crate::memory::Memory;
use crate::project::Project;
use crate::segment::Paragraph;
use crate::status::{BeadState, Counts, State};
use crate::tm::{self, Match};
use crate::workspace::{DocumentState, Translation};

/// One cell of the overview: a document in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// Paragraph counts by state (see [`Counts::paragraphs`]).
    pub counts: Counts,
    /// Whether the translation file exists.
    pub exists: bool,
    /// When a bead of it was last confirmed (RFC 3339), if ever.
    pub last_confirmed: Option<String>,
    /// When the oldest stale bead was last confirmed (RFC 3339): it has waited at most since.
    pub oldest_stale: Option<String>,
}

/// One bead, side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The bead's id.
    pub id: String,
    /// Whether another document has a bead with this id in this language (an identical
    /// paragraph): then a link to it names its document too.
    pub shared_id: bool,
    /// Its state.
    pub state: State,
    /// An intentional omission or addition (current, one side empty).
    pub intentional: bool,
    /// Today's source paragraphs, each in full.
    pub source: Vec<String>,
    /// The line of the first source paragraph.
    pub source_line: Option<usize>,
    /// Today's translation paragraphs, each in full.
    pub target: Vec<String>,
    /// The line of the first translation paragraph.
    pub target_line: Option<usize>,
    /// For a stale bead: the word diff of its source since the translation was confirmed.
    pub changes: Vec<Change>,
    /// For a stale or missing bead: the best match of the translation memory that adds
    /// something (never the bead's own translation).
    pub suggestion: Option<Match>,
}

/// The beads of one document in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    /// The rows, in source order (orphans where their translation stands).
    pub rows: Vec<Row>,
}

/// One document of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The source file, relative to the project.
    pub source: String,
    /// For each language of the report: the translation file, its overview cell and its rows.
    pub translations: Vec<(String, Cell, Detail)>,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The project's name (its folder's name).
    pub project: String,
    /// The source language tag.
    pub source_lang: String,
    /// The languages of the report: (project index, tag).
    pub languages: Vec<(usize, String)>,
    /// The documents.
    pub documents: Vec<Document>,
    /// When it was made (RFC 3339).
    pub created: String,
}

fn texts(paragraphs: &[Paragraph], which: &[usize]) -> Vec<String> {
    which.iter().map(|&i| paragraphs[i].text.clone()).collect()
}

/// The dates of a bead's records.
fn synced<'a>(memory: Option<&'a Memory>, b: &BeadState) -> impl Iterator<Item = &'a str> {
    let records = memory.map(|m| &m.beads[..]).unwrap_or(&[]);
    b.memory.clone().into_iter().filter_map(move |m| records.get(m).map(|r| r.synced.as_str()))
}

fn cell(t: &Translation) -> Cell {
    let memory = t.memory.as_ref();
    let last_confirmed = memory.and_then(|m| m.beads.iter().map(|b| b.synced.as_str()).max()).map(str::to_string);
    let oldest_stale =
        t.beads.iter().filter(|b| b.state == State::Stale).flat_map(|b| synced(memory, b)).min().map(str::to_string);
    Cell { counts: Counts::paragraphs(&t.beads), exists: t.exists, last_confirmed, oldest_stale }
}

fn row(project: &Project, lang: usize, doc: &DocumentState, b: &BeadState, sources: &tm::Sources) -> Result<Row> {
    let t = &doc.translations[lang];
    let changes = match b.state {
        State::Stale => diff::bead_diff(b, t.memory.as_ref(), &doc.source, &t.target).map(|d| d.changes),
        _ => None,
    }
    .unwrap_or_default();
    let suggestion = if matches!(b.state, State::Stale | State::Missing) && !b.source.is_empty() {
        let text = crate::segment::joined(&doc.source, &b.source);
        let query =
            tm::Query { others_only: true, ..tm::Query::new(project, lang, &text, Some((&doc.source_path, &b.id))) };
        let own = crate::segment::joined(&t.target, &b.target);
        // The best match whose translation is not this one's: an identical paragraph elsewhere,
        // translated the same way, adds nothing (then the next one is looked for).
        let adds = |m: &Match| crate::text::normalize(&m.target) != own;
        let best = sources.suggest(&query, 1, tm::DEFAULT_MIN_SCORE)?;
        if best.iter().all(adds) {
            best.into_iter().next()
        } else {
            sources.suggest(&query, 2, tm::DEFAULT_MIN_SCORE)?.into_iter().find(adds)
        }
    } else {
        None
    };
    Ok(Row {
        id: b.id.clone(),
        shared_id: false,
        state: b.state,
        intentional: b.state == State::Current && (b.source.is_empty() || b.target.is_empty()),
        source: texts(&doc.source, &b.source),
        source_line: b.source.first().map(|&i| doc.source[i].line),
        target: texts(&t.target, &b.target),
        target_line: b.target.first().map(|&i| t.target[i].line),
        changes,
        suggestion,
    })
}

/// Collects the report of languages `langs` (project indices): every cell of the overview, and
/// the rows of the beads that are not current (with `all`, of every bead).
pub fn collect(project: &Project, docs: &[DocumentState], langs: &[usize], all: bool, now: &str) -> Result<Report> {
    let sources: Vec<tm::Sources> =
        langs.iter().map(|&l| tm::Sources::open(project, docs, l)).collect::<Result<_>>()?;
    // The ids that stand in several documents of a language.
    let shared: Vec<std::collections::HashSet<&str>> = langs
        .iter()
        .map(|&l| {
            let mut seen = std::collections::HashSet::new();
            let mut twice = std::collections::HashSet::new();
            for doc in docs {
                let ids: std::collections::HashSet<&str> =
                    doc.translations[l].beads.iter().map(|b| b.id.as_str()).collect();
                for id in ids {
                    if !seen.insert(id) {
                        twice.insert(id);
                    }
                }
            }
            twice
        })
        .collect();
    let mut documents = Vec::with_capacity(docs.len());
    for doc in docs {
        let mut translations = Vec::with_capacity(langs.len());
        for (k, &lang) in langs.iter().enumerate() {
            let t = &doc.translations[lang];
            let rows = t
                .beads
                .par_iter()
                .filter(|b| all || b.state != State::Current)
                .map(|b| {
                    let mut r = row(project, lang, doc, b, &sources[k])?;
                    r.shared_id = shared[k].contains(b.id.as_str());
                    Ok(r)
                })
                .collect::<Result<Vec<Row>>>()?;
            translations.push((t.path.clone(), cell(t), Detail { rows }));
        }
        documents.push(Document { source: doc.source_path.clone(), translations });
    }
    Ok(Report {
        project: project.root.file_name().map_or_else(|| "lockstep".to_string(), |n| n.to_string_lossy().into_owned()),
        source_lang: project.source_lang.tag().to_string(),
        languages: langs.iter().map(|&l| (l, project.languages[l].tag().to_string())).collect(),
        documents,
        created: now.to_string(),
    })
}

/// Whole days from `from` to `to` (RFC 3339 dates), when both read.
pub fn days_between(from: &str, to: &str) -> Option<u64> {
    let a = humantime::parse_rfc3339_weak(from).ok()?;
    let b = humantime::parse_rfc3339_weak(to).ok()?;
    Some(b.duration_since(a).map_or(0, |d| d.as_secs() / 86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_between_dates() {
        assert_eq!(days_between("2026-01-01T00:00:00Z", "2026-01-31T12:00:00Z"), Some(30));
        assert_eq!(days_between("2026-02-01T00:00:00Z", "2026-01-31T12:00:00Z"), Some(0));
        assert_eq!(days_between("soon", "2026-01-31T12:00:00Z"), None);
    }
}
