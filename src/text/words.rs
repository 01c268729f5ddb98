//! Words of a text, as lockstep compares them across the flow: runs of letters and digits,
//! lowercased in every script (fast paths for ASCII and Cyrillic), and the finer tokens of the
//! translation memory's edit distance (punctuation kept apart, numbers told from words).

use unicode_normalization::UnicodeNormalization;

use crate::text::normalize::surely_nfc;

/// A token of a text for matching: its lowercased form's hash, and whether it is a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// The hash of the lowercased word, or of the character.
    pub hash: u64,
    /// Whether it is a number.
    pub number: bool,
}

/// The tokens of a normalized text: words and numbers, lowercased, and each other character
/// but white space (punctuation, symbols) on its own. A word is a run of letters, digits and
/// combining marks, with an apostrophe between letters (`don't`, `l'homme`) and a point or comma
/// between digits (`1,000.5`) kept inside, much as Unicode's word boundaries have it (but not
/// `e.g` or `example.com`, which are split at the point). Hand-written rather than Unicode's
/// segmentation: a lookup tokenizes a hundred candidates, and this is several times faster
/// (ASCII and Cyrillic letters take a fast path).
pub fn tokens(normalized: &str) -> Vec<Token> {
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

/// Calls `f` with each word of a text, lowercased, in order: a word is a run of letters and
/// digits. The text is taken in NFC; ASCII and basic Cyrillic take a fast path, other scripts
/// Unicode's tables.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let composed;
    let text = if surely_nfc(text) {
        text
    } else {
        composed = text.nfc().collect::<String>();
        &composed
    };
    let mut word = String::with_capacity(32);
    let mut flush = |word: &mut String| {
        if !word.is_empty() {
            f(word);
            word.clear();
        }
    };
    for c in text.chars() {
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn words_are_lowercased_in_every_script() {
        let mut seen = Vec::new();
        for_each_word("Всеки ЧОВЕК, Ђорђе; Όλοι ΆΝΘΡΩΠΟΙ 1,000 don't", |w| {
            seen.push(w.to_string())
        });
        assert_eq!(seen, ["всеки", "човек", "ђорђе", "όλοι", "άνθρωποι", "1", "000", "don", "t"]);
    }
}
