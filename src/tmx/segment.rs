//! Segments: the content of a `<seg>` brought to the canonical form (see the module docs of `tmx`)
//! and its plain text. [`SegBuilder`] takes XML events, from the reader or from
//! [`parse_fragment`] (a segment given as a string), and makes inline markup valid on the way.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};

use super::escape::{
    clean_char, escape_char_into, escape_into, for_each_attr, is_name, push_chars, resolve_ref, xml_fail,
};
use super::{Fail, TmxErrorKind, XmlProblem, XmlReader};

/// An inline element of TMX 1.4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inline {
    Bpt,
    Ept,
    It,
    Ph,
    Hi,
    Sub,
    Ut,
}

/// The attributes of inline elements, by index into an attribute array.
const ATTR_NAMES: [&str; 6] = ["i", "x", "type", "pos", "assoc", "datatype"];
const A_I: usize = 0;
const A_X: usize = 1;
const A_TYPE: usize = 2;
const A_POS: usize = 3;
const A_ASSOC: usize = 4;
const A_DATATYPE: usize = 5;

type InlineAttrs<'a> = [Option<Cow<'a, str>>; 6];

impl Inline {
    fn from_name(name: &str) -> Option<Inline> {
        const ALL: [Inline; 7] =
            [Inline::Bpt, Inline::Ept, Inline::It, Inline::Ph, Inline::Hi, Inline::Sub, Inline::Ut];
        ALL.into_iter().find(|i| i.name().eq_ignore_ascii_case(name))
    }

    fn name(self) -> &'static str {
        match self {
            Inline::Bpt => "bpt",
            Inline::Ept => "ept",
            Inline::It => "it",
            Inline::Ph => "ph",
            Inline::Hi => "hi",
            Inline::Sub => "sub",
            Inline::Ut => "ut",
        }
    }

    /// Whether the element holds native code (whose text is not the segment's text).
    fn is_code(self) -> bool {
        !matches!(self, Inline::Hi | Inline::Sub)
    }

    /// The attributes the DTD allows, in its order.
    fn attrs(self) -> &'static [usize] {
        match self {
            Inline::Bpt => &[A_I, A_X, A_TYPE],
            Inline::Ept => &[A_I],
            Inline::It => &[A_POS, A_X, A_TYPE],
            Inline::Ph => &[A_X, A_ASSOC, A_TYPE],
            Inline::Hi => &[A_X, A_TYPE],
            Inline::Sub => &[A_DATATYPE, A_TYPE],
            Inline::Ut => &[A_X],
        }
    }

    /// Whether the DTD allows this element in `parent` (`None`: directly in `<seg>`).
    fn allowed_in(self, parent: Option<Inline>) -> bool {
        match parent {
            None | Some(Inline::Hi | Inline::Sub) => self != Inline::Sub,
            Some(_) => self == Inline::Sub,
        }
    }
}

/// An open element inside a segment: the element written for it (`None` when unwrapped), and
/// whether text in it is the segment's text (not native code).
#[derive(Debug, Clone, Copy)]
struct Frame {
    kept: Option<Inline>,
    visible: bool,
}

/// Builds the canonical form and the plain text of a segment from XML events.
#[derive(Debug, Default)]
pub(super) struct SegBuilder {
    pub(super) seg: String,
    text: String,
    scratch: String,
    frames: Vec<Frame>,
    /// A start tag was written without its `>`: it becomes `/>` if nothing follows before its end.
    open: bool,
    /// Whether to build `text` (the writer needs only `seg`).
    pub(super) with_text: bool,
}

impl SegBuilder {
    pub(super) fn clear(&mut self) {
        self.seg.clear();
        self.text.clear();
        self.frames.clear();
        self.open = false;
    }

    pub(super) fn depth(&self) -> usize {
        self.frames.len()
    }

    fn visible(&self) -> bool {
        self.frames.last().is_none_or(|f| f.visible)
    }

    fn close_open(&mut self) {
        if self.open {
            self.seg.push('>');
            self.open = false;
        }
    }

