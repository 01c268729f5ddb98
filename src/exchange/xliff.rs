//! XLIFF 1.2 (strict) and XLIFF 2.1 (core): the writer ([`write`]) and the reader ([`read`]).
//!
//! 1.2: one `<file>` per document (`original` its source path), one `<trans-unit>` per bead (`id`
//! the bead's id, `resname` its key) with today's `<source>`, the current translation as
//! `<target state="needs-translation">` (none for a missing bead), the source as translated
//! and its translation as `<alt-trans origin="previous">`, translation-memory matches as
//! `<alt-trans match-quality="87">`, the word diff as a `<note>`.
//! 2.1: one `<file>` per document, one `<unit>` per bead (`id` the bead's id, `name` its key)
//! with one `<segment state="initial">`, and the diff, the previous source and the matches as
//! `<notes>`.
//!
//! On import a target is written when its state says it is done (1.2: `translated`, `final`,
//! `signed-off`; 2.x: `translated`, `reviewed`, `final`), or else when it differs from the
//! translation in the document.

use std::path::Path;

use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};

use super::{Export, Format, Incoming, IncomingFile, Labels, Skip, file_error, key, split_key, word_diff_text};
use crate::error::Result;
use crate::status::State;

/// The namespaces.
const NS_12: &str = "urn:oasis:names:tc:xliff:document:1.2";
const NS_2: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// Escapes text (or, with `attr`, a double-quoted attribute value) for XML 1.0; a character XML
/// cannot hold becomes U+FFFD.
fn escape(out: &mut String, s: &str, attr: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\n' if attr => out.push_str("&#10;"),
            '\t' if attr => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// A small writer of indented elements.
struct Xml {
    out: String,
}

impl Xml {
    fn open(&mut self, indent: usize, name: &str, attrs: &[(&str, &str)]) {
        self.start(indent, name, attrs);
        self.out.push_str(">\n");
    }

    fn start(&mut self, indent: usize, name: &str, attrs: &[(&str, &str)]) {
        for _ in 0..indent {
            self.out.push_str("  ");
        }
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape(&mut self.out, v, true);
            self.out.push('"');
        }
    }

    fn close(&mut self, indent: usize, name: &str) {
        for _ in 0..indent {
            self.out.push_str("  ");
        }
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    fn text(&mut self, indent: usize, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.start(indent, name, attrs);
        self.out.push('>');
        escape(&mut self.out, text, false);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }
}

/// Writes the export as XLIFF: `format` is [`Format::Xliff`] (1.2) or [`Format::Xliff2`] (2.1).
pub fn write(export: &Export, labels: &Labels, format: Format) -> String {
    let mut x = Xml { out: String::with_capacity(1024 + export.entries.len() * 900) };
    x.out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if format == Format::Xliff2 {
        write_2(&mut x, export, labels);
    } else {
        write_12(&mut x, export, labels);
    }
    x.out
}

fn write_12(x: &mut Xml, export: &Export, labels: &Labels) {
    let version = env!("CARGO_PKG_VERSION");
    x.open(0, "xliff", &[("version", "1.2"), ("xmlns", NS_12)]);
    for (document, _) in &export.documents {
        let entries: Vec<_> = export.entries.iter().filter(|e| &e.document == document).collect();
        if entries.is_empty() {
            continue;
        }
        x.open(
            1,
            "file",
            &[
                ("original", document),
                ("source-language", &export.source_lang),
                ("target-language", &export.lang),
                ("datatype", "x-markdown"),
                ("date", &export.created),
                ("tool-id", "lockstep"),
            ],
        );
        x.open(2, "header", &[]);
        x.start(3, "tool", &[("tool-id", "lockstep"), ("tool-name", "lockstep"), ("tool-version", version)]);
        x.out.push_str("/>\n");
        x.close(2, "header");
        x.open(2, "body", &[]);
        for e in entries {
            let k = key(&e.document, &e.id);
            x.open(3, "trans-unit", &[("id", &e.id), ("resname", &k), ("xml:space", "preserve")]);
            x.text(4, "source", &[], &e.source);
            if !e.target.is_empty() {
                let state = if e.state == State::Current { "translated" } else { "needs-translation" };
                x.text(4, "target", &[("state", state)], &e.target);
            }
            if let (Some(previous), Some(previous_target)) = (&e.previous, &e.previous_target) {
                x.open(4, "alt-trans", &[("origin", "previous")]);
                x.text(5, "source", &[], previous);
                x.text(5, "target", &[], previous_target);
                x.close(4, "alt-trans");
            }
            for m in &e.matches {
                let quality = m.score.to_string();
                x.open(4, "alt-trans", &[("match-quality", &quality), ("origin", &m.origin)]);
                x.text(5, "source", &[], &m.source);
                x.text(5, "target", &[], &m.target);
                x.close(4, "alt-trans");
            }
            if !e.changes.is_empty() {
                x.text(
                    4,
                    "note",
                    &[("from", "lockstep")],
                    &format!("{} {}", labels.changed, word_diff_text(&e.changes)),
                );
            }
            x.close(3, "trans-unit");
        }
        x.close(2, "body");
        x.close(1, "file");
    }
    x.close(0, "xliff");
}

fn write_2(x: &mut Xml, export: &Export, labels: &Labels) {
    x.open(
        0,
        "xliff",
        &[("xmlns", NS_2), ("version", "2.1"), ("srcLang", &export.source_lang), ("trgLang", &export.lang)],
    );
    let mut n = 0;
    for (document, _) in &export.documents {
        let entries: Vec<_> = export.entries.iter().filter(|e| &e.document == document).collect();
        if entries.is_empty() {
            continue;
        }
        n += 1;
        let id = format!("f{n}");
        x.open(1, "file", &[("id", &id), ("original", document)]);
        for e in entries {
            let k = key(&e.document, &e.id);
            x.open(2, "unit", &[("id", &format!("u{}", e.id)), ("name", &k)]);
            let mut notes: Vec<(&str, String)> = Vec::new();
            if !e.changes.is_empty() {
                notes.push(("lockstep-diff", format!("{} {}", labels.changed, word_diff_text(&e.changes))));
            }
            if let Some(previous) = &e.previous {
                notes.push(("lockstep-previous-source", previous.clone()));
            }
            for m in &e.matches {
                notes.push(("lockstep-memory", labels.tm_match(m)));
            }
            if !notes.is_empty() {
                x.open(3, "notes", &[]);
                for (category, text) in notes {
                    x.text(4, "note", &[("category", category)], &text);
                }
                x.close(3, "notes");
            }
            let state = if e.state == State::Current { "translated" } else { "initial" };
            x.open(3, "segment", &[("state", state)]);
            x.text(4, "source", &[("xml:space", "preserve")], &e.source);
            if !e.target.is_empty() {
                x.text(4, "target", &[("xml:space", "preserve")], &e.target);
            }
            x.close(3, "segment");
            x.close(2, "unit");
        }
        x.close(1, "file");
    }
    x.close(0, "xliff");
}

/// Where the reader stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum In {
    Source,
    Target,
    Elsewhere,
}

