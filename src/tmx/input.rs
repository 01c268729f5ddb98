//! Input: any encoding to UTF-8, with positions. [`Utf8Input`] finds the encoding of a file from its
//! first bytes and decodes it to UTF-8; [`Source`] buffers that stream for quick-xml, keeping what
//! it needs to give the line and column of any offset in the current event, and refuses a DOCTYPE
//! with an internal subset before reading it.

use std::fmt;
use std::io::{self, BufRead, Read};

use super::Fail;
use super::TmxErrorKind;
use crate::error::line_col;

pub(super) const CHUNK: usize = 64 * 1024;
/// How much of the start of a file is read to find its encoding.
const SNIFF: usize = 1024;
/// How long a DOCTYPE may be before it is refused unread (a real one is a line).
const DOCTYPE_LIMIT: usize = 64 * 1024;
/// The least free room in the buffer when reading more (a decoder needs a few bytes).
const MIN_ROOM: usize = 8 * 1024;

/// The payload of the I/O error that reports bytes invalid in the input's encoding.
#[derive(Debug)]
struct BadEncodingMarker;

/// The most bytes one piece of a TMX file (a text between tags, a tag with its attributes) may
/// take: real segments are a few kilobytes; a longer piece is refused rather than buffered.
pub const MAX_EVENT: usize = 16 << 20;

/// Marks the I/O error of a piece longer than [`MAX_EVENT`].
#[derive(Debug)]
struct TooLongMarker;

impl fmt::Display for TooLongMarker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("piece too long")
    }
}

impl std::error::Error for TooLongMarker {}

impl fmt::Display for BadEncodingMarker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("bad encoding")
    }
}

impl std::error::Error for BadEncodingMarker {}

