//! The project: `lockstep.toml`, its languages and documents, and where their files are.
//!
//! This module finds and validates the project file and resolves every path against the
//! project folder. It reads no document text (that is [`crate::segment`]) and no memory.

use std::path::{Component, Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::error::{Error, ErrorKind, Location, Result};
pub use crate::text::Lang;

/// The project file's name.
pub const PROJECT_FILE: &str = "lockstep.toml";

/// One document: a source file and a translation file per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The source file, relative to the project folder, with `/` separators.
    pub source: String,
    /// The translation files, in the project's `languages` order: (language index, path).
    pub translations: Vec<String>,
}

/// A loaded, validated project.
#[derive(Debug, Clone)]
pub struct Project {
    /// The project folder.
    pub root: PathBuf,
    /// How to show the project folder in messages (relative to where the user stands).
    pub shown_root: PathBuf,
    /// The source language.
    pub source_lang: Lang,
    /// The target languages, in file order.
    pub languages: Vec<Lang>,
    /// The documents, in file order.
    pub documents: Vec<Document>,
    /// The glossary file (`glossary = "terms.tsv"`), relative to the project.
    pub glossary: Option<String>,
    /// The settings of `lockstep check` (`[check]`).
    pub check: CheckSettings,
    /// The derived languages (`[derive]`): (derived language, parent language), as indices.
    pub derived: Vec<(usize, usize)>,
}

/// The settings of `lockstep check`, from the `[check]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckSettings {
    /// Words a translation may write in another script, or keep from the source (names,
    /// acronyms): `allow = ["UNESCO"]`.
    pub allow: Vec<String>,
    /// Whether a small number written out in words on one side (`three`) may stand for digits
    /// on the other (`3`): `spelled_numbers = true`.
    pub spelled_numbers: bool,
    /// Checks that are not run: `skip = ["length"]`.
    pub skip: Vec<String>,
}

impl Project {
    /// Finds the project: `dir` if given, else the nearest folder upward from the current one
    /// that holds `lockstep.toml`.
    pub fn discover(dir: Option<&Path>) -> Result<Project> {
        if let Some(dir) = dir {
            return Project::load(dir, dir);
        }
        let cwd = std::env::current_dir().map_err(|e| Error::io(&e, Path::new(".")))?;
        let mut up = PathBuf::new();
        for ancestor in cwd.ancestors() {
            if ancestor.join(PROJECT_FILE).is_file() {
                return Project::load(ancestor, &up);
            }
            up.push("..");
        }
        // The message names the file: no place to add before it.
        Err(Error::bare(ErrorKind::ProjectNotFound))
    }

