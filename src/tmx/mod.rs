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
//!   codes of every form in use, canonicalized by [`canonical_lang`]; element names in any case;
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
//! with its props, notes and dates, one `<tuv xml:lang="…">` per variant. Languages are
//! canonicalized and segments brought to the canonical form on the way out, so that whatever was
//! read can be written and read again without change.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufRead, Read, Write};

use quick_xml::events::{BytesStart, Event};

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
    /// The language, canonical as [`canonical_lang`] makes it (`en`, `bg`, `sr-Cyrl`, `pt-BR`).
    pub lang: String,
    /// The content of `<seg>` as a canonical XML fragment (see the module docs): inline markup
    /// kept, entities resolved and escaped again the same way every time.
    pub seg: String,
    /// The plain text of the segment for matching: markup removed (the text of `<hi>` and `<sub>`
    /// kept, the native code in `bpt`, `ept`, `it`, `ph` and `ut` dropped), entities resolved.
    pub text: String,
}

impl Tuv {
    /// A variant holding plain text (no inline markup). `lang` is stored as given: pass a
    /// canonical tag. Characters that XML 1.0 forbids become U+FFFD, as they would on reading.
    pub fn from_text(lang: impl Into<String>, text: &str) -> Tuv {
        let mut seg = String::with_capacity(text.len() + 8);
        escape_into(&mut seg, text, false);
        let text = if text.bytes().enumerate().any(|(i, _)| illegal_len(text.as_bytes(), i) > 0) {
            text.chars().map(clean_char).collect()
        } else {
            text.to_owned()
        };
        Tuv { lang: lang.into(), seg, text }
    }

    /// A variant from the content of a `<seg>` (an XML fragment with inline markup), brought to
    /// the canonical form, with its plain text. `lang` is stored as given. The error's line and
    /// column are those in `seg`.
    pub fn from_seg(lang: impl Into<String>, seg: &str) -> Result<Tuv, TmxError> {
        let mut builder = SegBuilder { with_text: true, ..SegBuilder::default() };
        parse_fragment(&mut builder, seg).map_err(|(kind, at)| {
            let (line, col) = line_col(seg.as_bytes(), at as usize, 1, 0);
            TmxError { line, col, kind }
        })?;
        let (seg, text) = builder.take();
        Ok(Tuv { lang: lang.into(), seg, text })
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

// ---------------------------------------------------------------------------------------------
// Language codes

/// The canonical form of a language code as lockstep uses it, or `None` if `tag` is no language
/// (`*all*`, `x-…`, `und`, garbage).
///
/// Accepts BCP 47 in any case, `_` for `-`, POSIX locales (`sr_RS.UTF-8@latin`), legacy codes
/// (`iw`→`he`, `in`→`id`, `ji`→`yi`, `jw`→`jv`, `mo`→`ro`, `sh`→`sr-Latn`), ISO 639-2/3 codes
/// (`eng`, `bul`, `srp`, `gre`…), Microsoft's `zh-CHS`/`zh-CHT` and `sr-SP-Latn`. The region is
/// dropped where it only names a locale of the same written language (`EN-GB`→`en`,
/// `bg-BG`→`bg`, `es-419`→`es`), and so are variants and extensions; a script is kept where the
/// language is written in more than one:
/// - Serbian always has one: `sr-Latn` when the tag says so (or `sh`, `@latin`, or the region is
///   Montenegro or the former Serbia and Montenegro, `ME`/`CS`), else `sr-Cyrl`;
/// - Chinese always has one: `zh-Hant` for `Hant`, `TW`, `HK`, `MO`, `CHT`, else `zh-Hans`;
/// - Portuguese keeps its two written standards: `pt-BR`, `pt-PT` (any other region), `pt`;
/// - Norwegian `no` is Bokmål, `nb`, unless it says Nynorsk (`nn`, `no-nyn`);
/// - other languages keep a script that is not their usual one (`uz-Cyrl`, `bs-Cyrl`).
pub fn canonical_lang(tag: &str) -> Option<String> {
    let tag = tag.trim();
    let (tag, modifier) = tag.split_once('@').map_or((tag, None), |(t, m)| (t, Some(m)));
    let tag = tag.split_once('.').map_or(tag, |(t, _)| t);
    let mut subtags = tag.split(['-', '_']);
    let first = subtags.next()?;
    if !(2..=3).contains(&first.len()) || !first.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut lang = first.to_ascii_lowercase();
    let mut script: Option<String> = None;
    let mut region: Option<String> = None;
    let mut nynorsk = false;
    for (n, sub) in subtags.enumerate() {
        if sub.is_empty() || sub.len() > 8 || !sub.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        if sub.len() == 1 {
            break; // extensions and private use: nothing lockstep keeps
        }
        let lower = sub.to_ascii_lowercase();
        let alpha = sub.bytes().all(|b| b.is_ascii_alphabetic());
        match (lower.as_str(), sub.len(), alpha) {
            ("chs", ..) => script = Some("Hans".to_owned()),
            ("cht", ..) => script = Some("Hant".to_owned()),
            ("nyn" | "nynorsk", ..) => nynorsk = true,
            (_, 3, true) if n == 0 && matches!(lang.as_str(), "zh" | "ar" | "ms") => lang = lower,
            (_, 4, true) if script.is_none() => {
                let mut s = lower;
                s[..1].make_ascii_uppercase();
                script = Some(s);
            }
            (_, 2, true) if region.is_none() => region = Some(lower.to_ascii_uppercase()),
            (_, 3, false) if region.is_none() && lower.bytes().all(|b| b.is_ascii_digit()) => {
                region = Some(lower);
            }
            _ => {} // variants (de-1996, ca-valencia): the same written language
        }
    }
    match modifier.map(str::to_ascii_lowercase).as_deref() {
        Some("latin") => script = Some("Latn".to_owned()),
        Some("cyrillic") => script = Some("Cyrl".to_owned()),
        _ => {}
    }
    if matches!(lang.as_str(), "und" | "mul" | "zxx" | "mis") {
        return None;
    }
    if let Some((alias, implied)) = lang_alias(&lang) {
        lang = alias.to_owned();
        if script.is_none() {
            script = implied.map(str::to_owned);
        }
    }
    let region = region.as_deref();
    Some(match lang.as_str() {
        "sr" => {
            let latin = match script.as_deref() {
                Some("Latn") => true,
                Some("Cyrl") => false,
                _ => matches!(region, Some("ME" | "CS")),
            };
            if latin { "sr-Latn" } else { "sr-Cyrl" }.to_owned()
        }
        "zh" => {
            let traditional = match script.as_deref() {
                Some("Hant") => true,
                Some("Hans") => false,
                _ => matches!(region, Some("TW" | "HK" | "MO")),
            };
            if traditional { "zh-Hant" } else { "zh-Hans" }.to_owned()
        }
        "pt" => match region {
            None => "pt",
            Some("BR") => "pt-BR",
            Some(_) => "pt-PT",
        }
        .to_owned(),
        "no" if nynorsk => "nn".to_owned(),
        "no" => "nb".to_owned(),
        _ => match script {
            Some(s) if usual_script(&lang) != Some(s.as_str()) => format!("{lang}-{s}"),
            _ => lang,
        },
    })
}

/// Legacy and three-letter codes with their two-letter equivalent (and the script one implies).
fn lang_alias(lang: &str) -> Option<(&'static str, Option<&'static str>)> {
    const ALIASES: &[(&str, &str)] = &[
        ("afr", "af"),
        ("alb", "sq"),
        ("ara", "ar"),
        ("arb", "ar"),
        ("arm", "hy"),
        ("aze", "az"),
        ("baq", "eu"),
        ("bel", "be"),
        ("ben", "bn"),
        ("bos", "bs"),
        ("bul", "bg"),
        ("cat", "ca"),
        ("ces", "cs"),
        ("chi", "zh"),
        ("cmn", "zh"),
        ("cym", "cy"),
        ("cze", "cs"),
        ("dan", "da"),
        ("deu", "de"),
        ("dut", "nl"),
        ("ekk", "et"),
        ("ell", "el"),
        ("eng", "en"),
        ("epo", "eo"),
        ("est", "et"),
        ("eus", "eu"),
        ("fas", "fa"),
        ("fin", "fi"),
        ("fra", "fr"),
        ("fre", "fr"),
        ("geo", "ka"),
        ("ger", "de"),
        ("gle", "ga"),
        ("glg", "gl"),
        ("gre", "el"),
        ("heb", "he"),
        ("hin", "hi"),
        ("hrv", "hr"),
        ("hun", "hu"),
        ("hye", "hy"),
        ("ice", "is"),
        ("in", "id"),
        ("ind", "id"),
        ("isl", "is"),
        ("ita", "it"),
        ("iw", "he"),
        ("jpn", "ja"),
        ("ji", "yi"),
        ("jw", "jv"),
        ("kat", "ka"),
        ("kaz", "kk"),
        ("kor", "ko"),
        ("lat", "la"),
        ("lav", "lv"),
        ("lit", "lt"),
        ("ltz", "lb"),
        ("lvs", "lv"),
        ("mac", "mk"),
        ("may", "ms"),
        ("mkd", "mk"),
        ("mlt", "mt"),
        ("mo", "ro"),
        ("msa", "ms"),
        ("nld", "nl"),
        ("nno", "nn"),
        ("nob", "nb"),
        ("nor", "no"),
        ("per", "fa"),
        ("pes", "fa"),
        ("pol", "pl"),
        ("por", "pt"),
        ("ron", "ro"),
        ("rum", "ro"),
        ("rus", "ru"),
        ("scc", "sr"),
        ("scr", "hr"),
        ("slk", "sk"),
        ("slo", "sk"),
        ("slv", "sl"),
        ("spa", "es"),
        ("sqi", "sq"),
        ("srp", "sr"),
        ("swa", "sw"),
        ("swe", "sv"),
        ("swh", "sw"),
        ("tha", "th"),
        ("tur", "tr"),
        ("ukr", "uk"),
        ("urd", "ur"),
        ("uzb", "uz"),
        ("vie", "vi"),
        ("wel", "cy"),
        ("zho", "zh"),
        ("zsm", "ms"),
    ];
    if lang == "sh" {
        return Some(("sr", Some("Latn")));
    }
    ALIASES.binary_search_by(|(from, _)| (*from).cmp(lang)).ok().map(|i| (ALIASES[i].1, None))
}

/// The script a language is written in when its tag names none, for the languages where a tag
/// may name one.
fn usual_script(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "bg" | "ru" | "uk" | "be" | "mk" | "kk" | "ky" | "tg" | "mn" | "tt" | "ba" | "cv" | "ce" => "Cyrl",
        "el" => "Grek",
        "ar" | "fa" | "ur" | "ps" | "sd" | "ug" | "ks" | "ckb" => "Arab",
        "he" | "yi" => "Hebr",
        "hi" | "mr" | "ne" | "sa" => "Deva",
        "bn" | "as" => "Beng",
        "pa" => "Guru",
        "gu" => "Gujr",
        "or" => "Orya",
        "ta" => "Taml",
        "te" => "Telu",
        "kn" => "Knda",
        "ml" => "Mlym",
        "si" => "Sinh",
        "th" => "Thai",
        "lo" => "Laoo",
        "km" => "Khmr",
        "my" => "Mymr",
        "ka" => "Geor",
        "hy" => "Armn",
        "am" | "ti" => "Ethi",
        "ja" => "Jpan",
        "ko" => "Kore",
        "bo" => "Tibt",
        "dv" => "Thaa",
        _ if lang.len() == 2 || matches!(lang, "fil" | "ast" | "hsb" | "dsb" | "fur" | "sco") => "Latn",
        _ => return None,
    })
}

