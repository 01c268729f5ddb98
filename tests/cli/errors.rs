//! Bad input: a clear message naming the file (and line), exit code 2, and a memory left
//! byte for byte as it was.

use crate::support::Project;

/// Runs every command that reads the project on a broken one: each must fail with exit 2 and
/// the same one-line message naming `file`, and leave the memory unchanged. `status` reads
/// through the status cache and the others read the project in full: both ways check every file
/// alike.
fn assert_refused(p: &Project, file: &str) -> String {
    let before = p.memory_files();
    let mut messages = Vec::new();
    for args in [
        &["status"][..],
        &["status", "--paragraphs"],
        &["sync", "bg", "--all"],
        &["diff", "bg"],
        &["suggest", "bg"],
        &["status", "bg", "--format", "json"],
    ] {
        let (code, _, err) = p.run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.starts_with(file), "{args:?}: expected {file} first, got: {err}");
        assert_eq!(err.lines().count(), 1, "one clear line: {err}");
        messages.push(err);
    }
    assert!(messages.windows(2).all(|w| w[0] == w[1]), "every command says the same: {messages:#?}");
    assert_eq!(before, p.memory_files(), "the memory must not change");
    messages.pop().unwrap_or_default()
}

/// The UDHR synced in Bulgarian, with a warm status cache: a damaged file must be found all the
/// same.
fn synced() -> Project {
    let p = Project::udhr_synced(&["bg"]);
    p.ok(&["status"]);
    assert!(p.path(".lockstep/cache").is_dir());
    p
}

#[test]
fn unknown_key_names_the_key_and_line() {
    let p = synced();
    p.write("lockstep.toml", &p.read("lockstep.toml").replace("[[document]]", "colour = \"red\"\n[[document]]"));
    let err = assert_refused(&p, "lockstep.toml:4:1: ");
    assert!(err.contains("colour"), "{err}");
}

#[test]
fn unknown_keys_come_before_missing_ones() {
    let p = synced();
    p.write("lockstep.toml", "languages = [\"bg\"]\nsourcelang = \"en\"\n");
    let err = assert_refused(&p, "lockstep.toml:2:1: ");
    assert!(err.contains("sourcelang"), "{err}");
}

#[test]
fn bad_language_tag() {
    let p = synced();
    p.write("lockstep.toml", &p.read("lockstep.toml").replace("[\"bg\"]", "[\"bg\", \"not a tag\"]"));
    let err = assert_refused(&p, "lockstep.toml:2:");
    assert!(err.contains("not a tag"), "{err}");
}

#[test]
fn missing_source_file() {
    let p = synced();
    std::fs::remove_file(p.path("udhr.en.md")).unwrap();
    assert_refused(&p, "udhr.en.md: ");
}

#[test]
fn a_path_that_leaves_the_project() {
    let p = synced();
    p.write("lockstep.toml", &p.read("lockstep.toml").replace("source = \"udhr.en.md\"", "source = \"../udhr.en.md\""));
    let err = assert_refused(&p, "lockstep.toml:5:");
    assert!(err.contains("../udhr.en.md"), "{err}");
}

#[test]
fn toml_syntax_error() {
    let p = synced();
    p.write("lockstep.toml", &p.read("lockstep.toml").replace("source_lang = \"en\"", "source_lang = \"en"));
    assert_refused(&p, "lockstep.toml:1:");
}

#[test]
fn invalid_utf8_in_a_translation_names_line_and_column() {
    let p = synced();
    let mut bytes = std::fs::read(p.path("udhr.bg.md")).unwrap();
    let third_line = bytes.iter().enumerate().filter(|(_, b)| **b == b'\n').nth(1).unwrap().0 + 1;
    bytes.insert(third_line + 2, 0xff);
    std::fs::write(p.path("udhr.bg.md"), bytes).unwrap();
    assert_refused(&p, "udhr.bg.md:3:");
}

#[test]
fn a_damaged_memory_file_names_its_line() {
    let p = synced();
    let rel = ".lockstep/memory/udhr.en.md/bg.jsonl";
    let text = p.read(rel);
    let mut lines: Vec<&str> = text.lines().collect();
    let cut: String = lines[4].chars().take(lines[4].chars().count() / 2).collect();
    lines[4] = &cut;
    p.write(rel, &format!("{}\n", lines.join("\n")));
    let err = assert_refused(&p, &format!("{rel}:5:"));
    assert!(err.contains("damaged"), "{err}");
}

