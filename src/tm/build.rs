//! Writing the imported store: units appended as they come, the word index built at the end,
//! and the whole folder put in place of the old one in one rename.

use std::collections::{HashMap, HashSet};
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::index::{IdentityMap, index_words};
use super::store::{FORMAT, INDEX_MAGIC, Meta, Store, StoredUnit, store_dir};
use crate::error::{Error, ErrorKind, Result};
use crate::fs::LOCKSTEP_DIR;
use crate::text::lang::written_language;

/// Writes a new store: units are appended as they come, with their index words kept in memory
/// (four bytes a word and unit), then the index is built and the whole folder replaces the old
/// one in one rename. Until [`Builder::finish`], nothing the project sees changes.
pub struct Builder {
    dir: PathBuf,
    tmp: PathBuf,
    units: BufWriter<File>,
    written: u64,
    offsets: Vec<u64>,
    words: Vec<u32>,
    word_ends: Vec<u64>,
    /// Each variant's language (its index in `languages`) and index word count, by unit.
    lengths: Vec<(u16, u16)>,
    length_ends: Vec<u64>,
    languages: Vec<String>,
    /// The column (in `languages`) of each language tag seen: a file uses a handful.
    columns: HashMap<String, usize>,
    seen: HashSet<u128>,
    origins: Vec<String>,
    shown: PathBuf,
    /// The running checksum of `units.bin`.
    units_sum: xxhash_rust::xxh3::Xxh3,
}

impl Builder {
    /// Starts a new store for the project, keeping what was imported before.
    pub fn new(root: &Path, shown_root: &Path) -> Result<Builder> {
        let dir = store_dir(root);
        let imported = dir.parent().unwrap_or(&dir).to_path_buf();
        let shown = shown_root.join(LOCKSTEP_DIR).join("imported");
        fs::create_dir_all(&imported).map_err(|e| Error::io(&e, &shown))?;
        let ignore = imported.join(".gitignore");
        if !ignore.exists() {
            crate::fs::write_atomic(&ignore, b"*\n", &shown)?;
        }
        let tmp = imported.join(format!(".store-{}.tmp", std::process::id()));
        let _ = fs::remove_dir_all(&tmp);
        fs::create_dir_all(&tmp).map_err(|e| Error::io(&e, &shown))?;
        let units = File::create(tmp.join("units.bin")).map_err(|e| Error::io(&e, &shown))?;
        let mut builder = Builder {
            dir,
            tmp,
            units: BufWriter::with_capacity(1 << 20, units),
            written: 0,
            offsets: vec![0],
            words: Vec::new(),
            word_ends: vec![0],
            lengths: Vec::new(),
            length_ends: vec![0],
            languages: Vec::new(),
            columns: HashMap::new(),
            seen: HashSet::new(),
            origins: Vec::new(),
            shown,
            units_sum: xxhash_rust::xxh3::Xxh3::new(),
        };
        if let Some(old) = Store::open(root, shown_root)? {
            // What was imported before is carried over whole, or the import stops: checked first.
            old.verify()?;
            builder.origins = old.origins.clone();
            for unit in old.units() {
                builder.add(&unit?)?;
            }
        }
        Ok(builder)
    }

    /// The origin index of an imported file's name.
    pub fn origin(&mut self, name: &str) -> u32 {
        match self.origins.iter().position(|o| o == name) {
            Some(i) => i as u32,
            None => {
                self.origins.push(name.to_string());
                (self.origins.len() - 1) as u32
            }
        }
    }

    /// Adds a unit unless the same unit (same variants) is already there. Returns whether it
    /// was added.
    pub fn add(&mut self, unit: &StoredUnit) -> Result<bool> {
        if !self.seen.insert(unit.key()) {
            return Ok(false);
        }
        let bytes =
            postcard::to_stdvec(unit).map_err(|_| Error::bare(ErrorKind::Io(std::io::ErrorKind::InvalidData)))?;
        self.units.write_all(&bytes).map_err(|e| Error::io(&e, &self.shown))?;
        self.units_sum.update(&bytes);
        self.written += bytes.len() as u64;
        self.offsets.push(self.written);
        let mut words: Vec<u32> = Vec::new();
        for v in &unit.variants {
            // Words and columns by written language, so that `bg-BG` units serve `bg` lookups.
            let column = match self.columns.get(&*v.lang) {
                Some(&c) => c,
                None => {
                    let key = written_language(&v.lang).unwrap_or_else(|| v.lang.to_string());
                    let c = self.languages.iter().position(|l| *l == key).unwrap_or_else(|| {
                        self.languages.push(key);
                        self.languages.len() - 1
                    });
                    self.columns.insert(v.lang.to_string(), c);
                    c
                }
            };
            let variant = index_words(&v.text, &self.languages[column]);
            let column = u16::try_from(column).unwrap_or(u16::MAX);
            self.lengths.push((column, u16::try_from(variant.len()).unwrap_or(u16::MAX)));
            words.extend(variant);
        }
        self.length_ends.push(self.lengths.len() as u64);
        words.sort_unstable();
        words.dedup();
        self.words.extend(words);
        self.word_ends.push(self.words.len() as u64);
        Ok(true)
    }

