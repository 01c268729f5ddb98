//! What the commands print: localized tables and listings for people, JSON for programs.
//!
//! Text output goes through the [`Localizer`]; JSON output follows the contract in the design
//! document and is never localized. Paragraph numbers are shown from 1.

use serde::Serialize;

use crate::align;
use crate::diff::{BeadDiff, Change, Op};
use crate::i18n::{Arg, Localizer};
use crate::project::Project;
use crate::segment::Paragraph;
use crate::status::{BeadState, Counts, State};
use crate::text::normalize;
use crate::workspace::{DocumentState, DocumentSummary, Translation};

/// Colours for a terminal, or none.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Whether to use ANSI colours.
    pub color: bool,
}

impl Style {
    fn paint(&self, style: anstyle::Style, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("{}{}{}", style.render(), text, style.render_reset())
        } else {
            text.to_string()
        }
    }

    fn state(&self, state: State, text: &str) -> String {
        use anstyle::AnsiColor::*;
        let color = match state {
            State::Current => Green,
            State::Stale => Yellow,
            State::Missing => Red,
            State::Orphaned => Magenta,
        };
        self.paint(anstyle::Style::new().fg_color(Some(color.into())), text)
    }

    fn bold(&self, text: &str) -> String {
        self.paint(anstyle::Style::new().bold(), text)
    }

    fn dim(&self, text: &str) -> String {
        self.paint(anstyle::Style::new().dimmed(), text)
    }
}

/// The first words of a text, at most about `max` characters.
pub fn snippet(text: &str, max: usize) -> String {
    let text = normalize(text);
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// Paragraph numbers as people read them: `4`, `4–5`, `4, 7`.
pub fn numbers(which: &[usize]) -> String {
    if which.is_empty() {
        return "—".to_string();
    }
    let ns: Vec<usize> = which.iter().map(|i| i + 1).collect();
    if ns.len() > 1 && ns.windows(2).all(|w| w[1] == w[0] + 1) {
        return format!("{}–{}", ns[0], ns[ns.len() - 1]);
    }
    ns.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")
}

/// Pads `text` to `width` characters (right-aligned when `right`).
fn pad(text: &str, width: usize, right: bool) -> String {
    let len = text.chars().count();
    let fill = " ".repeat(width.saturating_sub(len));
    if right { format!("{fill}{text}") } else { format!("{text}{fill}") }
}

/// Renders rows as a table with a header; `right` marks right-aligned columns.
fn table(header: &[String], rows: &[Vec<String>], right: &[bool], style: Style) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(strip_ansi_len(cell));
        }
    }
    let line = |cells: &[String]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let visible = strip_ansi_len(c);
                let fill = " ".repeat(widths[i].saturating_sub(visible));
                if right[i] { format!("{fill}{c}") } else { format!("{c}{fill}") }
            })
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    let mut out = style.bold(&line(header));
    out.push('\n');
    for row in rows {
        out.push_str(&line(row));
        out.push('\n');
    }
    out
}

/// The visible length of a string that may hold ANSI escapes.
fn strip_ansi_len(s: &str) -> usize {
    let mut n = 0;
    let mut in_escape = false;
    for c in s.chars() {
        match (in_escape, c) {
            (false, '\u{1b}') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, _) => n += 1,
        }
    }
    n
}

/// The percentage of current beads, rounded down so that 100% means all current.
fn percent_current(c: &Counts) -> usize {
    if c.total() == 0 { 100 } else { c.current * 100 / c.total() }
}

