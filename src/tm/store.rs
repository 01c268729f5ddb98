//! The imported store: translation units imported from TMX, kept in `.lockstep/imported/store-N/`
//! as a record file, an offsets file, a word index and a table of word counts, memory-mapped so
//! that they open at once however large they are. A [`Builder`] writes a new store beside the old
//! one and puts it in place when it is whole (see [`super::build`]).

use std::borrow::Cow;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use memmap2::Mmap;
use serde::{Deserialize, Serialize};

use super::index::{List, candidates};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::fs::{CURRENT, LOCKSTEP_DIR, generation};

/// The TMX property that names the document a translation comes from. lockstep's exports give
/// it to each translation's variant (`<tuv>`); those written before units held several languages
/// gave it to the unit (`<tu>`), and are still understood ([`StoredUnit::place`]).
pub const DOCUMENT_PROP: &str = "x-lockstep-document";
/// The TMX property that names the bead a translation comes from (a bead id is one language's),
/// placed as [`DOCUMENT_PROP`] is.
pub const BEAD_PROP: &str = "x-lockstep-bead";

/// One variant of a stored unit: a language, its TMX segment, its plain text and its TMX
/// properties. Read from the mapped store, its texts are borrowed from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant<'a> {
    /// The language tag, BCP 47, as the TMX file gave it (`bg-BG`, `sr-Latn`).
    #[serde(borrow)]
    pub lang: Cow<'a, str>,
    /// The TMX `<seg>` content, markup kept.
    #[serde(borrow)]
    pub seg: Cow<'a, str>,
    /// The plain text, for matching.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// The `<tuv>`'s TMX properties, in order (format 4).
    #[serde(borrow)]
    pub props: Vec<Prop<'a>>,
}

impl Variant<'_> {
    /// The value of property `name`, if the variant has it.
    pub fn prop(&self, name: &str) -> Option<&str> {
        self.props.iter().find(|p| p.name == name).map(|p| &*p.value)
    }
}

/// A TMX property: its type and value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prop<'a> {
    /// The `type` attribute.
    #[serde(borrow)]
    pub name: Cow<'a, str>,
    /// The value.
    #[serde(borrow)]
    pub value: Cow<'a, str>,
}

/// A stored translation unit: the one record of `units.bin`, written and read with this type
/// (postcard, fields in this order; the store's format number in `meta.json` versions it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredUnit<'a> {
    /// Index of the imported file it came from.
    pub origin: u32,
    /// TMX `tuid`.
    pub tuid: Option<String>,
    /// TMX creation date.
    pub creation_date: Option<String>,
    /// TMX change date.
    pub change_date: Option<String>,
    /// TMX properties, in order.
    #[serde(borrow)]
    pub props: Vec<Prop<'a>>,
    /// TMX notes.
    pub notes: Vec<String>,
    /// The variants, in file order.
    #[serde(borrow)]
    pub variants: Vec<Variant<'a>>,
}

