//! Reading a text file into paragraphs.
//!
//! A paragraph is a heading, a paragraph, a list item's text, a block quote's paragraph or a
//! table cell of the document's CommonMark tree, in document order and numbered from 1. Code
//! blocks, HTML blocks, thematic breaks, link reference definitions and front matter are kept
//! in the file but are not paragraphs. A paragraph's text is its inline Markdown source with the
//! block markers (`#`, list markers, `>`, indentation) removed. Plain `.txt` files are read the
//! same way. This module owns the parsing; decoding and fingerprints are [`crate::text`]'s. It knows
//! nothing of languages or memories.

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::text::{decode, fingerprint, normalize};

/// What kind of block a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A heading (ATX or setext).
    Heading,
    /// A paragraph outside lists and quotes.
    Paragraph,
    /// The text of a list item, or a paragraph inside one.
    ListItem,
    /// A paragraph inside a block quote.
    Quote,
    /// A table cell with text.
    TableCell,
}

/// One paragraph of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Number in the document, from 1.
    pub n: usize,
    /// The kind of block.
    pub kind: Kind,
    /// 1-based line where its text starts.
    pub line: usize,
    /// The inline Markdown source, block markers removed.
    pub text: String,
    /// Hash of the normalized text (see [`crate::text::normalize()`]).
    pub fp: u64,
}

/// The text of some paragraphs (0-based indices) as one: joined by a space and normalized, as
/// memory beads and translation-memory units hold it.
pub fn joined(paragraphs: &[Paragraph], which: &[usize]) -> String {
    let texts: Vec<&str> = which.iter().map(|&i| paragraphs[i].text.as_str()).collect();
    normalize(&texts.join(" "))
}

/// Reads and segments a file.
pub fn read_file(path: &Path, shown_as: &Path) -> Result<Vec<Paragraph>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(&e, shown_as))?;
    let text = decode(bytes, shown_as)?;
    Ok(segment(&text))
}

/// An open paragraph while walking the event stream.
struct Open {
    kind: Kind,
    /// Byte ranges of the inline events inside it.
    spans: Vec<Range<usize>>,
    /// Whether it was opened by an explicit block start (paragraph, heading, cell) rather than
    /// by text directly inside a tight list item.
    explicit: bool,
    /// How many block quotes it stands in: the `>` markers its lines may start with.
    quotes: usize,
}

/// The Markdown lockstep reads: CommonMark with GFM tables, strikethrough, task lists, footnotes
/// and front matter.
pub(crate) const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_TASKLISTS)
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS)
    .union(Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS);

/// Where a paragraph stands in its text, in bytes: what a writer needs to replace it or to put
/// a paragraph beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The start of its first line (where the block markers, `#`, `-`, `>`, indentation, begin).
    pub line_start: usize,
    /// The start of its text.
    pub start: usize,
    /// The end of its text (trailing white space excluded).
    pub end: usize,
}

/// Splits a decoded Markdown (or plain) text into paragraphs.
pub fn segment(text: &str) -> Vec<Paragraph> {
    walk(text, |p, _| p)
}

