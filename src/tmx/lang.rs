//! Language codes in TMX files: every `xml:lang` (and TMX 1.1 `lang`) goes through the one
//! language type, [`Lang::parse_lenient`], which reads BCP 47 in any case, POSIX locales, legacy
//! and three-letter codes, and gives a BCP 47 tag with the region and script as the file said
//! them (`EN-GB` → `en-GB`, `IW-IL` → `he-IL`, `SR-SP-LATN` → `sr-Latn-SP`). Which languages match is
//! the language type's business, not the file format's. [`LangCache`] remembers the few codes
//! one file uses.

use crate::text::Lang;

/// The BCP 47 tag of a language code as TMX files write it, or `None` if it is no language
/// (`*all*`, `x-…`, `und`, garbage).
pub fn bcp47(code: &str) -> Option<String> {
    Lang::parse_lenient(code).map(|l| l.tag().to_owned())
}

/// The BCP 47 tags of the language codes seen lately (a file uses a handful).
#[derive(Debug, Default)]
pub(super) struct LangCache {
    entries: Vec<(String, Option<String>)>,
}

impl LangCache {
    pub(super) fn canonical(&mut self, raw: &str) -> Option<String> {
        if let Some((_, c)) = self.entries.iter().find(|(r, _)| r == raw) {
            return c.clone();
        }
        let c = bcp47(raw);
        if self.entries.len() >= 32 {
            self.entries.clear();
        }
        self.entries.push((raw.to_owned(), c.clone()));
        c
    }
}
