//! GNU gettext PO: the writer ([`write`]) and the reader ([`read`]).
//!
//! One entry per bead: `msgctxt` is its key (document `#` id), `#:` its source file and line,
//! `#.` the word diff since the translation and the translation-memory matches. A stale bead is
//! `#, fuzzy` with `#| msgid` holding the source as it was translated and `msgstr` the current
//! translation, as `msgmerge --previous` writes it; a missing bead has an empty `msgstr`. Strings
//! are folded as gettext folds them: after each `\n`, and at spaces to keep lines within 79
//! columns.
//!
//! The reader keeps what an import needs (key, `msgid`, `msgstr`, fuzzy, line) and refuses what
//! it does not understand with the file and line.

use std::path::Path;

use super::{Export, Format, Incoming, IncomingFile, Labels, Skip, file_error, key, plural, split_key, word_diff_text};
use crate::error::Result;
use crate::status::State;

/// gettext's page width.
const WIDTH: usize = 79;

/// The columns a string takes, counted as gettext counts them for the scripts lockstep's
/// documents use (one per character).
fn columns(s: &str) -> usize {
    s.chars().count()
}

/// Escapes a string for a PO file.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{b}' => out.push_str("\\v"),
            '\u{c}' => out.push_str("\\f"),
            _ => out.push(c),
        }
    }
    out
}

/// Writes `keyword "value"` folded the way gettext folds it: on one line when it fits and has no
/// inner line break; else an empty first string and one line per piece, broken after each `\n`
/// and after spaces so that a line (quotes included, after `prefix`) stays within 79 columns.
fn field(out: &mut String, prefix: &str, keyword: &str, value: &str) {
    let escaped = escape(value);
    let inner_break = value.find('\n').is_some_and(|i| i + 1 < value.len());
    if !inner_break && columns(prefix) + columns(keyword) + columns(&escaped) + 3 <= WIDTH {
        out.push_str(&format!("{prefix}{keyword} \"{escaped}\"\n"));
        return;
    }
    out.push_str(&format!("{prefix}{keyword} \"\"\n"));
    let room = WIDTH.saturating_sub(columns(prefix) + 2).max(20);
    for line in value.split_inclusive('\n') {
        let mut current = String::new();
        let mut width = 0;
        for word in escape(line).split_inclusive(' ') {
            let w = columns(word);
            if width + w > room && !current.is_empty() {
                out.push_str(&format!("{prefix}\"{current}\"\n"));
                current.clear();
                width = 0;
            }
            current.push_str(word);
            width += w;
        }
        if !current.is_empty() {
            out.push_str(&format!("{prefix}\"{current}\"\n"));
        }
    }
}

/// A comment of several lines, each line with the marker.
fn comment(out: &mut String, marker: &str, text: &str) {
    for line in text.split('\n') {
        if line.is_empty() {
            out.push_str(marker.trim_end());
        } else {
            out.push_str(marker);
            out.push_str(line);
        }
        out.push('\n');
    }
}

/// gettext's date form: `2026-12-04 15:02+0000`.
fn po_date(rfc3339: &str) -> String {
    let (date, time) = rfc3339.split_once('T').unwrap_or((rfc3339, "00:00"));
    format!("{date} {}+0000", time.get(..5).unwrap_or("00:00"))
}

/// The `Language` header: the tag with `_` between its parts, as gettext writes `pt_BR`.
pub fn gettext_language(tag: &str) -> String {
    tag.replace('-', "_")
}

