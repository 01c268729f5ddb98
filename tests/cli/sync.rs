//! `lockstep sync`: confirming beads, one language at a time.

use crate::status::edit_source;
use crate::support::{Project, in_state, nums};

#[test]
fn syncing_one_language_leaves_the_others_untouched() {
    let p = Project::udhr_synced(&["bg", "el", "hr"]);
    edit_source(&p);
    let before = p.memory_files();
    p.ok(&["sync", "bg", "--all"]);
    let after = p.memory_files();
    for (path, bytes) in &before {
        let is_bg = path.ends_with("udhr.en.md/bg.jsonl");
        assert_eq!(is_bg, after[path] != *bytes, "{}", path.display());
    }
    let (c, _) = p.status("bg");
    assert_eq!(c.stale, 0);
    assert_eq!((c.missing, c.orphaned), (1, 1), "new and orphaned paragraphs stay until named");
    assert_eq!(p.status("el").0.stale, 2);
}

#[test]
fn a_translators_new_paragraph_is_aligned_to_the_new_source_paragraph() {
    let p = Project::udhr_synced(&["bg"]);
    let (_, _, inserted) = edit_source(&p);
    let mut bg = p.blocks("udhr.bg.md");
    let a5 = p.after_heading("udhr.bg.md", "Член 5");
    bg.insert(a5 + 1, "Всеки човек има право на чиста и здравословна околна среда.".to_string());
    p.set_blocks("udhr.bg.md", &bg);
    let (c, _) = p.status("bg");
    assert_eq!((c.missing, c.orphaned), (1, 2));
    p.ok(&["sync", "bg", "--all"]);
    let (c, beads) = p.status("bg");
    assert_eq!((c.stale, c.missing, c.orphaned), (0, 0, 1), "{beads:?}");
    let bead = beads.iter().find(|b| nums(&b["source"]) == vec![inserted]).unwrap();
    assert_eq!(nums(&bead["target"]), vec![a5 + 2]);
    assert_eq!(bead["state"], "current");
}

#[test]
fn sync_by_id_confirms_only_the_named_beads_and_ids_are_stable() {
    let p = Project::udhr_synced(&["bg"]);
    let ids_before: Vec<String> = p.status("bg").1.iter().map(|b| b["id"].as_str().unwrap().to_string()).collect();
    edit_source(&p);
    let (_, beads) = p.status("bg");
    let stale: Vec<String> = in_state(&beads, "stale").iter().map(|b| b["id"].as_str().unwrap().to_string()).collect();
    assert!(stale.iter().all(|id| ids_before.contains(id)), "stale beads keep their ids");
    p.ok(&["sync", "bg", &stale[0]]);
    let (c, beads) = p.status("bg");
    assert_eq!(c.stale, 1);
    assert_eq!(in_state(&beads, "stale")[0]["id"], stale[1].as_str());
    assert!(beads.iter().any(|b| b["id"] == stale[0].as_str() && b["state"] == "current"));
    // Naming a missing paragraph records it as an intentional omission.
    let missing = in_state(&beads, "missing")[0]["id"].as_str().unwrap().to_string();
    p.ok(&["sync", "bg", &missing]);
    assert_eq!(p.status("bg").0.missing, 0);
}

#[test]
fn sync_all_twice_changes_nothing_the_second_time() {
    let p = Project::udhr_synced(&["bg"]);
    edit_source(&p);
    p.ok(&["sync", "bg", "--all"]);
    let once = p.memory_files();
    let out = p.ok(&["sync", "bg", "--all"]);
    assert_eq!(once, p.memory_files());
    assert!(out.contains("0 paragraphs confirmed"), "{out}");
}

#[test]
fn sync_needs_ids_or_all() {
    let p = Project::udhr_synced(&["bg"]);
    let (code, _, err) = p.run(&["sync", "bg"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = p.run(&["sync", "bg", "--all", "abc12"]);
    assert_eq!(code, 2);
}

#[test]
fn memory_is_plain_json_lines_in_source_order() {
    let p = Project::udhr_synced(&["bg"]);
    let text = p.read(".lockstep/memory/udhr.en.md/bg.jsonl");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains("\"lockstep\":1"));
    assert!(lines[1].contains("UNIVERSAL DECLARATION OF HUMAN RIGHTS") || lines[1].contains("Universal Declaration"));
    assert!(text.contains("Всички хора се раждат свободни"), "UTF-8 is written as is");
    for line in &lines[1..] {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["id"].is_string() && v["source"].is_array() && v["target"].is_array());
    }
    assert!(p.read(".lockstep/.gitignore").contains(".lock"));
}

