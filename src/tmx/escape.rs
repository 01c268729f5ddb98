//! Characters and escaping: the characters XML 1.0 forbids, escaping text and attribute values for
//! output, line ends and references on input, attributes and quick-xml's errors as this module's
//! [`Fail`]s, and the line and column of a byte offset.

use std::borrow::Cow;
use std::io;

use quick_xml::events::BytesStart;

use super::{Fail, TmxErrorKind, XmlProblem};

/// A table of the bytes that need a look: control characters XML 1.0 forbids, 0xEF (the first
/// byte of U+FFFE and U+FFFF, which it forbids too), and `extra`.
const fn care(extra: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = !matches!(b as u8, b'\t' | b'\n' | b'\r');
        b += 1;
    }
    t[0xEF] = true;
    let mut i = 0;
    while i < extra.len() {
        t[extra[i] as usize] = true;
        i += 1;
    }
    t
}

/// Escaping text content.
static TEXT_OUT: [bool; 256] = care(b"&<>\r");
/// Escaping an attribute value.
static ATTR_OUT: [bool; 256] = care(b"&<>\"\r\n\t");
/// Reading character data (line ends to normalize).
static CHARS_IN: [bool; 256] = care(b"\r");
/// Reading an attribute value (references, white space to normalize).
static ATTR_IN: [bool; 256] = care(b"&<\r\n\t");

/// The length in bytes of a character XML 1.0 forbids at `bytes[i]`, or 0.
pub(super) fn illegal_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b'\t' | b'\n' | b'\r' => 0,
        b if b < 0x20 => 1,
        0xEF if bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) => 3,
        _ => 0,
    }
}

/// `c`, or U+FFFD if XML 1.0 forbids it.
pub(super) fn clean_char(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}' => c,
        _ => '\u{FFFD}',
    }
}

/// Whether no byte of `bytes` is a control character, 0xEF or one of `extra`: a test that the
/// compiler vectorizes (32 bytes at a time), so that clean text, the common case, is copied whole.
pub(super) fn is_clean(bytes: &[u8], extra: &[u8; 3]) -> bool {
    bytes.chunks(32).all(|chunk| {
        !chunk.iter().fold(false, |dirty, &b| {
            dirty | (b < 0x20) | (b == 0xEF) | (b == extra[0]) | (b == extra[1]) | (b == extra[2])
        })
    })
}

/// Appends `s` escaped as XML text (`attr` false) or as a double-quoted attribute value.
pub(super) fn escape_into(out: &mut String, s: &str, attr: bool) {
    let table = if attr { &ATTR_OUT } else { &TEXT_OUT };
    let bytes = s.as_bytes();
    if !attr && is_clean(bytes, b"&<>") {
        out.push_str(s);
        return;
    }
    let (mut run, mut i) = (0, 0);
    while i < bytes.len() {
        if !table[bytes[i] as usize] {
            i += 1;
            continue;
        }
        let (replacement, len) = match bytes[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\r' => ("&#13;", 1),
            b'\n' => ("&#10;", 1),
            b'\t' => ("&#9;", 1),
            _ => match illegal_len(bytes, i) {
                0 => {
                    i += 1;
                    continue;
                }
                n => ("\u{FFFD}", n),
            },
        };
        out.push_str(&s[run..i]);
        out.push_str(replacement);
        i += len;
        run = i;
    }
    out.push_str(&s[run..]);
}

/// Appends one character (from a reference) escaped as XML text.
pub(super) fn escape_char_into(out: &mut String, c: char) {
    match clean_char(c) {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '\r' => out.push_str("&#13;"),
        c => out.push(c),
    }
}

/// Appends XML character data as plain text: line ends normalized to `\n`, forbidden characters
/// replaced by U+FFFD.
pub(super) fn push_chars(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    if is_clean(bytes, b"\0\0\0") {
        out.push_str(s);
        return;
    }
    let (mut run, mut i) = (0, 0);
    while i < bytes.len() {
        if !CHARS_IN[bytes[i] as usize] {
            i += 1;
            continue;
        }
        if bytes[i] == b'\r' {
            out.push_str(&s[run..i]);
            out.push('\n');
            i += if bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            run = i;
            continue;
        }
        match illegal_len(bytes, i) {
            0 => i += 1,
            n => {
                out.push_str(&s[run..i]);
                out.push('\u{FFFD}');
                i += n;
                run = i;
            }
        }
    }
    out.push_str(&s[run..]);
}

