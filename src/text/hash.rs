//! Hash maps for keys that are hashes already or short words (word keys, posting-list ids), as
//! the aligner and the translation memory keep them by the hundred thousand: FxHash's mixing,
//! a rotate, a xor and a multiply per word of input, instead of SipHash. Not for keys an
//! attacker chooses.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The hasher: FxHash's mixing of 64-bit words.
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        // The multiply spreads the bits over the whole word: hash tables use the high ones too.
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A hash map with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    #[test]
    fn close_keys_spread_over_the_high_bits() {
        let build = BuildHasherDefault::<FastHasher>::default();
        // hashbrown takes the bucket from the low bits and a tag from the top 7.
        let low: std::collections::HashSet<u64> = (0u32..1000).map(|n| build.hash_one(n) & 1023).collect();
        let high: std::collections::HashSet<u64> = (0u32..1000).map(|n| build.hash_one(n) >> 57).collect();
        assert!(low.len() > 900 && high.len() > 100, "{} low, {} high", low.len(), high.len());
        let mut words = FastMap::default();
        for w in ["всеки", "човек", "има", "право", "всеки"] {
            *words.entry(w).or_insert(0) += 1;
        }
        assert_eq!(words["всеки"], 2);
        let mut h = FastHasher::default();
        "ab".hash(&mut h);
        assert_ne!(h.finish(), 0);
    }
}
