//! Reading: [`Reader`] turns the XML events of a TMX file into a [`Header`] and [`Tu`]s, one unit at
//! a time; [`read()`] wraps it with callbacks.

use std::io::Read;

use quick_xml::events::{BytesStart, Event};

use super::escape::{clean_char, for_each_attr, is_name, push_chars, resolve_ref, xml_fail};
use super::input::{Source, Utf8Input};
use super::lang::LangCache;
use super::segment::{SegBuilder, inline_start};
use super::{Fail, Header, ReadError, TmxError, TmxErrorKind, Tu, Tuv, XmlProblem, XmlReader};

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
    tuv_props: Vec<(String, String)>,
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
    /// Whether the events so far stand inside a `<tu>`.
    fn in_unit(&self) -> bool {
        self.stack.contains(&Ctx::Tu)
    }

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
            Some(Ctx::Header | Ctx::Tu | Ctx::Tuv) if is(name, "prop") => {
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
                let (lang, props) = (std::mem::take(&mut self.tuv_lang), std::mem::take(&mut self.tuv_props));
                self.tu.variants.push(Tuv { lang, seg, text, props });
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
                    Some(Ctx::Header) => (&mut self.header.props, Some(&mut self.header.notes)),
                    Some(Ctx::Tu) => (&mut self.tu.props, Some(&mut self.tu.notes)),
                    // A variant keeps its props; its notes are skipped.
                    Some(Ctx::Tuv) => (&mut self.tuv_props, None),
                    _ => return Ok(Step::More),
                };
                if ctx == Ctx::Prop {
                    props.push((std::mem::take(&mut self.prop_type), value));
                } else if let Some(notes) = notes {
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
        self.tuv_props.clear();
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
    pub(super) xml: XmlReader<Source<R>>,
    pub(super) buf: Vec<u8>,
    parser: Parser,
    done: bool,
    /// Where a text of the current unit was cut for its length: the unit is skipped.
    cut_unit: Option<(usize, usize)>,
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
        let mut reader =
            Reader { xml, buf: Vec::with_capacity(4096), parser: Parser::default(), done: false, cut_unit: None };
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
            let step = self.step()?;
            // A text cut for its length: the unit it stands in is skipped, and said so in the
            // header's `skipped`; a text between units only loses what it had.
            if let Some(at) = self.xml.get_mut().take_cut()
                && self.parser.in_unit()
            {
                self.cut_unit = Some(self.xml.get_ref().line_col(at));
            }
            // A unit that ended without giving a unit (no variants) takes its cut with it.
            if !matches!(step, Step::Tu(_))
                && !self.parser.in_unit()
                && let Some(place) = self.cut_unit.take()
            {
                self.parser.header.skipped.push(place);
            }
            match step {
                Step::Tu(tu) => match self.cut_unit.take() {
                    Some(place) => self.parser.header.skipped.push(place),
                    None => return Ok(Some(tu)),
                },
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::line_col;
    use crate::tmx::test_support::{error_of, fixture, read_all, variant};

    /// Line and column of the first occurrence of `needle` in `text`.
    fn place_of(text: &str, needle: &str) -> (usize, usize) {
        let at = text.find(needle).unwrap();
        line_col(text.as_bytes(), at, 1, 0)
    }

    #[test]
    fn reads_a_multilingual_file() {
        let (header, tus) = read_all(&fixture("multilingual.tmx")).unwrap();
        assert_eq!(header.version.as_deref(), Some("1.4"));
        assert_eq!(header.srclang.as_deref(), Some("en-US"));
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
        assert_eq!(
            langs,
            ["en-US", "bg-BG", "sr-Cyrl-RS", "sr-Latn-RS", "el-GR", "hr-HR"],
            "tags as the file has them"
        );
        let bg = variant(tu, "bg");
        assert_eq!(bg.seg, "Всички хора се раждат свободни и равни по достойнство и права.");
        assert_eq!(bg.text, bg.seg);
        assert_eq!(
            variant(tu, "el").text,
            "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια και τα δικαιώματα."
        );
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
    fn a_variant_keeps_its_props_and_skips_its_notes() {
        let tmx = r#"<tmx version="1.4"><header srclang="en"/><body>
<tu><prop type="x-unit">u</prop>
<tuv xml:lang="en"><seg>Free.</seg></tuv>
<tuv xml:lang="bg-BG"><note>checked</note><prop type="x-lockstep-document">a.en.md</prop>
<prop type="x-lockstep-bead">b1</prop><seg>Свободни.</seg></tuv>
<tuv xml:lang="el"><prop type="x-lockstep-bead">e&amp;1</prop><seg>Ελεύθεροι.</seg></tuv>
</tu></body></tmx>"#;
        let (_, tus) = read_all(tmx.as_bytes()).unwrap();
        let prop = |t: &str, v: &str| (t.to_owned(), v.to_owned());
        assert_eq!(tus[0].props, [prop("x-unit", "u")], "a variant's props stay out of its unit's");
        assert!(tus[0].notes.is_empty());
        let props: Vec<_> = tus[0].variants.iter().map(|v| v.props.clone()).collect();
        assert_eq!(
            props,
            [
                vec![],
                vec![prop("x-lockstep-document", "a.en.md"), prop("x-lockstep-bead", "b1")],
                vec![prop("x-lockstep-bead", "e&1")]
            ]
        );
    }

    #[test]
    fn reads_lang_of_tmx_1_1_and_odd_codes() {
        let (header, tus) = read_all(&fixture("legacy-langs.tmx")).unwrap();
        assert_eq!(header.version.as_deref(), Some("version 1.1"));
        assert_eq!(header.srclang.as_deref(), Some("en-GB"));
        // Tags as the file has them, in BCP 47 form; written languages as lockstep matches them.
        let langs: Vec<_> = tus[0]
            .variants
            .iter()
            .map(|v| (v.lang.as_str(), crate::text::lang::written_language(&v.lang).unwrap(), v.text.as_str()))
            .collect();
        let want = [
            ("en-GB", "en", "Article 1"),
            ("bg", "bg", "Член 1"),
            ("sr-Latn-SP", "sr-Latn", "Član 1"),
            ("sr-Cyrl-SP", "sr-Cyrl", "Члан 1"),
            ("sr-Latn-YU", "sr-Latn", "Član 1"),
            ("sr-RS", "sr-Cyrl", "Члан 1"),
            ("sr-ME", "sr-Latn", "Član 1"),
            ("hr-HR", "hr", "Članak 1."),
            ("el-GR", "el", "Άρθρο 1"),
            ("he-IL", "he", "סעיף 1"),
            ("id-ID", "id", "Pasal 1"),
            ("yi", "yi", "אַרטיקל 1"),
            ("no-NO", "nb", "Artikkel 1"),
            ("zh-CN", "zh-Hans", "第一条"),
            ("zh-TW", "zh-Hant", "第一條"),
            ("pt-BR", "pt-BR", "Artigo 1"),
            ("pt-PT", "pt-PT", "Artigo 1.º"),
            ("en", "en", "Article 1"),
            ("es-419", "es", "Artículo 1"),
        ];
        let want: Vec<_> = want.iter().map(|&(tag, key, text)| (tag, key.to_owned(), text)).collect();
        assert_eq!(langs, want);
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
        assert_eq!(header.srclang.as_deref(), Some("en-US"));
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
}
