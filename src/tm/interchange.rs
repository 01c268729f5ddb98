//! TMX in and out of the translation memory: importing files into the store (all or nothing),
//! and exporting the project's confirmed beads (one unit per source text, every language's
//! translation in it) and the imported units.

use std::collections::{HashMap, HashSet};
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
                .map(|v| Variant {
                    lang: v.lang.into(),
                    seg: v.seg.into(),
                    text: v.text.into(),
                    props: v
                        .props
                        .into_iter()
                        .map(|(name, value)| Prop { name: name.into(), value: value.into() })
                        .collect(),
                })
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
                .map(|v| crate::tmx::Tuv {
                    lang: v.lang.to_string(),
                    seg: v.seg.to_string(),
                    text: v.text.to_string(),
                    props: v.props.iter().map(|p| (p.name.to_string(), p.value.to_string())).collect(),
                })
                .collect(),
        }
    }
}

/// A TMX date (`YYYYMMDDThhmmssZ`) from an RFC 3339 one.
fn tmx_date(rfc3339: &str) -> Option<String> {
    let digits: String = rfc3339.chars().filter(char::is_ascii_digit).take(14).collect();
    (digits.len() == 14).then(|| format!("{}T{}Z", &digits[..8], &digits[8..]))
}

/// The project's confirmed beads as translation units: one unit per source text (its normal
/// form), holding the translation of every language into which a bead translated it, as
/// multilingual memories such as DGT-TM are made. A tool given the whole file finds the
/// translation into its language of each source text in that text's one unit, instead of units
/// of other languages that hold the same source text.
///
/// Two beads of one language may translate the same source text differently: the second
/// translation goes in the next unit of that source text that has none of its language (a new
/// one when there is none), so that every (source, translation) pair appears once and none is
/// lost. A pair met again (the same text translated the same way elsewhere) is kept once, where
/// it was first met. Each translation's variant names its document and bead with the props
/// [`DOCUMENT_PROP`] and [`BEAD_PROP`] (a bead id is one language's); the source variant has none.
#[derive(Debug, Default)]
struct Multilingual {
    units: Vec<Draft>,
    /// The units of each source segment, in the order they were made.
    by_source: HashMap<String, Vec<usize>>,
}

/// A unit being made.
#[derive(Debug)]
struct Draft {
    source: Variant<'static>,
    /// The translations, as (project language index, variant): one per language.
    translations: Vec<(usize, Variant<'static>)>,
    /// When each translation was confirmed, as TMX dates.
    dates: Vec<String>,
}

impl Multilingual {
    /// Adds the translation `target` into language `lang` (a project index) of `source`,
    /// confirmed at `date` (a TMX date).
    fn add(&mut self, source: Variant<'static>, lang: usize, target: Variant<'static>, date: Option<String>) {
        let units = &mut self.units;
        let slots = self.by_source.entry(source.seg.to_string()).or_default();
        let of_lang = |u: usize| units[u].translations.iter().find(|(l, _)| *l == lang).map(|(_, v)| v);
        if slots.iter().any(|&u| of_lang(u).is_some_and(|v| v.seg == target.seg)) {
            return;
        }
        let unit = match slots.iter().copied().find(|&u| of_lang(u).is_none()) {
            Some(u) => u,
            None => {
                slots.push(units.len());
                units.push(Draft { source, translations: Vec::new(), dates: Vec::new() });
                units.len() - 1
            }
        };
        units[unit].translations.push((lang, target));
        units[unit].dates.extend(date);
    }

    /// The units, in the order their source texts were first met: the source variant first, then
    /// the translations in the order of the project's languages; created when the first of them
    /// was confirmed, changed when the last was (when later).
    fn into_units(self) -> Vec<StoredUnit<'static>> {
        self.units
            .into_iter()
            .map(|mut draft| {
                draft.translations.sort_by_key(|(lang, _)| *lang);
                let first = draft.dates.iter().min().cloned();
                let last = draft.dates.iter().max().filter(|last| Some(*last) != first.as_ref()).cloned();
                StoredUnit {
                    origin: 0,
                    tuid: None,
                    creation_date: first,
                    change_date: last,
                    props: Vec::new(),
                    notes: Vec::new(),
                    variants: std::iter::once(draft.source)
                        .chain(draft.translations.into_iter().map(|(_, v)| v))
                        .collect(),
                }
            })
            .collect()
    }
}