/// Canonical languages of the tags seen lately (a file uses a handful).
#[derive(Debug, Default)]
struct LangCache {
    entries: Vec<(String, Option<String>)>,
}

impl LangCache {
    fn canonical(&mut self, raw: &str) -> Option<String> {
        if let Some((_, c)) = self.entries.iter().find(|(r, _)| r == raw) {
            return c.clone();
        }
        let c = canonical_lang(raw);
        if self.entries.len() >= 32 {
            self.entries.clear();
        }
        self.entries.push((raw.to_owned(), c.clone()));
        c
    }
}

// ---------------------------------------------------------------------------------------------
// Characters and escaping

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
fn illegal_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b'\t' | b'\n' | b'\r' => 0,
        b if b < 0x20 => 1,
        0xEF if bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) => 3,
        _ => 0,
    }
}

/// `c`, or U+FFFD if XML 1.0 forbids it.
fn clean_char(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}' => c,
        _ => '\u{FFFD}',
    }
}

/// Whether no byte of `bytes` is a control character, 0xEF or one of `extra`: a test that the
/// compiler vectorizes (32 bytes at a time), so that clean text, the common case, is copied whole.
fn is_clean(bytes: &[u8], extra: &[u8; 3]) -> bool {
    bytes.chunks(32).all(|chunk| {
        !chunk.iter().fold(false, |dirty, &b| {
            dirty | (b < 0x20) | (b == 0xEF) | (b == extra[0]) | (b == extra[1]) | (b == extra[2])
        })
    })
}

/// Appends `s` escaped as XML text (`attr` false) or as a double-quoted attribute value.
fn escape_into(out: &mut String, s: &str, attr: bool) {
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
fn escape_char_into(out: &mut String, c: char) {
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
fn push_chars(out: &mut String, s: &str) {
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
fn resolve_ref(name: &str) -> Result<char, TmxErrorKind> {
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
fn is_name(name: &str) -> bool {
    name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80)
}

/// Calls `f` with each attribute of `e` as (name, value with references resolved, stream offset
/// of the value). `at` is the stream offset of the tag's `<`.
fn for_each_attr<'a>(
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
fn xml_fail(e: quick_xml::Error, error_position: u64, at: u64, io: impl FnOnce(&io::Error) -> Fail) -> Fail {
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

/// 1-based line and column (in characters) of `bytes[..idx]` continued from a point at `line`
/// and `col` (the number of characters already on that line).
fn line_col(bytes: &[u8], idx: usize, line: usize, col: usize) -> (usize, usize) {
    let chunk = &bytes[..idx.min(bytes.len())];
    let chars = |s: &[u8]| s.iter().filter(|&&b| (b as i8) >= -0x40).count();
    match chunk.iter().rposition(|&b| b == b'\n') {
        Some(i) => (line + chunk.iter().filter(|&&b| b == b'\n').count(), chars(&chunk[i + 1..]) + 1),
        None => (line, col + chars(chunk) + 1),
    }
}

// ---------------------------------------------------------------------------------------------
// Input: any encoding to UTF-8, with positions

const CHUNK: usize = 64 * 1024;
/// How much of the start of a file is read to find its encoding.
const SNIFF: usize = 1024;
/// How long a DOCTYPE may be before it is refused unread (a real one is a line).
const DOCTYPE_LIMIT: usize = 64 * 1024;
/// The least free room in the buffer when reading more (a decoder needs a few bytes).
const MIN_ROOM: usize = 8 * 1024;

/// The payload of the I/O error that reports bytes invalid in the input's encoding.
#[derive(Debug)]
struct BadEncodingMarker;

impl fmt::Display for BadEncodingMarker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("bad encoding")
    }
}

impl std::error::Error for BadEncodingMarker {}

/// The input as UTF-8: UTF-8 passes through (without its BOM), anything else is decoded.
struct Utf8Input<R> {
    inner: R,
    /// Bytes read from `inner` so far.
    raw_read: u64,
    /// `None` for UTF-8.
    decoder: Option<encoding_rs::Decoder>,
    raw: Vec<u8>,
    raw_pos: usize,
    raw_end: usize,
    inner_eof: bool,
    /// The decoder has seen the end of the input (it must not be called again).
    finished: bool,
    failed: bool,
}

enum Sniffed {
    Utf8 { bom: usize },
    Other(&'static encoding_rs::Encoding),
}

impl<R: Read> Utf8Input<R> {
    fn new(mut inner: R) -> Result<Self, TmxErrorKind> {
        let mut raw = vec![0; CHUNK];
        let (mut end, mut eof) = (0, false);
        while end < SNIFF {
            match inner.read(&mut raw[end..SNIFF]) {
                Ok(0) => {
                    eof = true;
                    break;
                }
                Ok(n) => end += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(TmxErrorKind::Io(e.kind())),
            }
        }
        let (decoder, skip) = match sniff(&raw[..end])? {
            Sniffed::Utf8 { bom } => (None, bom),
            Sniffed::Other(encoding) => (Some(encoding.new_decoder_with_bom_removal()), 0),
        };
        Ok(Utf8Input {
            inner,
            raw_read: end as u64,
            decoder,
            raw,
            raw_pos: skip,
            raw_end: end,
            inner_eof: eof,
            finished: false,
            failed: false,
        })
    }
}

/// The encoding of a file from its first bytes: BOM, then UTF-16 without BOM, then the XML
/// declaration.
fn sniff(head: &[u8]) -> Result<Sniffed, TmxErrorKind> {
    use encoding_rs::{UTF_16BE, UTF_16LE};
    Ok(match head {
        [0xEF, 0xBB, 0xBF, ..] => Sniffed::Utf8 { bom: 3 },
        [0xFF, 0xFE, 0, 0, ..] | [0, 0, 0xFE, 0xFF, ..] => {
            return Err(TmxErrorKind::UnknownEncoding("UTF-32".to_owned()));
        }
        [0xFF, 0xFE, ..] => Sniffed::Other(UTF_16LE),
        [0xFE, 0xFF, ..] => Sniffed::Other(UTF_16BE),
        [a, 0, ..] if *a != 0 => Sniffed::Other(UTF_16LE),
        [0, b, ..] if *b != 0 => Sniffed::Other(UTF_16BE),
        _ => match declared_encoding(head) {
            None => Sniffed::Utf8 { bom: 0 },
            Some(label) => match encoding_rs::Encoding::for_label(label) {
                // A file that names UTF-16 but is ASCII-compatible was saved as UTF-8.
                Some(e) if e == encoding_rs::UTF_8 || e == UTF_16LE || e == UTF_16BE => Sniffed::Utf8 { bom: 0 },
                Some(e) if e != encoding_rs::REPLACEMENT => Sniffed::Other(e),
                _ => return Err(TmxErrorKind::UnknownEncoding(String::from_utf8_lossy(label).into_owned())),
            },
        },
    })
}

/// The `encoding` of an XML declaration at the start of `head`.
fn declared_encoding(head: &[u8]) -> Option<&[u8]> {
    let rest = head.trim_ascii_start().strip_prefix(b"<?xml")?;
    let decl = &rest[..rest.windows(2).position(|w| w == b"?>")?];
    let at = decl.windows(8).position(|w| w == b"encoding")?;
    let rest = decl[at + 8..].trim_ascii_start().strip_prefix(b"=")?.trim_ascii_start();
    let quote = *rest.first().filter(|&&q| q == b'"' || q == b'\'')?;
    let value = &rest[1..];
    Some(value[..value.iter().position(|&b| b == quote)?].trim_ascii())
}

impl<R: Read> Read for Utf8Input<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let Some(decoder) = self.decoder.as_mut() else {
            if self.raw_pos < self.raw_end {
                let n = out.len().min(self.raw_end - self.raw_pos);
                out[..n].copy_from_slice(&self.raw[self.raw_pos..self.raw_pos + n]);
                self.raw_pos += n;
                return Ok(n);
            }
            let n = self.inner.read(out)?;
            self.raw_read += n as u64;
            return Ok(n);
        };
        loop {
            if self.failed {
                return Err(io::Error::new(io::ErrorKind::InvalidData, BadEncodingMarker));
            }
            if self.finished {
                return Ok(0);
            }
            if self.raw_pos == self.raw_end && !self.inner_eof {
                let n = loop {
                    match self.inner.read(&mut self.raw) {
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                        result => break result?,
                    }
                };
                self.raw_read += n as u64;
                (self.raw_pos, self.raw_end, self.inner_eof) = (0, n, n == 0);
            }
            let last = self.inner_eof;
            let (result, read, written) =
                decoder.decode_to_utf8_without_replacement(&self.raw[self.raw_pos..self.raw_end], out, last);
            self.raw_pos += read;
            match result {
                encoding_rs::DecoderResult::InputEmpty if last => {
                    self.finished = true;
                    return Ok(written);
                }
                encoding_rs::DecoderResult::InputEmpty if written > 0 => return Ok(written),
                encoding_rs::DecoderResult::InputEmpty => {}
                encoding_rs::DecoderResult::OutputFull => return Ok(written),
                encoding_rs::DecoderResult::Malformed(..) => {
                    self.failed = true;
                    if written > 0 {
                        return Ok(written);
                    }
                }
            }
        }
    }
}

/// The UTF-8 stream that quick-xml reads, buffered, keeping what is needed to give the line and
/// column of any offset from the start of the current event on.
struct Source<R> {
    input: Utf8Input<R>,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// Stream offset of `buf[0]`.
    base: u64,
    /// Line of `buf[0]` (1-based) and characters before it on that line.
    base_line: usize,
    base_col: usize,
    /// Stream offset from which bytes are kept (the start of the current event).
    keep: u64,
    eof: bool,
    /// Stream offset of bytes invalid in the input's encoding, once found.
    bad_encoding_at: Option<u64>,
}

impl<R: Read> Source<R> {
    fn new(input: Utf8Input<R>) -> Self {
        Source {
            input,
            buf: vec![0; CHUNK],
            pos: 0,
            end: 0,
            base: 0,
            base_line: 1,
            base_col: 0,
            keep: 0,
            eof: false,
            bad_encoding_at: None,
        }
    }

    /// Stream offset of the next byte to consume.
    fn offset(&self) -> u64 {
        self.base + self.pos as u64
    }

    /// Reads more input after the buffered bytes, dropping what lies before `keep`; `false` at
    /// the end of the input.
    fn fill_more(&mut self) -> io::Result<bool> {
        let drop = self.keep.saturating_sub(self.base).min(self.pos as u64) as usize;
        if drop > 0 {
            let (line, col) = line_col(&self.buf, drop, self.base_line, self.base_col);
            (self.base_line, self.base_col) = (line, col - 1);
            self.buf.copy_within(drop..self.end, 0);
            self.end -= drop;
            self.pos -= drop;
            self.base += drop as u64;
        }
        if self.buf.len() - self.end < MIN_ROOM {
            self.buf.resize((self.buf.len() * 2).max(CHUNK), 0);
        }
        loop {
            match self.input.read(&mut self.buf[self.end..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    if e.get_ref().is_some_and(|inner| inner.is::<BadEncodingMarker>()) {
                        self.bad_encoding_at = Some(self.base + self.end as u64);
                    }
                    return Err(e);
                }
            }
        }
    }

    /// 1-based line and column of a stream offset at or after `keep`.
    fn line_col(&self, at: u64) -> (usize, usize) {
        let idx = at.saturating_sub(self.base).min(self.end as u64) as usize;
        line_col(&self.buf, idx, self.base_line, self.base_col)
    }

    /// If a DOCTYPE with an internal subset starts here, the offset of its `[` (or of where it
    /// grew too long to be a real one). Reads no further than that.
    fn internal_subset_ahead(&mut self) -> io::Result<Option<u64>> {
        while self.end - self.pos < 9 && !self.eof {
            self.fill_more()?;
        }
        let head = &self.buf[self.pos..self.end];
        if head.len() < 9 || !head[..9].eq_ignore_ascii_case(b"<!DOCTYPE") {
            return Ok(None);
        }
        let (mut rel, mut quote) = (9, 0u8);
        loop {
            while self.pos + rel < self.end {
                match self.buf[self.pos + rel] {
                    b if quote != 0 && b == quote => quote = 0,
                    _ if quote != 0 => {}
                    b @ (b'"' | b'\'') => quote = b,
                    b'[' => return Ok(Some(self.offset() + rel as u64)),
                    b'>' => return Ok(None),
                    _ => {}
                }
                rel += 1;
            }
            if rel > DOCTYPE_LIMIT {
                return Ok(Some(self.offset() + rel as u64));
            }
            if self.eof || !self.fill_more()? {
                return Ok(None);
            }
        }
    }

    /// The error for an I/O error that reading the input returned.
    fn io_fail(&self, e: &io::Error) -> Fail {
        match self.bad_encoding_at {
            Some(at) => (TmxErrorKind::BadEncoding, at),
            None => (TmxErrorKind::Io(e.kind()), self.base + self.end as u64),
        }
    }
}

impl<R: Read> Read for Source<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Source<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos == self.end && !self.eof {
            self.fill_more()?;
        }
        Ok(&self.buf[self.pos..self.end])
    }

    fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.end);
    }
}

