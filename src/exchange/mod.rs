//! Work in a CAT tool: the beads of one language out as PO or XLIFF ([`collect`], [`po`],
//! [`xliff`]), and the translations that come back written into the translated documents at
//! their places and confirmed ([`import`], [`place`]).
//!
//! An exchange file names each bead by its document and id, and carries the source text it
//! offered for translation. On import, that text is what the memory records the translation was
//! made from: an entry whose source changed after the export is written but stays stale.
//!
//! Texts travel as people read them: a paragraph's lines joined by a space (hard line breaks kept
//! as `\n`), the paragraphs of a bead separated by a blank line (`\n\n`), the inline Markdown
//! (links, code, emphasis, footnote references) as it is written.

use rayon::prelude::*;
use serde::Serialize;

use crate::diff::{self, Change};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::project::Project;
use crate::segment::{self, Paragraph};
use crate::status::{BeadState, State};
use crate::tm::{self, Match};
use crate::workspace::DocumentState;

pub mod import;
pub mod place;
pub mod plural;
pub mod po;
pub mod xliff;

pub use import::{Applied, Outcome, Plan, Skip, plan};

/// The file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// GNU gettext PO.
    Po,
    /// XLIFF 1.2 (strict).
    Xliff,
    /// XLIFF 2.1, core only.
    Xliff2,
}

/// How many translation-memory matches an entry carries at most.
pub const MATCHES: usize = 3;

/// How a translation-memory match is introduced (its score, kind and origin).
pub type MatchLabel<'a> = Box<dyn Fn(&Match) -> String + 'a>;

/// The words of an exchange file's comments and notes, in the translator's language: the binary
/// localizes them, the library only places them.
pub struct Labels<'a> {
    /// The file's title comment.
    pub title: String,
    /// Before the word diff of a stale entry.
    pub changed: String,
    /// Before a translation-memory match.
    pub matched: MatchLabel<'a>,
}

impl Labels<'_> {
    /// A translation-memory match as a note: the label, the matched source and its translation.
    pub fn tm_match(&self, m: &Match) -> String {
        format!("{}\n{}\n→ {}", (self.matched)(m), m.source, m.target)
    }
}

/// One bead going out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The document (source path, relative to the project).
    pub document: String,
    /// The bead's id.
    pub id: String,
    /// Its state: stale or missing (or current, with `--all`).
    pub state: State,
    /// Today's source text, as it travels (see the module docs).
    pub source: String,
    /// The line of its first source paragraph (1-based).
    pub source_line: usize,
    /// The translation file (relative to the project) and the line of its first paragraph.
    pub target_path: String,
    /// The line of the translation's first paragraph, when it has one.
    pub target_line: Option<usize>,
    /// Today's translation, as it travels (empty for a missing bead).
    pub target: String,
    /// The fingerprint of today's translation (see [`target_fp`]).
    pub target_fp: u32,
    /// For a stale bead: the source text the translation was made from.
    pub previous: Option<String>,
    /// For a stale bead: its translation as it was confirmed with `previous`.
    pub previous_target: Option<String>,
    /// For a stale bead: the word diff from `previous` to `source` (normalized texts).
    pub changes: Vec<Change>,
    /// Up to [`MATCHES`] translation-memory matches that add something (never the bead's own
    /// translation), best first.
    pub matches: Vec<Match>,
}

/// What an export holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// The project's name (its folder's name).
    pub project: String,
    /// The source language tag, as the project writes it.
    pub source_lang: String,
    /// The target language tag, as the project writes it.
    pub lang: String,
    /// When it was made (RFC 3339, UTC).
    pub created: String,
    /// The documents exported (source path, translation path), in project order, including
    /// those with no entry.
    pub documents: Vec<(String, String)>,
    /// The entries, in document and source order.
    pub entries: Vec<Entry>,
}

/// A paragraph's text as it travels: its lines joined by a space, except after a hard line
/// break (two spaces or a backslash at the end of a line), which stays a line break.
pub fn unwrapped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        if lines.peek().is_none() {
            out.push_str(line);
        } else if line.ends_with("  ") || line.ends_with('\\') {
            out.push_str(line);
            out.push('\n');
        } else {
            out.push_str(line.trim_end());
            out.push(' ');
        }
    }
    out
}

/// The text of some paragraphs as it travels: each unwrapped, separated by a blank line.
pub fn travelling(paragraphs: &[Paragraph], which: &[usize]) -> String {
    which.iter().map(|&i| unwrapped(&paragraphs[i].text)).collect::<Vec<_>>().join("\n\n")
}

/// The paragraphs of a travelling text: split at blank lines, each trimmed; empty ones dropped.
pub fn paragraphs_of(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n").trim().to_string());
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n").trim().to_string());
    }
    out.retain(|p| !p.is_empty());
    out
}

