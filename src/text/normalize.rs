//! The normal form lockstep compares texts in: Unicode NFC with every run of white space folded
//! into one space, and the fingerprint, a hash of that form, so that re-wrapping a paragraph or
//! changing its spaces changes nothing.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// Unicode NFC with every run of white space folded into one space, trimmed.
pub fn normalize(text: &str) -> String {
    normalized(text).into_owned()
}

/// [`normalize`], keeping the string when it is normalized already.
pub fn normalize_string(text: String) -> String {
    match normalized(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(n) => n,
    }
}

/// [`normalize`], borrowing the text when it is normalized already, as most paragraphs are.
pub fn normalized(text: &str) -> Cow<'_, str> {
    if is_normalized(text) {
        Cow::Borrowed(text)
    } else if surely_nfc(text) || unicode_normalization::is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Owned(fold_space(text.chars(), text.len()))
    } else {
        Cow::Owned(fold_space(text.nfc(), text.len()))
    }
}

/// A fast test, in one pass over the bytes, that a text is normalized: every character is
/// [`nfc_safe`], and its only white space is single spaces between other characters.
fn is_normalized(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b > b' ' && b < 0x80 {
            // Printable ASCII, most of the text: the one test on the hot path.
            after_space = false;
            i += 1;
        } else if b == b' ' {
            if after_space {
                return false;
            }
            after_space = true;
            i += 1;
        } else if b < 0x80 {
            if matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
                return false;
            }
            after_space = false;
            i += 1;
        } else if (0xd0..=0xd3).contains(&b) {
            // U+0400 to U+04FF, Cyrillic: safe, and never white space.
            after_space = false;
            i += 2;
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            if !nfc_safe(c) || c.is_whitespace() {
                return false;
            }
            after_space = false;
            i += c.len_utf8();
        }
    }
    !after_space || text.is_empty()
}

/// A fast test that holds for most Latin, Cyrillic and Greek text: every character is one
/// that NFC leaves as it is and that no neighbour can compose with.
pub fn surely_nfc(text: &str) -> bool {
    text.chars().all(nfc_safe)
}

/// Characters below the combining marks, Greek and Cyrillic letters, and general punctuation
/// (but the two quads that NFC replaces) are in NFC whatever surrounds them.
fn nfc_safe(c: char) -> bool {
    matches!(c as u32, 0..=0x2ff | 0x386 | 0x388..=0x3ff | 0x400..=0x4ff | 0x2002..=0x206f)
}

/// Folds runs of white space into one space and trims.
fn fold_space(chars: impl Iterator<Item = char>, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut pending_space = false;
    for c in chars {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// The fingerprint of a text: a hash of its normalized form, so re-wrapping changes nothing.
pub fn fingerprint(text: &str) -> u64 {
    hash_normalized(&normalized(text))
}

/// The hash used for fingerprints, of text that is already normalized.
pub fn hash_normalized(normalized: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(normalized.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_space_and_composes() {
        assert_eq!(normalize("  a\u{0301}\t\n b  "), "\u{e1} b");
        for text in ["  plain  ascii\ttext ", "Всеки  човек\nима", "Όλοι οι\u{a0}άνθρωποι", "e\u{301}té", "a \u{37e}"]
        {
            assert_eq!(fingerprint(text), hash_normalized(&normalize(text)), "{text}");
            assert_eq!(normalized(text), fold_space(text.nfc(), text.len()), "{text}");
        }
        assert!(matches!(normalized("already one space"), Cow::Borrowed(_)));
        assert!(matches!(normalized("two  spaces"), Cow::Owned(_)));
    }

    proptest::proptest! {
        /// The fast path never borrows a text that NFC or folding would change.
        #[test]
        fn normalized_agrees_with_nfc_and_folding(text in "[ a-zé\\t\\n\\r\\x0c\\x1f\u{a0}\u{301}\u{37e}\u{2000}\u{85}\u{b}Ωжѐӿ\u{4ff}\u{500}]{0,12}") {
            proptest::prop_assert_eq!(normalized(&text), fold_space(text.nfc(), text.len()));
        }
    }
}