/// The character an entity or character reference stands for (`name` is what stands between `&`
/// and `;`).
pub(super) fn resolve_ref(name: &str) -> Result<char, TmxErrorKind> {
    match name {
        "lt" => Ok('<'),
        "gt" => Ok('>'),
        "amp" => Ok('&'),
        "apos" => Ok('\''),
        "quot" => Ok('"'),
        _ => {
            let Some(number) = name.strip_prefix('#') else {
                return Err(TmxErrorKind::UnknownEntity(name.to_owned()));
            };
            let code = match number.strip_prefix('x') {
                Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                    u32::from_str_radix(hex, 16).ok()
                }
                None if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => number.parse().ok(),
                _ => None,
            };
            code.and_then(char::from_u32).ok_or_else(|| TmxErrorKind::BadCharRef(name.to_owned()))
        }
    }
}

/// An attribute value as the application sees it: references resolved, tabs and line ends
/// turned into spaces (XML's attribute-value normalization). `at` is the stream offset of `v`.
fn unescape_attr(v: &str, at: u64) -> Result<Cow<'_, str>, Fail> {
    let bytes = v.as_bytes();
    let Some(first) = bytes.iter().position(|&b| ATTR_IN[b as usize]) else {
        return Ok(Cow::Borrowed(v));
    };
    let mut out = String::with_capacity(v.len());
    let (mut run, mut i) = (0, first);
    while i < bytes.len() {
        if !ATTR_IN[bytes[i] as usize] {
            i += 1;
            continue;
        }
        out.push_str(&v[run..i]);
        match bytes[i] {
            b'&' => {
                let fail = || (TmxErrorKind::Malformed(XmlProblem::UnclosedReference), at + i as u64);
                let semi = v[i + 1..].find(';').ok_or_else(fail)?;
                let c = resolve_ref(&v[i + 1..i + 1 + semi]).map_err(|k| (k, at + i as u64))?;
                out.push(clean_char(c));
                i += semi + 2;
            }
            b'<' => return Err((TmxErrorKind::Malformed(XmlProblem::LtInAttribute), at + i as u64)),
            b'\r' => {
                out.push(' ');
                i += if bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            }
            b'\n' | b'\t' => {
                out.push(' ');
                i += 1;
            }
            _ => match illegal_len(bytes, i) {
                0 => {
                    // 0xEF starting an allowed character: part of the run.
                    i += 1;
                    run = i - 1;
                    continue;
                }
                n => {
                    out.push('\u{FFFD}');
                    i += n;
                }
            },
        }
        run = i;
    }
    out.push_str(&v[run..]);
    Ok(Cow::Owned(out))
}

/// Whether `name` can start an XML name (a tag like `< b>` or `<1>` cannot).
pub(super) fn is_name(name: &str) -> bool {
    name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80)
}

/// Calls `f` with each attribute of `e` as (name, value with references resolved, stream offset
/// of the value). `at` is the stream offset of the tag's `<`.
pub(super) fn for_each_attr<'a>(
    e: &'a BytesStart<'_>,
    at: u64,
    mut f: impl FnMut(&'a str, Cow<'a, str>, u64),
) -> Result<(), Fail> {
    let content: &str = e;
    for attr in e.attributes() {
        let attr = attr.map_err(|err| attr_fail(&err, at))?;
        let key = attr.key.into_inner();
        match attr.value {
            Cow::Borrowed(v) => {
                let offset = (v.as_ptr() as usize).wrapping_sub(content.as_ptr() as usize);
                let vat = if offset <= content.len() { at + 1 + offset as u64 } else { at };
                f(key, unescape_attr(v, vat)?, vat);
            }
            Cow::Owned(v) => f(key, Cow::Owned(unescape_attr(&v, at)?.into_owned()), at),
        }
    }
    Ok(())
}

fn attr_fail(err: &quick_xml::events::attributes::AttrError, at: u64) -> Fail {
    use quick_xml::events::attributes::AttrError;
    let (problem, pos) = match *err {
        AttrError::ExpectedEq(p) | AttrError::ExpectedValue(p) | AttrError::UnquotedValue(p) => {
            (XmlProblem::BadAttribute, p)
        }
        AttrError::ExpectedQuote(p, _) => (XmlProblem::UnclosedAttributeValue, p),
        AttrError::Duplicated(p, _) => (XmlProblem::DuplicateAttribute, p),
    };
    (TmxErrorKind::Malformed(problem), at + 1 + pos as u64)
}

