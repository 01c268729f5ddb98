//! Transliteration of Cyrillic and Greek into Latin, for matching names and cognates across
//! scripts (NATO / НАТО / ΝΑΤΟ, Minsk / Минск / Μινσκ), and the exact Serbian Cyrillic ↔ Latin
//! correspondence.
//!
//! [`to_latin`] covers every Cyrillic letter of the Slavic languages that write it (Bulgarian,
//! Serbian, Russian, Ukrainian, Belarusian, Macedonian) with ISO 9-like values, and Greek with
//! ELOT 743-like values, digraphs included. [`match_key`] folds a word further into a key that
//! cognates share. Scripts are detected from the text itself, letter by letter.

use unicode_normalization::char::decompose_canonical;

/// The Latin value of a Cyrillic letter (lowercase), or `None`.
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ђ' => "dj",
        'е' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "j",
        'ј' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "c",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "ch",
        'џ' => "dz",
        'ш' => "sh",
        'щ' => "sht",
        'ъ' => "a",
        'ы' => "y",
        'ь' => "",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        'ё' => "yo",
        'є' => "ye",
        'і' => "i",
        'ї' => "yi",
        'ґ' => "g",
        'ѓ' => "gj",
        'ќ' => "kj",
        'ѕ' => "dz",
        'ў' => "u",
        _ => return None,
    })
}

/// The Latin value of a Greek letter (lowercase, without accents), or `None`.
fn greek(c: char) -> Option<&'static str> {
    Some(match c {
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' => "th",
        'ι' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' | 'ς' => "s",
        'τ' => "t",
        'υ' => "y",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        _ => return None,
    })
}

/// Greek digraphs read as one sound.
fn greek_digraph(a: char, b: char, at_start: bool) -> Option<&'static str> {
    Some(match (a, b) {
        ('ο', 'υ') => "ou",
        ('α', 'υ') => "av",
        ('ε', 'υ') => "ev",
        ('μ', 'π') => {
            if at_start {
                "b"
            } else {
                "mp"
            }
        }
        ('ν', 'τ') => {
            if at_start {
                "d"
            } else {
                "nt"
            }
        }
        ('γ', 'κ') => {
            if at_start {
                "g"
            } else {
                "gk"
            }
        }
        ('γ', 'γ') => "ng",
        _ => return None,
    })
}

/// Latin letters that do not decompose into a base letter and accents.
fn latin_special(c: char) -> Option<&'static str> {
    Some(match c {
        'đ' => "dj",
        'ł' => "l",
        'ø' => "o",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'þ' => "th",
        'ð' => "d",
        'ı' => "i",
        _ => return None,
    })
}

/// Lowercase Latin transliteration of any text: Cyrillic and Greek letters become Latin,
/// accents are dropped, other characters are kept (lowercased).
pub fn to_latin(text: &str) -> String {
    // Cyrillic letters are read whole (й, ї, ё are letters of their own); other letters lose
    // their accents.
    let mut lower: Vec<char> = Vec::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() || cyrillic(c).is_some() {
            lower.push(c);
        } else {
            decompose_canonical(c, |d| {
                if !is_mark(d) {
                    lower.push(d);
                }
            });
        }
    }
    let mut out = String::with_capacity(lower.len());
    let mut i = 0;
    while i < lower.len() {
        let c = lower[i];
        let at_start = i == 0 || !lower[i - 1].is_alphabetic();
        if let Some(d) = lower.get(i + 1).and_then(|&next| greek_digraph(c, next, at_start)) {
            out.push_str(d);
            i += 2;
            continue;
        }
        match cyrillic(c).or_else(|| greek(c)).or_else(|| latin_special(c)) {
            Some(latin) => out.push_str(latin),
            None => out.push(c),
        }
        i += 1;
    }
    out
}

