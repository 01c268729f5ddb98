//! `lockstep status`: states after real edits of the source, in every language.

use crate::support::{Project, in_state, nums};

const LANGS: [&str; 4] = ["bg", "sr-Cyrl", "el", "hr"];

/// The 0-based block index of the text of article `n` in a translation (its heading ends in
/// the article number, as in `## Член 7` or `## ČLANAK 7.`).
pub fn article_text(p: &Project, rel: &str, n: usize) -> usize {
    let blocks = p.blocks(rel);
    let want = [n.to_string(), format!("{n}.")];
    blocks
        .iter()
        .position(|b| {
            b.starts_with("## ") && b.split_whitespace().last().is_some_and(|w| want.contains(&w.to_string()))
        })
        .unwrap()
        + 1
}

/// Edits the English source: art. 3 a word changed, art. 4 rewritten, art. 5 followed by a new
/// paragraph, art. 7 removed, art. 9 re-wrapped. Returns the 1-based numbers of (edited,
/// rewritten, inserted) paragraphs in the new source.
pub fn edit_source(p: &Project) -> (usize, usize, usize) {
    let mut b = p.blocks("udhr.en.md");
    let a = |h: &str| p.after_heading("udhr.en.md", h);
    let (a3, a4, a5, a7, a9) = (a("Article 3"), a("Article 4"), a("Article 5"), a("Article 7"), a("Article 9"));
    b[a9] = b[a9].replace(' ', "\n");
    b.remove(a7);
    b.insert(a5 + 1, "Everyone has the right to a clean and healthy environment.".to_string());
    b[a4] = "Forced labour in every form is abolished without delay.".to_string();
    b[a3] = b[a3].replace("liberty", "freedom");
    p.set_blocks("udhr.en.md", &b);
    (a3 + 1, a4 + 1, a5 + 2)
}

#[test]
fn first_status_says_nothing_is_synced() {
    let p = Project::udhr(&["bg"]);
    let (c, beads) = p.status("bg");
    assert_eq!((c.current, c.stale), (0, 0));
    assert_eq!(c.missing, 92);
    assert_eq!(c.orphaned, 91);
    assert_eq!(beads.len(), 183);
    let text = p.ok(&["status"]);
    assert!(text.contains("lockstep sync bg --all"), "{text}");
}

#[test]
fn after_sync_everything_is_current() {
    let p = Project::udhr_synced(&LANGS);
    for lang in LANGS {
        let (c, _) = p.status(lang);
        assert_eq!((c.stale, c.missing, c.orphaned), (0, 0, 0), "{lang}");
        assert!(c.current >= 90);
    }
    assert_eq!(p.run(&["status", "--check"]).0, 0);
}

#[test]
fn edits_insertions_deletions_and_rewraps_in_every_language() {
    let p = Project::udhr_synced(&LANGS);
    let before: Vec<usize> = LANGS.iter().map(|l| p.status(l).0.current).collect();
    let (edited, rewritten, inserted) = edit_source(&p);
    for (k, lang) in LANGS.iter().enumerate() {
        let (c, beads) = p.status(lang);
        assert_eq!((c.stale, c.missing, c.orphaned), (2, 1, 1), "{lang}: {beads:?}");
        assert_eq!(c.current, before[k] - 3, "{lang}");
        let stale: Vec<Vec<usize>> = in_state(&beads, "stale").iter().map(|b| nums(&b["source"])).collect();
        assert_eq!(stale, vec![vec![edited], vec![rewritten]], "{lang}");
        let missing = in_state(&beads, "missing");
        assert_eq!(nums(&missing[0]["source"]), vec![inserted]);
        assert!(nums(&missing[0]["target"]).is_empty());
        let orphan = in_state(&beads, "orphaned");
        let a7 = article_text(&p, &format!("udhr.{lang}.md"), 7);
        assert_eq!(nums(&orphan[0]["target"]), vec![a7 + 1], "{lang}");
        assert!(nums(&orphan[0]["source"]).is_empty());
    }
    assert_eq!(p.run(&["status", "--check"]).0, 1);
    assert_eq!(p.run(&["status", "--check", "--format", "json"]).0, 1);
}