impl StoredUnit<'_> {
    /// The value of property `name`, if the unit has it.
    pub fn prop(&self, name: &str) -> Option<&str> {
        self.props.iter().find(|p| p.name == name).map(|p| &*p.value)
    }

    /// The document and bead that variant `variant` comes from, when lockstep exported it: the
    /// variant's own props, or the unit's (exports of one language a unit, from before).
    pub fn place(&self, variant: usize) -> (Option<&str>, Option<&str>) {
        let v = self.variants.get(variant);
        let prop = |name| v.and_then(|v| v.prop(name)).or_else(|| self.prop(name));
        (prop(DOCUMENT_PROP), prop(BEAD_PROP))
    }

    /// What makes two units the same: their languages and segments.
    pub fn key(&self) -> u128 {
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

/// The folder of the imported store in use: the generation `current` names, or `store` (the
/// layout before generations) when there is no such file.
pub fn store_dir(root: &Path) -> PathBuf {
    let imported = root.join(LOCKSTEP_DIR).join("imported");
    match fs::read_to_string(imported.join(CURRENT)) {
        Ok(name) if generation(name.trim()).is_some() => imported.join(name.trim()),
        _ => imported.join("store"),
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct Meta {
    pub(super) format: u32,
    pub(super) origins: Vec<String>,
    pub(super) units: u32,
    /// The written languages of the variants ([`crate::text::Lang::key`]), in the order of
    /// `lengths.bin`'s columns (format 3).
    #[serde(default)]
    pub(super) languages: Vec<String>,
    /// Each file's XXH3-128, in hex, as written (stores written before checksums have none).
    #[serde(default)]
    pub(super) checksums: std::collections::BTreeMap<String, String>,
}

/// The store's format. Format 4 keeps each variant's props (a [`StoredUnit`] as it stands);
/// format 3, still read, had none ([`RecordV3`]). Formats 3 and 4 keep each unit's word count per
/// language in `lengths.bin` (a row per unit, a `u16` per language); format 2, still read, kept
/// one count per unit, all languages together, and records as format 3.
pub(super) const FORMAT: u32 = 4;
const OLDEST_FORMAT: u32 = 2;
/// The first format whose `lengths.bin` has a column per language.
const COLUMNS_FORMAT: u32 = 3;

/// A record of `units.bin` as formats 2 and 3 wrote it: a [`StoredUnit`] whose variants had no
/// props. Read, never written (but by tests).
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(Serialize))]
struct RecordV3<'a> {
    origin: u32,
    tuid: Option<String>,
    creation_date: Option<String>,
    change_date: Option<String>,
    #[serde(borrow)]
    props: Vec<Prop<'a>>,
    notes: Vec<String>,
    #[serde(borrow)]
    variants: Vec<VariantV3<'a>>,
}

/// A variant of a [`RecordV3`].
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(Serialize))]
struct VariantV3<'a> {
    #[serde(borrow)]
    lang: Cow<'a, str>,
    #[serde(borrow)]
    seg: Cow<'a, str>,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

impl<'a> From<RecordV3<'a>> for StoredUnit<'a> {
    fn from(r: RecordV3<'a>) -> StoredUnit<'a> {
        StoredUnit {
            origin: r.origin,
            tuid: r.tuid,
            creation_date: r.creation_date,
            change_date: r.change_date,
            props: r.props,
            notes: r.notes,
            variants: r
                .variants
                .into_iter()
                .map(|v| Variant { lang: v.lang, seg: v.seg, text: v.text, props: Vec::new() })
                .collect(),
        }
    }
}
pub(super) const INDEX_MAGIC: &[u8; 8] = b"LKSTIDX1";

/// The imported store, memory-mapped.
#[derive(Debug)]
pub struct Store {
    /// The imported files' names, by origin index.
    pub origins: Vec<String>,
    units: Mmap,
    offsets: Mmap,
    index: Mmap,
    lengths: Mmap,
    /// The columns of `lengths`; empty in a format 2 store.
    languages: Vec<String>,
    /// The format of the records of `units`.
    format: u32,
    count: usize,
    keys: usize,
    /// `units.bin` as messages name it.
    shown_units: PathBuf,
    /// Each file's checksum as written.
    checksums: std::collections::BTreeMap<String, String>,
}

pub(super) fn read_u32(bytes: &[u8], at: usize) -> u32 {
    bytes.get(at..at + 4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn read_u64(bytes: &[u8], at: usize) -> u64 {
    bytes.get(at..at + 8).map_or(0, |b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8])))
}

fn map(path: &Path) -> std::io::Result<Mmap> {
    let file = File::open(path)?;
    // SAFETY: the store's files are only ever replaced by renaming a new folder into place,
    // never written in place, so the mapped bytes do not change while mapped.
    unsafe { Mmap::map(&file) }
}

