//! Language codes: [`canonical_lang`] brings the codes found in TMX files (BCP 47, POSIX locales,
//! legacy and three-letter codes) to the form lockstep uses, and [`LangCache`] remembers the few
//! that one file uses.

/// The canonical form of a language code as lockstep uses it, or `None` if `tag` is no language
/// (`*all*`, `x-…`, `und`, garbage).
///
/// Accepts BCP 47 in any case, `_` for `-`, POSIX locales (`sr_RS.UTF-8@latin`), legacy codes
/// (`iw`→`he`, `in`→`id`, `ji`→`yi`, `jw`→`jv`, `mo`→`ro`, `sh`→`sr-Latn`), ISO 639-2/3 codes
/// (`eng`, `bul`, `srp`, `gre`…), Microsoft's `zh-CHS`/`zh-CHT` and `sr-SP-Latn`. The region is
/// dropped where it only names a locale of the same written language (`EN-GB`→`en`,
/// `bg-BG`→`bg`, `es-419`→`es`), and so are variants and extensions; a script is kept where the
/// language is written in more than one:
/// - Serbian always has one: `sr-Latn` when the tag says so (or `sh`, `@latin`, or the region is
///   Montenegro or the former Serbia and Montenegro, `ME`/`CS`), else `sr-Cyrl`;
/// - Chinese always has one: `zh-Hant` for `Hant`, `TW`, `HK`, `MO`, `CHT`, else `zh-Hans`;
/// - Portuguese keeps its two written standards: `pt-BR`, `pt-PT` (any other region), `pt`;
/// - Norwegian `no` is Bokmål, `nb`, unless it says Nynorsk (`nn`, `no-nyn`);
/// - other languages keep a script that is not their usual one (`uz-Cyrl`, `bs-Cyrl`).
pub fn canonical_lang(tag: &str) -> Option<String> {
    let tag = tag.trim();
    let (tag, modifier) = tag.split_once('@').map_or((tag, None), |(t, m)| (t, Some(m)));
    let tag = tag.split_once('.').map_or(tag, |(t, _)| t);
    let mut subtags = tag.split(['-', '_']);
    let first = subtags.next()?;
    if !(2..=3).contains(&first.len()) || !first.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut lang = first.to_ascii_lowercase();
    let mut script: Option<String> = None;
    let mut region: Option<String> = None;
    let mut nynorsk = false;
    for (n, sub) in subtags.enumerate() {
        if sub.is_empty() || sub.len() > 8 || !sub.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        if sub.len() == 1 {
            break; // extensions and private use: nothing lockstep keeps
        }
        let lower = sub.to_ascii_lowercase();
        let alpha = sub.bytes().all(|b| b.is_ascii_alphabetic());
        match (lower.as_str(), sub.len(), alpha) {
            ("chs", ..) => script = Some("Hans".to_owned()),
            ("cht", ..) => script = Some("Hant".to_owned()),
            ("nyn" | "nynorsk", ..) => nynorsk = true,
            (_, 3, true) if n == 0 && matches!(lang.as_str(), "zh" | "ar" | "ms") => lang = lower,
            (_, 4, true) if script.is_none() => {
                let mut s = lower;
                s[..1].make_ascii_uppercase();
                script = Some(s);
            }
            (_, 2, true) if region.is_none() => region = Some(lower.to_ascii_uppercase()),
            (_, 3, false) if region.is_none() && lower.bytes().all(|b| b.is_ascii_digit()) => {
                region = Some(lower);
            }
            _ => {} // variants (de-1996, ca-valencia): the same written language
        }
    }
    match modifier.map(str::to_ascii_lowercase).as_deref() {
        Some("latin") => script = Some("Latn".to_owned()),
        Some("cyrillic") => script = Some("Cyrl".to_owned()),
        _ => {}
    }
    if matches!(lang.as_str(), "und" | "mul" | "zxx" | "mis") {
        return None;
    }
    if let Some((alias, implied)) = lang_alias(&lang) {
        lang = alias.to_owned();
        if script.is_none() {
            script = implied.map(str::to_owned);
        }
    }
    let region = region.as_deref();
    Some(match lang.as_str() {
        "sr" => {
            let latin = match script.as_deref() {
                Some("Latn") => true,
                Some("Cyrl") => false,
                _ => matches!(region, Some("ME" | "CS")),
            };
            if latin { "sr-Latn" } else { "sr-Cyrl" }.to_owned()
        }
        "zh" => {
            let traditional = match script.as_deref() {
                Some("Hant") => true,
                Some("Hans") => false,
                _ => matches!(region, Some("TW" | "HK" | "MO")),
            };
            if traditional { "zh-Hant" } else { "zh-Hans" }.to_owned()
        }
        "pt" => match region {
            None => "pt",
            Some("BR") => "pt-BR",
            Some(_) => "pt-PT",
        }
        .to_owned(),
        "no" if nynorsk => "nn".to_owned(),
        "no" => "nb".to_owned(),
        _ => match script {
            Some(s) if usual_script(&lang) != Some(s.as_str()) => format!("{lang}-{s}"),
            _ => lang,
        },
    })
}

