//! The memory: for each document and language, the beads as last confirmed.
//!
//! A memory file is `.lockstep/memory/<source path>/<lang>.jsonl`: UTF-8 JSON Lines, a header
//! line, then one line per bead in source order, so that `git diff` shows one changed line per
//! changed bead. Each bead holds its id, the source and target paragraph texts of the moment it
//! was confirmed, that moment, and whether it was confirmed as a minor source edit. Files are
//! written atomically (temporary file, `fsync`, rename, `fsync` of the folder) under a lock, so
//! that two runs at once cannot corrupt them. This module owns that format and the lock; the
//! meaning of the beads belongs to [`crate::status`] and [`crate::sync`].

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Location, Result};

use crate::fs::LOCKSTEP_DIR;
/// The newest format version this lockstep reads and writes. A file is written as version 1
/// unless a bead holds accepted findings (version 2), so that memories without them stay
/// readable by earlier releases, byte for byte as they were.
pub const FORMAT_VERSION: u64 = 2;

/// One confirmed bead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bead {
    /// Stable id, unique within its memory file.
    pub id: String,
    /// The source paragraphs' texts when the bead was confirmed (empty for an addition).
    pub source: Vec<String>,
    /// The target paragraphs' texts when the bead was confirmed (empty for an omission).
    pub target: Vec<String>,
    /// When the bead was confirmed (RFC 3339, UTC).
    pub synced: String,
    /// Confirmed as a minor source edit: the target was made from an earlier source text.
    #[serde(default, skip_serializing_if = "is_false")]
    pub minor: bool,
    /// Findings of `lockstep check` accepted for this bead, each valid while the bead's texts
    /// are those it was accepted with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accepted: Vec<Accepted>,
}

/// A finding of `lockstep check` that a person accepted for one bead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accepted {
    /// The check's name (`numbers`, `script`…).
    pub check: String,
    /// A hash of the bead's source and translation texts when it was accepted (16 hex digits):
    /// when either changes, the finding comes back.
    pub texts: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The header line of a memory file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    lockstep: u64,
    document: String,
    lang: String,
}

/// The memory of one document in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Memory {
    /// The beads, in source order.
    pub beads: Vec<Bead>,
}

/// Where the memory of `document` (its source path) in `lang` lives, relative to the project.
pub fn memory_path(document: &str, lang: &str) -> String {
    format!("{LOCKSTEP_DIR}/memory/{document}/{lang}.jsonl")
}

/// Whose memory a file must be: the document (its source path) and the language tag its header
/// names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owner<'a> {
    /// The source path, relative to the project.
    pub document: &'a str,
    /// The language tag, as the project writes it.
    pub lang: &'a str,
}

/// Reads a memory file. `Ok(None)` when it does not exist (the language was never synced).
pub fn load(path: &Path, shown: &Path, owner: Owner) -> Result<Option<Memory>> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(&e, shown)),
    };
    let text = crate::text::decode(bytes, shown)?;
    parse(&text, shown, owner).map(Some)
}

/// Parses the text of a memory file; a damaged line is an error naming it, and so is a header
/// that names another document or language than `owner` (a memory file copied over another).
pub fn parse(text: &str, shown: &Path, owner: Owner) -> Result<Memory> {
    let damaged = |line: usize, col: usize, what: &str| {
        Error::new(ErrorKind::MemoryDamaged(what.to_string()), Location::at(shown, line, col))
    };
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
    let Some((hl, header)) = lines.next() else {
        return Err(damaged(1, 1, "header"));
    };
    let header: Header = serde_json::from_str(header).map_err(|e| damaged(hl + 1, e.column().max(1), "header"))?;
    if header.lockstep > FORMAT_VERSION {
        let kind = ErrorKind::MemoryVersion(header.lockstep);
        return Err(Error::new(kind, Location::at(shown, hl + 1, 1)));
    }
    if header.document != owner.document || header.lang != owner.lang {
        return Err(damaged(hl + 1, 1, "owner"));
    }
    let mut beads: Vec<Bead> = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (i, line) in lines {
        let bead: Bead = serde_json::from_str(line).map_err(|e| damaged(i + 1, e.column().max(1), "bead"))?;
        if bead.id.is_empty() || !bead.id.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(damaged(i + 1, 1, "id"));
        }
        if bead.source.is_empty() && bead.target.is_empty() {
            return Err(damaged(i + 1, 1, "empty"));
        }
        if !ids.insert(bead.id.clone()) {
            return Err(damaged(i + 1, 1, "duplicate-id"));
        }
        beads.push(bead);
    }
    Ok(Memory { beads })
}

/// The text of a memory file.
pub fn render(memory: &Memory, document: &str, lang: &str) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail, and the JSON of strings and bools is UTF-8.
    let _ = write(&mut out, memory, document, lang);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes a memory file line by line (see [`crate::fs::write_atomic_with`]), never holding it
