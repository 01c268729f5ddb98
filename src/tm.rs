//! The translation memory: fuzzy matches for a paragraph from every confirmed bead of the
//! project and from imported memories.
//!
//! Similarity is a word-level edit distance over normalized text, shown in percent as CAT tools
//! show it. Candidates come from an index of words, so a lookup reads a few posting lists rather
//! than the whole memory. The project's own memory (`.lockstep/memory/`) is indexed in memory on
//! each run; imported memories live in `.lockstep/imported/store/` as a record file and a word
//! index that are memory-mapped, so that they open at once however large they are. This module
//! owns that store and the scoring; reading and writing TMX is [`crate::tmx`].

use std::collections::{HashMap, HashSet};
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use memmap2::Mmap;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Location, Result};
use crate::memory::MEMORY_DIR;
use crate::segment::{normalize, normalize_string, normalized};

/// A token of a text for matching: its lowercased form's hash, and whether it is a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Token {
    hash: u64,
    number: bool,
}

/// The tokens of a normalized text: words and numbers, lowercased, and each other character
/// but white space (punctuation, symbols) on its own. A word is a run of letters, digits and
/// combining marks, with an apostrophe between letters (`don't`, `l'homme`) and a point or comma
/// between digits (`1,000.5`) kept inside, much as Unicode's word boundaries have it (but not
/// `e.g` or `example.com`, which are split at the point). Hand-written rather than Unicode's
/// segmentation: a lookup tokenizes a hundred candidates, and this is several times faster
/// (ASCII and Cyrillic letters take a fast path).
fn tokens(normalized: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(normalized.len() / 5);
    let mut word = String::with_capacity(32);
    let mut number = false;
    let mut chars = normalized.chars().peekable();
    while let Some(c) = chars.next() {
        let lower = match c as u32 {
            0x30..=0x39 | 0x61..=0x7a | 0x430..=0x45f => Some(c),
            0x41..=0x5a | 0x410..=0x42f => char::from_u32(c as u32 + 0x20),
            0x400..=0x40f => char::from_u32(c as u32 + 0x50),
            0..=0x7f => None,
            _ if c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) => {
                if word.is_empty() {
                    number = false;
                }
                // Greek final sigma is folded with sigma, so that capitals match.
                if c == '\u{3c2}' {
                    word.push('\u{3c3}')
                } else {
                    word.extend(c.to_lowercase())
                }
                continue;
            }
            _ => None,
        };
        if let Some(l) = lower {
            if word.is_empty() {
                number = l.is_ascii_digit();
            }
            word.push(l);
            continue;
        }
        let next = chars.peek().copied();
        let last = word.chars().next_back();
        let inside = match c {
            '\'' | '\u{2019}' => last.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic),
            '.' | ',' => last.is_some_and(|l| l.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()),
            _ => false,
        };
        if inside {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push(Token { hash: xxhash_rust::xxh3::xxh3_64(word.as_bytes()), number });
            word.clear();
        }
        if !c.is_whitespace() {
            let mut buf = [0; 4];
            out.push(Token { hash: xxhash_rust::xxh3::xxh3_64(c.encode_utf8(&mut buf).as_bytes()), number: false });
        }
    }
    if !word.is_empty() {
        out.push(Token { hash: xxhash_rust::xxh3::xxh3_64(word.as_bytes()), number });
    }
    out
}

/// Edit distance between two token sequences (insertions, deletions, substitutions), or
/// `None` as soon as it must exceed `max`.
fn levenshtein(a: &[Token], b: &[Token], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    if a.is_empty() || b.is_empty() {
        return Some(a.len().max(b.len()));
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for (i, ta) in a.iter().enumerate() {
        row[0] = i + 1;
        let mut best = row[0];
        for (j, tb) in b.iter().enumerate() {
            let cost = usize::from(ta.hash != tb.hash);
            row[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1);
            best = best.min(row[j + 1]);
        }
        if best > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut row);
    }
    Some(prev[b.len()]).filter(|&d| d <= max)
}

/// The similarity of two texts in percent, as CAT tools show it: 100 for texts that are the
/// same once normalized, else the share of tokens that need no edit, at most 99, with a small
/// bonus when both texts have the same numbers. Symmetric, and never higher after an edit.
pub fn score(a: &str, b: &str) -> u8 {
    let (na, nb) = (normalize(a), normalize(b));
    if na == nb {
        return 100;
    }
    score_tokens(&tokens(&na), &tokens(&nb))
}