/// A variant of the paragraphs `texts` in language `lang` (its tag as the project writes it,
/// region and script kept), with the props `props`.
fn variant(lang: &Lang, texts: &[String], props: Vec<Prop<'static>>) -> Variant<'static> {
    let tuv = crate::tmx::Tuv::from_text(lang.tag(), &normalize(&texts.join(" ")));
    Variant { lang: tuv.lang.into(), seg: tuv.seg.into(), text: tuv.text.into(), props }
}

/// Writes the project's translation memory as TMX: every confirmed bead with a source and a
/// translation (in the languages `langs`, project indices, or all), one unit per source text
/// holding every language's translation of it (see `Multilingual`), then every imported unit
/// as it was imported (with `langs`, only those with one of them, cut to them and the source).
/// Returns the number of units written. The same project gives the same bytes.
pub fn export(project: &Project, langs: Option<&[usize]>, out: &Path, shown: &Path) -> Result<usize> {
    let source_lang = &project.source_lang;
    let filter = langs.is_some();
    let mut langs = langs.map_or_else(|| (0..project.languages.len()).collect(), <[usize]>::to_vec);
    langs.sort_unstable();
    langs.dedup();
    let wanted: Vec<&Lang> = langs.iter().map(|&l| &project.languages[l]).collect();
    let store = Store::open(&project.root, &project.shown_root)?;
    let mut merged = Multilingual::default();
    for document in &project.documents {
        for &l in &langs {
            let lang = &project.languages[l];
            let rel = crate::memory::memory_path(&document.source, lang.tag());
            let owner = crate::memory::Owner { document: &document.source, lang: lang.tag() };
            let Some(memory) = crate::memory::load(&project.path(&rel), &project.shown(&rel), owner)? else { continue };
            for bead in memory.beads.iter().filter(|b| !b.source.is_empty() && !b.target.is_empty()) {
                let prop =
                    |name: &str, value: &str| Prop { name: name.to_owned().into(), value: value.to_owned().into() };
                let place = vec![prop(DOCUMENT_PROP, &document.source), prop(BEAD_PROP, &bead.id)];
                let (source, target) =
                    (variant(source_lang, &bead.source, Vec::new()), variant(lang, &bead.target, place));
                merged.add(source, l, target, tmx_date(&bead.synced));
            }
        }
    }
    let mut units = merged.into_units();
    let mut seen: HashSet<u128> = units.iter().map(StoredUnit::key).collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap()
    }

    /// Adds a bead of document `a.en.md` translating `source` into `target` (language `l` of
    /// `langs`), confirmed on `day` of January 2026.
    fn add(m: &mut Multilingual, langs: &[Lang], l: usize, (source, target): (&str, &str), bead: &str, day: u8) {
        let place = vec![
            Prop { name: DOCUMENT_PROP.into(), value: "a.en.md".into() },
            Prop { name: BEAD_PROP.into(), value: bead.to_owned().into() },
        ];
        let (source, target) =
            (variant(&lang("en"), &[source.into()], Vec::new()), variant(&langs[l], &[target.into()], place));
        m.add(source, l, target, tmx_date(&format!("2026-01-{day:02}T10:00:00Z")));
    }

    /// Each unit as its variants: (language, text, bead).
    fn shape(units: &[StoredUnit]) -> Vec<Vec<(String, String, Option<String>)>> {
        units
            .iter()
            .map(|u| {
                u.variants
                    .iter()
                    .map(|v| (v.lang.to_string(), v.text.to_string(), v.prop(BEAD_PROP).map(str::to_owned)))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn one_unit_per_source_text_holds_every_language() {
        let langs = [lang("bg-BG"), lang("el-GR")];
        let mut m = Multilingual::default();
        // Greek first, and with extra white space: the unit is the source text's, whatever the
        // order the beads come in, and its variants follow the project's languages.
        add(&mut m, &langs, 1, ("All  are free.", "Όλοι είναι ελεύθεροι."), "e1", 2);
        add(&mut m, &langs, 0, ("All are free.", "Всички са свободни."), "b1", 1);
        add(&mut m, &langs, 0, ("All are equal.", "Всички са равни."), "b2", 3);
        let units = m.into_units();
        let v = |l: &str, t: &str, b: Option<&str>| (l.to_owned(), t.to_owned(), b.map(str::to_owned));
        assert_eq!(
            shape(&units),
            [
                vec![
                    v("en", "All are free.", None),
                    v("bg-BG", "Всички са свободни.", Some("b1")),
                    v("el-GR", "Όλοι είναι ελεύθεροι.", Some("e1")),
                ],
                vec![v("en", "All are equal.", None), v("bg-BG", "Всички са равни.", Some("b2"))],
            ]
        );
        assert!(units[0].props.is_empty(), "the places are the variants'");
        assert_eq!(units[0].variants[1].prop(DOCUMENT_PROP), Some("a.en.md"));
        // Created when the first translation was confirmed, changed when the last was.
        assert_eq!(units[0].creation_date.as_deref(), Some("20260101T100000Z"));
        assert_eq!(units[0].change_date.as_deref(), Some("20260102T100000Z"));
        assert_eq!(
            (units[1].creation_date.as_deref(), units[1].change_date.as_deref()),
            (Some("20260103T100000Z"), None)
        );
    }

    #[test]
    fn a_second_translation_goes_in_another_unit_and_a_repeated_one_is_kept_once() {
        let langs = [lang("bg"), lang("el")];
        let mut m = Multilingual::default();
        add(&mut m, &langs, 0, ("Free.", "Свободни."), "b1", 1);
        add(&mut m, &langs, 0, ("Free.", "Свободни са."), "b2", 1);
        add(&mut m, &langs, 0, ("Free.", "Свободни."), "b3", 1);
        add(&mut m, &langs, 1, ("Free.", "Ελεύθεροι."), "e1", 1);
        add(&mut m, &langs, 1, ("Free.", "Ελεύθεροι."), "e2", 1);
        add(&mut m, &langs, 1, ("Free.", "Είναι ελεύθεροι."), "e3", 1);
        add(&mut m, &langs, 1, ("Free.", "Ελεύθεροι όλοι."), "e4", 1);
        let units = m.into_units();
        let beads: Vec<Vec<Option<&str>>> =
            units.iter().map(|u| u.variants.iter().map(|v| v.prop(BEAD_PROP)).collect()).collect();
        assert_eq!(
            beads,
            [vec![None, Some("b1"), Some("e1")], vec![None, Some("b2"), Some("e3")], vec![None, Some("e4")]]
        );
        // Every pair once: each unit its own.
        let keys: HashSet<u128> = units.iter().map(StoredUnit::key).collect();
        assert_eq!(keys.len(), 3);
    }
}
