//! The checks of one bead: its source paragraphs against its translation paragraphs.

use std::collections::HashMap;

use super::glossary::{Glossary, fold};
use super::inline::{HOLE, Inline};
use super::numbers::{self, Number};
use super::script::{self, Script};
use super::{Check, Hit};

/// What the checks know of a translation's language and of the project.
#[derive(Debug, Clone)]
pub struct Setting<'a> {
    /// The source language's tag.
    pub source_tag: &'a str,
    /// The translation's language tag.
    pub target_tag: &'a str,
    /// The index of the translation's language in the project (for the glossary).
    pub lang: usize,
    /// The script the translation is written in, when known.
    pub script: Option<Script>,
    /// The script the source is written in, when known.
    pub source_script: Option<Script>,
    /// Words any translation may keep or write in another script, folded.
    pub allow: &'a [String],
    /// Small numbers written out on one side may stand for digits on the other.
    pub spelled_numbers: bool,
    /// The glossary.
    pub glossary: &'a Glossary,
    /// The length model of this document and language: the ratio of lengths and its variance
    /// per character, when there are enough beads to learn it.
    pub length: Option<(f64, f64)>,
    /// The checks not run.
    pub skip: &'a [String],
}

/// One side of a bead: its paragraphs read.
pub struct Side<'t> {
    /// The paragraphs' texts.
    pub texts: Vec<&'t str>,
    /// Each paragraph's inline content.
    pub inline: Vec<Inline>,
    /// Whether the side is a heading (whose full stop is the language's choice).
    pub heading: bool,
}

impl<'t> Side<'t> {
    /// Reads the paragraphs of one side of a bead.
    pub fn read(texts: Vec<&'t str>, heading: bool, definitions: &super::inline::Definitions) -> Side<'t> {
        let inline = texts.iter().map(|t| Inline::read(t, definitions)).collect();
        Side { texts, inline, heading }
    }

    fn prose(&self) -> impl Iterator<Item = (usize, &str)> {
        self.inline.iter().enumerate().map(|(k, i)| (k, i.prose.as_str()))
    }

    /// A hit at an offset of paragraph `k`'s prose.
    fn hit(
        &self,
        check: Check,
        message: &'static str,
        k: usize,
        prose_at: usize,
        args: Vec<(&'static str, String)>,
    ) -> Hit {
        Hit { check, message, paragraph: k, offset: self.inline[k].at(prose_at), args }
    }
}

/// The language part of a tag, lower case.
fn base(tag: &str) -> String {
    tag.split('-').next().unwrap_or(tag).to_ascii_lowercase()
}

/// Runs every check on one bead (source and translation paragraphs, none empty).
pub fn check_bead(set: &Setting, src: &Side, tgt: &Side) -> Vec<Hit> {
    let mut out = Vec::new();
    let on = |c: Check| !set.skip.iter().any(|s| s == c.name());
    let untranslated = untranslated(set, src, tgt);
    if let Some(h) = &untranslated
        && on(Check::Untranslated)
    {
        out.push(h.clone());
    }
    if on(Check::Numbers) {
        numbers_check(set, src, tgt, &mut out);
    }
    if on(Check::Urls) {
        same_items(src, tgt, |i| &i.urls, Check::Urls, "check-url-missing", "check-url-extra", &mut out);
    }
    if on(Check::Code) {
        same_items(src, tgt, |i| &i.code, Check::Code, "check-code-missing", "check-code-extra", &mut out);
    }
    if on(Check::Markup) {
        markup(src, tgt, &mut out);
    }
    // A translation left in the source language is one finding, not one per foreign word.
    if untranslated.is_none() && (on(Check::Script) || on(Check::MixedScript)) {
        scripts(set, src, tgt, &mut out);
    }
    if on(Check::QuestionMark) && base(set.target_tag) == "el" {
        for (k, prose) in tgt.prose() {
            for (i, _) in prose.match_indices('?') {
                out.push(tgt.hit(Check::QuestionMark, "check-question-mark", k, i, Vec::new()));
            }
        }
    }
    if on(Check::Quotes) {
        quotes(set, src, tgt, &mut out);
    }
    if on(Check::Ending) {
        ending(set, src, tgt, &mut out);
    }
    if on(Check::Spaces) {
        spaces(set, src, tgt, &mut out);
    }
    if on(Check::Brackets) {
        brackets(src, tgt, &mut out);
    }
    if on(Check::RepeatedWord) {
        repeated(tgt, &mut out);
    }
    if on(Check::Length) {
        length(set, src, tgt, &mut out);
    }
    if on(Check::Glossary) && !set.glossary.terms.is_empty() {
        glossary(set, src, tgt, &mut out);
    }
    out.retain(|h| on(h.check));
    out
}

/// A translation that is its source again, beyond names and numbers: identical once case,
/// spaces and punctuation are set aside, with a word that is neither a name nor allowed.
fn untranslated(set: &Setting, src: &Side, tgt: &Side) -> Option<Hit> {
    fn words<'a>(side: &'a Side) -> Vec<&'a str> {
        side.inline.iter().flat_map(|i| script::words(&i.prose)).map(|w| w.text).collect()
    }
    let (s, t) = (words(src), words(tgt));
    // Cheap tests first: most translations differ in their word count or first word.
    if s.is_empty() || s.len() != t.len() || s.iter().zip(&t).any(|(a, b)| fold(a) != fold(b)) {
        return None;
    }
    // Names and acronyms (`UNESCO`), Roman numerals and allowed words stay as they are.
    let translatable = src.inline.iter().flat_map(|i| script::words(&i.prose)).any(|w| {
        let lower = w.text.chars().filter(|c| c.is_lowercase()).count();
        lower >= 2 && !set.allow.contains(&fold(w.text)) && !script::roman(w.text)
    });
    translatable.then(|| Hit {
        check: Check::Untranslated,
        message: "check-untranslated",
        paragraph: 0,
        offset: 0,
        args: Vec::new(),
    })
}