// ---------------------------------------------------------------------------------------------
// Segments

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
struct SegBuilder {
    seg: String,
    text: String,
    scratch: String,
    frames: Vec<Frame>,
    /// A start tag was written without its `>`: it becomes `/>` if nothing follows before its end.
    open: bool,
    /// Whether to build `text` (the writer needs only `seg`).
    with_text: bool,
}

impl SegBuilder {
    fn clear(&mut self) {
        self.seg.clear();
        self.text.clear();
        self.frames.clear();
        self.open = false;
    }

    fn depth(&self) -> usize {
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

    fn end(&mut self) {
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
    fn chars(&mut self, s: &str) {
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
    fn char(&mut self, c: char) {
        self.close_open();
        if self.with_text && self.visible() {
            self.text.push(clean_char(c));
        }
        escape_char_into(&mut self.seg, c);
    }

    fn take(&mut self) -> (String, String) {
        self.frames.clear();
        self.open = false;
        (std::mem::take(&mut self.seg), std::mem::take(&mut self.text))
    }
}

/// Feeds the start of an inline element to `seg`.
fn inline_start(seg: &mut SegBuilder, e: &BytesStart<'_>, at: u64) -> Result<(), Fail> {
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
fn parse_fragment(b: &mut SegBuilder, fragment: &str) -> Result<(), Fail> {
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

// ---------------------------------------------------------------------------------------------
// Reading

/// Where the parser stands: the elements open around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Tmx,
    Header,
    Body,
    Tu,
    Tuv,
    /// Inside `<seg>`: inline elements are counted by the [`SegBuilder`].
    Seg,
    Prop,
    Note,
    /// An element that lockstep does not read, and everything in it.
    Skip,
}

/// What one event completed.
enum Step {
    More,
    Body,
    Tu(Tu),
    Done,
}

/// The TMX structure over XML events.
#[derive(Debug, Default)]
struct Parser {
    stack: Vec<Ctx>,
    root_seen: bool,
    header: Header,
    tu: Tu,
    /// Dates of the current unit's variants: the earliest creation, the latest change.
    tuv_created: Option<String>,
    tuv_changed: Option<String>,
    tuv_lang: String,
    tuv_seg: Option<(String, String)>,
    prop_type: String,
    acc: String,
    seg: SegBuilder,
    langs: LangCache,
}

/// Whether an element or attribute name is `want` (TMX names are lowercase; some tools are not).
fn is(name: &str, want: &str) -> bool {
    name.eq_ignore_ascii_case(want)
}

impl Parser {
    fn event(&mut self, event: Event<'_>, at: u64) -> Result<Step, Fail> {
        match event {
            Event::Start(e) => self.start(&e, at),
            Event::Empty(e) => {
                let started = self.start(&e, at)?;
                let ended = self.end(at)?;
                Ok(if matches!(ended, Step::More) { started } else { ended })
            }
            Event::End(_) => self.end(at),
            Event::Text(t) => self.chars(&t, at),
            Event::CData(t) => self.chars(&t, at),
            Event::GeneralRef(r) => {
                let c = resolve_ref(&r).map_err(|k| (k, at))?;
                match self.stack.last() {
                    None => return Err((TmxErrorKind::Malformed(XmlProblem::ContentOutsideRoot), at)),
                    Some(Ctx::Seg) => self.seg.char(c),
                    Some(Ctx::Prop | Ctx::Note) => self.acc.push(clean_char(c)),
                    Some(_) => {}
                }
                Ok(Step::More)
            }
            Event::DocType(_) if self.root_seen => Err((TmxErrorKind::Malformed(XmlProblem::MisplacedDoctype), at)),
            Event::DocType(_) | Event::Decl(_) | Event::PI(_) | Event::Comment(_) => Ok(Step::More),
            Event::Eof if !self.stack.is_empty() => Err((TmxErrorKind::Malformed(XmlProblem::UnexpectedEof), at)),
            Event::Eof if !self.root_seen => Err((TmxErrorKind::Malformed(XmlProblem::NoRootElement), at)),
            Event::Eof => Ok(Step::Done),
        }
    }

    fn start(&mut self, e: &BytesStart<'_>, at: u64) -> Result<Step, Fail> {
        let name = e.name().into_inner();
        if !is_name(name) {
            return Err((TmxErrorKind::Malformed(XmlProblem::BadName), at + 1));
        }
        let ctx = match self.stack.last() {
            None if self.root_seen => return Err((TmxErrorKind::Malformed(XmlProblem::ContentOutsideRoot), at)),
            None if !is(name, "tmx") => return Err((TmxErrorKind::NotTmx(name.to_owned()), at)),
            None => {
                self.root_seen = true;
                let version = &mut self.header.version;
                for_each_attr(e, at, |key, value, _| {
                    if is(key, "version") {
                        *version = Some(value.into_owned());
                    }
                })?;
                Ctx::Tmx
            }
            Some(Ctx::Tmx) if is(name, "header") => {
                self.read_header(e, at)?;
                Ctx::Header
            }
            Some(Ctx::Tmx) if is(name, "body") => {
                for_each_attr(e, at, |_, _, _| {})?;
                self.stack.push(Ctx::Body);
                return Ok(Step::Body);
            }
            Some(Ctx::Header | Ctx::Tu) if is(name, "prop") => {
                let prop_type = &mut self.prop_type;
                prop_type.clear();
                for_each_attr(e, at, |key, value, _| {
                    if is(key, "type") {
                        *prop_type = value.into_owned();
                    }
                })?;
                self.acc.clear();
                Ctx::Prop
            }
            Some(Ctx::Header | Ctx::Tu) if is(name, "note") => {
                for_each_attr(e, at, |_, _, _| {})?;
                self.acc.clear();
                Ctx::Note
            }
            Some(Ctx::Body) if is(name, "tu") => {
                self.begin_tu(e, at)?;
                Ctx::Tu
            }
            Some(Ctx::Tu) if is(name, "tuv") => {
                self.begin_tuv(e, at)?;
                Ctx::Tuv
            }
            Some(Ctx::Tuv) if is(name, "seg") && self.tuv_seg.is_none() => {
                for_each_attr(e, at, |_, _, _| {})?;
                self.seg.clear();
                self.seg.with_text = true;
                Ctx::Seg
            }
            Some(Ctx::Seg) => {
                inline_start(&mut self.seg, e, at)?;
                return Ok(Step::More);
            }
            Some(_) => {
                for_each_attr(e, at, |_, _, _| {})?;
                Ctx::Skip
            }
        };
        self.stack.push(ctx);
        Ok(Step::More)
    }

    fn end(&mut self, at: u64) -> Result<Step, Fail> {
        if self.stack.last() == Some(&Ctx::Seg) && self.seg.depth() > 0 {
            self.seg.end();
            return Ok(Step::More);
        }
        // quick-xml has checked that end tags match start tags.
        match self.stack.pop() {
            Some(Ctx::Seg) => self.tuv_seg = Some(self.seg.take()),
            Some(Ctx::Tuv) => {
                let Some((seg, text)) = self.tuv_seg.take() else {
                    return Err((TmxErrorKind::MissingSeg, at)); // at `</tuv>`, where it is missed
                };
                self.tu.variants.push(Tuv { lang: std::mem::take(&mut self.tuv_lang), seg, text });
            }
            Some(Ctx::Tu) => {
                let mut tu = std::mem::take(&mut self.tu);
                if tu.creation_date.is_none() {
                    tu.creation_date = self.tuv_created.take();
                }
                if tu.change_date.is_none() {
                    tu.change_date = self.tuv_changed.take();
                }
                if !tu.variants.is_empty() {
                    return Ok(Step::Tu(tu));
                }
            }
            Some(ctx @ (Ctx::Prop | Ctx::Note)) => {
                let value = std::mem::take(&mut self.acc);
                let (props, notes) = match self.stack.last() {
                    Some(Ctx::Header) => (&mut self.header.props, &mut self.header.notes),
                    Some(Ctx::Tu) => (&mut self.tu.props, &mut self.tu.notes),
                    _ => return Ok(Step::More),
                };
                if ctx == Ctx::Prop {
                    props.push((std::mem::take(&mut self.prop_type), value));
                } else {
                    notes.push(value);
                }
            }
            Some(Ctx::Tmx | Ctx::Header | Ctx::Body | Ctx::Skip) | None => {}
        }
        Ok(Step::More)
    }

    fn chars(&mut self, s: &str, at: u64) -> Result<Step, Fail> {
        match self.stack.last() {
            None if !s.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n')) => {
                return Err((TmxErrorKind::Malformed(XmlProblem::ContentOutsideRoot), at));
            }
            Some(Ctx::Seg) => self.seg.chars(s),
            Some(Ctx::Prop | Ctx::Note) => push_chars(&mut self.acc, s),
            _ => {}
        }
        Ok(Step::More)
    }

    fn read_header(&mut self, e: &BytesStart<'_>, at: u64) -> Result<(), Fail> {
        let h = &mut self.header;
        let mut srclang = None;
        for_each_attr(e, at, |key, value, vat| {
            let field = match key {
                "srclang" => {
                    srclang = Some((value, vat));
                    return;
                }
                "adminlang" => &mut h.adminlang,
                "creationtool" => &mut h.creation_tool,
                "creationtoolversion" => &mut h.creation_tool_version,
                "o-tmf" => &mut h.o_tmf,
                "segtype" => &mut h.segtype,
                "datatype" => &mut h.datatype,
                "creationdate" => &mut h.creation_date,
                "changedate" => &mut h.change_date,
                _ => return,
            };
            *field = Some(value.into_owned());
        })?;
        if let Some((raw, vat)) = srclang.filter(|(raw, _)| raw.trim() != "*all*") {
            let lang = self.langs.canonical(&raw).ok_or_else(|| (TmxErrorKind::BadLang(raw.into_owned()), vat))?;
            self.header.srclang = Some(lang);
        }
        Ok(())
    }

    fn begin_tu(&mut self, e: &BytesStart<'_>, at: u64) -> Result<(), Fail> {
        let tu = &mut self.tu;
        *tu = Tu { variants: Vec::with_capacity(2), ..Tu::default() };
        (self.tuv_created, self.tuv_changed) = (None, None);
        for_each_attr(e, at, |key, value, _| {
            let field = match key {
                "tuid" => &mut tu.tuid,
                "creationdate" => &mut tu.creation_date,
                "changedate" => &mut tu.change_date,
                _ => return,
            };
            *field = Some(value.into_owned());
        })
    }

    fn begin_tuv(&mut self, e: &BytesStart<'_>, at: u64) -> Result<(), Fail> {
        let (mut lang, mut legacy, mut created, mut changed) = (None, None, None, None);
        for_each_attr(e, at, |key, value, vat| match key {
            "xml:lang" => lang = Some((value, vat)),
            "lang" => legacy = Some((value, vat)),
            "creationdate" => created = Some(value),
            "changedate" => changed = Some(value),
            _ => {}
        })?;
        let (raw, vat) = lang.or(legacy).ok_or((TmxErrorKind::MissingLang, at))?;
        self.tuv_lang = self.langs.canonical(&raw).ok_or_else(|| (TmxErrorKind::BadLang(raw.into_owned()), vat))?;
        self.tuv_seg = None;
        if let Some(c) = created.filter(|c| self.tuv_created.as_ref().is_none_or(|old| **c < **old)) {
            self.tuv_created = Some(c.into_owned());
        }
        if let Some(c) = changed.filter(|c| self.tuv_changed.as_ref().is_none_or(|old| **c > **old)) {
            self.tuv_changed = Some(c.into_owned());
        }
        Ok(())
    }
}

/// Reads a TMX file one translation unit at a time, in constant memory.
///
/// [`Reader::new`] reads up to the start of `<body>`, so the [`Header`] is known before the first
/// unit. A unit is returned as soon as its `</tu>` is read: a file found malformed further on has
/// already returned units, so a caller that must import all or nothing keeps them aside until
/// [`Reader::next_tu`] returns `Ok(None)`.
pub struct Reader<R: Read> {
    xml: XmlReader<Source<R>>,
    buf: Vec<u8>,
    parser: Parser,
    done: bool,
}

impl<R: Read> Reader<R> {
    /// Starts reading `input` (buffering is done here: pass a plain `File`), and reads its
    /// header.
    pub fn new(input: R) -> Result<Self, TmxError> {
        let input = Utf8Input::new(input).map_err(|kind| TmxError { line: 1, col: 1, kind })?;
        let mut xml = XmlReader::from_reader(Source::new(input));
        let config = xml.config_mut();
        config.check_end_names = true;
        config.allow_dangling_amp = false;
        config.allow_unmatched_ends = false;
        config.expand_empty_elements = false;
        config.trim_text(false);
        let mut reader = Reader { xml, buf: Vec::with_capacity(4096), parser: Parser::default(), done: false };
        loop {
            match reader.step()? {
                Step::Body => break,
                Step::Done => {
                    reader.done = true;
                    break;
                }
                Step::More | Step::Tu(_) => {}
            }
        }
        Ok(reader)
    }

    /// The header of the file.
    pub fn header(&self) -> &Header {
        &self.parser.header
    }

    /// The header of the file, taking the reader.
    pub fn into_header(self) -> Header {
        self.parser.header
    }

    /// How many bytes of the input have been read so far (for a progress bar: compare with the
    /// file's size).
    pub fn bytes_read(&self) -> u64 {
        self.xml.get_ref().input.raw_read
    }

    /// The next translation unit; `Ok(None)` once the whole file has been read and found
    /// well-formed. Units without variants are skipped. After an error, returns `Ok(None)`.
    pub fn next_tu(&mut self) -> Result<Option<Tu>, TmxError> {
        while !self.done {
            match self.step()? {
                Step::Tu(tu) => return Ok(Some(tu)),
                Step::Done => self.done = true,
                Step::More | Step::Body => {}
            }
        }
        Ok(None)
    }

    /// Reads one XML event.
    fn step(&mut self) -> Result<Step, TmxError> {
        let source = self.xml.get_mut();
        let at = source.offset();
        source.keep = at;
        let mut result = Ok(None);
        if !self.parser.root_seen {
            result = source.internal_subset_ahead().map_err(|e| source.io_fail(&e));
        }
        let result = match result {
            Ok(Some(bracket)) => Err((TmxErrorKind::DtdRefused, bracket)),
            Err(fail) => Err(fail),
            Ok(None) => {
                self.buf.clear();
                match self.xml.read_event_into(&mut self.buf) {
                    Ok(event) => self.parser.event(event, at),
                    Err(e) => {
                        let position = self.xml.error_position();
                        let source = self.xml.get_ref();
                        Err(xml_fail(e, position, at, |err| source.io_fail(err)))
                    }
                }
            }
        };
        result.map_err(|(kind, offset)| {
            self.done = true;
            let (line, col) = self.xml.get_ref().line_col(offset);
            TmxError { line, col, kind }
        })
    }
}

impl<R: Read> Iterator for Reader<R> {
    type Item = Result<Tu, TmxError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_tu().transpose()
    }
}

/// Reads a whole TMX file in constant memory: calls `on_tu` with each translation unit and
/// `progress` with the number of bytes read so far (now and then, and once at the end), and
/// returns the header. An error from `on_tu` stops reading and is returned as
/// [`ReadError::Caller`]. See [`Reader`] for reading one unit at a time.
pub fn read<R: Read, E>(
    input: R,
    mut on_tu: impl FnMut(Tu) -> Result<(), E>,
    mut progress: impl FnMut(u64),
) -> Result<Header, ReadError<E>> {
    let mut reader = Reader::new(input)?;
    let mut reported = 0;
    while let Some(tu) = reader.next_tu()? {
        on_tu(tu).map_err(ReadError::Caller)?;
        let n = reader.bytes_read();
        if n != reported {
            reported = n;
            progress(n);
        }
    }
    progress(reader.bytes_read());
    Ok(reader.into_header())
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Writes a whole TMX 1.4b document (UTF-8, valid against the TMX 1.4 DTD): the header with
/// `creationtool="lockstep"` and its version, `datatype="plaintext"`, `segtype="paragraph"`,
/// `o-tmf="lockstep"` and what `header` holds, then one `<tu>` per unit with its props, notes,
/// dates and variants.
///
/// Languages are canonicalized and segments brought to the canonical form (so `seg` may be any
/// well-formed fragment; [`Tuv::text`] is not used). A language that is no language, a malformed
/// `seg` or a unit without variants is refused with an [`io::ErrorKind::InvalidInput`] error
/// whose payload is a [`BadInput`]. Writes in 64 KiB blocks: no need to buffer `out`.
pub fn write<W: Write>(mut out: W, header: &HeaderOut, tus: impl IntoIterator<Item = Tu>) -> io::Result<()> {
    let bad = |unit, kind| io::Error::new(io::ErrorKind::InvalidInput, BadInput { unit, kind });
    let mut w = TmxWriter {
        s: String::with_capacity(CHUNK + CHUNK / 4),
        seg: SegBuilder::default(),
        langs: LangCache::default(),
    };
    w.header(header).map_err(|kind| bad(None, kind))?;
    for (index, tu) in tus.into_iter().enumerate() {
        w.tu(&tu).map_err(|kind| bad(Some(index), kind))?;
        if w.s.len() >= CHUNK {
            out.write_all(w.s.as_bytes())?;
            w.s.clear();
        }
    }
    w.s.push_str("  </body>\n</tmx>\n");
    out.write_all(w.s.as_bytes())?;
    out.flush()
}

struct TmxWriter {
    s: String,
    seg: SegBuilder,
    langs: LangCache,
}

impl TmxWriter {
    fn attr(&mut self, name: &str, value: &str) {
        self.s.push(' ');
        self.s.push_str(name);
        self.s.push_str("=\"");
        escape_into(&mut self.s, value, true);
        self.s.push('"');
    }

    fn element(&mut self, indent: &str, name: &str, attr: Option<(&str, &str)>, text: &str) {
        self.s.push_str(indent);
        self.s.push('<');
        self.s.push_str(name);
        if let Some((k, v)) = attr {
            self.attr(k, v);
        }
        self.s.push('>');
        escape_into(&mut self.s, text, false);
        self.s.push_str("</");
        self.s.push_str(name);
        self.s.push_str(">\n");
    }

    fn props_and_notes(&mut self, indent: &str, props: &[(String, String)], notes: &[String]) {
        // The DTD wants a <tu>'s notes and props in any order; props first, as most tools do.
        for (t, v) in props {
            self.element(indent, "prop", Some(("type", t)), v);
        }
        for n in notes {
            self.element(indent, "note", None, n);
        }
    }

    fn header(&mut self, h: &HeaderOut) -> Result<(), TmxErrorKind> {
        let srclang = match &h.srclang {
            None => "*all*".to_owned(),
            Some(l) => canonical_lang(l).ok_or_else(|| TmxErrorKind::BadLang(l.clone()))?,
        };
        self.s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header");
        self.attr("creationtool", "lockstep");
        self.attr("creationtoolversion", env!("CARGO_PKG_VERSION"));
        self.attr("segtype", "paragraph");
        self.attr("o-tmf", "lockstep");
        self.attr("adminlang", &h.adminlang);
        self.attr("srclang", &srclang);
        self.attr("datatype", "plaintext");
        if let Some(d) = &h.creation_date {
            self.attr("creationdate", d);
        }
        if h.props.is_empty() && h.notes.is_empty() {
            self.s.push_str("/>\n");
        } else {
            self.s.push_str(">\n");
            self.props_and_notes("    ", &h.props, &h.notes);
            self.s.push_str("  </header>\n");
        }
        self.s.push_str("  <body>\n");
        Ok(())
    }

    fn tu(&mut self, tu: &Tu) -> Result<(), TmxErrorKind> {
        if tu.variants.is_empty() {
            return Err(TmxErrorKind::NoVariants);
        }
        let mark = self.s.len();
        self.s.push_str("    <tu");
        if let Some(v) = &tu.tuid {
            self.attr("tuid", v);
        }
        if let Some(v) = &tu.creation_date {
            self.attr("creationdate", v);
        }
        if let Some(v) = &tu.change_date {
            self.attr("changedate", v);
        }
        self.s.push_str(">\n");
        self.props_and_notes("      ", &tu.props, &tu.notes);
        for tuv in &tu.variants {
            let Some(lang) = self.langs.canonical(&tuv.lang) else {
                self.s.truncate(mark);
                return Err(TmxErrorKind::BadLang(tuv.lang.clone()));
            };
            self.s.push_str("      <tuv");
            self.attr("xml:lang", &lang);
            self.s.push_str(">\n        <seg>");
            if let Err(kind) = self.push_seg(&tuv.seg) {
                self.s.truncate(mark);
                return Err(kind);
            }
            self.s.push_str("</seg>\n      </tuv>\n");
        }
        self.s.push_str("    </tu>\n");
        Ok(())
    }

    /// Appends a segment in the canonical form.
    fn push_seg(&mut self, seg: &str) -> Result<(), TmxErrorKind> {
        if is_clean(seg.as_bytes(), b"&<>") {
            self.s.push_str(seg); // plain text: already canonical
            return Ok(());
        }
        self.seg.clear();
        self.seg.with_text = false;
        parse_fragment(&mut self.seg, seg).map_err(|(kind, _)| kind)?;
        self.s.push_str(&self.seg.seg);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::strategy::ValueTree;
    use std::cell::Cell;
    use std::rc::Rc;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/tmx/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// The header and units of a whole file, or the first error.
    fn read_all(bytes: &[u8]) -> Result<(Header, Vec<Tu>), TmxError> {
        let mut reader = Reader::new(bytes)?;
        let tus = reader.by_ref().collect::<Result<Vec<_>, _>>()?;
        Ok((reader.into_header(), tus))
    }

    fn error_of(bytes: &[u8]) -> TmxError {
        match read_all(bytes) {
            Ok((_, tus)) => panic!("no error; read {tus:?}"),
            Err(e) => e,
        }
    }

    fn write_to_vec(header: &HeaderOut, tus: Vec<Tu>) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        write(&mut out, header, tus)?;
        Ok(out)
    }

    /// Line and column of the first occurrence of `needle` in `text`.
    fn place_of(text: &str, needle: &str) -> (usize, usize) {
        let at = text.find(needle).unwrap();
        line_col(text.as_bytes(), at, 1, 0)
    }

    fn variant<'a>(tu: &'a Tu, lang: &str) -> &'a Tuv {
        tu.variants.iter().find(|v| v.lang == lang).unwrap_or_else(|| panic!("no {lang} in {tu:?}"))
    }

    #[test]
    fn canonical_lang_maps_the_codes_found_in_real_files() {
        let cases = [
            ("en", "en"),
            ("EN-GB", "en"),
            ("en_US", "en"),
            ("en-us", "en"),
            ("en_US.UTF-8", "en"),
            ("en-Latn-US", "en"),
            ("eng", "en"),
            ("bg-BG", "bg"),
            ("BG", "bg"),
            ("bg-Cyrl", "bg"),
            ("bul", "bg"),
            ("hr-HR", "hr"),
            ("el-GR", "el"),
            ("gre", "el"),
            ("sr", "sr-Cyrl"),
            ("SR", "sr-Cyrl"),
            ("sr-RS", "sr-Cyrl"),
            ("sr-Cyrl-RS", "sr-Cyrl"),
            ("sr-SP-Cyrl", "sr-Cyrl"),
            ("sr-Cyrl-CS", "sr-Cyrl"),
            ("sr-BA", "sr-Cyrl"),
            ("sr-Latn", "sr-Latn"),
            ("sr-Latn-RS", "sr-Latn"),
            ("sr-ME", "sr-Latn"),
            ("sr-Latn-ME", "sr-Latn"),
            ("sr-SP-Latn", "sr-Latn"),
            ("SR-SP-LATN", "sr-Latn"),
            ("sr-CS", "sr-Latn"),
            ("sr_RS@latin", "sr-Latn"),
            ("sr_RS.UTF-8@latin", "sr-Latn"),
            ("sh", "sr-Latn"),
            ("sh-YU", "sr-Latn"),
            ("srp", "sr-Cyrl"),
            ("iw", "he"),
            ("iw-IL", "he"),
            ("in", "id"),
            ("ji", "yi"),
            ("jw", "jv"),
            ("mo", "ro"),
            ("no", "nb"),
            ("no-NO", "nb"),
            ("nb-NO", "nb"),
            ("nn-NO", "nn"),
            ("no-NO-nynorsk", "nn"),
            ("no-nyn", "nn"),
            ("zh", "zh-Hans"),
            ("zh-CN", "zh-Hans"),
            ("zh-SG", "zh-Hans"),
            ("zh-CHS", "zh-Hans"),
            ("zh-Hans-CN", "zh-Hans"),
            ("zh-TW", "zh-Hant"),
            ("zh-HK", "zh-Hant"),
            ("zh-CHT", "zh-Hant"),
            ("zh-Hant", "zh-Hant"),
            ("zh-cmn-Hant", "zh-Hant"),
            ("pt", "pt"),
            ("pt-BR", "pt-BR"),
            ("PT-BR", "pt-BR"),
            ("pt-PT", "pt-PT"),
            ("pt-AO", "pt-PT"),
            ("es-419", "es"),
            ("es-ES", "es"),
            ("fr-CA", "fr"),
            ("de-DE-1996", "de"),
            ("ca-ES-valencia", "ca"),
            ("en-US-x-twain", "en"),
            ("uz-Cyrl", "uz-Cyrl"),
            ("uz-Latn-UZ", "uz"),
            ("bs-Cyrl-BA", "bs-Cyrl"),
            ("ja-JP", "ja"),
            ("fil-PH", "fil"),
            ("ast", "ast"),
            (" de ", "de"),
        ];
        for (tag, want) in cases {
            assert_eq!(canonical_lang(tag).as_deref(), Some(want), "{tag}");
        }
    }

    #[test]
    fn canonical_lang_refuses_what_is_no_language() {
        for tag in
            ["", "*all*", "x-klingon", "i-klingon", "english", "e", "en-", "en--GB", "und", "mul", "12", "en-GB!"]
        {
            assert_eq!(canonical_lang(tag), None, "{tag:?}");
        }
    }

    #[test]
    fn reads_a_multilingual_file() {
        let (header, tus) = read_all(&fixture("multilingual.tmx")).unwrap();
        assert_eq!(header.version.as_deref(), Some("1.4"));
        assert_eq!(header.srclang.as_deref(), Some("en"));
        assert_eq!(header.adminlang.as_deref(), Some("en-US"));
        assert_eq!(header.creation_tool.as_deref(), Some("Okapi Rainbow"));
        assert_eq!(header.creation_tool_version.as_deref(), Some("1.44.0"));
        assert_eq!(header.o_tmf.as_deref(), Some("okp"));
        assert_eq!(header.segtype.as_deref(), Some("sentence"));
        assert_eq!(header.datatype.as_deref(), Some("xml"));
        assert_eq!(header.creation_date.as_deref(), Some("20230224T090000Z"));
        assert_eq!(header.props, [("x-project".to_owned(), "UDHR statements".to_owned())]);
        assert_eq!(header.notes, ["Article 1 in six languages & inline markup."]);
        assert_eq!(
            tus.iter().map(|t| t.tuid.as_deref().unwrap()).collect::<Vec<_>>(),
            ["udhr-1", "inline-1", "inline-2", "entities", "omegat-dates"]
        );

        let tu = &tus[0];
        assert_eq!(tu.creation_date.as_deref(), Some("20230224T091500Z"));
        assert_eq!(tu.change_date.as_deref(), Some("20230301T120000Z"));
        assert_eq!(
            tu.props,
            [("x-document".to_owned(), "udhr.en.md".to_owned()), ("x-bead".to_owned(), "b7f3a".to_owned())]
        );
        assert_eq!(tu.notes, ["Article 1, first sentence"]);
        let langs: Vec<_> = tu.variants.iter().map(|v| v.lang.as_str()).collect();
        assert_eq!(langs, ["en", "bg", "sr-Cyrl", "sr-Latn", "el", "hr"]);
        let bg = variant(tu, "bg");
        assert_eq!(bg.seg, "Всички хора се раждат свободни и равни по достойнство и права.");
        assert_eq!(bg.text, bg.seg);
        assert_eq!(
            variant(tu, "el").text,
            "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια και τα δικαιώματα."
        );
    }

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
    fn takes_the_dates_of_the_variants_when_the_unit_has_none() {
        let (_, tus) = read_all(&fixture("multilingual.tmx")).unwrap();
        let tu = &tus[4];
        assert_eq!(tu.creation_date.as_deref(), Some("20211231T235959Z"));
        assert_eq!(tu.change_date.as_deref(), Some("20220315T151515Z"));
        assert_eq!(tu.variants.len(), 3, "two bg variants are both kept");
        // A unit's own dates win over its variants'.
        assert_eq!(tus[3].change_date.as_deref(), Some("20230302T080000Z"));
        assert_eq!(tus[3].creation_date, None);
    }

    #[test]
    fn reads_utf8_with_a_bom_and_crlf_line_ends() {
        let bytes = fixture("trados-bom.tmx");
        assert!(bytes.starts_with(b"\xEF\xBB\xBF") && bytes.windows(2).any(|w| w == b"\r\n"));
        let (header, tus) = read_all(&bytes).unwrap();
        assert_eq!(header.creation_tool.as_deref(), Some("SDL Language Platform"));
        assert_eq!(header.srclang.as_deref(), Some("en"));
        assert_eq!(header.props.len(), 2);
        assert_eq!(tus.len(), 2);
        assert_eq!(tus[0].props, [("x-Domain:SinglePicklist".to_owned(), "Human rights".to_owned())]);
        assert_eq!(tus[0].tuid, None);
        assert_eq!(variant(&tus[1], "en").text, "Everyone has the right\nto education.");
        assert_eq!(variant(&tus[1], "bg").seg, "Всеки човек има право\nна образование.");
    }

    #[test]
    fn reads_utf16_little_and_big_endian() {
        let le = fixture("memoq-utf16le.tmx");
        let be = fixture("memoq-utf16be.tmx");
        assert!(le.starts_with(b"\xFF\xFE") && be.starts_with(b"\xFE\xFF"));
        let from_le = read_all(&le).unwrap();
        let from_be = read_all(&be).unwrap();
        assert_eq!(from_le, from_be);
        // The same text saved as UTF-8 (its declaration still says utf-16, as in many real files).
        let units: Vec<u16> = le[2..].chunks(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        let utf8 = String::from_utf16(&units).unwrap();
        assert_eq!(read_all(utf8.as_bytes()).unwrap(), from_le);
        // And without its BOM.
        assert_eq!(read_all(&le[2..]).unwrap(), from_le);

        let (header, tus) = from_le;
        assert_eq!(header.creation_tool.as_deref(), Some("memoQ"));
        assert_eq!(header.srclang.as_deref(), Some("en"));
        assert_eq!(variant(&tus[0], "bg").text, "Всеки човек има право на живот, свобода и лична сигурност.");
        assert_eq!(variant(&tus[1], "el").text, "Ειρήνη 🕊 & αδελφοσύνη");
        assert_eq!(variant(&tus[1], "el").seg, "Ειρήνη 🕊 &amp; αδελφοσύνη");
    }

    #[test]
    fn reads_an_encoding_named_in_the_declaration() {
        let (header, tus) = read_all(&fixture("windows-1251.tmx")).unwrap();
        assert_eq!(header.creation_tool.as_deref(), Some("Wordfast"));
        assert_eq!(variant(&tus[0], "bg").text, "Всеки човек има право на труд – и на почивка „и отдих“.");
    }

    #[test]
    fn reads_lang_of_tmx_1_1_and_odd_codes() {
        let (header, tus) = read_all(&fixture("legacy-langs.tmx")).unwrap();
        assert_eq!(header.version.as_deref(), Some("version 1.1"));
        assert_eq!(header.srclang.as_deref(), Some("en"));
        let langs: Vec<_> = tus[0].variants.iter().map(|v| (v.lang.as_str(), v.text.as_str())).collect();
        assert_eq!(
            langs,
            [
                ("en", "Article 1"),
                ("bg", "Член 1"),
                ("sr-Latn", "Član 1"),
                ("sr-Cyrl", "Члан 1"),
                ("sr-Latn", "Član 1"),
                ("sr-Cyrl", "Члан 1"),
                ("sr-Latn", "Član 1"),
                ("hr", "Članak 1."),
                ("el", "Άρθρο 1"),
                ("he", "סעיף 1"),
                ("id", "Pasal 1"),
                ("yi", "אַרטיקל 1"),
                ("nb", "Artikkel 1"),
                ("zh-Hans", "第一条"),
                ("zh-Hant", "第一條"),
                ("pt-BR", "Artigo 1"),
                ("pt-PT", "Artigo 1.º"),
                ("en", "Article 1"),
                ("es", "Artículo 1"),
            ]
        );
        assert_eq!(
            tus[1].props,
            [("Txt::Doc. No.".to_owned(), "32003R0001".to_owned()), ("Att::Origin".to_owned(), "DGT".to_owned())]
        );
        assert_eq!(variant(&tus[1], "bg").text, "Регламент (ЕО) № 1/2003 на Съвета");
    }

    #[test]
    fn malformed_xml_is_an_error_naming_line_and_column() {
        let bytes = fixture("malformed.tmx");
        let mut reader = Reader::new(&bytes[..]).unwrap();
        assert!(reader.next_tu().unwrap().is_some(), "the first unit comes before the error");
        let err = reader.next_tu().unwrap_err();
        assert_eq!(
            err,
            TmxError {
                line: 11,
                col: 62,
                kind: TmxErrorKind::Malformed(XmlProblem::MismatchedEndTag {
                    expected: "seg".to_owned(),
                    found: "tuv".to_owned()
                })
            }
        );
        assert_eq!(reader.next_tu().unwrap(), None, "nothing after an error");
    }

    #[test]
    fn an_unknown_entity_is_an_error() {
        let err = error_of(&fixture("unknown-entity.tmx"));
        assert_eq!(err, TmxError { line: 6, col: 34, kind: TmxErrorKind::UnknownEntity("nbsp".to_owned()) });
    }

    /// A reader that counts the bytes it hands out.
    struct Counting<R> {
        inner: R,
        served: Rc<Cell<u64>>,
    }

    impl<R: Read> Read for Counting<R> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.inner.read(buf)?;
            self.served.set(self.served.get() + n as u64);
            Ok(n)
        }
    }

