//! `export` and `import`: the words of an exchange file's notes (in the translator's language),
//! what an export wrote, and what an import wrote and skipped and why, in text and JSON.

use serde::Serialize;

use lockstep::exchange::{Export, Labels, Outcome, Plan};
use lockstep::status::State;

use super::{Style, table, to_json};
use crate::i18n::Localizer;

/// The notes' words, from `loc` (the translator's language where lockstep speaks it).
pub fn labels<'a>(loc: &'a Localizer, export: &Export) -> Labels<'a> {
    let title = loc
        .msg("exchange-title", &[("project", export.project.as_str().into()), ("lang", export.lang.as_str().into())]);
    Labels {
        title,
        changed: loc.msg("exchange-changed", &[]),
        matched: Box::new(move |m| super::suggest::match_heading(m, loc)),
    }
}

/// What `export` wrote.
pub fn exported(export: &Export, path: &str, loc: &Localizer) -> String {
    let count = |s: State| export.entries.iter().filter(|e| e.state == s).count();
    let line = loc.msg(
        "export-done",
        &[
            ("count", export.entries.len().into()),
            ("lang", export.lang.as_str().into()),
            ("path", path.into()),
            ("stale", count(State::Stale).into()),
            ("missing", count(State::Missing).into()),
        ],
    );
    format!("{line}\n")
}

/// What `import` did (or, with `dry_run`, would do): a summary line, then one row per entry.
pub fn import_text(
    lang: &str,
    plan: &Plan,
    file: &str,
    files: usize,
    dry_run: bool,
    loc: &Localizer,
    style: Style,
) -> String {
    let written = plan.results.iter().filter(|r| matches!(r.outcome, Outcome::Written { .. })).count();
    let skipped = plan.results.len() - written;
    let id = if dry_run { "import-dry-run" } else { "import-done" };
    let head = loc.msg(
        id,
        &[("lang", lang.into()), ("written", written.into()), ("skipped", skipped.into()), ("files", files.into())],
    );
    let head = super::indent_after_first(&super::wrap(&head, "  ", super::columns()));
    let rows: Vec<Vec<String>> = plan
        .results
        .iter()
        .map(|r| {
            let what = match r.outcome {
                Outcome::Written { was, now: State::Current } => {
                    let was = loc.msg(&format!("state-{}", was.name()), &[]);
                    style.state(State::Current, &loc.msg("import-written", &[("state", was.into())]))
                }
                Outcome::Written { .. } => style.state(State::Stale, &loc.msg("import-still-stale", &[])),
                Outcome::Skipped { reason } => {
                    style.dim(&loc.msg(&format!("import-skip-{}", reason.name().replace('_', "-")), &[]))
                }
            };
            vec![format!("  {file}:{}", r.line), r.document.clone(), r.id.clone(), what]
        })
        .collect();
    if rows.is_empty() {
        return format!("{head}\n");
    }
    let table = table(&vec![String::new(); 4], &rows, &[false; 4], Style { color: false });
    let body: String = table.lines().skip(1).map(|l| format!("{}\n", l.trim_end())).collect();
    format!("{head}\n{body}")
}

#[derive(Serialize)]
struct EntryJson<'a> {
    document: &'a str,
    id: &'a str,
    line: usize,
    #[serde(flatten)]
    outcome: &'a Outcome,
}

#[derive(Serialize)]
struct ImportJson<'a> {
    lang: &'a str,
    dry_run: bool,
    files_written: usize,
    written: usize,
    skipped: usize,
    entries: Vec<EntryJson<'a>>,
}

/// What `import` did as JSON: every entry with its document, id, line in the file and outcome
/// (`written` with the state before and after, or `skipped` with the reason).
pub fn import_json(lang: &str, plan: &Plan, files: usize, dry_run: bool) -> String {
    let written = plan.results.iter().filter(|r| matches!(r.outcome, Outcome::Written { .. })).count();
    let entries = plan
        .results
        .iter()
        .map(|r| EntryJson { document: &r.document, id: &r.id, line: r.line, outcome: &r.outcome })
        .collect();
    to_json(&ImportJson {
        lang,
        dry_run,
        files_written: files,
        written,
        skipped: plan.results.len() - written,
        entries,
    })
}