    fn start(&mut self, name: &str, attrs: &InlineAttrs<'_>) {
        let parent = self.frames.iter().rev().find_map(|f| f.kept);
        let found = Inline::from_name(name);
        let visible = match found {
            Some(Inline::Sub) => true,
            Some(i) if i.is_code() => false,
            _ => self.visible(),
        };
        let mut pos = None;
        let kind = match found {
            Some(Inline::Bpt | Inline::Ept) if attrs[A_I].is_none() => Some(Inline::Ph),
            Some(Inline::It) => {
                pos = match attrs[A_POS].as_deref().map(str::trim) {
                    Some(p) if p.eq_ignore_ascii_case("begin") => Some("begin"),
                    Some(p) if p.eq_ignore_ascii_case("end") => Some("end"),
                    _ => None,
                };
                Some(if pos.is_some() { Inline::It } else { Inline::Ph })
            }
            other => other,
        };
        let kept = kind.filter(|k| k.allowed_in(parent));
        if let Some(k) = kept {
            self.close_open();
            self.seg.push('<');
            self.seg.push_str(k.name());
            for &a in k.attrs() {
                let value = if a == A_POS { pos } else { attrs[a].as_deref() };
                if let Some(v) = value {
                    self.seg.push(' ');
                    self.seg.push_str(ATTR_NAMES[a]);
                    self.seg.push_str("=\"");
                    escape_into(&mut self.seg, v, true);
                    self.seg.push('"');
                }
            }
            self.open = true;
        }
        self.frames.push(Frame { kept, visible });
    }

    pub(super) fn end(&mut self) {
        if let Some(Frame { kept: Some(k), .. }) = self.frames.pop() {
            if self.open {
                self.seg.push_str("/>");
                self.open = false;
            } else {
                self.seg.push_str("</");
                self.seg.push_str(k.name());
                self.seg.push('>');
            }
        }
    }

    /// Character data as it stands in the file (a text event or CDATA content).
    pub(super) fn chars(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        self.close_open();
        self.seg.reserve(s.len() + s.len() / 8);
        if self.with_text && self.visible() {
            let start = self.text.len();
            self.text.reserve(s.len());
            push_chars(&mut self.text, s);
            escape_into(&mut self.seg, &self.text[start..], false);
        } else {
            self.scratch.clear();
            push_chars(&mut self.scratch, s);
            escape_into(&mut self.seg, &self.scratch, false);
        }
    }

    /// A character from a reference.
    pub(super) fn char(&mut self, c: char) {
        self.close_open();
        if self.with_text && self.visible() {
            self.text.push(clean_char(c));
        }
        escape_char_into(&mut self.seg, c);
    }

    pub(super) fn take(&mut self) -> (String, String) {
        self.frames.clear();
        self.open = false;
        (std::mem::take(&mut self.seg), std::mem::take(&mut self.text))
    }
}

/// Feeds the start of an inline element to `seg`.
pub(super) fn inline_start(seg: &mut SegBuilder, e: &BytesStart<'_>, at: u64) -> Result<(), Fail> {
    let mut attrs: InlineAttrs<'_> = Default::default();
    for_each_attr(e, at, |key, value, _| {
        if let Some(a) = ATTR_NAMES.iter().position(|n| n.eq_ignore_ascii_case(key)) {
            attrs[a] = Some(value);
        }
    })?;
    seg.start(e.name().into_inner(), &attrs);
    Ok(())
}

