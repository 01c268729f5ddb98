//! Writing translated paragraphs into a Markdown document at their places, touching nothing
//! else: the bytes around an edit (list markers, heading levels, quote prefixes, indentation,
//! the line wrapping of every other paragraph) stay as they are.
//!
//! A replaced paragraph keeps its block markers; a paragraph put where there was none (a
//! missing bead) takes the block markers and the blank lines of its source paragraph. Every
//! result is read back: the document must hold exactly the paragraphs expected, in order, each of
//! the kind expected, or the edits that broke it are refused (a translation that begins with
//! `1. ` would become a list item; one with a blank line cannot go into a table cell).

use std::ops::Range;

use crate::segment::{Kind, Paragraph, Place, segment_with_places};
use crate::text::normalize;

/// A document as read: its text and its paragraphs with their places.
#[derive(Debug, Clone)]
pub struct Document {
    /// The text (decoded).
    pub text: String,
    /// Its paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// Where each paragraph stands.
    pub places: Vec<Place>,
}

impl Document {
    /// Reads a decoded text.
    pub fn new(text: String) -> Document {
        let (paragraphs, places) = segment_with_places(&text).into_iter().unzip();
        Document { text, paragraphs, places }
    }

    /// The block markers before paragraph `i` on its first line (`## `, `- `, `> 1. `, spaces).
    pub fn prefix(&self, i: usize) -> &str {
        &self.text[self.places[i].line_start..self.places[i].start]
    }

    /// The end of the line on which paragraph `i` ends, past a setext heading's underline.
    fn block_end(&self, i: usize) -> usize {
        let end_of_line = |from: usize| self.text[from..].find('\n').map_or(self.text.len(), |k| from + k);
        let mut end = end_of_line(self.places[i].end);
        if self.paragraphs[i].kind == Kind::Heading && end < self.text.len() {
            let next = end_of_line(end + 1);
            let underline = self.text[end + 1..next].trim();
            if !underline.is_empty() && (underline.chars().all(|c| c == '=') || underline.chars().all(|c| c == '-')) {
                end = next;
            }
        }
        end
    }

    /// The white space and quote markers between paragraph `a`'s block and paragraph `b`'s first
    /// line, when that is all there is between them (no code block, no HTML, no rule).
    pub fn gap(&self, a: usize, b: usize) -> Option<&str> {
        let from = self.block_end(a);
        let to = self.places[b].line_start;
        let gap = self.text.get(from..to)?;
        gap.chars().all(|c| matches!(c, ' ' | '\t' | '\n' | '>')).then_some(gap)
    }
}

/// What stands at the start of a paragraph's continuation lines: its prefix with every marker
/// but `>` turned into spaces (`- ` → two spaces, `> 1. ` → `>    `).
pub fn continuation(prefix: &str) -> String {
    prefix.chars().map(|c| if c == '>' || c == '\t' { c } else { ' ' }).collect()
}

/// The shape a new paragraph takes from its source: block markers and blank lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// For each source paragraph: its kind and its block markers.
    pub paragraphs: Vec<(Kind, String)>,
    /// What separates consecutive source paragraphs.
    pub between: Vec<String>,
    /// What separates it from the paragraph before it in the source.
    pub before: String,
    /// What separates it from the paragraph after it in the source.
    pub after: String,
}

impl Shape {
    /// The shape of source paragraphs `which` (consecutive) of `source`.
    pub fn of(source: &Document, which: &[usize]) -> Shape {
        let default = "\n\n".to_string();
        let gap = |a: usize, b: usize| source.gap(a, b).map_or_else(|| default.clone(), str::to_string);
        let first = which[0];
        let last = which[which.len() - 1];
        Shape {
            paragraphs: which.iter().map(|&i| (source.paragraphs[i].kind, source.prefix(i).to_string())).collect(),
            between: which.windows(2).map(|w| gap(w[0], w[1])).collect(),
            before: if first > 0 { gap(first - 1, first) } else { default.clone() },
            after: if last + 1 < source.paragraphs.len() { gap(last, last + 1) } else { default },
        }
    }
}

