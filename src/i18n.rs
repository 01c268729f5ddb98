//! The user interface language: Fluent bundles compiled into the binary, the choice of a
//! locale from the command line and the environment, message lookup with fallback to `en-US`
//! message by message, and numbers written the locale's way.
//!
//! Every message the tool shows people goes through [`Localizer::msg`], and every number it
//! shows people through a message argument or [`Localizer::number`]. Machine-readable output
//! (JSON) never does.
//!
//! The choice of locale follows gettext: `--ui-lang`, else `LOCKSTEP_UI_LANG`, else
//! `LANGUAGE` (a colon-separated list), `LC_ALL`, `LC_MESSAGES`, `LANG`, where `LANGUAGE` is
//! ignored when the locale is `C` or `POSIX` (or not set at all). POSIX names such as
//! `sr_RS.UTF-8@latin` are read as BCP 47 tags, and the request is matched against the shipped
//! locales with CLDR's likely subtags (`sr` and `sr-RS` mean `sr-Cyrl`, `sr-ME` means
//! `sr-Latn`).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use lockstep::text::Lang;
use unic_langid::LanguageIdentifier;

/// The shipped locales: tag and Fluent source. `sr-Latn` is generated from `sr-Cyrl` by
/// `locales/make-sr-latn.py`.
pub const LOCALES: &[(&str, &str)] = &[
    ("en-US", include_str!("../locales/en-US/lockstep.ftl")),
    ("bg", include_str!("../locales/bg/lockstep.ftl")),
    ("sr-Cyrl", include_str!("../locales/sr-Cyrl/lockstep.ftl")),
    ("sr-Latn", include_str!("../locales/sr-Latn/lockstep.ftl")),
    ("el", include_str!("../locales/el/lockstep.ftl")),
    ("hr", include_str!("../locales/hr/lockstep.ftl")),
];

/// The locale every message falls back to.
pub const FALLBACK: &str = "en-US";

/// An argument of a message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text, shown as is.
    Str(String),
    /// A number: written the locale's way, and it selects plural variants.
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}

/// How a locale writes numbers: CLDR's symbols for the Latin digits and its minimum grouping
/// digits (`bg` writes `1234` but `12 345`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberFormat {
    /// The decimal separator.
    pub decimal: &'static str,
    /// The group (thousands) separator.
    pub group: &'static str,
    /// The minus sign.
    pub minus: &'static str,
    /// Digits there must be before the first group separator: 1 groups `1,234`, 2 groups only
    /// from `10 000`.
    pub min_grouping: usize,
}

/// CLDR number symbols by language (`cldr-numbers-full`, `main/<lang>/numbers.json`).
const NUMBER_FORMATS: &[(&str, NumberFormat)] = &[
    ("en", NumberFormat { decimal: ".", group: ",", minus: "-", min_grouping: 1 }),
    ("bg", NumberFormat { decimal: ",", group: "\u{a0}", minus: "-", min_grouping: 2 }),
    ("el", NumberFormat { decimal: ",", group: ".", minus: "-", min_grouping: 1 }),
    ("hr", NumberFormat { decimal: ",", group: ".", minus: "\u{2212}", min_grouping: 1 }),
    ("sr", NumberFormat { decimal: ",", group: ".", minus: "-", min_grouping: 1 }),
];

impl NumberFormat {
    /// The number format of a locale (English for a language we have no data for).
    pub fn for_lang(lang: &LanguageIdentifier) -> NumberFormat {
        let language = lang.language.as_str();
        NUMBER_FORMATS.iter().find(|(l, _)| *l == language).unwrap_or(&NUMBER_FORMATS[0]).1
    }

    /// Rewrites a number written the plain way (`-12345.5`) with the locale's separators.
    pub fn localize(&self, plain: &str) -> String {
        let (sign, digits) = match plain.strip_prefix('-') {
            Some(rest) => (self.minus, rest),
            None => ("", plain),
        };
        let (int, frac) = match digits.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (digits, None),
        };
        let mut out = String::from(sign);
        let n = int.len();
        let grouped = int.bytes().all(|b| b.is_ascii_digit()) && n >= 3 + self.min_grouping;
        for (k, c) in int.chars().enumerate() {
            if grouped && k > 0 && (n - k) % 3 == 0 {
                out.push_str(self.group);
            }
            out.push(c);
        }
        if let Some(frac) = frac {
            out.push_str(self.decimal);
            out.push_str(frac);
        }
        out
    }
}

