//! Scripts: which script a letter is written in, which script a language is written in, and
//! the letters of one script that look like letters of another (the copy-and-paste error that
//! no eye sees: a Latin `o` inside a Cyrillic word).

use crate::text::Lang;
use crate::text::translit::is_mark;

/// The scripts the checks tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin.
    Latin,
    /// Cyrillic.
    Cyrillic,
    /// Greek.
    Greek,
}

impl Script {
    /// The ISO 15924 code, as messages and JSON name it.
    pub fn code(self) -> &'static str {
        match self {
            Script::Latin => "Latn",
            Script::Cyrillic => "Cyrl",
            Script::Greek => "Grek",
        }
    }
}

/// The script of a letter, when it is one of the three.
pub fn of(c: char) -> Option<Script> {
    match c {
        'a'..='z' | 'A'..='Z' => Some(Script::Latin),
        '\u{c0}'..='\u{24f}' if c != '×' && c != '÷' => Some(Script::Latin),
        '\u{1e00}'..='\u{1eff}' => Some(Script::Latin),
        // The common ranges by their bounds, the rest by Unicode's tables.
        '\u{388}'..='\u{3ff}' if !matches!(c, '\u{38b}' | '\u{38d}' | '\u{3a2}' | '\u{3f6}') => Some(Script::Greek),
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{4ff}' => Some(Script::Cyrillic),
        '\u{370}'..='\u{387}' | '\u{1f00}'..='\u{1fff}' if c.is_alphabetic() => Some(Script::Greek),
        '\u{482}'..='\u{489}'
        | '\u{500}'..='\u{52f}'
        | '\u{1c80}'..='\u{1c8f}'
        | '\u{2de0}'..='\u{2dff}'
        | '\u{a640}'..='\u{a69f}'
            if c.is_alphabetic() =>
        {
            Some(Script::Cyrillic)
        }
        _ => None,
    }
}

/// The script a language is written in: its script subtag, else the usual script of the
/// language, else `None` (the document decides, see [`dominant`]).
pub fn of_language(lang: &Lang) -> Option<Script> {
    if let Some(script) = lang.id().script {
        return match script.as_str() {
            "Latn" => Some(Script::Latin),
            "Cyrl" => Some(Script::Cyrillic),
            "Grek" => Some(Script::Greek),
            _ => None,
        };
    }
    match lang.id().language.as_str() {
        "bg" | "ru" | "uk" | "be" | "mk" | "sr" | "kk" | "ky" | "tg" | "mn" | "ba" | "tt" | "cv" | "ce" | "os"
        | "sah" | "tyv" | "ab" | "av" | "kv" | "udm" | "mhr" | "myv" | "mdf" | "rue" => Some(Script::Cyrillic),
        "el" | "grc" => Some(Script::Greek),
        "en" | "hr" | "bs" | "sl" | "cs" | "sk" | "pl" | "de" | "fr" | "es" | "it" | "pt" | "nl" | "ro" | "hu"
        | "fi" | "et" | "lv" | "lt" | "sv" | "da" | "nb" | "nn" | "no" | "is" | "ga" | "cy" | "mt" | "sq" | "tr"
        | "az" | "uz" | "id" | "ms" | "vi" | "sw" | "ca" | "eu" | "gl" | "af" | "eo" | "la" | "lb" | "fo" | "fy"
        | "gd" | "br" | "tl" | "fil" | "cnr" | "hsb" | "dsb" | "csb" | "rm" | "oc" | "co" | "sc" => Some(Script::Latin),
        _ => None,
    }
}

