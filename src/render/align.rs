//! `align`: the beads of two files side by side, with their scores.

use serde::Serialize;

use lockstep::align;
use lockstep::segment::Paragraph;

use lockstep::status::State;

use super::{Style, numbers, pad, to_json};
use crate::i18n::Localizer;
use lockstep::text::normalize;

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
pub fn json(source: &str, target: &str, beads: &[align::Bead]) -> String {
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

/// Below this score a pair deserves a human look, whatever its shape.
pub const LOOK_BELOW: f64 = 0.75;

/// Whether a pair deserves a human look: its score is low (one rule for every row).
pub fn needs_look(b: &align::Bead) -> bool {
    b.score < LOOK_BELOW
}

/// Two texts side by side in columns of `width` display columns each, a rule between.
fn side_by_side(left: &str, right: &str, width: usize, style: Style) -> String {
    let l: Vec<String> = super::wrap(left, "", width).lines().map(str::to_string).collect();
    let r: Vec<String> = super::wrap(right, "", width).lines().map(str::to_string).collect();
    let mut out = String::new();
    for k in 0..l.len().max(r.len()) {
        let a = l.get(k).map_or("", String::as_str);
        let b = r.get(k).map_or("", String::as_str);
        let line = format!("  {} {} {}", pad(a, width, false), style.dim("│"), b);
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// An alignment side by side, for people: one header, then each pair with its paragraph
/// numbers and score, and the full texts of both sides in two columns at the terminal's width.
pub fn text(src: &[Paragraph], tgt: &[Paragraph], beads: &[align::Bead], loc: &Localizer, style: Style) -> String {
    let columns = super::columns();
    let width = (columns.saturating_sub(5) / 2).max(20);
    let join = |ps: &[Paragraph], r: std::ops::Range<usize>| {
        ps[r].iter().map(|p| normalize(&p.text)).collect::<Vec<_>>().join("\n\n")
    };
    let mut out = format!(
        "  {} {} {}\n",
        style.bold(&pad(&loc.msg("align-col-source-text", &[]), width, false)),
        style.dim("│"),
        style.bold(&loc.msg("align-col-target-text", &[]))
    );
    for b in beads {
        let mark = if needs_look(b) { format!(" {}", style.state(State::Stale, "!")) } else { String::new() };
        let place = loc.msg(
            "bead-place",
            &[
                ("source", numbers(&b.source.clone().collect::<Vec<_>>()).into()),
                ("target", numbers(&b.target.clone().collect::<Vec<_>>()).into()),
            ],
        );
        out.push_str(&format!("\n{}  {}{mark}\n", style.bold(&place), loc.decimal(b.score, 2)));
        let left = if b.source.is_empty() { loc.msg("align-added", &[]) } else { join(src, b.source.clone()) };
        let right = if b.target.is_empty() { loc.msg("align-omitted", &[]) } else { join(tgt, b.target.clone()) };
        out.push_str(&side_by_side(&left, &right, width, style));
    }
    let flagged = beads.iter().filter(|b| needs_look(b)).count();
    out.push('\n');
    out.push_str(&loc.msg("align-summary", &[("beads", beads.len().into()), ("flagged", flagged.into())]));
    out.push('\n');
    out
}
