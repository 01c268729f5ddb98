//! Paragraph alignment of a source text with its translation.
//!
//! A Gale–Church dynamic programme over paragraphs, with beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2,
//! 3-1 and 1-3. A bead's cost adds, in nats:
//!
//! - a prior per bead shape; omissions and additions (1-0, 0-1) cost a constant, whatever the
//!   paragraph, and are never filtered away afterwards;
//! - Gale and Church's length cost, with a heavy tail, the ratio of lengths `c` and its
//!   variance `s²` estimated per document from the confident 1-1 beads of a first pass;
//! - number anchors, normalized across locales (`14,000`, `14.000`, `14 000`; Roman chapter
//!   numbers);
//! - lexical anchors weighted by rarity (IDF): cognates and names across scripts (Cyrillic and
//!   Greek are transliterated, see [`crate::translit::match_key`]), URLs, file names and code,
//!   marked punctuation (`?` and the Greek `;`, `!`, `%`), and the key pairs that co-occur in
//!   this document's confident beads (a dictionary learnt on the fly); scored as the
//!   log-likelihood ratio of how much of the bead's key weight finds a partner on the other
//!   side, between a true bead and a chance pairing of this document;
//! - the structure inside paragraphs: leading list and article markers (`a.`, `(iv)`, `в)`),
//!   sentence counts, and whether a paragraph reads as a heading, as running text or as a
//!   fragment.
//!
//! Nothing depends on knowing the languages: scripts are read from the text itself.
//!
//! The search runs in a band: first around a guide through anchor paragraphs (pairs sharing a
//! key that each text has once) with the cheap part of the model, then around that first path
//! with all of it. Wherever a path comes near the edge of its band, the band is widened there
//! and the search run again, so time and memory grow with the document rather than with its
//! square. Each bead's score weighs it against its local alternatives (merged with a
//! neighbour, broken up, an omission moved past its neighbour). This module knows paragraphs
//! only as texts; it knows nothing of files, memories or states.

use std::collections::HashMap;
use std::ops::Range;

use crate::translit;

/// One bead of an alignment: consecutive source and target paragraphs (0-based, half-open).
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    /// Source paragraph indices.
    pub source: Range<usize>,
    /// Target paragraph indices.
    pub target: Range<usize>,
    /// Confidence in [0, 1].
    pub score: f64,
}

// ---------------------------------------------------------------------------------------------
// The constants of the cost model, in nats. They were set on the UDHR and CC BY 4.0 gold sets
// of `tests/fixtures/align/` and on their pairings between translations (bg, sr, el, hr, with
// and without perturbation), and checked on UDHR translations into other Cyrillic-, Greek- and
// Latin-script languages; the results change little around these values.

/// −ln of the prior probability of a 1-1 bead.
const PRIOR_ONE: f64 = 0.12;
/// The cost of an omission or an addition (1-0, 0-1), whatever the paragraph.
const NULL: f64 = 4.0;
/// −ln of the prior probability of a 2-1 or 1-2 bead.
const PRIOR_TWO: f64 = 3.0;
/// ... of a 2-2 bead.
const PRIOR_TWO_TWO: f64 = 6.5;
/// ... of a 3-1 or 1-3 bead.
const PRIOR_THREE: f64 = 5.5;
/// Each number found on both sides of a bead.
const NUMBER_MATCH: f64 = 1.5;
/// Each number found on one side only.
const NUMBER_MISS: f64 = 1.0;
/// How much of the lexical log-likelihood ratio counts (keys are not independent evidence).
const LEXICAL: f64 = 0.2;
/// The most lexical evidence can count, either way, in one bead.
const LEXICAL_CAP: f64 = 30.0;
/// Leading markers that agree (`b.` and `b.`, `(iv)` and `iv)`).
const MARKER_MATCH: f64 = 1.5;
/// Leading markers that differ.
const MARKER_MISS: f64 = 2.0;
/// A leading marker on one side only.
const MARKER_ONE: f64 = 0.5;
/// Sentence counts that differ: this times d² / (s₁ + s₂).
const SENTENCES: f64 = 1.5;
/// A heading paired with running text.
const HEADING_TEXT: f64 = 4.0;
/// A heading paired with a short piece in lower case.
const HEADING_FRAGMENT: f64 = 1.5;
/// A heading paired with a heading.
const HEADING_MATCH: f64 = 0.5;
/// Each heading inside a bead of several paragraphs.
const HEADING_MERGED: f64 = 2.0;
/// The weight of the heavy tail of the length distribution.
const LENGTH_TAIL: f64 = 0.02;
/// Gale and Church's variance per character, which a document's own estimate is shrunk
/// towards, with the weight of this many beads.
const S2_DEFAULT: f64 = 6.8;
const S2_PRIOR_BEADS: f64 = 20.0;
/// The Dice coefficient two keys need in the confident beads to be read as a translation pair.
const DICTIONARY_DICE: f64 = 0.5;
/// Half-widths of the search bands of the first and the second pass, before any widening.
const BAND_FIRST: usize = 12;
const BAND_SECOND: usize = 6;

// ---------------------------------------------------------------------------------------------
// What the aligner knows of a paragraph.

/// A leading list or article marker, as up to two ordinal readings (`i.` is the ninth letter or
/// the Roman one); 0 means none.
type Marker = [u16; 2];

#[derive(Debug, Clone, Default)]
struct Features {
    /// Length in characters, white space not counted.
    len: f64,
    /// Numbers in the text (see [`numbers`]), sorted.
    numbers: Vec<u64>,
    /// Lexical keys, sorted and unique.
    keys: Vec<u64>,
    /// Their rarity weights, in the same order.
    weights: Vec<f32>,
    /// The sum of the weights.
    weight: f32,
    /// For each key, whether the next paragraph on the same side has it too (bit 0), and the
    /// one after (bit 1).
    next: Vec<u8>,
    /// Number of sentences (at least 1).
    sentences: u32,
    /// The leading marker.
    marker: Marker,
    /// Whether the paragraph reads as a heading.
    kind: Kind,
}

fn features<'a>(text: &'a str, cache: &mut KeyMap<&'a str, u64>) -> Features {
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
fn scan<'a>(text: &'a str, cache: &mut KeyMap<&'a str, u64>) -> Scan {
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

