//! The translation memory: fuzzy matches for a paragraph from every confirmed bead of the
//! project and from imported memories.
//!
//! Similarity is a word-level edit distance over normalized text, shown in percent as CAT tools
//! show it. Candidates come from an index of words, so a lookup reads a few posting lists rather
//! than the whole memory. The project's own memory (`.lockstep/memory/`) is indexed in memory on
//! each run; imported memories live in `.lockstep/imported/store-N/` as a record file and a word
//! index that are memory-mapped, so that they open at once however large they are. This module
//! owns that store and the scoring; reading and writing TMX is [`crate::tmx`].
//!
//! Languages match by written language ([`Lang::matches`]): a `bg-BG` lookup finds units
//! imported as `bg` and the other way round, and `sr-Latn` never finds `sr-Cyrl`.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;
use serde::Serialize;

use crate::error::Result;
use crate::project::{Lang, Project};
use crate::status::{BeadState, State};
use crate::text::lang::written_language;
use crate::text::words::{Token, tokens};
use crate::text::{normalize, normalized};
use crate::workspace::DocumentState;

mod build;
mod index;
mod interchange;
mod score;
mod store;

pub use build::Builder;
use index::{List, candidates, index_words};
pub use index::{MemoryUnit, ProjectMemory, memory_units};
pub use interchange::{ImportReport, export, import};
pub use score::score;
use score::score_at_least;
#[cfg(test)]
pub(crate) use store::tests::unit_in;
pub use store::{BEAD_PROP, DOCUMENT_PROP, Prop, Store, StoredUnit, Variant, store_dir};

/// How a match relates to the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The same document and place (the bead's own earlier translation).
    Context,
    /// The same text, elsewhere.
    Exact,
    /// A similar text.
    Fuzzy,
}

/// One suggestion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Match {
    /// Similarity in percent.
    pub score: u8,
    /// Context, exact or fuzzy.
    pub kind: Kind,
    /// The matched source text.
    pub source: String,
    /// Its translation.
    pub target: String,
    /// `memory` for the project's own memory, else the imported file's name.
    pub origin: String,
    /// The document the unit comes from, when known.
    pub document: Option<String>,
}

/// What to look up.
#[derive(Debug, Clone)]
pub struct Query<'a> {
    /// The text to translate.
    pub text: &'a str,
    /// Its language.
    pub source_lang: &'a Lang,
    /// The language wanted: units of the same written language match (`bg` for `bg-BG`).
    pub target_lang: &'a Lang,
    /// The document and bead it comes from, for in-context matches.
    pub context: Option<(&'a str, &'a str)>,
    /// Leave out the bead's own earlier translation (the context match): for a caller that
    /// shows that translation already.
    pub others_only: bool,
}

impl<'a> Query<'a> {
    /// A lookup of `text` from the project's source language into its language `lang`.
    pub fn new(project: &'a Project, lang: usize, text: &'a str, context: Option<(&'a str, &'a str)>) -> Query<'a> {
        Query {
            text,
            source_lang: &project.source_lang,
            target_lang: &project.languages[lang],
            context,
            others_only: false,
        }
    }
}

/// Where matches come from for one target language: the project's own memory and the
/// imported store.
#[derive(Debug)]
pub struct Sources {
    /// The confirmed beads of every document in that language.
    pub memory: ProjectMemory,
    /// The imported store, if anything was imported.
    pub store: Option<Store>,
}

impl Sources {
    /// The project's memory in language `lang` (lookups only ever want one target language)
    /// and the imported store.
    pub fn open(project: &Project, docs: &[DocumentState], lang: usize) -> Result<Sources> {
        let memories =
            docs.iter().enumerate().filter_map(|(d, doc)| doc.translations[lang].memory.as_ref().map(|m| (d, lang, m)));
        let memory = ProjectMemory::new(memory_units(project, memories));
        let store = Store::open(&project.root, &project.shown_root)?;
        Ok(Sources { memory, store })
    }

    /// The best matches for a query: at most `max`, each at least `min_score`, best first.
    pub fn suggest(&self, query: &Query, max: usize, min_score: u8) -> Result<Vec<Match>> {
        suggest(query, &self.memory, self.store.as_ref(), max, min_score)
    }
}

/// One lookup of `suggest`: a bead (or a free text) and its matches.
#[derive(Debug, Clone)]
pub struct Lookup {
    /// The bead's id (none for a free text).
    pub id: Option<String>,
    /// The bead's document.
    pub document: Option<String>,
    /// The bead's source paragraphs (0-based indices).
    pub source: Vec<usize>,
    /// The bead's state.
    pub state: Option<State>,
    /// The text looked up.
    pub text: String,
    /// The matches, best first.
    pub matches: Vec<Match>,
}

