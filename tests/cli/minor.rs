//! `lockstep minor`: a typo fixed in the source does not send every translator back to work.

use crate::support::{Project, in_state, nums};

fn fix_typo(p: &Project, heading: &str, from: &str, to: &str) -> usize {
    let mut en = p.blocks("udhr.en.md");
    let i = p.after_heading("udhr.en.md", heading);
    assert!(en[i].contains(from));
    en[i] = en[i].replacen(from, to, 1);
    p.set_blocks("udhr.en.md", &en);
    i + 1
}

#[test]
fn minor_confirms_every_language_that_was_current() {
    let p = Project::udhr_synced(&["bg", "el", "hr"]);
    let n = fix_typo(&p, "Article 3", "liberty and", "liberty, and");
    for lang in ["bg", "el", "hr"] {
        assert_eq!(p.status(lang).0.stale, 1);
    }
    let out = p.ok(&["minor", &n.to_string()]);
    assert!(out.contains('3'), "{out}");
    for lang in ["bg", "el", "hr"] {
        assert_eq!(p.status(lang).0.stale, 0, "{lang}");
        let memory = p.read(&format!(".lockstep/memory/udhr.en.md/{lang}.jsonl"));
        assert!(memory.contains("\"minor\":true"), "{lang}");
    }
}

#[test]
fn languages_that_were_already_stale_stay_stale() {
    let p = Project::udhr_synced(&["bg", "hr"]);
    // A real change, which only the Croatian translator has caught up with (later).
    let n = fix_typo(&p, "Article 3", "security of person", "security of the person");
    p.cmd().env("SOURCE_DATE_EPOCH", "1767312000").args(["sync", "hr", "--all"]).assert().success();
    // Then a typo fix on top of it.
    fix_typo(&p, "Article 3", "liberty and", "liberty, and");
    p.cmd().env("SOURCE_DATE_EPOCH", "1767398400").args(["minor", &n.to_string()]).assert().success();
    assert_eq!(p.status("hr").0.stale, 0);
    let (_, beads) = p.status("bg");
    let stale = in_state(&beads, "stale");
    assert_eq!(stale.len(), 1);
    assert_eq!(nums(&stale[0]["source"]), vec![n]);
}

#[test]
fn minor_refuses_paragraphs_that_do_not_exist() {
    let p = Project::udhr_synced(&["bg"]);
    let before = p.memory_files();
    assert_eq!(p.run(&["minor", "9999"]).0, 2);
    assert_eq!(p.run(&["minor"]).0, 2);
    assert_eq!(before, p.memory_files());
}

#[test]
fn minor_refuses_an_edit_that_changes_words_unless_forced_and_an_unchanged_paragraph() {
    // On the example, ¶19 gained "privacy": a real change, not a minor one.
    let p = Project { dir: crate::support::example() };
    let before = p.memory_files();
    let (code, _, err) = p.run(&["minor", "19"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("source paragraph 19") && err.contains("+privacy") && err.contains("--force"), "{err}");
    let (code, _, err) = p.run(&["minor", "1"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("source paragraph 1 has not changed"), "{err}");
    assert_eq!(before, p.memory_files(), "nothing written");
    // A dry run lists what --force would confirm, and writes nothing.
    let dry = p.ok(&["minor", "19", "--force", "--dry-run"]);
    assert!(dry.starts_with("Minor edit would be confirmed in 4 languages"), "{dry}");
    assert_eq!(before, p.memory_files(), "a dry run writes nothing");
    let done = p.ok(&["minor", "19", "--force"]);
    assert_eq!(done.lines().skip(1).collect::<Vec<_>>(), dry.lines().skip(1).collect::<Vec<_>>());
    assert!(done.contains("bg") && done.contains("de4d3") && done.contains("¶19 → ¶18"), "{done}");
    assert_eq!(p.status("bg").0.stale, 2);
}
