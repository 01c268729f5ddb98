//! `lockstep diff`: what changed in the source of stale beads, word by word.

use crate::status::edit_source;
use crate::support::Project;

#[test]
fn shows_inserted_and_deleted_words_without_colour() {
    let p = Project::udhr_synced(&["bg"]);
    edit_source(&p);
    let text = p.ok(&["diff", "bg"]);
    assert!(text.contains("[-liberty-]"), "{text}");
    assert!(text.contains("{+freedom+}"), "{text}");
    assert!(text.contains("Всеки има право на живот, свобода и лична сигурност."), "the translation is shown: {text}");
    assert!(!text.contains('\u{1b}'), "no colour with NO_COLOR");
    let coloured = p.ok(&["--color", "always", "diff", "bg"]);
    assert!(coloured.contains('\u{1b}'));
}

#[test]
fn json_links_each_stale_bead_to_its_own_old_text() {
    let p = Project::udhr_synced(&["bg"]);
    let original = p.blocks("udhr.en.md");
    let a4 = p.after_heading("udhr.en.md", "Article 4");
    edit_source(&p);
    let v = p.json(&["diff", "bg"]);
    assert_eq!(v["lang"], "bg");
    let beads = v["beads"].as_array().unwrap();
    assert_eq!(beads.len(), 2);
    let rewritten = &beads[1];
    assert_eq!(rewritten["old_source"], original[a4].as_str());
    assert_eq!(rewritten["new_source"], "Forced labour in every form is abolished without delay.");
    assert_eq!(rewritten["document"], "udhr.en.md");
    assert!(rewritten["suggestion"].is_null());
    let changes = beads[0]["changes"].as_array().unwrap();
    let pieces = |op: &str| -> String {
        changes.iter().filter(|c| c["op"] == op).map(|c| c["text"].as_str().unwrap()).collect()
    };
    assert_eq!(pieces("delete"), "liberty");
    assert_eq!(pieces("insert"), "freedom");
    // The pieces rebuild both texts.
    let old: String = changes.iter().filter(|c| c["op"] != "insert").map(|c| c["text"].as_str().unwrap()).collect();
    assert_eq!(old, beads[0]["old_source"].as_str().unwrap());
}

#[test]
fn named_ids_only_and_unknown_ids_fail() {
    let p = Project::udhr_synced(&["bg"]);
    edit_source(&p);
    let v = p.json(&["diff", "bg"]);
    let id = v["beads"][1]["id"].as_str().unwrap().to_string();
    let one = p.json(&["diff", "bg", &id]);
    assert_eq!(one["beads"].as_array().unwrap().len(), 1);
    assert_eq!(one["beads"][0]["id"], id.as_str());
    let (code, _, err) = p.run(&["diff", "bg", "nosuchid"]);
    assert_eq!(code, 2);
    assert!(err.contains("nosuchid"), "{err}");
}

#[test]
fn nothing_stale_says_so() {
    let p = Project::udhr_synced(&["bg"]);
    assert!(p.ok(&["diff", "bg"]).contains("Nothing is stale in bg"));
}
