//! Import: the translations of an exchange file written into the translated documents at their
//! places, and confirmed in the memory against the source text the file offered.
//!
//! Everything is decided before anything is written: an entry that names a document or a bead
//! the project does not have, or a file for another language, is an error and nothing is written.
//! The caller writes every changed document and memory as one ([`crate::fs::commit_all`]).

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::place::{self, Document, Edit, Shape, Target};
use super::{IncomingFile, file_error, paragraphs_of};
use crate::error::{Error, Result};
use crate::memory::{Bead, Memory};
use crate::project::Project;
use crate::segment::{self, Paragraph};
use crate::status::{self, BeadState, State};
use crate::text::{decode, normalize};
use crate::tm::score;
use crate::workspace::DocumentState;

/// Why an entry was not written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Skip {
    /// Marked fuzzy (PO) or left in a state that asks for work (XLIFF) with the text exported.
    Fuzzy,
    /// No translation.
    Empty,
    /// The translation is the document's already, and the bead is current.
    Unchanged,
    /// The file still marks it as needing translation, and its text is the document's or its
    /// source's (a copy of the source is no translation).
    NotDone,
    /// Split into segments, some of which have no translation.
    Incomplete,
    /// A new table cell: a new row or column, which a person adds to the table.
    TableCell,
    /// The translation in the document changed after the export: written, the file's would
    /// overwrite that work.
    ChangedSinceExport,
    /// The source paragraph was removed since the export.
    SourceRemoved,
    /// The bead's translation is not in one place in the document (paragraphs apart).
    Scattered,
    /// Written there, the text would not read back as the same paragraphs (it would start a list
    /// or a heading, or it holds a blank line where a table cell stands).
    WouldNotFit,
}

impl Skip {
    /// The reason's name in JSON and in message ids.
    pub fn name(self) -> &'static str {
        match self {
            Skip::Fuzzy => "fuzzy",
            Skip::Empty => "empty",
            Skip::Unchanged => "unchanged",
            Skip::NotDone => "not_done",
            Skip::Incomplete => "incomplete",
            Skip::TableCell => "table_cell",
            Skip::ChangedSinceExport => "changed_since_export",
            Skip::SourceRemoved => "source_removed",
            Skip::Scattered => "scattered",
            Skip::WouldNotFit => "would_not_fit",
        }
    }
}

/// What became of one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum Outcome {
    /// Written and confirmed.
    Written {
        /// The bead's state before.
        was: State,
        /// Its state after: `current`, or `stale` when its source changed after the export.
        now: State,
    },
    /// Not written.
    Skipped {
        /// Why.
        reason: Skip,
    },
}

/// One entry's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The document (source path).
    pub document: String,
    /// The bead's id.
    pub id: String,
    /// The entry's line in the exchange file.
    pub line: usize,
    /// What became of it.
    pub outcome: Outcome,
}

/// One translation to write: the document's new text and memory.
#[derive(Debug, Clone)]
pub struct FileWrite {
    /// The document, an index in the project.
    pub doc: usize,
    /// The translation file (relative to the project) and its new bytes, when it changes.
    pub target: Option<(String, Vec<u8>)>,
    /// The memory file (relative to the project) and the new memory.
    pub memory: (String, Memory),
}

/// What an import will do.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The language, an index in the project.
    pub lang: usize,
    /// Each entry's result, in file order.
    pub results: Vec<Applied>,
    /// The files to write.
    pub writes: Vec<FileWrite>,
}

/// The texts of some paragraphs, as a memory record holds them.
fn texts(paragraphs: &[Paragraph], which: &[usize]) -> Vec<String> {
    which.iter().map(|&i| paragraphs[i].text.clone()).collect()
}