/// Legacy and three-letter codes with their two-letter equivalent (and the script one implies).
fn lang_alias(lang: &str) -> Option<(&'static str, Option<&'static str>)> {
    const ALIASES: &[(&str, &str)] = &[
        ("afr", "af"),
        ("alb", "sq"),
        ("ara", "ar"),
        ("arb", "ar"),
        ("arm", "hy"),
        ("aze", "az"),
        ("baq", "eu"),
        ("bel", "be"),
        ("ben", "bn"),
        ("bos", "bs"),
        ("bul", "bg"),
        ("cat", "ca"),
        ("ces", "cs"),
        ("chi", "zh"),
        ("cmn", "zh"),
        ("cym", "cy"),
        ("cze", "cs"),
        ("dan", "da"),
        ("deu", "de"),
        ("dut", "nl"),
        ("ekk", "et"),
        ("ell", "el"),
        ("eng", "en"),
        ("epo", "eo"),
        ("est", "et"),
        ("eus", "eu"),
        ("fas", "fa"),
        ("fin", "fi"),
        ("fra", "fr"),
        ("fre", "fr"),
        ("geo", "ka"),
        ("ger", "de"),
        ("gle", "ga"),
        ("glg", "gl"),
        ("gre", "el"),
        ("heb", "he"),
        ("hin", "hi"),
        ("hrv", "hr"),
        ("hun", "hu"),
        ("hye", "hy"),
        ("ice", "is"),
        ("in", "id"),
        ("ind", "id"),
        ("isl", "is"),
        ("ita", "it"),
        ("iw", "he"),
        ("jpn", "ja"),
        ("ji", "yi"),
        ("jw", "jv"),
        ("kat", "ka"),
        ("kaz", "kk"),
        ("kor", "ko"),
        ("lat", "la"),
        ("lav", "lv"),
        ("lit", "lt"),
        ("ltz", "lb"),
        ("lvs", "lv"),
        ("mac", "mk"),
        ("may", "ms"),
        ("mkd", "mk"),
        ("mlt", "mt"),
        ("mo", "ro"),
        ("msa", "ms"),
        ("nld", "nl"),
        ("nno", "nn"),
        ("nob", "nb"),
        ("nor", "no"),
        ("per", "fa"),
        ("pes", "fa"),
        ("pol", "pl"),
        ("por", "pt"),
        ("ron", "ro"),
        ("rum", "ro"),
        ("rus", "ru"),
        ("scc", "sr"),
        ("scr", "hr"),
        ("slk", "sk"),
        ("slo", "sk"),
        ("slv", "sl"),
        ("spa", "es"),
        ("sqi", "sq"),
        ("srp", "sr"),
        ("swa", "sw"),
        ("swe", "sv"),
        ("swh", "sw"),
        ("tha", "th"),
        ("tur", "tr"),
        ("ukr", "uk"),
        ("urd", "ur"),
        ("uzb", "uz"),
        ("vie", "vi"),
        ("wel", "cy"),
        ("zho", "zh"),
        ("zsm", "ms"),
    ];
    if lang == "sh" {
        return Some(("sr", Some("Latn")));
    }
    ALIASES.binary_search_by(|(from, _)| (*from).cmp(lang)).ok().map(|i| (ALIASES[i].1, None))
}

/// The script a language is written in when its tag names none, for the languages where a tag
/// may name one.
fn usual_script(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "bg" | "ru" | "uk" | "be" | "mk" | "kk" | "ky" | "tg" | "mn" | "tt" | "ba" | "cv" | "ce" => "Cyrl",
        "el" => "Grek",
        "ar" | "fa" | "ur" | "ps" | "sd" | "ug" | "ks" | "ckb" => "Arab",
        "he" | "yi" => "Hebr",
        "hi" | "mr" | "ne" | "sa" => "Deva",
        "bn" | "as" => "Beng",
        "pa" => "Guru",
        "gu" => "Gujr",
        "or" => "Orya",
        "ta" => "Taml",
        "te" => "Telu",
        "kn" => "Knda",
        "ml" => "Mlym",
        "si" => "Sinh",
        "th" => "Thai",
        "lo" => "Laoo",
        "km" => "Khmr",
        "my" => "Mymr",
        "ka" => "Geor",
        "hy" => "Armn",
        "am" | "ti" => "Ethi",
        "ja" => "Jpan",
        "ko" => "Kore",
        "bo" => "Tibt",
        "dv" => "Thaa",
        _ if lang.len() == 2 || matches!(lang, "fil" | "ast" | "hsb" | "dsb" | "fur" | "sco") => "Latn",
        _ => return None,
    })
}