/// Brings the content of a `<seg>` (a fragment) to the canonical form through `b`; the offsets
/// of errors are in `fragment`.
pub(super) fn parse_fragment(b: &mut SegBuilder, fragment: &str) -> Result<(), Fail> {
    let mut r = XmlReader::from_str(fragment);
    loop {
        let at = r.buffer_position();
        let event = match r.read_event() {
            Ok(event) => event,
            Err(e) => {
                let position = r.error_position();
                return Err(xml_fail(e, position, at, |err| (TmxErrorKind::Io(err.kind()), at)));
            }
        };
        match event {
            Event::Start(e) | Event::Empty(e) if !is_name(e.name().into_inner()) => {
                return Err((TmxErrorKind::Malformed(XmlProblem::BadName), at + 1));
            }
            Event::Start(e) => inline_start(b, &e, at)?,
            Event::Empty(e) => {
                inline_start(b, &e, at)?;
                b.end();
            }
            Event::End(_) => b.end(),
            Event::Text(t) => b.chars(&t),
            Event::CData(t) => b.chars(&t),
            Event::GeneralRef(r) => b.char(resolve_ref(&r).map_err(|k| (k, at))?),
            Event::Comment(_) | Event::PI(_) => {}
            Event::Decl(_) | Event::DocType(_) => {
                return Err((TmxErrorKind::Malformed(XmlProblem::InvalidMarkup), at));
            }
            Event::Eof => break,
        }
    }
    if b.depth() > 0 {
        return Err((TmxErrorKind::Malformed(XmlProblem::UnexpectedEof), fragment.len() as u64));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::tmx::Tuv;
    use crate::tmx::test_support::{fixture, read_all, variant};

    #[test]
    fn keeps_inline_markup_and_extracts_the_plain_text() {
        let (_, tus) = read_all(&fixture("multilingual.tmx")).unwrap();
        let en = variant(&tus[1], "en");
        assert_eq!(
            en.seg,
            "They are <bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>endowed<ept i=\"1\">&lt;/b&gt;</ept> with \
             <hi type=\"emphasis\">reason</hi> and conscience<ph x=\"2\" type=\"fnote\">&lt;sup&gt;\
             <sub type=\"fnote\">1</sub>&lt;/sup&gt;</ph>."
        );
        assert_eq!(en.text, "They are endowed with reason and conscience1.");
        assert_eq!(variant(&tus[1], "bg").text, "Те са надарени с разум и съвест1.");

        let en = variant(&tus[2], "en");
        assert_eq!(
            en.seg,
            "<it pos=\"begin\" x=\"3\" type=\"italic\">&lt;i&gt;</it>Everyone has the right<ut>{\\b0}</ut> \
             to life<ph/>, liberty and security of person."
        );
        assert_eq!(en.text, "Everyone has the right to life, liberty and security of person.");
    }

    #[test]
    fn segments_are_brought_to_one_canonical_form() {
        let cases = [
            ("plain", "plain", "plain"),
            ("<ph></ph>", "<ph/>", ""),
            (
                "<ph x='1' type=\"a\" assoc=\"p\" foo=\"bar\">code</ph>",
                "<ph x=\"1\" assoc=\"p\" type=\"a\">code</ph>",
                "",
            ),
            (
                "<BPT I=\"1\">&lt;b></BPT>b<EPT I=\"1\">&lt;/b></EPT>",
                "<bpt i=\"1\">&lt;b&gt;</bpt>b<ept i=\"1\">&lt;/b&gt;</ept>",
                "b",
            ),
            ("<bpt>{b}</bpt>x<ept>{/b}</ept>", "<ph>{b}</ph>x<ph>{/b}</ph>", "x"),
            (
                "<it pos=\"Begin\">a</it><it>b</it><it pos=\"middle\" x=\"2\">c</it>",
                "<it pos=\"begin\">a</it><ph>b</ph><ph x=\"2\">c</ph>",
                "",
            ),
            ("<g id=\"1\">bold <x id=\"2\"/>text</g>", "bold text", "bold text"),
            ("<sub>not in seg</sub>", "not in seg", "not in seg"),
            ("<hi><sub>a</sub></hi>", "<hi>a</hi>", "a"),
            ("<bpt i=\"1\"><ph>x</ph><hi>y</hi></bpt>", "<bpt i=\"1\">xy</bpt>", ""),
            ("<ph>a<sub>alt <hi>t</hi></sub>b</ph>", "<ph>a<sub>alt <hi>t</hi></sub>b</ph>", "alt t"),
            ("x<!-- c --><?pi?><![CDATA[<y>]]>&apos;&quot;&#65;&#x416;", "x&lt;y&gt;'\"AЖ", "x<y>'\"AЖ"),
            ("<hi x=\"a&amp;b&quot;c\">t</hi>", "<hi x=\"a&amp;b&quot;c\">t</hi>", "t"),
            ("<hi><ph/>", "", ""),
            ("a</ph>", "", ""),
            ("a &bogus; b", "", ""),
            ("<?xml version=\"1.0\"?>a", "", ""),
        ];
        for (input, seg, text) in cases {
            match Tuv::from_seg("en", input) {
                Ok(v) => {
                    assert_eq!((v.seg.as_str(), v.text.as_str()), (seg, text), "{input}");
                    let again = Tuv::from_seg("en", &v.seg).unwrap();
                    assert_eq!((again.seg, again.text), (v.seg, v.text), "idempotent: {input}");
                }
                Err(e) => assert!(seg.is_empty(), "{input}: {e}"),
            }
        }
        let err = Tuv::from_seg("en", "line\n<ph>x</hi>").unwrap_err();
        assert_eq!((err.line, err.col), (2, 6));
    }
}