/// The status table: one row per document and language.
pub fn status_text(
    project: &Project,
    docs: &[DocumentSummary],
    langs: &[usize],
    loc: &Localizer,
    style: Style,
) -> String {
    let header: Vec<String> = [
        loc.msg("status-col-document", &[]),
        loc.msg("status-col-language", &[]),
        loc.msg("state-current", &[]),
        loc.msg("state-stale", &[]),
        loc.msg("state-missing", &[]),
        loc.msg("state-orphaned", &[]),
        loc.msg("status-col-percent", &[]),
    ]
    .into();
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    for doc in docs {
        for t in doc.translations.iter().filter(|t| langs.contains(&t.lang)) {
            let c = t.counts();
            let tag = project.languages[t.lang].tag.as_str();
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
                loc.msg("percent", &[("value", Arg::from(percent_current(&c)))]),
            ]);
            let path = project.shown(&t.path).display().to_string();
            if !t.exists {
                notes.push(loc.msg("status-not-started", &[("path", path.into()), ("lang", tag.into())]));
            } else if !t.synced {
                notes.push(loc.msg("status-not-synced", &[("path", path.into()), ("lang", tag.into())]));
            }
        }
    }
    let right = [false, false, true, true, true, true, true];
    let mut out = table(&header, &rows, &right, style);
    if docs.len() > 1 {
        out.push_str(&totals(project, docs, langs, loc));
    }
    for note in notes {
        out.push_str(&style.dim(&note));
        out.push('\n');
    }
    out
}

/// The beads of a document that are not current, per language, one line each.
pub fn pending_text(project: &Project, doc: &DocumentState, langs: &[usize], loc: &Localizer, style: Style) -> String {
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
            let tc = t.counts();
            c.current += tc.current;
            c.stale += tc.stale;
            c.missing += tc.missing;
            c.orphaned += tc.orphaned;
        }
        let outdated: usize =
            docs.iter().flat_map(|d| &d.translations).filter(|t| t.lang == l && !t.counts().all_current()).count();
        out.push_str(&loc.msg(
            "status-total",
            &[
                ("lang", project.languages[l].tag.as_str().into()),
                ("current", c.current.into()),
                ("stale", c.stale.into()),
                ("missing", c.missing.into()),
                ("orphaned", c.orphaned.into()),
                ("documents", outdated.into()),
                ("percent", percent_current(&c).into()),
            ],
        ));
        out.push('\n');
    }
    out
}

/// The beads of one translation that are not current, one line each.
fn bead_list(project: &Project, doc: &DocumentState, t: &Translation, loc: &Localizer, style: Style) -> String {
    let pending: Vec<&BeadState> = t.beads.iter().filter(|b| b.state != State::Current).collect();
    if pending.is_empty() {
        return String::new();
    }
    let mut out = String::from("\n");
    let heading = loc.msg(
        "status-beads-heading",
        &[
            ("document", doc.source_path.as_str().into()),
            ("lang", project.languages[t.lang].tag.as_str().into()),
            ("path", t.path.as_str().into()),
        ],
    );
    out.push_str(&style.bold(&heading));
    out.push('\n');
    let names: Vec<String> = State::ALL.iter().map(|s| loc.msg(&format!("state-{}", s.name()), &[])).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let id_width = pending.iter().map(|b| b.id.len()).max().unwrap_or(0);
    let places: Vec<String> = pending
        .iter()
        .map(|b| loc.msg("bead-place", &[("source", numbers(&b.source).into()), ("target", numbers(&b.target).into())]))
        .collect();
    let place_width = places.iter().map(|p| p.chars().count()).max().unwrap_or(0);
    for (b, place) in pending.iter().zip(&places) {
        let name = &names[State::ALL.iter().position(|s| *s == b.state).unwrap_or(0)];
        let text = match b.source.is_empty() {
            true => b.target.iter().map(|&j| t.target[j].text.as_str()).collect::<Vec<_>>().join(" "),
            false => b.source.iter().map(|&j| doc.source[j].text.as_str()).collect::<Vec<_>>().join(" "),
        };
        let mut line = format!(
            "  {}  {}  {}  {}",
            style.state(b.state, &pad(name, width, false)),
            pad(&b.id, id_width, false),
            pad(place, place_width, false),
            snippet(&text, 60)
        );
        if b.target_edited {
            line.push_str("  ");
            line.push_str(&style.dim(&loc.msg("bead-target-edited", &[])));
        }
        out.push_str(line.trim_end());
        out.push('\n');
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
    counts: Counts,
    beads: Vec<BeadJson<'a>>,
}

#[derive(Serialize)]
struct BeadJson<'a> {
    id: &'a str,
    state: State,
    source: Vec<usize>,
    target: Vec<usize>,
    target_edited: bool,
}

