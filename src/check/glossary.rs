//! The glossary: one term a line with its translations, in a tab-separated file named by
//! `glossary = "terms.tsv"` in `lockstep.toml`.
//!
//! The first line (after `#` comments and blank lines) names the languages of the columns, the
//! source language first (`en`, `bg`, `sr-Cyrl`… separated by tabs); a column of a language the project does
//! not have is ignored. A cell may give several forms, separated by `|`; an empty cell means no
//! term in that language. A term matches a run of words of the text, compared without case and
//! accents. Each word of a form matches the same word or an inflected one: a word that starts
//! with the form's stem (the form less its final vowels, at least three letters) and is at most
//! four letters longer. A word ending in `*` matches every word it starts. So `право` finds
//! `правото` and `права`, `δικαίωμα` finds `δικαιώματα`, and forms that change their stem are
//! listed: `човек|хора`.

use crate::error::{Error, ErrorKind, Location, Result};
use crate::text::Lang;
use unicode_normalization::UnicodeNormalization;

/// One word of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pattern {
    /// The folded word, or its stem.
    stem: String,
    /// The folded word as written, which always matches.
    whole: String,
    /// A `*` form: every word starting with the stem.
    prefix: bool,
}

/// A form: the words of a term in one of its forms.
type Form = Vec<Pattern>;

/// One term: its source forms, and per project language its target forms (none when the
/// glossary has no term for the language).
#[derive(Debug, Clone)]
pub struct Term {
    /// The source forms, as written first (for messages).
    pub source_shown: String,
    /// The target forms as written, per project language (`None`: no column or empty cell).
    pub target_shown: Vec<Option<String>>,
    source: Vec<Form>,
    target: Vec<Vec<Form>>,
}

/// A loaded glossary.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    /// The terms, in file order.
    pub terms: Vec<Term>,
}

/// Lower case, accents and other combining marks dropped.
pub fn fold(word: &str) -> String {
    word.nfd().filter(|c| !crate::text::translit::is_mark(*c)).flat_map(char::to_lowercase).collect()
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'а'
            | 'е'
            | 'и'
            | 'о'
            | 'у'
            | 'ъ'
            | 'ь'
            | 'я'
            | 'ю'
            | 'й'
            | 'ы'
            | 'э'
            | 'α'
            | 'ε'
            | 'η'
            | 'ι'
            | 'ο'
            | 'υ'
            | 'ω'
            | 'ς'
    )
}

fn pattern(word: &str) -> Pattern {
    let (word, prefix) = match word.strip_suffix('*') {
        Some(w) => (w, true),
        None => (word, false),
    };
    let whole = fold(word);
    let mut stem: Vec<char> = whole.chars().collect();
    if !prefix {
        while stem.len() > 3 && stem.last().is_some_and(|&c| is_vowel(c)) {
            stem.pop();
        }
    }
    Pattern { stem: stem.into_iter().collect(), whole, prefix }
}

/// The forms of a cell, each cut into words as texts are (hyphens and apostrophes cut words too:
/// `well-being` is two words in the text, and two in the term), a `*` kept with its word.
fn forms(cell: &str) -> Vec<Form> {
    cell.split('|')
        .map(|f| {
            let mut words: Vec<String> = Vec::new();
            let mut current = String::new();
            for c in f.chars() {
                if crate::check::script::in_word(c) {
                    current.push(c);
                } else {
                    if c == '*' && !current.is_empty() {
                        current.push('*');
                    }
                    if !current.is_empty() {
                        words.push(std::mem::take(&mut current));
                    }
                }
            }
            if !current.is_empty() {
                words.push(current);
            }
            words.iter().map(|w| pattern(w)).collect::<Form>()
        })
        .filter(|f| !f.is_empty())
        .collect()
}

impl Pattern {
    fn matches(&self, word: &str) -> bool {
        if word == self.whole {
            return true;
        }
        if self.prefix {
            return word.starts_with(&self.stem);
        }
        let (stem_len, word_len) = (self.stem.chars().count(), word.chars().count());
        self.whole.chars().count() >= 4 && word.starts_with(&self.stem) && word_len <= stem_len + 4
    }
}

/// Whether some form of a term stands in a text's folded words.
fn found(forms: &[Form], words: &[String]) -> bool {
    forms.iter().any(|form| words.windows(form.len()).any(|w| form.iter().zip(w).all(|(p, word)| p.matches(word))))
}

impl Term {
    /// Whether the term is in a source text's folded words.
    pub fn in_source(&self, words: &[String]) -> bool {
        found(&self.source, words)
    }

    /// Whether a translation into project language `lang` holds the term's translation: `None`
    /// when the glossary has none for the language.
    pub fn in_target(&self, lang: usize, words: &[String]) -> Option<bool> {
        let forms = self.target.get(lang)?;
        (!forms.is_empty()).then(|| found(forms, words))
    }
}