fn push_word<'a>(word: &'a str, cache: &mut KeyMap<&'a str, u64>, keys: &mut Vec<u64>) {
    let key = *cache.entry(word).or_insert_with(|| word_key(word));
    if key != 0 {
        keys.push(key);
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// The hash of a key of some kind (`w`ord, `c`ode, `p`unctuation).
fn key_hash(kind: &str, text: &str) -> u64 {
    let seed = kind.bytes().fold(0u64, |h, b| (h << 8) | u64::from(b));
    xxhash_rust::xxh3::xxh3_64_with_seed(text.as_bytes(), seed)
}

/// A hasher for keys that are hashes already, and for short words (FxHash's mixing).
#[derive(Default, Clone, Copy)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
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

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A hash map keyed by hashes or words.
type KeyMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<KeyHasher>>;

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
        out.push(if trimmed.len() > 19 {
            crate::segment::hash_normalized(trimmed)
        } else {
            trimmed.parse().unwrap_or(0)
        });
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

fn markers_agree(a: Marker, b: Marker) -> bool {
    a.iter().any(|&x| x != 0 && b.contains(&x))
}

/// How a paragraph reads: as a heading, as running text, or either (a few words closed by a
/// full stop).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum Kind {
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
fn weigh(src: &mut [Features], tgt: &mut [Features]) {
    let keys: usize = src.iter().chain(tgt.iter()).map(|f| f.keys.len()).sum();
    let mut df: KeyMap<u64, u32> = KeyMap::with_capacity_and_hasher(keys / 4, Default::default());
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

// ---------------------------------------------------------------------------------------------
// The cost model.

/// Bead shapes the search considers: (source paragraphs, target paragraphs).
const SHAPES: [(usize, usize); 8] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3)];

/// Running sums over one side, so that a bead's totals cost two look-ups.
struct Sums {
    len: Vec<f64>,
    sentences: Vec<u32>,
    numbers: Vec<u32>,
    headings: Vec<u32>,
    weight: Vec<f64>,
}

impl Sums {
    fn new(side: &[Features]) -> Sums {
        let mut s = Sums { len: vec![0.0], sentences: vec![0], numbers: vec![0], headings: vec![0], weight: vec![0.0] };
        for (x, f) in side.iter().enumerate() {
            s.len.push(s.len[x] + f.len);
            s.sentences.push(s.sentences[x] + f.sentences);
            s.numbers.push(s.numbers[x] + f.numbers.len() as u32);
            s.headings.push(s.headings[x] + u32::from(f.kind == Kind::Heading));
            s.weight.push(s.weight[x] + f64::from(f.weight));
        }
        s
    }
}

/// The length cost of a deviation `x` of a normal variable, `-ln((1 - ε) erfc(|x| / √2))`, in
/// steps of 1/64 up to 12; and `-ln ε`, the least cost of the heavy tail.
struct Tail {
    table: Vec<f64>,
    floor: f64,
}

impl Tail {
    const STEP: f64 = 64.0;

    fn new(eps: f64) -> Tail {
        let table = (0..=12 * 64)
            .map(|k| -((1.0 - eps) * erfc(k as f64 / Self::STEP / std::f64::consts::SQRT_2)).max(1e-300).ln())
            .collect();
        Tail { table, floor: -eps.ln() }
    }

    /// The cost of a deviation (interpolated).
    fn cost(&self, x: f64) -> f64 {
        let pos = x.abs() * Self::STEP;
        let k = pos as usize;
        if k + 1 >= self.table.len() {
            return f64::INFINITY;
        }
        let f = pos - k as f64;
        self.table[k] * (1.0 - f) + self.table[k + 1] * f
    }
}

/// Overlaps of the keys of source paragraph `a` and target paragraph `b`, and of what they share
/// with the paragraphs next to them, for inclusion and exclusion over beads of several
/// paragraphs.
#[derive(Debug, Clone, Copy, Default)]
struct Overlap {
    /// The weight of the keys `a` and `b` share.
    ab: f32,
    /// ... that source paragraph `a + 1` has too.
    s1: f32,
    /// ... that source paragraph `a + 2` has too.
    s2: f32,
    /// ... that source paragraphs `a + 1` and `a + 2` have too.
    s12: f32,
    /// ... that target paragraph `b + 1` has too.
    t1: f32,
    /// ... that target paragraph `b + 2` has too.
    t2: f32,
    /// ... that target paragraphs `b + 1` and `b + 2` have too.
    t12: f32,
}

fn overlap(src: &[Features], tgt: &[Features], a: usize, b: usize) -> Overlap {
    let (x, y) = (&src[a], &tgt[b]);
    let mut o = Overlap::default();
    let (mut i, mut j) = (0, 0);
    while i < x.keys.len() && j < y.keys.len() {
        match x.keys[i].cmp(&y.keys[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let w = x.weights[i];
                o.ab += w;
                let (s1, s2) = (x.next[i] & 1 != 0, x.next[i] & 2 != 0);
                let (t1, t2) = (y.next[j] & 1 != 0, y.next[j] & 2 != 0);
                o.s1 += if s1 { w } else { 0.0 };
                o.s2 += if s2 { w } else { 0.0 };
                o.s12 += if s1 && s2 { w } else { 0.0 };
                o.t1 += if t1 { w } else { 0.0 };
                o.t2 += if t2 { w } else { 0.0 };
                o.t12 += if t1 && t2 { w } else { 0.0 };
                i += 1;
                j += 1;
            }
        }
    }
    o
}

/// The key overlaps of the cells near a band.
struct Shared {
    /// Row `a` holds the overlaps of source paragraph `a` with target paragraphs `b` in
    /// `start[a]..start[a] + len`.
    start: Vec<usize>,
    offset: Vec<usize>,
    cells: Vec<Overlap>,
}

impl Shared {
    fn get(&self, a: usize, b: usize) -> Overlap {
        let len = self.offset[a + 1] - self.offset[a];
        match b.checked_sub(self.start[a]) {
            Some(k) if k < len => self.cells[self.offset[a] + k],
            _ => Overlap::default(),
        }
    }
}

/// The cost model of one alignment problem.
struct Model<'a> {
    src: &'a [Features],
    tgt: &'a [Features],
    src_sums: Sums,
    tgt_sums: Sums,
    tail: Tail,
    /// Expected target characters per source character.
    c: f64,
    /// Variance per source character.
    s2: f64,
    /// Evidence for a pairing per unit of key weight that finds a partner on the other side
    /// (`ln(μ / μᵣ)`, where μ is the share of key weight that does in a true bead of this
    /// document and μᵣ the share between paragraphs that do not correspond), and per unit that
    /// does not (`ln((1 − μ) / (1 − μᵣ))`, negative), by how many paragraphs the key can find
    /// its partner in (index 1 or 2): facing two paragraphs, a key finds one by chance about
    /// twice as often.
    lex: [(f64, f64); 3],
    /// The mean weight of a key.
    unit: f64,
    /// Whether lexical evidence counts (not in the first, cheap pass).
    lexical: bool,
}

