//! Writing: [`write()`] puts units out as a TMX 1.4b document, languages canonical and segments in
//! the canonical form.

use std::io::{self, Write};

use super::escape::{escape_into, is_clean};
use super::input::CHUNK;
use super::lang::{LangCache, bcp47};
use super::segment::{SegBuilder, parse_fragment};
use super::{BadInput, HeaderOut, TmxErrorKind, Tu};

/// Writes a whole TMX 1.4b document (UTF-8, valid against the TMX 1.4 DTD): the header with
/// `creationtool="lockstep"` and its version, `datatype="plaintext"`, `segtype="paragraph"`,
/// `o-tmf="lockstep"` and what `header` holds, then one `<tu>` per unit with its props, notes,
/// dates and variants, each variant with its props.
///
/// Languages are canonicalized and segments brought to the canonical form (so `seg` may be any
/// well-formed fragment; [`Tuv::text`] is not used). A language that is no language, a malformed
/// `seg` or a unit without variants is refused with an [`io::ErrorKind::InvalidInput`] error
/// whose payload is a [`BadInput`]. Writes in 64 KiB blocks: no need to buffer `out`.
///
/// [`Tuv::text`]: super::Tuv::text
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
        // The DTD wants the notes and props of a <header>, <tu> or <tuv> in any order (before a
        // <tuv>'s <seg>); props first, as most tools do.
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
            Some(l) => bcp47(l).ok_or_else(|| TmxErrorKind::BadLang(l.clone()))?,
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
            self.s.push_str(">\n");
            self.props_and_notes("        ", &tuv.props, &[]);
            self.s.push_str("        <seg>");
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
    use crate::tmx::XmlProblem;
    use crate::tmx::test_support::{read_all, sample_units, write_to_vec};

    #[test]
    fn writes_the_expected_document() {
        let mut header = HeaderOut::new(Some("en-US"));
        header.notes.push("exported".into());
        let out = String::from_utf8(write_to_vec(&header, sample_units()).unwrap()).unwrap();
        let version = env!("CARGO_PKG_VERSION");
        let expected = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="lockstep" creationtoolversion="{version}" segtype="paragraph" o-tmf="lockstep" adminlang="en" srclang="en-US" datatype="plaintext">
    <note>exported</note>
  </header>
  <body>
    <tu tuid="b7f3a" creationdate="20230224T091500Z">
      <prop type="x-document">a.en.md</prop>
      <note>Rock &amp; roll</note>
      <tuv xml:lang="en">
        <seg>All &lt;human&gt; beings</seg>
      </tuv>
      <tuv xml:lang="bg-BG">
        <prop type="x-lockstep-bead">b7f3a</prop>
        <prop type="x-note">&lt;checked&gt; &amp; "kept"</prop>
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
        assert_eq!(h.srclang.as_deref(), Some("en-US"));
        assert_eq!(h.creation_tool.as_deref(), Some("lockstep"));
        assert_eq!(tus[1].variants[0].text, "Click here");
        assert_eq!(tus[0].variants[1].props, sample_units()[0].variants[1].props, "a variant's props read back");
        assert!(tus[0].variants[0].props.is_empty());
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
}