/// Maps a quick-xml error of an event that started at `at`. `error_position` is quick-xml's
/// position of the error; `io` maps I/O errors.
pub(super) fn xml_fail(e: quick_xml::Error, error_position: u64, at: u64, io: impl FnOnce(&io::Error) -> Fail) -> Fail {
    use quick_xml::errors::{IllFormedError, SyntaxError};
    let malformed = |p: XmlProblem| (TmxErrorKind::Malformed(p), error_position);
    match e {
        quick_xml::Error::Io(err) => io(&err),
        quick_xml::Error::Syntax(s) => malformed(match s {
            SyntaxError::InvalidBangMarkup => XmlProblem::InvalidMarkup,
            SyntaxError::UnclosedPI | SyntaxError::UnclosedXmlDecl => XmlProblem::UnclosedPi,
            SyntaxError::UnclosedComment => XmlProblem::UnclosedComment,
            SyntaxError::UnclosedDoctype => XmlProblem::UnclosedDoctype,
            SyntaxError::UnclosedCData => XmlProblem::UnclosedCData,
            SyntaxError::UnclosedTag => XmlProblem::UnclosedTag,
            SyntaxError::UnclosedSingleQuotedAttributeValue | SyntaxError::UnclosedDoubleQuotedAttributeValue => {
                XmlProblem::UnclosedAttributeValue
            }
        }),
        quick_xml::Error::IllFormed(i) => malformed(match i {
            IllFormedError::MismatchedEndTag { expected, found } => XmlProblem::MismatchedEndTag { expected, found },
            IllFormedError::UnmatchedEndTag(found) => XmlProblem::UnmatchedEndTag(found),
            IllFormedError::UnclosedReference => XmlProblem::UnclosedReference,
            IllFormedError::MissingEndTag(_) => XmlProblem::UnexpectedEof,
            IllFormedError::DoubleHyphenInComment => XmlProblem::InvalidMarkup,
            IllFormedError::MissingDeclVersion(_)
            | IllFormedError::UnknownVersion
            | IllFormedError::MissingDoctypeName => XmlProblem::BadDeclaration,
        }),
        quick_xml::Error::InvalidAttr(a) => attr_fail(&a, at),
        quick_xml::Error::Encoding(quick_xml::encoding::EncodingError::Utf8(u)) => {
            (TmxErrorKind::BadEncoding, at + u.valid_up_to() as u64)
        }
        _ => (TmxErrorKind::Malformed(XmlProblem::InvalidMarkup), at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tmx::test_support::{error_of, fixture, read_all, variant};
    use crate::tmx::{TmxError, Tuv};

    #[test]
    fn resolves_entities_and_keeps_cdata_text() {
        let (_, tus) = read_all(&fixture("multilingual.tmx")).unwrap();
        let tu = &tus[3];
        assert_eq!(tu.notes, ["Entities, character references, CDATA and a comment"]);
        let en = variant(tu, "en");
        assert_eq!(en.text, "Rock & roll <3 > 'quoted' \"double\" © 2023 — <not a tag> & not an entity end");
        assert_eq!(
            en.seg,
            "Rock &amp; roll &lt;3 &gt; 'quoted' \"double\" © 2023 — &lt;not a tag&gt; &amp; not an entity end"
        );
        assert_eq!(variant(tu, "bg").text, "Рок & рол — край");
    }

    #[test]
    fn an_unknown_entity_is_an_error() {
        let err = error_of(&fixture("unknown-entity.tmx"));
        assert_eq!(err, TmxError { line: 6, col: 34, kind: TmxErrorKind::UnknownEntity("nbsp".to_owned()) });
    }

    #[test]
    fn characters_xml_forbids_become_replacement_characters() {
        let xml = "<tmx><body><tu><tuv xml:lang=\"en\"><seg>a\u{1}b&#2;c\u{FFFF}d<ph x=\"\u{7}\"/></seg></tuv></tu>\
                   </body></tmx>";
        let (_, tus) = read_all(xml.as_bytes()).unwrap();
        let v = &tus[0].variants[0];
        assert_eq!(v.text, "a\u{FFFD}b\u{FFFD}c\u{FFFD}d");
        assert_eq!(v.seg, "a\u{FFFD}b\u{FFFD}c\u{FFFD}d<ph x=\"\u{FFFD}\"/>");
        let v = Tuv::from_text("en", "form\u{C}feed");
        assert_eq!((v.seg.as_str(), v.text.as_str()), ("form\u{FFFD}feed", "form\u{FFFD}feed"));
    }

    #[test]
    fn line_ends_are_normalized_and_carriage_return_references_kept() {
        let xml = "<tmx><body><tu><note>n1\r\nn2\rn3</note><tuv xml:lang=\"en\"><seg>a\r\nb\rc&#13;d&#10;e\
                   <ph x=\"p\r\nq\tr&#10;s\"/></seg></tuv></tu></body></tmx>";
        let (_, tus) = read_all(xml.as_bytes()).unwrap();
        assert_eq!(tus[0].notes, ["n1\nn2\nn3"]);
        let v = &tus[0].variants[0];
        assert_eq!(v.text, "a\nb\nc\rd\ne");
        assert_eq!(v.seg, "a\nb\nc&#13;d\ne<ph x=\"p q r&#10;s\"/>");
    }
}
