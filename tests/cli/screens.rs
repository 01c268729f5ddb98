//! What people read, on the bundled example, in English and in Bulgarian: every text output
//! (`status`, `status --paragraphs`, `diff`, `align`, `suggest`, `paragraphs`, errors, `--help`)
//! and the JSON of the same commands, as snapshots. A change to any of them shows here first, so
//! a refactoring that should change nothing for users is proved to change nothing.

use std::path::Path;

use assert_cmd::Command;

use crate::support::example;

/// The commands a user runs on the example, as they read them.
const SCREENS: [&[&str]; 14] = [
    &["status"],
    &["status", "--paragraphs"],
    &["status", "--check"],
    &["diff", "bg"],
    &["diff", "el", "9eb12"],
    &["suggest", "hr"],
    &["suggest", "bg", "--text", "Everyone has the right to education.", "--min-score", "40"],
    &["align", "bg"],
    &["align", "udhr.en.md", "udhr.hr.md"],
    &["paragraphs", "udhr.sr-Cyrl.md"],
    &["diff", "xx"],
    &["paragraphs", "nowhere.md"],
    &["--help"],
    &["sync", "--help"],
];

/// The same data for programs: never localized, so one snapshot serves every locale.
const JSON: [&[&str]; 5] = [
    &["status", "--format", "json"],
    &["diff", "sr-Cyrl", "--format", "json"],
    &["suggest", "el", "--format", "json"],
    &["align", "hr", "--format", "json"],
    &["paragraphs", "udhr.el.md", "--format", "json"],
];

fn run(dir: &Path, ui: &str, args: &[&str]) -> String {
    let out = Command::cargo_bin("lockstep")
        .unwrap()
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("LOCKSTEP_UI_LANG", ui)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .args(args)
        .output()
        .unwrap();
    let code = out.status.code().unwrap_or(-1);
    format!(
        "$ lockstep {}  # exit {code}\n{}{}\n",
        args.join(" "),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap()
    )
}

#[test]
fn the_example_as_people_read_it() {
    let dir = example();
    for ui in ["en-US", "bg"] {
        let shown: String = SCREENS.iter().map(|args| run(dir.path(), ui, args)).collect();
        insta::assert_snapshot!(format!("screens-{ui}"), shown);
    }
}

#[test]
fn the_example_as_programs_read_it() {
    let dir = example();
    let en: Vec<String> = JSON.iter().map(|args| run(dir.path(), "en-US", args)).collect();
    let el: Vec<String> = JSON.iter().map(|args| run(dir.path(), "el", args)).collect();
    assert_eq!(en, el, "JSON output must not depend on the UI language");
    insta::assert_snapshot!("screens-json", en.concat());
}

/// What people read fits the width they read at: no line wider than `COLUMNS` (80 and 120), by
/// display width, in English, Bulgarian and Greek.
#[test]
fn no_line_is_wider_than_the_terminal() {
    use unicode_width::UnicodeWidthStr;
    let dir = example();
    let commands: [&[&str]; 9] = [
        &["align", "bg"],
        &["status"],
        &["status", "--paragraphs"],
        &["diff", "bg"],
        &["diff", "el"],
        &["suggest", "bg"],
        &["--help"],
        &["diff", "--help"],
        &["check"],
    ];
    for columns in ["80", "120"] {
        for ui in ["en-US", "bg", "el"] {
            for args in commands {
                let out = Command::cargo_bin("lockstep")
                    .unwrap()
                    .current_dir(dir.path())
                    .env_clear()
                    .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                    .env("LOCKSTEP_UI_LANG", ui)
                    .env("NO_COLOR", "1")
                    .env("COLUMNS", columns)
                    .args(args)
                    .output()
                    .unwrap();
                let text = String::from_utf8(out.stdout).unwrap();
                let max: usize = columns.parse().unwrap();
                for line in text.lines() {
                    assert!(line.width() <= max, "{ui} {args:?} at {columns}: {} columns:\n{line}", line.width());
                }
            }
        }
    }
}
