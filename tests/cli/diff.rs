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

#[test]
fn every_id_works_with_diff_and_sync_and_intent_is_visible() {
    // The example's bg has a new source paragraph (missing, d3849) and a translation paragraph
    // with no source (orphaned).
    let p = crate::support::Project { dir: crate::support::example() };
    let intents = |beads: &[serde_json::Value]| -> Vec<String> {
        beads.iter().filter_map(|b| b["intentional"].as_str().map(str::to_owned)).collect()
    };
    // The preamble's "Now, therefore," is omitted on purpose in every language.
    assert_eq!(intents(&p.status("bg").1), ["omission"]);
    let out = p.ok(&["diff", "bg", "d3849"]);
    assert!(out.contains("{+Everyone has the right to a clean, healthy and sustainable environment.+}"), "{out}");
    assert!(!out.contains("Nothing is stale"), "{out}");
    // The orphan's id: five hex digits, as every id.
    let (_, beads) = p.status("bg");
    let orphan = beads.iter().find(|b| b["state"] == "orphaned").unwrap()["id"].as_str().unwrap().to_string();
    assert_eq!(orphan.len(), 5);
    let out = p.ok(&["diff", "bg", &orphan]);
    assert!(out.contains("Тези права и свободи"), "the orphan's translation: {out}");
    let v = p.json(&["diff", "bg", "d3849", &orphan]);
    let states: Vec<&str> = v["beads"].as_array().unwrap().iter().map(|b| b["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["missing", "orphaned"]);
    // Naming them in sync says what it records, and status shows it.
    let out = p.ok(&["sync", "bg", &orphan, "d3849"]);
    assert!(out.contains("recorded as an intentional addition"), "{out}");
    assert!(out.contains("recorded as an intentional omission"), "{out}");
    let (c, beads) = p.status("bg");
    assert_eq!((c.missing, c.orphaned), (0, 0));
    assert_eq!(intents(&beads), ["omission", "omission", "addition"]);
    let listing = p.ok(&["status", "bg", "--paragraphs"]);
    assert!(listing.contains("omitted") && listing.contains("added"), "{listing}");
    // Named in diff, an intentional omission says what it is.
    let out = p.ok(&["diff", "bg", "d3849"]);
    assert!(out.contains("Left out of the translation on purpose"), "{out}");
}

#[test]
fn a_bead_of_two_paragraphs_shows_its_break_and_the_memory_never_echoes_the_translation() {
    // Croatian splits "Proclaims…" in two paragraphs.
    let p = crate::support::Project::udhr_synced(&["hr"]);
    let en = p.read("udhr.en.md").replacen("Proclaims this Universal Declaration", "Proclaims this Declaration", 1);
    p.write("udhr.en.md", &en);
    let out = p.ok(&["diff", "hr"]);
    let lines: Vec<&str> = out.lines().collect();
    let first = lines.iter().position(|l| l.trim() == "proglašava").expect(&out);
    assert_eq!(lines[first + 1], "", "{out}");
    assert!(lines[first + 2].trim_start().starts_with("OVU OPĆU DEKLARACIJU"), "{out}");
    // The translation is printed once: no memory match repeats it.
    assert_eq!(out.matches("OVU OPĆU DEKLARACIJU").count(), 1, "{out}");
}

#[test]
fn a_rewrite_reads_as_one_change_and_a_space_taken_away_is_visible() {
    let p = crate::support::Project::empty();
    p.write("a.en.md", "This struggle is the defining test of our time.\n\nSend us your comments .\n");
    p.write("a.bg.md", "Тази борба е решаващото изпитание на нашето време.\n\nИзпратете ни коментарите си.\n");
    p.write("lockstep.toml", "source_lang = \"en\"\nlanguages = [\"bg\"]\n\n[[document]]\nsource = \"a.en.md\"\ntranslations = \"a.{lang}.md\"\n");
    p.ok(&["sync", "bg", "--all"]);
    p.write("a.en.md", "The outcome of this war is the defining test of our time.\n\nSend us your comments.\n");
    let out = p.ok(&["diff", "bg"]);
    assert!(out.contains("[-This struggle-]{+The outcome of this war+} is the defining test"), "{out}");
    assert!(out.contains("comments[-␣-]."), "{out}");
    // Re-wrapping changes nothing.
    p.write("a.en.md", "The outcome of this war is the defining\ntest of our time.\n\nSend us your  comments.\n");
    let out = p.ok(&["diff", "bg"]);
    assert!(out.contains("comments[-␣-]."), "{out}");
    assert!(!out.contains("defining\n"), "{out}");
}

#[test]
fn every_paragraph_to_look_at_says_where_it_stands_on_both_sides() {
    let p = crate::support::Project::udhr_synced(&["bg"]);
    let en = p.read("udhr.en.md").replacen("Everyone has the right to life", "Everyone has the full right to life", 1);
    p.write("udhr.en.md", &en);
    let line = |text: &str, needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let (s, t) = (line(&en, "full right to life"), line(&p.read("udhr.bg.md"), "право на живот"));
    let want = format!("udhr.en.md:{s}: → udhr.bg.md:{t}:");
    let out = p.ok(&["diff", "bg"]);
    assert!(out.contains(&want), "{out}");
    let out = p.ok(&["status", "--paragraphs"]);
    assert!(out.contains(&want), "{out}");
    let v = p.json(&["diff", "bg"]);
    assert_eq!(v["beads"][0]["source_line"], s);
    assert_eq!(v["beads"][0]["target_line"], t);
    assert_eq!(v["beads"][0]["target_file"], "udhr.bg.md");
}
