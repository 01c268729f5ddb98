//! TMX, the translation-memory exchange format (version 1.4b): a streaming reader and a writer.
//!
//! This module owns the XML side of translation memories: turning a `.tmx` file of any size and
//! encoding into [`Tu`] values one at a time, and writing [`Tu`] values as a TMX 1.4b document that
//! validates against the TMX 1.4 DTD. It does not own the memory, the matching or the commands
//! (that is `tm`), and it never formats messages for people: a [`TmxError`] is a kind and a place,
//! which the command line localizes. quick-xml stays behind this module (its API changes often):
//! none of its types is part of this API.
//!
//! # Reading
//! - **Streaming.** [`Reader`] pulls one `<tu>` at a time ([`read()`] wraps it with callbacks), so
//!   memory holds one unit and a 64 KiB buffer whatever the size of the file.
//! - **Encodings.** UTF-8 with or without a BOM; UTF-16 LE or BE (with a BOM, or without one when
//!   the file starts with `<`); any other encoding that the XML declaration names and
//!   `encoding_rs` knows (windows-1252, ISO-8859-x, windows-1251, Shift_JIS…). A declaration that
//!   names UTF-16 in a file that plainly is not UTF-16 is ignored: such files are common.
//! - **No DTD.** Nothing is ever fetched or expanded. A DOCTYPE that only names an external DTD
//!   (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`) is accepted and ignored; one with an internal subset
//!   (`[…]`, where entities are declared) is refused before the subset is read, so a "billion
//!   laughs" file costs nothing.
//! - **Entities.** The five predefined entities and character references are resolved; any other
//!   entity reference (`&nbsp;`) is an error.
//! - **Leniency where real files need it:** `lang` (TMX 1.1–1.3) as well as `xml:lang`; language
//!   codes of every form in use, read by the language type into BCP 47 ([`bcp47`]: regions and
//!   scripts kept, `EN-GB` → `en-GB`, `IW-IL` → `he-IL`); element names in any case;
//!   the dates of the `<tuv>`s when the `<tu>` has none (OmegaT writes them there); unknown
//!   elements and attributes skipped; characters that XML 1.0 forbids read as U+FFFD.
//! - **Errors** carry the 1-based line and column (in characters) where the problem starts.
//!
//! # The canonical `<seg>`
//! [`Tuv::seg`] holds the content of `<seg>` as an XML fragment in one canonical form, so that equal
//! segments are equal strings and export → import → export is byte-stable:
//! - text escapes exactly `&`, `<` and `>` (and a carriage return as `&#13;`); every other character
//!   is literal, line ends are normalized to `\n` as XML requires;
//! - inline elements are `bpt`, `ept`, `it`, `ph`, `hi`, `sub` and `ut`, with the attributes the
//!   DTD allows, in the DTD's order, in double quotes; an element with no content is written
//!   `<ph/>`; comments, processing instructions and CDATA markup are gone (CDATA text stays);
//! - markup the DTD does not allow where it stands is made valid: an unknown element, or a known
//!   one in the wrong place (`sub` outside code, code inside code), is unwrapped (its content
//!   kept); a `bpt`/`ept` without `i` or an `it` without a valid `pos` becomes a `ph`.
//!
//! [`Tuv::text`] is the plain text for matching: the text of `<hi>` and `<sub>` kept, the native
//! code inside `bpt`, `ept`, `it`, `ph` and `ut` dropped, entities resolved.
//!
//! # Writing
//! [`write()`] produces a TMX 1.4b document in UTF-8: a header naming lockstep, one `<tu>` per unit
//! with its props, notes and dates, one `<tuv xml:lang="…">` per variant with its props. Languages
//! are canonicalized and segments brought to the canonical form on the way out, so that whatever
//! was read can be written and read again without change.
//!
//! # Layout
//! One file per step: `lang` (language codes), `escape` (characters and escaping), `input` (any
//! encoding to UTF-8, with positions), `segment` (the canonical `<seg>`), `reader` and `writer`.
//! `mod.rs` holds the public types and the errors. Tests stand beside the code they test; those
//! of the reader and writer together are in `tests`.

use std::fmt;
use std::io;

mod escape;
mod input;
mod lang;
mod reader;
mod segment;
mod writer;

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;

pub use input::MAX_EVENT;
pub use lang::bcp47;
pub use reader::{Reader, read};
pub use writer::write;

use crate::error::line_col;
use escape::{clean_char, escape_into, illegal_len};
use segment::{SegBuilder, parse_fragment};

type XmlReader<R> = quick_xml::Reader<R>;