impl Memoizable for NumberFormat {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(NumberFormat::for_lang(&lang))
    }
}

/// Fluent's hook for numbers in messages: written the bundle locale's way.
fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => intls.with_try_get::<NumberFormat, _, _>((), |f| f.localize(&n.as_string())).ok(),
        _ => None,
    }
}

/// Message lookup in one UI language, falling back to `en-US`.
pub struct Localizer {
    /// The chosen locale, one of [`LOCALES`].
    pub lang: LanguageIdentifier,
    bundles: Vec<FluentBundle<FluentResource>>,
    numbers: NumberFormat,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("lang", &self.lang).finish()
    }
}

fn bundle(tag: &str, source: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_value));
    // The shipped files are checked by the test suite; a broken entry is skipped, not fatal.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
    let _ = bundle.add_resource(resource);
    bundle
}

/// Whether `lang` is the locale `tag`.
fn tag_is(lang: &LanguageIdentifier, tag: &str) -> bool {
    tag.parse::<LanguageIdentifier>().is_ok_and(|l| l == *lang)
}

/// The shipped locales as language identifiers.
pub fn available() -> Vec<LanguageIdentifier> {
    LOCALES.iter().filter_map(|(tag, _)| tag.parse().ok()).collect()
}

/// The shipped locale that best matches the requested ones, in order of preference (with
/// CLDR likely subtags: `sr-RS` → `sr-Cyrl`, `sr-ME` → `sr-Latn`), else `en-US`.
pub fn negotiate(requested: &[LanguageIdentifier]) -> LanguageIdentifier {
    let available = available();
    let default: LanguageIdentifier = FALLBACK.parse().unwrap_or_default();
    let chosen = fluent_langneg::negotiate_languages(
        requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen.first().map_or(default.clone(), |l| (*l).clone())
}

impl Localizer {
    /// A localizer for the best shipped match of the requested locales.
    pub fn new(requested: &[LanguageIdentifier]) -> Localizer {
        let lang = negotiate(requested);
        let mut bundles = Vec::new();
        for (tag, source) in LOCALES {
            if tag_is(&lang, tag) {
                bundles.push(bundle(tag, source));
            }
        }
        if !tag_is(&lang, FALLBACK)
            && let Some((tag, source)) = LOCALES.iter().find(|(t, _)| *t == FALLBACK)
        {
            bundles.push(bundle(tag, source));
        }
        let numbers = NumberFormat::for_lang(&lang);
        Localizer { lang, bundles, numbers }
    }

    /// A localizer in a translator's language `lang`, when lockstep speaks it.
    pub fn for_translator(lang: &LanguageIdentifier) -> Option<Localizer> {
        let chosen = negotiate(std::slice::from_ref(lang));
        (chosen.language == lang.language).then(|| Localizer::new(std::slice::from_ref(lang)))
    }

    /// The localizer the user asked for: `ui_lang` (`--ui-lang`) if given, else the
    /// environment, as [`requested_locales`] reads it.
    pub fn from_env(ui_lang: Option<&str>) -> Localizer {
        Localizer::new(&requested_locales(ui_lang, |var| std::env::var(var).ok()))
    }

    /// The message `id` with named arguments. A missing message shows its id.
    pub fn msg(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.lookup(id, None, args).unwrap_or_else(|| id.to_string())
    }

    /// An attribute of a message, if any bundle has it.
    pub fn attr(&self, id: &str, attr: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.lookup(id, Some(attr), args)
    }

    /// Whether a message exists in any bundle.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// A count written the locale's way: `12,345` in English, `12 345` in Bulgarian (but
    /// `1234`), `12.345` in Greek, Croatian and Serbian.
    pub fn number(&self, n: usize) -> String {
        self.numbers.localize(&n.to_string())
    }

    /// A decimal number with `digits` digits after the separator: `0.97` in English, `0,97`
    /// in the other shipped locales.
    pub fn decimal(&self, x: f64, digits: usize) -> String {
        self.numbers.localize(&format!("{x:.digits$}"))
    }

    /// A whole percentage as the locale writes it (`94%`, `94 %`), from the `percent` message.
    pub fn percent(&self, n: usize) -> String {
        self.msg("percent", &[("value", Arg::from(n))])
    }

    fn lookup(&self, id: &str, attr: Option<&str>, args: &[(&str, Arg)]) -> Option<String> {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(s.clone())),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        for bundle in &self.bundles {
            let Some(message) = bundle.get_message(id) else { continue };
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            return Some(text.into_owned());
        }
        None
    }
}