/// Numbers: the same values on both sides, as many times.
fn numbers_check(set: &Setting, src: &Side, tgt: &Side, out: &mut Vec<Hit>) {
    let read = |side: &Side, tag: &str| -> Vec<(usize, Number)> {
        let comma = numbers::decimal_comma(tag);
        side.prose().flat_map(|(k, p)| numbers::numbers(p, comma).into_iter().map(move |n| (k, n))).collect()
    };
    let (s, t) = (read(src, set.source_tag), read(tgt, set.target_tag));
    let mut left: HashMap<&str, isize> = HashMap::new();
    for (_, n) in &s {
        *left.entry(n.value.as_str()).or_default() += 1;
    }
    for (_, n) in &t {
        *left.entry(n.value.as_str()).or_default() -= 1;
    }
    // A part of a dotted date (`20.12.`) stands for a month's or a day's name on the other side.
    let month_words =
        |side: &Side| side.inline.iter().flat_map(|i| script::words(&i.prose)).any(|w| numbers::month_name(w.text));
    let dates = |ns: &[(usize, Number)]| ns.iter().any(|(_, n)| n.date_part);
    // Only a side facing a date reads its words for months.
    let source_months = dates(&t) && month_words(src);
    let target_months = dates(&s) && month_words(tgt);
    let spelled = |side: &Side, tag: &str, value: &str| -> bool {
        set.spelled_numbers
            && value.parse::<u32>().is_ok_and(|v| {
                side.inline
                    .iter()
                    .flat_map(|i| script::words(&i.prose))
                    .any(|w| numbers::spelled(tag, w.text) == Some(v))
            })
    };
    let mut missing: Vec<&Number> = Vec::new();
    let mut missing_done: HashMap<&str, isize> = HashMap::new();
    for (_, n) in &s {
        let more = left.get(n.value.as_str()).copied().unwrap_or(0);
        let done = missing_done.entry(n.value.as_str()).or_default();
        if more > *done {
            *done += 1;
            if !(spelled(tgt, set.target_tag, &n.value) || n.date_part && target_months) {
                missing.push(n);
            }
        }
    }
    let mut extra: Vec<(usize, &Number)> = Vec::new();
    let mut extra_done: HashMap<&str, isize> = HashMap::new();
    for (k, n) in &t {
        let more = -left.get(n.value.as_str()).copied().unwrap_or(0);
        let done = extra_done.entry(n.value.as_str()).or_default();
        if more > *done {
            *done += 1;
            if !(spelled(src, set.source_tag, &n.value) || n.date_part && source_months) {
                extra.push((*k, n));
            }
        }
    }
    // A number lost and one gained, in order, are one number changed.
    let changed = missing.len().min(extra.len());
    for (m, &(k, n)) in missing.iter().zip(&extra) {
        let args = vec![("number", m.written.clone()), ("found", n.written.clone())];
        out.push(tgt.hit(Check::Numbers, "check-number-changed", k, n.at, args));
    }
    for m in &missing[changed..] {
        let args = vec![("number", m.written.clone())];
        out.push(Hit { check: Check::Numbers, message: "check-number-missing", paragraph: 0, offset: 0, args });
    }
    for &(k, n) in &extra[changed..] {
        out.push(tgt.hit(Check::Numbers, "check-number-extra", k, n.at, vec![("number", n.written.clone())]));
    }
}

