//! `lockstep check`: what a machine can see is wrong in a translation, bead by bead, against
//! its source: numbers, URLs, inline code and markup that did not cross; letters of the wrong
//! script; the punctuation conventions of the language; a translation left untranslated, of an
//! implausible length, or without the glossary's term.
//!
//! The checks of one bead are in [`rules`]; this module runs them over a project read by
//! [`crate::workspace`], places each finding at its `line:column` in the translation file, and
//! knows which findings a person accepted (recorded in the memory with the texts they were
//! accepted for, so that a finding comes back when its bead changes).

pub mod glossary;
pub mod inline;
pub mod numbers;
pub mod rules;
pub mod script;

use std::collections::HashSet;

use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, ErrorKind, Location, Result};
use crate::memory::{self, Accepted, Memory};
use crate::project::Project;
use crate::segment::{self, Paragraph, Place};
use crate::status::{BeadState, State};
use crate::workspace::{DocumentState, Translation};
use glossary::{Glossary, fold};
use rules::{Setting, Side};

/// The checks, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// Numbers, read in each side's locale, the same.
    Numbers,
    /// Link and image targets, written-out URLs and e-mail addresses, the same.
    Urls,
    /// Inline code the same.
    Code,
    /// As many links, images, emphases and footnote references.
    Markup,
    /// Whole words in another script than the language's.
    Script,
    /// Words mixing scripts, or written in look-alike letters of another script.
    MixedScript,
    /// The Greek question mark.
    QuestionMark,
    /// The language's quotation marks, balanced.
    Quotes,
    /// Ending punctuation that agrees with the source's.
    Ending,
    /// Doubled spaces, spaces before punctuation, inside brackets and quotes.
    Spaces,
    /// Brackets that pair.
    Brackets,
    /// A word written twice.
    RepeatedWord,
    /// A translation that is its source.
    Untranslated,
    /// A length the length model finds implausible.
    Length,
    /// The glossary's term.
    Glossary,
}

impl Check {
    /// Every check, in the order findings of one place are listed.
    pub const ALL: [Check; 15] = [
        Check::Untranslated,
        Check::Numbers,
        Check::Urls,
        Check::Code,
        Check::Markup,
        Check::MixedScript,
        Check::Script,
        Check::QuestionMark,
        Check::Quotes,
        Check::Ending,
        Check::Spaces,
        Check::Brackets,
        Check::RepeatedWord,
        Check::Length,
        Check::Glossary,
    ];

    /// The name people and programs use (`mixed-script`).
    pub fn name(self) -> &'static str {
        match self {
            Check::Numbers => "numbers",
            Check::Urls => "urls",
            Check::Code => "code",
            Check::Markup => "markup",
            Check::Script => "script",
            Check::MixedScript => "mixed-script",
            Check::QuestionMark => "question-mark",
            Check::Quotes => "quotes",
            Check::Ending => "ending",
            Check::Spaces => "spaces",
            Check::Brackets => "brackets",
            Check::RepeatedWord => "repeated-word",
            Check::Untranslated => "untranslated",
            Check::Length => "length",
            Check::Glossary => "glossary",
        }
    }

    /// The check a name names.
    pub fn named(name: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|c| c.name() == name)
    }

    /// How grave its findings are: an error is almost surely wrong (what `--check` fails on),
    /// a warning asks a person to look.
    pub fn severity(self) -> Severity {
        match self {
            Check::Numbers
            | Check::Urls
            | Check::Code
            | Check::Markup
            | Check::MixedScript
            | Check::QuestionMark
            | Check::Untranslated => Severity::Error,
            _ => Severity::Warning,
        }
    }
}

/// How grave a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Almost surely wrong.
    Error,
    /// Worth a look.
    Warning,
}

/// A finding inside one bead, before it is placed in its file.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The check.
    pub check: Check,
    /// The Fluent id of its message.
    pub message: &'static str,
    /// Which of the bead's translation paragraphs (0-based, within the bead).
    pub paragraph: usize,
    /// The byte offset in that paragraph's text.
    pub offset: usize,
    /// The message's arguments.
    pub args: Vec<(&'static str, String)>,
}

