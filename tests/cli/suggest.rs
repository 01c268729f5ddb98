//! `lockstep suggest`, and the suggestion under each stale bead in `diff`.

use crate::status::edit_source;
use crate::support::Project;

#[test]
fn the_old_translation_of_an_edited_paragraph_is_the_top_match() {
    let p = Project::udhr_synced(&["bg"]);
    let old_bg = p.blocks("udhr.bg.md")[p.after_heading("udhr.bg.md", "Член 3")].clone();
    let (edited, _, inserted) = edit_source(&p);
    let v = p.json(&["suggest", "bg"]);
    assert_eq!(v["lang"], "bg");
    let queries = v["queries"].as_array().unwrap();
    let q = queries.iter().find(|q| q["source"][0] == edited).unwrap();
    let top = &q["matches"][0];
    assert_eq!(top["target"], old_bg.as_str());
    assert_eq!(top["kind"], "context");
    assert_eq!(top["origin"], "memory");
    assert!(top["score"].as_u64().unwrap() >= 70 && top["score"].as_u64().unwrap() < 100);
    // Missing paragraphs are looked up too.
    assert!(queries.iter().any(|q| q["source"][0] == inserted));
    // Under the stale bead in diff, the memory shows only what adds to the translation printed
    // above it: never that same translation again.
    let d = p.json(&["diff", "bg"]);
    assert_ne!(d["beads"][0]["suggestion"]["target"], old_bg.as_str());
    assert_eq!(d["beads"][0]["target_text"], old_bg.as_str());
}

#[test]
fn free_text_finds_similar_paragraphs_across_documents() {
    let p = Project::udhr_synced(&["hr"]);
    let v = p.json(&["suggest", "hr", "--text", "Everyone has the right to freedom of peaceful assembly."]);
    let q = &v["queries"][0];
    assert!(q.get("id").is_none());
    let top = &q["matches"][0];
    assert_eq!(top["kind"], "fuzzy");
    assert!(top["target"].as_str().unwrap().contains("mirnog okupljanja"), "{top}");
    let text =
        p.ok(&["suggest", "hr", "--text", "Everyone has the right to freedom of peaceful assembly.", "--max", "1"]);
    assert!(text.contains("[-") || text.contains("{+"), "the matched source is shown as a diff: {text}");
    let none = p.json(&["suggest", "hr", "--text", "Completely unrelated words about gluons.", "--min-score", "90"]);
    assert!(none["queries"][0]["matches"].as_array().unwrap().is_empty());
}