/// Looks up the source of each of the `selected` beads of language `lang`, on all cores.
pub fn lookup_beads(
    project: &Project,
    lang: usize,
    selected: &[(&DocumentState, &BeadState)],
    sources: &Sources,
    max: usize,
    min_score: u8,
) -> Result<Vec<Lookup>> {
    selected
        .par_iter()
        .map(|(doc, b)| {
            let text = crate::segment::joined(&doc.source, &b.source);
            let query = Query::new(project, lang, &text, Some((&doc.source_path, &b.id)));
            let matches = sources.suggest(&query, max, min_score)?;
            Ok(Lookup {
                id: Some(b.id.clone()),
                document: Some(doc.source_path.clone()),
                source: b.source.clone(),
                state: Some(b.state),
                text,
                matches,
            })
        })
        .collect()
}

/// The least score a suggestion has unless asked otherwise.
pub const DEFAULT_MIN_SCORE: u8 = 70;

/// How many candidates are scored exactly per source.
const CANDIDATES: usize = 128;

/// The best matches for a query, from the project's memory and the imported store: at most
/// `max`, each at least `min_score`, best first (in-context matches first among equals). A
/// damaged record of the store is an error.
pub fn suggest(
    query: &Query,
    memory: &ProjectMemory,
    store: Option<&Store>,
    max: usize,
    min_score: u8,
) -> Result<Vec<Match>> {
    let query_norm = normalize(query.text);
    let query_tokens = tokens(&query_norm);
    let mut out: Vec<Match> = Vec::new();
    let mut seen: HashSet<(String, String)> = HashSet::new();
    // The best `max` scores so far: a unit scoring below the last of them cannot be shown, so
    // its scoring stops as soon as that is certain.
    let mut top: Vec<u8> = Vec::new();
    let kept = max.max(1);
    let mut consider = |source: &str,
                        source_tokens: Option<&[Token]>,
                        target: &str,
                        origin: &str,
                        document: Option<&str>,
                        bead: Option<&str>| {
        if target.trim().is_empty() {
            return false;
        }
        let in_context =
            matches!((query.context, document, bead), (Some((d, b)), Some(d2), Some(b2)) if d == d2 && b == b2);
        if in_context && query.others_only {
            return false;
        }
        let norm = normalized(source);
        let score = if *norm == *query_norm {
            100
        } else {
            let owned;
            let source_tokens = match source_tokens {
                Some(t) => t,
                None => {
                    owned = tokens(&norm);
                    &owned
                }
            };
            // An in-context match is shown whatever its rank: only `min_score` bounds it.
            let floor = if top.len() == kept && !in_context { top[kept - 1].max(min_score) } else { min_score };
            match score_at_least(&query_tokens, source_tokens, floor) {
                Some(s) => s,
                None => return false,
            }
        };
        if score < min_score {
            return false;
        }
        if !seen.insert((norm.into_owned(), normalize(target))) {
            return false;
        }
        let kind = if in_context {
            Kind::Context
        } else if score == 100 {
            Kind::Exact
        } else {
            Kind::Fuzzy
        };
        out.push(Match {
            score,
            kind,
            source: source.to_string(),
            target: target.to_string(),
            origin: origin.to_string(),
            document: document.map(str::to_string),
        });
        top.insert(top.partition_point(|&t| t >= score), score);
        top.truncate(kept);
        true
    };
    // The bead's own earlier translation comes first; when only one match is wanted and it is
    // good enough, nothing else can come before it.
    let mut found_context = false;
    if let Some((doc, bead)) = query.context.filter(|_| !query.others_only) {
        let place = (doc.to_string(), bead.to_string(), query.target_lang.key().to_string());
        for &id in memory.places.get(&place).into_iter().flatten() {
            let u = &memory.units[id as usize];
            let tokens = Some(memory.tokens_of(id));
            found_context |= consider(&u.source, tokens, &u.target, "memory", Some(&u.document), Some(&u.bead));
        }
    }
    if max == 1 && found_context {
        return Ok(out);
    }
    let limit = (max * 32).clamp(32, CANDIDATES);
    let memory_words = index_words(query.text, query.target_lang.key());
    let lists = memory_words.iter().filter_map(|w| memory.index.get(w)).map(|ids| List::Owned(ids)).collect();
    for id in candidates(lists, memory.units.len(), min_score, limit, |id| memory.words[id as usize]) {
        let u = &memory.units[id as usize];
        consider(&u.source, Some(memory.tokens_of(id)), &u.target, "memory", Some(&u.document), Some(&u.bead));
    }
    if let Some(store) = store {
        let mut langs = WrittenLanguages::default();
        let words = index_words(query.text, query.source_lang.key());
        let mut targets: Vec<usize> = Vec::new();
        for id in store.candidates(&words, query.source_lang.key(), min_score, limit) {
            let unit = store.unit(id)?;
            let Some(s) = unit.variants.iter().position(|v| langs.is(&v.lang, query.source_lang)) else { continue };
            // A unit of several languages may hold more than one variant of the written language
            // wanted (`pt-PT` and `pt-BR` for `pt-BR`): each is a translation, the tag asked for
            // first.
            targets.clear();
            for (t, v) in unit.variants.iter().enumerate() {
                if t != s && langs.is(&v.lang, query.target_lang) {
                    targets.push(t);
                }
            }
            targets.sort_by_key(|&t| unit.variants[t].lang != query.target_lang.tag());
            let origin = store.origins.get(unit.origin as usize).map_or("", String::as_str);
            for &t in &targets {
                // Each translation comes from its own document and bead.
                let (document, bead) = unit.place(t);
                consider(&unit.variants[s].text, None, &unit.variants[t].text, origin, document, bead);
            }
        }
    }
    let rank = |k: Kind| match k {
        Kind::Context => 0,
        Kind::Exact => 1,
        Kind::Fuzzy => 2,
    };
    out.sort_by(|a, b| b.score.cmp(&a.score).then(rank(a.kind).cmp(&rank(b.kind))));
    if let Some(i) = out.iter().position(|m| m.kind == Kind::Context) {
        // The bead's own earlier translation leads whenever it is among the matches.
        let m = out.remove(i);
        out.insert(0, m);
    }
    out.truncate(max);
    Ok(out)
}

