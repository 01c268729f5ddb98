//! Words of a text, as lockstep compares them across the flow: runs of letters and digits,
//! lowercased in every script (fast paths for ASCII and Cyrillic), and the finer tokens of the
//! translation memory's edit distance (punctuation kept apart, numbers told from words).

use unicode_normalization::UnicodeNormalization;

use crate::text::normalize::surely_nfc;
use crate::text::sequence::matching;

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

/// The words an edit adds (`+word`) and removes (`-word`), read as a translator would: case,
/// punctuation and white space are no words, and a word changed by a typo's worth of letters (one
/// in a short word, two in a longer one) is the same word. Empty when the edit needs no new
/// translation.
pub fn changed_words(old: &str, new: &str) -> Vec<String> {
    let words = |text: &str| {
        let mut out = Vec::new();
        for_each_word(text, |w| out.push(w.to_owned()));
        out
    };
    let (a, b) = (words(old), words(new));
    let mut out = Vec::new();
    let (mut i0, mut j0) = (0, 0);
    for (i, j) in matching(&a, &b).into_iter().chain(std::iter::once((a.len(), b.len()))) {
        // In each gap, words facing each other by position may be typos of each other.
        let (gap_a, gap_b) = (&a[i0..i], &b[j0..j]);
        for k in 0..gap_a.len().max(gap_b.len()) {
            match (gap_a.get(k), gap_b.get(k)) {
                (Some(x), Some(y)) if is_typo(x, y) => {}
                (x, y) => {
                    out.extend(x.map(|x| format!("-{x}")));
                    out.extend(y.map(|y| format!("+{y}")));
                }
            }
        }
        (i0, j0) = (i + 1, j + 1);
    }
    out
}

/// Whether two words differ by a typo: at most one edit in words of four or five letters, two in
/// longer ones (an insertion, a deletion, a substitution, or two neighbours swapped); never for
/// numbers, words of up to three letters, or a negating prefix.
fn is_typo(a: &str, b: &str) -> bool {
    // A number is a fact, a word of up to three letters is read whole (`not`, `now`), and a
    // negating prefix turns a word into its opposite: none of them is a typo.
    let negated = |x: &str, y: &str| {
        ["un", "in", "im", "ir", "il", "dis", "non", "не", "ne", "μη", "α"].iter().any(|p| x.strip_prefix(p) == Some(y))
    };
    if a.chars().any(|c| c.is_numeric()) || b.chars().any(|c| c.is_numeric()) || negated(a, b) || negated(b, a) {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) <= 3 {
        return false;
    }
    let allowed = if a.len().min(b.len()) <= 5 { 1 } else { 2 };
    if a.len().abs_diff(b.len()) > allowed {
        return false;
    }
    // Optimal string alignment distance, over three rows.
    let width = b.len() + 1;
    let (mut before, mut prev, mut row): (Vec<usize>, Vec<usize>, Vec<usize>) =
        (vec![0; width], (0..width).collect(), vec![0; width]);
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()] <= allowed
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

    #[test]
    fn words_an_edit_changes() {
        let old = "Everyone has the right to life, liberty and the security of person.";
        assert!(changed_words(old, "Everyone has the right to life, liberty, and the security of person!").is_empty());
        assert!(changed_words(old, "EVERYONE has the right to life, liberty and the  security\nof person.").is_empty());
        assert!(changed_words(old, "Everyone has the rigth to life, libertty and the security of person.").is_empty());
        assert_eq!(
            changed_words(old, "Everyone has the right to life, liberty, privacy and the security of person."),
            ["+privacy"]
        );
        assert_eq!(changed_words(old, "Everyone has the right to life and the security of person."), ["-liberty"]);
        assert_eq!(changed_words("the cat sat", "the dog sat"), ["-cat", "+dog"]);
        assert!(changed_words("Всеки има право", "Всеки има правo").is_empty(), "a Latin o typed for a Cyrillic one");
        for (old, new) in [
            ("Article 5 was adopted in 1948.", "Article 6 was adopted in 1949."),
            ("Keep 10 copies.", "Keep 100 copies."),
            ("It costs $1,000.", "It costs $1,500."),
            ("This does not apply.", "This does now apply."),
            ("Detention must be lawful.", "Detention must be unlawful."),
            ("It is possible.", "It is impossible."),
            ("Act responsibly.", "Act irresponsibly."),
        ] {
            assert!(!changed_words(old, new).is_empty(), "{old:?} → {new:?} changes its meaning");
        }
    }
}
