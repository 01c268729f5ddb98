//! `sync` and `minor`: the beads they confirm (or, with `--dry-run`, would confirm), per
//! language, in text and JSON.

use serde::Serialize;

use lockstep::status::State;
use lockstep::sync::Confirmed;

use super::{Style, numbers, one_based, table, to_json};
use crate::i18n::Localizer;

/// One confirmed bead with where it stands: language and document.
pub struct Line<'a> {
    /// The language tag, as the project writes it.
    pub lang: &'a str,
    /// The document (source path).
    pub document: &'a str,
    /// The bead.
    pub bead: &'a Confirmed,
}

/// The beads as a table: language (for `minor`), document, id, place, state before.
fn beads(lines: &[Line], with_lang: bool, loc: &Localizer, style: Style) -> String {
    let rows: Vec<Vec<String>> = lines
        .iter()
        .map(|l| {
            let place = loc.msg(
                "bead-place",
                &[("source", numbers(&l.bead.source).into()), ("target", numbers(&l.bead.target).into())],
            );
            let state = style.state(l.bead.was, &loc.msg(&format!("state-{}", l.bead.was.name()), &[]));
            // A bead with one side empty is recorded as an intentional omission or addition.
            let records = match (l.bead.source.is_empty(), l.bead.target.is_empty()) {
                (false, true) => loc.msg("confirm-omission", &[]),
                (true, false) => loc.msg("confirm-addition", &[]),
                _ => String::new(),
            };
            let mut row = vec![l.document.to_string(), l.bead.id.clone(), place, state, records];
            if with_lang {
                row.insert(0, l.lang.to_string());
            }
            row.into_iter().map(|cell| format!("  {cell}")).collect()
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    // A table without a header: the first line of it is dropped.
    let width = rows[0].len();
    let table = table(&vec![String::new(); width], &rows, &vec![false; width], Style { color: false });
    table.lines().skip(1).map(|l| format!("{l}\n")).collect()
}

/// What `sync` did (or would do) in one language.
pub fn sync_text(lang: &str, lines: &[Line], files: usize, dry_run: bool, loc: &Localizer, style: Style) -> String {
    let id = if dry_run { "sync-dry-run" } else { "sync-done" };
    let head = loc.msg(id, &[("count", lines.len().into()), ("lang", lang.into()), ("files", files.into())]);
    let head = super::indent_after_first(&super::wrap(&head, "  ", super::columns()));
    format!("{head}\n{}", beads(lines, false, loc, style))
}

/// What `minor` did (or would do), in every language.
pub fn minor_text(lines: &[Line], languages: usize, dry_run: bool, loc: &Localizer, style: Style) -> String {
    let id = if dry_run { "minor-dry-run" } else { "minor-done" };
    let head = loc.msg(id, &[("languages", languages.into())]);
    let head = super::indent_after_first(&super::wrap(&head, "  ", super::columns()));
    format!("{head}\n{}", beads(lines, true, loc, style))
}

#[derive(Serialize)]
struct BeadJson<'a> {
    lang: &'a str,
    document: &'a str,
    id: &'a str,
    source: Vec<usize>,
    target: Vec<usize>,
    state: State,
    #[serde(skip_serializing_if = "Option::is_none")]
    intentional: Option<&'static str>,
}

#[derive(Serialize)]
struct ConfirmJson<'a> {
    dry_run: bool,
    files_written: usize,
    confirmed: Vec<BeadJson<'a>>,
}

/// What `sync` or `minor` did (or would do) as JSON: every bead with its language, document,
/// paragraphs (from 1) and state before.
pub fn json(lines: &[Line], files: usize, dry_run: bool) -> String {
    let confirmed = lines
        .iter()
        .map(|l| BeadJson {
            lang: l.lang,
            document: l.document,
            id: &l.bead.id,
            source: one_based(&l.bead.source),
            target: one_based(&l.bead.target),
            state: l.bead.was,
            intentional: match (l.bead.source.is_empty(), l.bead.target.is_empty()) {
                (false, true) => Some("omission"),
                (true, false) => Some("addition"),
                _ => None,
            },
        })
        .collect();
    to_json(&ConfirmJson { dry_run, files_written: files, confirmed })
}