/// One finding, placed.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The document, an index in the project.
    pub doc: usize,
    /// The language, an index in the project.
    pub lang: usize,
    /// The bead's id.
    pub bead: String,
    /// Whether the bead is only aligned for this run (the language was never synced): such a
    /// finding cannot be accepted.
    pub provisional: bool,
    /// The language whose memory records its acceptance: its own, or for a derived language its
    /// parent's (the same beads, ids and texts before transliteration).
    pub memory_lang: usize,
    /// The check.
    pub check: Check,
    /// The message id and its arguments.
    pub message: &'static str,
    /// The message's arguments.
    pub args: Vec<(&'static str, String)>,
    /// The translation file, relative to the project.
    pub path: String,
    /// 1-based line in it.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// The source file, relative to the project, and the line of the bead's first paragraph.
    pub source_path: String,
    /// 1-based line of the bead's source.
    pub source_line: usize,
    /// Accepted for this bead as it stands.
    pub accepted: bool,
}

/// What a run of the checks found.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// The findings, by document, language, line and column.
    pub findings: Vec<Finding>,
    /// The beads checked.
    pub beads: usize,
}

/// The glossary a project names, loaded; an empty one when it names none.
pub fn load_glossary(project: &Project) -> Result<Glossary> {
    let Some(rel) = &project.glossary else { return Ok(Glossary::default()) };
    let shown = project.shown(rel);
    let bytes = std::fs::read(project.checked_path(rel)?).map_err(|e| Error::io(&e, &shown))?;
    let text = crate::text::decode(bytes, &shown)?;
    glossary::parse(&text, &shown, &project.source_lang, &project.languages)
}

/// The hash that ties an accepted finding to the bead's texts (see [`memory::texts_hash`]).
pub fn texts_hash(source: &[Paragraph], target: &[Paragraph], bead: &BeadState) -> String {
    let texts =
        |ps: &[Paragraph], which: &[usize]| -> Vec<String> { which.iter().map(|&i| ps[i].text.clone()).collect() };
    memory::texts_hash(&texts(source, &bead.source), &texts(target, &bead.target))
}

/// The beads of a translation to check, with whether they are provisional: the current and
/// stale beads (of a derived language, its parent's); for a language never synced, beads aligned
/// for this run.
fn beads_of(t: &Translation, source: &[Paragraph]) -> (Vec<BeadState>, bool) {
    if t.memory.is_some() || t.derived.is_some() || t.target.is_empty() {
        let beads = t
            .beads
            .iter()
            .filter(|b| {
                matches!(b.state, State::Current | State::Stale) && !b.source.is_empty() && !b.target.is_empty()
            })
            .cloned()
            .collect();
        return (beads, false);
    }
    let s: Vec<&str> = source.iter().map(|p| p.text.as_str()).collect();
    let g: Vec<&str> = t.target.iter().map(|p| p.text.as_str()).collect();
    let mut taken = HashSet::new();
    let beads = crate::align::align(&s, &g)
        .into_iter()
        .filter(|b| !b.source.is_empty() && !b.target.is_empty())
        .map(|b| {
            let seed = source[b.source.start].fp ^ t.target[b.target.start].fp.rotate_left(1);
            BeadState {
                id: crate::status::new_id(seed, &mut taken),
                state: State::Current,
                source: b.source.collect(),
                target: b.target.collect(),
                target_edited: false,
                memory: Vec::new(),
            }
        })
        .collect();
    (beads, true)
}

/// The project's words allowed in another script, folded.
fn allowed(project: &Project) -> Vec<String> {
    project
        .check
        .allow
        .iter()
        .flat_map(|a| script::words(a).into_iter().map(|w| fold(w.text)).collect::<Vec<_>>())
        .collect()
}

/// Runs the checks on the translations `langs` of the documents `docs` (all when empty).
pub fn run(project: &Project, states: &[DocumentState], langs: &[usize], docs: &[usize]) -> Result<Outcome> {
    let glossary = load_glossary(project)?;
    let allow = allowed(project);
    let jobs: Vec<(usize, usize)> = (0..states.len())
        .filter(|d| docs.is_empty() || docs.contains(d))
        .flat_map(|d| langs.iter().map(move |&l| (d, l)))
        .collect();
    // The link definitions of each source document, read once for all its languages.
    let source_defs: Vec<inline::Definitions> = (0..states.len())
        .into_par_iter()
        .map(|d| {
            let wanted = docs.is_empty() || docs.contains(&d);
            let text = if wanted { read_again(project, &states[d].source_path) } else { None };
            text.map(|t| inline::definitions(&t)).unwrap_or_default()
        })
        .collect();
    let results: Vec<Result<(Vec<Finding>, usize)>> = jobs
        .par_iter()
        .map(|&(d, l)| check_translation(project, &states[d], d, l, &source_defs[d], &glossary, &allow))
        .collect();
    let mut out = Outcome::default();
    for r in results {
        let (findings, beads) = r?;
        out.findings.extend(findings);
        out.beads += beads;
    }
    Ok(out)
}

