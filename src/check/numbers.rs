//! Numbers as a reader reads them, whatever the locale writes: `1,000.5` (English), `1.000,5`
//! (Bulgarian, Greek, Croatian, Serbian) and `1 000,5` are one value; `10%` and `10 %`, `1st`
//! and `1.` are one number each. Dates and versions written with dots (`10.12.1948`) are read
//! as their parts.

/// A number found in prose: its value in a canonical form (`1000.5`) and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// The value: a `-` when negative, digits, and `.` before decimals when it has some
    /// (`1000`, `-2.5`, `½`).
    pub value: String,
    /// A part of a date written with dots or slashes (`20.12.1996.`) other than its year: the
    /// other side may write that part as a month's name.
    pub date_part: bool,
    /// Byte offset in the prose.
    pub at: usize,
    /// As written.
    pub written: String,
}

/// Group separators of digits, besides `,` and `.`: spaces (no-break, narrow, thin) and the
/// apostrophe.
fn is_space_group(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’')
}

/// The numbers of a prose text. `decimal_comma` says how the text's language writes decimals
/// when a single separator is ambiguous (`1,500`: one and a half in Bulgarian, fifteen
/// hundred in English).
pub fn numbers(prose: &str, decimal_comma: bool) -> Vec<Number> {
    let b = prose.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // A digit glued to letters before it (`H2O`, `A4`) is part of a name: still a number.
        let start = i;
        // Groups of digits and the separators between them.
        let mut groups: Vec<&str> = Vec::new();
        let mut seps: Vec<char> = Vec::new();
        let mut end;
        loop {
            let g0 = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            groups.push(&prose[g0..i]);
            end = i;
            let Some(c) = prose[i..].chars().next() else { break };
            let after = i + c.len_utf8();
            let digit_follows = b.get(after).is_some_and(u8::is_ascii_digit);
            if digit_follows && (c == ',' || c == '.' || is_space_group(c)) {
                // A space groups only three digits after one to three (`10 000`, not `Art. 10 5`).
                if is_space_group(c) {
                    let next_len = b[after..].iter().take_while(|d| d.is_ascii_digit()).count();
                    if next_len != 3
                        || groups.last().is_none_or(|g| g.len() > 3)
                        || seps.iter().any(|s| !is_space_group(*s))
                    {
                        break;
                    }
                }
                seps.push(c);
                i = after;
            } else {
                break;
            }
        }
        // A minus sign before a number that follows no letter or digit (`-5`, `−5`; not `1-3`).
        let before = prose[..start].chars().next_back();
        let negative = matches!(before, Some('-' | '−'))
            && prose[..start - before.map_or(0, char::len_utf8)]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
        let parts = values(&groups, &seps, decimal_comma);
        let date = parts.len() == 3 && seps.iter().all(|&c| c == '.' || c == '/');
        for (k, (value, offset, len)) in parts.into_iter().enumerate() {
            let at = start + offset;
            let value = if negative && k == 0 { format!("-{value}") } else { value };
            let at_sign = if negative && k == 0 { at - before.map_or(0, char::len_utf8) } else { at };
            out.push(Number {
                value,
                at: at_sign,
                written: prose[at_sign..at + len].to_string(),
                date_part: date && k < 2,
            });
        }
        i = end.max(start + 1);
    }
    // Fractions written as one character.
    for (at, c) in prose.char_indices().filter(|(_, c)| matches!(c, '\u{bc}'..='\u{be}' | '\u{2150}'..='\u{215e}')) {
        out.push(Number { value: c.to_string(), at, written: c.to_string(), date_part: false });
    }
    out.sort_by_key(|n| n.at);
    out
}

/// Whether a word names a month, in English, Bulgarian, Serbian, Croatian or Greek (any case,
/// accents and inflection).
pub fn month_name(word: &str) -> bool {
    const STEMS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "януари",
        "февруари",
        "март",
        "април",
        "май",
        "юни",
        "юли",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
        "јануар",
        "фебруар",
        "мај",
        "јун",
        "јул",
        "септемб",
        "октоб",
        "новемб",
        "децемб",
        "januar",
        "februar",
        "mart",
        "maj",
        "jun",
        "jul",
        "avgust",
        "septemb",
        "oktob",
        "novemb",
        "decemb",
        "siječ",
        "sijec",
        "veljač",
        "veljac",
        "ožuj",
        "ozuj",
        "travanj",
        "travnj",
        "svibanj",
        "svibnj",
        "lipanj",
        "lipnj",
        "srpanj",
        "srpnj",
        "kolovoz",
        "rujan",
        "rujn",
        "listopad",
        "studen",
        "prosin",
        "ιανουαρ",
        "φεβρουαρ",
        "μαρτ",
        "απριλ",
        "μαι",
        "μαϊ",
        "ιουν",
        "ιουλ",
        "αυγουστ",
        "σεπτεμβρ",
        "οκτωβρ",
        "νοεμβρ",
        "δεκεμβρ",
    ];
    static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let stems = FOLDED.get_or_init(|| STEMS.iter().map(|s| crate::check::glossary::fold(s)).collect());
    if word.chars().count() < 3 {
        return false;
    }
    let w = crate::check::glossary::fold(word);
    stems.iter().any(|s| w.starts_with(s.as_str()))
}

