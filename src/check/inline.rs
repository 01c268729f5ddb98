//! A paragraph's inline Markdown, read once for the checks: its prose (what a person reads,
//! with code, URLs and markup taken out) mapped back to the paragraph's text, and what must
//! survive translation unchanged (inline code, link and image targets) or in equal numbers
//! (links, images, emphasis, footnote references).

use pulldown_cmark::{BrokenLink, CowStr, Event, LinkType, Options, Parser, Tag};

/// Stands in the prose for what is not prose (a code span, a URL, inline HTML, a footnote
/// reference): one byte, so offsets map one to one; neither a letter, a space nor punctuation.
pub const HOLE: char = '\u{1a}';

/// A document's link reference definitions: label (as [`label_key`] makes it) → target.
pub type Definitions = std::collections::HashMap<String, String>;

/// A reference label as CommonMark matches it: case folded, white space collapsed.
pub fn label_key(label: &str) -> String {
    label.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The link reference definitions of a whole document (`[label]: target`).
pub fn definitions(document: &str) -> Definitions {
    if !document.contains("]:") {
        return Definitions::new();
    }
    let parser = Parser::new_ext(document, crate::segment::OPTIONS);
    parser.reference_definitions().iter().map(|(label, def)| (label_key(label), def.dest.to_string())).collect()
}

/// One run of prose and where it comes from in the paragraph's text.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// Start in the prose.
    prose: usize,
    /// Start in the paragraph's text.
    text: usize,
    /// Whether the prose is the text byte for byte (else every offset maps to `text`).
    exact: bool,
}

/// A paragraph's inline content, as the checks read it.
#[derive(Debug, Clone, Default)]
pub struct Inline {
    /// The prose: text events joined, line breaks as spaces, code and URLs as [`HOLE`]s.
    pub prose: String,
    pieces: Vec<Piece>,
    /// Inline code spans: (content, offset in the text).
    pub code: Vec<(String, usize)>,
    /// Link and image targets and URLs written out: (URL, offset in the text). Links to a place
    /// in the same page (`#…`) are not listed: they follow translated headings.
    pub urls: Vec<(String, usize)>,
    /// Links (autolinks included).
    pub links: usize,
    /// Images.
    pub images: usize,
    /// Emphasis (`*a*`) and strong emphasis (`**a**`), counted together.
    pub emphasis: usize,
    /// Footnote references, by label.
    pub footnotes: Vec<String>,
}

impl Inline {
    /// Reads a paragraph's inline Markdown (the text of a [`crate::segment::Paragraph`]); a
    /// reference (`[text][label]`, `[label]`) is a link to the target its document defines for
    /// the label in `definitions`, or to the label itself.
    pub fn read(text: &str, definitions: &Definitions) -> Inline {
        let mut out = Inline::default();
        let mut callback = |link: BrokenLink| -> Option<(CowStr, CowStr)> {
            let target = definitions.get(&label_key(&link.reference)).cloned();
            Some((target.unwrap_or_else(|| format!("[{}]", link.reference)).into(), "".into()))
        };
        // The text alone would read as a block where it starts like one (`1. Intro` of a
        // heading, `- x` of a table cell): a character before it keeps it a paragraph, and every
        // offset is one less.
        let pad = usize::from(text.starts_with(|c: char| {
            c.is_ascii_digit() || matches!(c, '-' | '+' | '*' | '#' | '>' | '=' | '|' | '`' | '~' | ' ' | '\t' | '<')
        }));
        let padded;
        let source = if pad == 1 {
            padded = format!("{HOLE}{text}");
            padded.as_str()
        } else {
            text
        };
        let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
        let parser = Parser::new_with_broken_link_callback(source, options, Some(&mut callback));
        // Inside an autolink, whose text is its URL.
        let mut autolink = 0usize;
        for (event, range) in parser.into_offset_iter() {
            let mut range = range.start.saturating_sub(pad)..range.end.saturating_sub(pad);
            match event {
                Event::Text(t) if autolink == 0 => {
                    // The padding character is no text.
                    let t = if pad == 1 && range.start == 0 && t.starts_with(HOLE) {
                        range.end = range.end.max(1);
                        CowStr::from(t[1..].to_string())
                    } else {
                        t
                    };
                    out.push(&t, range.start, text.get(range.clone()) == Some(&*t))
                }
                Event::Text(_) => {}
                Event::Code(c) => {
                    out.code.push((c.to_string(), range.start));
                    out.hole(range.start);
                }
                Event::SoftBreak => out.push(" ", range.start, false),
                Event::HardBreak => out.push("\n", range.start, false),
                Event::FootnoteReference(label) => {
                    out.footnotes.push(label.to_string());
                    out.hole(range.start);
                }
                Event::Html(_) | Event::InlineHtml(_) | Event::InlineMath(_) | Event::DisplayMath(_) => {
                    out.hole(range.start)
                }
                Event::Start(Tag::Link { link_type, dest_url, .. }) => {
                    out.links += 1;
                    if matches!(link_type, LinkType::Autolink | LinkType::Email) {
                        autolink += 1;
                        out.hole(range.start);
                    }
                    if !dest_url.starts_with('#') && !dest_url.is_empty() {
                        out.urls.push((dest_url.to_string(), range.start));
                    }
                }
                Event::End(pulldown_cmark::TagEnd::Link) if autolink > 0 => autolink -= 1,
                Event::Start(Tag::Image { dest_url, .. }) => {
                    out.images += 1;
                    out.urls.push((dest_url.to_string(), range.start));
                }
                Event::Start(Tag::Emphasis | Tag::Strong) => out.emphasis += 1,
                _ => {}
            }
        }
        out.take_bare_urls();
        out.take_footnote_references();
        out
    }