/// A file of the project read again, decoded; `None` when it cannot be (it changed in between:
/// findings then stand at their paragraph's line).
fn read_again(project: &Project, rel: &str) -> Option<String> {
    let bytes = project.read(rel).ok()??;
    crate::text::decode(bytes, &project.shown(rel)).ok()
}

/// The places of a translation's paragraphs in its file's text; `None` when the file no longer
/// reads as it did.
fn places(text: Option<String>, t: &Translation) -> Option<(String, Vec<Place>)> {
    let text = text?;
    let read = segment::segment_with_places(&text);
    let same = read.len() == t.target.len() && read.iter().zip(&t.target).all(|((p, _), q)| p.fp == q.fp);
    same.then(|| (text, read.into_iter().map(|(_, place)| place).collect()))
}

/// The byte offset in the file of an offset in a paragraph's text (see
/// [`segment::segment_with_places`]: each line of the text but the first ends where its line
/// in the file ends, the last where the paragraph does).
fn file_offset(file: &str, place: Place, para: &str, offset: usize) -> usize {
    let mut offset = offset.min(para.len());
    while !para.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &para[..offset];
    let Some(nl) = before.rfind('\n') else { return place.start + before.len() };
    let lines = before.matches('\n').count();
    let line_text_start = nl + 1;
    let rest = &para[line_text_start..];
    let seg_len = rest.find('\n').unwrap_or(rest.len());
    let seg_end = if rest.contains('\n') {
        // The end of the file's line that many lines after the paragraph's first.
        let mut at = place.start;
        for _ in 0..=lines {
            at = file[at..].find('\n').map_or(file.len(), |e| at + e + 1);
        }
        at.saturating_sub(1)
    } else {
        place.end
    };
    (seg_end + (offset - line_text_start)).saturating_sub(seg_len).min(file.len())
}