/// The values of a run of digit groups and separators: one number, or several (a date).
/// Each with its offset from the run's start and its written length.
fn values(groups: &[&str], seps: &[char], decimal_comma: bool) -> Vec<(String, usize, usize)> {
    let total: usize = groups.iter().map(|g| g.len()).sum::<usize>() + seps.iter().map(|c| c.len_utf8()).sum::<usize>();
    let int = |digits: &str| {
        let t = digits.trim_start_matches('0');
        if t.is_empty() { "0".to_string() } else { t.to_string() }
    };
    // Decimals as written: `2.10` is not `2.1` (a version, a price).
    let with_decimals = |int_part: String, frac: &str| format!("{int_part}.{frac}");
    if seps.is_empty() {
        return vec![(int(groups[0]), 0, total)];
    }
    let grouped = |gs: &[&str]| gs.len() > 1 && gs[0].len() <= 3 && gs[1..].iter().all(|g| g.len() == 3);
    let last = *seps.last().unwrap_or(&'.');
    let first = seps[0];
    let one_kind = seps.iter().all(|&s| s == first || (is_space_group(s) && is_space_group(first)));
    if !one_kind {
        // Two kinds: the last separator is the decimal one (`1,000.5`, `1.000,5`, `1 000,5`).
        let (head, tail) = groups.split_at(groups.len() - 1);
        let head_seps_same = seps[..seps.len() - 1].iter().all(|&s| s != last);
        if head_seps_same && grouped(head) && matches!(last, ',' | '.') {
            return vec![(with_decimals(int(&head.concat()), tail[0]), 0, total)];
        }
    } else if is_space_group(first) || seps.len() > 1 {
        // Spaces, or one mark several times (`1.000.000`): groups of thousands.
        if grouped(groups) {
            return vec![(int(&groups.concat()), 0, total)];
        }
    } else {
        // One `,` or `.`: grouping only where the language groups with it and three digits follow.
        let groups_with = if decimal_comma { '.' } else { ',' };
        if first == groups_with && grouped(groups) {
            return vec![(int(&groups.concat()), 0, total)];
        }
        return vec![(with_decimals(int(groups[0]), groups[1]), 0, total)];
    }
    // Not one number: each group is one (a date `10.12.1948`, a version `1.2.3`).
    let mut out = Vec::new();
    let mut offset = 0;
    for (k, g) in groups.iter().enumerate() {
        out.push((int(g), offset, g.len()));
        offset += g.len() + seps.get(k).map_or(0, |c| c.len_utf8());
    }
    out
}

/// Whether a language writes decimals with a comma (most of Europe) rather than a point.
pub fn decimal_comma(lang: &str) -> bool {
    let base = lang.split('-').next().unwrap_or(lang).to_ascii_lowercase();
    !matches!(
        base.as_str(),
        "en" | "zh" | "ja" | "ko" | "he" | "th" | "hi" | "ms" | "fil" | "tl" | "ga" | "cy" | "mt" | "sw" | "ar" | "ur"
    )
}

