//! `lockstep export` and `lockstep import`: stale and missing paragraphs out as PO and XLIFF,
//! translations back into the documents, checked with the real clients (`msgfmt`, `xmllint`).

use std::path::Path;

use crate::support::{Project, example, fixtures};

/// The source of the project: headings, a wrapped paragraph with a footnote reference, a list, a
/// quote, inline code and a link.
const SOURCE: &str = "# Rights of the reader

Everyone has the right to read any book, in any
language, at any hour.[^1]

## What libraries owe

- A catalogue that is open to all.
- Opening hours that suit working people.

> Reading is to the mind what exercise is to the body.
> It keeps it *alive*.

Run `lockstep status` to see what is [outdated](https://example.org/docs?a=1&b=2).

[^1]: Within the opening hours.
";

/// Its Bulgarian translation: the quote is two paragraphs.
const TRANSLATION: &str = "# Права на читателя

Всеки има право да чете всяка книга, на всеки
език, по всяко време.[^1]

## Какво дължат библиотеките

- Каталог, отворен за всички.
- Работно време, удобно за работещите хора.

> Четенето е за ума това, което упражнението е за тялото.
>
> То го поддържа *жив*.

Изпълнете `lockstep status`, за да видите какво е [остаряло](https://example.org/docs?a=1&b=2).

[^1]: В рамките на работното време.
";

/// The source after the edits: two paragraphs changed (one of them wrapped), a heading changed,
/// the quote changed, a list item and a paragraph added.
const SOURCE_EDITED: &str = "# Rights of the reader

Everyone has the right to read any book, in any
language, at any hour, free of charge.[^1]

## What libraries owe to readers

- A catalogue that is open to all.
- Opening hours that suit working people.
- Staff who can help.

> Reading is to the mind what exercise is to the body.
> It keeps it *alive* and **well**.

Run `lockstep status` to see what is [outdated](https://example.org/docs?a=1&b=2).

See the [guide](https://example.org/guide) for more.

[^1]: Within the opening hours.
";

/// What the translator writes for each new source text.
fn translator(source: &str) -> Option<String> {
    let t = match source {
        s if s.starts_with("Everyone has the right to read") => {
            "Всеки има право да чете всяка книга, на всеки език, по всяко време, безплатно.[^1]"
        }
        "What libraries owe to readers" => "Какво дължат библиотеките на читателите",
        "Staff who can help." => "Персонал, който може да помогне.",
        s if s.starts_with("Reading is to the mind") => {
            "Четенето е за ума това, което упражнението е за тялото.\n\nТо го поддържа *жив* и **здрав**."
        }
        "See the [guide](https://example.org/guide) for more." => {
            "Вижте [ръководството](https://example.org/guide) за повече."
        }
        _ => return None,
    };
    Some(t.to_string())
}

/// The translation after the import: every untouched byte as it was; the wrapped paragraph
/// wrapped at its width.
const TRANSLATION_AFTER: &str = "# Права на читателя

Всеки има право да чете всяка книга, на всеки
език, по всяко време, безплатно.[^1]

## Какво дължат библиотеките на читателите

- Каталог, отворен за всички.
- Работно време, удобно за работещите хора.
- Персонал, който може да помогне.

> Четенето е за ума това, което упражнението е за тялото.
>
> То го поддържа *жив* и **здрав**.

Изпълнете `lockstep status`, за да видите какво е [остаряло](https://example.org/docs?a=1&b=2).

Вижте [ръководството](https://example.org/guide) за повече.

[^1]: В рамките на работното време.
";

/// A project of one document `STEM.en.md` with its translation `STEM.LANG.md`, synced.
fn synced_pair(stem: &str, lang: &str, source: &str, translation: &str) -> Project {
    let p = Project::empty();
    p.write(&format!("{stem}.en.md"), source);
    p.write(&format!("{stem}.{lang}.md"), translation);
    p.write(
        "lockstep.toml",
        &format!(
            "source_lang = \"en\"\nlanguages = [\"{lang}\"]\n\n[[document]]\nsource = \"{stem}.en.md\"\ntranslations = \"{stem}.{{lang}}.md\"\n"
        ),
    );
    p.ok(&["sync", lang, "--all"]);
    p
}

/// The project, synced, then its source edited; the Bulgarian tagged `bg-BG`.
fn reader_rights() -> Project {
    let p = synced_pair("rights", "bg-BG", SOURCE, TRANSLATION);
    let (counts, _) = p.status("bg-BG");
    assert_eq!((counts.stale, counts.missing, counts.orphaned), (0, 0, 0), "{counts:?}");
    p.write("rights.en.md", SOURCE_EDITED);
    p
}

/// Unquotes a PO string line (`"…"`).
fn po_unquote(line: &str) -> String {
    let inner = line.trim().strip_prefix('"').unwrap().strip_suffix('"').unwrap();
    inner.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\")
}

/// The value of `keyword` in a PO entry (folded lines joined).
fn po_field(entry: &str, keyword: &str) -> Option<String> {
    let mut lines = entry.lines().skip_while(|l| !l.starts_with(&format!("{keyword} ")));
    let first = lines.next()?;
    let mut value = po_unquote(first.split_once(' ').unwrap().1);
    for l in lines.take_while(|l| l.starts_with('"')) {
        value.push_str(&po_unquote(l));
    }
    Some(value)
}

/// A PO file as a translator leaves it: each entry `translate` knows gets its translation and
/// loses its fuzzy mark and previous source; the others stay as they are.
fn translate_po(po: &str, translate: impl Fn(&str) -> Option<String>) -> String {
    po.split("\n\n")
        .map(|entry| {
            let Some(msgid) = po_field(entry, "msgid").filter(|m| !m.is_empty()) else { return entry.to_string() };
            let Some(t) = translate(&msgid) else { return entry.to_string() };
            let kept: Vec<&str> = entry
                .lines()
                .take_while(|l| !l.starts_with("msgstr"))
                .filter(|l| !l.starts_with("#, fuzzy") && !l.starts_with("#|"))
                .collect();
            let escaped = t.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
            format!("{}\nmsgstr \"{escaped}\"", kept.join("\n"))
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A text without the lines `drop` picks.
fn without_lines(text: &str, drop: impl Fn(&str) -> bool) -> String {
    text.lines().filter(|l| !drop(l)).map(|l| format!("{l}\n")).collect()
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn xml_unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
}

/// An XLIFF file (1.2 or 2.1) as a translator leaves it: each unit `translate` knows gets its
/// target, in state `state`.
fn translate_xliff(xlf: &str, state: &str, translate: impl Fn(&str) -> Option<String>) -> String {
    let (unit_open, unit_close) =
        if xlf.contains("version=\"1.2\"") { ("<trans-unit ", "</trans-unit>") } else { ("<segment ", "</segment>") };
    let mut out = String::new();
    let mut rest = xlf;
    while let Some(start) = rest.find(unit_open) {
        let end = start + rest[start..].find(unit_close).unwrap();
        out.push_str(&rest[..start]);
        let unit = &rest[start..end];
        let source =
            unit.split_once("<source").unwrap().1.split_once('>').unwrap().1.split_once("</source>").unwrap().0;
        match translate(&xml_unescape(source)) {
            Some(t) => {
                // The unit's own target (not an alt-trans one) is replaced, or added.
                let (head, tail) = unit.split_once("</source>").unwrap();
                let tail = match (tail.find("<target"), tail.find("<alt-trans")) {
                    (Some(t0), alt) if alt.is_none_or(|a| t0 < a) => {
                        let t1 = tail.find("</target>").unwrap() + "</target>".len();
                        format!("{}{}", &tail[..t0], &tail[t1..])
                    }
                    _ => tail.to_string(),
                };
                let head = head.replacen("state=\"initial\"", &format!("state=\"{state}\""), 1);
                let target = if unit_open == "<segment " {
                    format!("<target>{}</target>", xml_escape(&t))
                } else {
                    format!("<target state=\"{state}\">{}</target>", xml_escape(&t))
                };
                out.push_str(&format!("{head}</source>{target}{tail}"));
            }
            None => out.push_str(unit),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `msgfmt -c --check-format` (Debian package gettext, which `.ci/run` installs) accepts the
/// file: a machine without it fails here rather than skipping the check.
fn assert_msgfmt(path: &Path) {
    let out = std::process::Command::new("msgfmt")
        .args(["-c", "--check-format", "-o", "/dev/null"])
        .arg(path)
        .output()
        .expect("msgfmt is needed to check PO files (Debian package gettext)");
    assert!(out.status.success(), "msgfmt: {}", String::from_utf8_lossy(&out.stderr));
}

/// xmllint (Debian package libxml2-utils) accepts the file against the XLIFF 1.2 strict schema
/// or the XLIFF 2.1 schemas, offline.
fn assert_valid_xliff(path: &Path) {
    let schemas = fixtures().join("schemas");
    let text = std::fs::read_to_string(path).unwrap();
    let schema = if text.contains("version=\"1.2\"") {
        schemas.join("xliff/xliff-core-1.2-strict.xsd")
    } else {
        schemas.join("xliff21-all.xsd")
    };
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("catalog.xml");
    let xml = schemas.join("xml/xml.xsd");
    std::fs::write(
        &catalog,
        format!(
            "<?xml version=\"1.0\"?>\n<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n  <system systemId=\"http://www.w3.org/2001/xml.xsd\" uri=\"file://{}\"/>\n  <uri name=\"http://www.w3.org/2001/xml.xsd\" uri=\"file://{}\"/>\n</catalog>\n",
            xml.display(),
            xml.display()
        ),
    )
    .unwrap();
    let out = std::process::Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&schema)
        .arg(path)
        .env("XML_CATALOG_FILES", &catalog)
        .output()
        .expect("xmllint is needed to validate XLIFF (Debian package libxml2-utils)");
    assert!(out.status.success(), "xmllint: {}", String::from_utf8_lossy(&out.stderr));
}

/// Exports, translates with `translate` as a translator would, imports; returns the import's
/// output.
fn round_trip(p: &Project, format: &str) -> String {
    let file = format!("out.{format}");
    p.ok(&["export", "bg", "--format", format, "-o", &file]);
    let path = p.path(&file);
    let text = p.read(&file);
    let translated = match format {
        "po" => {
            assert_msgfmt(&path);
            translate_po(&text, translator)
        }
        _ => {
            assert_valid_xliff(&path);
            translate_xliff(&text, if format == "xliff" { "translated" } else { "final" }, translator)
        }
    };
    p.write(&file, &translated);
    if format == "po" {
        assert_msgfmt(&path);
    } else {
        assert_valid_xliff(&path);
    }
    p.ok(&["import", &file])
}

#[test]
fn every_format_round_trips_keeping_the_markdown_and_everything_becomes_current() {
    for format in ["po", "xliff", "xliff2"] {
        let p = reader_rights();
        let (before, _) = p.status("bg-BG");
        assert_eq!((before.stale, before.missing), (3, 2), "{format}: {before:?}");
        let out = round_trip(&p, format);
        assert!(out.contains("5 paragraphs written and confirmed, 0 skipped"), "{format}: {out}");
        assert_eq!(p.read("rights.bg-BG.md"), TRANSLATION_AFTER, "{format}");
        let (after, beads) = p.status("bg-BG");
        assert_eq!((after.stale, after.missing, after.orphaned), (0, 0, 0), "{format}: {beads:?}");
        p.ok(&["status", "--check"]);
        // Nothing is left to export.
        let (code, out, err) = p.run(&["export", "bg-BG"]);
        assert!(code == 0 && out.is_empty() && err.contains("nothing to export"), "{format}: {err}");
    }
}

#[test]
fn the_po_file_has_the_form_translators_tools_know() {
    let p = reader_rights();
    let po = p.ok(&["export", "bg"]);
    for header in [
        "\"Language: bg_BG\\n\"",
        "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"",
        "\"Content-Type: text/plain; charset=UTF-8\\n\"",
        "\"Content-Transfer-Encoding: 8bit\\n\"",
        "\"X-Generator: lockstep ",
        "\"POT-Creation-Date: 2026-01-01 00:00+0000\\n\"",
    ] {
        assert!(po.contains(header), "{header} in\n{po}");
    }
    // A stale entry: fuzzy, the previous source, the current translation, the diff.
    let entry = po.split("\n\n").find(|e| e.contains("to readers")).unwrap();
    assert!(entry.contains("#, fuzzy\n#| msgid \"What libraries owe\"\n"), "{entry}");
    assert!(entry.contains("msgstr \"Какво дължат библиотеките\""), "{entry}");
    assert!(entry.contains("What libraries owe{+ to readers+}"), "{entry}");
    assert!(entry.contains("#: rights.en.md:6\n"), "{entry}");
    assert!(entry.contains("msgctxt \"rights.en.md#"), "{entry}");
    // A wrapped paragraph travels unwrapped; a missing one has an empty translation.
    let wrapped = po.split("\n\n").find(|e| e.contains("free of charge")).unwrap();
    assert!(wrapped.contains("in any language"), "{wrapped}");
    let missing = po.split("\n\n").find(|e| e.contains("Staff who can help")).unwrap();
    assert!(missing.ends_with("msgstr \"\"") && !missing.contains("fuzzy"), "{missing}");
    // The two-paragraph translation of the quote travels as two paragraphs.
    let quote = po.split("\n\n").find(|e| e.contains("Reading is to the mind")).unwrap();
    assert!(po_field(quote, "msgstr").unwrap().contains("тялото.\n\nТо го"), "{quote}");
    // Long lines are folded as gettext folds them.
    assert!(po.lines().all(|l| l.starts_with('#') || unicode_width::UnicodeWidthStr::width(l) <= 79));
}

#[test]
fn a_source_changed_after_the_export_is_written_but_stays_stale() {
    let p = reader_rights();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    let translated = translate_po(&p.read("bg.po"), translator);
    p.write("bg.po", &translated);
    // Meanwhile the author edits the heading again.
    p.write("rights.en.md", &SOURCE_EDITED.replace("owe to readers", "owe to their readers"));
    let out = p.ok(&["import", "bg.po"]);
    assert!(out.contains("written, still stale: the source changed after the export"), "{out}");
    assert!(p.read("rights.bg-BG.md").contains("## Какво дължат библиотеките на читателите\n"));
    let (counts, beads) = p.status("bg-BG");
    assert_eq!((counts.stale, counts.missing), (1, 0), "{beads:?}");
    // The diff shows what changed since the text the translator was given.
    let diff = p.ok(&["diff", "bg-BG"]);
    assert!(diff.contains("{+their+}") || diff.contains("their"), "{diff}");
    let json = p.json(&["import", "bg.po", "--dry-run"]);
    let heading = json["entries"].as_array().unwrap().iter().find(|e| e["now"] == "stale");
    assert!(heading.is_some(), "{json}");
}

#[test]
fn fuzzy_and_empty_entries_mean_no_change() {
    let p = reader_rights();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    let before = p.read("rights.bg-BG.md");
    let memory = p.memory_files();
    // Untouched: stale entries stay fuzzy, missing ones empty.
    let out = p.ok(&["import", "bg.po"]);
    assert!(out.contains("0 paragraphs written and confirmed, 5 skipped"), "{out}");
    assert!(out.contains("skipped: marked fuzzy") && out.contains("skipped: no translation"), "{out}");
    assert_eq!(p.read("rights.bg-BG.md"), before);
    assert_eq!(p.memory_files(), memory);
}

#[test]
fn bad_files_exit_2_naming_file_and_line_and_write_nothing() {
    let p = reader_rights();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    let good = translate_po(&p.read("bg.po"), translator);
    let before = p.read("rights.bg-BG.md");
    let memory = p.memory_files();
    let line_of = |text: &str, needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let cases: Vec<(String, String)> = vec![
        (good.replace("msgctxt \"rights.en.md#", "msgctxt \"other.md#"), "is not a document of this project".into()),
        (
            good.replacen("#: rights.en.md", "#: x", 1).replacen(
                "msgctxt \"rights.en.md#",
                "msgctxt \"rights.en.md#ffff",
                1,
            ),
            "no paragraph".into(),
        ),
        (
            good.replace("X-Lockstep-Language: bg-BG", "X-Lockstep-Language: de"),
            "“de”, which is not a language of this project".into(),
        ),
        (good.replacen("msgid \"", "msgid \"broken\n", 3), "not a PO line".into()),
    ];
    for (k, (text, message)) in cases.iter().enumerate() {
        p.write("bad.po", text);
        let (code, _, err) = p.run(&["import", "bad.po"]);
        assert_eq!(code, 2, "case {k}: {err}");
        assert!(err.starts_with("bad.po:"), "case {k}: {err}");
        assert!(err.contains(message), "case {k}: {err}");
        assert_eq!(p.read("rights.bg-BG.md"), before, "case {k}");
        assert_eq!(p.memory_files(), memory, "case {k}");
    }
    // The line named is the entry's.
    let text = &cases[0].0;
    p.write("bad.po", text);
    let err = p.run(&["import", "bad.po"]).2;
    let first_entry = line_of(text, "#. ").min(line_of(text, "#: "));
    assert!(err.starts_with(&format!("bad.po:{first_entry}: ")), "{err}");
    // Malformed XML.
    p.ok(&["export", "bg", "--format", "xliff", "-o", "bg.xlf"]);
    let xlf = p.read("bg.xlf").replacen("</source>", "</sourc>", 1);
    p.write("bad.xlf", &xlf);
    let (code, _, err) = p.run(&["import", "bad.xlf"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("bad.xlf:") && err.contains("not well-formed XML"), "{err}");
    assert_eq!(p.read("rights.bg-BG.md"), before);
}

#[test]
fn dry_run_says_what_it_would_do_and_writes_nothing() {
    let p = reader_rights();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    p.write("bg.po", &translate_po(&p.read("bg.po"), translator));
    let before = p.read("rights.bg-BG.md");
    let memory = p.memory_files();
    let out = p.ok(&["import", "bg.po", "--dry-run"]);
    assert!(out.contains("5 paragraphs would be written and confirmed"), "{out}");
    assert_eq!(p.read("rights.bg-BG.md"), before);
    assert_eq!(p.memory_files(), memory);
    let json = p.json(&["import", "bg.po", "--dry-run"]);
    assert_eq!(
        (json["dry_run"].as_bool(), json["written"].as_u64(), json["files_written"].as_u64()),
        (Some(true), Some(5), Some(0))
    );
}

#[test]
fn a_translation_that_would_change_the_structure_is_skipped() {
    let p = reader_rights();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    let translated = translate_po(&p.read("bg.po"), |s| {
        (s == "Staff who can help.").then(|| "1. Персонал".to_string()).or_else(|| translator(s))
    });
    p.write("bg.po", &translated);
    let out = p.ok(&["import", "bg.po"]);
    assert!(out.contains("4 paragraphs written and confirmed, 1 skipped"), "{out}");
    assert!(out.contains("would not read back"), "{out}");
    let (counts, _) = p.status("bg-BG");
    assert_eq!((counts.stale, counts.missing), (0, 1));
}

#[test]
fn crlf_and_a_byte_order_mark_are_kept() {
    let p = reader_rights();
    let crlf = format!("\u{feff}{}", TRANSLATION.replace('\n', "\r\n"));
    p.write("rights.bg-BG.md", &crlf);
    round_trip(&p, "po");
    assert_eq!(p.read("rights.bg-BG.md"), format!("\u{feff}{}", TRANSLATION_AFTER.replace('\n', "\r\n")));
}

#[test]
fn a_language_never_synced_is_refused_and_one_not_started_is_written_whole() {
    let p = Project::empty();
    p.write("rights.en.md", SOURCE);
    p.write("rights.bg.md", TRANSLATION);
    p.write(
        "lockstep.toml",
        "source_lang = \"en\"\nlanguages = [\"bg\", \"el\"]\n\n[[document]]\nsource = \"rights.en.md\"\ntranslations = \"rights.{lang}.md\"\n",
    );
    let (code, _, err) = p.run(&["export", "bg"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("rights.bg.md: bg was never synced"), "{err}");
    // Greek has no file yet: every paragraph goes out, and comes back as a whole document.
    p.ok(&["export", "el", "-o", "el.po"]);
    let greek = |s: &str| Some(format!("Ελληνικά: {s}"));
    p.write("el.po", &translate_po(&p.read("el.po"), greek));
    p.ok(&["import", "el.po"]);
    let el = p.read("rights.el.md");
    assert!(el.starts_with("# Ελληνικά: Rights of the reader\n\nΕλληνικά: Everyone"), "{el}");
    assert!(el.contains("\n- Ελληνικά: A catalogue that is open to all.\n- Ελληνικά: Opening hours"), "{el}");
    let (counts, _) = p.status("el");
    assert_eq!((counts.stale, counts.missing, counts.orphaned), (0, 0, 0), "{el}");
}

#[test]
fn export_names_documents_and_all_and_writes_to_standard_output() {
    let p = reader_rights();
    let all = p.ok(&["export", "bg", "--all", "rights.en.md"]);
    let entries = all.matches("msgctxt").count();
    assert_eq!(entries, 10, "{all}");
    let (code, _, err) = p.run(&["export", "bg", "nothing.md"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn the_example_exports_in_every_language_and_format_valid() {
    let dir = example();
    let p = Project { dir };
    for lang in ["bg", "sr-Cyrl", "el", "hr"] {
        for format in ["po", "xliff", "xliff2"] {
            let file = format!("{lang}.{format}");
            p.ok(&["export", lang, "--format", format, "-o", &file]);
            if format == "po" {
                assert_msgfmt(&p.path(&file));
            } else {
                assert_valid_xliff(&p.path(&file));
            }
        }
    }
    // Serbian and Croatian have three plural forms.
    assert!(p.read("hr.po").contains("Plural-Forms: nplurals=3;"));
    assert!(p.read("sr-Cyrl.po").contains("Language: sr_Cyrl"));
}

#[test]
fn entries_a_tool_stripped_of_their_keys_are_found_by_reference_and_text() {
    // Translate Toolkit's po2xliff and xliff2po drop msgctxt; what is left is the `#:` reference
    // and the source text.
    let p = reader_rights();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    let stripped = without_lines(&translate_po(&p.read("bg.po"), translator), |l| l.starts_with("msgctxt"));
    p.write("bg.po", &stripped);
    let out = p.ok(&["import", "bg.po"]);
    assert!(out.contains("5 paragraphs written and confirmed, 0 skipped"), "{out}");
    assert_eq!(p.read("rights.bg-BG.md"), TRANSLATION_AFTER);
    // A stripped entry whose text is nowhere in the document is an error, named.
    let p = reader_rights();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    let stray = stripped.replace("Staff who can help.", "Nothing of the kind.");
    p.write("bg.po", &stray);
    let (code, _, err) = p.run(&["import", "bg.po"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("bg.po:") && err.contains("no paragraph"), "{err}");
}

#[test]
fn a_file_that_does_not_say_its_language_takes_lang() {
    let p = reader_rights();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    let bare = without_lines(&translate_po(&p.read("bg.po"), translator), |l| {
        l.starts_with("\"Language:") || l.starts_with("\"X-Lockstep-Language:")
    });
    p.write("bg.po", &bare);
    let (code, _, err) = p.run(&["import", "bg.po"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("bg.po:1: the file does not say its target language"), "{err}");
    let (code, _, err) = p.run(&["import", "bg.po", "--lang", "el"]);
    assert_eq!(code, 2, "{err}");
    let out = p.ok(&["import", "bg.po", "--lang", "bg"]);
    assert!(out.contains("5 paragraphs written and confirmed"), "{out}");
}

#[test]
fn a_copy_of_the_source_in_a_state_before_translated_is_no_translation() {
    // OmegaT and Trados leave untranslated segments as a copy of the source, state="new".
    let p = reader_rights();
    p.ok(&["export", "bg", "--format", "xliff", "-o", "bg.xlf"]);
    let copied = translate_xliff(&p.read("bg.xlf"), "new", |s| Some(s.to_string()));
    p.write("bg.xlf", &copied);
    let before = p.read("rights.bg-BG.md");
    let out = p.ok(&["import", "bg.xlf"]);
    assert!(out.contains("0 paragraphs written and confirmed, 5 skipped"), "{out}");
    assert_eq!(p.read("rights.bg-BG.md"), before);
    // The same in a done state is the translator's word: written.
    p.write(
        "bg.xlf",
        &translate_xliff(&p.read("bg.xlf"), "final", |s| (s == "Staff who can help.").then(|| s.to_string())),
    );
}

#[test]
fn an_unkeyed_entry_never_overwrites_a_current_translation_and_a_minor_edit_stays_confirmed() {
    let p = reader_rights();
    // An untouched --all export, imported after a minor edit of the source: nothing changes.
    p.ok(&["export", "bg", "--all", "-o", "all.po"]);
    let source = p.read("rights.en.md").replace("A catalogue that is open", "A catalog that is open");
    p.write("rights.en.md", &source);
    p.ok(&["minor", "4"]);
    let (before, _) = p.status("bg-BG");
    let out = p.ok(&["import", "all.po"]);
    assert!(out.contains("0 paragraphs written and confirmed"), "{out}");
    let (after, beads) = p.status("bg-BG");
    assert_eq!(after, before, "{beads:?}");
    // An entry without key whose paragraph is gone is not matched to a current neighbour.
    let p = reader_rights();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    let stripped = without_lines(&translate_po(&p.read("bg.po"), translator), |l| l.starts_with("msgctxt"));
    p.write("bg.po", &stripped);
    p.write("rights.en.md", &SOURCE_EDITED.replace("- Staff who can help.\n", ""));
    let (code, _, err) = p.run(&["import", "bg.po"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no paragraph"), "{err}");
    assert_eq!(p.read("rights.bg-BG.md"), TRANSLATION);
}

/// A project of one document whose paragraphs stand around code blocks, synced, then its source
/// given new paragraphs on both sides of them.
fn around_code() -> Project {
    let p = synced_pair(
        "code",
        "bg",
        "First.\n\n```\ncode\n```\n\nLast.\n\n```\nend\n```\n",
        "Първи.\n\n```\ncode\n```\n\nПоследен.\n\n```\nend\n```\n",
    );
    p.write(
        "code.en.md",
        "First.\n\n```\ncode\n```\n\nNew A.\n\nNew B.\n\nSection\n-------\n\nLast.\n\n```\nend\n```\n\nAfter the end.\n",
    );
    p
}

fn code_translator(s: &str) -> Option<String> {
    let t = match s {
        "New A." => "Нов А.",
        "New B." => "Нов Б.",
        "Section" => "Раздел",
        "After the end." => "След края.",
        _ => return None,
    };
    Some(t.to_string())
}

#[test]
fn new_paragraphs_land_on_their_side_of_code_blocks_in_source_order() {
    let expected =
        "Първи.\n\n```\ncode\n```\n\nНов А.\n\nНов Б.\n\n## Раздел\n\nПоследен.\n\n```\nend\n```\n\nСлед края.\n";
    for reversed in [false, true] {
        let p = around_code();
        p.ok(&["export", "bg", "-o", "bg.po"]);
        let po = translate_po(&p.read("bg.po"), code_translator);
        // The entries in another order than the source's (as `msgcat --sort-output` leaves them).
        let po = if reversed {
            let mut parts: Vec<&str> = po.split("\n\n").collect();
            parts[1..].reverse();
            parts.join("\n\n")
        } else {
            po
        };
        p.write("bg.po", &po);
        let out = p.ok(&["import", "bg.po"]);
        assert!(out.contains("4 paragraphs written and confirmed"), "{out}");
        assert_eq!(p.read("code.bg.md"), expected, "reversed: {reversed}");
        let (counts, beads) = p.status("bg");
        assert_eq!((counts.stale, counts.missing, counts.orphaned), (0, 0, 0), "{beads:?}");
    }
}

#[test]
fn utf16_and_mixed_line_ends_are_kept_byte_for_byte_outside_the_edit() {
    // UTF-16 with its byte-order mark, CRLF line ends.
    let p = reader_rights();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(TRANSLATION.replace('\n', "\r\n").encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(p.path("rights.bg-BG.md"), utf16).unwrap();
    round_trip(&p, "po");
    let want: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(TRANSLATION_AFTER.replace('\n', "\r\n").encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(std::fs::read(p.path("rights.bg-BG.md")).unwrap(), want);
    // Mixed line ends: one CRLF line in an LF file stays the one.
    let p = reader_rights();
    let mixed = TRANSLATION.replacen("# Права на читателя\n", "# Права на читателя\r\n", 1);
    p.write("rights.bg-BG.md", &mixed);
    round_trip(&p, "po");
    let after = p.read("rights.bg-BG.md");
    assert_eq!(after, TRANSLATION_AFTER.replacen("# Права на читателя\n", "# Права на читателя\r\n", 1));
}

#[test]
fn a_po_file_in_the_charset_its_header_names_is_read() {
    let p = reader_rights();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    let po = translate_po(&p.read("bg.po"), translator).replace("charset=UTF-8", "charset=windows-1251");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(&po);
    assert!(!unmappable);
    std::fs::write(p.path("bg.po"), &bytes).unwrap();
    let out = p.ok(&["import", "bg.po"]);
    assert!(out.contains("5 paragraphs written and confirmed"), "{out}");
    assert_eq!(p.read("rights.bg-BG.md"), TRANSLATION_AFTER);
}

#[test]
fn a_translation_edited_in_the_document_after_the_export_is_not_overwritten() {
    let p = reader_rights();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    p.write("bg.po", &translate_po(&p.read("bg.po"), translator));
    // Meanwhile a translator edits the heading's translation in the document itself.
    let edited = TRANSLATION.replace("## Какво дължат библиотеките", "## Какво дължат библиотеките на хората");
    p.write("rights.bg-BG.md", &edited);
    let out = p.ok(&["import", "bg.po"]);
    assert!(out.contains("4 paragraphs written and confirmed, 1 skipped"), "{out}");
    assert!(out.contains("changed after the export"), "{out}");
    assert!(p.read("rights.bg-BG.md").contains("## Какво дължат библиотеките на хората\n"));
}

/// A project of one document `doc.en.md` with its Bulgarian `doc.bg.md`, synced, then its source
/// replaced by `edited`.
fn one_doc(source: &str, translation: &str, edited: &str) -> Project {
    let p = synced_pair("doc", "bg", source, translation);
    p.write("doc.en.md", edited);
    p
}

/// Exports bg as PO, translates with `translate`, imports; returns the import's output.
fn po_round(p: &Project, translate: impl Fn(&str) -> Option<String>) -> String {
    p.ok(&["export", "bg", "-o", "bg.po"]);
    p.write("bg.po", &translate_po(&p.read("bg.po"), translate));
    p.ok(&["import", "bg.po"])
}

#[test]
fn what_stands_between_two_paragraphs_of_one_translation_is_never_lost() {
    let p = one_doc(
        "Intro.\n\nThe library opens at nine in the morning and closes at six in the evening every day.\n\nEnd.\n",
        "Увод.\n\nБиблиотеката отваря в девет сутринта.\n\n```\nкод\n```\n\nИ затваря в шест вечерта всеки ден.\n\nКрай.\n",
        "Intro.\n\nThe library opens at nine in the morning and closes at six in the evening every weekday.\n\nEnd.\n",
    );
    let before = p.read("doc.bg.md");
    let out = po_round(&p, |s| {
        s.contains("weekday").then(|| "Библиотеката отваря в девет и затваря в шест в делник.".to_string())
    });
    assert!(out.contains("skipped: the translation stands in several places"), "{out}");
    assert_eq!(p.read("doc.bg.md"), before);
}

#[test]
fn a_new_first_list_item_joins_its_list_and_another_entrys_paragraph_is_never_taken() {
    let p = one_doc(
        "Intro.\n\n- apples\n- pears\n",
        "Увод.\n\n- ябълки\n- круши\n",
        "Intro.\n\n- bananas\n- apples\n- pears\n\nThe library opens at nine on weekdays.\n\nThe library opens at ten on weekends.\n",
    );
    p.ok(&["export", "bg", "-o", "bg.po"]);
    let translate = |s: &str| -> Option<String> {
        Some(
            match s {
                "bananas" => "банани",
                "The library opens at nine on weekdays." => "Библиотеката отваря в девет в делник.",
                "The library opens at ten on weekends." => "Библиотеката отваря в десет през почивните дни.",
                _ => return None,
            }
            .to_string(),
        )
    };
    p.write("bg.po", &translate_po(&p.read("bg.po"), translate));
    // Had the author dropped one of the new paragraphs meanwhile, the file names a paragraph the
    // project no longer has: nothing is written (export again), and the other entry's paragraph
    // is not taken for it.
    let full = p.read("doc.en.md");
    p.write("doc.en.md", "Intro.\n\n- bananas\n- apples\n- pears\n\nThe library opens at ten on weekends.\n");
    let (code, _, err) = p.run(&["import", "bg.po"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no paragraph") && !err.contains("twice"), "{err}");
    assert_eq!(p.read("doc.bg.md"), "Увод.\n\n- ябълки\n- круши\n");
    p.write("doc.en.md", &full);
    let out = p.ok(&["import", "bg.po"]);
    assert!(out.contains("3 paragraphs written and confirmed"), "{out}");
    assert_eq!(
        p.read("doc.bg.md"),
        "Увод.\n\n- банани\n- ябълки\n- круши\n\nБиблиотеката отваря в девет в делник.\n\nБиблиотеката отваря в десет през почивните дни.\n"
    );
}

#[test]
fn an_unreviewed_pre_translation_is_not_confirmed() {
    let p = one_doc("Alpha.\n", "Алфа.\n", "Alpha.\n\nBeta three.\n");
    p.ok(&["export", "bg", "--format", "xliff", "-o", "bg.xlf"]);
    let fuzzy = translate_xliff(&p.read("bg.xlf"), "needs-review-translation", |s| {
        (s == "Beta three.").then(|| "Бета две.".into())
    });
    p.write("bg.xlf", &fuzzy);
    let out = p.ok(&["import", "bg.xlf"]);
    assert!(out.contains("0 paragraphs written"), "{out}");
    let qualified =
        translate_xliff(&p.read("bg.xlf").replace("needs-review-translation", "translated"), "translated", |_| None)
            .replace("state=\"translated\"", "state=\"translated\" state-qualifier=\"mt-suggestion\"");
    p.write("bg.xlf", &qualified);
    let out = p.ok(&["import", "bg.xlf"]);
    assert!(out.contains("0 paragraphs written"), "{out}");
}

#[test]
fn an_escape_at_the_start_goes_with_the_text_and_a_translation_over_two_kinds_of_block_is_replaced() {
    let p =
        one_doc("\\- Not an item.\n\nNext.\n", "\\- Не е елемент.\n\nСледващ.\n", "\\- Not an item, no.\n\nNext.\n");
    po_round(&p, |s| s.starts_with("- Not an item").then(|| "\\- Не е елемент, не.".to_string()));
    assert_eq!(p.read("doc.bg.md"), "\\- Не е елемент, не.\n\nСледващ.\n");
    let p = one_doc(
        "- The first item is long and it explains the next thing in some detail.\n\nEnd.\n",
        "- Първият елемент е дълъг.\n\nИ обяснява следващото нещо подробно.\n\nКрай.\n",
        "- The first item is long and it explains the next thing in great detail.\n\nEnd.\n",
    );
    let (_, beads) = p.status("bg");
    let stale: Vec<_> = beads.iter().filter(|b| b["state"] == "stale").collect();
    assert!(
        stale.len() == 1 && stale[0]["target"].as_array().unwrap().len() == 2,
        "one item, two paragraphs: {beads:?}"
    );
    let out = po_round(&p, |s| {
        s.contains("great detail")
            .then(|| "Първият елемент е дълъг.\n\nИ обяснява следващото нещо много подробно.".to_string())
    });
    assert!(out.contains("1 paragraph written and confirmed"), "{out}");
    assert_eq!(
        p.read("doc.bg.md"),
        "- Първият елемент е дълъг.\n\nИ обяснява следващото нещо много подробно.\n\nКрай.\n"
    );
}

#[test]
fn a_file_of_only_a_utf16_byte_order_mark_is_an_empty_document() {
    let p = Project::empty();
    p.write("doc.en.md", "Alpha.\n");
    std::fs::write(p.path("doc.bg.md"), [0xFF, 0xFE]).unwrap();
    p.write(
        "lockstep.toml",
        "source_lang = \"en\"\nlanguages = [\"bg\"]\n\n[[document]]\nsource = \"doc.en.md\"\ntranslations = \"doc.{lang}.md\"\n",
    );
    po_round(&p, |s| (s == "Alpha.").then(|| "Алфа.".to_string()));
    let want: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Алфа.\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    assert_eq!(std::fs::read(p.path("doc.bg.md")).unwrap(), want);
}

#[test]
fn a_new_paragraph_between_two_code_blocks_stays_between_them() {
    let p = one_doc(
        "Para A.\n\n```\none\n```\n\n```\ntwo\n```\n\nPara B.\n",
        "Абзац А.\n\n```\none\n```\n\n```\ntwo\n```\n\nАбзац Б.\n",
        "Para A.\n\n```\none\n```\n\nRun the first, then:\n\n```\ntwo\n```\n\nPara B.\n",
    );
    let out = po_round(&p, |s| (s == "Run the first, then:").then(|| "Изпълнете първия, после:".to_string()));
    assert!(out.contains("1 paragraph written and confirmed"), "{out}");
    assert_eq!(
        p.read("doc.bg.md"),
        "Абзац А.\n\n```\none\n```\n\nИзпълнете първия, после:\n\n```\ntwo\n```\n\nАбзац Б.\n"
    );
}
