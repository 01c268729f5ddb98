//! The library's error type: what went wrong, and where (file, line, column).
//!
//! The library never formats messages for people: the command line turns an [`Error`] into a
//! localized message through Fluent, using [`ErrorKind::message_id`] and [`ErrorKind::args`].

use std::fmt;
use std::path::{Path, PathBuf};

/// Where an error happened: a file and, when known, a 1-based line and column.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    /// The file, as the user named it or relative to the project folder.
    pub path: Option<PathBuf>,
    /// 1-based line.
    pub line: Option<usize>,
    /// 1-based column, in characters.
    pub col: Option<usize>,
}

impl Location {
    /// A location naming only a file.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Location { path: Some(path.into()), line: None, col: None }
    }

    /// A location at a line and column of a file.
    pub fn at(path: impl Into<PathBuf>, line: usize, col: usize) -> Self {
        Location { path: Some(path.into()), line: Some(line), col: Some(col) }
    }

    /// A location at a line of a file.
    pub fn line(path: impl Into<PathBuf>, line: usize) -> Self {
        Location { path: Some(path.into()), line: Some(line), col: None }
    }

    /// The location of byte `offset` in `text`, which was read from `path`.
    pub fn at_offset(path: impl Into<PathBuf>, text: &str, offset: usize) -> Self {
        let mut cut = offset.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let (line, col) = line_col(text.as_bytes(), cut, 1, 0);
        Location::at(path, line, col)
    }
}

/// 1-based line and column (in characters) of `bytes[..idx]` continued from a point at `line`
/// and `col` (the number of characters already on that line).
pub fn line_col(bytes: &[u8], idx: usize, line: usize, col: usize) -> (usize, usize) {
    let chunk = &bytes[..idx.min(bytes.len())];
    let chars = |s: &[u8]| s.iter().filter(|&&b| (b as i8) >= -0x40).count();
    match chunk.iter().rposition(|&b| b == b'\n') {
        Some(i) => (line + chunk.iter().filter(|&&b| b == b'\n').count(), chars(&chunk[i + 1..]) + 1),
        None => (line, col + chars(chunk) + 1),
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}", path.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(col) = self.col {
                    write!(f, ":{col}")?;
                }
            }
        }
        Ok(())
    }
}