/// Where an edit goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Replace these paragraphs (consecutive).
    Replace(Range<usize>),
    /// Put new paragraphs after the block of this paragraph.
    After(usize),
    /// Put new paragraphs before this paragraph's first line.
    Before(usize),
    /// Put new paragraphs at the end of the document (which has no paragraph).
    End,
}

/// One edit: new paragraphs (each a travelling text) for a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// Where.
    pub target: Target,
    /// The new paragraphs.
    pub texts: Vec<String>,
    /// For an insertion: the shape of its source.
    pub shape: Option<Shape>,
}

impl Edit {
    /// The old paragraph index the edit stands at, and how many it removes.
    fn at(&self, len: usize) -> (usize, usize) {
        match &self.target {
            Target::Replace(r) => (r.start, r.len()),
            Target::After(p) => (p + 1, 0),
            Target::Before(p) => (*p, 0),
            Target::End => (len, 0),
        }
    }
}

/// A paragraph's text with its line breaks continued by `cont` (a heading or a table cell cannot
/// hold one: there they become spaces).
fn body(text: &str, kind: Kind, cont: &str) -> String {
    match kind {
        Kind::Heading | Kind::TableCell => text.replace('\n', " "),
        _ => text.replace('\n', &format!("\n{cont}")),
    }
}

/// A blank line between two paragraphs that stand after `prefix`.
fn blank_line(prefix: &str) -> String {
    let cont = continuation(prefix);
    format!("\n{}\n{cont}", cont.trim_end())
}

/// The bytes an edit replaces and what it puts there.
fn render(doc: &Document, edit: &Edit) -> (Range<usize>, String) {
    match &edit.target {
        Target::Replace(r) => {
            let (a, b) = (r.start, r.end - 1);
            let prefix = doc.prefix(a);
            let cont = continuation(prefix);
            let kind = doc.paragraphs[a].kind;
            let mut out = String::new();
            for (k, text) in edit.texts.iter().enumerate() {
                if k > 0 {
                    // The break the old paragraphs had between them, or a blank line.
                    let old = (a + k <= b)
                        .then(|| doc.text.get(doc.places[a + k - 1].end..doc.places[a + k].start))
                        .flatten();
                    let pure =
                        old.filter(|g| g.chars().all(|c| matches!(c, ' ' | '\t' | '\n' | '>')) && g.contains('\n'));
                    match pure {
                        Some(g) => out.push_str(g),
                        None => out.push_str(&blank_line(prefix)),
                    }
                }
                out.push_str(&body(text, kind, &cont));
            }
            (doc.places[a].start..doc.places[b].end, out)
        }
        Target::After(_) | Target::Before(_) | Target::End => {
            let shape = edit.shape.as_ref().expect("an insertion has a shape");
            let mut out = String::new();
            for (k, text) in edit.texts.iter().enumerate() {
                let (kind, prefix) = shape
                    .paragraphs
                    .get(k)
                    .or(shape.paragraphs.last())
                    .cloned()
                    .unwrap_or((Kind::Paragraph, String::new()));
                if k > 0 {
                    out.push_str(shape.between.get(k - 1).map_or("\n\n", String::as_str));
                }
                out.push_str(&prefix);
                out.push_str(&body(text, kind, &continuation(&prefix)));
            }
            match edit.target {
                Target::After(p) => {
                    let at = doc.block_end(p);
                    (at..at, format!("{}{out}", shape.before))
                }
                Target::Before(p) => {
                    let at = doc.places[p].line_start;
                    (at..at, format!("{out}{}", shape.after))
                }
                _ => {
                    // Separated from what comes before it in `try_apply`, which knows that.
                    let end = doc.text.len();
                    (end..end, format!("{out}\n"))
                }
            }
        }
    }
}

/// The result of [`apply`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The new text.
    pub text: String,
    /// For each edit (in the order given): the new paragraph indices it holds, or `None` when it
    /// was refused.
    pub placed: Vec<Option<Range<usize>>>,
    /// The paragraphs of the new text, as read back.
    pub paragraphs: Vec<Paragraph>,
}

