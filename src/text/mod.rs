//! Text before it is a document: bytes decoded, the normal form and fingerprints, words,
//! transliteration across scripts, and language tags.
//!
//! Everything later in the flow (segments, alignment, status, the translation memory, TMX)
//! compares texts through this module, so that they all agree on what "the same text" and "the
//! same language" mean.

pub mod decode;
pub mod hash;
pub mod lang;
pub mod normalize;
pub mod sequence;
pub mod translit;
pub mod urls;
pub mod words;

pub use decode::decode;
pub use lang::Lang;
pub use normalize::{fingerprint, hash_normalized, normalize, normalize_string, normalized};