/// What went wrong. Each kind has a Fluent message id and named arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// A file could not be read or written, for a reason the messages name.
    Io(std::io::ErrorKind),
    /// A file could not be read or written, for another reason: the operating system's words.
    IoOther(String),
    /// A text file in UTF-16 without a byte-order mark, which cannot be told from binary.
    Utf16WithoutBom,
    /// A path that is not a regular file: a pipe, a device, a socket.
    NotAFile,
    /// A text file is not valid UTF-8.
    InvalidUtf8,
    /// No `lockstep.toml` in this folder or any folder above it.
    ProjectNotFound,
    /// `lockstep.toml` already exists (from `init`).
    ProjectExists,
    /// `lockstep.toml` is not valid TOML.
    TomlSyntax,
    /// A key lockstep does not know.
    UnknownKey(String),
    /// A required key is absent.
    MissingKey(String),
    /// A key has a value of the wrong type.
    WrongType {
        /// The key.
        key: String,
        /// The type it should have: `string`, `array` or `table`.
        expected: &'static str,
    },
    /// Not a BCP 47 language tag.
    BadLanguageTag(String),
    /// A language listed twice, or the source language listed as a target.
    DuplicateLanguage(String),
    /// A translations template without `{lang}`.
    TemplateWithoutLang(String),
    /// A path that leaves the project folder.
    PathOutsideProject(String),
    /// A document's source file does not exist.
    SourceMissing,
    /// The same file is used twice in the project.
    DuplicateFile(String),
    /// A translation table lists a language that is not in `languages`.
    LanguageNotInProject(String),
    /// A memory file is damaged.
    MemoryDamaged(String),
    /// A memory file was written by a newer lockstep.
    MemoryVersion(u64),
    /// A language named on the command line is not in the project.
    UnknownLanguage(String),
    /// A bead id named on the command line matches nothing.
    UnknownBead(String),
    /// A bead id prefix matches several beads.
    AmbiguousBead(String),
    /// A paragraph number named on the command line does not exist.
    UnknownParagraph(usize),
    /// `minor` of a paragraph whose text has not changed since it was translated.
    ParagraphUnchanged(usize),
    /// `minor` of an edit that changes words, without `--force`.
    EditChangesWords {
        /// The paragraph, from 1.
        paragraph: usize,
        /// The words added or removed, as `+word` and `-word`.
        words: String,
    },
    /// A document named on the command line is not in the project.
    UnknownDocument(String),
    /// The project has several documents and the command needs one.
    DocumentRequired,
    /// The memory lock could not be taken.
    Locked,
    /// A file that lockstep did not write stands where a page of the report goes.
    ReportPageInTheWay,
    /// A PO or XLIFF file cannot be exported or imported: the message id and its arguments.
    Exchange {
        /// The Fluent message id.
        id: &'static str,
        /// The message's arguments.
        args: Vec<(&'static str, String)>,
    },
    /// `[derive]` names a pair of languages lockstep cannot derive one from the other.
    CannotDerive {
        /// The derived language.
        lang: String,
        /// The language it would be derived from.
        from: String,
    },
    /// A check, a glossary or a derived document cannot go on: the message id and its arguments.
    Check {
        /// The Fluent message id.
        id: &'static str,
        /// The message's arguments.
        args: Vec<(&'static str, String)>,
    },
    /// A TMX file is unreadable or malformed: the message id and its arguments.
    Tmx {
        /// The Fluent message id.
        id: &'static str,
        /// The message's arguments.
        args: Vec<(&'static str, String)>,
    },
}

impl ErrorKind {
    /// The Fluent message id of this kind.
    pub fn message_id(&self) -> &'static str {
        match self {
            ErrorKind::Io(kind) => match kind {
                std::io::ErrorKind::NotFound => "error-not-found",
                std::io::ErrorKind::PermissionDenied => "error-permission-denied",
                std::io::ErrorKind::IsADirectory => "error-is-directory",
                std::io::ErrorKind::NotADirectory => "error-not-a-directory",
                std::io::ErrorKind::StorageFull => "error-storage-full",
                std::io::ErrorKind::QuotaExceeded => "error-quota-exceeded",
                std::io::ErrorKind::ReadOnlyFilesystem => "error-read-only",
                std::io::ErrorKind::FileTooLarge => "error-file-too-large",
                _ => "error-io",
            },
            ErrorKind::IoOther(_) => "error-io-reason",
            ErrorKind::Utf16WithoutBom => "error-utf16-without-bom",
            ErrorKind::NotAFile => "error-not-a-file",
            ErrorKind::InvalidUtf8 => "error-invalid-utf8",
            ErrorKind::ProjectNotFound => "error-project-not-found",
            ErrorKind::ProjectExists => "error-project-exists",
            ErrorKind::TomlSyntax => "error-toml-syntax",
            ErrorKind::UnknownKey(_) => "error-unknown-key",
            ErrorKind::MissingKey(_) => "error-missing-key",
            ErrorKind::WrongType { .. } => "error-wrong-type",
            ErrorKind::BadLanguageTag(_) => "error-bad-language-tag",
            ErrorKind::DuplicateLanguage(_) => "error-duplicate-language",
            ErrorKind::TemplateWithoutLang(_) => "error-template-without-lang",
            ErrorKind::PathOutsideProject(_) => "error-path-outside-project",
            ErrorKind::SourceMissing => "error-source-missing",
            ErrorKind::DuplicateFile(_) => "error-duplicate-file",
            ErrorKind::LanguageNotInProject(_) => "error-language-not-in-project",
            ErrorKind::MemoryDamaged(_) => "error-memory-damaged",
            ErrorKind::MemoryVersion(_) => "error-memory-version",
            ErrorKind::UnknownLanguage(_) => "error-unknown-language",
            ErrorKind::UnknownBead(_) => "error-unknown-bead",
            ErrorKind::AmbiguousBead(_) => "error-ambiguous-bead",
            ErrorKind::UnknownParagraph(_) => "error-unknown-paragraph",
            ErrorKind::ParagraphUnchanged(_) => "error-paragraph-unchanged",
            ErrorKind::EditChangesWords { .. } => "error-edit-changes-words",
            ErrorKind::UnknownDocument(_) => "error-unknown-document",
            ErrorKind::DocumentRequired => "error-document-required",
            ErrorKind::Locked => "error-locked",
            ErrorKind::ReportPageInTheWay => "error-report-page-in-the-way",
            ErrorKind::CannotDerive { .. } => "error-cannot-derive",
            ErrorKind::Tmx { id, .. } | ErrorKind::Exchange { id, .. } | ErrorKind::Check { id, .. } => id,
        }
    }

    /// The named arguments of this kind's message (all strings; numbers are formatted by the
    /// caller's locale where they appear).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            ErrorKind::UnknownKey(k) | ErrorKind::MissingKey(k) => vec![("key", k.clone())],
            ErrorKind::WrongType { key, expected } => {
                vec![("key", key.clone()), ("expected", (*expected).to_string())]
            }
            ErrorKind::BadLanguageTag(t)
            | ErrorKind::DuplicateLanguage(t)
            | ErrorKind::LanguageNotInProject(t)
            | ErrorKind::UnknownLanguage(t) => vec![("tag", t.clone())],
            ErrorKind::TemplateWithoutLang(p)
            | ErrorKind::PathOutsideProject(p)
            | ErrorKind::DuplicateFile(p)
            | ErrorKind::UnknownDocument(p) => vec![("path", p.clone())],
            ErrorKind::MemoryDamaged(what) => vec![("detail", what.clone())],
            ErrorKind::IoOther(reason) => vec![("reason", reason.clone())],
            ErrorKind::MemoryVersion(v) => vec![("version", v.to_string())],
            ErrorKind::UnknownBead(id) | ErrorKind::AmbiguousBead(id) => vec![("id", id.clone())],
            ErrorKind::UnknownParagraph(n) | ErrorKind::ParagraphUnchanged(n) => vec![("number", n.to_string())],
            ErrorKind::EditChangesWords { paragraph, words } => {
                vec![("number", paragraph.to_string()), ("words", words.clone())]
            }
            ErrorKind::CannotDerive { lang, from } => vec![("tag", lang.clone()), ("from", from.clone())],
            ErrorKind::Tmx { args, .. } | ErrorKind::Exchange { args, .. } | ErrorKind::Check { args, .. } => {
                args.clone()
            }
            _ => Vec::new(),
        }
    }
}