/// One translation unit as read from or written to TMX.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tu {
    /// The `tuid` attribute.
    pub tuid: Option<String>,
    /// `creationdate`, in the TMX form `YYYYMMDDThhmmssZ`, as in the file. When the `<tu>` has
    /// none, the earliest `creationdate` of its `<tuv>`s.
    pub creation_date: Option<String>,
    /// `changedate`, as in the file. When the `<tu>` has none, the latest `changedate` of its
    /// `<tuv>`s.
    pub change_date: Option<String>,
    /// The `<prop type="…">value</prop>` of the unit, as (type, value), in file order.
    pub props: Vec<(String, String)>,
    /// The `<note>`s of the unit, in file order.
    pub notes: Vec<String>,
    /// The variants, one per language as a rule (TMX allows more), in file order.
    pub variants: Vec<Tuv>,
}

/// One variant of a translation unit: a segment in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tuv {
    /// The language, a BCP 47 tag as [`bcp47`] makes it (`en-GB`, `bg`, `sr-Latn-RS`, `pt-BR`).
    pub lang: String,
    /// The content of `<seg>` as a canonical XML fragment (see the module docs): inline markup
    /// kept, entities resolved and escaped again the same way every time.
    pub seg: String,
    /// The plain text of the segment for matching: markup removed (the text of `<hi>` and `<sub>`
    /// kept, the native code in `bpt`, `ept`, `it`, `ph` and `ut` dropped), entities resolved.
    pub text: String,
    /// The `<prop type="…">value</prop>` of the variant, as (type, value), in file order
    /// (`<note>`s of a variant are not kept).
    pub props: Vec<(String, String)>,
}

impl Tuv {
    /// A variant holding plain text (no inline markup), without props. `lang` is stored as given:
    /// pass a canonical tag. Characters that XML 1.0 forbids become U+FFFD, as they would on
    /// reading.
    pub fn from_text(lang: impl Into<String>, text: &str) -> Tuv {
        let mut seg = String::with_capacity(text.len() + 8);
        escape_into(&mut seg, text, false);
        let text = if text.bytes().enumerate().any(|(i, _)| illegal_len(text.as_bytes(), i) > 0) {
            text.chars().map(clean_char).collect()
        } else {
            text.to_owned()
        };
        Tuv { lang: lang.into(), seg, text, props: Vec::new() }
    }

    /// A variant from the content of a `<seg>` (an XML fragment with inline markup), brought to
    /// the canonical form, with its plain text and without props. `lang` is stored as given. The
    /// error's line and column are those in `seg`.
    pub fn from_seg(lang: impl Into<String>, seg: &str) -> Result<Tuv, TmxError> {
        let mut builder = SegBuilder::default();
        builder.with_text = true;
        parse_fragment(&mut builder, seg).map_err(|(kind, at)| {
            let (line, col) = line_col(seg.as_bytes(), at as usize, 1, 0);
            TmxError { line, col, kind }
        })?;
        let (seg, text) = builder.take();
        Ok(Tuv { lang: lang.into(), seg, text, props: Vec::new() })
    }
}

/// The `<header>` of a TMX file as read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// The `version` attribute of `<tmx>` (`1.4`, `1.1`…).
    pub version: Option<String>,
    /// The source language, canonical; `None` for `*all*` (any variant may be the source) or when
    /// the header names none.
    pub srclang: Option<String>,
    /// `adminlang`, as in the file.
    pub adminlang: Option<String>,
    /// `creationtool`.
    pub creation_tool: Option<String>,
    /// `creationtoolversion`.
    pub creation_tool_version: Option<String>,
    /// `o-tmf`, the original translation-memory format.
    pub o_tmf: Option<String>,
    /// `segtype`: `block`, `paragraph`, `sentence` or `phrase`.
    pub segtype: Option<String>,
    /// `datatype`.
    pub datatype: Option<String>,
    /// `creationdate`, as in the file.
    pub creation_date: Option<String>,
    /// `changedate`, as in the file.
    pub change_date: Option<String>,
    /// The header's `<prop>`s as (type, value), in file order.
    pub props: Vec<(String, String)>,
    /// The header's `<note>`s, in file order.
    pub notes: Vec<String>,
    /// Not of the header: the units skipped while reading, because a text of theirs was longer
    /// than [`MAX_EVENT`], each as the line and column where that text starts.
    pub skipped: Vec<(usize, usize)>,
}

/// What [`write()`] puts in the `<header>` besides what is always the same (creation tool
/// `lockstep` and its version, `datatype="plaintext"`, `segtype="paragraph"`, `o-tmf="lockstep"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderOut {
    /// The source language (canonicalized on writing); `None` writes `*all*`.
    pub srclang: Option<String>,
    /// The language of the notes and props (`adminlang`).
    pub adminlang: String,
    /// `creationdate` (`YYYYMMDDThhmmssZ`); none by default, so that the output depends on the
    /// units alone.
    pub creation_date: Option<String>,
    /// Header `<prop>`s as (type, value).
    pub props: Vec<(String, String)>,
    /// Header `<note>`s.
    pub notes: Vec<String>,
}