/// Items that must cross unchanged (URLs, inline code): each source item in the translation,
/// and no item the source does not have.
fn same_items(
    src: &Side,
    tgt: &Side,
    items: impl Fn(&Inline) -> &Vec<(String, usize)>,
    check: Check,
    missing: &'static str,
    extra: &'static str,
    out: &mut Vec<Hit>,
) {
    let s: Vec<&String> = src.inline.iter().flat_map(|i| items(i).iter().map(|(u, _)| u)).collect();
    let t: Vec<(usize, &String, usize)> =
        tgt.inline.iter().enumerate().flat_map(|(k, i)| items(i).iter().map(move |(u, at)| (k, u, *at))).collect();
    let mut pool: Vec<&String> = t.iter().map(|(_, u, _)| *u).collect();
    for u in &s {
        match pool.iter().position(|x| x == u) {
            Some(p) => {
                pool.swap_remove(p);
            }
            None => {
                out.push(Hit { check, message: missing, paragraph: 0, offset: 0, args: vec![("item", (*u).clone())] })
            }
        }
    }
    let mut pool: Vec<&String> = s.clone();
    for (k, u, at) in t {
        match pool.iter().position(|x| *x == u) {
            Some(p) => {
                pool.swap_remove(p);
            }
            None => out.push(Hit { check, message: extra, paragraph: k, offset: at, args: vec![("item", u.clone())] }),
        }
    }
}

/// Links, images, emphasis and footnote references: as many in the translation.
fn markup(src: &Side, tgt: &Side, out: &mut Vec<Hit>) {
    let count = |side: &Side, f: &dyn Fn(&Inline) -> usize| side.inline.iter().map(f).sum::<usize>();
    type Count<'a> = &'a dyn Fn(&Inline) -> usize;
    let kinds: [(&str, Count); 4] = [
        ("links", &|i| i.links),
        ("images", &|i| i.images),
        ("emphasis", &|i| i.emphasis),
        ("footnotes", &|i| i.footnotes.len()),
    ];
    for (what, f) in kinds {
        let (a, b) = (count(src, f), count(tgt, f));
        if a != b {
            let args = vec![("what", what.to_string()), ("source", a.to_string()), ("target", b.to_string())];
            out.push(Hit { check: Check::Markup, message: "check-markup", paragraph: 0, offset: 0, args });
        }
    }
}

/// Letters of the wrong script: a word mixing scripts (an error: a look-alike typed by
/// mistake), and a whole word in another script that the source does not have and the project
/// does not allow.
fn scripts(set: &Setting, src: &Side, tgt: &Side, out: &mut Vec<Hit>) {
    // The source's words, folded, only when a word of another script asks for them.
    let mut source_words: Option<std::collections::HashSet<String>> = None;
    for (k, prose) in tgt.prose() {
        for w in script::words(prose) {
            let mut seen: [usize; 3] = [0; 3];
            for c in w.text.chars() {
                match script::of(c) {
                    Some(Script::Latin) => seen[0] += 1,
                    Some(Script::Cyrillic) => seen[1] += 1,
                    Some(Script::Greek) => seen[2] += 1,
                    None => {}
                }
            }
            let scripts_in = seen.iter().filter(|&&n| n > 0).count();
            if scripts_in == 0 {
                continue;
            }
            if scripts_in > 1 {
                // The letters that are not of the word's main script (or of the language's).
                let main = set.script.unwrap_or_else(|| {
                    let best = (0..3).max_by_key(|&i| seen[i]).unwrap_or(0);
                    [Script::Latin, Script::Cyrillic, Script::Greek][best]
                });
                let odd: String = w.text.chars().filter(|&c| script::of(c).is_some_and(|s| s != main)).collect();
                let args = vec![("word", w.text.to_string()), ("letters", odd)];
                out.push(tgt.hit(Check::MixedScript, "check-mixed-script", k, w.at, args));
                continue;
            }
            let Some(expected) = set.script else { continue };
            let own = [Script::Latin, Script::Cyrillic, Script::Greek][(0..3).find(|&i| seen[i] > 0).unwrap_or(0)];
            if own == expected {
                continue;
            }
            let folded = fold(w.text);
            let source_words = source_words.get_or_insert_with(|| {
                src.inline.iter().flat_map(|i| script::words(&i.prose)).map(|w| fold(w.text)).collect()
            });
            if source_words.contains(&folded)
                || set.allow.contains(&folded)
                || (own == Script::Latin && script::roman(w.text))
            {
                continue;
            }
            // Every letter a look-alike of the language's script: typed in the wrong keyboard.
            let look_alike = w.text.chars().filter(|c| c.is_alphabetic()).all(|c| script::looks_like(c, expected));
            let (check, message) =
                if look_alike { (Check::MixedScript, "check-look-alike") } else { (Check::Script, "check-script") };
            let args = vec![("word", w.text.to_string()), ("script", own.code().to_string())];
            out.push(tgt.hit(check, message, k, w.at, args));
        }
    }
}