fn score_tokens(a: &[Token], b: &[Token]) -> u8 {
    score_at_least(a, b, 0).unwrap_or(0)
}

/// The score of two token sequences, or `None` when it is below `floor` (known early).
fn score_at_least(a: &[Token], b: &[Token], floor: u8) -> Option<u8> {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return Some(99);
    }
    // The number bonus is at most 2 points: a distance beyond this cannot reach the floor.
    let max = ((longest as f64) * (1.0 - (f64::from(floor) - 2.0).max(0.0) / 100.0)).floor() as usize;
    let distance = levenshtein(a, b, max)?;
    let mut percent = 100.0 * (1.0 - distance as f64 / longest as f64);
    let numbers = |t: &[Token]| {
        let mut n: Vec<u64> = t.iter().filter(|t| t.number).map(|t| t.hash).collect();
        n.sort_unstable();
        n
    };
    let (na, nb) = (numbers(a), numbers(b));
    if !na.is_empty() && na == nb {
        percent += 2.0;
    }
    Some(percent.floor().clamp(0.0, 99.0) as u8).filter(|&p| p >= floor)
}

/// The index words of a text in one language: unique hashes of its lowercased words (runs of
/// letters and digits), salted with the language so that one index serves every language.
fn index_words(text: &str, lang: &str) -> Vec<u32> {
    let salt = xxhash_rust::xxh3::xxh3_64(lang.as_bytes());
    let normalized;
    let text = if crate::segment::surely_nfc(text) {
        text
    } else {
        normalized = normalize(text);
        &normalized
    };
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut word = String::with_capacity(32);
    let mut flush = |word: &mut String| {
        if !word.is_empty() {
            out.push(xxhash_rust::xxh3::xxh3_64_with_seed(word.as_bytes(), salt) as u32);
            word.clear();
        }
    };
    for c in text.chars() {
        // Fast paths for ASCII and basic Cyrillic; Unicode's tables for the rest.
        match c as u32 {
            0x30..=0x39 | 0x61..=0x7a | 0x430..=0x45f => word.push(c),
            0x41..=0x5a | 0x410..=0x42f => word.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
            0x400..=0x40f => word.push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
            0..=0x7f => flush(&mut word),
            _ if c.is_alphanumeric() => word.extend(c.to_lowercase()),
            _ => flush(&mut word),
        }
    }
    flush(&mut word);
    out.sort_unstable();
    out.dedup();
    out
}

/// A hasher for keys that are hashes already.
#[derive(Default)]
struct Identity(u64);

impl std::hash::Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u32(&mut self, n: u32) {
        // Spread the bits over the whole word, as hash tables use the high ones too.
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type IdentityMap<V> = HashMap<u32, V, std::hash::BuildHasherDefault<Identity>>;

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

/// A unit of the project's own memory.
#[derive(Debug, Clone)]
pub struct MemoryUnit {
    /// The source document.
    pub document: String,
    /// The bead id.
    pub bead: String,
    /// The target language (canonical tag).
    pub lang: String,
    /// Source text (paragraphs joined by one space).
    pub source: String,
    /// Target text.
    pub target: String,
}

/// The project's own memory, indexed by source words per target language.
#[derive(Debug, Default)]
pub struct ProjectMemory {
    units: Vec<MemoryUnit>,
    /// Each unit's tokens, made when the unit is first scored.
    tokens: Vec<OnceLock<Vec<Token>>>,
    words: Vec<usize>,
    index: HashMap<u32, Vec<u32>>,
    places: HashMap<(String, String, String), Vec<u32>>,
}

impl ProjectMemory {
    /// Indexes units (their source side, with words salted by the target language so that a
    /// lookup only meets units of the language it wants).
    pub fn new(units: Vec<MemoryUnit>) -> ProjectMemory {
        let mut index: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut places: HashMap<(String, String, String), Vec<u32>> = HashMap::new();
        let mut words = Vec::with_capacity(units.len());
        for (i, u) in units.iter().enumerate() {
            let unit_words = index_words(&u.source, &u.lang);
            words.push(unit_words.len());
            for w in unit_words {
                index.entry(w).or_default().push(i as u32);
            }
            places.entry((u.document.clone(), u.bead.clone(), u.lang.clone())).or_default().push(i as u32);
        }
        let tokens = units.iter().map(|_| OnceLock::new()).collect();
        ProjectMemory { units, tokens, words, index, places }
    }

