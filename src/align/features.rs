//! What the aligner knows of a paragraph: its length, numbers (Roman ones too), lexical keys
//! and their rarity weights, sentences, leading list or article marker, and whether it reads as
//! a heading, as running text or as a fragment.

use crate::text::hash::FastMap;
use crate::text::translit::{self, is_mark};

/// A leading list or article marker, as up to two ordinal readings (`i.` is the ninth letter or
/// the Roman one); 0 means none.
pub(super) type Marker = [u16; 2];

#[derive(Debug, Clone, Default)]
pub(super) struct Features {
    /// Length in characters, white space not counted.
    pub(super) len: f64,
    /// Numbers in the text (see [`numbers`]), sorted.
    pub(super) numbers: Vec<u64>,
    /// Lexical keys, sorted and unique.
    pub(super) keys: Vec<u64>,
    /// Their rarity weights, in the same order.
    pub(super) weights: Vec<f32>,
    /// The sum of the weights.
    pub(super) weight: f32,
    /// For each key, whether the next paragraph on the same side has it too (bit 0), and the
    /// one after (bit 1).
    pub(super) next: Vec<u8>,
    /// Number of sentences (at least 1).
    pub(super) sentences: u32,
    /// The leading marker.
    pub(super) marker: Marker,
    /// Whether the paragraph reads as a heading.
    pub(super) kind: Kind,
}

pub(super) fn features<'a>(text: &'a str, cache: &mut FastMap<&'a str, u64>) -> Features {
    let scan = scan(text, cache);
    Features {
        len: scan.len as f64,
        numbers: numbers(text),
        keys: scan.keys,
        sentences: scan.sentences,
        marker: marker(text),
        kind: kind(text),
        ..Features::default()
    }
}

/// What one pass over a text finds.
struct Scan {
    /// Characters, white space not counted.
    len: usize,
    /// Lexical keys, sorted and unique.
    keys: Vec<u64>,
    /// Sentences: one more than the sentence ends (`.` `!` `?` `…` `;` and the Greek question
    /// mark) that follow at least two words and are followed (after closing quotes) by white
    /// space and a capital.
    sentences: u32,
}