/// The small numbers (0–10) of a language written out, in the forms a text uses: for
/// `spelled_numbers = true`. Empty for a language lockstep has no words for.
pub fn spelled(lang: &str, word: &str) -> Option<u32> {
    let base = lang.split('-').next().unwrap_or(lang);
    let w = word.to_lowercase();
    let table: &[(&str, u32)] = match base {
        "en" => &[
            ("zero", 0),
            ("one", 1),
            ("two", 2),
            ("three", 3),
            ("four", 4),
            ("five", 5),
            ("six", 6),
            ("seven", 7),
            ("eight", 8),
            ("nine", 9),
            ("ten", 10),
        ],
        "bg" => &[
            ("нула", 0),
            ("един", 1),
            ("една", 1),
            ("едно", 1),
            ("два", 2),
            ("две", 2),
            ("двама", 2),
            ("три", 3),
            ("трима", 3),
            ("четири", 4),
            ("четирима", 4),
            ("пет", 5),
            ("петима", 5),
            ("шест", 6),
            ("седем", 7),
            ("осем", 8),
            ("девет", 9),
            ("десет", 10),
        ],
        "sr" | "hr" | "bs" => &[
            ("нула", 0),
            ("један", 1),
            ("једна", 1),
            ("једно", 1),
            ("два", 2),
            ("две", 2),
            ("двије", 2),
            ("двоје", 2),
            ("три", 3),
            ("троје", 3),
            ("четири", 4),
            ("пет", 5),
            ("шест", 6),
            ("седам", 7),
            ("осам", 8),
            ("девет", 9),
            ("десет", 10),
            ("nula", 0),
            ("jedan", 1),
            ("jedna", 1),
            ("jedno", 1),
            ("dva", 2),
            ("dve", 2),
            ("dvije", 2),
            ("dvoje", 2),
            ("tri", 3),
            ("troje", 3),
            ("četiri", 4),
            ("pet", 5),
            ("šest", 6),
            ("sedam", 7),
            ("osam", 8),
            ("devet", 9),
            ("deset", 10),
        ],
        "el" => &[
            ("μηδέν", 0),
            ("ένα", 1),
            ("ένας", 1),
            ("μία", 1),
            ("μια", 1),
            ("δύο", 2),
            ("τρία", 3),
            ("τρεις", 3),
            ("τέσσερα", 4),
            ("τέσσερις", 4),
            ("πέντε", 5),
            ("έξι", 6),
            ("επτά", 7),
            ("εφτά", 7),
            ("οκτώ", 8),
            ("οχτώ", 8),
            ("εννέα", 9),
            ("εννιά", 9),
            ("δέκα", 10),
        ],
        _ => &[],
    };
    table.iter().find(|(f, _)| *f == w).map(|&(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vals(s: &str, comma: bool) -> Vec<String> {
        numbers(s, comma).into_iter().map(|n| n.value).collect()
    }

    #[test]
    fn one_value_in_every_locale() {
        assert_eq!(vals("1,000.5 people", false), vec!["1000.5"]);
        assert_eq!(vals("2.10", false), vec!["2.10"]);
        assert_eq!(vals("1.000,5 души", true), vec!["1000.5"]);
        assert_eq!(vals("1 000,5 души", true), vec!["1000.5"]);
        assert_eq!(vals("1\u{a0}000\u{a0}000 души", true), vec!["1000000"]);
        assert_eq!(vals("10% and 10 %", false), vec!["10", "10"]);
        assert_eq!(vals("the 1st and the 1.", false), vec!["1", "1"]);
        assert_eq!(vals("2.50 or 2,50", true), vec!["2.50", "2.50"]);
        assert_eq!(vals("-5 or −5, not 1-3", false), vec!["-5", "-5", "1", "3"]);
        assert_eq!(vals("½ and ¼", false), vec!["½", "¼"]);
        // Ambiguous: the language decides.
        assert_eq!(vals("1,500", false), vec!["1500"]);
        assert_eq!(vals("1,500", true), vec!["1.500"]);
        assert_eq!(vals("1.500", true), vec!["1500"]);
    }

    #[test]
    fn dates_and_lists_are_their_parts() {
        assert_eq!(vals("10.12.1948.", true), vec!["10", "12", "1948"]);
        let parts: Vec<bool> = numbers("20.12.1996.", true).iter().map(|n| n.date_part).collect();
        assert_eq!(parts, vec![true, true, false]);
        assert!(month_name("December") && month_name("декември") && month_name("ožujka") && month_name("Δεκεμβρίου"));
        assert!(!month_name("ma") && !month_name("article"));
        assert_eq!(vals("articles 1, 2 and 30", false), vec!["1", "2", "30"]);
        assert_eq!(vals("Art. 10 5 x", true), vec!["10", "5"]);
        assert_eq!(vals("007", true), vec!["7"]);
        let n = &numbers("in 1 000,5 x", true)[0];
        assert_eq!((n.at, n.written.as_str()), (3, "1 000,5"));
    }

    #[test]
    fn spelled_small_numbers() {
        assert_eq!(spelled("bg-BG", "Три"), Some(3));
        assert_eq!(spelled("sr-Latn", "dvije"), Some(2));
        assert_eq!(spelled("el", "δύο"), Some(2));
        assert_eq!(spelled("fi", "kaksi"), None);
    }
}