/// Parses a glossary's text; `shown` names the file in errors, which give its line.
pub fn parse(text: &str, shown: &std::path::Path, source_lang: &Lang, languages: &[Lang]) -> Result<Glossary> {
    let bad = |line: usize, id: &'static str, args: Vec<(&'static str, String)>| {
        Error::new(ErrorKind::Check { id, args }, Location::line(shown, line))
    };
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let Some((hl, header)) = lines.next() else { return Ok(Glossary::default()) };
    let mut columns: Vec<Option<usize>> = Vec::new();
    for (k, tag) in header.split('\t').enumerate() {
        let tag = tag.trim();
        let lang = Lang::parse(tag).ok_or_else(|| bad(hl + 1, "error-glossary-language", vec![("tag", tag.into())]))?;
        if k == 0 {
            if !lang.matches(source_lang) {
                return Err(bad(hl + 1, "error-glossary-source", vec![("tag", tag.into())]));
            }
            columns.push(None);
        } else {
            columns.push(languages.iter().position(|l| l.matches(&lang)));
        }
    }
    let mut terms = Vec::new();
    for (i, line) in lines {
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cells.len() > columns.len() {
            return Err(bad(i + 1, "error-glossary-columns", vec![("count", columns.len().to_string())]));
        }
        let source = forms(cells[0]);
        if source.is_empty() {
            return Err(bad(i + 1, "error-glossary-no-term", Vec::new()));
        }
        let mut target = vec![Vec::new(); languages.len()];
        let mut target_shown = vec![None; languages.len()];
        for (k, cell) in cells.iter().enumerate().skip(1) {
            if let Some(lang) = columns[k]
                && !cell.is_empty()
            {
                target[lang] = forms(cell);
                target_shown[lang] = Some(cell.replace('|', " | "));
            }
        }
        let source_shown = cells[0].split('|').next().unwrap_or_default().trim().to_string();
        terms.push(Term { source_shown, target_shown, source, target });
    }
    Ok(Glossary { terms })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn words(text: &str) -> Vec<String> {
        crate::check::script::words(text).iter().map(|w| fold(w.text)).collect()
    }

    #[test]
    fn inflected_forms_and_prefixes() {
        let langs = vec![Lang::parse("bg").unwrap(), Lang::parse("el").unwrap(), Lang::parse("hr").unwrap()];
        let text =
            "# terms\nen\tbg\tel\tfr\thr\nhuman right\tправо|права\tδικαίωμα\tdroit\t\nfreedom\tсвобод*\t\t\tsloboda\n";
        let g = parse(text, Path::new("t.tsv"), &Lang::parse("en").unwrap(), &langs).unwrap();
        assert_eq!(g.terms.len(), 2);
        let t = &g.terms[0];
        assert!(t.in_source(&words("All human rights are")));
        assert!(!t.in_source(&words("All humans write")));
        assert_eq!(t.in_target(0, &words("Правото на всеки")), Some(true));
        assert_eq!(t.in_target(1, &words("τα δικαιώματα του")), Some(true));
        assert_eq!(t.in_target(1, &words("η ελευθερία")), Some(false));
        assert_eq!(t.in_target(2, &words("prava")), None);
        assert_eq!(g.terms[1].in_target(0, &words("свободата")), Some(true));
        assert_eq!(g.terms[1].in_target(2, &words("slobodama")), Some(true));
        assert_eq!(g.terms[1].in_target(2, &words("slobodno i slo")), Some(true));
        assert_eq!(g.terms[1].in_target(2, &words("pravo")), Some(false));
    }

    #[test]
    fn hyphenated_terms_are_cut_as_texts_are() {
        let langs = vec![Lang::parse("bg").unwrap()];
        let text = "en\tbg\nwell-being\tблагосъстояние\nMember States\tдържави-членки\n";
        let g = parse(text, Path::new("t.tsv"), &Lang::parse("en").unwrap(), &langs).unwrap();
        assert!(g.terms[0].in_source(&words("their well-being and")));
        assert_eq!(g.terms[1].in_target(0, &words("Държави-членки се")), Some(true));
        assert_eq!(g.terms[1].in_target(0, &words("Държавите членки се")), Some(true));
    }

    #[test]
    fn bad_lines_are_named() {
        let langs = vec![Lang::parse("bg").unwrap()];
        let en = Lang::parse("en").unwrap();
        let e = parse("en\tbg\na\tb\tc\n", Path::new("t.tsv"), &en, &langs).unwrap_err();
        assert_eq!(e.at.line, Some(2));
        let e = parse("bg\ten\n", Path::new("t.tsv"), &en, &langs).unwrap_err();
        assert_eq!(e.at.line, Some(1));
        let e = parse("en\tbg\n\n\t\tx\n", Path::new("t.tsv"), &en, &langs).unwrap_err();
        assert_eq!(e.at.line, Some(3));
    }
}
