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

/// `lockstep` in `dir` with a clean environment: UI language `ui`, no colours, a fixed clock.
fn lockstep_in(dir: &Path, ui: &str) -> Command {
    let mut c = Command::cargo_bin("lockstep").unwrap();
    c.current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("LOCKSTEP_UI_LANG", ui)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1767225600");
    c
}

fn run(dir: &Path, ui: &str, args: &[&str]) -> String {
    let out = lockstep_in(dir, ui).args(args).output().unwrap();
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

/// What `lockstep ARGS` prints in `dir`, in UI language `ui`, at `columns` columns.
fn stdout_at(dir: &Path, ui: &str, columns: &str, args: &[&str]) -> String {
    let out = lockstep_in(dir, ui).env("COLUMNS", columns).args(args).output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// What people read fits the width they read at: no line wider than `COLUMNS` (80 and 120), by
/// display width, in English, Bulgarian and Greek.
#[test]
fn no_line_is_wider_than_the_terminal() {
    use unicode_width::UnicodeWidthStr;
    let dir = example();
    let commands: [&[&str]; 11] = [
        &["align", "bg"],
        &["paragraphs", "udhr.bg.md"],
        &["status", "--by-source"],
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
                let text = stdout_at(dir.path(), ui, columns, args);
                let max: usize = columns.parse().unwrap();
                for line in text.lines() {
                    assert!(line.width() <= max, "{ui} {args:?} at {columns}: {} columns:\n{line}", line.width());
                }
            }
        }
    }
}

/// A project whose source was edited in every way a diff must read well: a sentence rewritten, a
/// word changed, a space taken away, and a paragraph translated as two (bg) changed.
fn edited_notes() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "a.en.md",
        "# Notes on the review\n\nThis struggle is the defining test of our time.\n\nThe committee met on Monday to review the translations.\n\nSend us your comments . We read every one.\n\nThe office is open on weekdays from nine to five, and the library stays open late on Thursdays for readers who work.\n",
    );
    write(
        "a.bg.md",
        "# Бележки по прегледа\n\nТази борба е решаващото изпитание на нашето време.\n\nКомисията заседава в понеделник, за да прегледа преводите.\n\nИзпратете ни коментарите си. Четем всеки един.\n\nСлужбата е отворена в делничните дни от девет до пет.\n\nБиблиотеката работи до късно в четвъртък за читателите, които работят.\n",
    );
    write(
        "a.el.md",
        "# Σημειώσεις για τον έλεγχο\n\nΑυτός ο αγώνας είναι η καθοριστική δοκιμασία της εποχής μας.\n\nΗ επιτροπή συνεδρίασε τη Δευτέρα για να εξετάσει τις μεταφράσεις.\n\nΣτείλτε μας τα σχόλιά σας. Διαβάζουμε το καθένα.\n\nΤο γραφείο είναι ανοιχτό τις καθημερινές από τις εννέα έως τις πέντε, και η βιβλιοθήκη μένει ανοιχτή ως αργά την Πέμπτη για όσους αναγνώστες εργάζονται.\n",
    );
    write(
        "lockstep.toml",
        "source_lang = \"en\"\nlanguages = [\"bg\", \"el\"]\n\n[[document]]\nsource = \"a.en.md\"\ntranslations = \"a.{lang}.md\"\n",
    );
    for lang in ["bg", "el"] {
        run(dir.path(), "en-US", &["sync", lang, "--all"]);
    }
    write(
        "a.en.md",
        "# Notes on the review\n\nThe outcome of this war is the defining test of our time.\n\nThe committee met on Tuesday to review the translations.\n\nSend us your comments. We read every one.\n\nThe office is open on weekdays from nine to six, and the library stays open late on Thursdays for readers who work.\n",
    );
    dir
}

/// What people read at 80 and at 120 columns, in English, Bulgarian and Greek.
#[test]
fn the_edited_notes_at_80_and_120_columns() {
    let dir = edited_notes();
    let screens: [&[&str]; 8] = [
        &["status"],
        &["status", "--paragraphs"],
        &["status", "--by-source"],
        &["diff", "bg"],
        &["diff", "el"],
        &["align", "bg"],
        &["suggest", "bg"],
        &["--help"],
    ];
    for columns in ["80", "120"] {
        for ui in ["en-US", "bg", "el"] {
            let shown: String = screens
                .iter()
                .map(|args| format!("$ lockstep {}\n{}\n", args.join(" "), stdout_at(dir.path(), ui, columns, args)))
                .collect();
            let max: usize = columns.parse().unwrap();
            for line in shown.lines() {
                assert!(unicode_width::UnicodeWidthStr::width(line) <= max, "{ui} at {columns}:\n{line}");
            }
            insta::assert_snapshot!(format!("notes-{columns}-{ui}"), shown);
        }
    }
}