/// One unit while it is read.
#[derive(Default)]
struct Unit {
    line: usize,
    /// The source file a converter recorded (`<context context-type="sourcefile">`).
    sourcefile: Option<String>,
    /// Inside that context element.
    in_sourcefile: bool,
    /// A PO header a converter turned into a unit (`restype="x-gettext-domain-header"`).
    header: bool,
    name: Option<String>,
    source: Option<String>,
    target: Option<String>,
    state: Option<String>,
    done_states: &'static [&'static str],
}

/// Reads an XLIFF 1.2 or 2.x file that lockstep exported (and a CAT tool filled in).
pub fn read(text: &str, shown: &Path) -> Result<IncomingFile> {
    let line_starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let line_of = |offset: u64| line_starts.partition_point(|&s| s as u64 <= offset).max(1);
    let mut reader = quick_xml::Reader::from_str(text);
    let mut format = None;
    let mut source_lang: Option<String> = None;
    let mut lang: Option<(String, usize)> = None;
    let mut document: Option<String> = None;
    let mut unit: Option<Unit> = None;
    let mut inside = In::Elsewhere;
    // Depth of elements whose text is not the unit's (alt-trans, notes, …) inside a unit.
    let mut skip_depth = 0usize;
    let mut entries = Vec::new();
    loop {
        let at = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|_| file_error(shown, line_of(reader.error_position()), "exchange-xml-syntax", Vec::new()))?;
        let line = line_of(at);
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = e.local_name().as_ref().to_string();
                let attr = |want: &str| attribute(e, want);
                if format.is_none() {
                    if name != "xliff" {
                        return Err(file_error(shown, line, "exchange-not-ours", Vec::new()));
                    }
                    let version = attr("version").unwrap_or_default();
                    format = Some(if version.starts_with('2') { Format::Xliff2 } else { Format::Xliff });
                    if version.starts_with('2') {
                        source_lang = attr("srcLang");
                        lang = attr("trgLang").map(|l| (l, line));
                    }
                    continue;
                }
                if skip_depth > 0 {
                    if !empty {
                        skip_depth += 1;
                    }
                    continue;
                }
                match name.as_str() {
                    "file" => {
                        document = attr("original");
                        if format == Some(Format::Xliff) {
                            source_lang = source_lang.or_else(|| attr("source-language"));
                            if let Some(t) = attr("target-language") {
                                match &lang {
                                    Some((l, _)) if l.as_str() != t => {
                                        return Err(file_error(
                                            shown,
                                            line,
                                            "exchange-wrong-language",
                                            vec![("tag", t)],
                                        ));
                                    }
                                    Some(_) => {}
                                    None => lang = Some((t, line)),
                                }
                            }
                        }
                    }
                    "trans-unit" | "unit" => {
                        let done: &'static [&'static str] = if name == "unit" {
                            &["translated", "reviewed", "final"]
                        } else {
                            &["translated", "final", "signed-off"]
                        };
                        unit = Some(Unit {
                            line,
                            header: attr("restype").as_deref() == Some("x-gettext-domain-header"),
                            name: attr(if name == "unit" { "name" } else { "resname" }),
                            done_states: done,
                            ..Unit::default()
                        });
                    }
                    "segment" if unit.is_some() => {
                        if let Some(u) = unit.as_mut() {
                            u.state = attr("state");
                        }
                    }
                    "source" if unit.is_some() => {
                        inside = In::Source;
                        if let Some(u) = unit.as_mut() {
                            u.source.get_or_insert_with(String::new);
                        }
                    }
                    "target" if unit.is_some() => {
                        inside = In::Target;
                        if let Some(u) = unit.as_mut() {
                            if format == Some(Format::Xliff) {
                                u.state = attr("state");
                            }
                            u.target.get_or_insert_with(String::new);
                        }
                    }
                    "context-group" if unit.is_some() => {}
                    "context" if unit.is_some() && attr("context-type").as_deref() == Some("sourcefile") => {
                        if let Some(u) = unit.as_mut() {
                            u.in_sourcefile = !empty;
                        }
                    }
                    "alt-trans" | "notes" | "note" | "context" | "count-group" | "prop-group" | "seg-source"
                    | "originalData"
                        if unit.is_some() =>
                    {
                        skip_depth = usize::from(!empty);
                    }
                    // Inline markup that only wraps text.
                    "g" | "mrk" | "pc" | "sm" | "em" if inside != In::Elsewhere => {}
                    // Placeholders and codes: lockstep wrote none; what they stand for is unknown.
                    "x" | "bx" | "ex" | "ph" | "bpt" | "ept" | "it" | "sub" | "sc" | "ec" | "cp"
                        if inside != In::Elsewhere =>
                    {
                        return Err(file_error(shown, line, "exchange-inline-code", vec![("element", name)]));
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => {
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                let name = e.local_name().as_ref().to_string();
                match name.as_str() {
                    "source" | "target" => inside = In::Elsewhere,
                    "context" => {
                        if let Some(u) = unit.as_mut() {
                            u.in_sourcefile = false;
                        }
                    }
                    "trans-unit" | "unit" => {
                        let u = unit.take().unwrap_or_default();
                        if !u.header {
                            entries.push(incoming(u, document.as_deref()));
                        }
                    }
                    "file" => document = None,
                    _ => {}
                }
            }
            Event::Text(t) if skip_depth == 0 => push(&mut unit, inside, &t.xml_content(XmlVersion::Implicit1_0)),
            Event::CData(t) if skip_depth == 0 => push(&mut unit, inside, &t.xml_content(XmlVersion::Implicit1_0)),
            Event::GeneralRef(r) if skip_depth == 0 => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => c,
                    _ => match &*r.xml_content(XmlVersion::Implicit1_0) {
                        "lt" => '<',
                        "gt" => '>',
                        "amp" => '&',
                        "apos" => '\'',
                        "quot" => '"',
                        _ => return Err(file_error(shown, line, "exchange-xml-syntax", Vec::new())),
                    },
                };
                push(&mut unit, inside, c.encode_utf8(&mut [0; 4]));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let Some(format) = format else {
        return Err(file_error(shown, 1, "exchange-not-ours", Vec::new()));
    };
    let (lang, lang_line) = match lang {
        Some((lang, line)) => (Some(lang), line),
        None => (None, 1),
    };
    Ok(IncomingFile { format, source_lang, lang, lang_line, entries })
}