/// Reads a text once for its length, its lexical keys and its sentences. The lexical keys are
/// the first letters of the cross-script match key of every word long enough to be a name or a
/// cognate; URLs, e-mail addresses, file names and code identifiers whole; and the punctuation
/// marks and symbols that translations keep (`;` is a question mark in Greek text).
fn scan<'a>(text: &'a str, cache: &mut FastMap<&'a str, u64>) -> Scan {
    let mut out = Scan { len: 0, keys: Vec::new(), sentences: 1 };
    let (mut greek, mut other, mut semicolon, mut code) = (0u32, 0u32, false, false);
    let (mut word_start, mut words_since) = (None, 0u32);
    // After a sentence end: waiting for white space, then for the first letter.
    let (mut end, mut after_end) = (false, false);
    let mut prev = ' ';
    for (pos, c) in text.char_indices() {
        let space = c.is_whitespace();
        if after_end && !space && !matches!(c, '"' | '“' | '‘' | '«' | '„' | '‚' | '(' | '*' | '—' | '–' | '¿' | '¡')
        {
            if c.is_uppercase() {
                out.sentences += 1;
                words_since = 0;
            }
            after_end = false;
        }
        if end && !matches!(c, '"' | '”' | '»' | '’' | '\'' | ')') {
            after_end = space;
            end = false;
        }
        if !space {
            out.len += 1;
        }
        if c.is_alphanumeric() || is_mark(c) {
            if word_start.is_none() {
                word_start = Some(pos);
                words_since += 1;
            }
            if c.is_alphabetic() {
                if matches!(c, '\u{370}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}') {
                    greek += 1;
                } else {
                    other += 1;
                }
            }
            code |= prev.is_ascii_lowercase() && c.is_ascii_uppercase();
            prev = c;
            continue;
        }
        if let Some(start) = word_start.take() {
            push_word(&text[start..pos], cache, &mut out.keys);
        }
        prev = c;
        match c {
            '.' | '!' | '?' | '…' | '\u{37e}' | ';' if words_since >= 2 => end = true,
            _ => {}
        }
        let mark = match c {
            '?' | '¿' | '\u{37e}' => "?",
            ';' => {
                semicolon = true;
                continue;
            }
            '!' | '¡' => "!",
            '%' | '‰' => "%",
            '§' | '©' | '®' | '™' | '€' | '$' | '£' | '¥' | '@' | '&' | '=' | '+' | '<' | '>' | '#' | '(' => {
                code |= c == '@';
                out.keys.push(key_hash("p", c.encode_utf8(&mut [0; 4])));
                continue;
            }
            // Inside a token: `a/b`, `a_b`, `a::b`, `a://`, `a.b`; code spans.
            '/' | '_' | '`' => {
                code = true;
                continue;
            }
            ':' | '.' => {
                code |= text[pos + 1..].starts_with(|n: char| n.is_ascii_alphanumeric() || n == '/' || n == ':');
                continue;
            }
            _ => continue,
        };
        out.keys.push(key_hash("p", mark));
    }
    if let Some(start) = word_start {
        push_word(&text[start..], cache, &mut out.keys);
    }
    if semicolon && greek > other {
        out.keys.push(key_hash("p", "?"));
    }
    if code {
        for (k, span) in text.split('`').enumerate() {
            if k % 2 == 1 && !span.trim().is_empty() {
                out.keys.push(key_hash("c", span.trim()));
            }
        }
        for token in text.split_whitespace() {
            for part in token.split("](") {
                let trimmed = part.trim_matches(|c: char| !(c.is_alphanumeric() || matches!(c, '/' | '_' | '@' | '#')));
                if is_code(trimmed) {
                    out.keys.push(key_hash("c", &trimmed.to_lowercase()));
                }
            }
        }
    }
    out.keys.sort_unstable();
    out.keys.dedup();
    out
}

fn push_word<'a>(word: &'a str, cache: &mut FastMap<&'a str, u64>, keys: &mut Vec<u64>) {
    let key = *cache.entry(word).or_insert_with(|| word_key(word));
    if key != 0 {
        keys.push(key);
    }
}

/// The hash of a key of some kind (`w`ord, `c`ode, `p`unctuation).
fn key_hash(kind: &str, text: &str) -> u64 {
    let seed = kind.bytes().fold(0u64, |h, b| (h << 8) | u64::from(b));
    xxhash_rust::xxh3::xxh3_64_with_seed(text.as_bytes(), seed)
}

/// How many leading letters of a word's match key make its lexical key.
const KEY_PREFIX: usize = 4;

/// The lexical key of a word long enough to be a name or a cognate (0 for none): the first
/// letters of its cross-script match key.
fn word_key(word: &str) -> u64 {
    if word.chars().filter(|c| c.is_alphabetic()).count() < KEY_PREFIX {
        return 0;
    }
    let key = translit::match_key(word);
    let prefix: String = key.chars().filter(|c| c.is_alphanumeric()).take(KEY_PREFIX).collect();
    if prefix.chars().count() == KEY_PREFIX { key_hash("w", &prefix) } else { 0 }
}

/// Whether a token is a URL, an e-mail address, a file name or a code identifier, which
/// translations keep as they are.
fn is_code(token: &str) -> bool {
    if token.chars().count() < 4 || !token.is_ascii() {
        return false;
    }
    let lower_upper = token.as_bytes().windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    let file = token.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && (1..=4).contains(&ext.len())
            && ext.bytes().all(|b| b.is_ascii_lowercase())
            && stem.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'/'))
    });
    token.contains("://")
        || token.starts_with("www.")
        || token.contains('_')
        || token.contains("::")
        || token.matches('/').count() >= 2
        || (token.contains('@') && token.contains('.'))
        || lower_upper
        || file
}