    /// The tokens of unit `id`'s source.
    fn tokens_of(&self, id: u32) -> &[Token] {
        let i = id as usize;
        self.tokens[i].get_or_init(|| tokens(&self.units[i].source))
    }

    /// The number of units.
    pub fn len(&self) -> usize {
        self.units.len()
    }

    /// Whether there are no units.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }
}

/// A posting list: unit ids in increasing order, from the mapped store or from memory.
#[derive(Debug, Clone, Copy)]
enum List<'a> {
    Mapped(&'a [u8]),
    Owned(&'a [u32]),
}

impl List<'_> {
    fn len(&self) -> usize {
        match self {
            List::Mapped(b) => b.len() / 4,
            List::Owned(ids) => ids.len(),
        }
    }

    fn for_each(&self, mut f: impl FnMut(usize)) {
        match self {
            List::Mapped(b) => b.chunks_exact(4).for_each(|c| f(u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize)),
            List::Owned(ids) => ids.iter().for_each(|&id| f(id as usize)),
        }
    }

    fn get(&self, i: usize) -> u32 {
        match self {
            List::Mapped(b) => read_u32(b, i * 4),
            List::Owned(ids) => ids[i],
        }
    }

    /// Whether the list holds `id` (lists are sorted).
    fn contains(&self, id: u32) -> bool {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.get(mid).cmp(&id) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }
}

/// The units that share the most index words with a query, best first, by prefix filtering: a
/// unit at least `min_score` % similar misses at most that share of the query's words, so it
/// holds one of the rarest few, and only those lists bring in new units; the longer lists only
/// count the units found. Counts live in a dense array over the `units` ids, so a lookup costs
/// a pass over a few posting lists.
fn candidates(
    mut lists: Vec<List>,
    units: usize,
    min_score: u8,
    limit: usize,
    words_of: impl Fn(u32) -> usize,
) -> Vec<u32> {
    let query_words = lists.len();
    lists.retain(|l| l.len() > 0);
    lists.sort_by_key(List::len);
    let misses = (lists.len() as f64 * (1.0 - f64::from(min_score.min(99)) / 100.0)).floor() as usize;
    let prefix = (misses + 1).min(lists.len());
    let mut counts = vec![0u8; units];
    let mut touched: Vec<u32> = Vec::new();
    for list in &lists[..prefix] {
        list.for_each(|id| {
            if let Some(c) = counts.get_mut(id) {
                if *c == 0 {
                    touched.push(id as u32);
                }
                *c = c.saturating_add(1);
            }
        });
    }
    for list in &lists[prefix..] {
        // A long list (a common word) is searched for the few units found, not read through.
        if touched.len() * (usize::BITS - list.len().leading_zeros()) as usize <= list.len() {
            for &id in &touched {
                if list.contains(id) {
                    counts[id as usize] = counts[id as usize].saturating_add(1);
                }
            }
        } else {
            list.for_each(|id| {
                if let Some(c) = counts.get_mut(id).filter(|c| **c > 0) {
                    *c = c.saturating_add(1);
                }
            });
        }
    }
    // Ranked by the words that one of the two has and the other not (the fewer, the fewer edits
    // at least), then by the words in common: a unit of the query's words and a few more comes
    // before a long unit that holds them all, and an exact copy before its near-copies.
    let need = min_shared(query_words).min(255) as u8;
    let mut ranked: Vec<((usize, u8), u32)> = touched
        .into_iter()
        .filter(|&id| counts[id as usize] >= need)
        .map(|id| {
            let shared = usize::from(counts[id as usize]);
            (((query_words + words_of(id)).saturating_sub(2 * shared), counts[id as usize]), id)
        })
        .collect();
    let by_share =
        |a: &((usize, u8), u32), b: &((usize, u8), u32)| a.0.0.cmp(&b.0.0).then(b.0.1.cmp(&a.0.1)).then(a.1.cmp(&b.1));
    if ranked.len() > limit {
        ranked.select_nth_unstable_by(limit, by_share);
        ranked.truncate(limit);
    }
    ranked.sort_unstable_by(by_share);
    ranked.into_iter().map(|(_, id)| id).collect()
}

/// The units of the project's memories: one per confirmed bead that has both a source and a
/// translation. `memories` yields (document index, language index, memory).
pub fn memory_units<'a>(
    project: &crate::project::Project,
    memories: impl Iterator<Item = (usize, usize, &'a crate::memory::Memory)>,
) -> Vec<MemoryUnit> {
    let mut out = Vec::new();
    for (doc, lang, memory) in memories {
        let lang = project.languages[lang].id.to_string();
        for bead in &memory.beads {
            if bead.source.is_empty() || bead.target.is_empty() {
                continue;
            }
            out.push(MemoryUnit {
                document: project.documents[doc].source.clone(),
                bead: bead.id.clone(),
                lang: lang.clone(),
                source: normalize_string(bead.source.join(" ")),
                target: normalize_string(bead.target.join(" ")),
            });
        }
    }
    out
}

/// What to look up.
#[derive(Debug, Clone)]
pub struct Query<'a> {
    /// The text to translate.
    pub text: &'a str,
    /// Its language (canonical tag).
    pub source_lang: &'a str,
    /// The language wanted (canonical tag).
    pub target_lang: &'a str,
    /// The document and bead it comes from, for in-context matches.
    pub context: Option<(&'a str, &'a str)>,
}