/// whole.
pub fn write(out: &mut dyn std::io::Write, memory: &Memory, document: &str, lang: &str) -> std::io::Result<()> {
    let version = if memory.beads.iter().any(|b| !b.accepted.is_empty()) { 2 } else { 1 };
    let header = Header { lockstep: version, document: document.into(), lang: lang.into() };
    serde_json::to_writer(&mut *out, &header)?;
    out.write_all(b"\n")?;
    for bead in &memory.beads {
        serde_json::to_writer(&mut *out, bead)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The hash that ties an accepted finding to a bead's texts (its source and target paragraphs,
/// each side joined and in normal form), as 16 hex digits.
pub fn texts_hash(source: &[String], target: &[String]) -> String {
    let side = |texts: &[String]| crate::text::normalize(&texts.join(" "));
    let h = xxhash_rust::xxh3::xxh3_64(format!("{}\u{0}{}", side(source), side(target)).as_bytes());
    format!("{h:016x}")
}

/// The accepted findings of old records (`from`, indices in `old`) that still hold for a new
/// record's texts: each check once.
pub fn carried(old: &Memory, from: impl IntoIterator<Item = usize> + Clone, record: &Bead) -> Vec<Accepted> {
    // Most records have none: no hash for them.
    if from.clone().into_iter().all(|m| old.beads[m].accepted.is_empty()) {
        return Vec::new();
    }
    let hash = texts_hash(&record.source, &record.target);
    let mut out: Vec<Accepted> = Vec::new();
    for m in from {
        for a in &old.beads[m].accepted {
            if a.texts == hash && !out.iter().any(|x| x.check == a.check) {
                out.push(a.clone());
            }
        }
    }
    out
}

/// The current time as RFC 3339 (UTC, seconds), or `SOURCE_DATE_EPOCH` when set, so that
/// builds of a memory can be reproduced.
pub fn now() -> String {
    let time = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .map(|secs| std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs))
        .unwrap_or_else(std::time::SystemTime::now);
    humantime::format_rfc3339_seconds(time).to_string()
}

/// All memory files of the project, for checks that every file is read.
pub fn project_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.join(LOCKSTEP_DIR).join("memory")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "jsonl") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWNER: Owner = Owner { document: "a.en.md", lang: "bg" };

    fn bead(id: &str) -> Bead {
        Bead {
            id: id.into(),
            source: vec!["Hello \"world\"".into()],
            target: vec!["Здравей, свят".into()],
            synced: "2026-01-01T00:00:00Z".into(),
            minor: false,
            accepted: Vec::new(),
        }
    }

    #[test]
    fn round_trip_one_line_per_bead() {
        let m = Memory { beads: vec![bead("ab12c"), Bead { minor: true, ..bead("ff00a") }] };
        let text = render(&m, "a.en.md", "bg");
        assert_eq!(text.lines().count(), 3);
        assert!(text.contains("Здравей"), "UTF-8 stays readable: {text}");
        assert_eq!(parse(&text, Path::new("m"), OWNER).unwrap(), m);
    }

    #[test]
    fn damage_names_the_line() {
        let m = Memory { beads: vec![bead("ab12c"), bead("cd34e")] };
        let text = render(&m, "a.en.md", "bg");
        let broken = text.replacen("\"cd34e\",", "\"cd34e\"", 1);
        let err = parse(&broken, Path::new("m"), OWNER).unwrap_err();
        assert!(matches!(err.kind, ErrorKind::MemoryDamaged(_)));
        assert_eq!(err.at.line, Some(3));
        let dup = text.replace("cd34e", "ab12c");
        assert_eq!(parse(&dup, Path::new("m"), OWNER).unwrap_err().at.line, Some(3));
        assert_eq!(parse("", Path::new("m"), OWNER).unwrap_err().at.line, Some(1));
        let future = text.replace("\"lockstep\":1", "\"lockstep\":9");
        let accepted = Accepted { check: "numbers".into(), texts: "00ff".into() };
        let with = Memory { beads: vec![Bead { accepted: vec![accepted], ..bead("ab12c") }] };
        let text2 = render(&with, "a.en.md", "bg");
        assert!(text2.starts_with("{\"lockstep\":2"), "{text2}");
        assert_eq!(parse(&text2, Path::new("m"), OWNER).unwrap(), with);
        assert_eq!(parse(&future, Path::new("m"), OWNER).unwrap_err().kind, ErrorKind::MemoryVersion(9));
        let accepted = Accepted { check: "numbers".into(), texts: "00ff".into() };
        let with = Memory { beads: vec![Bead { accepted: vec![accepted], ..bead("ab12c") }] };
        let text2 = render(&with, "a.en.md", "bg");
        assert!(text2.starts_with("{\"lockstep\":2"), "{text2}");
        assert_eq!(parse(&text2, Path::new("m"), OWNER).unwrap(), with);
    }
}