/// Collects the entries of language `lang` (a project index): in the documents `only` (all when
/// empty), the stale and missing beads, or with `all` every bead that has a source. A language
/// whose translation exists but was never synced cannot be exported (every paragraph would be
/// missing): that is an error naming the translation.
pub fn collect(
    project: &Project,
    docs: &[DocumentState],
    lang: usize,
    only: &[usize],
    all: bool,
    sources: &tm::Sources,
    now: &str,
) -> Result<Export> {
    let chosen: Vec<&DocumentState> =
        docs.iter().enumerate().filter(|(d, _)| only.is_empty() || only.contains(d)).map(|(_, doc)| doc).collect();
    for doc in &chosen {
        let t = &doc.translations[lang];
        if t.exists && t.memory.is_none() && !t.target.is_empty() {
            return Err(Error::new(
                ErrorKind::Exchange {
                    id: "exchange-never-synced",
                    args: vec![("lang", project.languages[lang].tag().to_string())],
                },
                Location::file(project.shown(&t.path)),
            ));
        }
    }
    let wanted = |b: &BeadState| !b.source.is_empty() && (all || matches!(b.state, State::Stale | State::Missing));
    let selected: Vec<(&DocumentState, &BeadState)> = chosen
        .iter()
        .flat_map(|doc| doc.translations[lang].beads.iter().filter(|b| wanted(b)).map(move |b| (*doc, b)))
        .collect();
    let entries =
        selected.par_iter().map(|(doc, b)| entry(project, lang, doc, b, sources)).collect::<Result<Vec<Entry>>>()?;
    let project_name =
        project.root.file_name().map_or_else(|| "lockstep".to_string(), |n| n.to_string_lossy().into_owned());
    Ok(Export {
        project: project_name,
        source_lang: project.source_lang.tag().to_string(),
        lang: project.languages[lang].tag().to_string(),
        created: now.to_string(),
        documents: chosen.iter().map(|d| (d.source_path.clone(), d.translations[lang].path.clone())).collect(),
        entries,
    })
}

fn entry(project: &Project, lang: usize, doc: &DocumentState, b: &BeadState, sources: &tm::Sources) -> Result<Entry> {
    let t = &doc.translations[lang];
    let source = travelling(&doc.source, &b.source);
    let target = travelling(&t.target, &b.target);
    // A stale bead's word diff as `diff` makes it, and its old texts as they travel.
    let stale =
        if b.state == State::Stale { diff::bead_diff(b, t.memory.as_ref(), &doc.source, &t.target) } else { None };
    let (previous, previous_target) = match (&stale, t.memory.as_ref()) {
        (Some(_), Some(memory)) => {
            let records = || b.memory.iter().map(|&m| &memory.beads[m]);
            let travel = |texts: Vec<&String>| texts.iter().map(|p| unwrapped(p)).collect::<Vec<_>>().join("\n\n");
            (
                Some(travel(records().flat_map(|r| &r.source).collect())),
                Some(travel(records().flat_map(|r| &r.target).collect())),
            )
        }
        _ => (None, None),
    };
    let query_text = segment::joined(&doc.source, &b.source);
    let query =
        tm::Query { others_only: true, ..tm::Query::new(project, lang, &query_text, Some((&doc.source_path, &b.id))) };
    let own = segment::joined(&t.target, &b.target);
    let mut matches = sources.suggest(&query, MATCHES, tm::DEFAULT_MIN_SCORE)?;
    // The bead's own translation is in the entry already: a match adds something or is left out.
    matches.retain(|m| crate::text::normalize(&m.target) != own);
    Ok(Entry {
        document: doc.source_path.clone(),
        id: b.id.clone(),
        state: b.state,
        source,
        source_line: b.source.first().map_or(0, |&i| doc.source[i].line),
        target_path: t.path.clone(),
        target_line: b.target.first().map(|&i| t.target[i].line),
        target_fp: target_fp(&own),
        target,
        previous,
        previous_target,
        changes: stale.map(|d| d.changes).unwrap_or_default(),
        matches,
    })
}

/// The word diff in the `[-deleted-]{+inserted+}` form of `wdiff` and `git diff --word-diff`.
pub fn word_diff_text(changes: &[Change]) -> String {
    let mut out = String::new();
    for c in changes {
        match c.op {
            diff::Op::Equal => out.push_str(&c.text),
            diff::Op::Delete => {
                out.push_str("[-");
                out.push_str(&c.text);
                out.push_str("-]");
            }
            diff::Op::Insert => {
                out.push_str("{+");
                out.push_str(&c.text);
                out.push_str("+}");
            }
        }
    }
    out
}

/// An entry's key in an exchange file: its document, its bead id and the fingerprint of the
/// translation it was exported with (`docs/a.md#3c063~1f2e3d4c`), so that an import sees a
/// translation edited in the document since.
pub fn key(document: &str, id: &str, target_fp: u32) -> String {
    format!("{document}#{id}~{target_fp:08x}")
}

