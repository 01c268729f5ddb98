//! A project read from disk: every document's source paragraphs, and for every language its
//! translation's paragraphs, its memory and the states of its beads.
//!
//! Every run reads and validates every file of the project, whether or not a memory exists and
//! whichever languages a command asks about, so a damaged file is always reported.

use rayon::prelude::*;

use crate::error::{Error, ErrorKind, Result};
use cache::Cache;

pub mod cache;

use crate::derive::{self, Derived};
use crate::memory::{self, Memory};
use crate::project::Project;
use crate::segment::{self, Paragraph};
use crate::status::{self, BeadState};
use crate::text::{decode, translit};

/// One translation of one document, with its states.
#[derive(Debug, Clone)]
pub struct Translation {
    /// Index of the language in the project.
    pub lang: usize,
    /// The translation file, relative to the project.
    pub path: String,
    /// Whether the translation file exists (a missing file is a language not started).
    pub exists: bool,
    /// Today's paragraphs of the translation.
    pub target: Vec<Paragraph>,
    /// The memory file, relative to the project.
    pub memory_path: String,
    /// The memory, if the language was ever synced.
    pub memory: Option<Memory>,
    /// Today's beads with their states, in source order.
    pub beads: Vec<BeadState>,
    /// For a derived language, where its file stands against its parent.
    pub derived: Option<Derived>,
}

/// One document: its source and its translations in the project's language order.
#[derive(Debug, Clone)]
pub struct DocumentState {
    /// The source file, relative to the project.
    pub source_path: String,
    /// Today's source paragraphs.
    pub source: Vec<Paragraph>,
    /// One translation per project language.
    pub translations: Vec<Translation>,
}

/// The bytes of one translation of a document and of its memory, as read from disk.
struct RawSide {
    /// The language, an index in the project.
    lang: usize,
    /// The translation file, relative to the project.
    path: String,
    /// Its bytes; `None` when it does not exist.
    target: Option<Vec<u8>>,
    /// The memory file, relative to the project.
    memory_path: String,
    /// Its bytes; `None` when the language was never synced.
    memory: Option<Vec<u8>>,
    /// For a derived language, the record of the file lockstep last wrote (its path, and its
    /// bytes when it exists).
    record: Option<(String, Option<Vec<u8>>)>,
}

/// The bytes of one document: its source and every translation with its memory, in language
/// order. Every read of a project, cached or not, starts here, so that every path checks the
/// same files the same way.
struct RawDocument {
    source: Vec<u8>,
    sides: Vec<RawSide>,
}

fn read_raw(project: &Project, doc: usize) -> Result<RawDocument> {
    let document = &project.documents[doc];
    let source = project
        .read(&document.source)?
        .ok_or_else(|| Error::io(&std::io::ErrorKind::NotFound.into(), &project.shown(&document.source)))?;
    let mut sides = Vec::with_capacity(document.translations.len());
    for (lang, path) in document.translations.iter().enumerate() {
        let memory_path = memory::memory_path(&document.source, project.languages[lang].tag());
        let target = project.read(path)?;
        let memory = project.read(&memory_path)?;
        let record = match project.derived_from(lang) {
            Some(_) => {
                let rel = derive::record_path(&document.source, project.languages[lang].tag());
                let bytes = project.read(&rel)?;
                Some((rel, bytes))
            }
            None => None,
        };
        sides.push(RawSide { lang, path: path.clone(), target, memory_path, memory, record });
    }
    Ok(RawDocument { source, sides })
}

/// Decodes and segments a source or translation; a file that does not exist has no paragraphs.
fn parse_text(project: &Project, rel: &str, bytes: Option<Vec<u8>>) -> Result<Vec<Paragraph>> {
    match bytes {
        Some(b) => Ok(segment::segment(&decode(b, &project.shown(rel))?)),
        None => Ok(Vec::new()),
    }
}

/// Decodes and parses a memory file.
fn parse_memory(project: &Project, owner: memory::Owner, rel: &str, bytes: Option<Vec<u8>>) -> Result<Option<Memory>> {
    let shown = project.shown(rel);
    bytes.map(|b| memory::parse(&decode(b, &shown)?, &shown, owner)).transpose()
}