/// The numbers of a text, as values: digits separated by a group separator (`,` `.` `'` or a
/// space, followed by exactly three digits) are one number, so `14,000`, `14.000` and `14 000`
/// are all 14000; any other separator ends a number, so `1,5` and `1.5` are both 1 and 5, and a
/// date `20.12.1996` is 20, 12 and 1996. Sorted.
pub fn numbers(text: &str) -> Vec<u64> {
    let mut out = roman_numbers(text);
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        out.sort_unstable();
        return out;
    }
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut i = 0;
    while i < chars.len() {
        if !digit(i) {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        while digit(i) {
            digits.push(chars[i]);
            i += 1;
        }
        while i < chars.len()
            && matches!(chars[i], ',' | '.' | '\'' | '’' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
            && (1..=3).all(|d| digit(i + d))
            && !digit(i + 4)
        {
            digits.extend(&chars[i + 1..i + 4]);
            i += 4;
        }
        let trimmed = digits.trim_start_matches('0');
        out.push(if trimmed.len() > 19 { crate::text::hash_normalized(trimmed) } else { trimmed.parse().unwrap_or(0) });
    }
    out.sort_unstable();
    out
}

/// Roman numerals written in capitals with I, V and X, two letters or more (`II`, `XIV`;
/// chapters and centuries), as numbers; other capitals (`CC`, `MIX`) are left alone.
fn roman_numbers(text: &str) -> Vec<u64> {
    if !text.bytes().any(|b| matches!(b, b'I' | b'V' | b'X')) {
        return Vec::new();
    }
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 2 && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')))
        .filter_map(|w| {
            let value = roman(w);
            (value > 0 && to_roman(value) == w).then_some(u64::from(value))
        })
        .collect()
}

/// A number below 40 in Roman numerals.
fn to_roman(mut n: u16) -> String {
    let mut out = String::new();
    for (value, letters) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

/// The ordinal of a letter in the alphabet it enumerates lists with (Latin, Cyrillic as in
/// Russian and Bulgarian lists, Greek), or 0.
fn letter_ordinal(c: char) -> u16 {
    const CYRILLIC: &str = "абвгдежзиклмнопрстуфхцчшщэюя";
    const GREEK: &str = "αβγδεζηθικλμνξοπρστυφχψω";
    let c = c.to_lowercase().next().unwrap_or(c);
    if c.is_ascii_lowercase() {
        return u16::from(c as u8 - b'a' + 1);
    }
    let position = |alphabet: &str| alphabet.chars().position(|x| x == c).map(|p| p as u16 + 1);
    position(CYRILLIC).or_else(|| position(GREEK)).unwrap_or(0)
}

fn roman(token: &str) -> u16 {
    let value = |c: char| match c.to_ascii_lowercase() {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        'c' => 100,
        _ => 0,
    };
    let digits: Vec<u16> = token.chars().map(value).collect();
    if digits.contains(&0) || digits.len() > 6 {
        return 0;
    }
    let mut total = 0i32;
    for (k, &d) in digits.iter().enumerate() {
        if digits.get(k + 1).is_some_and(|&n| n > d) {
            total -= i32::from(d);
        } else {
            total += i32::from(d);
        }
    }
    total.clamp(0, 1000) as u16
}

/// The leading list or article marker of a text: `a.`, `b)`, `(iv)`, `12.`, `(3)`, `α)`, `б.`.
fn marker(text: &str) -> Marker {
    let t = text.trim_start();
    let (paren, body) = match t.strip_prefix('(') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let token: String = body.chars().take_while(|c| c.is_alphanumeric()).take(7).collect();
    let rest = &body[token.len()..];
    let mut after = rest.chars();
    let closing = after.next();
    let ok = match closing {
        Some(')') => true,
        Some('.') => !paren,
        _ => false,
    };
    if !ok || token.is_empty() || !after.next().is_none_or(char::is_whitespace) {
        return [0, 0];
    }
    if token.chars().all(|c| c.is_ascii_digit()) {
        return if token.len() <= 3 { [token.parse::<u16>().unwrap_or(0) * 2, 0] } else { [0, 0] };
    }
    // The case of a marker is kept in translation (`a.` and `A.` are different lists).
    let upper = u16::from(token.chars().all(char::is_uppercase));
    let with_case = |v: u16| if v == 0 { 0 } else { v * 2 + upper };
    let mut chars = token.chars();
    let first = chars.next().unwrap_or(' ');
    if chars.next().is_none() {
        let roman_value = if matches!(first, 'i' | 'v' | 'x' | 'I' | 'V' | 'X') { roman(&token) } else { 0 };
        return [with_case(letter_ordinal(first)), with_case(roman_value)];
    }
    [with_case(roman(&token)), 0]
}

pub(super) fn markers_agree(a: Marker, b: Marker) -> bool {
    a.iter().any(|&x| x != 0 && b.contains(&x))
}

/// How a paragraph reads: as a heading, as running text, or either (a few words closed by a
/// full stop).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(super) enum Kind {
    Heading,
    #[default]
    Text,
    Either,
    /// A short piece that starts in lower case: a list item, or a clause.
    Fragment,
}

/// How a text reads: a heading is in capitals, or short, starting with a capital or a digit,
/// with no closing punctuation (a full stop after a number is an ordinal: `Član 1.`); running
/// text is long, or closed by punctuation after a capital. A short piece that starts in lower
/// case (list items in many languages) or a few words closed by a full stop may be either.
fn kind(text: &str) -> Kind {
    let t = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '”' | '»' | '*' | '_'));
    if t.split_whitespace().nth(20).is_some() {
        return Kind::Text;
    }
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return Kind::Either;
    }
    let words = t.split_whitespace().count();
    if letters >= 3 && !t.chars().any(char::is_lowercase) {
        return Kind::Heading;
    }
    if words > 10 {
        return Kind::Text;
    }
    // The first letter after a list marker.
    let body = if marker(t)[0] != 0 { t.split_once(char::is_whitespace).map_or("", |(_, b)| b) } else { t };
    if !body.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric()) {
        return Kind::Fragment;
    }
    let ordinal = words <= 4 && t.strip_suffix('.').is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()));
    match t.chars().last() {
        Some('.') if ordinal => Kind::Heading,
        Some('.') if words <= 6 && !t.contains([',', ';', ':']) => Kind::Either,
        Some('.' | ',' | ';' | ':' | '!' | '?' | '…' | '·' | '\u{37e}' | '\u{387}') => Kind::Text,
        _ => Kind::Heading,
    }
}