/// How many of a query's index words a unit must share to be scored at all.
fn min_shared(query_words: usize) -> u32 {
    ((query_words as f64) * 0.3).ceil().max(1.0) as u32
}

/// The least score a suggestion has unless asked otherwise.
pub const DEFAULT_MIN_SCORE: u8 = 70;

/// How many candidates are scored exactly per source.
const CANDIDATES: usize = 128;

/// The best matches for a query, from the project's memory and the imported store: at most
/// `max`, each at least `min_score`, best first (in-context matches first among equals).
pub fn suggest(query: &Query, memory: &ProjectMemory, store: Option<&Store>, max: usize, min_score: u8) -> Vec<Match> {
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
    if let Some((doc, bead)) = query.context {
        let place = (doc.to_string(), bead.to_string(), query.target_lang.to_string());
        for &id in memory.places.get(&place).into_iter().flatten() {
            let u = &memory.units[id as usize];
            let tokens = Some(memory.tokens_of(id));
            found_context |= consider(&u.source, tokens, &u.target, "memory", Some(&u.document), Some(&u.bead));
        }
    }
    if max == 1 && found_context {
        return out;
    }
    let limit = (max * 32).clamp(32, CANDIDATES);
    let memory_words = index_words(query.text, query.target_lang);
    let lists = memory_words.iter().filter_map(|w| memory.index.get(w)).map(|ids| List::Owned(ids)).collect();
    for id in candidates(lists, memory.units.len(), min_score, limit, |id| memory.words[id as usize]) {
        let u = &memory.units[id as usize];
        consider(&u.source, Some(memory.tokens_of(id)), &u.target, "memory", Some(&u.document), Some(&u.bead));
    }
    if let Some(store) = store {
        let words = index_words(query.text, query.source_lang);
        for id in store.candidates(&words, query.source_lang, min_score, limit) {
            let Some(unit) = store.unit_view(id) else { continue };
            let source = unit.variants.iter().find(|v| v.lang == query.source_lang);
            let target = unit.variants.iter().find(|v| v.lang == query.target_lang);
            if let (Some(s), Some(t)) = (source, target) {
                let origin = store.origins.get(unit.origin as usize).map_or("", String::as_str);
                let document = unit.props.iter().find(|(k, _)| *k == DOCUMENT_PROP).map(|(_, v)| *v);
                let bead = unit.props.iter().find(|(k, _)| *k == BEAD_PROP).map(|(_, v)| *v);
                consider(s.text, None, t.text, origin, document, bead);
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
    out
}

/// The TMX property that names a unit's document.
pub const DOCUMENT_PROP: &str = "x-lockstep-document";
/// The TMX property that names a unit's bead.
pub const BEAD_PROP: &str = "x-lockstep-bead";

/// One variant of a stored unit: a language, its TMX segment and its plain text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    /// Canonical language tag.
    pub lang: String,
    /// The TMX `<seg>` content, markup kept.
    pub seg: String,
    /// The plain text, for matching.
    pub text: String,
}

/// A stored translation unit, as imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredUnit {
    /// Index of the imported file it came from.
    pub origin: u32,
    /// TMX `tuid`.
    pub tuid: Option<String>,
    /// TMX creation date.
    pub creation_date: Option<String>,
    /// TMX change date.
    pub change_date: Option<String>,
    /// TMX properties, in order.
    pub props: Vec<(String, String)>,
    /// TMX notes.
    pub notes: Vec<String>,
    /// The variants, in file order.
    pub variants: Vec<Variant>,
}

/// A stored unit read in place, its texts borrowed from the mapped store: the fields of
/// [`StoredUnit`], in its order (the records are positional).
#[derive(Debug, Deserialize)]
struct UnitView<'a> {
    origin: u32,
    #[serde(borrow)]
    _tuid: Option<&'a str>,
    #[serde(borrow)]
    _creation_date: Option<&'a str>,
    #[serde(borrow)]
    _change_date: Option<&'a str>,
    #[serde(borrow)]
    props: Vec<(&'a str, &'a str)>,
    #[serde(borrow)]
    _notes: Vec<&'a str>,
    #[serde(borrow)]
    variants: Vec<VariantView<'a>>,
}