/// The quotation marks of a language: each opening mark with the marks that close it, first
/// level first; `None` for a language without a rule here.
fn quote_style(tag: &str) -> Option<&'static [(char, &'static [char])]> {
    match base(tag).as_str() {
        "bg" => Some(&[('„', &['“']), ('«', &['»']), ('‚', &['‘'])]),
        "sr" | "bs" => Some(&[('„', &['“']), ('»', &['«']), ('‚', &['‘']), ('›', &['‹'])]),
        // Croatian closes „ with “ or ”.
        "hr" => Some(&[('„', &['“', '”']), ('»', &['«']), ('‚', &['‘', '’']), ('›', &['‹'])]),
        "el" => Some(&[('«', &['»']), ('“', &['”']), ('‘', &['’'])]),
        "en" => Some(&[('“', &['”']), ('"', &['"']), ('‘', &['’'])]),
        _ => None,
    }
}

/// The double quotation marks lockstep knows (single ones double as apostrophes).
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»')
}

/// Whether the mark at `i` of `prose` opens (after a space or the start, before a letter) or
/// closes (after a letter, before a space, punctuation or the end); `None` when it cannot be
/// told.
fn quote_role(prose: &str, i: usize, c: char) -> Option<bool> {
    let prev = prose[..i].chars().next_back();
    let next = prose[i + c.len_utf8()..].chars().next();
    let opens = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '/' | HOLE))
        && next.is_some_and(|n| !n.is_whitespace());
    let closes = prev.is_some_and(|p| !p.is_whitespace())
        && next.is_none_or(|n| {
            n.is_whitespace() || matches!(n, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '…' | HOLE)
        });
    match (opens, closes) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Quotation marks of the translation's language, each where it opens or closes, and paired.
fn quotes(set: &Setting, src: &Side, tgt: &Side, out: &mut Vec<Hit>) {
    let Some(style) = quote_style(set.target_tag) else { return };
    let opener = |c: char| style.iter().any(|&(o, _)| o == c);
    let closer = |c: char| style.iter().any(|&(_, cs)| cs.contains(&c));
    let expected = format!("{}…{}", style[0].0, style[0].1[0]);
    let mut wrong = false;
    for (k, prose) in tgt.prose() {
        for (i, c) in prose.char_indices().filter(|&(_, c)| is_quote(c)) {
            let fits = match quote_role(prose, i, c) {
                Some(true) => opener(c),
                Some(false) => closer(c),
                None => opener(c) || closer(c),
            };
            if !fits {
                let args = vec![("found", c.to_string()), ("expected", expected.clone())];
                out.push(tgt.hit(Check::Quotes, "check-quotes", k, i, args));
                wrong = true;
            }
        }
    }
    if wrong {
        return;
    }
    // Paired where the source's are: a quotation may run over several paragraphs.
    let paired = |side: &Side, style: &[(char, &[char])]| {
        let text: String = side.inline.iter().map(|i| i.prose.as_str()).collect();
        style.iter().take(2).all(|&(open, closes)| {
            let closed: usize = closes.iter().filter(|&&c| c != open).map(|&c| text.matches(c).count()).sum();
            if closes.contains(&open) {
                text.matches(open).count() % 2 == 0
            } else {
                text.matches(open).count() == closed
            }
        })
    };
    if !paired(src, quote_style(set.source_tag).unwrap_or(&[('“', &['”']), ('"', &['"'])])) {
        return;
    }
    for &(open, closes) in style.iter().take(2) {
        if !paired(tgt, &[(open, closes)]) {
            let args = vec![("quote", format!("{open}…{}", closes[0]))];
            out.push(Hit { check: Check::Quotes, message: "check-quotes-unbalanced", paragraph: 0, offset: 0, args });
        }
    }
}

