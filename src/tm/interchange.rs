//! TMX in and out of the translation memory: importing files into the store (all or nothing),
//! and exporting the project's confirmed beads and the imported units.

use std::collections::HashSet;
use std::fs::File;
use std::path::{Path, PathBuf};

use super::build::Builder;
use super::store::{BEAD_PROP, DOCUMENT_PROP, Prop, Store, StoredUnit, Variant};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::project::{Lang, Project};
use crate::text::normalize;

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// Units skipped because a text of theirs was longer than [`crate::tmx::MAX_EVENT`]: where
    /// that text starts.
    pub skipped: Vec<Location>,
    /// Units added.
    pub units: usize,
    /// Units skipped because the store already had them.
    pub duplicates: usize,
    /// Units in the store afterwards.
    pub total: usize,
}

fn tmx_error(e: crate::tmx::TmxError, shown: &Path) -> Error {
    let kind = ErrorKind::Tmx { id: e.kind.message_id(), args: e.kind.args() };
    Error::new(kind, Location::at(shown, e.line, e.col))
}

/// Imports TMX files into the project's store. `files` are (path, as shown to the user);
/// `progress` hears (file index, bytes read) as the import goes. Either every file is imported
/// or, on the first error, nothing is: the store stays as it was.
pub fn import(
    root: &Path,
    shown_root: &Path,
    files: &[(PathBuf, PathBuf)],
    progress: &mut dyn FnMut(usize, u64),
) -> Result<ImportReport> {
    let mut builder = Builder::new(root, shown_root)?;
    let before = builder.len();
    let mut duplicates = 0;
    let mut skipped = Vec::new();
    for (k, (path, shown)) in files.iter().enumerate() {
        let file = File::open(path).map_err(|e| Error::io(&e, shown))?;
        let name = path.file_name().map_or_else(|| shown.display().to_string(), |n| n.to_string_lossy().into_owned());
        let origin = builder.origin(&name);
        // Parsing on this thread, storing and indexing on another.
        let (tx, rx) = std::sync::mpsc::sync_channel::<StoredUnit<'static>>(4096);
        let (read, stored) = std::thread::scope(|scope| {
            let store = scope.spawn(|| -> Result<usize> {
                let mut skipped = 0;
                for unit in rx {
                    if !builder.add(&unit)? {
                        skipped += 1;
                    }
                }
                Ok(skipped)
            });
            let read = crate::tmx::read(
                file,
                |tu| tx.send(StoredUnit::from_tmx(tu, origin)).map_err(|_| ()),
                |bytes| progress(k, bytes),
            );
            drop(tx);
            let stored = store.join().unwrap_or_else(|_| Err(Error::bare(ErrorKind::Io(std::io::ErrorKind::Other))));
            (read, stored)
        });
        // The storing side's error comes first: it is why the reading side stopped.
        duplicates += stored?;
        match read {
            Ok(header) => skipped.extend(header.skipped.into_iter().map(|(line, col)| Location::at(shown, line, col))),
            Err(crate::tmx::ReadError::Caller(_)) => {}
            Err(crate::tmx::ReadError::Tmx(e)) => return Err(tmx_error(e, shown)),
        }
    }
    let units = builder.len() - before;
    let total = builder.len();
    builder.finish()?;
    Ok(ImportReport { units, duplicates, total, skipped })
}

impl StoredUnit<'static> {
    /// A stored unit from a TMX unit of file `origin`.
    pub fn from_tmx(tu: crate::tmx::Tu, origin: u32) -> StoredUnit<'static> {
        StoredUnit {
            origin,
            tuid: tu.tuid,
            creation_date: tu.creation_date,
            change_date: tu.change_date,
            props: tu.props.into_iter().map(|(name, value)| Prop { name: name.into(), value: value.into() }).collect(),
            notes: tu.notes,
            variants: tu
                .variants
                .into_iter()
                .map(|v| Variant { lang: v.lang.into(), seg: v.seg.into(), text: v.text.into() })
                .collect(),
        }
    }
}