/// A translation file as read: its text decoded (LF line ends), and what it is on disk: its
/// encoding, its byte-order mark, and its text with its own line ends, so that a change to the
/// decoded text is made to the file's own bytes and nothing else moves.
struct Raw {
    text: String,
    /// The text with the file's line ends (CRLF, CR, LF, mixed as they are).
    own: String,
    /// Where, in `text`, the LFs stand that are CRLF in `own` (one byte longer each).
    crlf_at: Vec<usize>,
    /// The line end new lines get: the file's most common one.
    newline: &'static str,
    /// The encoding and its byte-order mark.
    encoding: Encoding,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
}

fn read_target(project: &Project, rel: &str) -> Result<Raw> {
    let bytes = match std::fs::read(project.checked_path(rel)?) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(Error::io(&e, &project.shown(rel))),
    };
    let encoding = match (bytes.get(..3), bytes.get(..2)) {
        (Some([0xEF, 0xBB, 0xBF]), _) => Encoding::Utf8Bom,
        (_, Some([0xFF, 0xFE])) => Encoding::Utf16Le,
        (_, Some([0xFE, 0xFF])) => Encoding::Utf16Be,
        _ => Encoding::Utf8,
    };
    let own = match encoding {
        Encoding::Utf16Le => encoding_rs::UTF_16LE.decode_without_bom_handling(&bytes[2..]).0.into_owned(),
        Encoding::Utf16Be => encoding_rs::UTF_16BE.decode_without_bom_handling(&bytes[2..]).0.into_owned(),
        Encoding::Utf8Bom => String::from_utf8_lossy(&bytes[3..]).into_owned(),
        Encoding::Utf8 => String::from_utf8_lossy(&bytes).into_owned(),
    };
    let text = decode(bytes, &project.shown(rel))?;
    // Each CRLF before shifts the decoded offset by one.
    let crlf_at: Vec<usize> = own.match_indices("\r\n").enumerate().map(|(shift, (i, _))| i - shift).collect();
    let lf = own.matches('\n').count() - crlf_at.len();
    let cr = own.matches('\r').count() - crlf_at.len();
    let newline = if crlf_at.len() > lf.max(cr) {
        "\r\n"
    } else if cr > lf {
        "\r"
    } else {
        "\n"
    };
    Ok(Raw { text, own, crlf_at, newline, encoding })
}

impl Raw {
    /// The offset in `own` of offset `at` of `text`.
    fn own_offset(&self, at: usize) -> usize {
        at + self.crlf_at.partition_point(|&p| p < at)
    }

    /// The file's bytes after `splices` (ranges of `text`, and what replaces them) are made to
    /// its own text, new lines ending as the file's lines most often do.
    fn bytes_after(&self, splices: &[(std::ops::Range<usize>, String)]) -> Vec<u8> {
        let mut out = String::with_capacity(self.own.len() + splices.iter().map(|s| s.1.len() * 2).sum::<usize>());
        let mut cursor = 0;
        for (range, with) in splices {
            let (from, to) = (self.own_offset(range.start), self.own_offset(range.end));
            out.push_str(&self.own[cursor..from]);
            out.push_str(&with.replace('\n', self.newline));
            cursor = to;
        }
        out.push_str(&self.own[cursor..]);
        match self.encoding {
            Encoding::Utf8 => out.into_bytes(),
            Encoding::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], out.as_bytes()].concat(),
            Encoding::Utf16Le => {
                [0xFF, 0xFE].into_iter().chain(out.encode_utf16().flat_map(u16::to_le_bytes)).collect()
            }
            Encoding::Utf16Be => {
                [0xFE, 0xFF].into_iter().chain(out.encode_utf16().flat_map(u16::to_be_bytes)).collect()
            }
        }
    }
}

/// One entry to write, found in the project.
struct Work {
    /// Index in the file's entries.
    entry: usize,
    /// Index of the bead in today's beads of its translation.
    bead: usize,
    /// The new paragraphs (travelling texts).
    texts: Vec<String>,
    /// The source texts the translation was made from, when they differ from today's.
    exported: Option<Vec<String>>,
    /// The translation is the document's already, paragraph for paragraph: it is confirmed as
    /// it stands and the document keeps its bytes (and its wrapping).
    as_it_stands: bool,
}