    #[test]
    fn billion_laughs_and_endless_doctypes_are_refused_at_once() {
        let started = std::time::Instant::now();
        let err = error_of(&fixture("billion-laughs.tmx"));
        assert_eq!(err, TmxError { line: 2, col: 15, kind: TmxErrorKind::DtdRefused });
        assert!(started.elapsed() < std::time::Duration::from_millis(100));

        // Endless declarations, and an endless DOCTYPE: refused after a bounded read.
        let heads: [&[u8]; 2] = [b"<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [", b"<!DOCTYPE tmx SYSTEM \""];
        for (head, filler) in heads.into_iter().zip([&b"<!ENTITY a \"aaaaaaaa\">"[..], b"x"]) {
            let served = Rc::new(Cell::new(0));
            let endless = head.chain(io::repeat(filler[0]).take(u64::MAX));
            let input = Counting { inner: endless, served: served.clone() };
            let err = Reader::new(input).err().unwrap();
            assert_eq!(err.kind, TmxErrorKind::DtdRefused);
            assert!(served.get() < 4 * CHUNK as u64, "read {} bytes", served.get());
        }
    }

    #[test]
    fn external_entities_are_never_fetched() {
        let err = error_of(&fixture("external-entity.tmx"));
        assert_eq!(err, TmxError { line: 2, col: 34, kind: TmxErrorKind::DtdRefused });
    }

