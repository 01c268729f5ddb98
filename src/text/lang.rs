//! Languages: one type for every language tag lockstep meets — in `lockstep.toml`, on the
//! command line, in memory files, in the translation memory, in TMX files and in the UI locale.
//!
//! A [`Lang`] keeps the tag as it was given (regions and scripts included: `bg-BG`, `sr-Latn-RS`),
//! so that files and exports say what the user wrote, and a **written language** (its
//! [`key`](Lang::key)) that decides which languages match:
//!
//! - a region only names a locale of the same written language: `bg-BG` matches `bg`, `en-US`
//!   matches `en-GB` and `en`;
//! - a script is kept where the language is written in more than one: `sr-Latn` never matches
//!   `sr-Cyrl`, and `sr` alone means `sr-Cyrl` (as the design document says), unless its region is
//!   Montenegro or the former Serbia and Montenegro (`sr-ME`, `sr-CS`: Latin); Chinese is `zh-Hans`
//!   or `zh-Hant`; `uz-Cyrl` differs from `uz`;
//! - Portuguese keeps its two written standards (`pt-BR`, `pt-PT`), Norwegian `no` is Bokmål `nb`
//!   unless it says Nynorsk;
//! - legacy and ISO 639-2/3 codes name the language they stand for (`iw` is `he`, `bul` is `bg`,
//!   `sh` is `sr-Latn`).
//!
//! [`Lang::parse`] takes BCP 47 as people write it in the project file and on the command line;
//! [`Lang::parse_lenient`] also takes what other tools write (`_` for `-`, POSIX locale names such
//! as `sr_RS.UTF-8@latin`, Microsoft's `zh-CHS` and `sr-SP-Latn`), as TMX files and the locale
//! environment have them, and gives them a BCP 47 tag.

use std::fmt;

use unic_langid::LanguageIdentifier;

/// A language: the tag as given, its parsed identifier and its written language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Lang {
    tag: String,
    id: LanguageIdentifier,
    key: String,
}

impl Lang {
    /// Parses a BCP 47 tag as written in `lockstep.toml` or on the command line (any case; no
    /// `_`, no surrounding space). `None` when it is not a language (`und`, `x-…`, garbage).
    pub fn parse(tag: &str) -> Option<Lang> {
        if tag.is_empty() || tag.contains('_') || tag.contains('@') || tag.trim() != tag {
            return None;
        }
        let mut id: LanguageIdentifier = tag.parse().ok()?;
        let parts = Parts::of(tag)?;
        if parts.lang == "sr" && id.script.is_none() {
            id.script = parts.key().strip_prefix("sr-").and_then(|s| s.parse().ok());
        }
        Some(Lang { tag: tag.to_owned(), id, key: parts.key() })
    }

    /// Parses a language code as other tools write it (TMX files, locale names): BCP 47 in any
    /// case, `_` for `-`, POSIX locales (`sr_RS.UTF-8@latin`), legacy and three-letter codes. The
    /// tag becomes BCP 47 (`sr-Latn-RS`, `he`, `en-GB`), variants and extensions dropped.
    pub fn parse_lenient(raw: &str) -> Option<Lang> {
        let parts = Parts::of(raw)?;
        let tag = parts.tag();
        let id: LanguageIdentifier = tag.parse().ok()?;
        Some(Lang { tag, id, key: parts.key() })
    }

    /// The tag as given (lenient parses give it in BCP 47 form).
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The parsed identifier; a Serbian tag without a script has its script filled in.
    pub fn id(&self) -> &LanguageIdentifier {
        &self.id
    }

    /// The written language, the key that decides matches: `bg`, `sr-Cyrl`, `sr-Latn`,
    /// `zh-Hant`, `pt-BR`, `nb`.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Whether two languages are the same written language (`bg-BG` and `bg`; never `sr-Latn`
    /// and `sr-Cyrl`).
    pub fn matches(&self, other: &Lang) -> bool {
        self.key == other.key
    }

    /// Whether a language code, as another tool wrote it, is this written language.
    pub fn matches_code(&self, code: &str) -> bool {
        written_language(code).is_some_and(|k| k == self.key)
    }

    /// Whether `name`, as typed by a user, is this very language: the same tag (in any case) or
    /// the same identifier once parsed (`sr` names `sr-Cyrl`).
    pub fn is_named_by(&self, name: &str) -> bool {
        self.tag.eq_ignore_ascii_case(name) || Lang::parse(name).is_some_and(|l| l.id == self.id)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

/// The written language of a code in any form ([`Lang::parse_lenient`]'s), or `None` if it
/// is no language (`*all*`, `x-…`, `und`, garbage).
pub fn written_language(code: &str) -> Option<String> {
    Parts::of(code).map(|p| p.key())
}

/// A language code taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Parts {
    /// The language subtag, lowercase, aliases resolved (`iw` → `he`).
    lang: String,
    /// The script, title case, when the code names one or implies one (`sh`, `@latin`, `CHS`).
    script: Option<String>,
    /// The region, uppercase (or three digits).
    region: Option<String>,
    /// Norwegian said Nynorsk.
    nynorsk: bool,
}

impl Parts {
    fn of(code: &str) -> Option<Parts> {
        let code = code.trim();
        let (code, modifier) = code.split_once('@').map_or((code, None), |(t, m)| (t, Some(m)));
        let code = code.split_once('.').map_or(code, |(t, _)| t);
        let mut subtags = code.split(['-', '_']);
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
            Some("latin" | "latn") => script = Some("Latn".to_owned()),
            Some("cyrillic" | "cyrl") => script = Some("Cyrl".to_owned()),
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
        if lang == "no" && nynorsk {
            lang = "nn".to_owned();
        }
        Some(Parts { lang, script, region, nynorsk })
    }