/// The fingerprint of a translation as keys carry it (of its normalized text).
pub fn target_fp(normalized: &str) -> u32 {
    xxhash_rust::xxh3::xxh3_64(normalized.as_bytes()) as u32
}

/// The document, bead id and exported translation's fingerprint of a key (a key without the
/// fingerprint, as lockstep wrote before, has none).
pub fn split_key(key: &str) -> Option<(&str, &str, Option<u32>)> {
    let (document, rest) = key.rsplit_once('#').filter(|(d, id)| !d.is_empty() && !id.is_empty())?;
    match rest.split_once('~') {
        Some((id, fp)) if !id.is_empty() => Some((document, id, u32::from_str_radix(fp, 16).ok())),
        Some(_) => None,
        None => Some((document, rest, None)),
    }
}

/// One entry that came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// The document (source path), or where the file says the entry comes from when it lost
    /// its key (empty when it says nothing).
    pub document: String,
    /// The bead's id (empty when the entry lost its key).
    pub id: String,
    /// The fingerprint of the translation the entry was exported with, when its key has it.
    pub exported_target: Option<u32>,
    /// Whether document and id come from the entry's key (`msgctxt`, `resname`, `name`); an
    /// entry a tool stripped of its key is found by its document and its source text.
    pub keyed: bool,
    /// The line of the entry in the exchange file.
    pub line: usize,
    /// The source text the file offered for translation.
    pub source: String,
    /// The translation, when the entry asks for one to be written.
    pub translation: Option<String>,
    /// Why not, when it does not.
    pub skip: Option<Skip>,
    /// Whether the file leaves the entry marked as needing work (an XLIFF state before
    /// "translated"): then it is written only when its text differs from the document's.
    pub only_if_changed: bool,
}

/// A whole exchange file that came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomingFile {
    /// The format it was read as.
    pub format: Format,
    /// Its source language tag.
    pub source_lang: Option<String>,
    /// Its target language tag.
    pub lang: Option<String>,
    /// The line where its language is given (1 when it gives none).
    pub lang_line: usize,
    /// Its entries, in file order.
    pub entries: Vec<Incoming>,
}

/// An error in an exchange file: message `id` with `args`, at `line` of `shown`.
pub fn file_error(shown: &std::path::Path, line: usize, id: &'static str, args: Vec<(&'static str, String)>) -> Error {
    Error::new(ErrorKind::Exchange { id, args }, Location::line(shown, line))
}

/// An exchange file's text: UTF-8 (or UTF-16 with its byte-order mark), else the charset a PO
/// header names (`Content-Type: text/plain; charset=windows-1251`).
pub fn decode_file(bytes: Vec<u8>, shown: &std::path::Path) -> Result<String> {
    let charset = bytes.windows(8).position(|w| w.eq_ignore_ascii_case(b"charset=")).map(|i| {
        let rest = &bytes[i + 8..];
        let end = rest.iter().position(|b| !(b.is_ascii_alphanumeric() || b"-_:.".contains(b))).unwrap_or(rest.len());
        rest[..end].to_vec()
    });
    let encoding = charset.as_deref().and_then(encoding_rs::Encoding::for_label);
    match encoding {
        Some(e) if e != encoding_rs::UTF_8 && std::str::from_utf8(&bytes).is_err() => {
            let (text, had_errors) = e.decode_without_bom_handling(&bytes);
            if had_errors {
                return Err(Error::new(ErrorKind::InvalidUtf8, Location::file(shown)));
            }
            Ok(text.replace("\r\n", "\n"))
        }
        _ => crate::text::decode(bytes, shown),
    }
}

/// Reads an exchange file, telling its format by its content: XML with an `<xliff>` root (its
/// `version` picks 1.2 or 2.x), else PO.
pub fn read(text: &str, shown: &std::path::Path) -> Result<IncomingFile> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('<') { xliff::read(text, shown) } else { po::read(text, shown) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unwrapping_keeps_hard_breaks_and_nothing_else() {
        assert_eq!(unwrapped("one\ntwo  \nthree\\\nfour"), "one two  \nthree\\\nfour");
        assert_eq!(paragraphs_of("a\nb\n\n  \n c \n\n"), vec!["a\nb".to_string(), "c".to_string()]);
    }

    #[test]
    fn keys_split_at_the_last_hash() {
        assert_eq!(split_key("docs/a#b.md#3c063"), Some(("docs/a#b.md", "3c063", None)));
        assert_eq!(split_key(&key("a.md", "3c063", 0x1f2e)), Some(("a.md", "3c063", Some(0x1f2e))));
        assert_eq!(split_key("nohash"), None);
        assert_eq!(split_key("#x"), None);
    }
}
