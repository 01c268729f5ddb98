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
            let k = key(&e.document, &e.id, e.target_fp);
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
            let k = key(&e.document, &e.id, e.target_fp);
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
            // A segment without a target is not translated, whatever its bead's state.
            let state = if e.state == State::Current && !e.target.is_empty() { "translated" } else { "initial" };
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

/// One segment of a unit (XLIFF 2: `<segment>` or `<ignorable>`; XLIFF 1.2: the unit itself).
#[derive(Default)]
struct Seg {
    ignorable: bool,
    state: Option<String>,
    /// XLIFF 1.2 `state-qualifier` (`fuzzy-match`, `mt-suggestion`, `leveraged-tm`…).
    qualifier: Option<String>,
    source: String,
    target: Option<String>,
}

/// One unit while it is read.
#[derive(Default)]
struct Unit {
    line: usize,
    name: Option<String>,
    /// The source file a converter recorded (`<context context-type="sourcefile">`).
    sourcefile: Option<String>,
    /// A PO header a converter turned into a unit (`restype="x-gettext-domain-header"`).
    header: bool,
    segs: Vec<Seg>,
    /// XLIFF 1.2 segmented targets (`<mrk mtype="seg">`): whether one is empty.
    empty_mrk: bool,
}

/// What the text of the current element goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Capture {
    Nothing,
    Source,
    Target,
    Sourcefile,
}

