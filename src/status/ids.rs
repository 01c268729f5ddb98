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

/// A short id from a seed: five hex digits, lengthened while it collides with `taken`.
pub fn new_id(seed: u64, taken: &mut HashSet<String>) -> String {
    let hex = format!("{seed:016x}");
    for len in 5..=16 {
        let id = hex[..len].to_string();
        if !taken.contains(&id) {
            taken.insert(id.clone());
            return id;
        }
    }
    let mut n = 0u64;
    loop {
        let id = format!("{hex}{n}");
        if taken.insert(id.clone()) {
            return id;
        }
        n += 1;
    }
}
