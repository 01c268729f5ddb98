//! Bead ids: short, deterministic, unique within one document and language.
//!
//! A confirmed bead's id is derived once from its first fingerprints and kept for ever; a
//! missing or orphaned bead gets a provisional id from its paragraph's fingerprint, so that a
//! user can name it in `sync` and `suggest` and it reads the same from run to run.

use std::collections::{HashMap, HashSet};

/// A provisional id from a fingerprint; the n-th paragraph with the same text gets another.
pub(super) fn provisional_id(fp: u64, side: u64, seen: &mut HashMap<u64, u64>, taken: &mut HashSet<String>) -> String {
    let nth = seen.entry(fp ^ side).or_insert(0);
    *nth += 1;
    let seed = xxhash_rust::xxh3::xxh3_64_with_seed(&fp.to_le_bytes(), side * 1000 + *nth);
    new_id(seed, taken)
}

/// A short id from a seed: five hex digits; on a collision with `taken`, five hex digits of
/// the seed hashed again, so that every id has one width.
pub fn new_id(seed: u64, taken: &mut HashSet<String>) -> String {
    id_of_width(seed, 5, taken)
}

/// An id of `width` hex digits (at most 16) from a seed, hashed again while it collides with
/// `taken`.
pub fn id_of_width(seed: u64, width: usize, taken: &mut HashSet<String>) -> String {
    let mut h = seed;
    for k in 0u64.. {
        let id = format!("{h:016x}")[..width.min(16)].to_string();
        if !taken.contains(&id) {
            taken.insert(id.clone());
            return id;
        }
        h = xxhash_rust::xxh3::xxh3_64_with_seed(&seed.to_le_bytes(), k + 1);
    }
    unreachable!("a free id is always found")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_keep_one_width_through_collisions() {
        let mut taken = HashSet::new();
        let ids: Vec<String> = (0..2000).map(|_| new_id(42, &mut taken)).collect();
        assert!(ids.iter().all(|i| i.len() == 5));
        assert_eq!(taken.len(), 2000);
    }
}