/// The byte ranges of the top-level blocks of a decoded text (paragraphs, headings, lists,
/// quotes, code blocks, HTML blocks, tables, rules, front matter), in order: what stands between
/// paragraphs is counted in blocks.
pub fn top_blocks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(text, OPTIONS).into_offset_iter() {
        match event {
            Event::Start(_) => {
                if depth == 0 {
                    out.push(range);
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Rule | Event::Html(_) | Event::DisplayMath(_) if depth == 0 => out.push(range),
            _ => {}
        }
    }
    out
}

/// Splits a decoded text into paragraphs, each with its place in `text`.
pub fn segment_with_places(text: &str) -> Vec<(Paragraph, Place)> {
    walk(text, |p, place| (p, place))
}

/// Walks a decoded text's paragraphs in order, keeping of each what `keep` makes of it and its
/// place (every command reads documents through here: the places cost nothing when dropped).
fn walk<T>(text: &str, keep: impl Fn(Paragraph, Place) -> T) -> Vec<T> {
    let line_starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let mut out = Vec::new();
    // Innermost container first: Some(Kind) for a list item or quote.
    let mut containers: Vec<Kind> = Vec::new();
    let mut open: Option<Open> = None;
    // Depth inside blocks whose text is never translated (code, HTML, front matter).
    let mut opaque = 0usize;

    let finish = |open: &mut Option<Open>, out: &mut Vec<T>| {
        if let Some(o) = open.take()
            && let Some((p, place)) = build(text, &line_starts, o, out.len() + 1)
        {
            out.push(keep(p, place));
        }
    };

    for (event, range) in Parser::new_ext(text, OPTIONS).into_offset_iter() {
        if opaque > 0 {
            match event {
                Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) => opaque += 1,
                Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)) => opaque -= 1,
                _ => {}
            }
            continue;
        }
        let container_kind = containers.last().copied().unwrap_or(Kind::Paragraph);
        let quotes = containers.iter().filter(|k| **k == Kind::Quote).count();
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {
                    finish(&mut open, &mut out);
                    open = Some(Open { kind: container_kind, spans: Vec::new(), explicit: true, quotes });
                }
                Tag::Heading { .. } => {
                    finish(&mut open, &mut out);
                    open = Some(Open { kind: Kind::Heading, spans: Vec::new(), explicit: true, quotes });
                }
                Tag::TableCell => {
                    finish(&mut open, &mut out);
                    open = Some(Open { kind: Kind::TableCell, spans: Vec::new(), explicit: true, quotes });
                }
                Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_) => {
                    finish(&mut open, &mut out);
                    opaque = 1;
                }
                Tag::Item => {
                    finish(&mut open, &mut out);
                    containers.push(Kind::ListItem);
                }
                Tag::BlockQuote(_) => {
                    finish(&mut open, &mut out);
                    containers.push(Kind::Quote);
                }
                Tag::FootnoteDefinition(_) => {
                    finish(&mut open, &mut out);
                    containers.push(Kind::Paragraph);
                }
                Tag::List(_)
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition => finish(&mut open, &mut out),
                // Inline containers: emphasis, links, images and the like.
                _ => inline(&mut open, container_kind, quotes, range),
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell => finish(&mut open, &mut out),
                TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition => {
                    finish(&mut open, &mut out);
                    containers.pop();
                }
                TagEnd::List(_)
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::DefinitionList
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition => finish(&mut open, &mut out),
                _ => {}
            },
            Event::Rule | Event::DisplayMath(_) if open.as_ref().is_none_or(|o| !o.explicit) => {
                finish(&mut open, &mut out)
            }
            Event::Html(_) if open.is_none() => {}
            _ => inline(&mut open, container_kind, quotes, range),
        }
    }
    finish(&mut open, &mut out);
    out
}

/// Records an inline event's span, opening an implicit paragraph (text directly inside a tight
/// list item) when none is open.
fn inline(open: &mut Option<Open>, kind: Kind, quotes: usize, range: Range<usize>) {
    open.get_or_insert_with(|| Open { kind, spans: Vec::new(), explicit: false, quotes }).spans.push(range);
}