fn one_based(which: &[usize]) -> Vec<usize> {
    which.iter().map(|i| i + 1).collect()
}

/// The status as JSON (the design document's contract).
pub fn status_json(project: &Project, docs: &[DocumentSummary], langs: &[usize]) -> String {
    let documents = docs
        .iter()
        .map(|doc| DocumentJson {
            source: &doc.source_path,
            source_lang: &project.source_lang.tag,
            translations: doc
                .translations
                .iter()
                .filter(|t| langs.contains(&t.lang))
                .map(|t| TranslationJson {
                    lang: &project.languages[t.lang].tag,
                    path: &t.path,
                    counts: t.counts(),
                    beads: t
                        .beads
                        .iter()
                        .map(|b| BeadJson {
                            id: &b.id,
                            state: b.state,
                            source: one_based(&b.source),
                            target: one_based(&b.target),
                            target_edited: b.target_edited,
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    to_json(&StatusJson { documents })
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Our JSON types hold only strings, numbers, booleans and lists: serializing cannot fail.
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

#[derive(Serialize)]
struct DiffJson<'a> {
    lang: &'a str,
    beads: Vec<DiffBeadJson<'a>>,
}

#[derive(Serialize)]
struct DiffBeadJson<'a> {
    id: &'a str,
    document: &'a str,
    source: &'a [usize],
    target: &'a [usize],
    old_source: &'a str,
    new_source: &'a str,
    target_text: &'a str,
    changes: &'a [Change],
    suggestion: Option<&'a crate::tm::Match>,
}

/// One stale bead for `diff`: its document, its diff and the best translation-memory match.
#[derive(Debug, Clone)]
pub struct DiffItem<'a> {
    /// The document (source path).
    pub document: &'a str,
    /// The bead's diff.
    pub diff: BeadDiff,
    /// The best suggestion, if any.
    pub suggestion: Option<crate::tm::Match>,
}

/// Stale beads of one language as JSON.
pub fn diff_json(lang: &str, diffs: &[DiffItem]) -> String {
    let beads = diffs
        .iter()
        .map(|DiffItem { document: doc, diff: d, suggestion }| DiffBeadJson {
            id: &d.id,
            document: doc,
            source: &d.source,
            target: &d.target,
            old_source: &d.old_source,
            new_source: &d.new_source,
            target_text: &d.target_text,
            changes: &d.changes,
            suggestion: suggestion.as_ref(),
        })
        .collect();
    to_json(&DiffJson { lang, beads })
}

/// Stale beads for a translator: each with its word diff and today's translation.
pub fn diff_text(lang: &str, diffs: &[DiffItem], loc: &Localizer, style: Style) -> String {
    if diffs.is_empty() {
        return format!("{}\n", loc.msg("diff-none", &[("lang", lang.into())]));
    }
    let mut out = String::new();
    for (k, DiffItem { document: doc, diff: d, suggestion }) in diffs.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let heading = loc.msg(
            "diff-heading",
            &[
                ("document", (*doc).into()),
                ("id", d.id.as_str().into()),
                ("source", numbers(&d.source.iter().map(|n| n - 1).collect::<Vec<_>>()).into()),
                ("target", numbers(&d.target.iter().map(|n| n - 1).collect::<Vec<_>>()).into()),
            ],
        );
        out.push_str(&style.bold(&heading));
        out.push('\n');
        out.push_str(&format!("  {}\n", style.dim(&loc.msg("diff-source-label", &[]))));
        out.push_str(&format!("    {}\n", inline_diff(&d.changes, style)));
        let label = if d.target_edited { "diff-target-edited-label" } else { "diff-target-label" };
        out.push_str(&format!("  {}\n", style.dim(&loc.msg(label, &[]))));
        let target = if d.target_text.is_empty() { loc.msg("diff-no-target", &[]) } else { d.target_text.clone() };
        out.push_str(&format!("    {target}\n"));
        if let Some(m) = suggestion {
            out.push_str(&diff_suggestion_text(m, &d.new_source, loc, style));
        }
    }
    out.push_str(&format!("\n{}\n", loc.msg("diff-count", &[("count", diffs.len().into()), ("lang", lang.into())])));
    out
}

/// A word diff on one line: colours on a terminal, `[-deleted-]{+inserted+}` without.
pub fn inline_diff(changes: &[Change], style: Style) -> String {
    use anstyle::AnsiColor::*;
    let mut out = String::new();
    for c in changes {
        match (c.op, style.color) {
            (Op::Equal, _) => out.push_str(&c.text),
            (Op::Delete, true) => {
                out.push_str(&style.paint(anstyle::Style::new().fg_color(Some(Red.into())).strikethrough(), &c.text))
            }
            (Op::Insert, true) => {
                out.push_str(&style.paint(anstyle::Style::new().fg_color(Some(Green.into())).underline(), &c.text))
            }
            (Op::Delete, false) => out.push_str(&format!("[-{}-]", c.text)),
            (Op::Insert, false) => out.push_str(&format!("{{+{}+}}", c.text)),
        }
    }
    out
}

#[derive(Serialize)]
struct ParagraphsJson<'a> {
    file: &'a str,
    paragraphs: Vec<ParagraphJson<'a>>,
}

#[derive(Serialize)]
struct ParagraphJson<'a> {
    n: usize,
    kind: crate::segment::Kind,
    line: usize,
    text: &'a str,
}

/// How lockstep reads a file, as JSON.
pub fn paragraphs_json(file: &str, paragraphs: &[Paragraph]) -> String {
    let paragraphs =
        paragraphs.iter().map(|p| ParagraphJson { n: p.n, kind: p.kind, line: p.line, text: &p.text }).collect();
    to_json(&ParagraphsJson { file, paragraphs })
}

/// How lockstep reads a file, for people: number, kind, line and the first words.
pub fn paragraphs_text(paragraphs: &[Paragraph], loc: &Localizer, style: Style) -> String {
    let header = vec![
        loc.msg("paragraphs-col-number", &[]),
        loc.msg("paragraphs-col-kind", &[]),
        loc.msg("paragraphs-col-line", &[]),
        loc.msg("paragraphs-col-text", &[]),
    ];
    let rows: Vec<Vec<String>> = paragraphs
        .iter()
        .map(|p| {
            let kind =
                serde_json::to_value(p.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            vec![p.n.to_string(), loc.msg(&format!("kind-{kind}"), &[]), p.line.to_string(), snippet(&p.text, 70)]
        })
        .collect();
    table(&header, &rows, &[true, false, true, false], style)
}

#[derive(Serialize)]
struct AlignJson<'a> {
    source: &'a str,
    target: &'a str,
    beads: Vec<AlignBeadJson>,
}

#[derive(Serialize)]
struct AlignBeadJson {
    source: Vec<usize>,
    target: Vec<usize>,
    score: f64,
}

/// An alignment as JSON.
pub fn align_json(source: &str, target: &str, beads: &[align::Bead]) -> String {
    let beads = beads
        .iter()
        .map(|b| AlignBeadJson {
            source: b.source.clone().map(|i| i + 1).collect(),
            target: b.target.clone().map(|i| i + 1).collect(),
            score: (b.score * 1000.0).round() / 1000.0,
        })
        .collect();
    to_json(&AlignJson { source, target, beads })
}

/// Whether a bead deserves a human look: an omission or addition, a low score, or lengths far
/// apart.
pub fn needs_look(b: &align::Bead) -> bool {
    b.source.is_empty() || b.target.is_empty() || b.score < 0.5
}

/// An alignment side by side, for people.
pub fn align_text(
    src: &[Paragraph],
    tgt: &[Paragraph],
    beads: &[align::Bead],
    loc: &Localizer,
    style: Style,
) -> String {
    let header = vec![
        loc.msg("align-col-source", &[]),
        loc.msg("align-col-target", &[]),
        loc.msg("align-col-score", &[]),
        String::new(),
        loc.msg("align-col-source-text", &[]),
        loc.msg("align-col-target-text", &[]),
    ];
    let join = |ps: &[Paragraph], r: std::ops::Range<usize>| {
        ps[r].iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(" ")
    };
    let rows: Vec<Vec<String>> = beads
        .iter()
        .map(|b| {
            let mark = if needs_look(b) { style.state(State::Stale, "!") } else { String::new() };
            vec![
                numbers(&b.source.clone().collect::<Vec<_>>()),
                numbers(&b.target.clone().collect::<Vec<_>>()),
                loc.decimal(b.score, 2),
                mark,
                snippet(&join(src, b.source.clone()), 36),
                snippet(&join(tgt, b.target.clone()), 36),
            ]
        })
        .collect();
    let flagged = beads.iter().filter(|b| needs_look(b)).count();
    let mut out = table(&header, &rows, &[true, true, true, false, false, false], style);
    out.push_str(&loc.msg("align-summary", &[("beads", beads.len().into()), ("flagged", flagged.into())]));
    out.push('\n');
    out
}

/// One query of `suggest`: a bead (or a free text) and its matches.
#[derive(Debug, Clone, Serialize)]
pub struct SuggestQuery {
    /// The bead's id (none for `--text`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The bead's document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// The bead's source paragraph numbers (from 1).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub source: Vec<usize>,
    /// The bead's state.
    #[serde(skip)]
    pub state: Option<State>,
    /// The text looked up.
    pub text: String,
    /// The matches, best first.
    pub matches: Vec<crate::tm::Match>,
}

#[derive(Serialize)]
struct SuggestJson<'a> {
    lang: &'a str,
    queries: &'a [SuggestQuery],
}