/// Whether `c` is a combining diacritical mark (U+0300–U+036F), part of the word it follows.
pub fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// A key that cognates and names share across scripts and spellings: transliterated, with
/// letters that languages write differently folded together (c/k/q, ph/f, th/t, w/v/u, y/j/i,
/// x/ks, z/s, h dropped) and doubled letters collapsed.
pub fn match_key(word: &str) -> String {
    let latin: Vec<char> = to_latin(word).chars().collect();
    let mut out = String::with_capacity(latin.len());
    let mut push = |c: char| {
        if !out.ends_with(c) {
            out.push(c);
        }
    };
    let mut i = 0;
    while i < latin.len() {
        let c = latin[i];
        match (c, latin.get(i + 1)) {
            ('p', Some('h')) | ('t', Some('h')) | ('c', Some('h')) => {
                push(match c {
                    'p' => 'f',
                    't' => 't',
                    _ => 'k',
                });
                i += 2;
                continue;
            }
            ('x', _) => {
                push('k');
                push('s');
            }
            ('c' | 'q', _) => push('k'),
            ('w' | 'v', _) => push('u'),
            ('y' | 'j', _) => push('i'),
            ('z', _) => push('s'),
            ('h', _) => {}
            _ => push(c),
        }
        i += 1;
    }
    out
}

/// How a text in written language `to` is derived from one in `from` (written-language keys, see
/// [`crate::text::Lang::key`]), when lockstep knows the way: Serbian (and Bosnian) Cyrillic to
/// Latin.
pub fn derivation(from: &str, to: &str) -> Option<fn(&str) -> String> {
    match (from, to) {
        ("sr-Cyrl", "sr-Latn") | ("bs-Cyrl", "bs-Latn") => Some(serbian_to_latin),
        _ => None,
    }
}

/// Serbian Cyrillic to Serbian Latin (gajica), letter for letter, case kept.
pub fn serbian_to_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let latin = match lower {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'ђ' => "đ",
            'е' => "e",
            'ж' => "ž",
            'з' => "z",
            'и' => "i",
            'ј' => "j",
            'к' => "k",
            'л' => "l",
            'љ' => "lj",
            'м' => "m",
            'н' => "n",
            'њ' => "nj",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'ћ' => "ć",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "c",
            'ч' => "č",
            'џ' => "dž",
            'ш' => "š",
            _ => {
                out.push(c);
                continue;
            }
        };
        if c == lower {
            out.push_str(latin);
        } else {
            // Capital digraphs: "Љубав" → "Ljubav", "ЉУБАВ" → "LJUBAV".
            let next_upper = chars.get(i + 1).is_some_and(|n| n.is_uppercase())
                || (i > 0 && chars[i - 1].is_uppercase() && chars.get(i + 1).is_none_or(|n| !n.is_alphabetic()));
            let mut letters = latin.chars();
            if let Some(first) = letters.next() {
                out.extend(first.to_uppercase());
            }
            for l in letters {
                if next_upper { out.extend(l.to_uppercase()) } else { out.push(l) }
            }
        }
    }
    out
}