impl HeaderOut {
    /// A header with this source language, `adminlang` `en`, and no date, props or notes.
    pub fn new(srclang: Option<&str>) -> HeaderOut {
        HeaderOut {
            srclang: srclang.map(str::to_owned),
            adminlang: "en".to_owned(),
            creation_date: None,
            props: Vec::new(),
            notes: Vec::new(),
        }
    }
}

impl From<&Header> for HeaderOut {
    /// The parts of a header read from a file that [`write()`] writes back.
    fn from(h: &Header) -> HeaderOut {
        HeaderOut {
            srclang: h.srclang.clone(),
            adminlang: h.adminlang.clone().unwrap_or_else(|| "en".to_owned()),
            creation_date: h.creation_date.clone(),
            props: h.props.clone(),
            notes: h.notes.clone(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Errors

/// A problem with a TMX file, and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TmxError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// What is wrong.
    pub kind: TmxErrorKind,
}

/// What is wrong with a TMX file. Holds names and values from the file, never text for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TmxErrorKind {
    /// The input could not be read.
    Io(io::ErrorKind),
    /// Bytes that are not valid in the file's encoding.
    BadEncoding,
    /// An encoding that lockstep cannot read: the name the file gives (or `UTF-32`).
    UnknownEncoding(String),
    /// The XML is not well-formed.
    Malformed(XmlProblem),
    /// An entity reference other than `&lt;`, `&gt;`, `&amp;`, `&apos;` and `&quot;`: its name.
    UnknownEntity(String),
    /// A character reference that names no character (`&#xD800;`, `&#12a;`): what stood
    /// between `&` and `;`.
    BadCharRef(String),
    /// A DOCTYPE with an internal subset, where entities would be declared: refused unread.
    DtdRefused,
    /// The root element is not `<tmx>`: its name.
    NotTmx(String),
    /// A `<tuv>` with neither `xml:lang` nor `lang`.
    MissingLang,
    /// A language code that is not one (`english`, `*all*` on a `<tuv>`): the code.
    BadLang(String),
    /// A `<tuv>` without `<seg>`.
    MissingSeg,
    /// A unit without variants (only from [`write()`]).
    NoVariants,
    /// One piece of the file (a text, a tag) longer than [`MAX_EVENT`] bytes: refused, so that
    /// reading stays within bounded memory whatever the input.
    TooLong,
}

/// How XML is malformed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XmlProblem {
    /// A tag with no closing `>`.
    UnclosedTag,
    /// A comment with no closing `-->`.
    UnclosedComment,
    /// A CDATA section with no closing `]]>`.
    UnclosedCData,
    /// A processing instruction or XML declaration with no closing `?>`.
    UnclosedPi,
    /// A DOCTYPE with no closing `>`.
    UnclosedDoctype,
    /// `<!` followed by something that is not a comment, CDATA or DOCTYPE.
    InvalidMarkup,
    /// An attribute value with no closing quote.
    UnclosedAttributeValue,
    /// An attribute without `=` or without a quoted value.
    BadAttribute,
    /// The same attribute twice in one tag.
    DuplicateAttribute,
    /// A `<` inside an attribute value.
    LtInAttribute,
    /// An end tag that does not close the open element.
    MismatchedEndTag {
        /// The element that is open.
        expected: String,
        /// The end tag found.
        found: String,
    },
    /// An end tag with no open element: its name.
    UnmatchedEndTag(String),
    /// `&` without a closing `;`.
    UnclosedReference,
    /// A tag whose name is not an XML name (`< b>`).
    BadName,
    /// A broken XML declaration or DOCTYPE.
    BadDeclaration,
    /// A DOCTYPE after the root element started.
    MisplacedDoctype,
    /// No root element at all (an empty file).
    NoRootElement,
    /// Text or a second element outside the root element.
    ContentOutsideRoot,
    /// The file ends inside an element.
    UnexpectedEof,
}

impl XmlProblem {
    /// A short identifier of the problem (for messages and logs).
    pub fn id(&self) -> &'static str {
        match self {
            XmlProblem::UnclosedTag => "unclosed-tag",
            XmlProblem::UnclosedComment => "unclosed-comment",
            XmlProblem::UnclosedCData => "unclosed-cdata",
            XmlProblem::UnclosedPi => "unclosed-pi",
            XmlProblem::UnclosedDoctype => "unclosed-doctype",
            XmlProblem::InvalidMarkup => "invalid-markup",
            XmlProblem::UnclosedAttributeValue => "unclosed-attribute-value",
            XmlProblem::BadAttribute => "bad-attribute",
            XmlProblem::DuplicateAttribute => "duplicate-attribute",
            XmlProblem::LtInAttribute => "lt-in-attribute",
            XmlProblem::MismatchedEndTag { .. } => "mismatched-end-tag",
            XmlProblem::UnmatchedEndTag(_) => "unmatched-end-tag",
            XmlProblem::UnclosedReference => "unclosed-reference",
            XmlProblem::BadName => "bad-name",
            XmlProblem::BadDeclaration => "bad-declaration",
            XmlProblem::MisplacedDoctype => "misplaced-doctype",
            XmlProblem::NoRootElement => "no-root-element",
            XmlProblem::ContentOutsideRoot => "content-outside-root",
            XmlProblem::UnexpectedEof => "unexpected-eof",
        }
    }
}