/// How a text ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// A full stop, or an ellipsis.
    Stop,
    /// A question mark (a Greek `;` in Greek).
    Question,
    /// An exclamation mark.
    Exclamation,
    /// A colon, a semicolon or a comma: the sentence goes on.
    Pause,
    /// A letter, a digit or a symbol.
    None,
    /// A full stop after a number or a single letter: an ordinal, a list marker, a date
    /// (`Члан 1.`, `20.12.1996.`), or the end of a sentence.
    Ordinal,
}

/// How a paragraph's prose ends, closing quotes, brackets and holes set aside; a full stop
/// after a number or a single letter is an ordinal or a list marker (`Члан 1.`), counted as
/// no ending.
fn end_of(prose: &str, greek: bool) -> End {
    let t = prose.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ')' | ']' | '"' | '”' | '“' | '»' | '«' | '’' | '\'' | '*' | '_' | HOLE)
    });
    let mut chars = t.chars().rev();
    let Some(last) = chars.next() else { return End::None };
    match last {
        '.' | '…' => {
            let before: String =
                t[..t.len() - last.len_utf8()].chars().rev().take_while(|c| c.is_alphanumeric()).collect();
            if before.chars().all(|c| c.is_ascii_digit()) && !before.is_empty()
                || before.chars().count() == 1
                || script::roman(&before)
            {
                End::Ordinal
            } else {
                End::Stop
            }
        }
        '?' | '\u{37e}' | '¿' => End::Question,
        ';' if greek => End::Question,
        '!' => End::Exclamation,
        ':' | ';' | ',' | '—' | '–' => End::Pause,
        _ => End::None,
    }
}

/// Ending punctuation that disagrees with the source's: a question that is no longer one, an
/// exclamation lost or made, a sentence end lost or added. A full stop for a pause (or the
/// other way round) is the language's choice, not a finding.
fn ending(set: &Setting, src: &Side, tgt: &Side, out: &mut Vec<Hit>) {
    let greek = base(set.target_tag) == "el";
    let (Some(s), Some(t)) = (src.inline.last(), tgt.inline.last()) else { return };
    let (a, b) = (end_of(&s.prose, base(set.source_tag) == "el"), end_of(&t.prose, greek));
    let differs = match (a, b) {
        (x, y) if x == y => false,
        (End::Question, _) | (_, End::Question) => true,
        (End::Exclamation, End::Stop) | (End::Stop, End::Exclamation) => false,
        (End::Exclamation, _) | (_, End::Exclamation) => true,
        (End::Ordinal, End::Stop | End::None) | (End::Stop | End::None, End::Ordinal) => false,
        (End::Stop, End::None) | (End::None, End::Stop) => !(src.heading || tgt.heading),
        _ => false,
    };
    // Questions and exclamations inside the text: as many as the source's.
    let marks = |side: &Side, greek: bool, exclamation: bool| -> usize {
        side.inline
            .iter()
            .map(|i| {
                i.prose
                    .chars()
                    .filter(
                        |&c| if exclamation { c == '!' } else { matches!(c, '?' | '\u{37e}') || (greek && c == ';') },
                    )
                    .count()
            })
            .sum()
    };
    let source_greek = base(set.source_tag) == "el";
    for exclamation in [false, true] {
        let (a, b) = (marks(src, source_greek, exclamation), marks(tgt, greek, exclamation));
        if a != b && !differs {
            let what = if exclamation { "exclamation" } else { "question" };
            let args = vec![("what", what.to_string()), ("source", a.to_string()), ("target", b.to_string())];
            out.push(Hit { check: Check::Ending, message: "check-marks", paragraph: 0, offset: 0, args });
        }
    }
    if differs {
        let name = |e: End| match e {
            End::Stop => "stop",
            End::Question => "question",
            End::Exclamation => "exclamation",
            End::Pause => "pause",
            End::None | End::Ordinal => "none",
        };
        let last = tgt.inline.len() - 1;
        // The last character that is prose (a URL at the end is a hole).
        let trimmed = t.prose.trim_end_matches(|c: char| c.is_whitespace() || c == HOLE);
        let at = trimmed.char_indices().last().map_or(0, |(i, _)| i);
        let args = vec![("source", name(a).to_string()), ("target", name(b).to_string())];
        out.push(tgt.hit(Check::Ending, "check-ending", last, at, args));
    }
}