/// The written languages of the tags met in one lookup (a store uses a handful of tags).
#[derive(Debug, Default)]
struct WrittenLanguages {
    seen: HashMap<String, Option<String>>,
}

impl WrittenLanguages {
    /// Whether the language code `code` is the written language of `lang`.
    fn is(&mut self, code: &str, lang: &Lang) -> bool {
        if code == lang.tag() {
            return true;
        }
        if !self.seen.contains_key(code) {
            self.seen.insert(code.to_owned(), written_language(code));
        }
        self.seen[code].as_deref() == Some(lang.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    use store::tests::en_bg;

    /// `unit` with one more variant: `text` in language `lang`.
    fn and(mut unit: StoredUnit<'static>, lang: &str, text: &str) -> StoredUnit<'static> {
        let (lang, text) = (lang.to_owned(), text.to_owned());
        unit.variants.push(Variant { lang: lang.into(), seg: text.clone().into(), text: text.into(), props: vec![] });
        unit
    }

    #[test]
    fn context_matches_lead() {
        let units = vec![
            MemoryUnit {
                document: "a.md".into(),
                bead: "x1".into(),
                lang: "bg".into(),
                source: "Everyone has the right to life and freedom.".into(),
                target: "Всеки има право на живот и свобода.".into(),
            },
            MemoryUnit {
                document: "b.md".into(),
                bead: "y1".into(),
                lang: "bg".into(),
                source: "Everyone has the right to life and liberty.".into(),
                target: "Всеки има право на живот и свобода.".into(),
            },
        ];
        let memory = ProjectMemory::new(units);
        let q = Query {
            text: "Everyone has the right to life and liberty!",
            source_lang: &Lang::parse("en").unwrap(),
            target_lang: &Lang::parse("bg").unwrap(),
            context: Some(("a.md", "x1")),
            others_only: false,
        };
        let m = suggest(&q, &memory, None, 3, 70).unwrap();
        assert_eq!(m[0].kind, Kind::Context);
        assert_eq!(m[0].target, "Всеки има право на живот и свобода.");
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn a_unit_of_several_languages_serves_each_with_its_own_place() {
        // A unit as `tm export` writes it: the source, then each language's translation with the
        // document and bead it comes from (bead ids are per language).
        let dir = tempfile::tempdir().unwrap();
        let mut b = Builder::new(dir.path(), Path::new("")).unwrap();
        let origin = b.origin("export.tmx");
        let text = "Everyone has the right to life and liberty.";
        let unit = en_bg(origin, text, "Всеки има право на живот и свобода.");
        let mut unit = and(unit, "el", "Καθένας έχει δικαίωμα στη ζωή και την ελευθερία.");
        for (variant, bead) in [(1, "x1"), (2, "y1")] {
            unit.variants[variant].props = vec![
                Prop { name: DOCUMENT_PROP.into(), value: "a.md".into() },
                Prop { name: BEAD_PROP.into(), value: bead.into() },
            ];
        }
        b.add(&unit).unwrap();
        b.finish().unwrap();
        let store = Store::open(dir.path(), Path::new("")).unwrap().unwrap();
        let find = |target: &str, context| {
            let (en, target) = (Lang::parse("en").unwrap(), Lang::parse(target).unwrap());
            let q = Query { text, source_lang: &en, target_lang: &target, context, others_only: false };
            let m = suggest(&q, &ProjectMemory::default(), Some(&store), 3, 70).unwrap();
            m.into_iter().map(|m| (m.kind, m.target, m.document)).collect::<Vec<_>>()
        };
        let a = Some("a.md".to_owned());
        assert_eq!(
            find("bg-BG", Some(("a.md", "x1"))),
            [(Kind::Context, "Всеки има право на живот и свобода.".to_owned(), a.clone())]
        );
        assert_eq!(
            find("el", Some(("a.md", "y1"))),
            [(Kind::Context, "Καθένας έχει δικαίωμα στη ζωή και την ελευθερία.".to_owned(), a.clone())]
        );
        assert_eq!(find("el", Some(("a.md", "x1")))[0].0, Kind::Exact, "x1 is the Bulgarian bead");
        assert_eq!(find("hr", None), []);
    }

    #[test]
    fn a_unit_with_two_variants_of_one_written_language_gives_both_the_tag_asked_for_first() {
        let dir = tempfile::tempdir().unwrap();
        let mut b = Builder::new(dir.path(), Path::new("")).unwrap();
        let origin = b.origin("fr.tmx");
        let text = "Everyone has the right to rest.";
        let (fr, ca) = ("Toute personne a droit au repos.", "Chacun a droit au repos.");
        let unit = and(unit_in(origin, ("en", text), ("fr-FR", fr)), "fr-CA", ca);
        b.add(&unit).unwrap();
        b.finish().unwrap();
        let store = Store::open(dir.path(), Path::new("")).unwrap().unwrap();
        let targets = |tag: &str| {
            let (en, target) = (Lang::parse("en").unwrap(), Lang::parse(tag).unwrap());
            let q = Query { text, source_lang: &en, target_lang: &target, context: None, others_only: false };
            let m = suggest(&q, &ProjectMemory::default(), Some(&store), 3, 70).unwrap();
            m.into_iter().map(|m| m.target).collect::<Vec<_>>()
        };
        assert_eq!(targets("fr-CA"), [ca, fr]);
        assert_eq!(targets("fr-FR"), [fr, ca]);
    }

    #[test]
    fn an_imported_context_match_leads_even_behind_a_better_one() {
        // The bead's own old translation, exported and imported again, scores below another
        // bead's: it must not be cut by the score of the matches already kept.
        let dir = tempfile::tempdir().unwrap();
        let mut b = Builder::new(dir.path(), Path::new("")).unwrap();
        let origin = b.origin("export.tmx");
        let mut unit =
            en_bg(origin, "Everyone has the right to life and freedom.", "Всеки има право на живот и свобода.");
        unit.props = vec![
            Prop { name: DOCUMENT_PROP.into(), value: "a.md".into() },
            Prop { name: BEAD_PROP.into(), value: "x1".into() },
        ];
        b.add(&unit).unwrap();
        b.finish().unwrap();
        let store = Store::open(dir.path(), Path::new("")).unwrap().unwrap();
        let memory = ProjectMemory::new(vec![MemoryUnit {
            document: "b.md".into(),
            bead: "y1".into(),
            lang: "bg".into(),
            source: "Everyone has the right to life and liberty.".into(),
            target: "Всеки има право на живот и на свобода.".into(),
        }]);
        let q = Query {
            text: "Everyone has the right to life and liberty!",
            source_lang: &Lang::parse("en").unwrap(),
            target_lang: &Lang::parse("bg").unwrap(),
            context: Some(("a.md", "x1")),
            others_only: false,
        };
        let m = suggest(&q, &memory, Some(&store), 1, 70).unwrap();
        assert_eq!((m[0].kind, m[0].source.as_str()), (Kind::Context, "Everyone has the right to life and freedom."));
    }
}