    /// Loads and validates `root/lockstep.toml`; `shown_root` is how messages name `root`.
    pub fn load(root: &Path, shown_root: &Path) -> Result<Project> {
        let file = root.join(PROJECT_FILE);
        let shown_file = shown_root.join(PROJECT_FILE);
        let bytes = std::fs::read(&file).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                // `--project DIR` names the folder: its project file is not there.
                Error::new(ErrorKind::Io(std::io::ErrorKind::NotFound), Location::file(&shown_file))
            } else {
                Error::io(&e, &shown_file)
            }
        })?;
        let text = crate::text::decode(bytes, &shown_file)?;
        let mut project = parse(&text, &shown_file)?;
        project.root = root.to_path_buf();
        project.shown_root = shown_root.to_path_buf();
        for doc in &project.documents {
            let source = project.path(&doc.source);
            if !source.is_file() {
                let at = Location::file(project.shown(&doc.source));
                // A folder is called a folder, not a missing file.
                let kind = if source.is_dir() {
                    ErrorKind::Io(std::io::ErrorKind::IsADirectory)
                } else {
                    ErrorKind::SourceMissing
                };
                return Err(Error::new(kind, at));
            }
        }
        Ok(project)
    }

    /// The absolute path of a project-relative file.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// The absolute path of a project-relative file, checked: the file, if it exists, and the
    /// nearest folder of it that exists must resolve inside the project folder (a symlink out of
    /// it is refused, and nothing is read or written through one), and an existing file must be
    /// a regular file (not a pipe, a device or a folder, which would hang or mislead a read).
    pub fn checked_path(&self, rel: &str) -> Result<PathBuf> {
        let path = self.path(rel);
        let shown = || Location::file(self.shown(rel));
        let root = self.root.canonicalize().map_err(|e| Error::io(&e, &self.shown_root))?;
        let existing = path.ancestors().find(|a| a.symlink_metadata().is_ok()).unwrap_or(&self.root);
        let resolved = existing.canonicalize().map_err(|e| Error::io(&e, &self.shown(rel)))?;
        if !resolved.starts_with(&root) {
            return Err(Error::new(ErrorKind::PathOutsideProject(rel.to_string()), shown()));
        }
        if existing == path {
            let meta = path.metadata().map_err(|e| Error::io(&e, &self.shown(rel)))?;
            if meta.is_dir() {
                return Err(Error::new(ErrorKind::Io(std::io::ErrorKind::IsADirectory), shown()));
            }
            if !meta.is_file() {
                return Err(Error::new(ErrorKind::NotAFile, shown()));
            }
        }
        Ok(path)
    }

    /// The bytes of a project-relative file, read through [`Project::checked_path`]; `None`
    /// when it does not exist.
    pub fn read(&self, rel: &str) -> Result<Option<Vec<u8>>> {
        match std::fs::read(self.checked_path(rel)?) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(&e, &self.shown(rel))),
        }
    }

    /// How messages show a project-relative file.
    pub fn shown(&self, rel: &str) -> PathBuf {
        self.shown_root.join(rel)
    }

    /// The index of the language a user named, or an error.
    pub fn language_index(&self, name: &str) -> Result<usize> {
        let unique = |found: Vec<usize>| if found.len() == 1 { Some(found[0]) } else { None };
        self.languages
            .iter()
            .position(|l| l.tag() == name)
            .or_else(|| self.languages.iter().position(|l| l.is_named_by(name)))
            // `bg` names the project's `bg-BG` when it is the only Bulgarian.
            .or_else(|| {
                let wanted = Lang::parse(name)?;
                unique(self.languages.iter().enumerate().filter(|(_, l)| l.matches(&wanted)).map(|(i, _)| i).collect())
            })
            .ok_or_else(|| Error::bare(ErrorKind::UnknownLanguage(name.to_string())))
    }

    /// The language that language `lang` is derived from (`[derive]`), if any.
    pub fn derived_from(&self, lang: usize) -> Option<usize> {
        self.derived.iter().find(|(c, _)| *c == lang).map(|&(_, p)| p)
    }

    /// The languages derived from language `lang`.
    pub fn derived_of(&self, lang: usize) -> Vec<usize> {
        self.derived.iter().filter(|(_, p)| *p == lang).map(|&(c, _)| c).collect()
    }

    /// The index of the document a user named (its source path, relative to the project or to
    /// the current folder), or the only document when `name` is `None`.
    pub fn document_index(&self, name: Option<&str>) -> Result<usize> {
        match name {
            None if self.documents.len() == 1 => Ok(0),
            None => Err(Error::bare(ErrorKind::DocumentRequired)),
            Some(name) => {
                let wanted = Path::new(name);
                self.documents
                    .iter()
                    .position(|d| Path::new(&d.source) == wanted || self.shown(&d.source) == wanted)
                    .ok_or_else(|| Error::bare(ErrorKind::UnknownDocument(name.to_string())))
            }
        }
    }
}

/// Where `init` found the translation of a language it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// At the template's path for the tag as given.
    AsGiven,
    /// Not there, but at the path of another spelling of the same language (`sr` →
    /// `statement.sr-Cyrl.md`, `bg` → `statement.bg-BG.md`): the project records that tag.
    Respelled(String),
    /// Nowhere: the language is started with every paragraph missing.
    Nowhere,
}

