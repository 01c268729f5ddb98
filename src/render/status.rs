//! `status`: the table of counts, the totals per language, the list of beads that are not
//! current, and the JSON of the design document.

use serde::Serialize;

use lockstep::derive::Derived;
use lockstep::project::Project;
use lockstep::status::{BeadState, Counts, State};
use lockstep::workspace::{DocumentState, DocumentSummary, SourceRow, Translation};

use super::{Style, numbers, one_based, pad, snippet, table, to_json, width};
use crate::i18n::Localizer;

fn percent_current(c: &Counts) -> usize {
    if c.total() == 0 { 100 } else { c.current * 100 / c.total() }
}

/// The status table: one row per document and language.
pub fn text(project: &Project, docs: &[DocumentSummary], langs: &[usize], loc: &Localizer, style: Style) -> String {
    let header: Vec<String> = [
        loc.msg("status-col-document", &[]),
        loc.msg("status-col-language", &[]),
        // Counts of paragraphs: headings of their own (plural where the languages agree).
        loc.msg("status-col-current", &[]),
        loc.msg("status-col-stale", &[]),
        loc.msg("status-col-missing", &[]),
        loc.msg("status-col-orphaned", &[]),
        loc.msg("status-col-percent", &[]),
    ]
    .into();
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    for doc in docs {
        for t in doc.translations.iter().filter(|t| langs.contains(&t.lang)) {
            // Paragraphs, not beads: every language of a document adds up to its source.
            let c = Counts::paragraphs(&t.beads);
            let tag = project.languages[t.lang].tag();
            let cell = |state: State| {
                let n = c.get(state);
                let s = loc.number(n);
                if n > 0 && state != State::Current { style.state(state, &s) } else { s }
            };
            rows.push(vec![
                doc.source_path.clone(),
                tag.to_string(),
                cell(State::Current),
                cell(State::Stale),
                cell(State::Missing),
                cell(State::Orphaned),
                loc.percent(percent_current(&c)),
            ]);
            let path = project.shown(&t.path).display().to_string();
            if let (Some(state), Some(parent)) = (t.derived, project.derived_from(t.lang)) {
                let from = project.languages[parent].tag();
                let args = |line: usize| -> Vec<(&str, crate::i18n::Arg)> {
                    vec![
                        ("path", path.clone().into()),
                        ("lang", tag.into()),
                        ("from", from.into()),
                        ("line", line.into()),
                    ]
                };
                match state {
                    Derived::Edited { line } => notes.push(loc.msg("status-derived-edited", &args(line))),
                    Derived::Behind | Derived::Absent => notes.push(loc.msg("status-derived-behind", &args(0))),
                    Derived::UpToDate | Derived::NoParent => {}
                }
            } else if !t.exists {
                notes.push(loc.msg("status-not-started", &[("path", path.into()), ("lang", tag.into())]));
            } else if !t.synced {
                notes.push(loc.msg("status-not-synced", &[("path", path.into()), ("lang", tag.into())]));
            }
        }
    }
    let right = [false, false, true, true, true, true, true];
    let mut out = table(&header, &rows, &right, style);
    // Too wide for the terminal: the percentage column is headed by its sign alone.
    if out.lines().any(|l| width(l) > super::columns()) {
        let mut header = header;
        header[6] = "%".to_string();
        out = table(&header, &rows, &right, style);
    }
    if docs.len() > 1 {
        out.push_str(&totals(project, docs, langs, loc));
    }
    for note in notes {
        out.push_str(&style.dim(&super::indent_after_first(&super::wrap(&note, "  ", super::columns()))));
        out.push('\n');
    }
    out
}

/// The beads of a document that are not current, per language, one line each.
pub fn pending(project: &Project, doc: &DocumentState, langs: &[usize], loc: &Localizer, style: Style) -> String {
    doc.translations
        .iter()
        .filter(|t| langs.contains(&t.lang))
        .map(|t| bead_list(project, doc, t, loc, style))
        .collect()
}

/// One line per language with the totals over all documents.
fn totals(project: &Project, docs: &[DocumentSummary], langs: &[usize], loc: &Localizer) -> String {
    let mut out = String::new();
    for &l in langs {
        let mut c = Counts::default();
        for t in docs.iter().flat_map(|d| &d.translations).filter(|t| t.lang == l) {
            let tc = Counts::paragraphs(&t.beads);
            c.current += tc.current;
            c.stale += tc.stale;
            c.missing += tc.missing;
            c.orphaned += tc.orphaned;
        }
        let outdated: usize = docs
            .iter()
            .flat_map(|d| &d.translations)
            .filter(|t| t.lang == l && !Counts::of(&t.beads).all_current())
            .count();
        let total = loc.msg(
            "status-total",
            &[
                ("lang", project.languages[l].tag().into()),
                ("current", c.current.into()),
                ("stale", c.stale.into()),
                ("missing", c.missing.into()),
                ("orphaned", c.orphaned.into()),
                ("documents", outdated.into()),
                ("all", docs.len().into()),
                ("percent", percent_current(&c).into()),
            ],
        );
        out.push_str(&super::indent_after_first(&super::wrap(&total, "  ", super::columns())));
        out.push('\n');
    }
    out
}

