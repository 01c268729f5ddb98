//! `paragraphs`: how lockstep reads a file.

use serde::Serialize;

use lockstep::segment::{Kind, Paragraph};

use super::{Style, snippet, table, to_json};
use crate::i18n::Localizer;

#[derive(Serialize)]
struct ParagraphsJson<'a> {
    file: &'a str,
    paragraphs: Vec<ParagraphJson<'a>>,
}

#[derive(Serialize)]
struct ParagraphJson<'a> {
    n: usize,
    kind: Kind,
    line: usize,
    text: &'a str,
}

/// How lockstep reads a file, as JSON.
pub fn json(file: &str, paragraphs: &[Paragraph]) -> String {
    let paragraphs =
        paragraphs.iter().map(|p| ParagraphJson { n: p.n, kind: p.kind, line: p.line, text: &p.text }).collect();
    to_json(&ParagraphsJson { file, paragraphs })
}

/// How lockstep reads a file, for people: number, kind, line and the first words.
pub fn text(paragraphs: &[Paragraph], loc: &Localizer, style: Style) -> String {
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
