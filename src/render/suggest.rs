//! `suggest`: translation-memory matches per bead or text.

use serde::Serialize;

use lockstep::diff::word_diff;
use lockstep::text::normalize;
use lockstep::tm::{Lookup, Match};

use super::diff::inline_diff;
use super::{Style, numbers, one_based, snippet, to_json};
use crate::i18n::Localizer;

#[derive(Serialize)]
struct SuggestJson<'a> {
    lang: &'a str,
    queries: Vec<QueryJson<'a>>,
}

#[derive(Serialize)]
struct QueryJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    source: Vec<usize>,
    text: &'a str,
    matches: &'a [Match],
}

/// Suggestions as JSON (the design document's contract).
pub fn json(lang: &str, lookups: &[Lookup]) -> String {
    let queries = lookups
        .iter()
        .map(|l| QueryJson {
            id: l.id.as_deref(),
            document: l.document.as_deref(),
            source: one_based(&l.source),
            text: &l.text,
            matches: &l.matches,
        })
        .collect();
    to_json(&SuggestJson { lang, queries })
}

/// A match's heading for people, wherever one is shown (`suggest`, the report, the notes of an
/// exchange file): its score, its kind and where it comes from.
pub fn match_heading(m: &Match, loc: &Localizer) -> String {
    let kind = serde_json::to_value(m.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    let origin = match (&m.document, m.origin.as_str()) {
        (Some(doc), "memory") => loc.msg("suggest-origin-memory", &[("document", doc.as_str().into())]),
        (_, origin) => origin.to_string(),
    };
    loc.msg(
        "suggest-match",
        &[
            ("score", loc.percent(usize::from(m.score)).into()),
            ("kind", loc.msg(&format!("suggest-kind-{kind}"), &[]).into()),
            ("origin", origin.into()),
        ],
    )
}

/// One match for people: score, kind and origin, the matched source as a word diff against
/// the text looked up, and its translation.
fn match_text(m: &Match, query: &str, loc: &Localizer, style: Style) -> String {
    let heading = match_heading(m, loc);
    let changes = word_diff(&normalize(&m.source), &normalize(query));
    let columns = super::columns();
    format!(
        "  {}\n{}\n{}\n",
        style.bold(&heading),
        super::wrap(&inline_diff(&changes, style), "    ", columns),
        super::wrap(&format!("→ {}", m.target), "    ", columns)
    )
}

/// Suggestions for people.
pub fn text(lang: &str, queries: &[Lookup], loc: &Localizer, style: Style) -> String {
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
            let heading = loc.msg(
                "suggest-heading",
                &[
                    ("document", doc.as_str().into()),
                    ("id", id.as_str().into()),
                    ("source", numbers(&q.source).into()),
                    ("state", state.into()),
                ],
            );
            out.push_str(&style.bold(&super::indent_after_first(&super::wrap(&heading, "  ", super::columns()))));
            out.push('\n');
        }
        out.push_str(&style.dim(&super::wrap(&snippet(&q.text, 200), "  ", super::columns())));
        out.push('\n');
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
pub fn under_diff(m: &Match, query: &str, loc: &Localizer, style: Style) -> String {
    format!("  {}\n{}", style.dim(&loc.msg("diff-suggestion-label", &[])), match_text(m, query, loc, style))
}