/// What a current bead with one side empty records on purpose: an omission (a source
/// paragraph left untranslated) or an addition (a translation paragraph with no source).
pub fn intent(b: &BeadState) -> Option<&'static str> {
    match (b.state, b.source.is_empty(), b.target.is_empty()) {
        (State::Current, false, true) => Some("omission"),
        (State::Current, true, false) => Some("addition"),
        _ => None,
    }
}

/// The beads of one translation that are not current, and the intentional omissions and
/// additions, one line each.
fn bead_list(project: &Project, doc: &DocumentState, t: &Translation, loc: &Localizer, style: Style) -> String {
    let pending: Vec<&BeadState> =
        t.beads.iter().filter(|b| b.state != State::Current || intent(b).is_some()).collect();
    if pending.is_empty() {
        return String::new();
    }
    let mut out = String::from("\n");
    let heading = loc.msg(
        "status-beads-heading",
        &[
            ("document", doc.source_path.as_str().into()),
            ("lang", project.languages[t.lang].tag().into()),
            ("path", t.path.as_str().into()),
        ],
    );
    out.push_str(&style.bold(&super::wrap(&heading, "", super::columns())));
    out.push('\n');
    let names: Vec<String> = State::ALL.iter().map(|s| loc.msg(&format!("state-{}", s.name()), &[])).collect();
    let intents = [loc.msg("intent-omission", &[]), loc.msg("intent-addition", &[])];
    let name_of = |b: &BeadState| -> &String {
        match intent(b) {
            Some("omission") => &intents[0],
            Some(_) => &intents[1],
            None => &names[State::ALL.iter().position(|s| *s == b.state).unwrap_or(0)],
        }
    };
    let state_width =
        names.iter().map(|n| width(n)).chain(pending.iter().map(|b| width(name_of(b)))).max().unwrap_or(0);
    let id_width = pending.iter().map(|b| b.id.len()).max().unwrap_or(0);
    let places: Vec<String> = pending
        .iter()
        .map(|b| loc.msg("bead-place", &[("source", numbers(&b.source).into()), ("target", numbers(&b.target).into())]))
        .collect();
    let place_width = places.iter().map(|p| width(p)).max().unwrap_or(0);
    // The text takes what the line has left, at the terminal's width.
    let room = super::columns().saturating_sub(2 + state_width + 2 + id_width + 2 + place_width + 2).max(20);
    for (b, place) in pending.iter().zip(&places) {
        let name = name_of(b);
        let text = match b.source.is_empty() {
            true => b.target.iter().map(|&j| t.target[j].text.as_str()).collect::<Vec<_>>().join(" "),
            false => b.source.iter().map(|&j| doc.source[j].text.as_str()).collect::<Vec<_>>().join(" "),
        };
        let mut line = format!(
            "  {}  {}  {}  {}",
            match intent(b) {
                Some(_) => style.dim(&pad(name, state_width, false)),
                None => style.state(b.state, &pad(name, state_width, false)),
            },
            pad(&b.id, id_width, false),
            pad(place, place_width, false),
            snippet(&text, room - 1)
        );
        if b.target_edited {
            line.push_str("  ");
            line.push_str(&style.dim(&loc.msg("bead-target-edited", &[])));
        }
        out.push_str(line.trim_end());
        out.push('\n');
        // Where to go: `path:line:` of both sides.
        let lines = (b.source.first().map(|&i| doc.source[i].line), b.target.first().map(|&j| t.target[j].line));
        let at = super::diff::places(
            &project.shown(&doc.source_path).display().to_string(),
            &project.shown(&t.path).display().to_string(),
            lines,
        );
        out.push_str(&format!("  {}{}\n", " ".repeat(state_width + 2), style.dim(&at)));
    }
    out
}

#[derive(Serialize)]
struct StatusJson<'a> {
    documents: Vec<DocumentJson<'a>>,
}

#[derive(Serialize)]
struct DocumentJson<'a> {
    source: &'a str,
    source_lang: &'a str,
    translations: Vec<TranslationJson<'a>>,
}

#[derive(Serialize)]
struct TranslationJson<'a> {
    lang: &'a str,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    derived: Option<DerivedJson<'a>>,
    counts: Counts,
    paragraphs: Counts,
    beads: Vec<BeadJson<'a>>,
}

/// A derived translation: its parent, and where its file stands.
#[derive(Serialize)]
struct DerivedJson<'a> {
    from: &'a str,
    #[serde(flatten)]
    state: Derived,
}

#[derive(Serialize)]
struct BeadJson<'a> {
    id: &'a str,
    state: State,
    source: Vec<usize>,
    target: Vec<usize>,
    target_edited: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    intentional: Option<&'static str>,
    /// With `--paragraphs`: the lines of the first source and translation paragraph.
    #[serde(skip_serializing_if = "Option::is_none")]
    source_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target_line: Option<usize>,
}