/// Plans the import of `file` (read from `shown`) into the project whose documents `docs` were
/// read; `now` stamps the confirmed beads. `lang` is the language the user named, for a file
/// that does not say its own (a file that says another one is an error).
pub fn plan(
    project: &Project,
    docs: &[DocumentState],
    file: &IncomingFile,
    lang: Option<usize>,
    shown: &std::path::Path,
    now: &str,
) -> Result<Plan> {
    let lang = match (&file.lang, lang) {
        (Some(tag), named) => {
            // A code as other tools write it (`sr_RS@latin`, `sr-RS@latin`) names its written
            // language.
            let found = project
                .language_index(tag)
                .or_else(|e| match crate::text::Lang::parse_lenient(&tag.replace('-', "_")) {
                    Some(l) => project.language_index(l.tag()),
                    None => Err(e),
                })
                .map_err(|_| {
                    file_error(shown, file.lang_line, "exchange-wrong-language", vec![("tag", tag.clone())])
                })?;
            if named.is_some_and(|n| n != found) {
                return Err(file_error(shown, file.lang_line, "exchange-wrong-language", vec![("tag", tag.clone())]));
            }
            found
        }
        (None, Some(named)) => named,
        (None, None) => return Err(file_error(shown, 1, "exchange-no-language", Vec::new())),
    };
    if let Some(src) = &file.source_lang
        && !project.source_lang.matches_code(src)
    {
        return Err(file_error(shown, file.lang_line, "exchange-wrong-source-language", vec![("tag", src.clone())]));
    }
    let mut results: Vec<Option<Outcome>> = vec![None; file.entries.len()];
    // The document and bead each entry was found at, for the report.
    let mut found_at: Vec<Option<(usize, usize)>> = vec![None; file.entries.len()];
    let mut work: HashMap<usize, Vec<Work>> = HashMap::new();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    // The beads entries name by id: a likeness fallback never takes one of them.
    let named: HashSet<(&str, &str)> =
        file.entries.iter().filter(|e| e.keyed).map(|e| (e.document.as_str(), e.id.as_str())).collect();
    for (k, e) in file.entries.iter().enumerate() {
        // A keyed entry names its document; one a tool stripped of its key may name it by a
        // reference, or, in a project of one document, needs not.
        let d = match docs.iter().position(|doc| doc.source_path == e.document) {
            Some(d) => d,
            None if !e.keyed && docs.len() == 1 => 0,
            // Without key and reference (`xliff2po`): the one document that has the text.
            None if !e.keyed
                && let Some(d) = only_document_with(docs, lang, &e.source) =>
            {
                d
            }
            None if e.document.is_empty() => return Err(file_error(shown, e.line, "exchange-not-ours", Vec::new())),
            None => {
                return Err(file_error(shown, e.line, "exchange-unknown-document", vec![("path", e.document.clone())]));
            }
        };
        let doc = &docs[d];
        let t = &doc.translations[lang];
        let found = if e.keyed {
            find_bead(&t.beads, &doc.source, e, |b| named.contains(&(doc.source_path.as_str(), t.beads[b].id.as_str())))
        } else {
            find_by_text(&t.beads, &doc.source, e, |b| seen.contains(&(d, b)))
        };
        let b = found.ok_or_else(|| {
            let id = if e.keyed { e.id.clone() } else { crate::text::normalize(&e.source).chars().take(40).collect() };
            file_error(shown, e.line, "exchange-unknown-bead", vec![("id", id)])
        })?;
        if let Some(skip) = e.skip {
            results[k] = Some(Outcome::Skipped { reason: skip });
            continue;
        }
        if !seen.insert((d, b)) {
            return Err(file_error(shown, e.line, "exchange-duplicate-entry", vec![("id", e.id.clone())]));
        }
        found_at[k] = Some((d, b));
        let bead = &t.beads[b];
        let translation = e.translation.as_deref().unwrap_or_default();
        let new_texts = paragraphs_of(translation);
        if new_texts.is_empty() {
            results[k] = Some(Outcome::Skipped { reason: Skip::Empty });
            continue;
        }
        if bead.source.is_empty() {
            results[k] = Some(Outcome::Skipped { reason: Skip::SourceRemoved });
            continue;
        }
        let today = segment::joined(&doc.source, &bead.source);
        let exported = (normalize(&e.source) != today).then(|| paragraphs_of(&e.source));
        let current = segment::joined(&t.target, &bead.target);
        let same_target = normalize(&new_texts.join(" ")) == current;
        // The document's translation edited since the export: the file's would overwrite it. An
        // entry without its key cannot tell: it never overwrites a current translation.
        let now_fp = super::target_fp(&current);
        let edited_since = match e.exported_target {
            Some(fp) => fp != now_fp,
            None => !e.keyed && bead.state == State::Current,
        };
        if edited_since && !same_target {
            results[k] = Some(Outcome::Skipped { reason: Skip::ChangedSinceExport });
            continue;
        }
        let copy_of_source = normalize(translation) == normalize(&e.source);
        if e.only_if_changed && (same_target || copy_of_source) {
            results[k] = Some(Outcome::Skipped { reason: Skip::NotDone });
            continue;
        }
        // A current bead whose translation comes back as it stands: nothing to write, nothing to
        // confirm (whatever source the file offered: a minor edit since keeps it current).
        if same_target && bead.state == State::Current {
            results[k] = Some(Outcome::Skipped { reason: Skip::Unchanged });
            continue;
        }
        let as_it_stands = same_target && new_texts.len() == bead.target.len();
        work.entry(d).or_default().push(Work { entry: k, bead: b, texts: new_texts, exported, as_it_stands });
    }

    let mut writes = Vec::new();
    let mut docs_done: Vec<usize> = work.keys().copied().collect();
    docs_done.sort_unstable();
    for d in docs_done {
        let items = &work[&d];
        let doc = &docs[d];
        let t = &doc.translations[lang];
        let raw = read_target(project, &t.path)?;
        let target_doc = Document::new(raw.text.clone());
        // The file may have changed since it was read with the others: the lock keeps writers
        // out, not editors.
        let changed_meanwhile = |rel: &str| {
            Error::new(
                crate::ErrorKind::Exchange { id: "exchange-changed-meanwhile", args: Vec::new() },
                crate::Location::file(project.shown(rel)),
            )
        };
        if target_doc.paragraphs != t.target {
            return Err(changed_meanwhile(&t.path));
        }
        // The source again, for the places of its paragraphs (the workspace keeps none).
        let source_doc = Document::new(read_target(project, &doc.source_path)?.text);
        if source_doc.paragraphs != doc.source {
            return Err(changed_meanwhile(&doc.source_path));
        }
        let mut edits: Vec<Option<Edit>> = Vec::new();
        for w in items {
            let bead = &t.beads[w.bead];
            if w.as_it_stands {
                edits.push(None);
                continue;
            }
            // Paragraphs of one translation apart, or with a code block, HTML or a link
            // definition between them: replacing them would lose what stands between.
            if bead.target.windows(2).any(|w| target_doc.gap(w[0], w[1]).is_none()) {
                results[w.entry] = Some(Outcome::Skipped { reason: Skip::Scattered });
                edits.push(None);
                continue;
            }
            let target = if let (Some(&first), Some(&last)) = (bead.target.first(), bead.target.last()) {
                Target::Replace(first..last + 1)
            } else if bead.source.iter().any(|&i| doc.source[i].kind == crate::segment::Kind::TableCell) {
                // A new cell is a new row or column of a table: a person adds it.
                results[w.entry] = Some(Outcome::Skipped { reason: Skip::TableCell });
                edits.push(None);
                continue;
            } else {
                anchor(&t.beads, w.bead, &source_doc, &target_doc)
            };
            let shape = (!matches!(target, Target::Replace(_))).then(|| Shape::of(&source_doc, &bead.source));
            edits.push(Some(Edit { target, texts: w.texts.clone(), shape, wrap: true, order: bead.source[0] }));
        }
        let active: Vec<Edit> = edits.iter().flatten().cloned().collect();
        let applied = place::apply(&target_doc, &active);
        let new_paragraphs = &applied.paragraphs;
        // Old index → new index of every paragraph no edit touched.
        let mut placed_iter = applied.placed.iter();
        let mut placements: Vec<Option<Option<std::ops::Range<usize>>>> = Vec::new();
        for e in &edits {
            placements.push(e.as_ref().map(|_| placed_iter.next().cloned().flatten()));
        }
        let map = old_to_new(target_doc.paragraphs.len(), &active, &applied.placed);

        // The new memory: today's beads, the written ones with their new records.
        let old = t.memory.clone().unwrap_or_default();
        let mut written: HashMap<usize, (Vec<usize>, Bead)> = HashMap::new();
        for (w, placement) in items.iter().zip(&placements) {
            if results[w.entry].is_some() {
                // Skipped while planned (a new table cell): nothing is recorded.
                continue;
            }
            let bead = &t.beads[w.bead];
            let new_target: Vec<usize> = match placement {
                None => bead.target.iter().filter_map(|&i| map[i]).collect(),
                Some(Some(r)) => r.clone().collect(),
                Some(None) => {
                    results[w.entry] = Some(Outcome::Skipped { reason: Skip::WouldNotFit });
                    continue;
                }
            };
            let record = Bead {
                id: bead.id.clone(),
                source: w.exported.clone().unwrap_or_else(|| texts(&doc.source, &bead.source)),
                target: texts(new_paragraphs, &new_target),
                synced: now.to_string(),
                minor: false,
                accepted: Vec::new(),
            };
            written.insert(w.bead, (new_target, record));
        }
        let mut list: Vec<(Vec<usize>, Vec<usize>, Vec<Bead>)> = Vec::new();
        for (i, b) in t.beads.iter().enumerate() {
            match written.remove(&i) {
                Some((target, record)) => list.push((b.source.clone(), target, vec![record])),
                None if !b.memory.is_empty() => {
                    let target = b.target.iter().filter_map(|&j| map[j]).collect();
                    list.push((b.source.clone(), target, b.memory.iter().map(|&m| old.beads[m].clone()).collect()));
                }
                None => {}
            }
        }
        status::sort_in_source_order(&mut list, |it| (&it.0, &it.1), new_paragraphs.len());
        let memory = Memory { beads: list.into_iter().flat_map(|it| it.2).collect() };

        // Read back: each written bead is current, or stale when its source changed since the
        // export; never current on a source nobody translated.
        let after = status::compare(Some(&memory), &doc.source, new_paragraphs);
        for w in items {
            if results[w.entry].is_some() {
                continue;
            }
            let bead = &t.beads[w.bead];
            let now_state = after.iter().find(|b| b.id == bead.id).map_or(State::Stale, |b| b.state);
            let now_state = if w.exported.is_some() && now_state == State::Current { State::Stale } else { now_state };
            results[w.entry] = Some(Outcome::Written { was: bead.state, now: now_state });
        }
        let changed_text = applied.text != raw.text;
        let memory_changed = t.memory.as_ref() != Some(&memory);
        if changed_text || memory_changed {
            writes.push(FileWrite {
                doc: d,
                target: changed_text.then(|| (t.path.clone(), raw.bytes_after(&applied.splices))),
                memory: (t.memory_path.clone(), memory),
            });
        }
    }
    let results = file
        .entries
        .iter()
        .zip(results)
        .zip(found_at)
        .map(|((e, outcome), at)| Applied {
            // The paragraph it was found at (an entry without key, or found by likeness, names
            // another id or none).
            document: at.map_or_else(|| e.document.clone(), |(d, _)| docs[d].source_path.clone()),
            id: at.map_or_else(|| e.id.clone(), |(d, b)| docs[d].translations[lang].beads[b].id.clone()),
            line: e.line,
            outcome: outcome.unwrap_or(Outcome::Skipped { reason: Skip::WouldNotFit }),
        })
        .collect();
    Ok(Plan { lang, results, writes })
}

