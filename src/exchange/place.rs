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
use crate::text::fingerprint;

/// A document as read: its text and its paragraphs with their places.
#[derive(Debug, Clone)]
pub struct Document {
    /// The text (decoded).
    pub text: String,
    /// Its paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// Where each paragraph stands.
    pub places: Vec<Place>,
    /// Its top-level blocks, read when first asked for.
    blocks: std::sync::OnceLock<Vec<Range<usize>>>,
}

impl Document {
    /// Reads a decoded text.
    pub fn new(text: String) -> Document {
        let (paragraphs, places) = segment_with_places(&text).into_iter().unzip();
        Document { text, paragraphs, places, blocks: std::sync::OnceLock::new() }
    }

    /// The block markers before paragraph `i` on its first line (`## `, `- `, `> 1. `, spaces).
    pub fn prefix(&self, i: usize) -> &str {
        &self.text[self.places[i].line_start..self.places[i].start]
    }

    /// The markers that make a new paragraph the block paragraph `i` is: its prefix, but for a
    /// setext heading (underlined) the ATX markers of its level (`# `, `## `), which need no
    /// second line.
    pub fn block_prefix(&self, i: usize) -> String {
        let prefix = self.prefix(i);
        if self.paragraphs[i].kind != Kind::Heading || prefix.trim_start_matches(['>', ' ']).starts_with('#') {
            return prefix.to_string();
        }
        let end = self.block_end(i);
        let underline = self.text[..end].lines().last().unwrap_or_default().trim();
        let level = if underline.starts_with('=') { "# " } else { "## " };
        format!("{prefix}{level}")
    }

    /// The top-level blocks (paragraphs, code blocks, HTML, rules…) between paragraph `a`'s
    /// text and paragraph `b`'s first line.
    pub fn blocks_between(&self, a: usize, b: usize) -> Vec<Range<usize>> {
        let (from, to) = (self.places[a].end, self.places[b].line_start.max(self.places[a].end));
        let blocks = self.blocks.get_or_init(|| crate::segment::top_blocks(&self.text));
        blocks.iter().filter(|r| r.start >= from && r.end <= to).cloned().collect()
    }