/// The locales the user asked for, most wanted first, from `ui_lang` (`--ui-lang`) and the
/// environment (`env` reads a variable): the first of `ui_lang` and `LOCKSTEP_UI_LANG` that is
/// set, else gettext's choice — `LANGUAGE`, unless the locale (the first of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that is set) is `C` or `POSIX` or not set at all, and then that locale.
/// Empty values count as not set; an empty answer means English.
pub fn requested_locales(ui_lang: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Vec<LanguageIdentifier> {
    let env = |var: &str| env(var).filter(|v| !v.trim().is_empty());
    if let Some(value) =
        ui_lang.filter(|v| !v.trim().is_empty()).map(str::to_string).or_else(|| env("LOCKSTEP_UI_LANG"))
    {
        return parse_locale_list(&value);
    }
    let Some(locale) = env("LC_ALL").or_else(|| env("LC_MESSAGES")).or_else(|| env("LANG")) else {
        return Vec::new();
    };
    if matches!(locale.trim(), "C" | "POSIX") {
        return Vec::new();
    }
    match env("LANGUAGE") {
        Some(list) => parse_locale_list(&list),
        None => parse_locale(&locale).into_iter().collect(),
    }
}

/// Parses a locale setting: a BCP 47 tag, a POSIX locale (`sr_RS.UTF-8@latin`), or a list of
/// them separated by colons (`LANGUAGE`) or commas. `C` and `POSIX` mean no preference.
pub fn parse_locale_list(value: &str) -> Vec<LanguageIdentifier> {
    value.split([':', ',']).filter_map(parse_locale).collect()
}

/// Parses one locale name, POSIX (`language[_TERRITORY][.codeset][@modifier]`) or BCP 47, as
/// [`Lang::parse_lenient`] reads language codes: the codeset is dropped, the modifiers `@latin`
/// and `@cyrillic` become scripts. `C`, `POSIX` and `C.UTF-8` mean no preference (`None`).
pub fn parse_locale(name: &str) -> Option<LanguageIdentifier> {
    let base = name.trim().split(['.', '@']).next().unwrap_or_default();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Lang::parse_lenient(name).map(|lang| lang.id().clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(requested: &str) -> String {
        negotiate(&parse_locale_list(requested)).to_string()
    }

    /// The locale chosen for an environment given as `VAR=value` pairs.
    fn from_env(ui_lang: Option<&str>, vars: &[(&str, &str)]) -> String {
        let requested =
            requested_locales(ui_lang, |v| vars.iter().find(|(k, _)| *k == v).map(|(_, value)| value.to_string()));
        negotiate(&requested).to_string()
    }

    #[test]
    fn posix_locales_parse() {
        assert_eq!(parse_locale("sr_RS.UTF-8@latin").unwrap().to_string(), "sr-Latn-RS");
        assert_eq!(parse_locale("sr_RS@cyrillic").unwrap().to_string(), "sr-Cyrl-RS");
        assert_eq!(parse_locale("el_GR.UTF-8").unwrap().to_string(), "el-GR");
        assert_eq!(parse_locale("sr-Latn").unwrap().to_string(), "sr-Latn");
        for c in ["C", "POSIX", "C.UTF-8", "", " "] {
            assert!(parse_locale(c).is_none(), "{c}");
        }
        assert_eq!(parse_locale_list("hr:en").len(), 2);
        assert_eq!(parse_locale_list("C:bg").len(), 1);
    }

    #[test]
    fn negotiation_with_likely_subtags() {
        for (requested, chosen) in [
            ("sr_RS.UTF-8@latin", "sr-Latn"),
            ("sr_RS.UTF-8", "sr-Cyrl"),
            ("sr", "sr-Cyrl"),
            ("sr_ME", "sr-Latn"),
            ("sr_ME.UTF-8", "sr-Latn"),
            ("sr_BA", "sr-Cyrl"),
            ("sr@latin", "sr-Latn"),
            ("sr-Latn-RS", "sr-Latn"),
            ("hr_HR.UTF-8", "hr"),
            ("hr_BA", "hr"),
            ("el_GR.UTF-8", "el"),
            ("el_CY", "el"),
            ("bg_BG.UTF-8", "bg"),
            ("en_GB.UTF-8", "en-US"),
            ("de_DE.UTF-8", "en-US"),
            ("de:hr", "hr"),
            ("C", "en-US"),
            ("POSIX", "en-US"),
            ("", "en-US"),
        ] {
            assert_eq!(lang(requested), chosen, "{requested}");
        }
    }

    #[test]
    fn the_environment_in_gettext_order() {
        assert_eq!(from_env(Some("el"), &[("LOCKSTEP_UI_LANG", "bg"), ("LANG", "hr_HR.UTF-8")]), "el");
        assert_eq!(from_env(Some(""), &[("LOCKSTEP_UI_LANG", "bg")]), "bg");
        assert_eq!(from_env(None, &[("LOCKSTEP_UI_LANG", "bg"), ("LANGUAGE", "el"), ("LANG", "hr_HR")]), "bg");
        assert_eq!(from_env(None, &[("LANGUAGE", "el:bg"), ("LANG", "hr_HR.UTF-8")]), "el");
        assert_eq!(from_env(None, &[("LANGUAGE", ""), ("LANG", "hr_HR.UTF-8")]), "hr");
        assert_eq!(from_env(None, &[("LC_ALL", "bg_BG.UTF-8"), ("LC_MESSAGES", "el_GR"), ("LANG", "hr_HR")]), "bg");
        assert_eq!(from_env(None, &[("LC_MESSAGES", "el_GR.UTF-8"), ("LANG", "hr_HR.UTF-8")]), "el");
        assert_eq!(from_env(None, &[("LC_ALL", ""), ("LANG", "sr_RS.UTF-8@latin")]), "sr-Latn");
        // gettext: LANGUAGE is ignored when the locale is C or POSIX, or not set at all…
        assert_eq!(from_env(None, &[("LANGUAGE", "bg"), ("LANG", "C")]), "en-US");
        assert_eq!(from_env(None, &[("LANGUAGE", "bg"), ("LC_ALL", "POSIX"), ("LANG", "hr_HR")]), "en-US");
        assert_eq!(from_env(None, &[("LANGUAGE", "bg")]), "en-US");
        // …but not when it is C.UTF-8, which is not C.
        assert_eq!(from_env(None, &[("LANGUAGE", "bg"), ("LANG", "C.UTF-8")]), "bg");
        assert_eq!(from_env(None, &[("LANG", "C.UTF-8")]), "en-US");
        assert_eq!(from_env(None, &[]), "en-US");
    }

    #[test]
    fn falls_back_to_english() {
        let l = Localizer::new(&[parse_locale("xx").unwrap_or_default()]);
        assert_eq!(l.lang.to_string(), "en-US");
        assert_eq!(l.msg("no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn numbers_follow_cldr() {
        let at = |tag: &str| Localizer::new(&parse_locale_list(tag));
        let cases = [
            ("en-US", ["999", "1,234", "12,345", "1,234,567"], "0.97"),
            ("bg", ["999", "1234", "12\u{a0}345", "1\u{a0}234\u{a0}567"], "0,97"),
            ("el", ["999", "1.234", "12.345", "1.234.567"], "0,97"),
            ("hr", ["999", "1.234", "12.345", "1.234.567"], "0,97"),
            ("sr-Cyrl", ["999", "1.234", "12.345", "1.234.567"], "0,97"),
            ("sr-Latn", ["999", "1.234", "12.345", "1.234.567"], "0,97"),
        ];
        for (tag, integers, decimal) in cases {
            let l = at(tag);
            assert_eq!(l.lang.to_string(), tag);
            let got: Vec<String> = [999, 1234, 12345, 1234567].iter().map(|&n| l.number(n)).collect();
            assert_eq!(got, integers, "{tag}");
            assert_eq!(l.decimal(0.9712, 2), decimal, "{tag}");
        }
        assert_eq!(NumberFormat::for_lang(&"hr".parse().unwrap()).localize("-1234.5"), "\u{2212}1.234,5");
    }

    #[test]
    fn numbers_in_messages_are_localized_and_select_plurals() {
        let bg = Localizer::new(&parse_locale_list("bg"));
        let text = bg.msg("diff-count", &[("count", Arg::from(12345usize)), ("lang", "bg".into())]);
        assert!(text.starts_with("12\u{a0}345 "), "{text}");
        let en = Localizer::new(&[]);
        let text = en.msg("diff-count", &[("count", Arg::from(12345usize)), ("lang", "bg".into())]);
        assert!(text.starts_with("12,345 stale paragraphs"), "{text}");
        assert_eq!(en.percent(94), "94%");
    }
}