/// The bead an entry names: by id; else, for a missing bead whose source changed after the
/// export (its provisional id changed with it), the one missing bead whose source is clearly
/// the entry's (the same text, or the only one at least 60 % alike and clearly ahead).
fn find_bead(
    beads: &[BeadState],
    source: &[Paragraph],
    e: &super::Incoming,
    named: impl Fn(usize) -> bool,
) -> Option<usize> {
    if let Some(i) = beads.iter().position(|b| b.id == e.id) {
        return Some(i);
    }
    let wanted = normalize(&e.source);
    let mut scored: Vec<(u8, usize)> = beads
        .iter()
        .enumerate()
        .filter(|(i, b)| b.state == State::Missing && !b.source.is_empty() && !named(*i))
        .map(|(i, b)| (score(&wanted, &segment::joined(source, &b.source)), i))
        .collect();
    scored.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
    match scored.as_slice() {
        [(best, i), rest @ ..] if *best >= 60 && rest.first().is_none_or(|(second, _)| second + 15 <= *best) => {
            Some(*i)
        }
        _ => None,
    }
}

/// The one document whose translation in `lang` has a bead with source text `text`, when only
/// one has.
fn only_document_with(docs: &[DocumentState], lang: usize, text: &str) -> Option<usize> {
    let wanted = normalize(text);
    let mut found = docs.iter().enumerate().filter(|(_, doc)| {
        doc.translations[lang]
            .beads
            .iter()
            .any(|b| !b.source.is_empty() && segment::joined(&doc.source, &b.source) == wanted)
    });
    match (found.next(), found.next()) {
        (Some((d, _)), None) => Some(d),
        _ => None,
    }
}