/// Reads an XLIFF 1.2 or 2.x file that lockstep exported (and a CAT tool filled in).
///
/// Only the XLIFF elements count: a unit's `<source>` and `<target>` are those directly inside
/// its segments (2.x) or itself (1.2); elements of other namespaces (the matches module,
/// a tool's metadata) and alternatives, notes and contexts are passed over. A unit split into
/// segments is whole only when every segment has its translation.
pub fn read(text: &str, shown: &Path) -> Result<IncomingFile> {
    let line_starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let line_of = |offset: u64| line_starts.partition_point(|&s| s as u64 <= offset).max(1);
    let mut reader = quick_xml::Reader::from_str(text);
    let mut format = None;
    let mut source_lang: Option<String> = None;
    let mut lang: Option<(String, usize)> = None;
    let mut document: Option<String> = None;
    let mut unit: Option<Unit> = None;
    // Local names of the open elements inside the current unit.
    let mut path: Vec<String> = Vec::new();
    let mut into = Capture::Nothing;
    // Depth of a subtree passed over, and of the whole document (to see a file cut short).
    let mut skip_depth = 0usize;
    let mut depth = 0usize;
    let mut mrk_text: Option<String> = None;
    let mut entries = Vec::new();
    let mut last_line;
    loop {
        let at = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|_| file_error(shown, line_of(reader.error_position()), "exchange-xml-syntax", Vec::new()))?;
        let line = line_of(at);
        last_line = line;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                if !empty {
                    depth += 1;
                }
                let qname = e.name().as_ref().to_string();
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
                    skip_depth += usize::from(!empty);
                    continue;
                }
                let parent = path.last().map(String::as_str).unwrap_or_default();
                let foreign = qname.contains(':') && !qname.starts_with("xml:");
                if let Some(u) = unit.as_mut() {
                    let passed_over = foreign
                        || matches!(
                            name.as_str(),
                            "alt-trans"
                                | "notes"
                                | "note"
                                | "count-group"
                                | "prop-group"
                                | "seg-source"
                                | "originalData"
                                | "matches"
                                | "metadata"
                        )
                        || (name == "context" && attr("context-type").as_deref() != Some("sourcefile"));
                    if passed_over {
                        skip_depth = usize::from(!empty);
                        continue;
                    }
                    match name.as_str() {
                        "segment" | "ignorable" if parent == "unit" => {
                            u.segs.push(Seg { ignorable: name == "ignorable", state: attr("state"), ..Seg::default() })
                        }
                        "source" if matches!(parent, "segment" | "ignorable" | "trans-unit") => into = Capture::Source,
                        "target" if matches!(parent, "segment" | "ignorable" | "trans-unit") => {
                            into = Capture::Target;
                            if let Some(seg) = u.segs.last_mut() {
                                if parent == "trans-unit" {
                                    seg.state = attr("state");
                                    seg.qualifier = attr("state-qualifier");
                                }
                                seg.target.get_or_insert_with(String::new);
                            }
                        }
                        "context" => into = Capture::Sourcefile,
                        "mrk" if into == Capture::Target && attr("mtype").as_deref() == Some("seg") => {
                            if empty {
                                u.empty_mrk = true;
                            } else {
                                mrk_text = Some(String::new());
                            }
                        }
                        // Inline markup that only wraps text.
                        "g" | "mrk" | "pc" | "sm" | "em" if into != Capture::Nothing => {}
                        // Placeholders and codes: lockstep wrote none; what they stand for is unknown.
                        "x" | "bx" | "ex" | "ph" | "bpt" | "ept" | "it" | "sub" | "sc" | "ec" | "cp"
                            if into != Capture::Nothing =>
                        {
                            return Err(file_error(shown, line, "exchange-inline-code", vec![("element", name)]));
                        }
                        _ => {}
                    }
                    if !empty {
                        path.push(name);
                    } else if name == "source" || name == "target" {
                        into = Capture::Nothing;
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
                    "trans-unit" | "unit" if !foreign => {
                        let mut u = Unit {
                            line,
                            name: attr(if name == "unit" { "name" } else { "resname" }),
                            header: attr("restype").as_deref() == Some("x-gettext-domain-header"),
                            ..Unit::default()
                        };
                        if name == "trans-unit" {
                            u.segs.push(Seg::default());
                        }
                        unit = Some(u);
                        path.clear();
                        if !empty {
                            path.push(name);
                        }
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => {
                depth = depth.saturating_sub(1);
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                let name = e.local_name().as_ref().to_string();
                if unit.is_some() {
                    path.pop();
                }
                match name.as_str() {
                    "source" | "target" | "context" => into = Capture::Nothing,
                    "mrk" => {
                        if let (Some(t), Some(u)) = (mrk_text.take(), unit.as_mut())
                            && t.trim().is_empty()
                        {
                            u.empty_mrk = true;
                        }
                    }
                    "trans-unit" | "unit" if path.is_empty() => {
                        let u = unit.take().unwrap_or_default();
                        if !u.header {
                            entries.push(incoming(u, document.as_deref(), format == Some(Format::Xliff2)));
                        }
                    }
                    "file" => document = None,
                    _ => {}
                }
            }
            Event::Text(t) if skip_depth == 0 => {
                push(&mut unit, into, &mut mrk_text, &t.xml_content(XmlVersion::Implicit1_0))
            }
            Event::CData(t) if skip_depth == 0 => {
                push(&mut unit, into, &mut mrk_text, &t.xml_content(XmlVersion::Implicit1_0))
            }
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
                push(&mut unit, into, &mut mrk_text, c.encode_utf8(&mut [0; 4]));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // A file cut short ends inside its elements.
    if depth > 0 || format.is_none() {
        let id = if format.is_none() { "exchange-not-ours" } else { "exchange-xml-syntax" };
        return Err(file_error(shown, last_line, id, Vec::new()));
    }
    let (lang, lang_line) = match lang {
        Some((lang, line)) => (Some(lang), line),
        None => (None, 1),
    };
    Ok(IncomingFile { format: format.unwrap_or(Format::Xliff), source_lang, lang, lang_line, entries })
}

/// The value of attribute `want` (by local name, so `xml:lang` is `lang`).
fn attribute(e: &BytesStart<'_>, want: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == want)
        .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

fn push(unit: &mut Option<Unit>, into: Capture, mrk: &mut Option<String>, text: &str) {
    let Some(u) = unit.as_mut() else { return };
    if let Some(m) = mrk.as_mut() {
        m.push_str(text);
    }
    match into {
        Capture::Sourcefile => u.sourcefile.get_or_insert_with(String::new).push_str(text),
        Capture::Source => {
            if let Some(seg) = u.segs.last_mut() {
                seg.source.push_str(text);
            }
        }
        Capture::Target => {
            if let Some(seg) = u.segs.last_mut() {
                seg.target.get_or_insert_with(String::new).push_str(text);
            }
        }
        Capture::Nothing => {}
    }
}

/// A unit read whole, as an entry: its key names document and bead; a unit a tool stripped of
/// its key keeps at best the source file a converter recorded, or its file's `original`. Its
/// segments are joined (an ignorable one's translation is its source); a unit with a segment
/// left without translation is incomplete, and it is done only when every segment is.
fn incoming(u: Unit, document: Option<&str>, v2: bool) -> Incoming {
    let (document, id, exported_target, keyed) = match u.name.as_deref().and_then(split_key) {
        Some((d, id, fp)) => (d.to_string(), id.to_ascii_lowercase(), fp, true),
        None => (u.sourcefile.clone().or(document.map(str::to_string)).unwrap_or_default(), String::new(), None, false),
    };
    let done_states: &[&str] =
        if v2 { &["translated", "reviewed", "final"] } else { &["translated", "final", "signed-off"] };
    let mut source = String::new();
    let mut target = String::new();
    let mut missing = 0;
    let mut translated = 0;
    let mut done = true;
    for seg in &u.segs {
        source.push_str(&seg.source);
        match (&seg.target, seg.ignorable) {
            (Some(t), _) => target.push_str(t),
            (None, true) => target.push_str(&seg.source),
            (None, false) => {}
        }
        if seg.ignorable {
            continue;
        }
        let empty = seg.target.as_deref().is_none_or(|t| t.trim().is_empty()) && !seg.source.trim().is_empty();
        if empty {
            missing += 1;
        } else {
            translated += 1;
        }
        done &= seg.state.as_deref().is_some_and(|s| done_states.contains(&s));
    }
    // A pre-translation nobody reviewed (a fuzzy or machine match, a segment that needs review)
    // is no translation to confirm.
    let unreviewed = u.segs.iter().any(|seg| {
        seg.state.as_deref().is_some_and(|st| st.starts_with("needs-review"))
            || seg.qualifier.as_deref().is_some_and(|q| {
                matches!(q, "fuzzy-match" | "mt-suggestion" | "tm-suggestion") || q.starts_with("leveraged")
            })
    });
    let skip = if translated == 0 || target.trim().is_empty() {
        Some(Skip::Empty)
    } else if missing > 0 || u.empty_mrk {
        Some(Skip::Incomplete)
    } else if unreviewed {
        Some(Skip::NotDone)
    } else {
        None
    };
    Incoming {
        document,
        id,
        exported_target,
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

    fn one(xliff: &str) -> Incoming {
        let f = read(xliff, Path::new("a.xlf")).unwrap();
        assert_eq!(f.entries.len(), 1, "{:?}", f.entries);
        f.entries.into_iter().next().unwrap()
    }

    #[test]
    fn a_unit_split_into_segments_is_whole_only_with_every_segment() {
        let v2 = |second: &str| {
            format!(
                r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="bg"><file id="f1" original="a.md"><unit id="u1" name="a.md#ab12c"><segment state="translated"><source>One.</source><target>Едно.</target></segment><ignorable><source> </source></ignorable>{second}</unit></file></xliff>"#
            )
        };
        let e = one(&v2(r#"<segment state="initial"><source>Two.</source></segment>"#));
        assert_eq!((e.skip, e.source.as_str()), (Some(Skip::Incomplete), "One. Two."));
        let e = one(&v2(r#"<segment state="final"><source>Two.</source><target>Две.</target></segment>"#));
        assert_eq!((e.translation.as_deref(), e.only_if_changed), (Some("Едно. Две."), false));
        let e = one(&v2(r#"<segment state="initial"><source>Two.</source><target>Две.</target></segment>"#));
        assert!(e.only_if_changed, "one segment not done: the unit is not done");
        let v12 = r#"<xliff version="1.2"><file original="a.md" target-language="bg"><body><trans-unit id="a" resname="a.md#ab12c"><source>One. Two.</source><seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></seg-source><target state="translated"><mrk mtype="seg" mid="1">Едно.</mrk> <mrk mtype="seg" mid="2"></mrk></target></trans-unit></body></file></xliff>"#;
        assert_eq!(one(v12).skip, Some(Skip::Incomplete));
    }

    #[test]
    fn only_the_units_own_source_and_target_count() {
        let v2 = r##"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="bg"><file id="f1" original="a.md"><unit id="u1" name="a.md#ab12c"><mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#s1"><source>Three!</source><target>Три!</target></mtc:match></mtc:matches><segment id="s1" state="final"><source>Three.</source><target>Три.</target></segment></unit></file></xliff>"##;
        let e = one(v2);
        assert_eq!((e.source.as_str(), e.translation.as_deref()), ("Three.", Some("Три.")));
    }

    #[test]
    fn a_file_cut_short_is_refused() {
        let cut = "<xliff version=\"1.2\"><file original=\"a.md\" target-language=\"bg\"><body>\n<trans-unit id=\"a\" resname=\"a.md#ab\"><source>x</source><target state=\"final\">y</target></trans-unit>\n";
        let e = read(cut, Path::new("a.xlf")).unwrap_err();
        // Where the file ends.
        assert_eq!((e.kind.message_id(), e.at.line), ("exchange-xml-syntax", Some(3)));
    }
}