#[test]
fn joining_and_splitting_inside_one_bead_stays_current() {
    // The Bulgarian translator joined the two paragraphs of article 2 into one.
    let p = Project::udhr(&["bg"]);
    let mut bg = p.blocks("udhr.bg.md");
    let a2 = p.after_heading("udhr.bg.md", "Член 2");
    let second = bg.remove(a2 + 1);
    bg[a2] = format!("{} {second}", bg[a2]);
    p.set_blocks("udhr.bg.md", &bg);
    p.ok(&["sync", "bg", "--all"]);
    let en_a2 = p.after_heading("udhr.en.md", "Article 2");
    let joined_bead = |p: &Project| {
        let (_, beads) = p.status("bg");
        beads.into_iter().find(|b| nums(&b["source"]).contains(&(en_a2 + 1))).unwrap()
    };
    let bead = joined_bead(&p);
    assert_eq!(nums(&bead["source"]), vec![en_a2 + 1, en_a2 + 2]);
    // The source joins them too, re-wrapped: still current.
    let mut en = p.blocks("udhr.en.md");
    let second = en.remove(en_a2 + 1);
    en[en_a2] = format!("{}\n{}", en[en_a2], second.replace(". ", ".\n"));
    p.set_blocks("udhr.en.md", &en);
    let bead = joined_bead(&p);
    assert_eq!(bead["state"], "current");
    assert_eq!(nums(&bead["source"]), vec![en_a2 + 1]);
    assert_eq!(p.status("bg").0.stale, 0);
}

#[test]
fn a_translator_edit_alone_is_current_but_reported_on_stale_beads() {
    let p = Project::udhr_synced(&["bg"]);
    let mut bg = p.blocks("udhr.bg.md");
    let a3 = p.after_heading("udhr.bg.md", "Член 3");
    bg[a3] = format!("{} (редакция)", bg[a3]);
    p.set_blocks("udhr.bg.md", &bg);
    assert_eq!(p.status("bg").0.stale, 0);
    let mut en = p.blocks("udhr.en.md");
    let a3 = p.after_heading("udhr.en.md", "Article 3");
    en[a3] = en[a3].replace("liberty", "freedom");
    p.set_blocks("udhr.en.md", &en);
    let (_, beads) = p.status("bg");
    let stale = in_state(&beads, "stale");
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0]["target_edited"], true);
}

#[test]
fn a_missing_translation_file_is_a_language_not_started() {
    let p = Project::udhr_synced(&["bg"]);
    p.write("lockstep.toml", &p.read("lockstep.toml").replace("[\"bg\"]", "[\"bg\", \"de\"]"));
    let (c, _) = p.status("de");
    assert_eq!((c.current, c.missing, c.orphaned), (0, 92, 0));
    let text = p.ok(&["status", "de"]);
    assert!(text.contains("udhr.de.md"), "{text}");
    assert!(!text.contains(" bg "), "only the languages asked for: {text}");
}

#[test]
fn paragraphs_lists_each_bead_that_is_not_current() {
    let p = Project::udhr_synced(&["bg"]);
    edit_source(&p);
    let text = p.ok(&["status", "--paragraphs"]);
    assert!(text.contains("stale"), "{text}");
    assert!(text.contains("Everyone has the right to a clean"), "{text}");
    let (_, beads) = p.status("bg");
    for b in beads.iter().filter(|b| b["state"] != "current") {
        assert!(text.contains(b["id"].as_str().unwrap()), "{text}");
    }
}

