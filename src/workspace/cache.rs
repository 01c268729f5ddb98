//! A cache of bead states, so that a status of an unchanged project costs little more than
//! reading its files.
//!
//! The states of a translation depend only on three files: the source, the translation and
//! the memory. The cache keeps, for each translation, a hash of those three files' paths and
//! contents and the states computed from them; a run that finds the same hash uses the stored
//! states, and any change to any of the files computes them afresh. The cache lives in
//! `.lockstep/cache/` (ignored by git), is written atomically with a 128-bit checksum of its
//! contents, and is only an accelerator: a missing, stale, damaged or unwritable cache changes no
//! result.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::Xxh3;

use crate::fs::LOCKSTEP_DIR;
use crate::status::BeadState;

/// What a cache file starts with: the format and the version of lockstep that wrote it (a new
/// version may compute states differently).
const MAGIC: &str = concat!("lockstep-status-cache/2/", env!("CARGO_PKG_VERSION"));

/// The hash of the files a translation's states come from.
pub fn key(parts: &[(&str, Option<&[u8]>)]) -> u64 {
    let mut h = Xxh3::new();
    h.update(MAGIC.as_bytes());
    for (name, bytes) in parts {
        h.update(name.as_bytes());
        h.update(&[0]);
        match bytes {
            Some(b) => {
                h.update(&(b.len() as u64).to_le_bytes());
                h.update(b);
            }
            None => h.update(b"\xff-absent"),
        }
    }
    h.digest()
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    magic: String,
    /// Translation (source path and language tag) → (key, states).
    entries: HashMap<String, (u64, Vec<BeadState>)>,
}

/// The status cache of one project.
#[derive(Debug, Default)]
pub struct Cache {
    path: Option<PathBuf>,
    old: File,
    new: File,
}

impl Cache {
    /// Opens the project's cache; a project that has no memory folder gets no cache.
    pub fn open(root: &Path) -> Cache {
        let dir = root.join(LOCKSTEP_DIR);
        if !dir.is_dir() {
            return Cache::default();
        }
        let path = dir.join("cache").join("status.bin");
        // A cache whose checksum does not hold is damaged: it is dropped and made again.
        let old = std::fs::read(&path)
            .ok()
            .and_then(|b| {
                let (sum, body) = b.split_at_checked(16)?;
                (sum == xxhash_rust::xxh3::xxh3_128(body).to_le_bytes()).then_some(body.to_vec())
            })
            .and_then(|body| postcard::from_bytes::<File>(&body).ok())
            .filter(|f| f.magic == MAGIC)
            .unwrap_or_default();
        Cache { path: Some(path), old, new: File { magic: MAGIC.to_string(), entries: HashMap::new() } }
    }

    fn name(document: &str, lang: &str) -> String {
        format!("{document}\u{0}{lang}")
    }

    /// The states stored for a translation under `key`, if any.
    pub fn get(&self, document: &str, lang: &str, key: u64) -> Option<&Vec<BeadState>> {
        self.old.entries.get(&Cache::name(document, lang)).filter(|(k, _)| *k == key).map(|(_, b)| b)
    }

    /// Records the states of a translation for the next run.
    pub fn put(&mut self, document: &str, lang: &str, key: u64, beads: &[BeadState]) {
        self.new.entries.insert(Cache::name(document, lang), (key, beads.to_vec()));
    }

    /// Writes the cache if it changed. Failures are ignored: the cache only saves time.
    pub fn save(self) {
        let Some(path) = self.path else { return };
        let unchanged = self.new.entries.len() == self.old.entries.len()
            && self.new.entries.iter().all(|(k, (key, _))| self.old.entries.get(k).is_some_and(|(o, _)| o == key));
        if unchanged {
            return;
        }
        let Some(dir) = path.parent().and_then(Path::parent) else { return };
        if crate::fs::ensure_gitignore(dir, &path).is_ok()
            && let Ok(body) = postcard::to_stdvec(&self.new)
        {
            let mut bytes = xxhash_rust::xxh3::xxh3_128(&body).to_le_bytes().to_vec();
            bytes.extend(body);
            let _ = crate::fs::write_atomic(&path, &bytes, &path);
        }
    }
}