impl<'a> Model<'a> {
    fn new(src: &'a [Features], tgt: &'a [Features]) -> Model<'a> {
        let total_src: f64 = src.iter().map(|f| f.len).sum::<f64>().max(1.0);
        let total_tgt: f64 = tgt.iter().map(|f| f.len).sum::<f64>().max(1.0);
        let keys: usize = src.iter().chain(tgt).map(|f| f.keys.len()).sum();
        let weight: f32 = src.iter().chain(tgt).map(|f| f.weight).sum();
        let mut model = Model {
            src,
            tgt,
            src_sums: Sums::new(src),
            tgt_sums: Sums::new(tgt),
            tail: Tail::new(LENGTH_TAIL),
            c: total_tgt / total_src,
            s2: S2_DEFAULT,
            lex: [(0.0, 0.0); 3],
            unit: if keys == 0 { 1.0 } else { f64::from(weight) / keys as f64 },
            lexical: false,
        };
        model.set_mu(0.3, 0.05);
        model
    }

    /// Sets the lexical evidence from the shares of key weight that find a partner in true
    /// beads and in chance pairings.
    fn set_mu(&mut self, mu: f64, mu_random: f64) {
        for facing in 1..self.lex.len() {
            let chance = 1.0 - (1.0 - mu_random).powi(facing as i32);
            self.lex[facing] = if mu > chance {
                ((mu / chance).ln() / self.unit, ((1.0 - mu) / (1.0 - chance)).ln() / self.unit)
            } else {
                (0.0, 0.0)
            };
        }
    }

    fn prior(&self, k: usize, l: usize) -> f64 {
        match (k, l) {
            (1, 1) => PRIOR_ONE,
            (1, 0) | (0, 1) => NULL,
            (2, 1) | (1, 2) => PRIOR_TWO,
            (2, 2) => PRIOR_TWO_TWO,
            _ => PRIOR_THREE,
        }
    }

    /// A lower bound of [`Model::cost`] that costs little to compute.
    fn bound(&self, i: usize, j: usize, k: usize, l: usize) -> f64 {
        if k == 0 || l == 0 {
            return NULL;
        }
        if self.lexical {
            return f64::NEG_INFINITY;
        }
        let numbers = (self.src_sums.numbers[i] - self.src_sums.numbers[i - k])
            .min(self.tgt_sums.numbers[j] - self.tgt_sums.numbers[j - l]);
        self.prior(k, l) - MARKER_MATCH - HEADING_MATCH - NUMBER_MATCH * f64::from(numbers)
    }

    /// Cost of a bead covering `src[i-k..i]` and `tgt[j-l..j]`; lower is better.
    fn cost(&self, shared: &Shared, i: usize, j: usize, k: usize, l: usize) -> f64 {
        if k == 0 || l == 0 {
            return NULL;
        }
        let l1 = self.src_sums.len[i] - self.src_sums.len[i - k];
        let l2 = self.tgt_sums.len[j] - self.tgt_sums.len[j - l];
        let mut cost = self.prior(k, l) + self.length_cost(l1, l2) + self.structure_cost(i, j, k, l);
        if self.src_sums.numbers[i] != self.src_sums.numbers[i - k]
            || self.tgt_sums.numbers[j] != self.tgt_sums.numbers[j - l]
        {
            cost += self.number_cost(&self.src[i - k..i], &self.tgt[j - l..j]);
        }
        if self.lexical {
            cost += self.lexical_cost(shared, i, j, k, l);
        }
        cost
    }

    /// Gale and Church's length cost, with a heavy tail: now and then a translation is much
    /// longer or shorter than its source. The two are mixed as the smaller of their costs.
    fn length_cost(&self, l1: f64, l2: f64) -> f64 {
        let mean = (l1 + l2 / self.c) / 2.0;
        let delta = (l2 - l1 * self.c) / (mean.max(1.0) * self.s2).sqrt();
        let normal = self.tail.cost(delta);
        if normal <= self.tail.floor {
            return normal;
        }
        let ratio = fast_ln((l2 + 1.0) / (l1 * self.c + 1.0)).abs();
        normal.min(self.tail.floor + 2.0 * ratio)
    }

    /// Numbers found on both sides lower the cost; numbers on one side only raise it.
    fn number_cost(&self, s: &[Features], t: &[Features]) -> f64 {
        let total: usize = s.iter().chain(t).map(|f| f.numbers.len()).sum();
        let common = if s.len() == 1 && t.len() == 1 {
            common_count(&s[0].numbers, &t[0].numbers)
        } else {
            // Pairwise, which counts a number twice only when one side repeats it.
            let pairs: usize =
                s.iter().map(|a| t.iter().map(|b| common_count(&a.numbers, &b.numbers)).sum::<usize>()).sum();
            let (ns, nt): (usize, usize) =
                (s.iter().map(|f| f.numbers.len()).sum(), t.iter().map(|f| f.numbers.len()).sum());
            pairs.min(ns).min(nt)
        };
        let missing = total - 2 * common;
        -NUMBER_MATCH * common as f64 + NUMBER_MISS * missing as f64
    }

    /// Leading markers, sentence counts, headings.
    fn structure_cost(&self, i: usize, j: usize, k: usize, l: usize) -> f64 {
        let (first_s, first_t) = (&self.src[i - k], &self.tgt[j - l]);
        let mut cost = 0.0;
        let (a, b) = (first_s.marker, first_t.marker);
        match (a[0] != 0, b[0] != 0) {
            (true, true) => cost += if markers_agree(a, b) { -MARKER_MATCH } else { MARKER_MISS },
            (true, false) | (false, true) => cost += MARKER_ONE,
            _ => {}
        }
        let s1 = self.src_sums.sentences[i] - self.src_sums.sentences[i - k];
        let s2 = self.tgt_sums.sentences[j] - self.tgt_sums.sentences[j - l];
        let d = f64::from(s1.abs_diff(s2));
        cost += SENTENCES * d * d / f64::from(s1 + s2);
        if k == 1 && l == 1 {
            match (first_s.kind, first_t.kind) {
                (Kind::Heading, Kind::Text) | (Kind::Text, Kind::Heading) => cost += HEADING_TEXT,
                (Kind::Heading, Kind::Fragment) | (Kind::Fragment, Kind::Heading) => cost += HEADING_FRAGMENT,
                (Kind::Heading, Kind::Heading) => cost -= HEADING_MATCH,
                _ => {}
            }
        } else {
            let headings = self.src_sums.headings[i] - self.src_sums.headings[i - k] + self.tgt_sums.headings[j]
                - self.tgt_sums.headings[j - l];
            cost += HEADING_MERGED * f64::from(headings);
        }
        cost
    }

    /// The matched and total key weight of a bead: a key of one side is matched when some
    /// paragraph of the other side has it.
    fn matched(&self, shared: &Shared, i: usize, j: usize, k: usize, l: usize) -> (f64, f64) {
        let (s0, t0) = (i - k, j - l);
        let total =
            (self.src_sums.weight[i] - self.src_sums.weight[s0]) + (self.tgt_sums.weight[j] - self.tgt_sums.weight[t0]);
        let o = |a: usize, b: usize| shared.get(s0 + a, t0 + b);
        let m = match (k, l) {
            (1, 1) => 2.0 * o(0, 0).ab,
            // Each key of the single paragraph once, each key of the others where found.
            (2, 1) => 2.0 * (o(0, 0).ab + o(1, 0).ab) - o(0, 0).s1,
            (1, 2) => 2.0 * (o(0, 0).ab + o(0, 1).ab) - o(0, 0).t1,
            (3, 1) => {
                let (x, y, z) = (o(0, 0), o(1, 0), o(2, 0));
                2.0 * (x.ab + y.ab + z.ab) - x.s1 - x.s2 - y.s1 + x.s12
            }
            (1, 3) => {
                let (x, y, z) = (o(0, 0), o(0, 1), o(0, 2));
                2.0 * (x.ab + y.ab + z.ab) - x.t1 - x.t2 - y.t1 + x.t12
            }
            _ => {
                let (x, y, z, v) = (o(0, 0), o(0, 1), o(1, 0), o(1, 1));
                2.0 * (x.ab + y.ab + z.ab + v.ab) - x.t1 - z.t1 - x.s1 - y.s1
            }
        };
        (f64::from(m.max(0.0)), total)
    }

    /// The log-likelihood ratio of the matched key weight, between a true bead and a chance
    /// pairing, counting keys in units of the mean key weight; as a cost, tempered and bounded.
    fn lexical_cost(&self, shared: &Shared, i: usize, j: usize, k: usize, l: usize) -> f64 {
        let (m, w) = self.matched(shared, i, j, k, l);
        // A 2-2 bead stands against the two 1-1 beads of its diagonal, where each key faces one
        // paragraph; in the 2-2 it faces two, and the chance matches across its pairs (common
        // words, numbers) would count as evidence for merging. The keys matched along the
        // diagonal are as telling as in the 1-1 beads, those matched across are not, and
        // `matched` does not tell them apart: the evidence is taken halfway between. (A 2-1
        // bead stands against a 1-1 and an omission, whose constant cost weighs it already.)
        let (lex_match, lex_miss) = if k >= 2 && l >= 2 {
            let (a, b) = (self.lex[1], self.lex[2]);
            ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)
        } else {
            self.lex[1]
        };
        let llr = m * lex_match + (w - m).max(0.0) * lex_miss;
        (-LEXICAL * llr).clamp(-LEXICAL_CAP, LEXICAL_CAP)
    }
}