/// For each language tag given to `init`, where its translation is, by `template` (with
/// `{lang}`) under `root`: at the tag's own path, or at the path of the one other spelling of the
/// same written language that exists there, or nowhere.
pub fn find_translations(root: &Path, template: &str, source: &str, tags: &[String]) -> Vec<Found> {
    let Some((pre, post)) = template.split_once("{lang}") else {
        return tags.iter().map(|_| Found::Nowhere).collect();
    };
    let (pre_dir, pre_name) = pre.rsplit_once('/').map_or(("", pre), |(d, n)| (d, n));
    let post_first = post.split('/').next().unwrap_or_default();
    // Every tag the template's place holds a file for.
    let mut present: Vec<String> = std::fs::read_dir(root.join(pre_dir))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let tag = name.strip_prefix(pre_name)?.strip_suffix(post_first)?.to_owned();
            let path = template.replace("{lang}", &tag);
            // The source is never a translation of itself.
            (Lang::parse(&tag).is_some() && path != source && root.join(&path).is_file()).then_some(tag)
        })
        .collect();
    present.sort();
    tags.iter()
        .map(|tag| {
            if root.join(template.replace("{lang}", tag)).is_file() {
                return Found::AsGiven;
            }
            let Some(lang) = Lang::parse(tag) else { return Found::Nowhere };
            let same: Vec<&String> = present
                .iter()
                .filter(|p| Lang::parse(p).is_some_and(|l| l.matches(&lang)) && !tags.contains(p))
                .collect();
            match same.as_slice() {
                [one] => Found::Respelled((*one).clone()),
                _ => Found::Nowhere,
            }
        })
        .collect()
}

/// The default translations template for a source file: `<stem>.{lang}.<ext>`, where the stem
/// drops a `.<source_lang>` suffix (`a.en.md` → `a.{lang}.md`).
pub fn default_template(source: &str, source_lang: &str) -> String {
    let (dir, name) = match source.rfind('/') {
        Some(i) => (&source[..=i], &source[i + 1..]),
        None => ("", source),
    };
    let (stem, ext) = match name.rfind('.') {
        Some(i) if i > 0 => (&name[..i], &name[i..]),
        _ => (name, ""),
    };
    let suffix = format!(".{source_lang}");
    let stem = stem.strip_suffix(suffix.as_str()).unwrap_or(stem);
    format!("{dir}{stem}.{{lang}}{ext}")
}