impl Store {
    /// Opens the project's imported store; `Ok(None)` when nothing was imported. An import that
    /// switches to a new generation meanwhile is followed: the open is tried again on it.
    pub fn open(root: &Path, shown_root: &Path) -> Result<Option<Store>> {
        let mut tries = 0;
        loop {
            let dir = store_dir(root);
            let opened = Store::open_in(shown_root, &dir);
            let moved = store_dir(root) != dir;
            match opened {
                Err(_) | Ok(None) if moved && tries < 3 => tries += 1,
                result => return result,
            }
        }
    }

    /// Opens the store in folder `dir`.
    fn open_in(shown_root: &Path, dir: &Path) -> Result<Option<Store>> {
        let meta_path = dir.join("meta.json");
        let folder = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let shown = shown_root.join(LOCKSTEP_DIR).join("imported").join(folder).join("meta.json");
        let text = match fs::read_to_string(&meta_path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(&e, &shown)),
        };
        let damaged = |what: &str| Error::new(ErrorKind::MemoryDamaged(what.to_string()), Location::file(&shown));
        let meta: Meta = serde_json::from_str(&text).map_err(|_| damaged("header"))?;
        if !(OLDEST_FORMAT..=FORMAT).contains(&meta.format) {
            return Err(Error::new(ErrorKind::MemoryVersion(u64::from(meta.format)), Location::file(&shown)));
        }
        let open = |name: &str| map(&dir.join(name)).map_err(|e| Error::io(&e, &shown.with_file_name(name)));
        let (units, offsets, index) = (open("units.bin")?, open("offsets.bin")?, open("index.bin")?);
        let lengths = open("lengths.bin")?;
        let count = meta.units as usize;
        let languages = if meta.format >= COLUMNS_FORMAT { meta.languages } else { Vec::new() };
        // The files fit together and with `meta.json`: each the size its count says, offsets from
        // 0 up to the end of `units.bin`, and the index holding as many postings as its list
        // starts say, each list starting after the last. Damage names the file at fault.
        let shown_file = |name: &str| shown.with_file_name(name);
        let store_damage =
            |name: &str| Error::new(ErrorKind::MemoryDamaged("store".into()), Location::file(shown_file(name)));
        if offsets.len() != (count + 1) * 8 {
            return Err(store_damage("offsets.bin"));
        }
        if lengths.len() != count * languages.len().max(1) * 2 {
            return Err(store_damage("lengths.bin"));
        }
        if index.len() < 16 || &index[..8] != INDEX_MAGIC {
            return Err(store_damage("index.bin"));
        }
        let keys = read_u32(&index, 12) as usize;
        let offset = |i: usize| read_u64(&offsets, i * 8);
        if offset(0) != 0 || offset(count) != units.len() as u64 || (1..=count).any(|i| offset(i) < offset(i - 1)) {
            return Err(store_damage("offsets.bin"));
        }
        let starts_at = 16 + keys * 4;
        let start = |k: usize| read_u32(&index, starts_at + k * 4) as usize;
        if read_u32(&index, 8) as usize != count
            || index.len() < starts_at.saturating_add(keys.saturating_add(1).saturating_mul(4))
            || index.len() != starts_at + (keys + 1) * 4 + start(keys) * 4
            || start(0) != 0
            || (1..=keys).any(|k| start(k) < start(k - 1))
        {
            return Err(store_damage("index.bin"));
        }
        let checksums = meta.checksums;
        let shown_units = shown_file("units.bin");
        Ok(Some(Store {
            origins: meta.origins,
            units,
            offsets,
            index,
            lengths,
            languages,
            format: meta.format,
            count,
            keys,
            shown_units,
            checksums,
        }))
    }

    /// The number of units.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether the store is empty.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Unit `i`, its texts borrowed from the store. A record that does not decode is an error
    /// naming `units.bin`: the store is damaged, and nothing of it is silently skipped.
    pub fn unit(&self, i: u32) -> Result<StoredUnit<'_>> {
        let (a, b) =
            (read_u64(&self.offsets, i as usize * 8) as usize, read_u64(&self.offsets, i as usize * 8 + 8) as usize);
        self.units
            .get(a..b)
            .and_then(|record| match self.format {
                FORMAT => postcard::from_bytes(record).ok(),
                _ => postcard::from_bytes::<RecordV3>(record).ok().map(StoredUnit::from),
            })
            .ok_or_else(|| Error::new(ErrorKind::MemoryDamaged("record".into()), Location::file(&self.shown_units)))
    }

    /// Checks the whole store: every file against the checksum written with it, and every record
    /// decoded. Returns the number of units; the first damage found is an error naming its file.
    pub fn verify(&self) -> Result<usize> {
        let files: [(&str, &[u8]); 4] = [
            ("units.bin", &self.units),
            ("offsets.bin", &self.offsets),
            ("index.bin", &self.index),
            ("lengths.bin", &self.lengths),
        ];
        for (name, bytes) in files {
            let Some(want) = self.checksums.get(name) else { continue };
            if format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes)) != *want {
                let at = Location::file(self.shown_units.with_file_name(name));
                return Err(Error::new(ErrorKind::MemoryDamaged("checksum".into()), at));
            }
        }
        for unit in self.units() {
            unit?;
        }
        Ok(self.count)
    }

    /// Every unit, in import order; the first damaged record ends it with an error.
    pub fn units(&self) -> impl Iterator<Item = Result<StoredUnit<'_>>> + '_ {
        (0..self.count as u32).map(|i| self.unit(i))
    }

    /// How many index words unit `i` has in the language of column `column` (format 3), or
    /// about that many: half its words in all languages (format 2, `column` is `None`).
    fn words_of(&self, i: u32, column: Option<usize>) -> usize {
        let (at, halve) = match column {
            Some(c) => ((i as usize * self.languages.len() + c) * 2, false),
            None => (i as usize * 2, true),
        };
        let words = self.lengths.get(at..at + 2).map_or(0, |b| usize::from(u16::from_le_bytes([b[0], b[1]])));
        if halve { words / 2 } else { words }
    }

    fn postings(&self, word: u32) -> &[u8] {
        let keys_at = 16;
        let starts_at = keys_at + self.keys * 4;
        let postings_at = starts_at + (self.keys + 1) * 4;
        let (mut lo, mut hi) = (0, self.keys);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if read_u32(&self.index, keys_at + mid * 4) < word {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo == self.keys || read_u32(&self.index, keys_at + lo * 4) != word {
            return &[];
        }
        let start = read_u32(&self.index, starts_at + lo * 4) as usize;
        let end = read_u32(&self.index, starts_at + lo * 4 + 4) as usize;
        self.index.get(postings_at + start * 4..postings_at + end * 4).unwrap_or(&[])
    }

    /// The units that share the most index words with a query in language `lang`, best first.
    pub(super) fn candidates(&self, words: &[u32], lang: &str, min_score: u8, limit: usize) -> Vec<u32> {
        let lists = words.iter().map(|&w| List::Mapped(self.postings(w))).collect();
        let column = self.languages.iter().position(|l| l == lang);
        if column.is_none() && !self.languages.is_empty() {
            return Vec::new();
        }
        candidates(lists, self.count, min_score, limit, |id| self.words_of(id, column))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::project::Lang;
    use crate::tm::*;
    /// A stored unit of an English text and its Bulgarian translation.
    pub(crate) fn en_bg(origin: u32, en: &str, bg: &str) -> StoredUnit<'static> {
        unit_in(origin, ("en", en), ("bg", bg))
    }

    /// A stored unit of two texts in two languages.
    pub(crate) fn unit_in(origin: u32, a: (&str, &str), b: (&str, &str)) -> StoredUnit<'static> {
        let variant = |(lang, text): (&str, &str)| Variant {
            lang: lang.to_owned().into(),
            seg: text.to_owned().into(),
            text: text.to_owned().into(),
            props: vec![],
        };
        StoredUnit {
            origin,
            tuid: None,
            creation_date: None,
            change_date: None,
            props: vec![],
            notes: vec![],
            variants: vec![variant(a), variant(b)],
        }
    }

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap()
    }

    /// Rewrites `units.bin` and `offsets.bin` of the store in `dir` with `units` as formats 2 and 3
    /// wrote them (variant props are lost).
    fn write_v3_records(dir: &Path, units: &[StoredUnit]) {
        let (mut bytes, mut offsets) = (Vec::new(), 0u64.to_le_bytes().to_vec());
        for u in units {
            let record = RecordV3 {
                origin: u.origin,
                tuid: u.tuid.clone(),
                creation_date: u.creation_date.clone(),
                change_date: u.change_date.clone(),
                props: u.props.clone(),
                notes: u.notes.clone(),
                variants: u
                    .variants
                    .iter()
                    .map(|v| VariantV3 { lang: v.lang.clone(), seg: v.seg.clone(), text: v.text.clone() })
                    .collect(),
            };
            bytes.extend(postcard::to_stdvec(&record).unwrap());
            offsets.extend((bytes.len() as u64).to_le_bytes());
        }
        fs::write(dir.join("units.bin"), bytes).unwrap();
        fs::write(dir.join("offsets.bin"), offsets).unwrap();
    }

    #[test]
    fn format_3_stores_still_open_and_an_import_writes_format_4() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let mut b = Builder::new(root, Path::new("")).unwrap();
        let origin = b.origin("old-export.tmx");
        // An export of lockstep before units held several languages: the place on the unit.
        let mut unit = en_bg(origin, "Everyone has the right to rest.", "Всеки има право на почивка.");
        unit.props = vec![
            Prop { name: DOCUMENT_PROP.into(), value: "a.md".into() },
            Prop { name: BEAD_PROP.into(), value: "x1".into() },
        ];
        b.add(&unit).unwrap();
        b.finish().unwrap();
        let dir_of = store_dir(root);
        write_v3_records(&dir_of, std::slice::from_ref(&unit));
        let mut meta: Meta = serde_json::from_slice(&fs::read(dir_of.join("meta.json")).unwrap()).unwrap();
        (meta.format, meta.checksums) = (3, Default::default());
        fs::write(dir_of.join("meta.json"), serde_json::to_vec(&meta).unwrap()).unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!((store.format, store.verify().unwrap()), (3, 1));
        assert_eq!(store.unit(0).unwrap(), unit);
        let (en, bg) = (lang("en"), lang("bg"));
        let q = Query {
            text: "Everyone has the right to rest.",
            source_lang: &en,
            target_lang: &bg,
            context: Some(("a.md", "x1")),
            others_only: false,
        };
        let m = suggest(&q, &ProjectMemory::default(), Some(&store), 1, 70).unwrap();
        assert_eq!((m[0].kind, m[0].document.as_deref()), (Kind::Context, Some("a.md")));
        drop(store);
        // A new import carries the old units over in the current format.
        let mut b = Builder::new(root, Path::new("")).unwrap();
        let mut multilingual =
            en_bg(b.origin("new.tmx"), "Everyone has the right to work.", "Всеки има право на труд.");
        multilingual.variants[1].props = vec![Prop { name: BEAD_PROP.into(), value: "y1".into() }];
        b.add(&multilingual).unwrap();
        b.finish().unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!(store.format, FORMAT);
        assert_eq!(store.units().map(Result::unwrap).collect::<Vec<_>>(), [unit, multilingual]);
    }

    #[test]
    fn a_record_is_read_in_place_and_a_damaged_one_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let mut b = Builder::new(root, Path::new("")).unwrap();
        b.origin("a.tmx");
        let origin = b.origin("b.tmx");
        let unit = StoredUnit {
            origin,
            tuid: Some("7".into()),
            creation_date: Some("20260101T000000Z".into()),
            change_date: None,
            props: vec![
                Prop { name: DOCUMENT_PROP.into(), value: "doc.en.md".into() },
                Prop { name: BEAD_PROP.into(), value: "b12".into() },
            ],
            notes: vec!["checked".into()],
            variants: vec![
                Variant {
                    lang: "en".into(),
                    seg: "<b>Free</b> and equal.".into(),
                    text: "Free and equal.".into(),
                    props: vec![],
                },
                Variant {
                    lang: "bg".into(),
                    seg: "Свободни и равни.".into(),
                    text: "Свободни и равни.".into(),
                    props: vec![Prop { name: BEAD_PROP.into(), value: "b13".into() }],
                },
            ],
        };
        assert!(b.add(&unit).unwrap());
        b.finish().unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        let read = store.unit(0).unwrap();
        assert_eq!(read, unit);
        assert!(matches!(read.variants[1].text, Cow::Borrowed(_)), "texts are borrowed from the mapped store");
        assert_eq!((read.origin, read.prop(BEAD_PROP)), (1, Some("b12")));
        assert_eq!(read.variants[1].prop(BEAD_PROP), Some("b13"));
        assert_eq!(read.place(1), (Some("doc.en.md"), Some("b13")), "a variant's own props first");
        assert_eq!(read.place(0), (Some("doc.en.md"), Some("b12")), "else the unit's");
        drop(store);
        // A record that does not decode: the store says so, naming the file, for a lookup and for
        // a listing.
        let units = store_dir(root).join("units.bin");
        let bytes = fs::read(&units).unwrap();
        fs::write(&units, vec![0xff; bytes.len()]).unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        let err = store.unit(0).unwrap_err();
        assert_eq!(err.kind, ErrorKind::MemoryDamaged("record".into()));
        assert!(err.at.path.unwrap().ends_with("imported/store-1/units.bin"));
        assert!(store.units().any(|u| u.is_err()));
        let q = Query {
            text: "Free and equal.",
            source_lang: &lang("en"),
            target_lang: &lang("bg"),
            context: None,
            others_only: false,
        };
        assert!(suggest(&q, &ProjectMemory::default(), Some(&store), 1, 70).is_err());
        drop(store);
        assert!(Builder::new(root, Path::new("")).is_err(), "an import does not drop what it cannot read");
    }

    #[test]
    fn languages_match_by_written_language() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let mut b = Builder::new(root, Path::new("")).unwrap();
        let o = b.origin("regions.tmx");
        b.add(&unit_in(o, ("en-GB", "Everyone has the right to rest."), ("bg-BG", "Всеки има право на почивка.")))
            .unwrap();
        b.add(&unit_in(o, ("en", "Everyone has the right to work."), ("sr-Latn", "Svako ima pravo na rad."))).unwrap();
        b.finish().unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!(store.unit(0).unwrap().variants[1].lang, "bg-BG", "tags are kept as given");
        let find = |text: &str, from: &str, to: &str| {
            let (from, to) = (lang(from), lang(to));
            let q = Query { text, source_lang: &from, target_lang: &to, context: None, others_only: false };
            suggest(&q, &ProjectMemory::default(), Some(&store), 1, 70).unwrap().first().map(|m| m.target.clone())
        };
        assert_eq!(
            find("Everyone has the right to rest.", "en-US", "bg").as_deref(),
            Some("Всеки има право на почивка.")
        );
        assert_eq!(
            find("Everyone has the right to rest.", "en", "bg-BG").as_deref(),
            Some("Всеки има право на почивка.")
        );
        assert_eq!(
            find("Everyone has the right to work.", "en-US", "sr-Latn-RS").as_deref(),
            Some("Svako ima pravo na rad.")
        );
        assert_eq!(find("Everyone has the right to work.", "en", "sr-Cyrl"), None, "scripts never match");
        assert_eq!(find("Everyone has the right to work.", "en", "sr"), None, "sr is sr-Cyrl");
    }

    #[test]
    fn word_counts_are_kept_per_language_and_format_2_stores_still_open() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let mut b = Builder::new(root, Path::new("")).unwrap();
        let origin = b.origin("a.tmx");
        let units = [
            en_bg(
                origin,
                "All human beings are born free.",
                "Всички хора се раждат свободни и равни по достойнство и права.",
            ),
            en_bg(origin, "They are endowed with reason and conscience and should act.", "Те имат разум."),
        ];
        for unit in &units {
            b.add(unit).unwrap();
        }
        b.finish().unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!(store.languages, ["en", "bg"]);
        let counts: Vec<_> = (0..2).map(|i| (store.words_of(i, Some(0)), store.words_of(i, Some(1)))).collect();
        assert_eq!(counts, [(6, 10), (9, 3)]);
        // The same store as format 2 wrote it: one count per unit, all languages together, and
        // variants without props.
        drop(store);
        let dir_of = store_dir(root);
        write_v3_records(&dir_of, &units);
        let meta = r#"{"format": 2, "origins": ["a.tmx"], "units": 2}"#;
        fs::write(dir_of.join("meta.json"), meta).unwrap();
        let old: Vec<u8> = [14u16, 11].iter().flat_map(|n| n.to_le_bytes()).collect();
        fs::write(dir_of.join("lengths.bin"), old).unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!((store.words_of(0, None), store.words_of(1, None)), (7, 5));
        let (en, bg) = (lang("en"), lang("bg"));
        let q = Query {
            text: "All human beings are born free.",
            source_lang: &en,
            target_lang: &bg,
            context: None,
            others_only: false,
        };
        assert_eq!(suggest(&q, &ProjectMemory::default(), Some(&store), 1, 70).unwrap()[0].score, 100);
        // A new import writes the current format again.
        Builder::new(root, Path::new("")).unwrap().finish().unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!(store.languages, ["en", "bg"]);
        assert_eq!(store.words_of(1, Some(1)), 3);
        assert_eq!(store.units().map(Result::unwrap).collect::<Vec<_>>(), units);
    }

    #[test]
    fn store_round_trip_and_lookup() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let mut b = Builder::new(root, Path::new("")).unwrap();
        let origin = b.origin("dgt.tmx");
        let unit = |en: &str, bg: &str| en_bg(origin, en, bg);
        assert!(b.add(&unit("Everyone has the right to education.", "Всеки човек има право на образование.")).unwrap());
        assert!(
            !b.add(&unit("Everyone has the right to education.", "Всеки човек има право на образование.")).unwrap()
        );
        assert!(b.add(&unit("Everyone has the right to work.", "Всеки човек има право на труд.")).unwrap());
        b.finish().unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!(store.len(), 2);
        let (en, bg) = (lang("en"), lang("bg"));
        let q = Query {
            text: "Everyone has the right to a good education.",
            source_lang: &en,
            target_lang: &bg,
            context: None,
            others_only: false,
        };
        let m = suggest(&q, &ProjectMemory::default(), Some(&store), 3, 50).unwrap();
        assert_eq!(m[0].target, "Всеки човек има право на образование.");
        assert_eq!(m[0].origin, "dgt.tmx");
        assert_eq!(m[0].kind, Kind::Fuzzy);
        // A second import keeps the first.
        let mut b = Builder::new(root, Path::new("")).unwrap();
        let o2 = b.origin("other.tmx");
        assert_eq!(o2, 1);
        b.finish().unwrap();
        assert_eq!(Store::open(root, Path::new("")).unwrap().unwrap().len(), 2);
    }
}