#[test]
fn unknown_language_and_project_not_found() {
    let p = synced();
    let (code, _, err) = p.run(&["diff", "xx"]);
    assert_eq!(code, 2);
    assert!(err.contains("xx"), "{err}");
    let empty = Project::empty();
    let (code, _, err) = empty.run(&["status"]);
    assert_eq!(code, 2);
    // The message names the file once (not `lockstep.toml: no lockstep.toml here…`).
    assert!(err.starts_with("lockstep: no lockstep.toml here"), "{err}");
    // A folder named with --project without a project file: that file is not found.
    let (code, _, err) = empty.run(&["--project", ".", "status"]);
    assert_eq!(code, 2);
    assert!(err.contains("lockstep.toml: file not found"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    let p = synced();
    assert_eq!(p.run(&["status", "--bogus"]).0, 2);
    assert_eq!(p.run(&["frobnicate"]).0, 2);
    assert_eq!(p.run(&["status", "--format", "xml"]).0, 2);
    assert_eq!(p.run(&["--help"]).0, 0);
}

#[test]
fn project_is_found_upward() {
    let p = synced();
    std::fs::create_dir_all(p.path("sub/deeper")).unwrap();
    let out = p.cmd().current_dir(p.path("sub/deeper")).arg("status").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_folder_is_called_a_folder_and_utf16_is_read_or_named() {
    let p = synced();
    std::fs::rename(p.path("udhr.en.md"), p.path("moved.md")).unwrap();
    std::fs::create_dir(p.path("udhr.en.md")).unwrap();
    let err = assert_refused(&p, "udhr.en.md: ");
    assert!(err.contains("is a folder"), "{err}");
    std::fs::remove_dir(p.path("udhr.en.md")).unwrap();
    std::fs::rename(p.path("moved.md"), p.path("udhr.en.md")).unwrap();
    // The translation saved as UTF-16 with a BOM reads as the same text: nothing changes.
    let text = p.read("udhr.bg.md");
    let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    std::fs::write(p.path("udhr.bg.md"), utf16).unwrap();
    let (c, _) = p.status("bg");
    assert_eq!((c.stale, c.missing, c.orphaned), (0, 0, 0));
    // Without its BOM, it is named as UTF-16 (not read as text full of NULs).
    let bytes = std::fs::read(p.path("udhr.bg.md")).unwrap();
    let latin: String = text.chars().map(|c| if c.is_ascii() { c } else { 'x' }).collect();
    let no_bom: Vec<u8> = latin.encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert!(bytes.len() > 2);
    std::fs::write(p.path("udhr.bg.md"), no_bom).unwrap();
    let err = assert_refused(&p, "udhr.bg.md: ");
    assert!(err.contains("UTF-16"), "{err}");
}

#[test]
fn a_memory_file_copied_over_another_is_refused() {
    let p = Project::udhr_synced(&["bg", "hr"]);
    p.ok(&["status"]);
    let hr = p.read(".lockstep/memory/udhr.en.md/hr.jsonl");
    p.write(".lockstep/memory/udhr.en.md/bg.jsonl", &hr);
    let err = assert_refused(&p, ".lockstep/memory/udhr.en.md/bg.jsonl:1:1: ");
    assert!(err.contains("another document or language"), "{err}");
}

#[test]
fn symlinks_out_of_the_project_and_special_files_are_refused() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    // A source symlinked to a file outside the project: its text never enters the memory.
    let p = synced();
    std::fs::copy(p.path("udhr.en.md"), outside.path().join("secret.md")).unwrap();
    std::fs::remove_file(p.path("udhr.en.md")).unwrap();
    symlink(outside.path().join("secret.md"), p.path("udhr.en.md")).unwrap();
    let err = assert_refused(&p, "udhr.en.md: ");
    assert!(err.contains("leaves the project folder"), "{err}");
    // A FIFO as a translation: an error at once, not a hang.
    let p = synced();
    std::fs::remove_file(p.path("udhr.bg.md")).unwrap();
    let status = std::process::Command::new("mkfifo").arg(p.path("udhr.bg.md")).status().unwrap();
    assert!(status.success());
    let out = p.cmd().arg("status").timeout(std::time::Duration::from_secs(30)).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("udhr.bg.md: ") && err.contains("not a regular file"), "{err}");
    // The memory folder symlinked elsewhere: nothing is read or written through it.
    let p = synced();
    let memory = p.path(".lockstep/memory");
    std::fs::rename(&memory, outside.path().join("memory")).unwrap();
    symlink(outside.path().join("memory"), &memory).unwrap();
    let before = std::fs::read(outside.path().join("memory/udhr.en.md/bg.jsonl")).unwrap();
    crate::status::edit_source(&p);
    let (code, _, err) = p.run(&["sync", "bg", "--all"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("leaves the project folder"), "{err}");
    assert_eq!(before, std::fs::read(outside.path().join("memory/udhr.en.md/bg.jsonl")).unwrap());
    // The imported store and the cache likewise.
    for folder in ["imported", "cache"] {
        let p = synced();
        let _ = std::fs::remove_dir_all(p.path(&format!(".lockstep/{folder}")));
        std::fs::create_dir_all(outside.path().join(folder)).unwrap();
        symlink(outside.path().join(folder), p.path(&format!(".lockstep/{folder}"))).unwrap();
        for args in [&["status"][..], &["tm", "export", "-o", "x.tmx"], &["sync", "bg", "--all"]] {
            let (code, _, err) = p.run(args);
            assert_eq!(code, 2, "{folder} {args:?}: {err}");
            assert!(err.contains("leaves the project folder"), "{folder} {args:?}: {err}");
        }
    }
}

#[test]
fn small_things_people_read() {
    // sync with nothing named says how to name it, and that --all confirms everything.
    let p = Project::udhr(&["bg"]);
    let (code, _, err) = p.run(&["sync", "bg"]);
    assert_eq!(code, 2);
    assert!(err.contains("--all") && err.contains("status --paragraphs"), "{err}");
    // diff's help lists its language before its ids.
    let help = p.ok(&["diff", "--help"]);
    let (lang, ids) = (help.find("<LANG>").unwrap(), help.find("[ID]").unwrap());
    assert!(lang < ids, "{help}");
}