/// Size of the multiset intersection of two sorted lists.
pub fn common_count(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The natural logarithm of a positive number, to about six digits, without a call into libm.
fn fast_ln(x: f64) -> f64 {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1023;
    let mantissa = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    // ln m = 2 atanh((m - 1) / (m + 1)), with (m - 1) / (m + 1) at most 1/3 for m in [1, 2).
    let t = (mantissa - 1.0) / (mantissa + 1.0);
    let t2 = t * t;
    let series = 2.0 * t * (1.0 + t2 * (1.0 / 3.0 + t2 * (1.0 / 5.0 + t2 * (1.0 / 7.0 + t2 / 9.0))));
    exponent as f64 * std::f64::consts::LN_2 + series
}

/// Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7).
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.26551223
            + t * (1.00002368
                + t * (0.37409196
                    + t * (0.09678418
                        + t * (-0.18628806
                            + t * (0.27886807
                                + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
            .exp();
    if x >= 0.0 { r } else { 2.0 - r }
}

// ---------------------------------------------------------------------------------------------
// The search.

/// A path as beads `(i, j, k, l)`: source `i-k..i` with target `j-l..j`.
type Path = Vec<(usize, usize, usize, usize)>;

/// The target paragraphs row `i` of a search may end at: `lo[i]..=hi[i]`.
struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
}

impl Band {
    /// Around a guide (the span of target positions it covers on each row), each row widened
    /// by its own half-width.
    fn new(guide: &[(usize, usize)], w: &[usize], m: usize) -> Band {
        Band {
            lo: guide.iter().zip(w).map(|(&(a, _), &w)| a.saturating_sub(w).min(m)).collect(),
            hi: guide.iter().zip(w).map(|(&(_, b), &w)| (b + w).min(m)).collect(),
        }
    }

    /// The rows where a path comes within two cells of the band's inner edges.
    fn touched(&self, path: &Path, m: usize) -> Vec<usize> {
        path.iter()
            .filter(|&&(i, j, _, _)| (self.lo[i] > 0 && j <= self.lo[i] + 2) || (self.hi[i] < m && j + 2 >= self.hi[i]))
            .map(|&(i, _, _, _)| i)
            .collect()
    }
}

/// The span of target positions a path covers on each row.
fn path_guide(path: &Path, n: usize, m: usize) -> Vec<(usize, usize)> {
    let mut guide = vec![(usize::MAX, 0); n + 1];
    guide[0] = (0, 0);
    for &(i, j, k, l) in path {
        // Rows inside a bead lie between its start and its end.
        for (r, span) in guide.iter_mut().enumerate().take(i + 1).skip(i - k) {
            let from = if r == i { j } else { j - l };
            span.0 = span.0.min(from);
            span.1 = span.1.max(j);
        }
    }
    guide.iter().map(|&(a, b)| if a == usize::MAX { (0, m) } else { (a, b) }).collect()
}

/// A guide through anchor points (and the two corners), straight between them.
fn anchor_guide(anchors: &[(usize, usize)], n: usize, m: usize) -> Vec<(usize, usize)> {
    let mut points = vec![(0, 0)];
    points.extend(anchors.iter().filter(|&&(i, j)| i > 0 && j > 0 && i < n && j < m).map(|&(i, j)| (i, j)));
    points.push((n, m));
    let at = |x: f64| -> f64 {
        let x = x.clamp(0.0, n as f64);
        let seg = points.partition_point(|&(i, _)| (i as f64) < x).clamp(1, points.len() - 1);
        let ((i0, j0), (i1, j1)) = (points[seg - 1], points[seg]);
        if i1 == i0 {
            j1 as f64
        } else {
            j0 as f64 + (x - i0 as f64) * (j1 as f64 - j0 as f64) / (i1 as f64 - i0 as f64)
        }
    };
    (0..=n)
        .map(|i| {
            let (a, b) = (at(i as f64 - 1.0), at(i as f64 + 1.0));
            (a.floor() as usize, (b.ceil() as usize).min(m))
        })
        .collect()
}

/// Paragraph pairs that share a key (word, code or number) found exactly once in each text:
/// the longest chain of them that keeps their order.
fn anchors(src: &[Features], tgt: &[Features]) -> Vec<(usize, usize)> {
    let number_key = |v: u64| v.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x6e75_6d62;
    let keys: usize = src.iter().chain(tgt).map(|f| f.keys.len() + f.numbers.len()).sum();
    let mut seen: KeyMap<u64, [u32; 4]> = KeyMap::with_capacity_and_hasher(keys / 4, Default::default());
    for (side, paragraphs) in [src, tgt].into_iter().enumerate() {
        for (x, f) in paragraphs.iter().enumerate() {
            for key in f.keys.iter().copied().chain(f.numbers.iter().map(|&v| number_key(v))) {
                let e = seen.entry(key).or_insert([0; 4]);
                e[side] += 1;
                e[side + 2] = x as u32;
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> =
        seen.values().filter(|e| e[0] == 1 && e[1] == 1).map(|e| (e[2] as usize, e[3] as usize)).collect();
    pairs.sort_unstable();
    pairs.dedup();
    longest_chain(&pairs)
}

/// The longest chain of pairs increasing in both coordinates (pairs sorted).
fn longest_chain(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // Patience sorting on the second coordinate; among pairs with the same first coordinate,
    // the larger second ones go first so that at most one of them is taken.
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    order.sort_by(|&a, &b| pairs[a].0.cmp(&pairs[b].0).then(pairs[b].1.cmp(&pairs[a].1)));
    let mut tails: Vec<usize> = Vec::new();
    let mut prev = vec![usize::MAX; pairs.len()];
    for &x in &order {
        let pos = tails.partition_point(|&t| pairs[t].1 < pairs[x].1);
        if pos > 0 {
            prev[x] = tails[pos - 1];
        }
        if pos == tails.len() {
            tails.push(x);
        } else {
            tails[pos] = x;
        }
    }
    let mut chain = Vec::with_capacity(tails.len());
    let mut x = tails.last().copied().unwrap_or(usize::MAX);
    while x != usize::MAX {
        chain.push(pairs[x]);
        x = prev[x];
    }
    chain.reverse();
    chain
}

fn shared_for(model: &Model, band: &Band) -> Shared {
    let (n, m) = (model.src.len(), model.tgt.len());
    // The target paragraphs a bead ending in the band can hold with source paragraph `a`.
    let spans: Vec<(usize, usize)> = (0..n)
        .map(|a| {
            let rows = a + 1..=(a + 3).min(n);
            let from = rows.clone().map(|r| band.lo[r]).min().unwrap_or(0).saturating_sub(3);
            let to = rows.map(|r| band.hi[r]).max().unwrap_or(m).min(m);
            (from, to.max(from))
        })
        .collect();
    let total = if model.lexical { spans.iter().map(|(from, to)| to - from).sum() } else { 0 };
    let mut shared =
        Shared { start: Vec::with_capacity(n), offset: Vec::with_capacity(n + 1), cells: Vec::with_capacity(total) };
    shared.offset.push(0);
    for (a, &(from, to)) in spans.iter().enumerate() {
        shared.start.push(from);
        if model.lexical {
            shared.cells.extend((from..to).map(|b| overlap(model.src, model.tgt, a, b)));
        }
        shared.offset.push(shared.cells.len());
    }
    shared
}

/// The best path through a band, or `None` when the band does not connect the corners.
fn search(model: &Model, band: &Band, shared: &Shared) -> Option<Path> {
    let (n, m) = (model.src.len(), model.tgt.len());
    let mut offset = Vec::with_capacity(n + 2);
    offset.push(0);
    for i in 0..=n {
        offset.push(offset[i] + (band.hi[i] + 1).saturating_sub(band.lo[i]));
    }
    let mut cost = vec![f64::INFINITY; offset[n + 1]];
    let mut back = vec![u8::MAX; offset[n + 1]];
    let at = |i: usize, j: usize| -> Option<usize> {
        (j >= band.lo[i] && j <= band.hi[i]).then(|| offset[i] + j - band.lo[i])
    };
    for (i, (&lo, &hi)) in band.lo.iter().zip(&band.hi).enumerate() {
        for j in lo..=hi {
            let here = offset[i] + j - lo;
            if i == 0 && j == 0 {
                cost[here] = 0.0;
                continue;
            }
            let mut best = f64::INFINITY;
            let mut best_move = u8::MAX;
            for (s, &(k, l)) in SHAPES.iter().enumerate() {
                if k > i || l > j {
                    continue;
                }
                let Some(prev) = at(i - k, j - l) else { continue };
                let prev = cost[prev];
                if !prev.is_finite() || prev + model.bound(i, j, k, l) >= best {
                    continue;
                }
                let c = prev + model.cost(shared, i, j, k, l);
                if c < best {
                    best = c;
                    best_move = s as u8;
                }
            }
            cost[here] = best;
            back[here] = best_move;
        }
    }
    let mut path = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let &(k, l) = SHAPES.get(back[at(i, j)?] as usize)?;
        path.push((i, j, k, l));
        i -= k;
        j -= l;
    }
    path.reverse();
    Some(path)
}

/// The best path in a band around a guide, of half-width `w0` to begin with; wherever the path
/// comes near the band's edge, the band is widened there and the search run again.
fn search_widening(model: &Model, guide: &[(usize, usize)], w0: usize) -> (Path, Shared) {
    let (n, m) = (model.src.len(), model.tgt.len());
    let most = n.max(m);
    let mut w = vec![w0.min(most); n + 1];
    loop {
        let band = Band::new(guide, &w, m);
        let shared = shared_for(model, &band);
        let found = search(model, &band, &shared);
        let full = w.iter().all(|&x| x >= most);
        match found {
            Some(path) => {
                let touched = band.touched(&path, m);
                if touched.is_empty() || full {
                    return (path, shared);
                }
                // Four times as wide, around each touched row and well beyond it.
                let mut wider = w.clone();
                for r in touched {
                    let reach = 4 * w[r];
                    for x in wider.iter_mut().take((r + 2 * reach).min(n) + 1).skip(r.saturating_sub(2 * reach)) {
                        *x = (*x).max(reach).min(most);
                    }
                }
                w = wider;
            }
            None if full => unreachable!("a band covering everything always has a path"),
            None => w.iter_mut().for_each(|x| *x = (*x * 2).min(most)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Estimates from a first path.

/// The 1-1 beads of a path whose neighbours are 1-1 too, with both paragraphs long enough to
/// measure.
fn confident(model: &Model, path: &Path) -> Vec<(usize, usize)> {
    (0..path.len())
        .filter(|&x| {
            let one = |y: Option<&(usize, usize, usize, usize)>| y.is_none_or(|&(_, _, k, l)| k == 1 && l == 1);
            let (i, j, k, l) = path[x];
            k == 1
                && l == 1
                && one(x.checked_sub(1).and_then(|p| path.get(p)))
                && one(path.get(x + 1))
                && model.src[i - 1].len >= 10.0
                && model.tgt[j - 1].len >= 10.0
        })
        .map(|x| (path[x].0 - 1, path[x].1 - 1))
        .collect()
}

/// Re-estimates the length ratio `c` and the variance `s²` from confident beads.
fn estimate_lengths(model: &mut Model, pairs: &[(usize, usize)]) {
    if pairs.len() < 8 {
        return;
    }
    let l1: f64 = pairs.iter().map(|&(a, _)| model.src[a].len).sum();
    let l2: f64 = pairs.iter().map(|&(_, b)| model.tgt[b].len).sum();
    let c = l2 / l1;
    let mut z2: Vec<f64> = pairs
        .iter()
        .map(|&(a, b)| {
            let (x, y) = (model.src[a].len, model.tgt[b].len);
            (y - c * x).powi(2) / ((x + y / c) / 2.0)
        })
        .collect();
    z2.sort_by(f64::total_cmp);
    // The median of a χ² variable with one degree of freedom is 0.455 of its mean.
    let s2 = z2[z2.len() / 2] / 0.455;
    // Shrunk towards Gale and Church's value, which holds for short documents.
    let s2 = (s2 * pairs.len() as f64 + S2_DEFAULT * S2_PRIOR_BEADS) / (pairs.len() as f64 + S2_PRIOR_BEADS);
    model.c = c;
    // Below 3, a median over the core of the distribution is too sure of itself at the tails.
    model.s2 = s2.clamp(3.0, 40.0);
}

/// The share of key weight that finds a partner in confident beads, and between paragraphs
/// three places off them.
fn estimate_mu(model: &mut Model, shared: &Shared, pairs: &[(usize, usize)]) {
    let (mut m, mut w, mut mr, mut wr) = (0.0, 0.0, 0.0, 0.0);
    for &(a, b) in pairs {
        let (mm, ww) = model.matched(shared, a + 1, b + 1, 1, 1);
        m += mm;
        w += ww;
        for off in [b.checked_sub(3), Some(b + 3)].into_iter().flatten().filter(|&o| o < model.tgt.len()) {
            let (mm, ww) = model.matched(shared, a + 1, off + 1, 1, 1);
            mr += mm;
            wr += ww;
        }
    }
    if w < 50.0 || wr < 50.0 {
        model.set_mu(0.3, 0.05);
    } else {
        let mu = (m / w).clamp(0.01, 0.95);
        model.set_mu(mu, (mr / wr).clamp(0.005, mu));
    }
}

/// Most confident beads the dictionary is learnt from.
const DICTIONARY_BEADS: usize = 3000;

/// Key pairs that co-occur in the confident beads of a first path more than by chance: each
/// target key that has a source key as its clear partner is read as that key. Keys the
/// source has as they are stay themselves: cognates and names match as they are.
fn learn_dictionary(src: &[Features], tgt: &[Features], pairs: &[(usize, usize)]) -> KeyMap<u64, u64> {
    // A pair of paragraphs that recurs word for word is one piece of evidence, not many.
    let digest =
        |f: &Features| f.keys.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &k| (h ^ k).wrapping_mul(0x1000_0000_01b3));
    let mut seen: KeyMap<(u64, u64), ()> = KeyMap::default();
    let distinct: Vec<(usize, usize)> =
        pairs.iter().copied().filter(|&(a, b)| seen.insert((digest(&src[a]), digest(&tgt[b])), ()).is_none()).collect();
    let step = distinct.len().div_ceil(DICTIONARY_BEADS).max(1);
    let pairs: Vec<(usize, usize)> = distinct.into_iter().step_by(step).collect();
    let in_source: KeyMap<u64, ()> = src.iter().flat_map(|f| f.keys.iter().map(|&k| (k, ()))).collect();
    let mut df_s: KeyMap<u64, u32> = KeyMap::default();
    let mut df_t: KeyMap<u64, u32> = KeyMap::default();
    for &(a, b) in &pairs {
        for &k in &src[a].keys {
            *df_s.entry(k).or_insert(0) += 1;
        }
        for &k in tgt[b].keys.iter().filter(|k| !in_source.contains_key(k)) {
            *df_t.entry(k).or_insert(0) += 1;
        }
    }
    let mut co: KeyMap<(u64, u64), u32> = KeyMap::default();
    for &(a, b) in &pairs {
        let ts: Vec<u64> = tgt[b].keys.iter().copied().filter(|k| df_t.get(k).is_some_and(|&d| d >= 2)).collect();
        for &s in src[a].keys.iter().filter(|k| df_s[k] >= 2) {
            for &t in &ts {
                *co.entry((t, s)).or_insert(0) += 1;
            }
        }
    }
    let mut best: KeyMap<u64, (f64, u64)> = KeyMap::default();
    for (&(t, s), &n) in &co {
        if n < 2 {
            continue;
        }
        let dice = 2.0 * f64::from(n) / f64::from(df_s[&s] + df_t[&t]);
        // Ties go to the smaller key, so that the result does not depend on hashing order.
        if dice >= DICTIONARY_DICE && best.get(&t).is_none_or(|&(d, b)| dice > d || (dice == d && s < b)) {
            best.insert(t, (dice, s));
        }
    }
    best.into_iter().map(|(t, (_, s))| (t, s)).collect()
}

/// Target keys read through a dictionary: each key with a partner is replaced by it.
fn translate_keys(tgt: &mut [Features], dict: &KeyMap<u64, u64>) {
    for f in tgt {
        for k in &mut f.keys {
            if let Some(&s) = dict.get(k) {
                *k = s;
            }
        }
        f.keys.sort_unstable();
        f.keys.dedup();
    }
}

// ---------------------------------------------------------------------------------------------
// Aligning.

/// Aligns source paragraphs with target paragraphs. Every paragraph of both sides is in
/// exactly one bead, in order.
pub fn align(source: &[&str], target: &[&str]) -> Vec<Bead> {
    // Words recur: each is read once.
    let words = (source.iter().chain(target).map(|t| t.len()).sum::<usize>() / 64).min(1 << 20);
    let mut cache = KeyMap::with_capacity_and_hasher(words, Default::default());
    let mut src: Vec<Features> = source.iter().map(|t| features(t, &mut cache)).collect();
    let mut tgt: Vec<Features> = target.iter().map(|t| features(t, &mut cache)).collect();
    drop(cache);
    weigh(&mut src, &mut tgt);
    let (n, m) = (src.len(), tgt.len());
    if n == 0 || m == 0 {
        return (0..n)
            .map(|i| Bead { source: i..i + 1, target: 0..0, score: 0.0 })
            .chain((0..m).map(|j| Bead { source: 0..0, target: j..j + 1, score: 0.0 }))
            .collect();
    }

    // First pass: lengths, numbers and structure, in a band around the anchors; it gives the
    // length ratio, its variance and the confident beads.
    let guide = anchor_guide(&anchors(&src, &tgt), n, m);
    let (first, c, s2, pairs) = {
        let mut model = Model::new(&src, &tgt);
        let (path, _) = search_widening(&model, &guide, BAND_FIRST);
        let pairs = confident(&model, &path);
        estimate_lengths(&mut model, &pairs);
        (path, model.c, model.s2, pairs)
    };
    // Key pairs learnt from the confident beads count as cognates.
    let dictionary = learn_dictionary(&src, &tgt, &pairs);
    translate_keys(&mut tgt, &dictionary);
    weigh(&mut src, &mut tgt);

    // Second pass: everything, in a band around the first path.
    let mut model = Model::new(&src, &tgt);
    (model.c, model.s2, model.lexical) = (c, s2, true);
    let guide = path_guide(&first, n, m);
    let near = shared_for(&model, &Band::new(&guide, &vec![4; n + 1], m));
    estimate_mu(&mut model, &near, &pairs);
    drop(near);
    let (path, shared) = search_widening(&model, &guide, BAND_SECOND);
    scores(&model, &shared, &path)
}

/// The beads of a path, each scored by how clearly it beats the local alternatives (merging
/// it with a neighbour, breaking it into omissions and additions, or pairing an omission
/// with its neighbour), read as odds.
fn scores(model: &Model, shared: &Shared, path: &Path) -> Vec<Bead> {
    let cost = |i: usize, j: usize, k: usize, l: usize| -> Option<f64> {
        // The shared weights cover the band the path was found in; a merged bead stays near it.
        SHAPES.contains(&(k, l)).then(|| model.cost(shared, i, j, k, l))
    };
    let beads: Vec<(usize, usize, usize, usize, f64)> =
        path.iter().map(|&(i, j, k, l)| (i, j, k, l, model.cost(shared, i, j, k, l))).collect();
    let mut out = Vec::with_capacity(beads.len());
    for (x, &(i, j, k, l, own)) in beads.iter().enumerate() {
        let mut odds = 0.0;
        let mut alt = |alt_cost: Option<f64>, chosen: f64| {
            if let Some(a) = alt_cost {
                odds += (chosen - a).clamp(-30.0, 30.0).exp();
            }
        };
        // Merged with the previous or the next bead.
        if let Some(&(_, _, pk, pl, pc)) = x.checked_sub(1).and_then(|p| beads.get(p)) {
            alt(cost(i, j, k + pk, l + pl), own + pc);
        }
        if let Some(&(ni, nj, nk, nl, nc)) = beads.get(x + 1) {
            alt(cost(ni, nj, k + nk, l + nl), own + nc);
        }
        // Broken up: a 1-1 into an omission and an addition, a larger bead into a 1-1 and
        // omissions or additions.
        if k >= 1 && l >= 1 {
            let nulls = (k + l - 2) as f64 * NULL;
            if k == 1 && l == 1 {
                alt(Some(2.0 * NULL), own);
            } else {
                alt(cost(i - k + 1, j - l + 1, 1, 1).map(|c| c + nulls), own);
                alt(cost(i, j, 1, 1).map(|c| c + nulls), own);
            }
        }
        // An omission or addition moved past a 1-1 neighbour: which of two paragraphs is the
        // one left out.
        match (k, l) {
            (1, 0) => {
                if let Some(&(_, _, 1, 1, nc)) = beads.get(x + 1) {
                    alt(cost(i, j + 1, 1, 1).map(|c| c + NULL), own + nc);
                }
                if let Some(&(_, _, 1, 1, pc)) = x.checked_sub(1).and_then(|p| beads.get(p)) {
                    alt(cost(i, j, 1, 1).map(|c| c + NULL), own + pc);
                }
            }
            (0, 1) => {
                if let Some(&(_, _, 1, 1, nc)) = beads.get(x + 1) {
                    alt(cost(i + 1, j, 1, 1).map(|c| c + NULL), own + nc);
                }
                if let Some(&(_, _, 1, 1, pc)) = x.checked_sub(1).and_then(|p| beads.get(p)) {
                    alt(cost(i, j, 1, 1).map(|c| c + NULL), own + pc);
                }
            }
            _ => {}
        }
        let score = 1.0 / (1.0 + odds);
        out.push(Bead { source: i - k..i, target: j - l..j, score: score.clamp(0.0, 1.0) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(beads: &[Bead]) -> Vec<(usize, usize)> {
        beads.iter().map(|b| (b.source.len(), b.target.len())).collect()
    }

    /// A short English text about a meeting, and its paragraphs in Bulgarian; each case below
    /// changes it in one way.
    const EN: [&str; 8] = [
        "Meeting in Brussels",
        "The delegation of Bulgaria met the NATO secretary in Brussels on Monday, 14 March.",
        "The minister said the meeting had been constructive, and that 12 agreements were signed.",
        "Energy",
        "Parliament will discuss the energy programme of the European Commission in April.",
        "The programme costs 1,500,000 euros. It runs until 2030.",
        "Questions",
        "Who pays for it? The ministry has not said.",
    ];
    const BG: [&str; 8] = [
        "Среща в Брюксел",
        "Делегацията на България се срещна с генералния секретар на НАТО в Брюксел в понеделник, 14 март.",
        "Министърът заяви, че срещата е била конструктивна и че са подписани 12 споразумения.",
        "Енергетика",
        "Парламентът ще обсъди енергийната програма на Европейската комисия през април.",
        "Програмата струва 1 500 000 евро. Тя продължава до 2030 г.",
        "Въпроси",
        "Кой ще плати? Министерството не е казало.",
    ];

    fn case(src: &[&str], tgt: &[&str]) -> Vec<(usize, usize)> {
        let beads = align(src, tgt);
        let (mut i, mut j) = (0, 0);
        for b in &beads {
            assert_eq!((b.source.start, b.target.start), (i, j), "in order, nothing left out");
            assert!((0.0..=1.0).contains(&b.score));
            (i, j) = (b.source.end, b.target.end);
        }
        assert_eq!((i, j), (src.len(), tgt.len()));
        shapes(&beads)
    }

    #[test]
    fn one_to_one() {
        assert_eq!(case(&EN, &BG), vec![(1, 1); 8]);
        let s = [
            "Article 1",
            "All human beings are born free and equal.",
            "Article 2",
            "Everyone is entitled to all the rights.",
        ];
        let t =
            ["Член 1", "Всички хора се раждат свободни и равни.", "Член 2", "Всеки човек има право на всички права."];
        assert_eq!(case(&s, &t), vec![(1, 1); 4]);
    }

    #[test]
    fn omission() {
        let mut bg = BG.to_vec();
        bg.remove(2);
        assert_eq!(case(&EN, &bg), vec![(1, 1), (1, 1), (1, 0), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1)]);
    }

    #[test]
    fn addition() {
        let mut bg = BG.to_vec();
        bg.insert(5, "Тази информация беше добавена от преводача, за да обясни контекста на читателите.");
        assert_eq!(case(&EN, &bg), vec![(1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (0, 1), (1, 1), (1, 1), (1, 1)]);
    }

    #[test]
    fn two_to_one_and_one_to_two() {
        let merged = format!("{} {}", BG[1], BG[2]);
        let bg = [&BG[..1], &[merged.as_str()], &BG[3..]].concat();
        assert_eq!(case(&EN, &bg), vec![(1, 1), (2, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1)]);
        let bg = [&BG[..5], &["Програмата струва 1 500 000 евро.", "Тя продължава до 2030 г."], &BG[6..]].concat();
        assert_eq!(case(&EN, &bg), vec![(1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 2), (1, 1), (1, 1)]);
    }

    #[test]
    fn three_to_one_and_one_to_three() {
        let en = [&EN[..7], &["Who pays for it?", "The ministry has not said.", "Nor has the Commission."]].concat();
        let bg = [&BG[..7], &["Кой ще плати? Министерството не е казало, нито Комисията."]].concat();
        assert_eq!(case(&en, &bg), vec![(1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (3, 1)]);
        let en = [&EN[..7], &["Who pays for it? The ministry has not said. Nor has the Commission."]].concat();
        let bg = [&BG[..7], &["Кой ще плати?", "Министерството не е казало.", "Нито пък Комисията."]].concat();
        assert_eq!(case(&en, &bg), vec![(1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 3)]);
    }

    #[test]
    fn two_to_two() {
        // The translator moved a sentence across the paragraph boundary.
        let en = [
            &EN[..4],
            &[
                "Parliament will discuss the energy programme of the European Commission in April. The programme costs 1,500,000 euros, and the debate is expected to be long and difficult.",
                "It runs until 2030.",
            ],
            &EN[6..],
        ]
        .concat();
        let bg = [
            &BG[..4],
            &[
                "Парламентът ще обсъди енергийната програма на Европейската комисия през април.",
                "Програмата струва 1 500 000 евро и се очаква дебатът да бъде дълъг и труден. Тя продължава до 2030 г.",
            ],
            &BG[6..],
        ]
        .concat();
        assert_eq!(case(&en, &bg), vec![(1, 1), (1, 1), (1, 1), (1, 1), (2, 2), (1, 1), (1, 1)]);
    }

    #[test]
    fn empty_sides() {
        assert_eq!(case(&EN[..2], &[]), vec![(1, 0), (1, 0)]);
        assert_eq!(case(&[], &BG[..3]), vec![(0, 1); 3]);
        assert_eq!(case(&[], &[]), Vec::<(usize, usize)>::new());
        assert_eq!(case(&["", "Text"], &["", "Текст"]).len(), 2);
    }

    #[test]
    fn omissions_score_below_pairs() {
        let mut bg = BG.to_vec();
        bg.remove(2);
        let beads = align(&EN, &bg);
        let null = beads.iter().find(|b| b.target.is_empty()).unwrap();
        assert!(beads.iter().filter(|b| !b.target.is_empty()).all(|b| b.score > null.score));
    }

    #[test]
    fn covers_everything_in_order_at_scale() {
        let s: Vec<String> = (0..3000).map(|i| format!("Paragraph {i} {}", "x".repeat(i % 37 + 5))).collect();
        let mut t: Vec<String> = s.iter().map(|p| p.replace('x', "y")).collect();
        t.remove(1500);
        t.drain(2000..2300);
        let sr: Vec<&str> = s.iter().map(String::as_str).collect();
        let tr: Vec<&str> = t.iter().map(String::as_str).collect();
        let beads = align(&sr, &tr);
        let (mut i, mut j) = (0, 0);
        for b in &beads {
            assert_eq!((b.source.start, b.target.start), (i, j));
            (i, j) = (b.source.end, b.target.end);
        }
        assert_eq!((i, j), (3000, 2699));
        assert!(beads.iter().any(|b| b.source == (1500..1501) && b.target.is_empty()));
        assert_eq!(beads.iter().filter(|b| b.target.is_empty()).count(), 301);
    }

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
        let mut cache = KeyMap::default();
        let count = |t: &'static str, cache: &mut KeyMap<&'static str, u64>| scan(t, cache).sentences;
        assert_eq!(count("One sentence only.", &mut cache), 1);
        assert_eq!(count("First one here. Second one there! And “a third?” Yes, indeed.", &mut cache), 4);
        assert_eq!(count("Mr. Smith and e.g. this stay one. a. lower case", &mut cache), 1);
        assert_eq!(count("Πώς είσαι; Καλά είμαι.", &mut cache), 2);
        assert_eq!(count("— Да, — сказал он. — Я приду.", &mut cache), 2);
        // Names across scripts share keys; so do URLs, code and the question mark.
        let keys = |t: &'static str, cache: &mut KeyMap<&'static str, u64>| scan(t, cache).keys;
        let common = |a: &[u64], b: &[u64]| a.iter().filter(|k| b.contains(k)).count();
        let en = keys("Is NATO in Minsk? See https://example.org/nato and `lockstep align`.", &mut cache);
        let ru = keys("НАТО в Минске? См. https://example.org/nato и `lockstep align`.", &mut cache);
        let el = keys("Το ΝΑΤΟ στο Μινσκ; Δείτε https://example.org/nato.", &mut cache);
        assert!(common(&en, &ru) >= 5, "{en:?} {ru:?}");
        assert!(common(&en, &el) >= 4, "{en:?} {el:?}");
    }

    #[test]
    fn anchors_keep_their_order() {
        let pairs = [(0, 0), (1, 5), (2, 1), (3, 2), (4, 2), (5, 3)];
        let chain = longest_chain(&pairs);
        assert_eq!(chain.len(), 4);
        assert!(chain.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
        assert_eq!((chain[0], chain[3]), ((0, 0), (5, 3)));
        assert!(longest_chain(&[]).is_empty());
    }

    #[test]
    fn fast_ln_is_close() {
        for x in [1e-12, 0.001, 0.3, 1.0, 1.5, 2.0, 7.0, 1234.5] {
            assert!((fast_ln(x) - f64::ln(x)).abs() < 1e-5, "{x}");
        }
    }

    #[test]
    fn erfc_matches_known_values() {
        assert!((erfc(0.0) - 1.0).abs() < 1e-6);
        assert!((erfc(1.0) - 0.157299).abs() < 1e-5);
    }
}
