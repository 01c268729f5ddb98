//! A project read from disk: every document's source paragraphs, and for every language its
//! translation's paragraphs, its memory and the states of its beads.
//!
//! Every run reads and validates every file of the project, whether or not a memory exists and
//! whichever languages a command asks about, so a damaged file is always reported.

use crate::error::{Error, Result};
use cache::Cache;

pub mod cache;

use crate::memory::{self, Memory};
use crate::project::Project;
use crate::segment::{self, Paragraph};
use crate::status::{self, BeadState, Counts};
use crate::text::decode;

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
}

impl Translation {
    /// Counts of beads by state.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.beads)
    }
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

/// Reads the source of document `doc`.
fn read_source(project: &Project, doc: usize) -> Result<Vec<Paragraph>> {
    let rel = &project.documents[doc].source;
    segment::read_file(&project.path(rel), &project.shown(rel))
}

/// Reads one translation of a document and its memory, not yet compared with the source: the
/// beads are left empty.
fn read_side(project: &Project, doc: usize, lang: usize) -> Result<Translation> {
    let document = &project.documents[doc];
    let path = document.translations[lang].clone();
    let full = project.path(&path);
    let exists = full.exists();
    let target = if exists { segment::read_file(&full, &project.shown(&path))? } else { Vec::new() };
    let memory_path = memory::memory_path(&document.source, &project.languages[lang].tag);
    let memory = memory::load(&project.path(&memory_path), &project.shown(&memory_path))?;
    Ok(Translation { lang, path, exists, target, memory_path, memory, beads: Vec::new() })
}

/// Reads one translation of a document whose source is already read, and compares it with its
/// memory.
pub fn read_translation(project: &Project, doc: usize, lang: usize, source: &[Paragraph]) -> Result<Translation> {
    let mut t = read_side(project, doc, lang)?;
    t.beads = status::compare(t.memory.as_ref(), source, &t.target);
    Ok(t)
}

/// Reads one document and all its translations.
pub fn read_document(project: &Project, doc: usize) -> Result<DocumentState> {
    read_document_on(project, doc, Cores::One)
}

/// [`read_document`], on one core or, for a project of fewer documents than cores, with the
/// source and each translation read, and each translation compared, side by side.
fn read_document_on(project: &Project, doc: usize, cores: Cores) -> Result<DocumentState> {
    let langs = project.languages.len();
    let (source, sides) =
        cores.both(|| read_source(project, doc), || cores.each(langs, |k| read_side(project, doc, k)));
    let source = source?;
    let mut translations = sides.into_iter().collect::<Result<Vec<_>>>()?;
    let beads =
        cores.each(langs, |k| status::compare(translations[k].memory.as_ref(), &source, &translations[k].target));
    for (t, beads) in translations.iter_mut().zip(beads) {
        t.beads = beads;
    }
    Ok(DocumentState { source_path: project.documents[doc].source.clone(), source, translations })
}

/// Whether one document's work is spread over the cores: yes when the project has fewer
/// documents than cores (otherwise the documents are).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cores {
    One,
    All,
}

impl Cores {
    /// For a project of `documents` documents.
    fn for_documents(documents: usize) -> Cores {
        if documents < cores() { Cores::All } else { Cores::One }
    }

    /// `a()` and `b()`, side by side on all cores.
    fn both<A: Send, B>(self, a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
        match self {
            Cores::One => (a(), b()),
            Cores::All => std::thread::scope(|scope| {
                let a = scope.spawn(a);
                let b = b();
                (a.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), b)
            }),
        }
    }

    /// `f(0)`, …, `f(n - 1)` in order, on all cores.
    fn each<T: Send>(self, n: usize, f: impl Fn(usize) -> T + Sync) -> Vec<T> {
        match self {
            Cores::One => (0..n).map(f).collect(),
            Cores::All => on_all_cores(n, f),
        }
    }
}

/// How many threads to use.
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |p| p.get())
}

/// `f(0)`, …, `f(n - 1)` on all cores, in order.
pub fn on_all_cores<T: Send>(n: usize, f: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let workers = cores().clamp(1, n.max(1));
    let size = n.div_ceil(workers).max(1);
    let mut slots: Vec<Option<T>> = (0..n).map(|_| None).collect();
    std::thread::scope(|scope| {
        for (k, chunk) in slots.chunks_mut(size).enumerate() {
            let f = &f;
            scope.spawn(move || {
                for (i, slot) in chunk.iter_mut().enumerate() {
                    *slot = Some(f(k * size + i));
                }
            });
        }
    });
    slots.into_iter().flatten().collect()
}