/// A [`Variant`] read in place.
#[derive(Debug, Deserialize)]
struct VariantView<'a> {
    lang: &'a str,
    _seg: &'a str,
    text: &'a str,
}

/// The folder of the imported store.
pub fn store_dir(root: &Path) -> PathBuf {
    root.join(MEMORY_DIR).join("imported").join("store")
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Meta {
    format: u32,
    origins: Vec<String>,
    units: u32,
    /// The languages of the variants, in the order of `lengths.bin`'s columns (format 3).
    #[serde(default)]
    languages: Vec<String>,
}

/// The store's format. Format 3 keeps each unit's word count per language in `lengths.bin`
/// (a row per unit, a `u16` per language); format 2, still read, kept one count per unit, all
/// languages together.
const FORMAT: u32 = 3;
const OLDEST_FORMAT: u32 = 2;
const INDEX_MAGIC: &[u8; 8] = b"LKSTIDX1";

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
    count: usize,
    keys: usize,
}

fn read_u32(bytes: &[u8], at: usize) -> u32 {
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
    /// Opens the project's imported store; `Ok(None)` when nothing was imported.
    pub fn open(root: &Path, shown_root: &Path) -> Result<Option<Store>> {
        let dir = store_dir(root);
        let meta_path = dir.join("meta.json");
        let shown = shown_root.join(MEMORY_DIR).join("imported/store/meta.json");
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
        let open = |name: &str| map(&dir.join(name)).map_err(|e| Error::io(&e, &shown));
        let (units, offsets, index) = (open("units.bin")?, open("offsets.bin")?, open("index.bin")?);
        let lengths = open("lengths.bin")?;
        let count = meta.units as usize;
        let languages = if meta.format == FORMAT { meta.languages } else { Vec::new() };
        if index.len() < 16
            || &index[..8] != INDEX_MAGIC
            || offsets.len() != (count + 1) * 8
            || lengths.len() != count * languages.len().max(1) * 2
        {
            return Err(damaged("header"));
        }
        let keys = read_u32(&index, 12) as usize;
        Ok(Some(Store { origins: meta.origins, units, offsets, index, lengths, languages, count, keys }))
    }

    /// The number of units.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether the store is empty.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Unit `i`, or `None` if its record is damaged.
    pub fn unit(&self, i: u32) -> Option<StoredUnit> {
        postcard::from_bytes(self.record(i)?).ok()
    }

    /// Unit `i` read in place, or `None` if its record is damaged.
    fn unit_view(&self, i: u32) -> Option<UnitView<'_>> {
        postcard::from_bytes(self.record(i)?).ok()
    }

    fn record(&self, i: u32) -> Option<&[u8]> {
        let (a, b) =
            (read_u64(&self.offsets, i as usize * 8) as usize, read_u64(&self.offsets, i as usize * 8 + 8) as usize);
        self.units.get(a..b)
    }

    /// Every unit, in import order.
    pub fn units(&self) -> impl Iterator<Item = StoredUnit> + '_ {
        (0..self.count as u32).filter_map(|i| self.unit(i))
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
    fn candidates(&self, words: &[u32], lang: &str, min_score: u8, limit: usize) -> Vec<u32> {
        let lists = words.iter().map(|&w| List::Mapped(self.postings(w))).collect();
        let column = self.languages.iter().position(|l| l == lang);
        if column.is_none() && !self.languages.is_empty() {
            return Vec::new();
        }
        candidates(lists, self.count, min_score, limit, |id| self.words_of(id, column))
    }
}

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
    seen: HashSet<u128>,
    origins: Vec<String>,
    shown: PathBuf,
}