    /// The number of units so far.
    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Whether no unit was added.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Builds the index and puts the new store in place of the old one.
    pub fn finish(mut self) -> Result<()> {
        let io = |e: std::io::Error, shown: &Path| Error::io(&e, shown);
        self.units.flush().map_err(|e| io(e, &self.shown))?;
        self.units.get_ref().sync_all().map_err(|e| io(e, &self.shown))?;
        let count = self.len();
        // Posting lists by counting sort over the words of each unit.
        let mut slots: IdentityMap<u32> = IdentityMap::default();
        let mut lengths: Vec<u32> = Vec::new();
        for &w in &self.words {
            let next = lengths.len() as u32;
            let slot = *slots.entry(w).or_insert(next);
            if slot == next {
                lengths.push(0);
            }
            lengths[slot as usize] += 1;
        }
        let mut keys: Vec<(u32, u32)> = slots.iter().map(|(&w, &s)| (w, s)).collect();
        keys.sort_unstable();
        // Where each word's list starts, in key order; `fill` walks them by slot.
        let mut starts = Vec::with_capacity(keys.len() + 1);
        let mut fill = vec![0u32; lengths.len()];
        let mut at = 0u32;
        for &(_, slot) in &keys {
            starts.push(at);
            fill[slot as usize] = at;
            at += lengths[slot as usize];
        }
        starts.push(at);
        let mut postings = vec![0u32; self.words.len()];
        for unit in 0..count {
            for w in &self.words[self.word_ends[unit] as usize..self.word_ends[unit + 1] as usize] {
                let slot = slots[w] as usize;
                postings[fill[slot] as usize] = unit as u32;
                fill[slot] += 1;
            }
        }
        let shown = self.shown.clone();
        let mut index_sum = xxhash_rust::xxh3::Xxh3::new();
        let mut write_index = || -> std::io::Result<()> {
            let mut w = BufWriter::with_capacity(1 << 20, File::create(self.tmp.join("index.bin"))?);
            let mut put = |w: &mut BufWriter<File>, bytes: &[u8]| {
                index_sum.update(bytes);
                w.write_all(bytes)
            };
            put(&mut w, INDEX_MAGIC)?;
            put(&mut w, &(count as u32).to_le_bytes())?;
            put(&mut w, &(keys.len() as u32).to_le_bytes())?;
            for v in keys.iter().map(|k| k.0).chain(starts.iter().copied()).chain(postings.iter().copied()) {
                put(&mut w, &v.to_le_bytes())?;
            }
            w.flush()?;
            w.get_ref().sync_all()
        };
        write_index().map_err(|e| io(e, &shown))?;
        let offsets: Vec<u8> = self.offsets.iter().flat_map(|o| o.to_le_bytes()).collect();
        // A row per unit, a column per language: the unit's word count in that language (the
        // first variant with words when it has several), 0 when it has none.
        let columns = self.languages.len().max(1);
        let mut lengths = vec![0u16; count * columns];
        for unit in 0..count {
            for &(column, words) in &self.lengths[self.length_ends[unit] as usize..self.length_ends[unit + 1] as usize]
            {
                let cell = &mut lengths[unit * columns + usize::from(column).min(columns - 1)];
                if *cell == 0 {
                    *cell = words;
                }
            }
        }
        let lengths: Vec<u8> = lengths.iter().flat_map(|n| n.to_le_bytes()).collect();
        let sum = |digest: u128| format!("{digest:032x}");
        let checksums = [
            ("units.bin", sum(self.units_sum.digest128())),
            ("index.bin", sum(index_sum.digest128())),
            ("offsets.bin", sum(xxhash_rust::xxh3::xxh3_128(&offsets))),
            ("lengths.bin", sum(xxhash_rust::xxh3::xxh3_128(&lengths))),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let meta = Meta {
            format: FORMAT,
            origins: self.origins.clone(),
            units: count as u32,
            languages: self.languages.clone(),
            checksums,
        };
        let meta = serde_json::to_vec_pretty(&meta).unwrap_or_default();
        for (name, bytes) in [("offsets.bin", &offsets), ("lengths.bin", &lengths), ("meta.json", &meta)] {
            crate::fs::write_atomic(&self.tmp.join(name), bytes, &self.shown)?;
        }
        // The new store goes in place in one step: its folder takes the next generation's name,
        // then `current` names it (an atomic rename); only then does the old one go.
        let imported = self.tmp.parent().unwrap_or(Path::new(".")).to_path_buf();
        let old_generation = self.dir.file_name().and_then(|n| crate::fs::generation(&n.to_string_lossy()));
        let next = format!("store-{}", old_generation.map_or(1, |g| g + 1));
        // A folder of that name could only be one a killed run built and never switched to.
        let _ = fs::remove_dir_all(imported.join(&next));
        fs::rename(&self.tmp, imported.join(&next)).map_err(|e| io(e, &self.shown))?;
        crate::fs::write_atomic(&imported.join(crate::fs::CURRENT), format!("{next}\n").as_bytes(), &self.shown)?;
        if self.dir.exists() {
            let _ = fs::remove_dir_all(&self.dir);
        }
        Ok(())
    }
}

impl Drop for Builder {
    fn drop(&mut self) {
        // An import that did not finish leaves nothing behind.
        let _ = fs::remove_dir_all(&self.tmp);
    }
}