#[test]
fn json_contract_shape() {
    let p = Project::udhr_synced(&["bg", "hr"]);
    let v = p.json(&["status"]);
    let doc = &v["documents"][0];
    assert_eq!(doc["source"], "udhr.en.md");
    assert_eq!(doc["source_lang"], "en");
    let langs: Vec<&str> =
        doc["translations"].as_array().unwrap().iter().map(|t| t["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["bg", "hr"]);
    let t = &doc["translations"][0];
    assert_eq!(t["path"], "udhr.bg.md");
    for key in ["current", "stale", "missing", "orphaned"] {
        assert!(t["counts"][key].is_u64());
    }
    let bead = &t["beads"][0];
    for key in ["id", "state", "source", "target", "target_edited"] {
        assert!(!bead[key].is_null(), "{key}");
    }
}

#[test]
fn counts_are_of_paragraphs_and_add_up_to_the_source_in_every_language() {
    // In the example, Greek splits one paragraph where the others do not: counting beads showed
    // 89 current in el and 88 elsewhere for the same source.
    let p = Project { dir: crate::support::example() };
    let v = p.json(&["status"]);
    let source_paragraphs = p.json(&["paragraphs", "udhr.en.md"])["paragraphs"].as_array().unwrap().len();
    let n = |c: &serde_json::Value, k: &str| c[k].as_u64().unwrap() as usize;
    for t in v["documents"][0]["translations"].as_array().unwrap() {
        let c = &t["paragraphs"];
        assert_eq!(n(c, "current") + n(c, "stale") + n(c, "missing"), source_paragraphs, "{}", t["lang"]);
        assert_eq!(n(c, "current"), 88, "{}", t["lang"]);
        assert!(t["counts"].is_object(), "bead counts stay in the JSON");
    }
    let table = p.ok(&["status"]);
    let header = table.lines().next().unwrap();
    assert!(header.ends_with("Up to date"), "the percentage has its own name: {header}");
}

#[test]
fn a_damaged_status_cache_changes_no_result() {
    let p = Project::udhr_synced(&["bg", "el"]);
    crate::status::edit_source(&p);
    let want = p.ok(&["status", "--format", "json"]);
    let cache = p.path(".lockstep/cache/status.bin");
    let good = std::fs::read(&cache).unwrap();
    // Random single-byte changes anywhere in the file, from a fixed seed.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..60 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut bytes = good.clone();
        let at = (seed % bytes.len() as u64) as usize;
        bytes[at] ^= 1 << (round % 8);
        std::fs::write(&cache, &bytes).unwrap();
        assert!(p.ok(&["status", "--format", "json"]) == want, "a change of byte {at} changed the status");
    }
}

#[test]
fn a_memory_file_the_project_does_not_read_is_reported() {
    let p = Project::udhr_synced(&["bg", "hr"]);
    p.write("lockstep.toml", &p.read("lockstep.toml").replace("\"bg\", \"hr\"", "\"bg\""));
    let (code, out, err) = p.run(&["status"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("bg"), "{out}");
    assert!(err.contains("warning: .lockstep/memory/udhr.en.md/hr.jsonl is the memory of no document"), "{err}");
    let (_, _, err) = p.run(&["status", "--format", "json"]);
    assert!(err.contains("hr.jsonl"), "JSON on stdout, the warning on stderr: {err}");
}

#[test]
fn the_totals_say_in_how_many_of_all_the_documents() {
    let p = crate::support::Project::udhr(&["bg"]);
    let en = p.read("udhr.en.md");
    let bg = p.read("udhr.bg.md");
    p.write("b.en.md", &en);
    p.write("b.bg.md", &bg);
    let toml = p.read("lockstep.toml");
    p.write(
        "lockstep.toml",
        &format!("{toml}\n[[document]]\nsource = \"b.en.md\"\ntranslations = \"b.{{lang}}.md\"\n"),
    );
    p.ok(&["sync", "bg", "--all"]);
    p.write("b.en.md", &en.replacen("Everyone", "Every person", 1));
    // The line wraps at the terminal's width: read it whole.
    let out = p.ok(&["status"]).replace("\n  ", " ");
    assert!(out.contains("in 1 of 2 documents"), "{out}");
}

#[test]
fn one_view_per_source_paragraph_across_languages() {
    let p = crate::support::Project::udhr_synced(&["bg", "hr"]);
    let en = p.read("udhr.en.md").replacen("Everyone has the right to life", "Everyone has the full right to life", 1);
    p.write("udhr.en.md", &en);
    let v = p.json(&["status", "--by-source"]);
    let rows = v["documents"][0]["paragraphs"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{v}");
    let row = &rows[0];
    assert_eq!(row["id"].as_str().unwrap().len(), 6);
    assert_eq!(row["languages"]["bg"]["state"], "stale");
    assert_eq!(row["languages"]["hr"]["state"], "stale");
    let line = en.lines().position(|l| l.contains("full right to life")).unwrap() + 1;
    assert_eq!(row["line"], line);
    let out = p.ok(&["status", "--by-source"]);
    assert!(out.contains(&format!("udhr.en.md:{line}:")), "{out}");
    assert!(out.contains(row["id"].as_str().unwrap()), "{out}");
    let (code, _, _) = p.run(&["status", "--by-source", "--check"]);
    assert_eq!(code, 1);
}

#[test]
fn json_with_paragraphs_says_where_each_paragraph_stands() {
    let p = crate::support::Project::udhr_synced(&["bg"]);
    let v = p.json(&["status", "--paragraphs"]);
    let beads = v["documents"][0]["translations"][0]["beads"].as_array().unwrap();
    let b = &beads[1];
    assert!(b["source_line"].as_u64().unwrap() > 1 && b["target_line"].as_u64().unwrap() > 1, "{b}");
    // Without --paragraphs the status comes from the cache: no lines.
    let v = p.json(&["status"]);
    assert!(v["documents"][0]["translations"][0]["beads"][1].get("source_line").is_none());
}