    #[test]
    fn a_doctype_naming_an_external_dtd_is_ignored() {
        for doctype in [
            "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">",
            "<!DOCTYPE tmx PUBLIC \"-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN\" \"tmx14.dtd\" >",
            "<!DOCTYPE tmx SYSTEM 'http://example.org/[odd]/tmx14.dtd'>",
            "<!doctype tmx>",
        ] {
            let xml = format!(
                "<?xml version=\"1.0\"?>\n<!-- exported -->\n{doctype}\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\
                 <tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu></body></tmx>"
            );
            let (header, tus) = read_all(xml.as_bytes()).unwrap_or_else(|e| panic!("{doctype}: {e}"));
            assert_eq!((header.srclang.as_deref(), tus.len()), (Some("en"), 1));
        }
    }

    #[test]
    fn structural_and_xml_errors_name_their_place() {
        use TmxErrorKind as K;
        use XmlProblem as P;
        let unit = |tuv: &str| format!("<tmx><body><tu>{tuv}</tu></body></tmx>");
        let cases: Vec<(String, &str, TmxErrorKind)> = vec![
            ("<html><body/></html>".into(), "<html", K::NotTmx("html".into())),
            ("".into(), "", K::Malformed(P::NoRootElement)),
            (unit("<tuv><seg>a</seg></tuv>"), "<tuv", K::MissingLang),
            (unit("<tuv xml:lang=\"english\"><seg>a</seg></tuv>"), "english", K::BadLang("english".into())),
            (unit("<tuv xml:lang=\"*all*\"><seg>a</seg></tuv>"), "*all*", K::BadLang("*all*".into())),
            (unit("<tuv xml:lang=\"en\"><prop type=\"a\">b</prop></tuv>"), "</tuv", K::MissingSeg),
            (unit("<tuv xml:lang=\"en\"/>"), "<tuv", K::MissingSeg),
            ("<tmx/>\n<TMX/>".into(), "<TMX", K::Malformed(P::ContentOutsideRoot)),
            ("text<tmx/>".into(), "text", K::Malformed(P::ContentOutsideRoot)),
            (unit("<tuv xml:lang=\"en\"><seg>a & b</seg></tuv>"), "& b", K::Malformed(P::UnclosedReference)),
            (unit("<tuv xml:lang=\"en\"><seg>a &#xD800; b</seg></tuv>"), "&#x", K::BadCharRef("#xD800".into())),
            (unit("<tuv xml:lang=\"en\"><seg>a &#12a; b</seg></tuv>"), "&#1", K::BadCharRef("#12a".into())),
            (unit("<tuv xml:lang=\"en\"><seg>a <ph x=\"1<2\"/></seg></tuv>"), "<2", K::Malformed(P::LtInAttribute)),
            (
                unit("<tuv xml:lang=\"en\" lang=\"bg\" xml:lang=\"bg\"><seg>a</seg></tuv>"),
                "xml:lang=\"bg\"",
                K::Malformed(P::DuplicateAttribute),
            ),
            ("<tmx><body><tu tuid=\"&foo;\"/></body></tmx>".into(), "&foo", K::UnknownEntity("foo".into())),
            ("<tmx>\n<!DOCTYPE tmx>\n</tmx>".into(), "<!DOC", K::Malformed(P::MisplacedDoctype)),
            (
                "<tmx><body></tu></body></tmx>".into(),
                "</tu",
                K::Malformed(P::MismatchedEndTag { expected: "body".into(), found: "tu".into() }),
            ),
            ("<tmx/></tmx>".into(), "</", K::Malformed(P::UnmatchedEndTag("tmx".into()))),
            ("<tmx><body>\n<tu".into(), "<tu", K::Malformed(P::UnclosedTag)),
            ("<tmx version='1.4></tmx>".into(), "<tmx", K::Malformed(P::UnclosedAttributeValue)),
            ("<tmx>\n<!-- never closed".into(), "<!--", K::Malformed(P::UnclosedComment)),
            ("<tmx><![CDATA[ never closed".into(), "<![", K::Malformed(P::UnclosedCData)),
            ("<tmx><!ENTITY x \"y\"></tmx>".into(), "<!E", K::Malformed(P::InvalidMarkup)),
            ("<tmx><body>".into(), "", K::Malformed(P::UnexpectedEof)),
            ("<tmx><body><1a/></body></tmx>".into(), "1a", K::Malformed(P::BadName)),
        ];
        for (xml, needle, kind) in cases {
            let err = error_of(xml.as_bytes());
            let (line, col) = if needle.is_empty() && !xml.is_empty() {
                line_col(xml.as_bytes(), xml.len(), 1, 0)
            } else {
                place_of(&xml, needle)
            };
            assert_eq!(err, TmxError { line, col, kind }, "{xml}");
        }
        // An element in the wrong place (a second body, a tu outside body) is skipped, not an error.
        let xml = "<tmx><tu><tuv><seg/></tuv></tu><body><tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu></body>\
                   <body/></tmx>";
        assert_eq!(read_all(xml.as_bytes()).unwrap().1.len(), 1);
    }