/// The bead of an entry that lost its key, by its source text: the first bead not yet taken
/// whose source is that text (stale and missing ones first), else the one stale or missing bead
/// whose source is clearly the most alike (at least 60 %, 15 points ahead of the next).
fn find_by_text(
    beads: &[BeadState],
    source: &[Paragraph],
    e: &super::Incoming,
    taken: impl Fn(usize) -> bool,
) -> Option<usize> {
    let wanted = normalize(&e.source);
    let open: Vec<usize> = (0..beads.len()).filter(|&i| !beads[i].source.is_empty() && !taken(i)).collect();
    let text = |i: usize| segment::joined(source, &beads[i].source);
    let exact: Vec<usize> = open.iter().copied().filter(|&i| text(i) == wanted).collect();
    if let Some(&i) = exact.iter().find(|&&i| beads[i].state != State::Current).or(exact.first()) {
        return Some(i);
    }
    // Only a bead that needs a translation may be found by likeness: a current one is never
    // overwritten by a text that is not its own.
    let mut scored: Vec<(u8, usize)> =
        open.iter().filter(|&&i| beads[i].state != State::Current).map(|&i| (score(&wanted, &text(i)), i)).collect();
    scored.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
    match scored.as_slice() {
        [(best, i), rest @ ..] if *best >= 60 && rest.first().is_none_or(|(second, _)| second + 15 <= *best) => {
            Some(*i)
        }
        _ => None,
    }
}

