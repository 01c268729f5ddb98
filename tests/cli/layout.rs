//! The house rules of ARCHITECTURE.md, checked on the source: library modules call only down the
//! data flow, none of them draws (prints, styles, measures columns or localizes), and no clock
//! decides a result.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each library module and the modules it may use.
const MAY_USE: &[(&str, &[&str])] = &[
    ("error", &[]),
    ("text", &["error"]),
    ("fs", &["error"]),
    ("project", &["error", "text"]),
    ("segment", &["error", "text"]),
    ("align", &["text"]),
    ("memory", &["error", "fs", "text"]),
    ("status", &["error", "align", "memory", "segment", "text"]),
    ("derive", &["error", "fs", "project", "segment", "status", "text"]),
    ("workspace", &["derive", "error", "fs", "memory", "project", "segment", "status", "text"]),
    ("sync", &["error", "align", "memory", "segment", "status", "text", "workspace"]),
    ("tmx", &["error", "text"]),
    ("tm", &["error", "fs", "memory", "project", "segment", "status", "text", "tmx", "workspace"]),
    ("diff", &["error", "memory", "project", "segment", "status", "text", "tm", "workspace"]),
    ("exchange", &["diff", "error", "memory", "project", "segment", "status", "text", "tm", "workspace"]),
    ("check", &["align", "error", "memory", "project", "segment", "status", "text", "workspace"]),
    ("report", &["diff", "error", "memory", "project", "segment", "status", "text", "tm", "workspace"]),
];

/// What only the binary may use: terminal styling, progress bars, Fluent, column widths, and
/// printing.
const DRAWING: &[&str] =
    &["anstyle", "indicatif", "fluent", "intl_memoizer", "unicode_width", "println!", "print!(", "eprint"];

/// What would let the clock decide a result: the same files must give the same beads, ids and
/// diffs on a loaded machine as on an idle one.
const CLOCK: &[&str] = &["Instant", "deadline", "elapsed()"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The library code of a module: its files, each cut at its tests.
fn module_code(src: &Path, module: &str) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    let single = src.join(format!("{module}.rs"));
    if single.is_file() {
        files.push(single);
    } else {
        rust_files(&src.join(module), &mut files);
    }
    files.sort();
    files
        .into_iter()
        .filter(|f| !f.ends_with("tests.rs") && !f.ends_with("test_support.rs"))
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let code: Vec<&str> = code.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
            (f, code.join("\n"))
        })
        .collect()
}

#[test]
fn library_modules_call_down_the_flow_never_draw_and_never_race_the_clock() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let declared: BTreeSet<&str> =
        lib.lines().filter_map(|l| l.strip_prefix("pub mod ")).map(|m| m.trim_end_matches(';')).collect();
    let listed: BTreeSet<&str> = MAY_USE.iter().map(|(m, _)| *m).collect();
    assert_eq!(declared, listed, "every library module has its line in MAY_USE (and in ARCHITECTURE.md)");
    let mut problems = BTreeMap::new();
    for (module, allowed) in MAY_USE {
        for (file, code) in module_code(&src, module) {
            let shown = file.strip_prefix(&src).unwrap().display().to_string();
            for used in code.split("crate::").skip(1) {
                let name: String = used.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if listed.contains(name.as_str()) && name != *module && !allowed.contains(&name.as_str()) {
                    problems.insert(format!("src/{shown} uses crate::{name}"), ());
                }
            }
            for word in DRAWING {
                if code.contains(word) {
                    problems.insert(format!("src/{shown} draws: {word}"), ());
                }
            }
            for word in CLOCK {
                if code.contains(word) {
                    problems.insert(format!("src/{shown} lets the clock decide: {word}"), ());
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.into_keys().collect::<Vec<_>>().join("\n"));
}
