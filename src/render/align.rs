//! `align`: the beads of two files side by side, with their scores.

use serde::Serialize;

use lockstep::align;
use lockstep::segment::Paragraph;

use lockstep::status::State;

use super::{Style, numbers, snippet, table, to_json};
use crate::i18n::Localizer;

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

/// Whether a bead deserves a human look: an omission or addition, a low score, or lengths far
/// apart.
pub fn needs_look(b: &align::Bead) -> bool {
    b.source.is_empty() || b.target.is_empty() || b.score < 0.5
}

/// An alignment side by side, for people.
pub fn text(src: &[Paragraph], tgt: &[Paragraph], beads: &[align::Bead], loc: &Localizer, style: Style) -> String {
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