/// Writes a whole PO file.
pub fn write(export: &Export, labels: &Labels) -> String {
    let mut out = String::with_capacity(512 + export.entries.len() * 600);
    let date = po_date(&export.created);
    comment(&mut out, "# ", &labels.title);
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    let header = [
        ("Project-Id-Version", export.project.clone()),
        ("Report-Msgid-Bugs-To", String::new()),
        ("POT-Creation-Date", date.clone()),
        ("PO-Revision-Date", date),
        ("Last-Translator", String::new()),
        ("Language-Team", String::new()),
        ("Language", gettext_language(&export.lang)),
        ("MIME-Version", "1.0".into()),
        ("Content-Type", "text/plain; charset=UTF-8".into()),
        ("Content-Transfer-Encoding", "8bit".into()),
        ("Plural-Forms", plural::forms(&export.lang).to_string()),
        ("X-Generator", format!("lockstep {}", env!("CARGO_PKG_VERSION"))),
        ("X-Lockstep-Source-Language", export.source_lang.clone()),
        ("X-Lockstep-Language", export.lang.clone()),
    ];
    for (name, value) in header {
        out.push_str(&format!("\"{}\\n\"\n", escape(&format!("{name}: {value}"))));
    }
    for e in &export.entries {
        out.push('\n');
        if !e.changes.is_empty() {
            comment(&mut out, "#. ", &format!("{} {}", labels.changed, word_diff_text(&e.changes)));
        }
        for m in &e.matches {
            comment(&mut out, "#. ", &labels.tm_match(m));
        }
        // A file name with white space stands between Unicode isolates, as gettext writes it.
        if e.document.contains(char::is_whitespace) {
            out.push_str(&format!("#: \u{2068}{}\u{2069}:{}\n", e.document, e.source_line));
        } else {
            out.push_str(&format!("#: {}:{}\n", e.document, e.source_line));
        }
        if e.state == State::Stale {
            out.push_str("#, fuzzy\n");
            if let Some(previous) = &e.previous {
                field(&mut out, "#| ", "msgid", previous);
            }
        }
        field(&mut out, "", "msgctxt", &key(&e.document, &e.id, e.target_fp));
        field(&mut out, "", "msgid", &e.source);
        field(&mut out, "", "msgstr", &e.target);
    }
    out
}

/// The parts of one entry while it is read.
#[derive(Default)]
struct Raw {
    line: usize,
    /// The file of the first `#:` reference.
    reference: Option<String>,
    fuzzy: bool,
    obsolete: bool,
    msgctxt: Option<String>,
    msgid: Option<String>,
    msgstr: Option<String>,
    plural: bool,
}

/// Which string a continuation line adds to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    None,
    Ctxt,
    Id,
    Str,
    Other,
}