/// Reads every document of the project, on all cores. The first error in document order wins.
pub fn read_all(project: &Project) -> Result<Vec<DocumentState>> {
    let n = project.documents.len();
    let cores = Cores::for_documents(n);
    on_all_cores(n, |d| read_document_on(project, d, cores)).into_iter().collect()
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
}

impl Summary {
    /// Counts of beads by state.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.beads)
    }
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

/// Reads a file's bytes; `None` when it does not exist.
fn read_bytes(project: &Project, rel: &str) -> Result<Option<Vec<u8>>> {
    match std::fs::read(project.path(rel)) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(&e, &project.shown(rel))),
    }
}

/// The states of every translation of document `doc`, from the cache where the three files of
/// a translation are unchanged since a previous run, computed afresh (and checked) otherwise.
fn summarize_document(project: &Project, doc: usize, cache: &Cache, cores: Cores) -> Result<Summarized> {
    let document = &project.documents[doc];
    let source_bytes = read_bytes(project, &document.source)?
        .ok_or_else(|| Error::io(&std::io::ErrorKind::NotFound.into(), &project.shown(&document.source)))?;
    let mut translations = Vec::new();
    let mut keys = Vec::new();
    // The translations the cache does not know: language, target text, memory path (as shown)
    // and text, decoded here in language order, parsed below on all cores.
    let mut unknown = Vec::new();
    for (lang, path) in document.translations.iter().enumerate() {
        let tag = &project.languages[lang].tag;
        let memory_path = memory::memory_path(&document.source, tag);
        let target_bytes = read_bytes(project, path)?;
        let memory_bytes = read_bytes(project, &memory_path)?;
        let key = cache::key(&[
            (&document.source, Some(&source_bytes)),
            (path, target_bytes.as_deref()),
            (&memory_path, memory_bytes.as_deref()),
        ]);
        let cached = cache.get(&document.source, tag, key);
        translations.push(Summary {
            lang,
            path: path.clone(),
            exists: target_bytes.is_some(),
            synced: memory_bytes.is_some(),
            beads: cached.cloned().unwrap_or_default(),
        });
        keys.push(key);
        if cached.is_none() {
            let target = target_bytes.map(|b| decode(b, &project.shown(path))).transpose()?;
            let shown = project.shown(&memory_path);
            let memory = memory_bytes.map(|b| decode(b, &shown)).transpose()?;
            unknown.push((lang, target, shown, memory));
        }
    }
    if !unknown.is_empty() {
        let read_source = || decode(source_bytes, &project.shown(&document.source)).map(|t| segment::segment(&t));
        let read_sides = || {
            cores.each(unknown.len(), |i| {
                let (_, target, shown, memory) = &unknown[i];
                let target = target.as_deref().map(segment::segment).unwrap_or_default();
                let memory = memory.as_deref().map(|text| memory::parse(text, shown)).transpose()?;
                Ok((target, memory))
            })
        };
        let (source, sides) = cores.both(read_source, read_sides);
        let source = source?;
        let sides = sides.into_iter().collect::<Result<Vec<_>>>()?;
        let beads = cores.each(sides.len(), |i| status::compare(sides[i].1.as_ref(), &source, &sides[i].0));
        for ((lang, ..), beads) in unknown.iter().zip(beads) {
            translations[*lang].beads = beads;
        }
    }
    Ok((DocumentSummary { source_path: document.source.clone(), translations }, keys))
}

/// The states of every translation of the project, on all cores, using and refreshing the
/// status cache. The first error in document order wins.
pub fn summarize_all(project: &Project) -> Result<Vec<DocumentSummary>> {
    let mut cache = Cache::open(&project.root);
    let n = project.documents.len();
    let cores = Cores::for_documents(n);
    let results = on_all_cores(n, |d| summarize_document(project, d, &cache, cores));
    let mut out = Vec::with_capacity(n);
    for result in results {
        let (summary, keys) = result?;
        for (t, key) in summary.translations.iter().zip(keys) {
            cache.put(&summary.source_path, &project.languages[t.lang].tag, key, &t.beads);
        }
        out.push(summary);
    }
    cache.save();
    Ok(out)
}