/// Applies `edits` to `doc`; an edit that would not read back as the paragraphs it means is
/// refused and the others are applied.
pub fn apply(doc: &Document, edits: &[Edit]) -> Applied {
    let mut active: Vec<bool> = vec![true; edits.len()];
    if let Some(done) = try_apply(doc, edits, &active) {
        return done;
    }
    // Find the edits that break the document, one at a time.
    for (k, on) in active.iter_mut().enumerate() {
        let alone: Vec<bool> = (0..edits.len()).map(|j| j == k).collect();
        *on = try_apply(doc, edits, &alone).is_some();
    }
    try_apply(doc, edits, &active).unwrap_or_else(|| Applied {
        text: doc.text.clone(),
        placed: vec![None; edits.len()],
        paragraphs: doc.paragraphs.clone(),
    })
}

/// Applies the `active` edits; `None` when the result does not read back as expected.
fn try_apply(doc: &Document, edits: &[Edit], active: &[bool]) -> Option<Applied> {
    let len = doc.paragraphs.len();
    let mut order: Vec<usize> = (0..edits.len()).filter(|&k| active[k]).collect();
    let rendered: Vec<(Range<usize>, String)> = edits.iter().map(|e| render(doc, e)).collect();
    // In document order: by paragraph, insertions before a replacement at the same place.
    order.sort_by_key(|&k| {
        let (at, removed) = edits[k].at(len);
        (at, removed > 0, rendered[k].0.start, k)
    });
    let mut text = String::with_capacity(doc.text.len() + rendered.iter().map(|r| r.1.len()).sum::<usize>());
    let mut cursor = 0;
    for &k in &order {
        let (range, with) = &rendered[k];
        if range.start < cursor {
            return None;
        }
        text.push_str(&doc.text[cursor..range.start]);
        if let (Target::End, Some(shape)) = (&edits[k].target, &edits[k].shape) {
            // The separator its source has before it, after what the text ends with.
            let trimmed = text.trim_end_matches([' ', '\t']).len();
            text.truncate(trimmed);
            if !text.is_empty() {
                let lead = shape.before.as_str();
                let lead = if text.ends_with('\n') { lead.strip_prefix('\n').unwrap_or(lead) } else { lead };
                text.push_str(lead);
            }
        }
        text.push_str(with);
        cursor = range.end;
    }
    text.push_str(&doc.text[cursor..]);

    // What the document must read as: kinds and normalized texts, in order.
    let mut expected: Vec<(Kind, String)> = Vec::with_capacity(len + edits.len());
    let mut placed: Vec<Option<Range<usize>>> = vec![None; edits.len()];
    let mut next_old = 0;
    for &k in &order {
        let (at, removed) = edits[k].at(len);
        while next_old < at {
            expected.push((doc.paragraphs[next_old].kind, normalize(&doc.paragraphs[next_old].text)));
            next_old += 1;
        }
        let start = expected.len();
        for (j, t) in edits[k].texts.iter().enumerate() {
            let kind = match (&edits[k].target, &edits[k].shape) {
                (Target::Replace(r), _) => doc.paragraphs[r.start].kind,
                (_, Some(s)) => s.paragraphs.get(j).or(s.paragraphs.last()).map_or(Kind::Paragraph, |p| p.0),
                _ => Kind::Paragraph,
            };
            expected.push((kind, normalize(t)));
        }
        placed[k] = Some(start..expected.len());
        next_old += removed;
    }
    while next_old < len {
        expected.push((doc.paragraphs[next_old].kind, normalize(&doc.paragraphs[next_old].text)));
        next_old += 1;
    }
    let paragraphs: Vec<Paragraph> = segment_with_places(&text).into_iter().map(|(p, _)| p).collect();
    let same = paragraphs.len() == expected.len()
        && paragraphs.iter().zip(&expected).all(|(p, (kind, text))| p.kind == *kind && normalize(&p.text) == *text);
    same.then_some(Applied { text, placed, paragraphs })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replace(doc: &str, range: Range<usize>, texts: &[&str]) -> Applied {
        let d = Document::new(doc.to_string());
        apply(
            &d,
            &[Edit {
                target: Target::Replace(range),
                texts: texts.iter().map(|t| t.to_string()).collect(),
                shape: None,
            }],
        )
    }

    #[test]
    fn a_replaced_paragraph_keeps_its_markers_and_its_neighbours_their_wrapping() {
        let doc = "# Title\n\nFirst line\nwrapped here.\n\n- item *one*\n- item two\n\n> quoted\n> text\n";
        let out = replace(doc, 2..3, &["елемент *едно*"]);
        assert_eq!(
            out.text,
            "# Title\n\nFirst line\nwrapped here.\n\n- елемент *едно*\n- item two\n\n> quoted\n> text\n"
        );
        assert_eq!(out.placed, vec![Some(2..3)]);
        let out = replace(doc, 4..5, &["цитат с [връзка](https://example.org/a_b) и `code  x`"]);
        assert!(out.text.ends_with("> цитат с [връзка](https://example.org/a_b) и `code  x`\n"), "{}", out.text);
        let out = replace(doc, 0..1, &["Заглавие"]);
        assert!(out.text.starts_with("# Заглавие\n\nFirst line\nwrapped here."));
    }

    #[test]
    fn two_paragraphs_replace_a_bead_as_a_unit() {
        let doc = "- first\n\n  second\n- next\n";
        let out = replace(doc, 0..2, &["едно", "две"]);
        assert_eq!(out.text, "- едно\n\n  две\n- next\n");
        let out = replace(doc, 0..2, &["само едно"]);
        assert_eq!(out.text, "- само едно\n- next\n");
        let out = replace("> a\n", 0..1, &["б", "в"]);
        assert_eq!(out.text, "> б\n>\n> в\n");
        assert_eq!(out.placed, vec![Some(0..2)]);
    }

    #[test]
    fn hard_breaks_continue_with_the_prefix() {
        let out = replace("> a\n", 0..1, &["ред  \nдруг"]);
        assert_eq!(out.text, "> ред  \n> друг\n");
    }

    #[test]
    fn text_that_would_change_the_structure_is_refused() {
        let out = replace("Para one.\n\nPara two.\n", 0..1, &["1. нещо"]);
        assert_eq!(out.placed, vec![None]);
        assert_eq!(out.text, "Para one.\n\nPara two.\n");
    }

    #[test]
    fn a_new_paragraph_takes_the_shape_of_its_source() {
        let source = Document::new("# Title\n\nOne.\n\n## Two\n\n- a\n- b\n".to_string());
        let target = Document::new("# Заглавие\n\nЕдно.\n\n- а\n".to_string());
        let heading =
            Edit { target: Target::After(1), texts: vec!["Две".into()], shape: Some(Shape::of(&source, &[2])) };
        let item = Edit { target: Target::After(2), texts: vec!["б".into()], shape: Some(Shape::of(&source, &[4])) };
        let out = apply(&target, &[heading, item]);
        assert_eq!(out.text, "# Заглавие\n\nЕдно.\n\n## Две\n\n- а\n- б\n");
        assert_eq!(out.placed, vec![Some(2..3), Some(4..5)]);
    }

    #[test]
    fn after_a_setext_heading_and_into_an_empty_document() {
        let source = Document::new("Title\n=====\n\nBody.\n".to_string());
        let target = Document::new("Наслов\n======\n".to_string());
        let e =
            Edit { target: Target::After(0), texts: vec!["Тело.".into()], shape: Some(Shape::of(&source, &[1])) };
        assert_eq!(apply(&target, &[e]).text, "Наслов\n======\n\nТело.\n");
        let empty = Document::new(String::new());
        let e = Edit { target: Target::End, texts: vec!["Тело.".into()], shape: Some(Shape::of(&source, &[1])) };
        assert_eq!(apply(&empty, &[e]).text, "Тело.\n");
    }
}