/// Where a missing bead's translation goes: after the translation of the nearest bead before it
/// that has one, when nothing but paragraphs stands between them in the source; else before the
/// translation of the nearest bead after it, when nothing but paragraphs stands between those;
/// else after the one before, or at the end of the document when none comes after (a code block
/// that ends the source stays before it).
fn anchor(beads: &[BeadState], i: usize, source: &Document, target: &Document) -> Target {
    let prev = beads[..i].iter().rev().find(|b| !b.target.is_empty());
    let next = beads[i + 1..].iter().find(|b| !b.target.is_empty());
    let src = &beads[i].source;
    let (first, last) = (src[0], src[src.len() - 1]);
    // Whether only paragraphs and blank lines stand between source paragraphs a < b.
    let clean = |a: usize, b: usize| (a..b).all(|k| source.gap(k, k + 1).is_some());
    let close_before = prev.is_some_and(|p| match p.source.iter().max() {
        Some(&s) if s < first => clean(s, first),
        _ => first > 0 && source.gap(first - 1, first).is_some(),
    });
    let close_after = next.is_some_and(|n| match n.source.iter().min() {
        Some(&s) if s > last => clean(last, s),
        _ => last + 1 < source.paragraphs.len() && source.gap(last, last + 1).is_some(),
    });
    let after = |b: &BeadState| b.target.iter().max().copied();
    let before = |b: &BeadState| b.target.iter().min().copied();
    // Bound closer to the next paragraph than to the one before (a new first item of a list, a
    // new first paragraph of a quote): it goes before the next one, in its block.
    let lines = |g: Option<&str>| g.map_or(usize::MAX, |g| g.matches('\n').count());
    let quoted = |g: Option<&str>| g.is_some_and(|g| g.contains('>'));
    let gap_before = (first > 0).then(|| source.gap(first - 1, first)).flatten();
    let gap_after = (last + 1 < source.paragraphs.len()).then(|| source.gap(last, last + 1)).flatten();
    let joined_to_next =
        gap_after.is_some() && (lines(gap_after) < lines(gap_before) || (quoted(gap_after) && !quoted(gap_before)));
    match (prev.and_then(after), next.and_then(before)) {
        (_, Some(n)) if close_after && joined_to_next => Target::Before(n),
        (Some(p), _) if close_before => Target::After(p),
        (_, Some(n)) if close_after => Target::Before(n),
        // Blocks on both sides (code between code): after as many blocks as its source has
        // between the paragraph before and itself.
        (Some(p), Some(n)) => after_blocks(prev, first, p, n, source, target).unwrap_or(Target::After(p)),
        (Some(_), None) => Target::End,
        (None, Some(n)) => Target::Before(n),
        (None, None) if target.paragraphs.is_empty() => Target::End,
        (None, None) => Target::After(target.paragraphs.len() - 1),
    }
}