/// The value of attribute `want` (by local name, so `xml:lang` is `lang`).
fn attribute(e: &BytesStart<'_>, want: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == want)
        .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

fn push(unit: &mut Option<Unit>, inside: In, text: &str) {
    let Some(u) = unit.as_mut() else { return };
    if u.in_sourcefile {
        u.sourcefile.get_or_insert_with(String::new).push_str(text);
        return;
    }
    match inside {
        In::Source => u.source.get_or_insert_with(String::new).push_str(text),
        In::Target => u.target.get_or_insert_with(String::new).push_str(text),
        In::Elsewhere => {}
    }
}

/// A unit read whole, as an entry: its key names document and bead; a unit a tool stripped of
/// its key keeps at best the source file a converter recorded, or its file's `original`.
fn incoming(u: Unit, document: Option<&str>) -> Incoming {
    let (document, id, keyed) = match u.name.as_deref().and_then(split_key) {
        Some((d, id)) => (d.to_string(), id.to_ascii_lowercase(), true),
        None => (u.sourcefile.clone().or(document.map(str::to_string)).unwrap_or_default(), String::new(), false),
    };
    let source = u.source.unwrap_or_default();
    let target = u.target.unwrap_or_default();
    let done = u.state.as_deref().is_some_and(|s| u.done_states.contains(&s));
    let skip = if target.trim().is_empty() { Some(Skip::Empty) } else { None };
    Incoming {
        document,
        id,
        keyed,
        line: u.line,
        source,
        translation: skip.is_none().then_some(target),
        skip,
        only_if_changed: !done,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_units_of_both_versions_with_their_states() {
        let v12 = r#"<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a.md" source-language="en" target-language="bg" datatype="x-markdown"><body>
  <trans-unit id="ab12c" resname="a.md#ab12c"><source>One &amp; <g id="1">two</g></source>
   <target state="translated">Едно &amp; две</target>
   <alt-trans origin="previous"><source>old</source><target>стар</target></alt-trans>
  </trans-unit>
  <trans-unit id="ff000"><source>x</source><target state="needs-translation">y</target></trans-unit>
 </body></file></xliff>"#;
        let f = read(v12, Path::new("a.xlf")).unwrap();
        assert_eq!((f.format, f.lang.as_deref()), (Format::Xliff, Some("bg")));
        assert_eq!(f.entries[0].source, "One & two");
        assert_eq!(f.entries[0].translation.as_deref(), Some("Едно & две"));
        assert!(!f.entries[0].only_if_changed);
        assert_eq!((f.entries[1].document.as_str(), f.entries[1].keyed), ("a.md", false));
        assert!(f.entries[1].only_if_changed);
        assert_eq!(f.entries[1].line, 8);

        let v2 = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="el">
<file id="f1" original="a.md"><unit id="uab12c" name="a.md#ab12c"><notes><note>n</note></notes>
<segment state="final"><source>One</source><target>Ένα</target></segment></unit></file></xliff>"#;
        let f = read(v2, Path::new("a.xlf")).unwrap();
        assert_eq!((f.format, f.lang.as_deref()), (Format::Xliff2, Some("el")));
        assert_eq!(f.entries[0].translation.as_deref(), Some("Ένα"));
        assert!(!f.entries[0].only_if_changed);
    }

    #[test]
    fn placeholders_and_broken_xml_are_named() {
        let bad = "<xliff version=\"1.2\"><file original=\"a.md\" target-language=\"bg\"><body>\n<trans-unit id=\"a\"><source>x</source><target>y <x id=\"1\"/></target></trans-unit></body></file></xliff>";
        let e = read(bad, Path::new("a.xlf")).unwrap_err();
        assert_eq!((e.kind.message_id(), e.at.line), ("exchange-inline-code", Some(2)));
        let e = read("<xliff version=\"1.2\">\n<file>\n</xliff>", Path::new("a.xlf")).unwrap_err();
        assert_eq!(e.kind.message_id(), "exchange-xml-syntax");
    }
}