    #[test]
    fn bad_bytes_and_unknown_encodings_are_errors() {
        let err = error_of(b"<tmx>\n<body>\xFF</body></tmx>");
        assert_eq!(err, TmxError { line: 2, col: 7, kind: TmxErrorKind::BadEncoding });
        let mut bytes = "<tmx>\n<body>Жж".as_bytes().to_vec();
        bytes.extend(b"\xC3(</body></tmx>");
        let err = error_of(&bytes);
        assert_eq!((err.line, err.col, err.kind), (2, 9, TmxErrorKind::BadEncoding));

        let mut utf16: Vec<u8> = vec![0xFF, 0xFE];
        for unit in "<tmx>\n<body>Ж".encode_utf16().chain([0xD800]).chain("</body></tmx>".encode_utf16()) {
            utf16.extend(unit.to_le_bytes());
        }
        let err = error_of(&utf16);
        assert_eq!(err, TmxError { line: 2, col: 8, kind: TmxErrorKind::BadEncoding });

        let err = error_of(b"<?xml version=\"1.0\" encoding=\"klingon-8\"?><tmx/>");
        assert_eq!(err.kind, TmxErrorKind::UnknownEncoding("klingon-8".to_owned()));
        let err = error_of(b"\xFF\xFE\0\0<\0\0\0");
        assert_eq!(err.kind, TmxErrorKind::UnknownEncoding("UTF-32".to_owned()));
        let err = error_of(b"\xEF\xBB\xBF");
        assert_eq!(err.kind, TmxErrorKind::Malformed(XmlProblem::NoRootElement));

        let le: Vec<u8> = "<tmx/>".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(read_all(&le).is_ok(), "UTF-16 without a BOM");
        let latin1 = b"<?xml version='1.0' encoding='ISO-8859-1'?><tmx><body><tu><tuv lang='de'><seg>Gr\xFC\xDFe</seg>\
                       </tuv></tu></body></tmx>";
        assert_eq!(read_all(latin1).unwrap().1[0].variants[0].text, "Grüße");
    }