fn check_translation(
    project: &Project,
    doc: &DocumentState,
    d: usize,
    l: usize,
    source_defs: &inline::Definitions,
    glossary: &Glossary,
    allow: &[String],
) -> Result<(Vec<Finding>, usize)> {
    let t = &doc.translations[l];
    if !t.exists {
        return Ok((Vec::new(), 0));
    }
    let (beads, provisional) = beads_of(t, &doc.source);
    if beads.is_empty() {
        return Ok((Vec::new(), 0));
    }
    let lang = &project.languages[l];
    let target_script =
        script::of_language(lang).or_else(|| script::dominant(t.target.iter().map(|p| p.text.as_str())));
    let source_script = script::of_language(&project.source_lang)
        .or_else(|| script::dominant(doc.source.iter().map(|p| p.text.as_str())));
    let lengths: Vec<(f64, f64)> = beads
        .iter()
        .filter(|b| b.source.len() == 1 && b.target.len() == 1)
        .map(|b| {
            (rules::text_length(&[&doc.source[b.source[0]].text]), rules::text_length(&[&t.target[b.target[0]].text]))
        })
        .filter(|&(a, b)| a >= 10.0 && b >= 10.0)
        .collect();
    let setting = Setting {
        source_tag: project.source_lang.tag(),
        target_tag: lang.tag(),
        lang: l,
        script: target_script,
        source_script,
        allow,
        spelled_numbers: project.check.spelled_numbers,
        glossary,
        length: crate::align::length_model(&lengths),
        skip: &project.check.skip,
    };
    // The translation again: its link definitions, and the places of the findings.
    let target_text = read_again(project, &t.path);
    let target_defs = target_text.as_deref().map(inline::definitions).unwrap_or_default();
    let hits: Vec<(usize, Vec<Hit>)> = beads
        .par_iter()
        .enumerate()
        .map(|(i, b)| {
            let heading =
                |ps: &[Paragraph], which: &[usize]| which.iter().all(|&j| ps[j].kind == segment::Kind::Heading);
            let src = Side::read(
                b.source.iter().map(|&j| doc.source[j].text.as_str()).collect(),
                heading(&doc.source, &b.source),
                source_defs,
            );
            let tgt = Side::read(
                b.target.iter().map(|&j| t.target[j].text.as_str()).collect(),
                heading(&t.target, &b.target),
                &target_defs,
            );
            (i, rules::check_bead(&setting, &src, &tgt))
        })
        .filter(|(_, h)| !h.is_empty())
        .collect();
    let placed = if hits.is_empty() { None } else { places(target_text, t) };
    // Where each line of the file starts, for the line and column of every finding.
    let line_starts: Vec<usize> = match &placed {
        Some((file, _)) => std::iter::once(0).chain(file.match_indices('\n').map(|(i, _)| i + 1)).collect(),
        None => Vec::new(),
    };
    let mut out = Vec::new();
    // Acceptances of a derived language are its parent's.
    let memory_lang = project.derived_from(l).unwrap_or(l);
    let keeper = &doc.translations[memory_lang];
    for (i, hs) in hits {
        let b = &beads[i];
        let kept = if memory_lang == l { Some(b) } else { keeper.beads.iter().find(|k| k.id == b.id) };
        let accepted: &[Accepted] = match (&keeper.memory, kept.and_then(|k| k.memory.first())) {
            (Some(m), Some(&k)) => &m.beads[k].accepted,
            _ => &[],
        };
        let hash = match kept {
            Some(k) if !accepted.is_empty() => texts_hash(&doc.source, &keeper.target, k),
            _ => String::new(),
        };
        for h in hs {
            let j = b.target[h.paragraph.min(b.target.len() - 1)];
            let para = &t.target[j];
            let (line, col) = match &placed {
                Some((file, places)) => {
                    let at = file_offset(file, places[j], &para.text, h.offset);
                    let line = line_starts.partition_point(|&s| s <= at);
                    let start = line_starts[line - 1];
                    (line, file[start..at].chars().count() + 1)
                }
                None => (para.line, 1),
            };
            out.push(Finding {
                doc: d,
                lang: l,
                bead: b.id.clone(),
                provisional,
                memory_lang,
                check: h.check,
                message: h.message,
                args: h.args,
                path: t.path.clone(),
                line,
                col,
                source_path: doc.source_path.clone(),
                source_line: doc.source[b.source[0]].line,
                accepted: accepted.iter().any(|a| a.check == h.check.name() && a.texts == hash),
            });
        }
    }
    out.sort_by_key(|f| (f.line, f.col));
    Ok((out, beads.len()))
}

/// `memory` (of a translation whose paragraphs are `target`) with the findings `checks` of
/// bead `bead` accepted for its texts as they stand (earlier acceptances of other texts of the
/// bead dropped).
pub fn accept(
    memory: &Memory,
    source: &[Paragraph],
    target: &[Paragraph],
    bead: &BeadState,
    checks: &[Check],
) -> Result<Memory> {
    let Some(&k) = bead.memory.first() else {
        return Err(Error::bare(ErrorKind::Check {
            id: "error-accept-not-synced",
            args: vec![("id", bead.id.clone())],
        }));
    };
    let hash = texts_hash(source, target, bead);
    let mut memory = memory.clone();
    let record = &mut memory.beads[k];
    record.accepted.retain(|a| a.texts == hash);
    for c in checks {
        if !record.accepted.iter().any(|a| a.check == c.name()) {
            record.accepted.push(Accepted { check: c.name().to_string(), texts: hash.clone() });
        }
    }
    Ok(memory)
}

/// An error for `--accept` of a bead with no such finding.
pub fn nothing_to_accept(id: &str) -> Error {
    Error::new(ErrorKind::Check { id: "error-accept-nothing", args: vec![("id", id.to_string())] }, Location::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_land_on_their_line_and_column() {
        let file = "# T\n\n> Some *text*\n> wrapped ‘here’.\n";
        let read = segment::segment_with_places(file);
        let (p, place) = &read[1];
        let k = p.text.find("here").unwrap();
        let at = file_offset(file, *place, &p.text, k);
        assert_eq!(&file[at..at + 4], "here");
        let k = p.text.find("text").unwrap();
        let at = file_offset(file, *place, &p.text, k);
        assert_eq!(&file[at..at + 4], "text");
        let list = "- a\n- item one\n  two three\n  four\n";
        let read = segment::segment_with_places(list);
        let (p, place) = &read[1];
        for w in ["two", "three", "four", "one"] {
            let at = file_offset(list, *place, &p.text, p.text.find(w).unwrap());
            assert_eq!(&list[at..at + w.len()], w);
        }
    }
}