/// The place after the k-th block that follows translation paragraph `p` (and ends before
/// paragraph `n`), k being the number of blocks between the source paragraph of the bead before
/// and source paragraph `first`; `None` when the translation has fewer.
fn after_blocks(
    prev: Option<&BeadState>,
    first: usize,
    p: usize,
    n: usize,
    source: &Document,
    target: &Document,
) -> Option<Target> {
    let s = prev?.source.iter().max().copied().filter(|&s| s < first)?;
    let k = source.blocks_between(s, first).len();
    let blocks = target.blocks_between(p, n);
    (k > 0 && k <= blocks.len()).then(|| Target::AfterBlock { after: p, end: blocks[k - 1].end })
}

/// For each old paragraph, its index in the new document (`None` when an edit replaced it).
fn old_to_new(len: usize, edits: &[Edit], placed: &[Option<std::ops::Range<usize>>]) -> Vec<Option<usize>> {
    let mut removed = vec![false; len];
    // (old index where it stands, how many it adds), of each edit that was applied.
    let mut shifts: Vec<(usize, isize)> = Vec::new();
    for (e, p) in edits.iter().zip(placed) {
        let Some(p) = p else { continue };
        let (at, gone) = e.at(len);
        for r in removed.iter_mut().skip(at).take(gone) {
            *r = true;
        }
        shifts.push((at + gone, p.len() as isize - gone as isize));
    }
    shifts.sort_unstable();
    let mut out = Vec::with_capacity(len);
    let mut shift: isize = 0;
    let mut k = 0;
    for (i, gone) in removed.iter().enumerate() {
        while k < shifts.len() && shifts[k].0 <= i {
            shift += shifts[k].1;
            k += 1;
        }
        out.push((!gone).then(|| (i as isize + shift) as usize));
    }
    out
}