/// Suggestions as JSON (the design document's contract).
pub fn suggest_json(lang: &str, queries: &[SuggestQuery]) -> String {
    to_json(&SuggestJson { lang, queries })
}

/// One match for people: score, kind and origin, the matched source as a word diff against
/// the text looked up, and its translation.
fn match_text(m: &crate::tm::Match, query: &str, loc: &Localizer, style: Style) -> String {
    let kind = serde_json::to_value(m.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    let origin = match (&m.document, m.origin.as_str()) {
        (Some(doc), "memory") => loc.msg("suggest-origin-memory", &[("document", doc.as_str().into())]),
        (_, origin) => origin.to_string(),
    };
    let heading = loc.msg(
        "suggest-match",
        &[
            ("score", loc.msg("percent", &[("value", Arg::from(usize::from(m.score)))]).into()),
            ("kind", loc.msg(&format!("suggest-kind-{kind}"), &[]).into()),
            ("origin", origin.into()),
        ],
    );
    let changes = crate::diff::word_diff(&normalize(&m.source), &normalize(query));
    format!("  {}\n    {}\n    → {}\n", style.bold(&heading), inline_diff(&changes, style), m.target)
}

/// Suggestions for people.
pub fn suggest_text(lang: &str, queries: &[SuggestQuery], loc: &Localizer, style: Style) -> String {
    if queries.is_empty() {
        return format!("{}\n", loc.msg("suggest-nothing", &[("lang", lang.into())]));
    }
    let mut out = String::new();
    for (k, q) in queries.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        if let (Some(id), Some(doc)) = (&q.id, &q.document) {
            let state = q.state.map(|s| loc.msg(&format!("state-{}", s.name()), &[])).unwrap_or_default();
            let place = q.source.iter().map(|n| n - 1).collect::<Vec<_>>();
            let heading = loc.msg(
                "suggest-heading",
                &[
                    ("document", doc.as_str().into()),
                    ("id", id.as_str().into()),
                    ("source", numbers(&place).into()),
                    ("state", state.into()),
                ],
            );
            out.push_str(&style.bold(&heading));
            out.push('\n');
        }
        out.push_str(&format!("  {}\n", style.dim(&snippet(&q.text, 200))));
        if q.matches.is_empty() {
            out.push_str(&format!("  {}\n", loc.msg("suggest-no-match", &[])));
        }
        for m in &q.matches {
            out.push_str(&match_text(m, &q.text, loc, style));
        }
    }
    out
}

/// The best suggestion under a stale bead in `diff`, for people.
pub fn diff_suggestion_text(m: &crate::tm::Match, query: &str, loc: &Localizer, style: Style) -> String {
    format!("  {}\n{}", style.dim(&loc.msg("diff-suggestion-label", &[])), match_text(m, query, loc, style))
}