/// A translation's paragraphs and memory.
type Side = (Vec<Paragraph>, Option<Memory>);

/// A document's source paragraphs, and each translation's side with its states and, for a
/// derived language, where its file stands.
type Parsed = (Vec<Paragraph>, Vec<(Side, Vec<BeadState>, Option<Derived>)>);

/// Whether language `lang` is derived, or the parent of one.
fn in_derivation(project: &Project, lang: usize) -> bool {
    project.derived.iter().any(|&(c, p)| c == lang || p == lang)
}

/// Parses the source of document `doc` and the translations `sides`, side by side, and
/// compares each translation with its memory; the first error in language order wins. A
/// derived language's beads are its parent's (which `sides` must then hold too).
fn parse_raw(project: &Project, doc: usize, source: Vec<u8>, sides: Vec<RawSide>) -> Result<Parsed> {
    let source_path = &project.documents[doc].source;
    let langs: Vec<usize> = sides.iter().map(|s| s.lang).collect();
    let (source, sides) = rayon::join(
        || parse_text(project, source_path, Some(source)),
        || {
            sides
                .into_par_iter()
                .map(|side| {
                    // The texts of a derivation are kept whole: the derived one is compared with
                    // its parent's transliterated.
                    let text = match (&side.target, in_derivation(project, side.lang)) {
                        (Some(b), true) => Some(decode(b.clone(), &project.shown(&side.path))?),
                        _ => None,
                    };
                    let target = match &text {
                        Some(t) => segment::segment(t),
                        None => parse_text(project, &side.path, side.target)?,
                    };
                    let owner = memory::Owner { document: source_path, lang: project.languages[side.lang].tag() };
                    let record = match (side.record, project.derived_from(side.lang)) {
                        (Some((rel, Some(bytes))), Some(parent)) => {
                            let shown = project.shown(&rel);
                            let (lang, from) = (project.languages[side.lang].tag(), project.languages[parent].tag());
                            Some(derive::parse_record(&decode(bytes, &shown)?, &shown, source_path, lang, from)?)
                        }
                        _ => None,
                    };
                    Ok(((target, parse_memory(project, owner, &side.memory_path, side.memory)?), text, record))
                })
                .collect::<Vec<Result<(Side, Option<String>, Option<derive::Record>)>>>()
        },
    );
    let source = source?;
    let sides = sides.into_iter().collect::<Result<Vec<_>>>()?;
    let mut compared: Vec<(Side, Vec<BeadState>, Option<Derived>)> = Vec::with_capacity(sides.len());
    let mut texts = Vec::with_capacity(sides.len());
    let mut records = Vec::with_capacity(sides.len());
    let results: Vec<_> = sides
        .into_par_iter()
        .map(|((target, memory), text, record)| {
            let beads = status::compare(memory.as_ref(), &source, &target);
            ((target, memory), beads, text, record)
        })
        .collect();
    for (side, beads, text, record) in results {
        compared.push((side, beads, None));
        texts.push(text);
        records.push(record);
    }
    for &(child, parent) in &project.derived {
        let (Some(c), Some(p)) = (langs.iter().position(|&l| l == child), langs.iter().position(|&l| l == parent))
        else {
            continue;
        };
        let Some(convert) = translit::derivation(project.languages[parent].key(), project.languages[child].key())
        else {
            continue;
        };
        let expected = texts[p].as_deref().map(|t| derive::expected(t, convert));
        let state = derive::state(expected.as_ref().map(|(t, _)| t.as_str()), texts[c].as_deref(), records[c].as_ref());
        let beads = match &expected {
            Some((_, paragraphs)) => {
                let edited = matches!(state, Derived::Edited { .. });
                derive::beads(&compared[p].1, paragraphs, &compared[c].0.0, edited)
            }
            None => status::compare(None, &source, &compared[c].0.0),
        };
        compared[c].1 = beads;
        compared[c].2 = Some(state);
    }
    Ok((source, compared))
}

