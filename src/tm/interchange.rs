//! TMX in and out of the translation memory: importing files into the store (all or nothing),
//! and exporting the project's confirmed beads and the imported units.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::store::{BEAD_PROP, Builder, DOCUMENT_PROP, Store, StoredUnit, Variant};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::text::normalize;

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportReport {
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
    for (k, (path, shown)) in files.iter().enumerate() {
        let file = File::open(path).map_err(|e| Error::io(&e, shown))?;
        let name = path.file_name().map_or_else(|| shown.display().to_string(), |n| n.to_string_lossy().into_owned());
        let origin = builder.origin(&name);
        // Parsing on this thread, storing and indexing on another.
        let (tx, rx) = std::sync::mpsc::sync_channel::<StoredUnit>(4096);
        let (read, stored) = std::thread::scope(|scope| {
            let store = scope.spawn(|| -> Result<usize> {
                let mut skipped = 0;
                for unit in rx {
                    if !builder.add(unit)? {
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
            Ok(_) | Err(crate::tmx::ReadError::Caller(_)) => {}
            Err(crate::tmx::ReadError::Tmx(e)) => return Err(tmx_error(e, shown)),
        }
    }
    let units = builder.len() - before;
    let total = builder.len();
    builder.finish()?;
    Ok(ImportReport { units, duplicates, total })
}

impl StoredUnit {
    /// A stored unit from a TMX unit of file `origin`.
    pub fn from_tmx(tu: crate::tmx::Tu, origin: u32) -> StoredUnit {
        StoredUnit {
            origin,
            tuid: tu.tuid,
            creation_date: tu.creation_date,
            change_date: tu.change_date,
            props: tu.props,
            notes: tu.notes,
            variants: tu.variants.into_iter().map(|v| Variant { lang: v.lang, seg: v.seg, text: v.text }).collect(),
        }
    }

    /// The TMX unit to write.
    pub fn to_tmx(&self) -> crate::tmx::Tu {
        crate::tmx::Tu {
            tuid: self.tuid.clone(),
            creation_date: self.creation_date.clone(),
            change_date: self.change_date.clone(),
            props: self.props.clone(),
            notes: self.notes.clone(),
            variants: self
                .variants
                .iter()
                .map(|v| crate::tmx::Tuv { lang: v.lang.clone(), seg: v.seg.clone(), text: v.text.clone() })
                .collect(),
        }
    }

    fn key(&self) -> u128 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for v in &self.variants {
            h.update(v.lang.as_bytes());
            h.update(&[0]);
            h.update(v.seg.as_bytes());
            h.update(&[0]);
        }
        h.digest128()
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
pub fn export(project: &crate::project::Project, langs: Option<&[usize]>, out: &Path, shown: &Path) -> Result<usize> {
    let source_lang = project.source_lang.id.to_string();
    let all: Vec<usize> = (0..project.languages.len()).collect();
    let filter = langs.is_some();
    let langs = langs.unwrap_or(&all);
    let wanted: Vec<String> = langs.iter().map(|&l| project.languages[l].id.to_string()).collect();
    let mut units: Vec<StoredUnit> = Vec::new();
    let mut seen: HashSet<u128> = HashSet::new();
    for document in &project.documents {
        for &l in langs {
            let rel = crate::memory::memory_path(&document.source, &project.languages[l].tag);
            let Some(memory) = crate::memory::load(&project.path(&rel), &project.shown(&rel))? else { continue };
            let lang = project.languages[l].id.to_string();
            for bead in memory.beads.iter().filter(|b| !b.source.is_empty() && !b.target.is_empty()) {
                let variant = |lang: &str, texts: &[String]| {
                    let tuv = crate::tmx::Tuv::from_text(lang, &normalize(&texts.join(" ")));
                    Variant { lang: tuv.lang, seg: tuv.seg, text: tuv.text }
                };
                let unit = StoredUnit {
                    origin: 0,
                    tuid: None,
                    creation_date: tmx_date(&bead.synced),
                    change_date: None,
                    props: vec![(DOCUMENT_PROP.into(), document.source.clone()), (BEAD_PROP.into(), bead.id.clone())],
                    notes: Vec::new(),
                    variants: vec![variant(&source_lang, &bead.source), variant(&lang, &bead.target)],
                };
                if seen.insert(unit.key()) {
                    units.push(unit);
                }
            }
        }
    }
    if let Some(store) = Store::open(&project.root, &project.shown_root)? {
        for mut unit in store.units() {
            // Imported units keep every language unless some were asked for: they may serve
            // other projects.
            if filter {
                unit.variants.retain(|v| v.lang == source_lang || wanted.contains(&v.lang));
                if unit.variants.len() < 2 || !unit.variants.iter().any(|v| wanted.contains(&v.lang)) {
                    continue;
                }
            }
            if seen.insert(unit.key()) {
                units.push(unit);
            }
        }
    }
    let count = units.len();
    let header = crate::tmx::HeaderOut::new(Some(&source_lang));
    let tmp = out.with_extension(format!("tmx.{}.tmp", std::process::id()));
    let write = || -> std::io::Result<()> {
        let file = File::create(&tmp)?;
        let mut w = BufWriter::with_capacity(1 << 20, file);
        crate::tmx::write(&mut w, &header, units.iter().map(StoredUnit::to_tmx))?;
        w.flush()?;
        w.get_ref().sync_all()?;
        fs::rename(&tmp, out)
    };
    write().map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::io(&e, shown)
    })?;
    Ok(count)
}
