//! `diff`: each stale bead's source diff, its translation and the best memory match.

use serde::Serialize;

use lockstep::diff::{Change, Op, StaleBead};
use lockstep::status::State;
use lockstep::tm::Match;

use super::{Style, numbers, one_based, to_json};
use crate::i18n::Localizer;

#[derive(Serialize)]
struct DiffJson<'a> {
    lang: &'a str,
    beads: Vec<DiffBeadJson<'a>>,
}

#[derive(Serialize)]
struct DiffBeadJson<'a> {
    id: &'a str,
    state: State,
    document: &'a str,
    source: Vec<usize>,
    target: Vec<usize>,
    old_source: &'a str,
    new_source: &'a str,
    target_text: &'a str,
    changes: &'a [Change],
    suggestion: Option<&'a Match>,
}

/// Stale beads of one language as JSON.
pub fn json(lang: &str, stale: &[StaleBead]) -> String {
    let beads = stale
        .iter()
        .map(|StaleBead { document, diff: d, suggestion }| DiffBeadJson {
            id: &d.id,
            state: d.state,
            document,
            source: one_based(&d.source),
            target: one_based(&d.target),
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
pub fn text(lang: &str, diffs: &[StaleBead], loc: &Localizer, style: Style) -> String {
    if diffs.is_empty() {
        return format!("{}\n", loc.msg("diff-none", &[("lang", lang.into())]));
    }
    let mut out = String::new();
    for (k, StaleBead { document: doc, diff: d, suggestion }) in diffs.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let heading = loc.msg(
            "diff-heading",
            &[
                ("document", doc.as_str().into()),
                ("id", d.id.as_str().into()),
                ("source", numbers(&d.source).into()),
                ("target", numbers(&d.target).into()),
            ],
        );
        out.push_str(&style.bold(&heading));
        out.push('\n');
        // A missing bead shows its new source, an orphaned one the source it was last confirmed
        // against (if any): every id has something to show.
        let label = match d.state {
            State::Missing => "diff-source-new-label",
            State::Orphaned if d.old_source.is_empty() => "diff-source-none-label",
            State::Orphaned => "diff-source-removed-label",
            _ => "diff-source-label",
        };
        out.push_str(&format!("  {}\n", style.dim(&loc.msg(label, &[]))));
        if !d.changes.is_empty() {
            out.push_str(&format!("    {}\n", inline_diff(&d.changes, style)));
        }
        let label = if d.target_edited { "diff-target-edited-label" } else { "diff-target-label" };
        out.push_str(&format!("  {}\n", style.dim(&loc.msg(label, &[]))));
        let target = if d.target_text.is_empty() { loc.msg("diff-no-target", &[]) } else { d.target_text.clone() };
        out.push_str(&format!("    {target}\n"));
        if let Some(m) = suggestion {
            out.push_str(&super::suggest::under_diff(m, &d.new_source, loc, style));
        }
    }
    let stale = diffs.iter().filter(|d| d.diff.state == State::Stale).count();
    if stale > 0 {
        out.push_str(&format!("\n{}\n", loc.msg("diff-count", &[("count", stale.into()), ("lang", lang.into())])));
    }
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