/// Spaces: two in a row, one before a comma or a full stop, one inside brackets or quotes.
fn spaces(set: &Setting, src: &Side, tgt: &Side, out: &mut Vec<Hit>) {
    // The quotation marks that only open, or only close, in the language.
    let style = quote_style(set.target_tag).unwrap_or(&[]);
    let opens = |c: char| style.iter().any(|&(o, _)| o == c);
    let closes = |c: char| style.iter().any(|&(_, cs)| cs.contains(&c));
    let opening_only = |c: char| is_quote(c) && opens(c) && !closes(c);
    let closing_only = |c: char| is_quote(c) && closes(c) && !opens(c);
    // French and its like put a space before `;:!?`.
    let spaced_marks = matches!(base(set.target_tag).as_str(), "fr" | "br");
    let source_has = |pat: &str| src.inline.iter().any(|i| i.prose.contains(pat));
    for (k, prose) in tgt.prose() {
        let b = prose.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let c = prose[i..].chars().next().unwrap_or(' ');
            let n = c.len_utf8();
            let next = prose[i + n..].chars().next();
            let space = c == ' ' || c == '\u{a0}';
            if space && next.is_some_and(|d| d == ' ' || d == '\u{a0}') && !source_has("  ") {
                out.push(tgt.hit(Check::Spaces, "check-spaces-double", k, i, Vec::new()));
                // One finding per run.
                i += prose[i..].find(|d: char| d != ' ' && d != '\u{a0}').unwrap_or(prose.len() - i);
                continue;
            }
            if space && i > 0 {
                if let Some(m) = next
                    && (matches!(m, ',' | '.' | '…') || (!spaced_marks && matches!(m, ';' | ':' | '!' | '?')))
                    // ` .5`, ` .NET` and ` ...` are no full stops.
                    && !(matches!(m, '.' | '…')
                        && prose[i + n + m.len_utf8()..].starts_with(|d: char| d.is_alphanumeric() || d == '.'))
                    && !source_has(&format!(" {m}"))
                {
                    out.push(tgt.hit(Check::Spaces, "check-spaces-before", k, i, vec![("mark", m.to_string())]));
                }
                // A closing mark after a space (a mark that opens a word is the quotes check's).
                if let Some(m) = next
                    && (matches!(m, ')' | ']') || closing_only(m) && quote_role(prose, i + n, m) != Some(true))
                    && !source_has(&format!(" {m}"))
                {
                    out.push(tgt.hit(Check::Spaces, "check-spaces-inside", k, i, vec![("mark", m.to_string())]));
                }
            }
            if (matches!(c, '(' | '[') || opening_only(c) && quote_role(prose, i, c) != Some(false))
                && next.is_some_and(|d| d == ' ')
                && !source_has(&format!("{c} "))
            {
                out.push(tgt.hit(Check::Spaces, "check-spaces-inside", k, i + n, vec![("mark", c.to_string())]));
            }
            i += n;
        }
    }
}

/// Brackets that do not pair, where the source's do: the first unmatched one. A letter or
/// number with a closing bracket that opens a text or follows a space (`a)`, `iv)`) is a list
/// marker.
fn brackets(src: &Side, tgt: &Side, out: &mut Vec<Hit>) {
    fn unmatched(prose: &str) -> Vec<(usize, char)> {
        let mut stack: Vec<(usize, char)> = Vec::new();
        let mut lone = Vec::new();
        let mut word_start = 0;
        for (i, c) in prose.char_indices() {
            if c.is_whitespace() {
                word_start = i + 1;
            }
            match c {
                '(' | '[' | '{' => stack.push((i, c)),
                ')' | ']' | '}' => {
                    let open = match c {
                        ')' => '(',
                        ']' => '[',
                        _ => '{',
                    };
                    let marker = c == ')'
                        && i > word_start
                        && i - word_start <= 4
                        && prose[word_start..i].chars().all(char::is_alphanumeric);
                    match stack.last() {
                        Some(&(_, o)) if o == open => {
                            stack.pop();
                        }
                        _ if marker => {}
                        _ => lone.push((i, c)),
                    }
                }
                _ => {}
            }
        }
        lone.extend(stack);
        lone.sort();
        lone
    }
    let s: usize = src.inline.iter().map(|i| unmatched(&i.prose).len()).sum();
    let t: Vec<(usize, (usize, char))> =
        tgt.inline.iter().enumerate().flat_map(|(k, i)| unmatched(&i.prose).into_iter().map(move |u| (k, u))).collect();
    if t.len() > s
        && let Some(&(k, (at, c))) = t.first()
    {
        out.push(tgt.hit(Check::Brackets, "check-brackets", k, at, vec![("bracket", c.to_string())]));
    }
}