    #[test]
    fn errors_deep_in_a_large_file_name_the_right_line() {
        let mut body = String::new();
        for i in 0..5000 {
            body.push_str(&format!(
                "<tu tuid=\"{i}\">\n<tuv xml:lang=\"en\"><seg>Unit {i} — ünïcödé</seg></tuv>\n\
                 <tuv xml:lang=\"bg\"><seg>Единица {i}</seg></tuv>\n</tu>\n"
            ));
        }
        let tails = [
            (
                "<tuv xml:lang=\"bg\"><seg>Счупена &oops; единица</seg></tuv>",
                "&oops",
                33,
                TmxErrorKind::UnknownEntity("oops".into()),
            ),
            ("<tuv xml:lang=\"bg\"><note>Без сегмент</note></tuv>", "</tuv", 44, TmxErrorKind::MissingSeg),
        ];
        for (tail, needle, col, kind) in tails {
            let xml = format!(
                "<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n{body}<tu>\n{tail}\n</tu>\n</body>\n</tmx>\n"
            );
            assert!(xml.len() > 4 * CHUNK);
            let mut reader = Reader::new(xml.as_bytes()).unwrap();
            let mut n = 0;
            let err = loop {
                match reader.next_tu() {
                    Ok(Some(_)) => n += 1,
                    Ok(None) => panic!("no error"),
                    Err(e) => break e,
                }
            };
            assert_eq!(n, 5000);
            let at = xml.rfind(needle).unwrap();
            assert_eq!(line_col(xml.as_bytes(), at, 1, 0), (3 + 5000 * 4 + 2, col));
            assert_eq!(err, TmxError { line: 3 + 5000 * 4 + 2, col, kind });
        }
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

    #[test]
    fn from_text_escapes_what_needs_it() {
        let v = Tuv::from_text("en", "a < b & c > d \"q\" 'a'\r\n");
        assert_eq!(v.seg, "a &lt; b &amp; c &gt; d \"q\" 'a'&#13;\n");
        assert_eq!(v.text, "a < b & c > d \"q\" 'a'\r\n");
        let tu = Tu { variants: vec![v.clone()], ..Tu::default() };
        let bytes = write_to_vec(&HeaderOut::new(Some("en")), vec![tu]).unwrap();
        assert_eq!(read_all(&bytes).unwrap().1[0].variants[0], v);
    }

    fn sample_units() -> Vec<Tu> {
        vec![
            Tu {
                tuid: Some("b7f3a".into()),
                creation_date: Some("20230224T091500Z".into()),
                change_date: None,
                props: vec![("x-document".into(), "a.en.md".into())],
                notes: vec!["Rock & roll".into()],
                variants: vec![Tuv::from_text("en", "All <human> beings"), Tuv::from_text("bg-BG", "Всички хора")],
            },
            Tu {
                tuid: None,
                creation_date: None,
                change_date: Some("20230301T120000Z".into()),
                props: vec![],
                notes: vec![],
                variants: vec![
                    Tuv::from_seg("en", "Click <bpt i=\"1\">&lt;b&gt;</bpt>here<ept i=\"1\">&lt;/b&gt;</ept>").unwrap(),
                    Tuv::from_seg("sr-Latn", "Kliknite <bpt i=\"1\">&lt;b&gt;</bpt>ovde<ept i=\"1\">&lt;/b&gt;</ept>")
                        .unwrap(),
                ],
            },
        ]
    }

    #[test]
    fn writes_the_expected_document() {
        let mut header = HeaderOut::new(Some("en-US"));
        header.notes.push("exported".into());
        let out = String::from_utf8(write_to_vec(&header, sample_units()).unwrap()).unwrap();
        let version = env!("CARGO_PKG_VERSION");
        let expected = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="lockstep" creationtoolversion="{version}" segtype="paragraph" o-tmf="lockstep" adminlang="en" srclang="en" datatype="plaintext">
    <note>exported</note>
  </header>
  <body>
    <tu tuid="b7f3a" creationdate="20230224T091500Z">
      <prop type="x-document">a.en.md</prop>
      <note>Rock &amp; roll</note>
      <tuv xml:lang="en">
        <seg>All &lt;human&gt; beings</seg>
      </tuv>
      <tuv xml:lang="bg">
        <seg>Всички хора</seg>
      </tuv>
    </tu>
    <tu changedate="20230301T120000Z">
      <tuv xml:lang="en">
        <seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept></seg>
      </tuv>
      <tuv xml:lang="sr-Latn">
        <seg>Kliknite <bpt i="1">&lt;b&gt;</bpt>ovde<ept i="1">&lt;/b&gt;</ept></seg>
      </tuv>
    </tu>
  </body>
</tmx>
"#
        );
        assert_eq!(out, expected);
        let (h, tus) = read_all(out.as_bytes()).unwrap();
        assert_eq!(h.srclang.as_deref(), Some("en"));
        assert_eq!(h.creation_tool.as_deref(), Some("lockstep"));
        assert_eq!(tus[1].variants[0].text, "Click here");
        let empty = String::from_utf8(write_to_vec(&HeaderOut::new(None), vec![]).unwrap()).unwrap();
        assert!(empty.contains("srclang=\"*all*\" datatype=\"plaintext\"/>\n  <body>\n  </body>\n</tmx>\n"));
    }

    #[test]
    fn write_refuses_what_would_not_be_valid_tmx() {
        let refused = |header: HeaderOut, tus: Vec<Tu>| {
            let err = write_to_vec(&header, tus).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
            err.into_inner().unwrap().downcast::<BadInput>().map(|b| *b).unwrap()
        };
        let mut tus = sample_units();
        tus[1].variants[1].lang = "klingon".into();
        assert_eq!(
            refused(HeaderOut::new(None), tus),
            BadInput { unit: Some(1), kind: TmxErrorKind::BadLang("klingon".into()) }
        );
        let mut tus = sample_units();
        tus[0].variants[0].seg = "a <b>c".into();
        assert_eq!(refused(HeaderOut::new(None), tus).kind, TmxErrorKind::Malformed(XmlProblem::UnexpectedEof));
        let mut tus = sample_units();
        tus[0].variants.clear();
        assert_eq!(refused(HeaderOut::new(None), tus), BadInput { unit: Some(0), kind: TmxErrorKind::NoVariants });
        assert_eq!(refused(HeaderOut::new(Some("*all*")), vec![]).unit, None);
    }

    #[test]
    fn read_reports_progress_and_passes_caller_errors_through() {
        let bytes = fixture("multilingual.tmx");
        let mut seen = Vec::new();
        let mut progress = Vec::new();
        let header = read(
            &bytes[..],
            |tu| {
                seen.push(tu);
                Ok::<_, ()>(())
            },
            |n| progress.push(n),
        )
        .unwrap();
        assert_eq!(header.srclang.as_deref(), Some("en"));
        assert_eq!(seen.len(), 5);
        assert!(progress.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(progress.last(), Some(&(bytes.len() as u64)));

        let mut count = 0;
        let result = read(
            &bytes[..],
            |_| {
                count += 1;
                if count == 2 { Err("full") } else { Ok(()) }
            },
            |_| {},
        );
        assert!(matches!(result, Err(ReadError::Caller("full"))));
        assert_eq!(count, 2);
        let result = read(&fixture("malformed.tmx")[..], |_| Ok::<_, ()>(()), |_| {});
        assert!(matches!(result, Err(ReadError::Tmx(TmxError { line: 11, .. }))));
    }

    /// A TMX file of `n` units made on the fly, never held in memory.
    struct Generated {
        n: usize,
        i: usize,
        chunk: Vec<u8>,
        pos: usize,
        finished: bool,
    }

    impl Generated {
        fn new(n: usize) -> Self {
            let head = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n";
            Generated { n, i: 0, chunk: head.as_bytes().to_vec(), pos: 0, finished: false }
        }
    }

    impl Read for Generated {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.pos == self.chunk.len() {
                self.chunk.clear();
                self.pos = 0;
                if self.i < self.n {
                    let i = self.i;
                    self.chunk.extend(
                        format!(
                            "<tu tuid=\"{i}\"><tuv xml:lang=\"en\"><seg>Everyone has the right {i} &amp; more</seg></tuv>\
                             <tuv xml:lang=\"bg\"><seg>Всеки човек има право {i}</seg></tuv></tu>\n"
                        )
                        .bytes(),
                    );
                    self.i += 1;
                } else if !self.finished {
                    self.chunk.extend(b"</body></tmx>\n");
                    self.finished = true;
                }
            }
            let n = buf.len().min(self.chunk.len() - self.pos);
            buf[..n].copy_from_slice(&self.chunk[self.pos..self.pos + n]);
            self.pos += n;
            Ok(n)
        }
    }

    #[test]
    fn memory_stays_bounded_however_long_the_file() {
        let mut reader = Reader::new(Generated::new(40_000)).unwrap();
        let mut n = 0;
        while let Some(tu) = reader.next_tu().unwrap() {
            assert_eq!(tu.tuid, Some(n.to_string()));
            n += 1;
        }
        assert_eq!(n, 40_000);
        assert!(reader.bytes_read() > 6_000_000);
        assert!(reader.xml.get_ref().buf.len() <= 2 * CHUNK);
        assert!(reader.buf.capacity() <= CHUNK);
    }

    // Random units for the round trip: texts full of markup characters, segments with inline
    // elements (valid, misplaced and unknown), references, CDATA and comments.