    /// The width paragraph `i` is wrapped at (its longest line, block markers included), when it
    /// spans several lines.
    pub fn wrap_width(&self, i: usize) -> Option<usize> {
        let text = self.text.get(self.places[i].line_start..self.places[i].end)?;
        let mut lines = text.split('\n');
        let first = lines.next()?;
        let rest: Vec<&str> = lines.collect();
        if rest.is_empty() {
            return None;
        }
        Some(rest.iter().chain([&first]).map(|l| l.trim_end().chars().count()).max().unwrap_or(0))
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
    /// For each source paragraph: the width it is wrapped at, when it is.
    pub widths: Vec<Option<usize>>,
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
            paragraphs: which.iter().map(|&i| (source.paragraphs[i].kind, source.block_prefix(i))).collect(),
            widths: which.iter().map(|&i| source.wrap_width(i)).collect(),
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
    /// Put new paragraphs after the block that ends at byte `end` (a code block, HTML, a rule),
    /// which stands after paragraph `after` (and before the paragraph that follows it).
    AfterBlock {
        /// The paragraph the block stands after.
        after: usize,
        /// Where the block ends.
        end: usize,
    },
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
    /// Whether a paragraph goes on several lines like the one it replaces (or, inserted, like its
    /// source), or on one.
    pub wrap: bool,
    /// Its place in the source (the index of its first source paragraph): edits at one place go
    /// in source order.
    pub order: usize,
}

impl Edit {
    /// The old paragraph index the edit stands at, and how many it removes (`len`: the old
    /// document's paragraphs).
    pub fn at(&self, len: usize) -> (usize, usize) {
        match &self.target {
            Target::Replace(r) => (r.start, r.len()),
            Target::After(p) | Target::AfterBlock { after: p, .. } => (p + 1, 0),
            Target::Before(p) => (*p, 0),
            Target::End => (len, 0),
        }
    }
}

/// A paragraph's text after `prefix`: with its line breaks continued by the prefix's
/// continuation, and wrapped at `width` when given (a heading or a table cell holds one line:
/// there line breaks become spaces).
fn body(text: &str, kind: Kind, prefix: &str, width: Option<usize>) -> String {
    if matches!(kind, Kind::Heading | Kind::TableCell) {
        return text.replace('\n', " ");
    }
    let cont = continuation(prefix);
    let mut out = String::with_capacity(text.len() + 16);
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            out.push('\n');
            out.push_str(&cont);
        }
        match width {
            Some(w) => {
                let first = if k == 0 { prefix.chars().count() } else { cont.chars().count() };
                wrap_into(&mut out, line, first, &cont, w);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// The words of a line, split at the spaces where a line may break: not inside a code span
/// (whose spaces are its content).
fn breakable_words(line: &str) -> Vec<&str> {
    let bytes = line.as_bytes();
    let mut words = Vec::new();
    let (mut start, mut i) = (0, 0);
    let mut open: Option<usize> = None;
    let mut angle = false;
    while i < bytes.len() {
        if bytes[i] == b'`' && !angle {
            let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
            open = match open {
                None => Some(run),
                Some(n) if n == run => None,
                keep => keep,
            };
            i += run;
            continue;
        }
        if open.is_none() {
            match bytes[i] {
                // A link destination or an autolink in angle brackets may hold spaces.
                b'<' => angle = true,
                b'>' => angle = false,
                // One space between two words, not after a backslash (a break there would be a
                // hard line break) and not in a run of spaces.
                b' ' if !angle
                    && i > 0
                    && bytes[i - 1] != b' '
                    && bytes[i - 1] != b'\\'
                    && bytes.get(i + 1).is_some_and(|&n| n != b' ') =>
                {
                    words.push(&line[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        i += 1;
    }
    words.push(&line[start..]);
    words
}

/// Whether a word at the start of a line could begin a block (a list item, a heading, a quote,
/// a setext underline, a table row): a line is never broken before one.
fn starts_a_block(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    word.starts_with(['#', '>', '-', '+', '*', '=', '|', '<', '`', '~', '['])
        || (digits > 0 && word[digits..].starts_with(['.', ')']))
}

/// Appends `line` filled into lines of at most `width` characters (a word longer than that
/// stands alone), the first already holding `first` characters, the others starting with `cont`.
/// The spaces kept are the line's own, one per break; a line keeps its trailing spaces (a hard
/// break).
fn wrap_into(out: &mut String, line: &str, first: usize, cont: &str, width: usize) {
    let trimmed = line.trim_end_matches(' ');
    let words = breakable_words(trimmed);
    let mut col = first;
    for (k, word) in words.iter().enumerate() {
        let w = word.chars().count();
        if k > 0 {
            if col + 1 + w > width && col > cont.chars().count() && !word.is_empty() && !starts_a_block(word) {
                out.push('\n');
                out.push_str(cont);
                col = cont.chars().count();
            } else {
                out.push(' ');
                col += 1;
            }
        }
        out.push_str(word);
        col += w;
    }
    out.push_str(&line[trimmed.len()..]);
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
            let mut out = String::new();
            for (k, text) in edit.texts.iter().enumerate() {
                let kind = doc.paragraphs[(a + k).min(b)].kind;
                if k > 0 {
                    // The break the old paragraphs had between them (blank lines, and the next
                    // one's markers: a second list item stays an item), or a blank line.
                    let x = (a + k - 1).min(b.saturating_sub(1));
                    let old = (b > a)
                        .then(|| doc.text.get(doc.places[x].end..doc.places[x + 1].line_start))
                        .flatten()
                        .filter(|g| g.chars().all(|c| matches!(c, ' ' | '\t' | '\n' | '>')) && g.contains('\n'));
                    match old {
                        Some(g) => {
                            out.push_str(g);
                            out.push_str(doc.prefix(x + 1));
                        }
                        None => out.push_str(&blank_line(prefix)),
                    }
                }
                // Wrapped like the paragraph it replaces (or the first one).
                let width = if edit.wrap { doc.wrap_width((a + k).min(b)).or(doc.wrap_width(a)) } else { None };
                let this_prefix = if k == 0 {
                    prefix.to_string()
                } else if b > a {
                    doc.prefix((a + k).min(b)).to_string()
                } else {
                    continuation(prefix)
                };
                out.push_str(&body(text, kind, &this_prefix, width));
            }
            // A backslash escape before the text (`\- not an item`) is the text's: it goes with it.
            let start = doc.places[a].start;
            let escaped = start > doc.places[a].line_start && doc.text.as_bytes()[start - 1] == b'\\';
            (start - usize::from(escaped)..doc.places[b].end, out)
        }
        Target::After(_) | Target::AfterBlock { .. } | Target::Before(_) | Target::End => {
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
                let width =
                    if edit.wrap { shape.widths.get(k).or(shape.widths.last()).copied().flatten() } else { None };
                out.push_str(&body(text, kind, &prefix, width));
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
                Target::AfterBlock { end, .. } => {
                    // After the block's last line, a blank line between.
                    let at = doc.text[..end].trim_end().len();
                    (at..at, format!("\n\n{out}"))
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
    /// What was replaced in the old text and by what, in order: to make the same change to the
    /// file's own bytes (its line ends).
    pub splices: Vec<(Range<usize>, String)>,
}

/// Applies `edits` to `doc`; an edit that would not read back as the paragraphs it means is
/// refused and the others are applied.
pub fn apply(doc: &Document, edits: &[Edit]) -> Applied {
    let mut edits = edits.to_vec();
    let all: Vec<usize> = (0..edits.len()).collect();
    let mut active: Vec<bool> = vec![true; edits.len()];
    if let Some(done) = try_apply(doc, &edits, &active) {
        return done;
    }
    // The edits that break the document, found by halves (a few readings of the document, not
    // one per edit); each is tried again on one line, else refused.
    for k in breaking(doc, &edits, &all) {
        let alone: Vec<bool> = (0..edits.len()).map(|j| j == k).collect();
        edits[k].wrap = false;
        active[k] = try_apply(doc, &edits, &alone).is_some();
    }
    try_apply(doc, &edits, &active).unwrap_or_else(|| {
        // Edits that break the document only together: none is applied.
        Applied {
            text: doc.text.clone(),
            placed: vec![None; edits.len()],
            paragraphs: doc.paragraphs.clone(),
            splices: Vec::new(),
        }
    })
}

/// Which of the edits `among` break the document when applied with the others of `among`.
fn breaking(doc: &Document, edits: &[Edit], among: &[usize]) -> Vec<usize> {
    let active = |set: &[usize]| -> Vec<bool> { (0..edits.len()).map(|j| set.contains(&j)).collect() };
    if try_apply(doc, edits, &active(among)).is_some() {
        return Vec::new();
    }
    if among.len() == 1 {
        return among.to_vec();
    }
    let (left, right) = among.split_at(among.len() / 2);
    let mut out = breaking(doc, edits, left);
    out.extend(breaking(doc, edits, right));
    if out.is_empty() {
        // Each half holds alone, not both: they clash; all of them go.
        out = among.to_vec();
    }
    out
}

/// Applies the `active` edits; `None` when the result does not read back as expected.
fn try_apply(doc: &Document, edits: &[Edit], active: &[bool]) -> Option<Applied> {
    let len = doc.paragraphs.len();
    let mut order: Vec<usize> = (0..edits.len()).filter(|&k| active[k]).collect();
    let mut rendered: Vec<Option<(Range<usize>, String)>> = vec![None; edits.len()];
    for &k in &order {
        rendered[k] = Some(render(doc, &edits[k]));
    }
    let start_of = |k: usize| rendered[k].as_ref().map_or(0, |r| r.0.start);
    // In document order: by paragraph, insertions before a replacement at the same place, and
    // edits at one place in source order.
    order.sort_by_key(|&k| {
        let (at, removed) = edits[k].at(len);
        (at, removed > 0, start_of(k), edits[k].order, k)
    });
    let mut text = String::with_capacity(doc.text.len() + rendered.iter().flatten().map(|r| r.1.len()).sum::<usize>());
    let mut splices = Vec::with_capacity(order.len());
    let mut cursor = 0;
    for &k in &order {
        let (range, with) = rendered[k].as_ref()?;
        if range.start < cursor {
            return None;
        }
        text.push_str(&doc.text[cursor..range.start]);
        let mut from = range.start;
        let mut put = String::new();
        if let (Target::End, Some(shape)) = (&edits[k].target, &edits[k].shape) {
            // The separator its source has before it, after what the text ends with (its
            // trailing blanks dropped).
            let trimmed = text.trim_end_matches([' ', '\t']).len();
            from -= (text.len() - trimmed).min(range.start - cursor);
            text.truncate(trimmed);
            if !text.is_empty() {
                let lead = shape.before.as_str();
                put.push_str(if text.ends_with('\n') { lead.strip_prefix('\n').unwrap_or(lead) } else { lead });
            }
        }
        put.push_str(with);
        text.push_str(&put);
        splices.push((from..range.end, put));
        cursor = range.end;
    }
    text.push_str(&doc.text[cursor..]);

    // What the document must read as: kinds and fingerprints (of the normalized texts), in order.
    let mut expected: Vec<(Kind, u64)> = Vec::with_capacity(len + edits.len());
    let mut placed: Vec<Option<Range<usize>>> = vec![None; edits.len()];
    let mut next_old = 0;
    for &k in &order {
        let (at, removed) = edits[k].at(len);
        while next_old < at {
            expected.push((doc.paragraphs[next_old].kind, doc.paragraphs[next_old].fp));
            next_old += 1;
        }
        let start = expected.len();
        for (j, t) in edits[k].texts.iter().enumerate() {
            let kind = match (&edits[k].target, &edits[k].shape) {
                (Target::Replace(r), _) => doc.paragraphs[(r.start + j).min(r.end - 1)].kind,
                (_, Some(s)) => s.paragraphs.get(j).or(s.paragraphs.last()).map_or(Kind::Paragraph, |p| p.0),
                _ => Kind::Paragraph,
            };
            // The segmenter reads a paragraph's leading backslash escape as the character alone.
            let read_as = match t.strip_prefix('\\') {
                Some(rest) if rest.starts_with(|c: char| c.is_ascii_punctuation()) => rest,
                _ => t.as_str(),
            };
            expected.push((kind, fingerprint(read_as)));
        }
        placed[k] = Some(start..expected.len());
        next_old += removed;
    }
    while next_old < len {
        expected.push((doc.paragraphs[next_old].kind, doc.paragraphs[next_old].fp));
        next_old += 1;
    }
    let paragraphs: Vec<Paragraph> = segment_with_places(&text).into_iter().map(|(p, _)| p).collect();
    let same = paragraphs.len() == expected.len()
        && paragraphs.iter().zip(&expected).all(|(p, (kind, fp))| p.kind == *kind && p.fp == *fp);
    same.then_some(Applied { text, placed, paragraphs, splices })
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
                wrap: true,
                order: 0,
            }],
        )
    }

    #[test]
    fn a_replaced_paragraph_keeps_its_markers_and_its_neighbours_their_wrapping() {
        let doc = "# Title\n\nFirst line\nwrapped here.\n\n- item *one*\n- item two\n\n> quoted text\n";
        let out = replace(doc, 2..3, &["елемент *едно*"]);
        assert_eq!(out.text, "# Title\n\nFirst line\nwrapped here.\n\n- елемент *едно*\n- item two\n\n> quoted text\n");
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
        let heading = Edit {
            target: Target::After(1),
            texts: vec!["Две".into()],
            shape: Some(Shape::of(&source, &[2])),
            wrap: true,
            order: 0,
        };
        let item = Edit {
            target: Target::After(2),
            texts: vec!["б".into()],
            shape: Some(Shape::of(&source, &[4])),
            wrap: true,
            order: 0,
        };
        let out = apply(&target, &[heading, item]);
        assert_eq!(out.text, "# Заглавие\n\nЕдно.\n\n## Две\n\n- а\n- б\n");
        assert_eq!(out.placed, vec![Some(2..3), Some(4..5)]);
    }

    #[test]
    fn after_a_setext_heading_and_into_an_empty_document() {
        let source = Document::new("Title\n=====\n\nBody.\n".to_string());
        let target = Document::new("Наслов\n======\n".to_string());
        let e = Edit {
            target: Target::After(0),
            texts: vec!["Тело.".into()],
            shape: Some(Shape::of(&source, &[1])),
            wrap: true,
            order: 0,
        };
        assert_eq!(apply(&target, &[e]).text, "Наслов\n======\n\nТело.\n");
        let empty = Document::new(String::new());
        let e = Edit {
            target: Target::End,
            texts: vec!["Тело.".into()],
            shape: Some(Shape::of(&source, &[1])),
            wrap: true,
            order: 0,
        };
        assert_eq!(apply(&empty, &[e]).text, "Тело.\n");
    }

    #[test]
    fn a_wrapped_paragraph_is_replaced_wrapped_at_its_width() {
        let doc = "Intro.\n\n- one two three\n  four five.\n- next\n";
        let out = replace(doc, 1..2, &["едно две три четири пет шест седем осем."]);
        assert_eq!(out.text, "Intro.\n\n- едно две три\n  четири пет\n  шест седем\n  осем.\n- next\n");
        // A code span's spaces are its content: never a break there; never a line that would
        // start a block.
        let out = replace("a b c d e f\ng h\n", 0..1, &["xx `a  b c` 1. yy - zz"]);
        assert_eq!(out.text, "xx `a  b c` 1.\nyy - zz\n", "{}", out.text);
        assert_eq!(out.placed, vec![Some(0..1)]);
    }

    #[test]
    fn a_pair_of_list_items_stays_two_items() {
        let out = replace("- a\n- b\n- c\n", 0..2, &["x", "y"]);
        assert_eq!(out.text, "- x\n- y\n- c\n");
        let out = replace("1. a\n2. b\n3. c\n", 0..2, &["x", "y", "z"]);
        assert_eq!(out.text, "1. x\n2. y\n2. z\n3. c\n");
    }

    #[test]
    fn lines_break_only_where_markdown_allows() {
        assert_eq!(breakable_words("a [f](<my long name.md>) b"), vec!["a", "[f](<my long name.md>)", "b"]);
        assert_eq!(breakable_words("Диск C:\\ после"), vec!["Диск", "C:\\ после"]);
        assert_eq!(breakable_words("абвг   после x"), vec!["абвг   после", "x"]);
        assert_eq!(breakable_words("`a b` c"), vec!["`a b`", "c"]);
    }

    #[test]
    fn a_new_setext_heading_is_written_in_atx_form() {
        let source = Document::new("Intro.\n\nSection\n-------\n\nBody.\n".to_string());
        assert_eq!(source.block_prefix(1), "## ");
        let target = Document::new("Увод.\n\nТяло.\n".to_string());
        let e = Edit {
            target: Target::After(0),
            texts: vec!["Раздел".into()],
            shape: Some(Shape::of(&source, &[1])),
            wrap: true,
            order: 1,
        };
        assert_eq!(apply(&target, &[e]).text, "Увод.\n\n## Раздел\n\nТяло.\n");
    }
}