/// Serbian Latin to Serbian Cyrillic, reading the digraphs lj, nj and dž as one letter.
pub fn serbian_to_cyrillic(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let lower = c.to_lowercase().next().unwrap_or(c);
        let next = chars.get(i + 1).map(|n| n.to_lowercase().next().unwrap_or(*n));
        let (cyr, len) = match (lower, next) {
            ('l', Some('j')) => ('љ', 2),
            ('n', Some('j')) => ('њ', 2),
            ('d', Some('ž')) => ('џ', 2),
            _ => {
                let single = match lower {
                    'a' => 'а',
                    'b' => 'б',
                    'v' => 'в',
                    'g' => 'г',
                    'd' => 'д',
                    'đ' => 'ђ',
                    'e' => 'е',
                    'ž' => 'ж',
                    'z' => 'з',
                    'i' => 'и',
                    'j' => 'ј',
                    'k' => 'к',
                    'l' => 'л',
                    'm' => 'м',
                    'n' => 'н',
                    'o' => 'о',
                    'p' => 'п',
                    'r' => 'р',
                    's' => 'с',
                    't' => 'т',
                    'ć' => 'ћ',
                    'u' => 'у',
                    'f' => 'ф',
                    'h' => 'х',
                    'c' => 'ц',
                    'č' => 'ч',
                    'š' => 'ш',
                    _ => {
                        out.push(c);
                        i += 1;
                        continue;
                    }
                };
                (single, 1)
            }
        };
        if c.is_uppercase() {
            out.extend(cyr.to_uppercase())
        } else {
            out.push(cyr)
        }
        i += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_share_keys_across_scripts() {
        assert_eq!(match_key("NATO"), match_key("НАТО"));
        assert_eq!(match_key("NATO"), match_key("ΝΑΤΟ"));
        assert_eq!(match_key("Minsk"), match_key("Минск"));
        assert_eq!(match_key("Minsk"), match_key("Μινσκ"));
        assert_eq!(match_key("Europe")[..4], match_key("Европа")[..4]);
        assert_eq!(match_key("Europe")[..4], match_key("Ευρώπη")[..4]);
        assert_eq!(match_key("declaration")[..4], match_key("декларация")[..4]);
    }

    #[test]
    fn greek_digraphs_and_accents() {
        assert_eq!(to_latin("Μπαμπάς"), "bampas");
        assert_eq!(to_latin("ντομάτα"), "domata");
        assert_eq!(to_latin("Ευρώπη"), "evropi");
        assert_eq!(to_latin("Ουκρανία"), "oukrania");
        assert_eq!(to_latin("άγγελος"), "angelos");
    }

    #[test]
    fn serbian_round_trip() {
        let cyr = "Свако има право на живот, слободу и безбедност личности. Љубав, Њива, ЏЕП, ђак, ћерка.";
        let lat = serbian_to_latin(cyr);
        assert_eq!(lat, "Svako ima pravo na život, slobodu i bezbednost ličnosti. Ljubav, Njiva, DŽEP, đak, ćerka.");
        assert_eq!(serbian_to_cyrillic(&lat), cyr);
    }

    #[test]
    fn serbian_alphabet_both_ways() {
        let cyr = "абвгдђежзијклљмнњопрстћуфхцчџш";
        let lat = "abvgdđežzijklljmnnjoprstćufhcčdžš";
        assert_eq!(serbian_to_latin(cyr), lat);
        assert_eq!(serbian_to_cyrillic(lat), cyr);
        let upper = cyr.to_uppercase();
        assert_eq!(serbian_to_latin(&upper), lat.to_uppercase());
        assert_eq!(serbian_to_cyrillic(&lat.to_uppercase()), upper);
        for (c, l) in [("Љиљана", "Ljiljana"), ("Њујорк", "Njujork"), ("Џамија", "Džamija"), ("ЉЉ", "LJLJ")]
        {
            assert_eq!(serbian_to_latin(c), l);
            assert_eq!(serbian_to_cyrillic(l), c);
        }
    }

    #[test]
    fn the_serbian_udhr_in_both_scripts() {
        // The two are one translation; the corpus notes two places where the texts differ.
        let cyr = include_str!("../../tests/fixtures/align/udhr.sr-Cyrl.md");
        let lat = include_str!("../../tests/fixtures/align/udhr.sr-Latn.md");
        let converted = serbian_to_latin(cyr);
        let differ = converted.split("\n\n").zip(lat.split("\n\n")).filter(|(a, b)| a != b).count();
        assert_eq!(differ, 2);
        assert_eq!(converted.split("\n\n").count(), lat.split("\n\n").count());
    }

    #[test]
    fn latin_letters_with_strokes() {
        assert_eq!(match_key("Đoković"), match_key("Ђоковић"));
        assert_eq!(to_latin("Łódź"), "lodz");
    }

    #[test]
    fn other_cyrillic_languages() {
        assert_eq!(to_latin("Щастие"), "shtastie");
        assert_eq!(to_latin("Київ"), "kiyiv");
        assert_eq!(to_latin("Москва"), "moskva");
    }
}