/// An error of the lockstep library: a kind and a location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Where it went wrong.
    pub at: Location,
}

impl Error {
    /// An error of `kind` at `at`.
    pub fn new(kind: ErrorKind, at: Location) -> Self {
        Error { kind, at }
    }

    /// An error of `kind` with no file.
    pub fn bare(kind: ErrorKind) -> Self {
        Error { kind, at: Location::default() }
    }

    /// An I/O error on `path`.
    pub fn io(err: &std::io::Error, path: &Path) -> Self {
        use std::io::ErrorKind as K;
        let kind = match err.kind() {
            k @ (K::NotFound
            | K::PermissionDenied
            | K::IsADirectory
            | K::NotADirectory
            | K::StorageFull
            | K::QuotaExceeded
            | K::ReadOnlyFilesystem
            | K::FileTooLarge) => ErrorKind::Io(k),
            // Any other reason in the operating system's own words (with its code).
            _ => ErrorKind::IoOther(err.to_string()),
        };
        Error::new(kind, Location::file(path))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not for people: the command line localizes. This form serves logs and tests.
        write!(f, "{}: {} {:?}", self.at, self.kind.message_id(), self.kind.args())
    }
}

impl std::error::Error for Error {}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "ab\nВсеки човек\nΌλοι".as_bytes();
        assert_eq!(line_col(text, 0, 1, 0), (1, 1));
        assert_eq!(line_col(text, 3, 1, 0), (2, 1));
        assert_eq!(line_col(text, 3 + "Всеки ".len(), 1, 0), (2, 7));
        assert_eq!(line_col(text, text.len(), 1, 0), (3, 5));
        assert_eq!(line_col(b"xy", 1, 4, 10), (4, 12), "continued from a point inside a line");
    }

    #[test]
    fn io_errors_say_why() {
        let id = |kind: std::io::ErrorKind| Error::io(&kind.into(), Path::new("f")).kind.message_id();
        assert_eq!(id(std::io::ErrorKind::StorageFull), "error-storage-full");
        assert_eq!(id(std::io::ErrorKind::ReadOnlyFilesystem), "error-read-only");
        assert_eq!(id(std::io::ErrorKind::IsADirectory), "error-is-directory");
        let other = Error::io(&std::io::Error::from_raw_os_error(5), Path::new("f"));
        assert_eq!(other.kind.message_id(), "error-io-reason");
        assert!(other.kind.args()[0].1.contains("os error 5"), "{:?}", other.kind.args());
    }
}
