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
    let kinds: Vec<String> = paragraphs
        .iter()
        .map(|p| {
            let kind =
                serde_json::to_value(p.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            loc.msg(&format!("kind-{kind}"), &[])
        })
        .collect();
    // The text takes what the line has left at the terminal's width.
    let used =
        |col: usize, cells: &mut dyn Iterator<Item = usize>| cells.max().unwrap_or(0).max(super::width(&header[col]));
    let number_width = used(0, &mut paragraphs.iter().map(|p| p.n.to_string().len()));
    let kind_width = used(1, &mut kinds.iter().map(|k| super::width(k)));
    let line_width = used(2, &mut paragraphs.iter().map(|p| p.line.to_string().len()));
    let room = super::columns().saturating_sub(number_width + kind_width + line_width + 6).max(20);
    let rows: Vec<Vec<String>> = paragraphs
        .iter()
        .zip(&kinds)
        .map(|(p, kind)| vec![p.n.to_string(), kind.clone(), p.line.to_string(), snippet(&p.text, room - 1)])
        .collect();
    table(&header, &rows, &[true, false, true, false], style)
}