    /// The BCP 47 tag: language, script and region as given.
    fn tag(&self) -> String {
        let mut tag = self.lang.clone();
        for part in [&self.script, &self.region].into_iter().flatten() {
            tag.push('-');
            tag.push_str(part);
        }
        tag
    }

    /// The written language.
    fn key(&self) -> String {
        let region = self.region.as_deref();
        let script = self.script.as_deref();
        match self.lang.as_str() {
            "sr" => {
                let latin = match script {
                    Some("Latn") => true,
                    Some("Cyrl") => false,
                    _ => matches!(region, Some("ME" | "CS")),
                };
                if latin { "sr-Latn" } else { "sr-Cyrl" }.to_owned()
            }
            "zh" => {
                let traditional = match script {
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
            "no" => "nb".to_owned(),
            lang => match script {
                Some(s) if usual_script(lang) != Some(s) => format!("{lang}-{s}"),
                _ => lang.to_owned(),
            },
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_languages_of_codes_in_every_form() {
        let cases = [
            ("en", "en"),
            ("EN-GB", "en"),
            ("en_US", "en"),
            ("eng", "en"),
            ("bg-BG", "bg"),
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
        for (code, want) in cases {
            assert_eq!(written_language(code).as_deref(), Some(want), "{code}");
            assert_eq!(Lang::parse_lenient(code).map(|l| l.key().to_owned()).as_deref(), Some(want), "{code}");
        }
    }

    #[test]
    fn what_is_no_language_is_refused() {
        for code in
            ["", "*all*", "x-klingon", "i-klingon", "english", "e", "en-", "en--GB", "und", "mul", "12", "en-GB!"]
        {
            assert_eq!(written_language(code), None, "{code:?}");
            assert_eq!(Lang::parse_lenient(code), None, "{code:?}");
            assert_eq!(Lang::parse(code), None, "{code:?}");
        }
        for code in ["bg_BG", " bg", "sr@latin", "sr_RS.UTF-8"] {
            assert_eq!(Lang::parse(code), None, "strict BCP 47 refuses {code:?}");
        }
    }

    #[test]
    fn tags_are_kept_as_given_and_lenient_ones_become_bcp47() {
        let bg = Lang::parse("bg-BG").unwrap();
        assert_eq!((bg.tag(), bg.key(), bg.id().to_string().as_str()), ("bg-BG", "bg", "bg-BG"));
        let sr = Lang::parse("sr").unwrap();
        assert_eq!((sr.tag(), sr.key(), sr.id().to_string().as_str()), ("sr", "sr-Cyrl", "sr-Cyrl"));
        for (code, tag) in [
            ("sr_RS.UTF-8@latin", "sr-Latn-RS"),
            ("EN-gb", "en-GB"),
            ("iw-IL", "he-IL"),
            ("sh", "sr-Latn"),
            ("zh-CHT", "zh-Hant"),
            ("bul", "bg"),
            ("es-419", "es-419"),
            ("de-DE-1996", "de-DE"),
        ] {
            assert_eq!(Lang::parse_lenient(code).unwrap().tag(), tag, "{code}");
        }
    }

    #[test]
    fn regions_match_and_scripts_never_do() {
        let lang = |t: &str| Lang::parse(t).unwrap();
        assert!(lang("bg-BG").matches(&lang("bg")));
        assert!(lang("bg").matches(&lang("bg-BG")));
        assert!(lang("en-US").matches(&lang("en-GB")));
        assert!(lang("sr").matches(&lang("sr-Cyrl-RS")));
        assert!(!lang("sr-Latn").matches(&lang("sr-Cyrl")));
        assert!(!lang("sr-Latn").matches(&lang("sr")));
        assert!(!lang("pt-BR").matches(&lang("pt-PT")));
        assert!(lang("hr-HR").matches_code("HRV"));
        assert!(lang("sr-Latn").matches_code("sr_RS@latin"));
        assert!(!lang("sr-Latn").matches_code("sr-RS"));
    }

    #[test]
    fn a_user_names_a_language_by_its_tag_or_identifier() {
        let sr = Lang::parse("sr-Cyrl").unwrap();
        assert!(sr.is_named_by("sr"));
        assert!(sr.is_named_by("SR-CYRL"));
        assert!(!sr.is_named_by("sr-Latn"));
        assert!(!Lang::parse("bg-BG").unwrap().is_named_by("bg"), "a region is named only as written");
    }
}