/// A word written twice in a row (`the the`), letters only, across a line break too.
fn repeated(tgt: &Side, out: &mut Vec<Hit>) {
    for (k, prose) in tgt.prose() {
        let words = script::words(prose);
        for w in words.windows(2) {
            let between = &prose[w[0].at + w[0].text.len()..w[1].at];
            if !between.is_empty()
                && between.chars().all(|c| c == ' ' || c == '\u{a0}')
                && w[0].text.len() == w[1].text.len()
                && w[0].text.chars().flat_map(char::to_lowercase).eq(w[1].text.chars().flat_map(char::to_lowercase))
                && w[0].text.chars().any(char::is_alphabetic)
            {
                out.push(tgt.hit(
                    Check::RepeatedWord,
                    "check-repeated-word",
                    k,
                    w[1].at,
                    vec![("word", w[1].text.to_string())],
                ));
            }
        }
    }
}

/// The length of a text as the aligner measures it: characters that are not spaces.
pub fn text_length(texts: &[&str]) -> f64 {
    texts.iter().map(|t| t.chars().filter(|c| !c.is_whitespace()).count()).sum::<usize>() as f64
}

/// How far a translation's length is from what the length model expects of its source, in
/// standard deviations (Gale and Church's δ).
pub fn length_delta(c: f64, s2: f64, l1: f64, l2: f64) -> f64 {
    let mean = (l1 + l2 / c) / 2.0;
    (l2 - l1 * c) / (mean.max(1.0) * s2).sqrt()
}

/// A translation much longer or shorter than the model expects: beyond this many standard
/// deviations (the official UDHR translations stay within 2.8, and within 2.5 where they are
/// also a third off the expected length)…
const LENGTH_DELTA: f64 = 2.5;
/// … and off the expected length by at least this share of it (a paragraph cut to half of
/// itself, or doubled, is; a long translation of a short source is not).
const LENGTH_SHARE: f64 = 0.33;

fn length(set: &Setting, src: &Side, tgt: &Side, out: &mut Vec<Hit>) {
    let Some((c, s2)) = set.length else { return };
    let (l1, l2) = (text_length(&src.texts), text_length(&tgt.texts));
    let delta = length_delta(c, s2, l1, l2);
    let expected = l1 * c;
    if delta.abs() > LENGTH_DELTA && (l2 - expected).abs() >= expected * LENGTH_SHARE {
        let args = vec![
            ("ratio", format!("{:.2}", l2 / expected.max(1.0))),
            ("target", (l2 as usize).to_string()),
            ("expected", (expected.round() as usize).to_string()),
        ];
        out.push(Hit { check: Check::Length, message: "check-length", paragraph: 0, offset: 0, args });
    }
}

/// Glossary terms of the source whose translation is not in the translation.
fn glossary(set: &Setting, src: &Side, tgt: &Side, out: &mut Vec<Hit>) {
    let words = |side: &Side| -> Vec<String> {
        side.inline.iter().flat_map(|i| script::words(&i.prose)).map(|w| fold(w.text)).collect()
    };
    let (s, t) = (words(src), words(tgt));
    for term in &set.glossary.terms {
        if term.in_source(&s) && term.in_target(set.lang, &t) == Some(false) {
            let expected = term.target_shown[set.lang].clone().unwrap_or_default();
            let args = vec![("term", term.source_shown.clone()), ("expected", expected)];
            out.push(Hit { check: Check::Glossary, message: "check-glossary", paragraph: 0, offset: 0, args });
        }
    }
}