    fn text() -> impl Strategy<Value = String> {
        let odd = vec![
            '<', '>', '&', '"', '\'', '\r', '\n', '\t', ']', ';', '#', 'Ж', 'λ', 'č', '🕊', '\u{1}', '\u{FFFE}',
            '\u{A0}', '\u{2014}',
        ];
        proptest::collection::vec(
            prop_oneof![6 => proptest::char::range('a', 'z'), 2 => Just(' '), 2 => proptest::sample::select(odd)],
            0..20,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    #[derive(Debug, Clone)]
    enum Node {
        Text(String),
        Ref(&'static str),
        CData(String),
        Comment,
        Element(&'static str, Vec<(&'static str, String)>, Vec<Node>),
    }

    fn node() -> impl Strategy<Value = Node> {
        let refs = vec!["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x416;", "&#13;", "&#10;", "&#1;"];
        let leaf = prop_oneof![
            5 => text().prop_map(Node::Text),
            2 => proptest::sample::select(refs).prop_map(Node::Ref),
            1 => text().prop_map(|t| Node::CData(t.replace("]]>", ""))),
            1 => Just(Node::Comment),
        ];
        let names = vec!["bpt", "ept", "it", "ph", "hi", "sub", "ut", "g", "x", "PH"];
        let attrs = vec!["i", "x", "type", "pos", "assoc", "datatype", "id", "ctype"];
        leaf.prop_recursive(3, 24, 4, move |inner| {
            (
                proptest::sample::select(names.clone()),
                proptest::collection::vec(
                    (
                        proptest::sample::select(attrs.clone()),
                        prop_oneof![text(), Just("begin".to_owned()), Just("end".to_owned())],
                    ),
                    0..3,
                ),
                proptest::collection::vec(inner, 0..4),
            )
                .prop_map(|(name, attrs, children)| Node::Element(name, attrs, children))
        })
    }

    fn render(nodes: &[Node], out: &mut String) {
        for node in nodes {
            match node {
                Node::Text(t) => out.push_str(&t.replace('&', "&amp;").replace('<', "&lt;")),
                Node::Ref(r) => out.push_str(r),
                Node::CData(t) => {
                    out.push_str("<![CDATA[");
                    out.push_str(t);
                    out.push_str("]]>");
                }
                Node::Comment => out.push_str("<!-- note -->"),
                Node::Element(name, attrs, children) => {
                    out.push('<');
                    out.push_str(name);
                    let mut seen = Vec::new();
                    for (k, v) in attrs.iter().filter(|(k, _)| {
                        !seen.contains(k) && {
                            seen.push(*k);
                            true
                        }
                    }) {
                        out.push_str(&format!(
                            " {k}=\"{}\"",
                            v.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;")
                        ));
                    }
                    if children.is_empty() {
                        out.push_str("/>");
                    } else {
                        out.push('>');
                        render(children, out);
                        out.push_str(&format!("</{name}>"));
                    }
                }
            }
        }
    }

    fn lang() -> impl Strategy<Value = String> {
        proptest::sample::select(vec![
            "en",
            "EN-GB",
            "bg_BG",
            "sr",
            "sr-Latn-RS",
            "el-GR",
            "hr",
            "pt-BR",
            "zh-TW",
            "iw",
        ])
        .prop_map(str::to_owned)
    }

    fn unit() -> impl Strategy<Value = Tu> {
        let date = proptest::option::of(proptest::sample::select(vec!["20230224T091500Z", "19991231T235959Z"]));
        let variant = (lang(), proptest::collection::vec(node(), 0..5)).prop_map(|(lang, nodes)| {
            let mut seg = String::new();
            render(&nodes, &mut seg);
            Tuv { lang, seg, text: String::new() }
        });
        (
            proptest::option::of(text()),
            date.clone(),
            date,
            proptest::collection::vec((text(), text()), 0..3),
            proptest::collection::vec(text(), 0..3),
            proptest::collection::vec(variant, 1..4),
        )
            .prop_map(|(tuid, created, changed, props, notes, variants)| Tu {
                tuid,
                creation_date: created.map(str::to_owned),
                change_date: changed.map(str::to_owned),
                props,
                notes,
                variants,
            })
    }

    fn header_out() -> impl Strategy<Value = HeaderOut> {
        (
            proptest::option::of(lang()),
            proptest::collection::vec((text(), text()), 0..2),
            proptest::collection::vec(text(), 0..2),
        )
            .prop_map(|(srclang, props, notes)| HeaderOut {
                srclang,
                adminlang: "en-US".to_owned(),
                creation_date: Some("20240101T000000Z".to_owned()),
                props,
                notes,
            })
    }

    fn clean(s: &str) -> String {
        s.chars().map(clean_char).collect()
    }

    proptest! {
        #[test]
        fn export_import_export_is_byte_stable(header in header_out(), tus in proptest::collection::vec(unit(), 0..6)) {
            let first = write_to_vec(&header, tus.clone()).unwrap();
            let (read_header, read_tus) = read_all(&first).unwrap();
            let second = write_to_vec(&HeaderOut::from(&read_header), read_tus.clone()).unwrap();
            prop_assert_eq!(String::from_utf8(first).unwrap(), String::from_utf8(second.clone()).unwrap());
            prop_assert_eq!(read_all(&second).unwrap(), (read_header.clone(), read_tus.clone()));

            // What is read back is what was written, in canonical form.
            prop_assert_eq!(read_header.srclang, header.srclang.as_deref().and_then(canonical_lang));
            prop_assert_eq!(read_header.notes, header.notes.iter().map(|n| clean(n)).collect::<Vec<_>>());
            prop_assert_eq!(read_tus.len(), tus.len());
            for (written, read) in tus.iter().zip(&read_tus) {
                prop_assert_eq!(read.tuid.clone(), written.tuid.as_deref().map(clean));
                prop_assert_eq!(&read.creation_date, &written.creation_date);
                prop_assert_eq!(&read.change_date, &written.change_date);
                let props: Vec<_> = written.props.iter().map(|(t, v)| (clean(t), clean(v))).collect();
                prop_assert_eq!(&read.props, &props);
                prop_assert_eq!(read.notes.clone(), written.notes.iter().map(|n| clean(n)).collect::<Vec<_>>());
                for (w, r) in written.variants.iter().zip(&read.variants) {
                    let canonical = Tuv::from_seg(canonical_lang(&w.lang).unwrap(), &w.seg).unwrap();
                    prop_assert_eq!(r, &canonical);
                }
            }
        }
    }

    /// A damaged copy of a fixture: bytes changed, inserted or cut.
    fn damaged() -> impl Strategy<Value = Vec<u8>> {
        let names = vec![
            "multilingual.tmx",
            "trados-bom.tmx",
            "memoq-utf16le.tmx",
            "legacy-langs.tmx",
            "windows-1251.tmx",
            "billion-laughs.tmx",
        ];
        let edit =
            (any::<proptest::sample::Index>(), proptest::sample::select(b"<>&;/\"'=[]!?#x\0\xFF\xC3".to_vec()), 0..3u8);
        (proptest::sample::select(names), proptest::collection::vec(edit, 1..6), any::<proptest::sample::Index>())
            .prop_map(|(name, edits, cut)| {
                let mut bytes = fixture(name);
                for (at, byte, how) in edits {
                    let i = at.index(bytes.len());
                    match how {
                        0 => bytes[i] = byte,
                        1 => bytes.insert(i, byte),
                        _ => {
                            bytes.remove(i);
                        }
                    }
                }
                if cut.index(4) == 0 {
                    bytes.truncate(cut.index(bytes.len()));
                }
                bytes
            })
    }

    proptest! {
        #[test]
        fn damaged_files_are_read_or_refused_never_misread(bytes in damaged()) {
            match read_all(&bytes) {
                Ok((header, tus)) => {
                    // Whatever was read can be written, and reads back the same.
                    let out = write_to_vec(&HeaderOut::from(&header), tus.clone()).unwrap();
                    prop_assert_eq!(read_all(&out).unwrap().1, tus);
                }
                Err(e) => prop_assert!(e.line >= 1 && e.col >= 1),
            }
        }
    }

    /// xmllint's verdict on a file against the TMX 1.4 DTD, or `None` when xmllint is absent.
    fn xmllint_validates(bytes: &[u8], name: &str) -> Option<Result<(), String>> {
        let dtd = format!("{}/tests/fixtures/tmx/tmx14.dtd", env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let output = match std::process::Command::new("xmllint")
            .args(["--noout", "--nonet", "--dtdvalid", &dtd])
            .arg(&path)
            .output()
        {
            Ok(output) => output,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
            Err(e) => panic!("xmllint: {e}"),
        };
        Some(if output.status.success() { Ok(()) } else { Err(String::from_utf8_lossy(&output.stderr).into_owned()) })
    }

    #[test]
    fn written_files_validate_against_the_tmx_dtd() {
        let mut files =
            vec![("sample.tmx".to_owned(), write_to_vec(&HeaderOut::new(Some("en")), sample_units()).unwrap())];
        for name in ["multilingual.tmx", "trados-bom.tmx", "memoq-utf16le.tmx", "legacy-langs.tmx", "windows-1251.tmx"]
        {
            let (header, tus) = read_all(&fixture(name)).unwrap();
            files.push((name.to_owned(), write_to_vec(&HeaderOut::from(&header), tus).unwrap()));
        }
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let random: Vec<Tu> = (0..300).map(|_| unit().new_tree(&mut runner).unwrap().current()).collect();
        let header = header_out().new_tree(&mut runner).unwrap().current();
        files.push(("random.tmx".to_owned(), write_to_vec(&header, random).unwrap()));
        for (name, bytes) in files {
            match xmllint_validates(&bytes, &name) {
                None => {
                    eprintln!("note: xmllint not found (Debian package libxml2-utils): DTD validation skipped");
                    return;
                }
                Some(result) => {
                    if let Err(e) = result {
                        panic!("{name} does not validate:\n{e}\n{}", String::from_utf8_lossy(&bytes));
                    }
                }
            }
        }
    }

    /// Read and write throughput on a real file: `LOCKSTEP_TMX_BENCH=FILE cargo test --release --lib
    /// tmx::tests::throughput -- --ignored --nocapture` (make FILE with bench/gen_tmx.py).
    #[test]
    #[ignore]
    fn throughput() {
        let Ok(path) = std::env::var("LOCKSTEP_TMX_BENCH") else {
            eprintln!("set LOCKSTEP_TMX_BENCH to a TMX file");
            return;
        };
        let size = std::fs::metadata(&path).unwrap().len() as f64;
        let started = std::time::Instant::now();
        let (mut units, mut variants, mut chars) = (0usize, 0usize, 0usize);
        let header = read(
            std::fs::File::open(&path).unwrap(),
            |tu| {
                units += 1;
                variants += tu.variants.len();
                chars += tu.variants.iter().map(|v| v.text.len()).sum::<usize>();
                Ok::<_, ()>(())
            },
            |_| {},
        )
        .unwrap();
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "read {units} units ({variants} variants, {chars} bytes of text) from {:.1} MB in {secs:.2} s: {:.1} MB/s",
            size / 1e6,
            size / 1e6 / secs
        );
        if std::env::var_os("LOCKSTEP_TMX_BENCH_WRITE").is_none() {
            return;
        }
        let tus = Reader::new(std::fs::File::open(&path).unwrap()).unwrap().collect::<Result<Vec<_>, _>>().unwrap();
        struct Sink(u64);
        impl Write for Sink {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                self.0 += buf.len() as u64;
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut out = Sink(0);
        let started = std::time::Instant::now();
        write(&mut out, &HeaderOut::from(&header), tus).unwrap();
        let secs = started.elapsed().as_secs_f64();
        eprintln!("wrote {:.1} MB in {secs:.2} s: {:.1} MB/s", out.0 as f64 / 1e6, out.0 as f64 / 1e6 / secs);
    }
}