/// Gives every key a weight by its rarity over both texts (inverse document frequency).
pub(super) fn weigh(src: &mut [Features], tgt: &mut [Features]) {
    let keys: usize = src.iter().chain(tgt.iter()).map(|f| f.keys.len()).sum();
    let mut df: FastMap<u64, u32> = FastMap::with_capacity_and_hasher(keys / 4, Default::default());
    for f in src.iter().chain(tgt.iter()) {
        for &k in &f.keys {
            *df.entry(k).or_insert(0) += 1;
        }
    }
    let n = (src.len() + tgt.len()) as f32;
    for f in src.iter_mut().chain(tgt.iter_mut()) {
        f.weights = f.keys.iter().map(|k| (n / df[k] as f32).ln().max(0.0)).collect();
        f.weight = f.weights.iter().sum();
    }
    for side in [src, tgt] {
        for a in 0..side.len() {
            let mut next = vec![0u8; side[a].keys.len()];
            for (bit, b) in [(1, a + 1), (2, a + 2)] {
                if let Some(other) = side.get(b) {
                    for (x, key) in side[a].keys.iter().enumerate() {
                        if other.keys.binary_search(key).is_ok() {
                            next[x] |= bit;
                        }
                    }
                }
            }
            side[a].next = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_normalized_across_locales() {
        assert_eq!(numbers("14,000 and 1.5"), vec![1, 5, 14000]);
        assert_eq!(numbers("14,000 and 1.5"), numbers("14.000 и 1,5"));
        assert_eq!(numbers("14 000"), numbers("14000"));
        assert_eq!(numbers("14\u{a0}000 / 14\u{202f}000 / 14'000"), vec![14000; 3]);
        assert_eq!(numbers("1 500 000 people"), vec![1_500_000]);
        assert_eq!(numbers("20.12.1996."), vec![12, 20, 1996]);
        assert_eq!(numbers("Article 007"), vec![7]);
        assert_ne!(numbers("12"), numbers("13"));
    }

    #[test]
    fn roman_numerals_are_numbers() {
        assert_eq!(numbers("Chapter XII"), numbers("Глава 12"));
        assert_eq!(numbers("Henry VIII and Part II"), vec![2, 8]);
        // Capitals that are not numerals, or not written the usual way.
        assert!(numbers("CC BY, MIX, I am, IIII, VX").is_empty());
    }

    #[test]
    fn list_and_article_markers() {
        assert!(markers_agree(marker("a. Adapted Material"), marker("a. Υλικό")));
        assert!(markers_agree(marker("в) трето"), marker("c) third")));
        assert!(markers_agree(marker("γ) τρίτο"), marker("c) third")));
        assert!(markers_agree(marker("(iv) fourth"), marker("iv) четвърто")));
        assert!(markers_agree(marker("i. first"), marker("(i) πρώτο")));
        assert!(markers_agree(marker("12. Twelve"), marker("12) Дванадесет")));
        assert!(!markers_agree(marker("a. lower"), marker("A. upper")));
        assert!(!markers_agree(marker("b. second"), marker("c. third")));
        assert_eq!(marker("Article 1"), [0, 0]);
        assert_eq!(marker("e.g. this"), [0, 0]);
        assert_eq!(marker("2023. godine"), [0, 0]);
    }

    #[test]
    fn headings_text_and_fragments() {
        assert_eq!(kind("Article 12"), Kind::Heading);
        assert_eq!(kind("Član 12."), Kind::Heading);
        assert_eq!(kind("ОБЩОТО СЪБРАНИЕ"), Kind::Heading);
        assert_eq!(kind("Getting started"), Kind::Heading);
        assert_eq!(kind("Now, therefore,"), Kind::Text);
        assert_eq!(kind("All human beings are born free and equal in dignity and rights."), Kind::Text);
        assert_eq!(kind("Everyone has the right to life."), Kind::Either);
        assert_eq!(kind("установите пакет;"), Kind::Fragment);
        assert_eq!(kind("a. the licensed material"), Kind::Fragment);
    }

    #[test]
    fn sentences_and_keys() {
        let mut cache = FastMap::default();
        let count = |t: &'static str, cache: &mut FastMap<&'static str, u64>| scan(t, cache).sentences;
        assert_eq!(count("One sentence only.", &mut cache), 1);
        assert_eq!(count("First one here. Second one there! And “a third?” Yes, indeed.", &mut cache), 4);
        assert_eq!(count("Mr. Smith and e.g. this stay one. a. lower case", &mut cache), 1);
        assert_eq!(count("Πώς είσαι; Καλά είμαι.", &mut cache), 2);
        assert_eq!(count("— Да, — сказал он. — Я приду.", &mut cache), 2);
        // Names across scripts share keys; so do URLs, code and the question mark.
        let keys = |t: &'static str, cache: &mut FastMap<&'static str, u64>| scan(t, cache).keys;
        let common = |a: &[u64], b: &[u64]| a.iter().filter(|k| b.contains(k)).count();
        let en = keys("Is NATO in Minsk? See https://example.org/nato and `lockstep align`.", &mut cache);
        let ru = keys("НАТО в Минске? См. https://example.org/nato и `lockstep align`.", &mut cache);
        let el = keys("Το ΝΑΤΟ στο Μινσκ; Δείτε https://example.org/nato.", &mut cache);
        assert!(common(&en, &ru) >= 5, "{en:?} {ru:?}");
        assert!(common(&en, &el) >= 4, "{en:?} {el:?}");
    }
}