/// Unescapes a quoted PO string (`"…"`, quotes included); `None` when it is malformed.
fn unquote(s: &str) -> Option<String> {
    let inner = s.trim().strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(match chars.next()? {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'a' => '\u{7}',
                'b' => '\u{8}',
                'v' => '\u{b}',
                'f' => '\u{c}',
                '\\' => '\\',
                '"' => '"',
                _ => return None,
            }),
            '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

/// Reads a PO file that lockstep exported (and a CAT tool filled in).
pub fn read(text: &str, shown: &Path) -> Result<IncomingFile> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut raws: Vec<Raw> = Vec::new();
    let mut cur = Raw::default();
    let mut field = Field::None;
    let bad = |line: usize| file_error(shown, line, "exchange-po-syntax", Vec::new());
    let flush = |cur: &mut Raw, raws: &mut Vec<Raw>| {
        if cur.msgid.is_some() || cur.msgctxt.is_some() || cur.msgstr.is_some() {
            raws.push(std::mem::take(cur));
        } else {
            *cur = Raw::default();
        }
    };
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let line = line.trim_end_matches('\r');
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            flush(&mut cur, &mut raws);
            field = Field::None;
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix('#') {
            // A comment after a message's strings starts the next entry.
            if cur.msgid.is_some() && cur.msgstr.is_some() {
                flush(&mut cur, &mut raws);
            }
            if cur.line == 0 {
                cur.line = n;
            }
            if let Some(flags) = rest.strip_prefix(',') {
                cur.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            } else if let Some(refs) = rest.strip_prefix(':') {
                let refs = refs.trim_start();
                let first = match refs.strip_prefix('\u{2068}') {
                    // A name with white space, between isolates (U+2068 and U+2069).
                    Some(rest) => rest.split_once('\u{2069}').map_or(rest, |(name, _)| name),
                    None => refs.split_whitespace().next().unwrap_or_default(),
                };
                let file = first
                    .rsplit_once(':')
                    .filter(|(_, n)| n.bytes().all(|b| b.is_ascii_digit()))
                    .map_or(first, |(f, _)| f);
                if cur.reference.is_none() && !file.is_empty() {
                    cur.reference = Some(file.to_string());
                }
            } else if rest.starts_with('~') {
                cur.obsolete = true;
            }
            field = Field::None;
            continue;
        }
        if trimmed.starts_with('"') {
            let value = unquote(trimmed).ok_or_else(|| bad(n))?;
            let target = match field {
                Field::Ctxt => cur.msgctxt.as_mut(),
                Field::Id => cur.msgid.as_mut(),
                Field::Str => cur.msgstr.as_mut(),
                Field::Other => continue,
                Field::None => return Err(bad(n)),
            };
            target.ok_or_else(|| bad(n))?.push_str(&value);
            continue;
        }
        let (keyword, rest) = trimmed.split_once(|c: char| c.is_whitespace()).ok_or_else(|| bad(n))?;
        let value = unquote(rest).ok_or_else(|| bad(n))?;
        if (keyword == "msgctxt" || (keyword == "msgid" && cur.msgctxt.is_none())) && cur.msgid.is_some() {
            flush(&mut cur, &mut raws);
        }
        if cur.line == 0 {
            cur.line = n;
        }
        field = match keyword {
            "msgctxt" if cur.msgctxt.is_none() && cur.msgid.is_none() => {
                cur.msgctxt = Some(value);
                Field::Ctxt
            }
            "msgid" if cur.msgid.is_none() => {
                cur.msgid = Some(value);
                Field::Id
            }
            "msgstr" if cur.msgid.is_some() && cur.msgstr.is_none() => {
                cur.msgstr = Some(value);
                Field::Str
            }
            "msgid_plural" if cur.msgid.is_some() => {
                cur.plural = true;
                Field::Other
            }
            k if k.starts_with("msgstr[") && cur.plural => Field::Other,
            _ => return Err(bad(n)),
        };
    }
    flush(&mut cur, &mut raws);

    let mut lang: Option<(String, usize)> = None;
    let mut source_lang = None;
    let mut entries = Vec::new();
    for raw in raws.into_iter().filter(|r| !r.obsolete) {
        if raw.plural {
            // lockstep writes no plural forms: such an entry comes from another catalogue.
            return Err(file_error(shown, raw.line, "exchange-not-ours", Vec::new()));
        }
        let (Some(msgid), Some(msgstr)) = (raw.msgid, raw.msgstr) else {
            return Err(bad(raw.line));
        };
        if msgid.is_empty() && raw.msgctxt.is_none() {
            // The header: the language lockstep wrote wins over one a tool rewrote.
            let mut language = None;
            let mut ours = None;
            for field in msgstr.lines() {
                let Some((name, value)) = field.split_once(':') else { continue };
                let value = value.trim().to_string();
                match name.trim() {
                    "Language" if !value.is_empty() => language = Some(value.replace('_', "-")),
                    "X-Lockstep-Language" if !value.is_empty() => ours = Some(value),
                    "X-Lockstep-Source-Language" if !value.is_empty() => source_lang = Some(value),
                    _ => {}
                }
            }
            lang = ours.or(language).map(|l| (l, raw.line));
            continue;
        }
        if raw.plural {
            return Err(file_error(shown, raw.line, "exchange-not-ours", Vec::new()));
        }
        // An entry a tool stripped of its key keeps, at best, its reference.
        let (document, id, exported_target, keyed) = match raw.msgctxt.as_deref().and_then(split_key) {
            Some((document, id, fp)) => (document.to_string(), id.to_ascii_lowercase(), fp, true),
            None => (raw.reference.clone().unwrap_or_default(), String::new(), None, false),
        };
        let skip = if raw.fuzzy {
            Some(Skip::Fuzzy)
        } else if msgstr.trim().is_empty() {
            Some(Skip::Empty)
        } else {
            None
        };
        entries.push(Incoming {
            document,
            id,
            exported_target,
            keyed,
            line: raw.line,
            source: msgid,
            translation: skip.is_none().then_some(msgstr),
            skip,
            only_if_changed: false,
        });
    }
    let (lang, lang_line) = match lang {
        Some((lang, line)) => (Some(lang), line),
        None => (None, 1),
    };
    Ok(IncomingFile { format: Format::Po, source_lang, lang, lang_line, entries })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(value: &str) -> String {
        let mut out = String::new();
        field(&mut out, "", "msgid", value);
        out
    }

    #[test]
    fn short_strings_stay_on_one_line_and_long_ones_fold_at_spaces() {
        assert_eq!(folded("Hello \"world\""), "msgid \"Hello \\\"world\\\"\"\n");
        let long = "word ".repeat(30);
        let out = folded(long.trim_end());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "msgid \"\"");
        assert!(lines.iter().all(|l| columns(l) <= WIDTH), "{out}");
        let rebuilt: String = lines[1..].iter().map(|l| unquote(l).unwrap()).collect();
        assert_eq!(rebuilt, long.trim_end());
    }

    #[test]
    fn inner_line_breaks_fold_after_each_break() {
        assert_eq!(folded("one\ntwo"), "msgid \"\"\n\"one\\n\"\n\"two\"\n");
        assert_eq!(folded("ends\n"), "msgid \"ends\\n\"\n");
        assert_eq!(folded("back\\\\n"), "msgid \"back\\\\\\\\n\"\n");
    }

    #[test]
    fn unquote_refuses_bad_escapes_and_stray_quotes() {
        assert_eq!(unquote("\"a\\tb\""), Some("a\tb".into()));
        assert_eq!(unquote("\"a\\qb\""), None);
        assert_eq!(unquote("\"a\"b\""), None);
        assert_eq!(unquote("a"), None);
    }

    #[test]
    fn reads_entries_flags_and_header() {
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: bg_BG\\n\"\n\n#: a.md:3\n#, fuzzy\n#| msgid \"old\"\nmsgctxt \"a.md#ab12c\"\nmsgid \"new\"\nmsgstr \"нов\"\n\nmsgctxt \"a.md#ff000\"\nmsgid \"\"\n\"two \"\n\"lines\"\nmsgstr \"две \"\n\"реда\"\n\n#~ msgid \"gone\"\n#~ msgstr \"няма\"\n";
        let f = read(po, Path::new("x.po")).unwrap();
        assert_eq!(f.lang.as_deref(), Some("bg-BG"));
        assert_eq!(f.entries.len(), 2);
        assert_eq!(f.entries[0].skip, Some(Skip::Fuzzy));
        assert_eq!(f.entries[0].line, 5);
        assert_eq!((f.entries[1].id.as_str(), f.entries[1].translation.as_deref()), ("ff000", Some("две реда")));
        assert_eq!(f.entries[1].source, "two lines");
    }

    #[test]
    fn malformed_lines_are_named() {
        let e = read(
            "msgid \"\"\nmsgstr \"\"\n\"Language: bg\\n\"\n\nmsgctxt \"a#b\"\nmsgid \"x\nmsgstr \"y\"\n",
            Path::new("x.po"),
        )
        .unwrap_err();
        assert_eq!(e.at.line, Some(6));
        // An entry without its key keeps its reference, to be found by its text.
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: bg\\n\"\n\n#: a.md:12 b.md:3\nmsgid \"x\"\nmsgstr \"y\"\n";
        let f = read(po, Path::new("x.po")).unwrap();
        let e = &f.entries[0];
        assert_eq!((e.document.as_str(), e.keyed, e.id.as_str(), e.line), ("a.md", false, "", 5));
    }

    #[test]
    fn a_reference_with_white_space_stands_between_isolates() {
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: bg\\n\"\n\n#: \u{2068}my file.md\u{2069}:3\nmsgid \"x\"\nmsgstr \"y\"\n";
        let f = read(po, Path::new("x.po")).unwrap();
        assert_eq!(f.entries[0].document, "my file.md");
        let plural =
            "msgid \"\"\nmsgstr \"\"\n\"Language: bg\\n\"\n\nmsgid \"x\"\nmsgid_plural \"xs\"\nmsgstr[0] \"y\"\n";
        assert_eq!(read(plural, Path::new("x.po")).unwrap_err().kind.message_id(), "exchange-not-ours");
    }
}