impl Builder {
    /// Starts a new store for the project, keeping what was imported before.
    pub fn new(root: &Path, shown_root: &Path) -> Result<Builder> {
        let dir = store_dir(root);
        let imported = dir.parent().unwrap_or(&dir).to_path_buf();
        let shown = shown_root.join(MEMORY_DIR).join("imported");
        fs::create_dir_all(&imported).map_err(|e| Error::io(&e, &shown))?;
        let ignore = imported.join(".gitignore");
        if !ignore.exists() {
            crate::memory::write_atomic(&ignore, b"*\n", &shown)?;
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
            seen: HashSet::new(),
            origins: Vec::new(),
            shown,
        };
        if let Some(old) = Store::open(root, shown_root)? {
            builder.origins = old.origins.clone();
            for unit in old.units() {
                builder.add(unit)?;
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
    pub fn add(&mut self, unit: StoredUnit) -> Result<bool> {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for v in &unit.variants {
            h.update(v.lang.as_bytes());
            h.update(&[0]);
            h.update(v.seg.as_bytes());
            h.update(&[0]);
        }
        if !self.seen.insert(h.digest128()) {
            return Ok(false);
        }
        let bytes =
            postcard::to_stdvec(&unit).map_err(|_| Error::bare(ErrorKind::Io(std::io::ErrorKind::InvalidData)))?;
        self.units.write_all(&bytes).map_err(|e| Error::io(&e, &self.shown))?;
        self.written += bytes.len() as u64;
        self.offsets.push(self.written);
        let mut words: Vec<u32> = Vec::new();
        for v in &unit.variants {
            let variant = index_words(&v.text, &v.lang);
            let column = match self.languages.iter().position(|l| *l == v.lang) {
                Some(c) => c,
                None => {
                    self.languages.push(v.lang.clone());
                    self.languages.len() - 1
                }
            };
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
        let write_index = || -> std::io::Result<()> {
            let mut w = BufWriter::with_capacity(1 << 20, File::create(self.tmp.join("index.bin"))?);
            w.write_all(INDEX_MAGIC)?;
            w.write_all(&(count as u32).to_le_bytes())?;
            w.write_all(&(keys.len() as u32).to_le_bytes())?;
            for v in keys.iter().map(|k| k.0).chain(starts.iter().copied()).chain(postings.iter().copied()) {
                w.write_all(&v.to_le_bytes())?;
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
        let meta = Meta {
            format: FORMAT,
            origins: self.origins.clone(),
            units: count as u32,
            languages: self.languages.clone(),
        };
        let meta = serde_json::to_vec_pretty(&meta).unwrap_or_default();
        for (name, bytes) in [("offsets.bin", &offsets), ("lengths.bin", &lengths), ("meta.json", &meta)] {
            crate::memory::write_atomic(&self.tmp.join(name), bytes, &self.shown)?;
        }
        // Swap the folders: the old store stays whole until the new one is in place.
        let old = self.dir.with_extension(format!("old-{}", std::process::id()));
        let had_old = self.dir.exists();
        if had_old {
            fs::rename(&self.dir, &old).map_err(|e| io(e, &self.shown))?;
        }
        if let Err(e) = fs::rename(&self.tmp, &self.dir) {
            if had_old {
                let _ = fs::rename(&old, &self.dir);
            }
            return Err(io(e, &self.shown));
        }
        if had_old {
            let _ = fs::remove_dir_all(&old);
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn tokens_keep_words_numbers_and_marks_apart() {
        let words = |text: &str| tokens(text).iter().map(|t| (t.hash, t.number)).collect::<Vec<_>>();
        let expected = |list: &[&str]| {
            list.iter()
                .map(|w| (xxhash_rust::xxh3::xxh3_64(w.as_bytes()), w.starts_with(|c: char| c.is_ascii_digit())))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            words("Don't pay 1,000.5 euros—now, 12.!"),
            expected(&["don't", "pay", "1,000.5", "euros", "—", "now", ",", "12", ".", "!"])
        );
        assert_eq!(words("ВСЕКИ Човек, ΟΔΟΣ όδος"), expected(&["всеки", "човек", ",", "οδοσ", "όδοσ"]));
        assert_eq!(words("e\u{301}te\u{301}"), expected(&["e\u{301}te\u{301}"]));
        assert_eq!(words("'quoted' end."), expected(&["'", "quoted", "'", "end", "."]));
    }

    #[test]
    fn scores_as_cat_tools_show_them() {
        assert_eq!(score("Everyone has the right to life.", "Everyone  has the right\nto life."), 100);
        assert_eq!(score("Everyone has the right to life.", "everyone has the right to life."), 99);
        let s = score(
            "Everyone has the right to life, liberty and security.",
            "Everyone has the right to life and security.",
        );
        assert!((70..95).contains(&s), "{s}");
        assert!(score("The cat sat on the mat.", "Quantum chromodynamics explains gluons.") < 30);
        // Same numbers earn a small bonus over different ones.
        assert!(
            score("Article 12 applies here.", "Article 12 applies there.")
                > score("Article 12 applies here.", "Article 13 applies there.")
        );
    }

    proptest! {
        #[test]
        fn identical_symmetric_and_monotone(
            words in prop::collection::vec("[a-y]{1,6}", 1..20),
            edits in prop::collection::vec((0..30usize, "[a-y]{1,5}"), 0..6),
        ) {
            let a = words.join(" ");
            prop_assert_eq!(score(&a, &a), 100);
            let mut b_words = words.clone();
            let mut edited = HashSet::new();
            let mut last = 100u8;
            for (at, w) in edits {
                // Each edit touches a new word and makes it differ from the original.
                let i = at % b_words.len();
                if !edited.insert(i) { continue; }
                b_words[i] = format!("z{w}");
                let b = b_words.join(" ");
                let s = score(&a, &b);
                prop_assert_eq!(s, score(&b, &a));
                prop_assert!(s <= last, "{} after {}", s, last);
                last = s;
            }
        }
    }

    #[test]
    fn index_words_fold_case_in_every_script() {
        assert_eq!(index_words("Всеки ЧОВЕК, Ѐ ё", "bg"), index_words("всеки човек ѐ Ё", "bg"));
        assert_eq!(index_words("Όλοι ΟΙ", "el"), index_words("όλοι οι", "el"));
        assert_eq!(index_words("Article 12", "en"), index_words("article  12!", "en"));
        assert_ne!(index_words("right", "en"), index_words("right", "bg"));
    }

    /// A stored unit of an English text and its Bulgarian translation.
    fn en_bg(origin: u32, en: &str, bg: &str) -> StoredUnit {
        StoredUnit {
            origin,
            tuid: None,
            creation_date: None,
            change_date: None,
            props: vec![],
            notes: vec![],
            variants: vec![
                Variant { lang: "en".into(), seg: en.into(), text: en.into() },
                Variant { lang: "bg".into(), seg: bg.into(), text: bg.into() },
            ],
        }
    }

    #[test]
    fn unit_view_reads_a_record_in_place() {
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
            props: vec![(DOCUMENT_PROP.into(), "doc.en.md".into()), (BEAD_PROP.into(), "b12".into())],
            notes: vec!["checked".into()],
            variants: vec![
                Variant { lang: "en".into(), seg: "<b>Free</b> and equal.".into(), text: "Free and equal.".into() },
                Variant {
                    lang: "bg".into(), seg: "Свободни и равни.".into(), text: "Свободни и равни.".into()
                },
            ],
        };
        assert!(b.add(unit.clone()).unwrap());
        b.finish().unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!(store.unit(0).unwrap(), unit);
        let view = store.unit_view(0).unwrap();
        assert_eq!(view.origin, 1);
        assert_eq!(view.props, vec![(DOCUMENT_PROP, "doc.en.md"), (BEAD_PROP, "b12")]);
        let texts: Vec<_> = view.variants.iter().map(|v| (v.lang, v.text)).collect();
        assert_eq!(texts, vec![("en", "Free and equal."), ("bg", "Свободни и равни.")]);
    }

    #[test]
    fn word_counts_are_kept_per_language_and_format_2_stores_still_open() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let mut b = Builder::new(root, Path::new("")).unwrap();
        let origin = b.origin("a.tmx");
        let unit = |en: &str, bg: &str| en_bg(origin, en, bg);
        b.add(unit(
            "All human beings are born free.",
            "Всички хора се раждат свободни и равни по достойнство и права.",
        ))
        .unwrap();
        b.add(unit("They are endowed with reason and conscience and should act.", "Те имат разум.")).unwrap();
        b.finish().unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!(store.languages, ["en", "bg"]);
        let counts: Vec<_> = (0..2).map(|i| (store.words_of(i, Some(0)), store.words_of(i, Some(1)))).collect();
        assert_eq!(counts, [(6, 10), (9, 3)]);
        // The same store as format 2 wrote it: one count per unit, all languages together.
        let dir_of = store_dir(root);
        let meta = r#"{"format": 2, "origins": ["a.tmx"], "units": 2}"#;
        fs::write(dir_of.join("meta.json"), meta).unwrap();
        let old: Vec<u8> = [14u16, 11].iter().flat_map(|n| n.to_le_bytes()).collect();
        fs::write(dir_of.join("lengths.bin"), old).unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!((store.words_of(0, None), store.words_of(1, None)), (7, 5));
        let q = Query { text: "All human beings are born free.", source_lang: "en", target_lang: "bg", context: None };
        assert_eq!(suggest(&q, &ProjectMemory::default(), Some(&store), 1, 70)[0].score, 100);
        // A new import writes the current format again.
        Builder::new(root, Path::new("")).unwrap().finish().unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!(store.languages, ["en", "bg"]);
        assert_eq!(store.words_of(1, Some(1)), 3);
    }

    #[test]
    fn store_round_trip_and_lookup() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let mut b = Builder::new(root, Path::new("")).unwrap();
        let origin = b.origin("dgt.tmx");
        let unit = |en: &str, bg: &str| en_bg(origin, en, bg);
        assert!(b.add(unit("Everyone has the right to education.", "Всеки човек има право на образование.")).unwrap());
        assert!(!b.add(unit("Everyone has the right to education.", "Всеки човек има право на образование.")).unwrap());
        assert!(b.add(unit("Everyone has the right to work.", "Всеки човек има право на труд.")).unwrap());
        b.finish().unwrap();
        let store = Store::open(root, Path::new("")).unwrap().unwrap();
        assert_eq!(store.len(), 2);
        let q = Query {
            text: "Everyone has the right to a good education.",
            source_lang: "en",
            target_lang: "bg",
            context: None,
        };
        let m = suggest(&q, &ProjectMemory::default(), Some(&store), 3, 50);
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
            source_lang: "en",
            target_lang: "bg",
            context: Some(("a.md", "x1")),
        };
        let m = suggest(&q, &memory, None, 3, 70);
        assert_eq!(m[0].kind, Kind::Context);
        assert_eq!(m[0].target, "Всеки има право на живот и свобода.");
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn an_imported_context_match_leads_even_behind_a_better_one() {
        // The bead's own old translation, exported and imported again, scores below another
        // bead's: it must not be cut by the score of the matches already kept.
        let dir = tempfile::tempdir().unwrap();
        let mut b = Builder::new(dir.path(), Path::new("")).unwrap();
        let origin = b.origin("export.tmx");
        let variant = |lang: &str, text: &str| Variant { lang: lang.into(), seg: text.into(), text: text.into() };
        b.add(StoredUnit {
            origin,
            tuid: None,
            creation_date: None,
            change_date: None,
            props: vec![(DOCUMENT_PROP.into(), "a.md".into()), (BEAD_PROP.into(), "x1".into())],
            notes: vec![],
            variants: vec![
                variant("en", "Everyone has the right to life and freedom."),
                variant("bg", "Всеки има право на живот и свобода."),
            ],
        })
        .unwrap();
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
            source_lang: "en",
            target_lang: "bg",
            context: Some(("a.md", "x1")),
        };
        let m = suggest(&q, &memory, Some(&store), 1, 70);
        assert_eq!((m[0].kind, m[0].source.as_str()), (Kind::Context, "Everyone has the right to life and freedom."));
    }
}
