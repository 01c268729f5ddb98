//! A project read from disk: every document's source paragraphs, and for every language its
//! translation's paragraphs, its memory and the states of its beads.
//!
//! Every run reads and validates every file of the project, whether or not a memory exists and
//! whichever languages a command asks about, so a damaged file is always reported.

use crate::error::Result;
use crate::memory::{self, Memory};
use crate::project::Project;
use crate::segment::{self, Paragraph};
use crate::status::{self, BeadState, Counts};

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

/// Reads one translation of a document whose source is already read, and compares it with its
/// memory.
pub fn read_translation(project: &Project, doc: usize, lang: usize, source: &[Paragraph]) -> Result<Translation> {
    let document = &project.documents[doc];
    let path = document.translations[lang].clone();
    let full = project.path(&path);
    let exists = full.exists();
    let target = if exists { segment::read_file(&full, &project.shown(&path))? } else { Vec::new() };
    let memory_path = memory::memory_path(&document.source, &project.languages[lang].tag);
    let memory = memory::load(&project.path(&memory_path), &project.shown(&memory_path))?;
    let beads = status::compare(memory.as_ref(), source, &target);
    Ok(Translation { lang, path, exists, target, memory_path, memory, beads })
}

/// Reads one document and all its translations.
pub fn read_document(project: &Project, doc: usize) -> Result<DocumentState> {
    let source = read_source(project, doc)?;
    let translations = (0..project.languages.len())
        .map(|lang| read_translation(project, doc, lang, &source))
        .collect::<Result<Vec<_>>>()?;
    Ok(DocumentState { source_path: project.documents[doc].source.clone(), source, translations })
}

/// Reads every document of the project, on all cores. The first error in document order wins.
pub fn read_all(project: &Project) -> Result<Vec<DocumentState>> {
    let n = project.documents.len();
    let workers = std::thread::available_parallelism().map_or(1, |p| p.get()).min(n.max(1));
    if workers <= 1 {
        return (0..n).map(|d| read_document(project, d)).collect();
    }
    let mut slots: Vec<Option<Result<DocumentState>>> = (0..n).map(|_| None).collect();
    std::thread::scope(|scope| {
        let chunks: Vec<(usize, &mut [Option<Result<DocumentState>>])> = {
            let size = n.div_ceil(workers);
            slots.chunks_mut(size).enumerate().map(|(k, c)| (k * size, c)).collect()
        };
        for (start, chunk) in chunks {
            scope.spawn(move || {
                for (k, slot) in chunk.iter_mut().enumerate() {
                    *slot = Some(read_document(project, start + k));
                }
            });
        }
    });
    slots.into_iter().map(|s| s.unwrap_or_else(|| read_document(project, 0))).collect()
}