/// Builds a paragraph from the spans of its inline events: from the first to the last, line by
/// line, each continuation line starting where its first event starts (which drops the
/// container prefixes `>` and indentation).
fn build(text: &str, line_starts: &[usize], open: Open, n: usize) -> Option<(Paragraph, Place)> {
    let start = open.spans.iter().map(|r| r.start).min()?;
    let end = open.spans.iter().map(|r| r.end).max()?;
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset) - 1;
    let first_line = line_of(start);
    let last_line = line_of(end.saturating_sub(1).max(start));
    let mut body = String::with_capacity(end - start);
    for line in first_line..=last_line {
        let line_start = line_starts[line];
        let line_end = line_starts.get(line + 1).map_or(text.len(), |&s| s - 1).min(end);
        // A line that starts inside an inline event (a code span, inline HTML, a link's text or
        // title broken over lines) continues it: its text starts after the container prefixes
        // (`>` and indentation), not at the next event, or the rest of the event would be lost.
        let continued = open.spans.iter().any(|r| r.start < line_start && r.end > line_start);
        let from = if line == first_line {
            start
        } else if continued {
            // Indentation, and a `>` for each block quote the paragraph stands in (a lazy line
            // may have fewer); a `>` beyond them is text.
            // A `>` is a quote marker only after at most three spaces (four make it text).
            let mut rest = &text[line_start..line_end.max(line_start)];
            for _ in 0..open.quotes {
                let indent = rest.len() - rest.trim_start_matches(' ').len();
                match rest[indent..].strip_prefix('>') {
                    Some(after) if indent <= 3 => rest = after.strip_prefix(' ').unwrap_or(after),
                    _ => break,
                }
            }
            line_end.max(line_start) - rest.trim_start().len()
        } else {
            let first_event = open
                .spans
                .iter()
                .map(|r| r.start)
                .filter(|&s| s >= line_start && s < line_end.max(line_start + 1))
                .min();
            match first_event {
                // Keep a backslash escape that precedes the first event.
                Some(s) if s > line_start && text.as_bytes()[s - 1] == b'\\' => s - 1,
                Some(s) => s,
                None => line_start + (text[line_start..line_end].len() - text[line_start..line_end].trim_start().len()),
            }
        };
        if line != first_line {
            body.push('\n');
        }
        if from < line_end {
            body.push_str(&text[from..line_end]);
        }
    }
    let trimmed = body.trim_end();
    if trimmed.trim().is_empty() {
        return None;
    }
    let text_out = trimmed.to_string();
    let end = start.max(text[..end].trim_end().len());
    let place = Place { line_start: line_starts[first_line], start, end };
    Some((Paragraph { n, kind: open.kind, line: first_line + 1, fp: fingerprint(&text_out), text: text_out }, place))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<(Kind, String)> {
        segment(md).into_iter().map(|p| (p.kind, p.text)).collect()
    }

    #[test]
    fn headings_paragraphs_and_tight_list_items() {
        let md = "# Title\n\nSome *text*\nwrapped.\n\n- one\n- two **bold**\n\n1. first\n2. second\n";
        assert_eq!(
            texts(md),
            vec![
                (Kind::Heading, "Title".into()),
                (Kind::Paragraph, "Some *text*\nwrapped.".into()),
                (Kind::ListItem, "one".into()),
                (Kind::ListItem, "two **bold**".into()),
                (Kind::ListItem, "first".into()),
                (Kind::ListItem, "second".into()),
            ]
        );
    }

    #[test]
    fn quotes_lose_their_markers_on_every_line() {
        let md = "> quoted *line*\n> and **more**\n> \\*escaped\n";
        assert_eq!(texts(md), vec![(Kind::Quote, "quoted *line*\nand **more**\n\\*escaped".into())]);
    }

    #[test]
    fn loose_item_with_two_paragraphs_and_nested_list() {
        let md = "- first para\n\n  second para\n- outer\n  - inner\n";
        let got = texts(md);
        assert_eq!(
            got,
            vec![
                (Kind::ListItem, "first para".into()),
                (Kind::ListItem, "second para".into()),
                (Kind::ListItem, "outer".into()),
                (Kind::ListItem, "inner".into()),
            ]
        );
    }

    #[test]
    fn code_html_front_matter_and_rules_are_not_paragraphs() {
        let md = "---\ntitle: x\n---\n\nText\n\n```\ncode\n```\n\n<div>\nhtml\n</div>\n\n***\n\n    indented\n\n[ref]: http://x\n";
        assert_eq!(texts(md), vec![(Kind::Paragraph, "Text".into())]);
    }

    #[test]
    fn table_cells_setext_and_lines() {
        let md = "Title\n=====\n\n| a | b |\n|---|---|\n| c |   |\n";
        let ps = segment(md);
        let got: Vec<_> = ps.iter().map(|p| (p.kind, p.text.as_str(), p.line)).collect();
        assert_eq!(
            got,
            vec![
                (Kind::Heading, "Title", 1),
                (Kind::TableCell, "a", 4),
                (Kind::TableCell, "b", 4),
                (Kind::TableCell, "c", 6),
            ]
        );
        assert_eq!(ps.iter().map(|p| p.n).collect::<Vec<_>>(), vec![1, 2, 3, 4]);
    }

    #[test]
    fn atx_closing_hashes_and_numbers() {
        let ps = segment("## Article 1 ##\n\nTabbed\ttext\n\n\tcode\n");
        assert_eq!(ps[0].text, "Article 1");
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[1].text, "Tabbed\ttext");
        assert_eq!(ps[0].line, 1);
    }

    #[test]
    fn rewrapping_keeps_the_fingerprint() {
        let a = segment("one two\nthree   four\n");
        let b = segment("one\ntwo three four");
        assert_eq!(a[0].fp, b[0].fp);
        assert_ne!(a[0].fp, fingerprint("one two three five"));
    }

    #[test]
    fn a_gt_after_four_spaces_is_text_not_a_quote_marker() {
        let t = |md: &str| texts(md).into_iter().map(|(_, t)| t).collect::<Vec<_>>();
        assert_eq!(t("> a `b\n    > c` d\n"), ["a `b\n> c` d"]);
        assert_eq!(t("> a <span\n    >x</span> d\n"), ["a <span\n>x</span> d"]);
    }

    #[test]
    fn inline_constructs_broken_over_lines_keep_their_text() {
        let md = "Use `cargo\nfuzz build` for it.\n\n\
                  > Quote `a\n> b c` end, <span\n> class=\"x\">y</span> [link\n> text](http://x \"a\n> title\") z\n\n\
                  - item `one\n  two` three <http://example.com/a>\n\n\
                  A note[^n] and **bold\ntext** and a hard  \nbreak.\n\n[^n]: The note `with\n    code`.\n";
        assert_eq!(
            texts(md).into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            [
                "Use `cargo\nfuzz build` for it.",
                "Quote `a\nb c` end, <span\nclass=\"x\">y</span> [link\ntext](http://x \"a\ntitle\") z",
                "item `one\ntwo` three <http://example.com/a>",
                "A note[^n] and **bold\ntext** and a hard  \nbreak.",
                "The note `with\ncode`.",
            ]
        );
        // An edit inside the part of a code span on its second line is seen.
        let edited = segment(&md.replace("fuzz build", "fuzz run"));
        assert_ne!(edited[0].fp, segment(md)[0].fp);
    }

    /// The characters CommonMark gives the inline content of a document (its text, code, inline
    /// HTML and footnote reference events, outside code and HTML blocks and front matter), in
    /// order, white space left out.
    fn inline_chars(md: &str) -> Vec<char> {
        let mut out = Vec::new();
        let mut opaque = 0usize;
        for event in Parser::new_ext(md, OPTIONS) {
            match event {
                Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) => opaque += 1,
                Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)) => opaque -= 1,
                Event::Text(t)
                | Event::Code(t)
                | Event::InlineHtml(t)
                | Event::Html(t)
                | Event::FootnoteReference(t)
                    if opaque == 0 =>
                {
                    out.extend(t.chars().filter(|c| !c.is_whitespace()))
                }
                _ => {}
            }
        }
        out
    }

    /// Whether `needle` is a subsequence of `hay`.
    fn is_subsequence(needle: &[char], hay: &[char]) -> bool {
        let mut hay = hay.iter();
        needle.iter().all(|c| hay.any(|h| h == c))
    }

    /// `md` with every paragraph outside containers re-wrapped at `width` columns, never moving to
    /// the start of a line a word that could start a block there.
    fn rewrap(md: &str, width: usize) -> String {
        let mut ranges = Vec::new();
        let mut depth = 0usize;
        for (event, range) in Parser::new_ext(md, OPTIONS).into_offset_iter() {
            match event {
                Event::Start(Tag::Paragraph) if depth == 0 => ranges.push(range),
                Event::Start(Tag::Paragraph) => {}
                Event::Start(tag) if !matches!(tag, Tag::Heading { .. }) && tag_is_block(&tag) => depth += 1,
                Event::End(end) if !matches!(end, TagEnd::Paragraph | TagEnd::Heading(_)) && end_is_block(&end) => {
                    depth -= 1
                }
                _ => {}
            }
        }
        let starts_block = |w: &str| {
            w.starts_with(['-', '+', '*', '#', '>', '=', '|', '<', '~', '`', '[', ':', '_'])
                || w.starts_with(|c: char| c.is_ascii_digit())
        };
        let mut out = md.to_string();
        for range in ranges.into_iter().rev() {
            let mut lines: Vec<String> = Vec::new();
            for word in md[range.clone()].split_whitespace() {
                match lines.last_mut() {
                    Some(line) if line.len() + 1 + word.len() <= width || starts_block(word) => {
                        line.push(' ');
                        line.push_str(word);
                    }
                    _ => lines.push(word.to_string()),
                }
            }
            let end = if md[range.clone()].ends_with('\n') { "\n" } else { "" };
            out.replace_range(range, &format!("{}{end}", lines.join("\n")));
        }
        out
    }

    fn tag_is_block(tag: &Tag) -> bool {
        matches!(
            tag,
            Tag::Item
                | Tag::List(_)
                | Tag::BlockQuote(_)
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell
                | Tag::FootnoteDefinition(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::MetadataBlock(_)
        )
    }

    fn end_is_block(end: &TagEnd) -> bool {
        matches!(
            end,
            TagEnd::Item
                | TagEnd::List(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::TableCell
                | TagEnd::FootnoteDefinition
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::MetadataBlock(_)
        )
    }

    #[test]
    fn rewrapping_real_markdown_changes_no_fingerprint() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for file in [
            "README.md",
            "ARCHITECTURE.md",
            "locales/README.md",
            "examples/udhr/README.md",
            "tests/fixtures/align/README.md",
            "tests/fixtures/commonmark/spec.txt",
        ] {
            let md = std::fs::read_to_string(root.join(file)).unwrap();
            let before: Vec<u64> = segment(&md).iter().map(|p| p.fp).collect();
            for width in [60, 20] {
                let wrapped = rewrap(&md, width);
                assert_ne!(wrapped, md, "{file}: nothing was re-wrapped");
                let after: Vec<u64> = segment(&wrapped).iter().map(|p| p.fp).collect();
                let changed = before.iter().zip(&after).filter(|(a, b)| a != b).count();
                assert_eq!((before.len(), changed), (after.len(), 0), "{file} re-wrapped at {width} columns");
            }
        }
    }

    proptest::proptest! {
        /// No text is lost: every character of the inline content, as CommonMark reads it, is in
        /// the paragraphs, in order.
        #[test]
        fn paragraphs_hold_every_character_of_the_inline_content(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "word", "Всеки", "Όλοι", "é", " ", "  ", "\n", "\n\n", "\t", "`", "``", "*", "**", "_", "~~",
                "[", "]", "(", ")", "<", ">", "> ", "- ", "1. ", "# ", "\\", "!", "|", "---", "    ",
                "<span>", "</span>", "<a\nhref=\"x\">", "<http://x.y/z>", "[^1]", "\n[^1]: ", "\"", "'", ":",
                "  \n", "[t](u \"v\nw\")", "![i](j)", "\n| a | b |\n|---|---|\n| c | d |\n", "```\n",
            ][..]), 0..40)
        ) {
            let md: String = pieces.concat();
            let paragraphs: Vec<char> = segment(&md).iter().flat_map(|p| p.text.chars().collect::<Vec<_>>()).collect();
            let inline = inline_chars(&md);
            proptest::prop_assert!(is_subsequence(&inline, &paragraphs), "{md:?}: {:?}", segment(&md));
        }
    }
}