/// The status as JSON (the design document's contract); with the documents read in full
/// (`full`, for `--paragraphs`), each bead also gives the lines where it stands.
pub fn json(project: &Project, docs: &[DocumentSummary], langs: &[usize], full: Option<&[DocumentState]>) -> String {
    let documents = docs
        .iter()
        .enumerate()
        .map(|(d, doc)| DocumentJson {
            source: &doc.source_path,
            source_lang: project.source_lang.tag(),
            translations: doc
                .translations
                .iter()
                .filter(|t| langs.contains(&t.lang))
                .map(|t| TranslationJson {
                    lang: project.languages[t.lang].tag(),
                    path: &t.path,
                    derived: t
                        .derived
                        .zip(project.derived_from(t.lang))
                        .map(|(state, parent)| DerivedJson { from: project.languages[parent].tag(), state }),
                    counts: Counts::of(&t.beads),
                    paragraphs: Counts::paragraphs(&t.beads),
                    beads: t
                        .beads
                        .iter()
                        .map(|b| {
                            let read = full.map(|f| &f[d]);
                            BeadJson {
                                id: &b.id,
                                state: b.state,
                                source: one_based(&b.source),
                                target: one_based(&b.target),
                                target_edited: b.target_edited,
                                intentional: intent(b),
                                source_line: read.and_then(|r| b.source.first().map(|&i| r.source[i].line)),
                                target_line: read
                                    .and_then(|r| b.target.first().map(|&j| r.translations[t.lang].target[j].line)),
                            }
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    to_json(&StatusJson { documents })
}

/// The view by source paragraph: for each document, one row per source paragraph that is not
/// current in every language asked for, with its id (the same in every language), `path:line:`,
/// its state in each language, and its first words.
pub fn by_source_text(
    project: &Project,
    docs: &[DocumentState],
    rows: &[Vec<SourceRow>],
    langs: &[usize],
    loc: &Localizer,
    style: Style,
) -> String {
    let mut out = String::new();
    for (doc, rows) in docs.iter().zip(rows) {
        if rows.is_empty() {
            continue;
        }
        out.push_str(&style.bold(&super::wrap(
            &loc.msg("status-by-source-heading", &[("document", doc.source_path.as_str().into())]),
            "",
            super::columns(),
        )));
        out.push('\n');
        let mut header = vec![String::new(), "¶".to_string()];
        header.extend(langs.iter().map(|&l| project.languages[l].tag().to_string()));
        let table_rows: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                let mut row = vec![r.id.clone(), (r.paragraph + 1).to_string()];
                for &l in langs {
                    let cell = match r.states.iter().find(|(k, _)| *k == l) {
                        Some((_, b)) => style.state(b.state, &loc.msg(&format!("state-{}", b.state.name()), &[])),
                        None => "—".to_string(),
                    };
                    row.push(cell);
                }
                row
            })
            .collect();
        let right: Vec<bool> = (0..header.len()).map(|k| k == 1).collect();
        let table = table(&header, &table_rows, &right, style);
        let shown = project.shown(&doc.source_path).display().to_string();
        for (k, line) in table.lines().enumerate() {
            out.push_str(line.trim_end());
            out.push('\n');
            // Under each row: where it is, and its first words.
            if k > 0 {
                let r = &rows[k - 1];
                let at = format!("{shown}:{}:", doc.source[r.paragraph].line);
                let room = super::columns().saturating_sub(width(&at) + 5).max(20);
                out.push_str(&format!("  {}  {}\n", style.dim(&at), snippet(&doc.source[r.paragraph].text, room)));
            }
        }
    }
    if out.is_empty() {
        out = format!("{}\n", loc.msg("status-by-source-none", &[]));
    }
    out
}

#[derive(Serialize)]
struct SourceRowJson<'a> {
    id: &'a str,
    paragraph: usize,
    line: usize,
    languages: std::collections::BTreeMap<&'a str, SourceStateJson<'a>>,
}

#[derive(Serialize)]
struct SourceStateJson<'a> {
    state: State,
    bead: &'a str,
    target: Vec<usize>,
}

#[derive(Serialize)]
struct SourceDocJson<'a> {
    source: &'a str,
    paragraphs: Vec<SourceRowJson<'a>>,
}

/// The view by source paragraph as JSON.
pub fn by_source_json(project: &Project, docs: &[DocumentState], rows: &[Vec<SourceRow>]) -> String {
    let documents: Vec<SourceDocJson> = docs
        .iter()
        .zip(rows)
        .map(|(doc, rows)| SourceDocJson {
            source: &doc.source_path,
            paragraphs: rows
                .iter()
                .map(|r| SourceRowJson {
                    id: &r.id,
                    paragraph: r.paragraph + 1,
                    line: doc.source[r.paragraph].line,
                    languages: r
                        .states
                        .iter()
                        .map(|(l, b)| {
                            (
                                project.languages[*l].tag(),
                                SourceStateJson { state: b.state, bead: &b.id, target: one_based(&b.target) },
                            )
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    to_json(&serde_json::json!({ "documents": documents }))
}