/// The script most letters of some texts are written in (at least two thirds of them), for a
/// language whose script lockstep does not know.
pub fn dominant<'a>(texts: impl Iterator<Item = &'a str>) -> Option<Script> {
    let mut counts = [0usize; 3];
    for t in texts {
        for c in t.chars() {
            match of(c) {
                Some(Script::Latin) => counts[0] += 1,
                Some(Script::Cyrillic) => counts[1] += 1,
                Some(Script::Greek) => counts[2] += 1,
                None => {}
            }
        }
    }
    let total: usize = counts.iter().sum();
    let (best, &n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    (total > 0 && n * 3 >= total * 2).then_some([Script::Latin, Script::Cyrillic, Script::Greek][best])
}

/// Whether a letter looks like a letter of `other` script (Latin `a` and Cyrillic `а`, Greek
/// `ο` and Latin `o`).
pub fn looks_like(c: char, other: Script) -> bool {
    let (latin, cyrillic, greek) = match c {
        'a' | 'c' | 'e' | 'o' | 'p' | 'x' | 'y' | 'A' | 'B' | 'C' | 'E' | 'H' | 'K' | 'M' | 'O' | 'P' | 'T' | 'X' => {
            (true, true, matches!(c, 'o' | 'A' | 'B' | 'E' | 'H' | 'K' | 'M' | 'O' | 'P' | 'T' | 'X'))
        }
        'i' | 'j' | 's' | 'I' | 'J' | 'S' => (true, true, c == 'I'),
        'Z' | 'N' | 'Y' | 'v' | 'u' | 'k' => (true, false, true),
        'а' | 'с' | 'е' | 'о' | 'р' | 'х' | 'у' | 'А' | 'В' | 'С' | 'Е' | 'Н' | 'К' | 'М' | 'О' | 'Р' | 'Т' | 'Х'
        | 'і' | 'ј' | 'ѕ' | 'І' | 'Ј' | 'Ѕ' => {
            (true, true, matches!(c, 'о' | 'А' | 'В' | 'Е' | 'Н' | 'К' | 'М' | 'О' | 'Р' | 'Т' | 'Х'))
        }
        'ο' | 'ν' | 'υ' | 'κ' | 'ι' | 'Α' | 'Β' | 'Ε' | 'Ζ' | 'Η' | 'Ι' | 'Κ' | 'Μ' | 'Ν' | 'Ο' | 'Ρ' | 'Τ' | 'Υ'
        | 'Χ' => (true, matches!(c, 'ο' | 'Α' | 'Β' | 'Ε' | 'Η' | 'Κ' | 'Μ' | 'Ο' | 'Ρ' | 'Τ' | 'Χ'), true),
        _ => return false,
    };
    let own = of(c);
    own != Some(other)
        && match other {
            Script::Latin => latin,
            Script::Cyrillic => cyrillic,
            Script::Greek => greek,
        }
}

/// A word of the prose: its byte range, its letters' scripts.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    /// Start in the prose.
    pub at: usize,
    /// The word.
    pub text: &'a str,
}

/// Whether a character is part of a word: a letter, a digit or a combining mark. The scripts
/// the checks read most are decided by their ranges, without Unicode's tables.
pub fn in_word(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\u{7f}' => false,
        // Cyrillic letters (signs and combining marks are the exceptions).
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{4ff}' => true,
        // Greek letters, with their accents.
        '\u{388}'..='\u{3ff}' => !matches!(c, '\u{38b}' | '\u{38d}' | '\u{3a2}' | '\u{3f6}'),
        _ => c.is_alphanumeric() || is_mark(c),
    }
}

/// The words of a prose text: runs of letters, digits and combining marks (hyphens and
/// apostrophes split words).
pub fn words(prose: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in prose.char_indices() {
        let inside = in_word(c);
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word { at: s, text: &prose[s..i] });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word { at: s, text: &prose[s..] });
    }
    out
}

/// Whether a word is a Roman numeral in capitals (`IV`, `XXI`), written in Latin letters in
/// every script.
pub fn roman(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_of_letters_and_languages() {
        assert_eq!(of('ж'), Some(Script::Cyrillic));
        assert_eq!(of('ς'), Some(Script::Greek));
        assert_eq!(of('đ'), Some(Script::Latin));
        assert_eq!(of('1'), None);
        assert_eq!(of_language(&Lang::parse("bg-BG").unwrap()), Some(Script::Cyrillic));
        assert_eq!(of_language(&Lang::parse("sr").unwrap()), Some(Script::Cyrillic));
        assert_eq!(of_language(&Lang::parse("sr-Latn").unwrap()), Some(Script::Latin));
        assert_eq!(of_language(&Lang::parse("el").unwrap()), Some(Script::Greek));
        assert_eq!(of_language(&Lang::parse("xx").unwrap_or_else(|| Lang::parse("zu").unwrap())), None);
        assert_eq!(dominant(["Здравей, свят and a b"].into_iter()), Some(Script::Cyrillic));
    }

    #[test]
    fn word_characters_by_range_agree_with_unicode() {
        for c in ('\u{370}'..='\u{52f}').chain('\u{0}'..='\u{17f}') {
            assert_eq!(in_word(c), c.is_alphanumeric() || is_mark(c), "{c:?} U+{:04X}", c as u32);
            let slow = match c {
                '\u{370}'..='\u{3ff}' if c.is_alphabetic() => Some(Script::Greek),
                '\u{400}'..='\u{52f}' if c.is_alphabetic() => Some(Script::Cyrillic),
                _ => of(c).filter(|s| *s == Script::Latin),
            };
            assert_eq!(of(c), slow, "{c:?}");
        }
    }

    #[test]
    fn look_alikes() {
        assert!(looks_like('o', Script::Cyrillic));
        assert!(looks_like('о', Script::Latin));
        assert!(looks_like('ο', Script::Latin));
        assert!(!looks_like('ж', Script::Latin));
        assert!(!looks_like('o', Script::Latin));
        assert!(roman("XIV") && !roman("Xi"));
    }
}