/// Reads one document and all its translations, and compares each with its memory.
pub fn read_document(project: &Project, doc: usize) -> Result<DocumentState> {
    let raw = read_raw(project, doc)?;
    let names: Vec<(String, bool, String)> =
        raw.sides.iter().map(|s| (s.path.clone(), s.target.is_some(), s.memory_path.clone())).collect();
    let (source, sides) = parse_raw(project, doc, raw.source, raw.sides)?;
    let translations = names
        .into_iter()
        .zip(sides)
        .enumerate()
        .map(|(lang, ((path, exists, memory_path), ((target, memory), beads, derived)))| Translation {
            lang,
            path,
            exists,
            target,
            memory_path,
            memory,
            beads,
            derived,
        })
        .collect();
    Ok(DocumentState { source_path: project.documents[doc].source.clone(), source, translations })
}

/// Reads every document of the project, on all cores. The first error in document order wins.
pub fn read_all(project: &Project) -> Result<Vec<DocumentState>> {
    let read: Vec<Result<DocumentState>> =
        (0..project.documents.len()).into_par_iter().map(|d| read_document(project, d)).collect();
    read.into_iter().collect()
}

/// The states of one translation, without its texts: what a status table needs.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Index of the language in the project.
    pub lang: usize,
    /// The translation file, relative to the project.
    pub path: String,
    /// Whether the translation file exists.
    pub exists: bool,
    /// Whether the language has a memory.
    pub synced: bool,
    /// Today's beads with their states, in source order.
    pub beads: Vec<BeadState>,
    /// For a derived language, where its file stands against its parent.
    pub derived: Option<Derived>,
}

/// The states of every translation of one document.
#[derive(Debug, Clone)]
pub struct DocumentSummary {
    /// The source file, relative to the project.
    pub source_path: String,
    /// One summary per project language.
    pub translations: Vec<Summary>,
}

/// A document's summary and the cache key of each of its translations.
type Summarized = (DocumentSummary, Vec<u64>);

/// The states of every translation of document `doc`, from the cache where the three files of
/// a translation are unchanged since a previous run, computed afresh (and checked) otherwise.
fn summarize_document(project: &Project, doc: usize, cache: &Cache) -> Result<Summarized> {
    let document = &project.documents[doc];
    let raw = read_raw(project, doc)?;
    let mut translations = Vec::with_capacity(raw.sides.len());
    let mut keys = Vec::with_capacity(raw.sides.len());
    // The translations the cache does not know, parsed and compared below.
    let mut unknown = Vec::new();
    for (lang, side) in raw.sides.iter().enumerate() {
        let tag = project.languages[lang].tag();
        let key = cache::key(&[
            (&document.source, Some(&raw.source)),
            (&side.path, side.target.as_deref()),
            (&side.memory_path, side.memory.as_deref()),
        ]);
        // A derivation is computed afresh every time: it depends on two translations.
        let cached = if in_derivation(project, lang) { None } else { cache.get(&document.source, tag, key) };
        translations.push(Summary {
            lang,
            path: side.path.clone(),
            exists: side.target.is_some(),
            synced: side.memory.is_some(),
            beads: cached.cloned().unwrap_or_default(),
            derived: None,
        });
        keys.push(key);
        if cached.is_none() {
            unknown.push(lang);
        }
    }
    if !unknown.is_empty() {
        let sides = raw.sides.into_iter().enumerate().filter(|(lang, _)| unknown.contains(lang)).map(|(_, s)| s);
        let (_, compared) = parse_raw(project, doc, raw.source, sides.collect())?;
        for (&lang, (_, beads, derived)) in unknown.iter().zip(compared) {
            translations[lang].beads = beads;
            translations[lang].derived = derived;
        }
    }
    Ok((DocumentSummary { source_path: document.source.clone(), translations }, keys))
}