/// The input as UTF-8: UTF-8 passes through (without its BOM), anything else is decoded.
pub(super) struct Utf8Input<R> {
    inner: R,
    /// Bytes read from `inner` so far.
    pub(super) raw_read: u64,
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
    pub(super) fn new(mut inner: R) -> Result<Self, TmxErrorKind> {
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
pub(super) struct Source<R> {
    pub(super) input: Utf8Input<R>,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// Stream offset of `buf[0]`.
    base: u64,
    /// Line of `buf[0]` (1-based) and characters before it on that line.
    base_line: usize,
    base_col: usize,
    /// Stream offset from which bytes are kept (the start of the current event).
    pub(super) keep: u64,
    eof: bool,
    /// Stream offset of bytes invalid in the input's encoding, once found.
    bad_encoding_at: Option<u64>,
    /// Stream offset of a piece longer than [`MAX_EVENT`], once found.
    too_long_at: Option<u64>,
    /// Stream offset of a text that was cut at [`MAX_EVENT`], not yet taken by the reader.
    cut: Option<u64>,
    /// Lines of skipped text: (stream offset they stood before, how many line ends).
    line_fixes: Vec<(u64, usize)>,
}

impl<R: Read> Source<R> {
    pub(super) fn new(input: Utf8Input<R>) -> Self {
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
            too_long_at: None,
            cut: None,
            line_fixes: Vec::new(),
        }
    }

    /// Stream offset of the next byte to consume.
    pub(super) fn offset(&self) -> u64 {
        self.base + self.pos as u64
    }

    /// Reads more input after the buffered bytes, dropping what lies before `keep`; `false` at
    /// the end of the input.
    fn fill_more(&mut self) -> io::Result<bool> {
        let drop = self.keep.saturating_sub(self.base).min(self.pos as u64) as usize;
        if drop > 0 {
            let (line, col) = line_col(&self.buf, drop, self.base_line, self.base_col);
            let new_base = self.base + drop as u64;
            let skipped: usize = self.line_fixes.iter().filter(|(o, _)| *o <= new_base).map(|(_, n)| n).sum();
            self.line_fixes.retain(|(o, _)| *o > new_base);
            (self.base_line, self.base_col) = (line + skipped, col - 1);
            self.buf.copy_within(drop..self.end, 0);
            self.end -= drop;
            self.pos -= drop;
            self.base += drop as u64;
        }
        // What is kept is the current piece: past the limit, a text is cut (the rest of it, up to
        // the next markup, is read and dropped: the reader skips the unit it stands in) and a tag
        // is refused. Either way it is never buffered whole.
        let piece = self.keep.saturating_sub(self.base) as usize;
        if self.end.saturating_sub(piece) >= MAX_EVENT {
            if self.buf.get(piece) == Some(&b'<') {
                self.too_long_at = Some(self.keep);
                return Err(io::Error::new(io::ErrorKind::InvalidData, TooLongMarker));
            }
            self.cut = Some(self.keep);
            return self.skip_text();
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
    pub(super) fn line_col(&self, at: u64) -> (usize, usize) {
        let idx = at.saturating_sub(self.base).min(self.end as u64) as usize;
        let (line, col) = line_col(&self.buf, idx, self.base_line, self.base_col);
        // Line ends of skipped text still count (the column after them may be off).
        let skipped: usize = self.line_fixes.iter().filter(|(o, _)| *o <= at).map(|(_, n)| n).sum();
        (line + skipped, col)
    }

    /// Drops input up to the next `<` (the rest of a text too long to keep), counting its line
    /// ends; appends what follows it. `false` at the end of the input.
    fn skip_text(&mut self) -> io::Result<bool> {
        let mut chunk = vec![0u8; CHUNK];
        let mut lines = 0;
        // The parser has the kept part already: a character it ends in the middle of is completed
        // first (its continuation bytes pass), so that the text it reads is whole UTF-8.
        let mut first = true;
        loop {
            let n = match self.input.read(&mut chunk) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            let mut from = 0;
            if first {
                first = false;
                from = chunk[..n].iter().take(3).take_while(|&&b| b & 0xc0 == 0x80).count();
                self.append(&chunk[..from]);
            }
            if n == 0 {
                self.line_fixes.push((self.base + self.end as u64, lines));
                self.eof = true;
                return Ok(false);
            }
            let read = &chunk[from..n];
            match read.iter().position(|&b| b == b'<') {
                Some(lt) => {
                    lines += read[..lt].iter().filter(|&&b| b == b'\n').count();
                    self.line_fixes.push((self.base + self.end as u64, lines));
                    self.append(&read[lt..]);
                    return Ok(true);
                }
                None => lines += read.iter().filter(|&&b| b == b'\n').count(),
            }
        }
    }

    /// Appends `bytes` to the buffer after its end, growing it if needed.
    fn append(&mut self, bytes: &[u8]) {
        if self.buf.len() - self.end < bytes.len() {
            self.buf.resize(self.end + bytes.len() + CHUNK, 0);
        }
        self.buf[self.end..self.end + bytes.len()].copy_from_slice(bytes);
        self.end += bytes.len();
    }

    /// The stream offset of a text cut since the last call, if any.
    pub(super) fn take_cut(&mut self) -> Option<u64> {
        self.cut.take()
    }

    /// If a DOCTYPE with an internal subset starts here, the offset of its `[` (or of where it
    /// grew too long to be a real one). Reads no further than that.
    pub(super) fn internal_subset_ahead(&mut self) -> io::Result<Option<u64>> {
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
    pub(super) fn io_fail(&self, e: &io::Error) -> Fail {
        match (self.too_long_at, self.bad_encoding_at) {
            (Some(at), _) => (TmxErrorKind::TooLong, at),
            (_, Some(at)) => (TmxErrorKind::BadEncoding, at),
            _ => (TmxErrorKind::Io(e.kind()), self.base + self.end as u64),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tmx::test_support::{error_of, fixture, read_all, variant};
    use crate::tmx::{Reader, TmxError, XmlProblem};
    use std::cell::Cell;
    use std::rc::Rc;

    #[test]
    fn reads_utf8_with_a_bom_and_crlf_line_ends() {
        let bytes = fixture("trados-bom.tmx");
        assert!(bytes.starts_with(b"\xEF\xBB\xBF") && bytes.windows(2).any(|w| w == b"\r\n"));
        let (header, tus) = read_all(&bytes).unwrap();
        assert_eq!(header.creation_tool.as_deref(), Some("SDL Language Platform"));
        assert_eq!(header.srclang.as_deref(), Some("en-US"));
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
        assert_eq!(header.srclang.as_deref(), Some("en-GB"));
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
        let err = error_of(&fixture("billion-laughs.tmx"));
        assert_eq!(err, TmxError { line: 2, col: 15, kind: TmxErrorKind::DtdRefused });

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

    #[test]
    fn a_text_longer_than_the_limit_is_cut_and_its_unit_skipped_in_bounded_memory() {
        // A segment of 20 MiB between two good units, and 20 MiB of text straight in <body>:
        // the unit is skipped with its line, the rest read, nothing buffered whole.
        let head = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/>\n<body>\n";
        let unit = |text: &str| format!("<tu><tuv xml:lang=\"en\"><seg>{text}</seg></tuv></tu>\n");
        let long = "x\n".repeat(10 << 20);
        for (doc, skipped) in [
            (
                format!(
                    "{head}{}<tu><tuv xml:lang=\"en\">\n<seg>{long}</seg></tuv></tu>\n{}</body></tmx>",
                    unit("a"),
                    unit("b")
                ),
                Some(6),
            ),
            (format!("{head}{}{long}{}</body></tmx>", unit("a"), unit("b")), None),
        ] {
            let mut reader = Reader::new(doc.as_bytes()).unwrap();
            let mut texts = Vec::new();
            while let Some(tu) = reader.next_tu().unwrap() {
                texts.push(tu.variants[0].text.clone());
                assert!(reader.xml.get_ref().buf.len() <= 2 * MAX_EVENT + 4 * CHUNK, "the buffer stayed bounded");
            }
            assert_eq!(texts, ["a", "b"]);
            assert!(reader.buf.capacity() <= 2 * MAX_EVENT + 4 * CHUNK, "so did the parser's");
            let header = reader.into_header();
            assert_eq!(header.skipped.first().map(|(line, _)| *line), skipped);
        }
        // A tag that long is refused.
        let doc = format!("{head}<tu tuid=\"{}\"></tu></body></tmx>", "y".repeat(20 << 20));
        let err = Reader::new(doc.as_bytes()).unwrap().next_tu().unwrap_err();
        assert_eq!((err.kind, err.line), (TmxErrorKind::TooLong, 4));
    }

    #[test]
    fn a_cut_never_splits_a_character_and_a_unit_without_variants_keeps_its_cut() {
        let head = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/>\n<body>\n";
        let unit = |text: &str| format!("<tu><tuv xml:lang=\"en\"><seg>{text}</seg></tuv></tu>\n");
        for pad in ["", "a", "ab"] {
            let long = format!("{pad}{}", "жи".repeat(6 << 20));
            let doc =
                format!("{head}<tu><tuv xml:lang=\"en\"><seg>{long}</seg></tuv></tu>\n{}</body></tmx>", unit("b"));
            let mut reader = Reader::new(doc.as_bytes()).unwrap();
            let mut texts = Vec::new();
            while let Some(tu) = reader.next_tu().unwrap() {
                texts.push(tu.variants[0].text.clone());
            }
            assert_eq!(texts, ["b"], "padding {pad:?}");
        }
        // A cut in a unit that has no variants is that unit's, not the next one's.
        let doc =
            format!("{head}<tu><note>{}</note></tu>\n{}{}</body></tmx>", "n".repeat(20 << 20), unit("a"), unit("b"));
        let mut reader = Reader::new(doc.as_bytes()).unwrap();
        let mut texts = Vec::new();
        while let Some(tu) = reader.next_tu().unwrap() {
            texts.push(tu.variants[0].text.clone());
        }
        assert_eq!(texts, ["a", "b"]);
        assert_eq!(reader.into_header().skipped.len(), 1);
    }
}