/// Canonical languages of the tags seen lately (a file uses a handful).
#[derive(Debug, Default)]
pub(super) struct LangCache {
    entries: Vec<(String, Option<String>)>,
}

impl LangCache {
    pub(super) fn canonical(&mut self, raw: &str) -> Option<String> {
        if let Some((_, c)) = self.entries.iter().find(|(r, _)| r == raw) {
            return c.clone();
        }
        let c = canonical_lang(raw);
        if self.entries.len() >= 32 {
            self.entries.clear();
        }
        self.entries.push((raw.to_owned(), c.clone()));
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_lang_maps_the_codes_found_in_real_files() {
        let cases = [
            ("en", "en"),
            ("EN-GB", "en"),
            ("en_US", "en"),
            ("en-us", "en"),
            ("en_US.UTF-8", "en"),
            ("en-Latn-US", "en"),
            ("eng", "en"),
            ("bg-BG", "bg"),
            ("BG", "bg"),
            ("bg-Cyrl", "bg"),
            ("bul", "bg"),
            ("hr-HR", "hr"),
            ("el-GR", "el"),
            ("gre", "el"),
            ("sr", "sr-Cyrl"),
            ("SR", "sr-Cyrl"),
            ("sr-RS", "sr-Cyrl"),
            ("sr-Cyrl-RS", "sr-Cyrl"),
            ("sr-SP-Cyrl", "sr-Cyrl"),
            ("sr-Cyrl-CS", "sr-Cyrl"),
            ("sr-BA", "sr-Cyrl"),
            ("sr-Latn", "sr-Latn"),
            ("sr-Latn-RS", "sr-Latn"),
            ("sr-ME", "sr-Latn"),
            ("sr-Latn-ME", "sr-Latn"),
            ("sr-SP-Latn", "sr-Latn"),
            ("SR-SP-LATN", "sr-Latn"),
            ("sr-CS", "sr-Latn"),
            ("sr_RS@latin", "sr-Latn"),
            ("sr_RS.UTF-8@latin", "sr-Latn"),
            ("sh", "sr-Latn"),
            ("sh-YU", "sr-Latn"),
            ("srp", "sr-Cyrl"),
            ("iw", "he"),
            ("iw-IL", "he"),
            ("in", "id"),
            ("ji", "yi"),
            ("jw", "jv"),
            ("mo", "ro"),
            ("no", "nb"),
            ("no-NO", "nb"),
            ("nb-NO", "nb"),
            ("nn-NO", "nn"),
            ("no-NO-nynorsk", "nn"),
            ("no-nyn", "nn"),
            ("zh", "zh-Hans"),
            ("zh-CN", "zh-Hans"),
            ("zh-SG", "zh-Hans"),
            ("zh-CHS", "zh-Hans"),
            ("zh-Hans-CN", "zh-Hans"),
            ("zh-TW", "zh-Hant"),
            ("zh-HK", "zh-Hant"),
            ("zh-CHT", "zh-Hant"),
            ("zh-Hant", "zh-Hant"),
            ("zh-cmn-Hant", "zh-Hant"),
            ("pt", "pt"),
            ("pt-BR", "pt-BR"),
            ("PT-BR", "pt-BR"),
            ("pt-PT", "pt-PT"),
            ("pt-AO", "pt-PT"),
            ("es-419", "es"),
            ("es-ES", "es"),
            ("fr-CA", "fr"),
            ("de-DE-1996", "de"),
            ("ca-ES-valencia", "ca"),
            ("en-US-x-twain", "en"),
            ("uz-Cyrl", "uz-Cyrl"),
            ("uz-Latn-UZ", "uz"),
            ("bs-Cyrl-BA", "bs-Cyrl"),
            ("ja-JP", "ja"),
            ("fil-PH", "fil"),
            ("ast", "ast"),
            (" de ", "de"),
        ];
        for (tag, want) in cases {
            assert_eq!(canonical_lang(tag).as_deref(), Some(want), "{tag}");
        }
    }

    #[test]
    fn canonical_lang_refuses_what_is_no_language() {
        for tag in
            ["", "*all*", "x-klingon", "i-klingon", "english", "e", "en-", "en--GB", "und", "mul", "12", "en-GB!"]
        {
            assert_eq!(canonical_lang(tag), None, "{tag:?}");
        }
    }
}