/// The states of every translation of the project, on all cores, using and refreshing the
/// status cache. The first error in document order wins.
pub fn summarize_all(project: &Project) -> Result<Vec<DocumentSummary>> {
    let mut cache = Cache::open(&project.root);
    let n = project.documents.len();
    let results: Vec<Result<Summarized>> =
        (0..n).into_par_iter().map(|d| summarize_document(project, d, &cache)).collect();
    let mut out = Vec::with_capacity(n);
    for result in results {
        let (summary, keys) = result?;
        for (t, key) in summary.translations.iter().zip(keys) {
            cache.put(&summary.source_path, project.languages[t.lang].tag(), key, &t.beads);
        }
        out.push(summary);
    }
    cache.save();
    Ok(out)
}

/// The beads of language `lang` a command works on, in document order: those that `keep`
/// accepts, in the document `only` if given, and only the ids named if any. An id that names
/// no bead is an error.
pub fn select_beads<'a>(
    docs: &'a [DocumentState],
    lang: usize,
    only: Option<usize>,
    ids: &[String],
    keep: impl Fn(&BeadState) -> bool,
) -> Result<Vec<(&'a DocumentState, &'a BeadState)>> {
    let mut found = vec![false; ids.len()];
    let mut out = Vec::new();
    for (_, doc) in docs.iter().enumerate().filter(|(d, _)| only.is_none_or(|o| o == *d)) {
        for b in &doc.translations[lang].beads {
            let wanted = ids.iter().position(|id| id.eq_ignore_ascii_case(&b.id));
            if let Some(k) = wanted {
                found[k] = true;
            }
            if keep(b) && (ids.is_empty() || wanted.is_some()) {
                out.push((doc, b));
            }
        }
    }
    match found.iter().position(|f| !f) {
        Some(k) => Err(Error::bare(ErrorKind::UnknownBead(ids[k].clone()))),
        None => Ok(out),
    }
}

/// The memory files under `.lockstep/memory/` that belong to no document and language of the
/// project (left by a renamed document or a removed language), relative to the project.
pub fn stray_memory_files(project: &Project) -> Vec<String> {
    let known: std::collections::HashSet<std::path::PathBuf> = project
        .documents
        .iter()
        .flat_map(|d| project.languages.iter().map(|l| project.path(&memory::memory_path(&d.source, l.tag()))))
        .collect();
    memory::project_files(&project.root)
        .into_iter()
        .filter(|f| !known.contains(f))
        .filter_map(|f| f.strip_prefix(&project.root).ok().map(|r| r.to_string_lossy().replace('\\', "/")))
        .collect()
}

/// One source paragraph across languages: its state in each.
#[derive(Debug, Clone)]
pub struct SourceRow {
    /// An id of the source paragraph, the same in every language: from its text and the
    /// occurrence of that text in its document (6 hex digits).
    pub id: String,
    /// The paragraph, 0-based.
    pub paragraph: usize,
    /// Per language asked for (in the order asked): the state of the bead that holds this
    /// paragraph, and that bead's id.
    pub states: Vec<(usize, BeadState)>,
}

/// The source paragraphs of a document that are not current in every language of `langs`, with
/// their state in each: the view by source paragraph across languages.
pub fn by_source(doc: &DocumentState, langs: &[usize]) -> Vec<SourceRow> {
    let mut seen: std::collections::HashMap<u64, u64> = std::collections::HashMap::new();
    let mut taken = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (i, p) in doc.source.iter().enumerate() {
        let nth = seen.entry(p.fp).or_insert(0);
        *nth += 1;
        let seed = xxhash_rust::xxh3::xxh3_64_with_seed(&p.fp.to_le_bytes(), *nth);
        // Six digits: told at a glance from the five of bead ids.
        let id = status::id_of_width(seed, 6, &mut taken);
        let states: Vec<(usize, BeadState)> = langs
            .iter()
            .filter_map(|&l| doc.translations[l].beads.iter().find(|b| b.source.contains(&i)).map(|b| (l, b.clone())))
            .collect();
        if states.iter().any(|(_, b)| b.state != status::State::Current) {
            out.push(SourceRow { id, paragraph: i, states });
        }
    }
    out
}