impl StoredUnit<'_> {
    /// The TMX unit to write.
    pub fn to_tmx(&self) -> crate::tmx::Tu {
        crate::tmx::Tu {
            tuid: self.tuid.clone(),
            creation_date: self.creation_date.clone(),
            change_date: self.change_date.clone(),
            props: self.props.iter().map(|p| (p.name.to_string(), p.value.to_string())).collect(),
            notes: self.notes.clone(),
            variants: self
                .variants
                .iter()
                .map(|v| crate::tmx::Tuv { lang: v.lang.to_string(), seg: v.seg.to_string(), text: v.text.to_string() })
                .collect(),
        }
    }
}

/// A TMX date (`YYYYMMDDThhmmssZ`) from an RFC 3339 one.
fn tmx_date(rfc3339: &str) -> Option<String> {
    let digits: String = rfc3339.chars().filter(char::is_ascii_digit).take(14).collect();
    (digits.len() == 14).then(|| format!("{}T{}Z", &digits[..8], &digits[8..]))
}

/// Writes the project's translation memory as TMX: every confirmed bead with a source and a
/// translation (in the languages `langs`, project indices, or all), then every imported unit
/// (with `langs`, only those with one of them, cut to them and the source). Returns the number
/// of units written.
pub fn export(project: &Project, langs: Option<&[usize]>, out: &Path, shown: &Path) -> Result<usize> {
    let source_lang = &project.source_lang;
    let all: Vec<usize> = (0..project.languages.len()).collect();
    let filter = langs.is_some();
    let langs = langs.unwrap_or(&all);
    let wanted: Vec<&Lang> = langs.iter().map(|&l| &project.languages[l]).collect();
    let store = Store::open(&project.root, &project.shown_root)?;
    let mut units: Vec<StoredUnit> = Vec::new();
    let mut seen: HashSet<u128> = HashSet::new();
    for document in &project.documents {
        for &l in langs {
            let lang = &project.languages[l];
            let rel = crate::memory::memory_path(&document.source, lang.tag());
            let owner = crate::memory::Owner { document: &document.source, lang: lang.tag() };
            let Some(memory) = crate::memory::load(&project.path(&rel), &project.shown(&rel), owner)? else { continue };
            for bead in memory.beads.iter().filter(|b| !b.source.is_empty() && !b.target.is_empty()) {
                // Tags as the project writes them, regions and scripts kept.
                let variant = |lang: &Lang, texts: &[String]| {
                    let tuv = crate::tmx::Tuv::from_text(lang.tag(), &normalize(&texts.join(" ")));
                    Variant { lang: tuv.lang.into(), seg: tuv.seg.into(), text: tuv.text.into() }
                };
                let prop =
                    |name: &str, value: &str| Prop { name: name.to_owned().into(), value: value.to_owned().into() };
                let unit = StoredUnit {
                    origin: 0,
                    tuid: None,
                    creation_date: tmx_date(&bead.synced),
                    change_date: None,
                    props: vec![prop(DOCUMENT_PROP, &document.source), prop(BEAD_PROP, &bead.id)],
                    notes: Vec::new(),
                    variants: vec![variant(source_lang, &bead.source), variant(lang, &bead.target)],
                };
                if seen.insert(unit.key()) {
                    units.push(unit);
                }
            }
        }
    }
    if let Some(store) = &store {
        for unit in store.units() {
            let mut unit = unit?;
            // Imported units keep every language unless some were asked for: they may serve
            // other projects. Languages match by written language (`bg` units for `bg-BG`).
            if filter {
                let is_wanted = |code: &str| wanted.iter().any(|w| w.matches_code(code));
                unit.variants.retain(|v| source_lang.matches_code(&v.lang) || is_wanted(&v.lang));
                if unit.variants.len() < 2 || !unit.variants.iter().any(|v| is_wanted(&v.lang)) {
                    continue;
                }
            }
            if seen.insert(unit.key()) {
                units.push(unit);
            }
        }
    }
    let count = units.len();
    let header = crate::tmx::HeaderOut::new(Some(source_lang.tag()));
    crate::fs::write_atomic_with(out, shown, |w| crate::tmx::write(w, &header, units.iter().map(StoredUnit::to_tmx)))?;
    Ok(count)
}
