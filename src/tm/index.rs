//! Finding candidates: the project's own memory indexed by source words per target language,
//! and the search over posting lists (of this index or of the imported store) that brings the
//! units sharing the most words with a query.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::text::hash::FastMap;
use crate::text::normalize_string;
use crate::text::words::{Token, for_each_word, tokens};

/// The index words of a text in one language: unique hashes of its lowercased words (runs of
/// letters and digits), salted with the language so that one index serves every language.
pub(super) fn index_words(text: &str, lang: &str) -> Vec<u32> {
    let salt = xxhash_rust::xxh3::xxh3_64(lang.as_bytes());
    let mut out = Vec::with_capacity(text.len() / 6);
    for_each_word(text, |w| out.push(xxhash_rust::xxh3::xxh3_64_with_seed(w.as_bytes(), salt) as u32));
    out.sort_unstable();
    out.dedup();
    out
}

/// A map keyed by unit ids or index words.
pub(super) type IdentityMap<V> = FastMap<u32, V>;

/// A unit of the project's own memory.
#[derive(Debug, Clone)]
pub struct MemoryUnit {
    /// The source document.
    pub document: String,
    /// The bead id.
    pub bead: String,
    /// The target language's written language ([`Lang::key`](crate::text::Lang::key)).
    pub lang: String,
    /// Source text (paragraphs joined by one space).
    pub source: String,
    /// Target text.
    pub target: String,
}

/// The project's own memory, indexed by source words per target language.
#[derive(Debug, Default)]
pub struct ProjectMemory {
    pub(super) units: Vec<MemoryUnit>,
    /// Each unit's tokens, made when the unit is first scored.
    pub(super) tokens: Vec<OnceLock<Vec<Token>>>,
    pub(super) words: Vec<usize>,
    pub(super) index: HashMap<u32, Vec<u32>>,
    pub(super) places: HashMap<(String, String, String), Vec<u32>>,
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
    pub(super) fn tokens_of(&self, id: u32) -> &[Token] {
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
pub(super) enum List<'a> {
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
            List::Mapped(b) => super::store::read_u32(b, i * 4),
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
pub(super) fn candidates(
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
            // Without a branch: most units of a common word's list were not found.
            list.for_each(|id| {
                if let Some(c) = counts.get_mut(id) {
                    *c = c.saturating_add(u8::from(*c > 0));
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
        let lang = project.languages[lang].key().to_string();
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

/// How many of a query's index words a unit must share to be scored at all.
pub(super) fn min_shared(query_words: usize) -> u32 {
    ((query_words as f64) * 0.3).ceil().max(1.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_words_fold_case_in_every_script() {
        assert_eq!(index_words("Всеки ЧОВЕК, Ѐ ё", "bg"), index_words("всеки човек ѐ Ё", "bg"));
        assert_eq!(index_words("Όλοι ΟΙ", "el"), index_words("όλοι οι", "el"));
        assert_eq!(index_words("Article 12", "en"), index_words("article  12!", "en"));
        assert_ne!(index_words("right", "en"), index_words("right", "bg"));
    }
}