/// Checks that a path stays inside the project folder and returns it with `/` separators.
pub fn project_relative(path: &str) -> Option<String> {
    let p = Path::new(path);
    let mut parts: Vec<String> = Vec::new();
    for c in p.components() {
        match c {
            Component::Normal(s) => parts.push(s.to_str()?.to_string()),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    if parts.is_empty() { None } else { Some(parts.join("/")) }
}

const TOP_KEYS: &[&str] = &["source_lang", "languages", "document", "glossary", "check", "derive"];
const CHECK_KEYS: &[&str] = &["allow", "spelled_numbers", "skip"];
const DOC_KEYS: &[&str] = &["source", "translations"];

/// Parses and validates the text of a project file. Paths are checked but not looked up.
pub fn parse(text: &str, file: &Path) -> Result<Project> {
    let at = |span: std::ops::Range<usize>| Location::at_offset(file, text, span.start);
    let table = DeTable::parse(text).map_err(|e| Error::new(ErrorKind::TomlSyntax, at(e.span().unwrap_or(0..0))))?;
    let table = table.get_ref();

    // Unknown keys first, anywhere in the file, in file order.
    for (key, value) in table.iter() {
        if !TOP_KEYS.contains(&key.get_ref().as_ref()) {
            return Err(Error::new(ErrorKind::UnknownKey(key.get_ref().to_string()), at(key.span())));
        }
        if key.get_ref() == "document"
            && let DeValue::Array(items) = value.get_ref()
        {
            for item in items {
                let DeValue::Table(doc) = item.get_ref() else { continue };
                if let Some((k, _)) = doc.iter().find(|(k, _)| !DOC_KEYS.contains(&k.get_ref().as_ref())) {
                    let name = format!("document.{}", k.get_ref());
                    return Err(Error::new(ErrorKind::UnknownKey(name), at(k.span())));
                }
            }
        }
        if key.get_ref() == "check"
            && let DeValue::Table(check) = value.get_ref()
            && let Some((k, _)) = check.iter().find(|(k, _)| !CHECK_KEYS.contains(&k.get_ref().as_ref()))
        {
            let name = format!("check.{}", k.get_ref());
            return Err(Error::new(ErrorKind::UnknownKey(name), at(k.span())));
        }
    }
    let end = Location::at_offset(file, text, text.len());
    let missing = |key: &str| Error::new(ErrorKind::MissingKey(key.to_string()), end.clone());
    let wrong = |key: &str, expected: &'static str, span| {
        Error::new(ErrorKind::WrongType { key: key.to_string(), expected }, at(span))
    };

    let source_lang = table.get("source_lang").ok_or_else(|| missing("source_lang"))?;
    let languages = table.get("languages").ok_or_else(|| missing("languages"))?;
    let documents = table.get("document").ok_or_else(|| missing("document"))?;

    let parse_lang = |v: &Spanned<DeValue>, key: &str| -> Result<Lang> {
        match v.get_ref() {
            DeValue::String(s) => {
                Lang::parse(s).ok_or_else(|| Error::new(ErrorKind::BadLanguageTag(s.to_string()), at(v.span())))
            }
            _ => Err(wrong(key, "string", v.span())),
        }
    };
    let source_lang = parse_lang(source_lang, "source_lang")?;
    let DeValue::Array(items) = languages.get_ref() else {
        return Err(wrong("languages", "array", languages.span()));
    };
    let mut langs: Vec<Lang> = Vec::new();
    for item in items {
        let lang = parse_lang(item, "languages")?;
        if lang.id() == source_lang.id() || langs.iter().any(|l| l.id() == lang.id()) {
            return Err(Error::new(ErrorKind::DuplicateLanguage(lang.tag().to_owned()), at(item.span())));
        }
        langs.push(lang);
    }

    let DeValue::Array(docs) = documents.get_ref() else {
        return Err(wrong("document", "array", documents.span()));
    };
    let mut out_docs = Vec::new();
    let mut seen_files: Vec<String> = Vec::new();
    for doc in docs {
        let DeValue::Table(t) = doc.get_ref() else {
            return Err(wrong("document", "table", doc.span()));
        };
        let doc_end = Location::at_offset(file, text, doc.span().end);
        let source = t
            .get("source")
            .ok_or_else(|| Error::new(ErrorKind::MissingKey("document.source".into()), doc_end.clone()))?;
        let source = match source.get_ref() {
            DeValue::String(s) => project_relative(s)
                .ok_or_else(|| Error::new(ErrorKind::PathOutsideProject(s.to_string()), at(source.span())))?,
            _ => return Err(wrong("document.source", "string", source.span())),
        };
        let mut paths: Vec<Option<String>> = vec![None; langs.len()];
        match t.get("translations") {
            None => {
                let template = default_template(&source, source_lang.tag());
                for (i, l) in langs.iter().enumerate() {
                    paths[i] = Some(template.replace("{lang}", l.tag()));
                }
            }
            Some(v) => match v.get_ref() {
                DeValue::String(template) => {
                    if !template.contains("{lang}") {
                        let kind = ErrorKind::TemplateWithoutLang(template.to_string());
                        return Err(Error::new(kind, at(v.span())));
                    }
                    for (i, l) in langs.iter().enumerate() {
                        let p = template.replace("{lang}", l.tag());
                        let rel = project_relative(&p)
                            .ok_or_else(|| Error::new(ErrorKind::PathOutsideProject(p.clone()), at(v.span())))?;
                        paths[i] = Some(rel);
                    }
                }
                DeValue::Table(map) => {
                    for (k, pv) in map.iter() {
                        let Some(i) = langs.iter().position(|l| l.tag() == k.get_ref().as_ref()) else {
                            let kind = ErrorKind::LanguageNotInProject(k.get_ref().to_string());
                            return Err(Error::new(kind, at(k.span())));
                        };
                        let DeValue::String(p) = pv.get_ref() else {
                            return Err(wrong("document.translations", "string", pv.span()));
                        };
                        let rel = project_relative(p)
                            .ok_or_else(|| Error::new(ErrorKind::PathOutsideProject(p.to_string()), at(pv.span())))?;
                        paths[i] = Some(rel);
                    }
                    if let Some(i) = paths.iter().position(Option::is_none) {
                        let key = format!("document.translations.{}", langs[i].tag());
                        return Err(Error::new(ErrorKind::MissingKey(key), at(v.span())));
                    }
                }
                _ => return Err(wrong("document.translations", "string", v.span())),
            },
        }
        let translations: Vec<String> = paths.into_iter().flatten().collect();
        for f in std::iter::once(&source).chain(&translations) {
            if seen_files.contains(f) {
                return Err(Error::new(ErrorKind::DuplicateFile(f.clone()), at(doc.span())));
            }
            seen_files.push(f.clone());
        }
        out_docs.push(Document { source, translations });
    }
    let glossary = match table.get("glossary") {
        None => None,
        Some(v) => match v.get_ref() {
            DeValue::String(s) => Some(
                project_relative(s)
                    .ok_or_else(|| Error::new(ErrorKind::PathOutsideProject(s.to_string()), at(v.span())))?,
            ),
            _ => return Err(wrong("glossary", "string", v.span())),
        },
    };
    let check = match table.get("check") {
        None => CheckSettings::default(),
        Some(v) => {
            let DeValue::Table(t) = v.get_ref() else { return Err(wrong("check", "table", v.span())) };
            let strings = |key: &str| -> Result<Vec<String>> {
                let Some(v) = t.get(key) else { return Ok(Vec::new()) };
                let name = format!("check.{key}");
                let DeValue::Array(items) = v.get_ref() else { return Err(wrong(&name, "array", v.span())) };
                items
                    .iter()
                    .map(|i| match i.get_ref() {
                        DeValue::String(s) => Ok(s.to_string()),
                        _ => Err(wrong(&name, "string", i.span())),
                    })
                    .collect()
            };
            let spelled_numbers = match t.get("spelled_numbers") {
                None => false,
                Some(v) => match v.get_ref() {
                    DeValue::Boolean(b) => *b,
                    _ => return Err(wrong("check.spelled_numbers", "boolean", v.span())),
                },
            };
            CheckSettings { allow: strings("allow")?, spelled_numbers, skip: strings("skip")? }
        }
    };
    let mut derived = Vec::new();
    if let Some(v) = table.get("derive") {
        let DeValue::Table(t) = v.get_ref() else { return Err(wrong("derive", "table", v.span())) };
        let index = |name: &str, span: std::ops::Range<usize>| {
            langs
                .iter()
                .position(|l| l.tag().eq_ignore_ascii_case(name))
                .ok_or_else(|| Error::new(ErrorKind::LanguageNotInProject(name.to_string()), at(span)))
        };
        for (k, pv) in t.iter() {
            let child = index(k.get_ref(), k.span())?;
            let DeValue::String(p) = pv.get_ref() else { return Err(wrong("derive", "string", pv.span())) };
            let parent = index(p, pv.span())?;
            let known = crate::text::translit::derivation(langs[parent].key(), langs[child].key()).is_some();
            if !known || derived.iter().any(|&(c, _)| c == parent) {
                let kind = ErrorKind::CannotDerive { lang: k.get_ref().to_string(), from: p.to_string() };
                return Err(Error::new(kind, at(pv.span())));
            }
            derived.push((child, parent));
        }
        // A parent that is itself derived is refused whichever order the table lists them in.
        if let Some(&(c, p)) = derived.iter().find(|(_, p)| derived.iter().any(|(c, _)| c == p)) {
            let kind = ErrorKind::CannotDerive { lang: langs[c].tag().to_string(), from: langs[p].tag().to_string() };
            return Err(Error::new(kind, at(v.span())));
        }
    }
    Ok(Project {
        root: PathBuf::new(),
        shown_root: PathBuf::new(),
        source_lang,
        languages: langs,
        documents: out_docs,
        glossary,
        check,
        derived,
    })
}

/// The text of a new project file (for `init`).
pub fn render(source_lang: &str, languages: &[String], source: &str, template: &str) -> String {
    let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
    let langs: Vec<String> = languages.iter().map(|l| quote(l)).collect();
    format!(
        "source_lang = {}\nlanguages = [{}]\n\n[[document]]\nsource = {}\ntranslations = {}\n",
        quote(source_lang),
        langs.join(", "),
        quote(source),
        quote(template)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<Project> {
        parse(text, Path::new("lockstep.toml"))
    }

    const OK: &str = "source_lang = \"en\"\nlanguages = [\"bg\", \"sr\"]\n\n[[document]]\nsource = \"a.en.md\"\ntranslations = \"a.{lang}.md\"\n";

    #[test]
    fn parses_templates_and_canonical_serbian() {
        let project = p(OK).unwrap();
        assert_eq!(project.documents[0].translations, vec!["a.bg.md", "a.sr.md"]);
        assert_eq!(project.languages[1].id().to_string(), "sr-Cyrl");
        assert!(project.languages[1].is_named_by("sr-Cyrl"));
        assert_eq!(project.language_index("SR-cyrl").unwrap(), 1);
    }

    #[test]
    fn unknown_keys_come_first_with_their_line() {
        let err = p("languages = [\"bg\"]\ncolour = 1\n").unwrap_err();
        assert_eq!(err.kind, ErrorKind::UnknownKey("colour".into()));
        assert_eq!(err.at.line, Some(2));
        let err = p(&OK.replace("translations", "translation")).unwrap_err();
        assert_eq!(err.kind, ErrorKind::UnknownKey("document.translation".into()));
        assert_eq!(err.at.line, Some(6));
    }

    #[test]
    fn bad_tags_paths_and_syntax() {
        let err = p(&OK.replace("\"bg\"", "\"b g\"")).unwrap_err();
        assert_eq!(err.kind, ErrorKind::BadLanguageTag("b g".into()));
        assert_eq!(err.at.line, Some(2));
        let err = p(&OK.replace("a.en.md", "../a.en.md")).unwrap_err();
        assert_eq!(err.kind, ErrorKind::PathOutsideProject("../a.en.md".into()));
        let err = p("source_lang = \n").unwrap_err();
        assert_eq!(err.kind, ErrorKind::TomlSyntax);
        let err = p(&OK.replace("[\"bg\", \"sr\"]", "[\"bg\", \"bg-BG\", \"bg\"]")).unwrap_err();
        assert_eq!(err.kind, ErrorKind::DuplicateLanguage("bg".into()));
    }

    #[test]
    fn translation_tables_and_defaults() {
        let text = "source_lang = \"en\"\nlanguages = [\"bg\"]\n[[document]]\nsource = \"d/x.en.md\"\n[[document]]\nsource = \"y.md\"\ntranslations = { bg = \"bg/y.md\" }\n";
        let project = p(text).unwrap();
        assert_eq!(project.documents[0].translations, vec!["d/x.bg.md"]);
        assert_eq!(project.documents[1].translations, vec!["bg/y.md"]);
        assert_eq!(default_template("y.md", "en"), "y.{lang}.md");
    }

    #[test]
    fn render_round_trips() {
        let text = render("en", &["bg".into(), "el".into()], "a.en.md", "a.{lang}.md");
        let project = p(&text).unwrap();
        assert_eq!(project.documents[0].translations, vec!["a.bg.md", "a.el.md"]);
    }

    #[test]
    fn init_finds_translations_under_another_spelling_of_their_language() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["statement.en.md", "statement.sr-Cyrl.md", "statement.bg-BG.md", "statement.hr.md"] {
            std::fs::write(dir.path().join(name), "x\n").unwrap();
        }
        let tags: Vec<String> = ["bg", "sr", "el", "hr", "sr-Latn"].iter().map(|t| t.to_string()).collect();
        let found = find_translations(dir.path(), "statement.{lang}.md", "statement.en.md", &tags);
        assert_eq!(
            found,
            [
                Found::Respelled("bg-BG".into()),
                Found::Respelled("sr-Cyrl".into()),
                Found::Nowhere,
                Found::AsGiven,
                Found::Nowhere, // sr-Cyrl is not Serbian in Latin script
            ]
        );
        std::fs::create_dir(dir.path().join("el")).unwrap();
        std::fs::write(dir.path().join("el/statement.md"), "x\n").unwrap();
        let found = find_translations(dir.path(), "{lang}/statement.md", "en/statement.md", &["el-GR".to_string()]);
        assert_eq!(found, [Found::Respelled("el".into())]);
        // The source is not another spelling of a language given (en-GB beside statement.en.md).
        let found = find_translations(dir.path(), "statement.{lang}.md", "statement.en.md", &["en-GB".to_string()]);
        assert_eq!(found, [Found::Nowhere]);
    }
}