    /// Footnote references whose definition is elsewhere in the document (`[^1]`), which the
    /// parser of one paragraph leaves as text: listed, and blanked out of the prose.
    fn take_footnote_references(&mut self) {
        let mut from = 0;
        while let Some(k) = self.prose[from..].find("[^") {
            let start = from + k;
            let label_end = self.prose[start + 2..].find(|c: char| c == ']' || c.is_whitespace() || c == '[');
            match label_end {
                Some(e) if e > 0 && self.prose[start + 2 + e..].starts_with(']') => {
                    let end = start + 2 + e + 1;
                    self.footnotes.push(self.prose[start + 2..end - 1].to_string());
                    let blank = "\u{1a}".repeat(end - start);
                    self.prose.replace_range(start..end, &blank);
                    from = end;
                }
                _ => from = start + 2,
            }
        }
    }

    fn push(&mut self, s: &str, at: usize, exact: bool) {
        self.pieces.push(Piece { prose: self.prose.len(), text: at, exact });
        self.prose.push_str(s);
    }

    fn hole(&mut self, at: usize) {
        let mut buf = [0u8; 4];
        self.push(HOLE.encode_utf8(&mut buf), at, false);
    }

    /// URLs and e-mail addresses written in the prose: listed, and blanked out of it.
    fn take_bare_urls(&mut self) {
        let mut found = Vec::new();
        for (start, end) in crate::text::urls::find(&self.prose, HOLE) {
            found.push((self.prose[start..end].to_string(), self.at(start)));
            // Same length, so that the map still holds.
            let blank = "\u{1a}".repeat(end - start);
            self.prose.replace_range(start..end, &blank);
        }
        self.urls.extend(found);
    }

    /// The offset in the paragraph's text of an offset in the prose.
    pub fn at(&self, prose: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.prose <= prose).saturating_sub(1);
        match self.pieces.get(i) {
            Some(p) if p.exact => p.text + (prose - p.prose),
            Some(p) => p.text,
            None => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_without_code_urls_and_markup() {
        let text = "See *the* [site](https://a.org/x) and `cfg` at www.b.com/y.\nNext [^1] line <b>x</b>.";
        let i = Inline::read(text, &Definitions::new());
        assert_eq!(i.links, 1);
        assert_eq!(i.emphasis, 1);
        assert_eq!(i.code, vec![("cfg".to_string(), 38)]);
        assert_eq!(i.footnotes, vec!["1".to_string()]);
        let urls: Vec<&str> = i.urls.iter().map(|(u, _)| u.as_str()).collect();
        assert_eq!(urls, vec!["https://a.org/x", "www.b.com/y"]);
        assert!(!i.prose.contains("www"), "{}", i.prose);
        // "line" maps back to its place in the text.
        let p = i.prose.find("line").unwrap();
        assert_eq!(&text[i.at(p)..i.at(p) + 4], "line");
        // An address and an autolink.
        let j = Inline::read("Write to <info@x.org> or a.b@c.org, see <https://x.org>.", &Definitions::new());
        assert_eq!(j.links, 2);
        let urls: Vec<&str> = j.urls.iter().map(|(u, _)| u.as_str()).collect();
        assert!(urls.contains(&"a.b@c.org") && urls.contains(&"https://x.org"), "{urls:?}");
    }

    #[test]
    fn reference_links_keep_their_label_and_anchors_are_not_urls() {
        let i = Inline::read("The [UN][un] and [below](#art-1).", &Definitions::new());
        assert_eq!(i.links, 2);
        assert_eq!(i.urls.len(), 1);
        assert_eq!(i.urls[0].0, "[un]");
        let defs = definitions("x\n\n[The  UN]: https://un.org\n");
        let i = Inline::read("The [the un] and [ОН][The UN].", &defs);
        let urls: Vec<&str> = i.urls.iter().map(|(u, _)| u.as_str()).collect();
        assert_eq!(urls, vec!["https://un.org", "https://un.org"]);
    }

    #[test]
    fn a_text_that_starts_like_a_block_is_still_prose() {
        for text in ["1. Intro in 1948", "- a list? no", "# 25. член", "> not a quote"] {
            let i = Inline::read(text, &Definitions::new());
            assert_eq!(i.prose, text, "{text}");
            let p = i.prose.len() - 2;
            assert_eq!(i.at(p), p, "{text}");
        }
    }
}