#[test]
fn sync_all_never_confirms_a_new_source_paragraph_nobody_translated() {
    // On the shipped example, ¶20 is new in the source and ¶19 was edited: the aligner would
    // join them into one bead with ¶18 of the translation, and ¶20 would pass for translated.
    let dir = crate::support::example();
    let p = Project { dir };
    let missing_before: Vec<Vec<usize>> =
        in_state(&p.status("bg").1, "missing").iter().map(|b| nums(&b["source"])).collect();
    assert_eq!(missing_before, [vec![20]]);
    p.ok(&["sync", "bg", "--all"]);
    let (c, beads) = p.status("bg");
    let missing: Vec<Vec<usize>> = in_state(&beads, "missing").iter().map(|b| nums(&b["source"])).collect();
    assert_eq!(missing, [vec![20]], "¶20 stays missing until translated or named");
    assert_eq!(c.stale, 0);
    let b19 = beads.iter().find(|b| nums(&b["source"]).contains(&19)).unwrap();
    assert_eq!((nums(&b19["source"]), b19["state"].as_str()), (vec![19], Some("current")));
    // The translation paragraph with no source stays orphaned too.
    assert_eq!(c.orphaned, 1);
}

#[test]
fn a_rewritten_paragraph_and_its_rewritten_translation_pair_between_confirmed_neighbours() {
    let p = Project::udhr_synced(&["bg"]);
    // Article 1 rewritten with numbers of its own, and its translation rewritten short, with
    // another number: the aligner alone would call them an omission and an addition.
    let k = p.after_heading("udhr.en.md", "Article 1");
    let mut en = p.blocks("udhr.en.md");
    en[k] = "In 1948, 1966, 1976 and 1993 the Assembly adopted resolutions 217, 2200, 3452 and 48/121, which \
             together with articles 1 to 30 set out rights that every State, every organ of society and every \
             person is bound to respect, protect and fulfil without distinction of any kind whatsoever, in every \
             territory under its jurisdiction."
        .to_string();
    p.set_blocks("udhr.en.md", &en);
    let kb = p.after_heading("udhr.bg.md", "Член 1");
    let mut bg = p.blocks("udhr.bg.md");
    bg[kb] = "Виж 7.".to_string();
    p.set_blocks("udhr.bg.md", &bg);
    let (before, _) = p.status("bg");
    assert_eq!(before.stale, 1);
    let total = before.current + before.stale + before.missing + before.orphaned;
    p.ok(&["sync", "bg", "--all"]);
    let (after, beads) = p.status("bg");
    assert_eq!((after.current, after.stale, after.missing, after.orphaned), (total, 0, 0, 0), "{beads:?}");
    let bead = beads.iter().find(|b| nums(&b["source"]) == vec![k + 1]).unwrap();
    assert_eq!(nums(&bead["target"]), vec![kb + 1]);
}

#[test]
fn sync_dry_run_lists_what_the_real_run_confirms_and_writes_nothing() {
    let p = Project { dir: crate::support::example() };
    let before = p.memory_files();
    let dry = p.json(&["sync", "bg", "--all", "--dry-run"]);
    assert_eq!(before, p.memory_files(), "a dry run writes nothing");
    assert_eq!(dry["dry_run"], true);
    let done = p.json(&["sync", "bg", "--all"]);
    assert_eq!(done["dry_run"], false);
    assert_eq!(done["files_written"], 1);
    assert_eq!(dry["confirmed"], done["confirmed"]);
    let confirmed = done["confirmed"].as_array().unwrap();
    let stale: Vec<Vec<usize>> = confirmed.iter().map(|b| nums(&b["source"])).collect();
    assert_eq!(stale, [vec![19], vec![39], vec![59]]);
    assert!(confirmed.iter().all(|b| b["state"] == "stale" && b["lang"] == "bg"), "{confirmed:?}");
    let text = p.ok(&["sync", "hr", "--all", "--dry-run"]);
    assert!(text.starts_with("hr: 3 paragraphs would be confirmed (dry run: nothing written)."), "{text}");
    assert!(text.contains("9eb12") && text.contains("¶19 → ¶19") && text.contains("stale"), "{text}");
}

#[test]
fn a_writer_says_it_waits_and_gives_up_while_readers_never_wait() {
    let p = Project::udhr_synced(&["bg"]);
    crate::status::edit_source(&p);
    // Another run holds the lock (this test, as process 4242).
    std::fs::write(p.path(".lockstep/.lock"), "4242").unwrap();
    let held = std::fs::File::options().read(true).write(true).open(p.path(".lockstep/.lock")).unwrap();
    held.lock().unwrap();
    let before = p.memory_files();
    let limit = std::time::Duration::from_secs(60);
    let out = p.cmd().args(["sync", "bg", "--all", "--wait", "2"]).timeout(limit).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("waiting for another lockstep run (process 4242)"), "{err}");
    assert!(err.contains("another lockstep run is writing this project"), "{err}");
    assert_eq!(before, p.memory_files());
    // Readers read what is there, at once.
    for args in [&["status"][..], &["diff", "bg"], &["suggest", "bg"], &["tm", "export", "-o", "x.tmx"]] {
        let out = p.cmd().args(args).timeout(limit).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    drop(held);
    p.ok(&["sync", "bg", "--all"]);
}