impl TmxErrorKind {
    /// The Fluent message id of this kind (`tmx-malformed` and friends).
    pub fn message_id(&self) -> &'static str {
        match self {
            TmxErrorKind::Io(_) => "tmx-io",
            TmxErrorKind::BadEncoding => "tmx-bad-encoding",
            TmxErrorKind::UnknownEncoding(_) => "tmx-unknown-encoding",
            TmxErrorKind::Malformed(_) => "tmx-malformed",
            TmxErrorKind::UnknownEntity(_) => "tmx-unknown-entity",
            TmxErrorKind::BadCharRef(_) => "tmx-bad-char-ref",
            TmxErrorKind::DtdRefused => "tmx-dtd-refused",
            TmxErrorKind::NotTmx(_) => "tmx-not-tmx",
            TmxErrorKind::MissingLang => "tmx-missing-lang",
            TmxErrorKind::BadLang(_) => "tmx-bad-lang",
            TmxErrorKind::MissingSeg => "tmx-missing-seg",
            TmxErrorKind::NoVariants => "tmx-no-variants",
            TmxErrorKind::TooLong => "tmx-too-long",
        }
    }

    /// The named arguments of this kind's message, all strings.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            TmxErrorKind::Io(kind) => vec![("detail", format!("{kind:?}"))],
            TmxErrorKind::UnknownEncoding(name) => vec![("encoding", name.clone())],
            TmxErrorKind::Malformed(XmlProblem::MismatchedEndTag { expected, found }) => vec![
                ("problem", "mismatched-end-tag".to_owned()),
                ("expected", expected.clone()),
                ("found", found.clone()),
            ],
            TmxErrorKind::Malformed(XmlProblem::UnmatchedEndTag(found)) => {
                vec![("problem", "unmatched-end-tag".to_owned()), ("found", found.clone())]
            }
            TmxErrorKind::Malformed(problem) => vec![("problem", problem.id().to_owned())],
            TmxErrorKind::UnknownEntity(name) => vec![("entity", name.clone())],
            TmxErrorKind::BadCharRef(reference) => vec![("reference", reference.clone())],
            TmxErrorKind::NotTmx(name) => vec![("element", name.clone())],
            TmxErrorKind::BadLang(tag) => vec![("tag", tag.clone())],
            TmxErrorKind::TooLong => vec![("limit", (MAX_EVENT >> 20).to_string())],
            _ => Vec::new(),
        }
    }
}

impl fmt::Display for TmxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not for people: the command line localizes. This form serves logs and tests.
        write!(f, "{}:{}: {} {:?}", self.line, self.col, self.kind.message_id(), self.kind.args())
    }
}

impl std::error::Error for TmxError {}

/// The error of [`read()`]: the file's, or the one the caller's `on_tu` returned.
#[derive(Debug)]
pub enum ReadError<E> {
    /// The TMX file is unreadable or malformed.
    Tmx(TmxError),
    /// `on_tu` returned this error; reading stopped there.
    Caller(E),
}

impl<E> From<TmxError> for ReadError<E> {
    fn from(e: TmxError) -> Self {
        ReadError::Tmx(e)
    }
}

impl<E: fmt::Display> fmt::Display for ReadError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Tmx(e) => e.fmt(f),
            ReadError::Caller(e) => e.fmt(f),
        }
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for ReadError<E> {}

/// Why [`write()`] refused its input: the payload of its [`io::ErrorKind::InvalidInput`] error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadInput {
    /// The index of the unit in the input (from 0), or `None` for the header.
    pub unit: Option<usize>,
    /// What is wrong: [`TmxErrorKind::BadLang`], [`TmxErrorKind::NoVariants`], or what makes a
    /// `seg` malformed.
    pub kind: TmxErrorKind,
}

impl fmt::Display for BadInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unit {:?}: {} {:?}", self.unit, self.kind.message_id(), self.kind.args())
    }
}

impl std::error::Error for BadInput {}

/// An error found at a byte offset of the (UTF-8) stream; turned into a [`TmxError`] with the
/// line and column of that offset.
type Fail = (TmxErrorKind, u64);
