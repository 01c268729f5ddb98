//! The user interface language: Fluent bundles compiled into the binary, the choice of a
//! locale from the command line and the environment, and message lookup with fallback to
//! `en-US` message by message.
//!
//! Every message the tool shows people goes through [`Localizer::msg`]. Machine-readable output
//! (JSON) never does.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The shipped locales: tag and Fluent source.
pub const LOCALES: &[(&str, &str)] = &[("en-US", include_str!("../locales/en-US/lockstep.ftl"))];

/// The locale every message falls back to.
pub const FALLBACK: &str = "en-US";

/// An argument of a message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text, shown as is.
    Str(String),
    /// A number, which also selects plural variants.
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

/// Message lookup in one UI language, falling back to `en-US`.
pub struct Localizer {
    /// The chosen locale.
    pub lang: LanguageIdentifier,
    bundles: Vec<FluentBundle<FluentResource>>,
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
    // The shipped files are checked by the test suite; a broken entry is skipped, not fatal.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
    let _ = bundle.add_resource(resource);
    bundle
}

impl Localizer {
    /// A localizer for the best shipped match of the requested locales.
    pub fn new(requested: &[LanguageIdentifier]) -> Localizer {
        let available: Vec<LanguageIdentifier> = LOCALES.iter().filter_map(|(tag, _)| tag.parse().ok()).collect();
        let default: LanguageIdentifier = FALLBACK.parse().unwrap_or_default();
        let chosen = fluent_langneg::negotiate_languages(
            requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        let lang = chosen.first().map_or(default.clone(), |l| (*l).clone());
        let mut bundles = Vec::new();
        for (tag, source) in LOCALES {
            if tag.parse::<LanguageIdentifier>().is_ok_and(|l| l == lang) {
                bundles.push(bundle(tag, source));
            }
        }
        if lang != default
            && let Some((tag, source)) = LOCALES.iter().find(|(t, _)| *t == FALLBACK)
        {
            bundles.push(bundle(tag, source));
        }
        Localizer { lang, bundles }
    }

    /// The localizer the user asked for: `ui_lang` if given, else the environment
    /// (`LOCKSTEP_UI_LANG`, `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub fn from_env(ui_lang: Option<&str>) -> Localizer {
        let vars = ["LOCKSTEP_UI_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];
        let mut requested = Vec::new();
        if let Some(tag) = ui_lang {
            requested.extend(parse_locale_list(tag));
        }
        if requested.is_empty() {
            for var in vars {
                if let Ok(value) = std::env::var(var) {
                    if value.trim().is_empty() {
                        continue;
                    }
                    requested = parse_locale_list(&value);
                    // `C`/`POSIX` is a choice too: no preference, so the fallback.
                    break;
                }
            }
        }
        Localizer::new(&requested)
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

/// Parses a locale setting: a BCP 47 tag, a POSIX locale (`sr_RS.UTF-8@latin`), or a
/// colon-separated list of them (`LANGUAGE`). `C` and `POSIX` mean no preference.
pub fn parse_locale_list(value: &str) -> Vec<LanguageIdentifier> {
    value.split(':').filter_map(parse_locale).collect()
}

/// Parses one locale name, POSIX or BCP 47.
pub fn parse_locale(name: &str) -> Option<LanguageIdentifier> {
    let name = name.trim();
    if name.is_empty() || name == "C" || name == "POSIX" || name.starts_with("C.") {
        return None;
    }
    let (base, modifier) = match name.split_once('@') {
        Some((b, m)) => (b, Some(m)),
        None => (name, None),
    };
    let base = base.split('.').next().unwrap_or(base).replace('_', "-");
    let mut id: LanguageIdentifier = base.parse().ok()?;
    match modifier {
        Some("latin") => id.script = "Latn".parse().ok(),
        Some("cyrillic") => id.script = "Cyrl".parse().ok(),
        _ => {}
    }
    Some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locales_parse() {
        assert_eq!(parse_locale("sr_RS.UTF-8@latin").unwrap().to_string(), "sr-Latn-RS");
        assert_eq!(parse_locale("el_GR.UTF-8").unwrap().to_string(), "el-GR");
        assert!(parse_locale("C").is_none());
        assert!(parse_locale("POSIX").is_none());
        assert_eq!(parse_locale_list("hr:en").len(), 2);
    }

    #[test]
    fn falls_back_to_english() {
        let l = Localizer::new(&[parse_locale("xx").unwrap_or_default()]);
        assert_eq!(l.lang.to_string(), "en-US");
        assert_eq!(l.msg("no-such-message", &[]), "no-such-message");
    }
}
