//! `lockstep derive`: Serbian Latin written from Serbian Cyrillic, current exactly when its
//! parent is; a hand edit reported and kept unless `--force`.

use crate::support::{Project, fixtures};

/// The UDHR in English, Serbian Cyrillic and Serbian Latin (derived), Cyrillic synced.
fn serbian() -> Project {
    let p = Project::udhr(&["sr-Cyrl"]);
    p.write(
        "lockstep.toml",
        "source_lang = \"en\"\nlanguages = [\"sr-Cyrl\", \"sr-Latn\"]\n\n[[document]]\nsource = \"udhr.en.md\"\ntranslations = \"udhr.{lang}.md\"\n\n[derive]\n\"sr-Latn\" = \"sr-Cyrl\"\n",
    );
    p.ok(&["sync", "sr-Cyrl", "--all"]);
    p
}

fn counts(p: &Project, lang: &str) -> (usize, usize, usize, usize) {
    let (c, _) = p.status(lang);
    (c.current, c.stale, c.missing, c.orphaned)
}

#[test]
fn derives_the_official_latin_text_but_for_its_two_known_differences() {
    let p = serbian();
    // The sync of the parent already derived it.
    let derived = p.blocks("udhr.sr-Latn.md");
    let official: Vec<String> = std::fs::read_to_string(fixtures().join("udhr/udhr.sr-Latn.md"))
        .unwrap()
        .trim_end()
        .split("\n\n")
        .map(str::to_string)
        .collect();
    assert_eq!(derived.len(), official.len());
    let differ: Vec<usize> = (0..derived.len()).filter(|&i| derived[i] != official[i]).collect();
    // Art. 13.2 ("svoju vlastitu") and art. 21.3 (":" for ";") were edited in the official Latin.
    assert_eq!(differ.len(), 2, "{differ:?}");
    assert!(official[differ[0]].contains("svoju vlastitu"));
    assert_eq!(counts(&p, "sr-Cyrl"), counts(&p, "sr-Latn"));
    assert_eq!(p.ok(&["derive"]), "udhr.sr-Latn.md: up to date with udhr.sr-Cyrl.md\n");
    // The same ids in both scripts.
    let (_, cyr) = p.status("sr-Cyrl");
    let (_, lat) = p.status("sr-Latn");
    let ids = |b: &[serde_json::Value]| b.iter().map(|x| x["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&cyr), ids(&lat));
}

#[test]
fn a_derived_translation_is_stale_exactly_where_its_parent_is() {
    let p = serbian();
    let mut en = p.blocks("udhr.en.md");
    let k = p.after_heading("udhr.en.md", "Article 3");
    en[k] = en[k].replace("liberty", "freedom");
    p.set_blocks("udhr.en.md", &en);
    assert_eq!(counts(&p, "sr-Cyrl").1, 1);
    assert_eq!(counts(&p, "sr-Cyrl"), counts(&p, "sr-Latn"));
    // The translator updates the Cyrillic and syncs it: the Latin follows.
    let mut cyr = p.blocks("udhr.sr-Cyrl.md");
    let k = p.after_heading("udhr.sr-Cyrl.md", "Члан 3.");
    cyr[k] = cyr[k].replace("слободу", "слободу и");
    p.set_blocks("udhr.sr-Cyrl.md", &cyr);
    // Edited but not synced: the Latin is behind, and says so; its states are its parent's.
    assert_eq!(counts(&p, "sr-Latn"), counts(&p, "sr-Cyrl"));
    let status = p.ok(&["status"]);
    assert!(status.contains("sr-Latn is behind sr-Cyrl"), "{status}");
    let out = p.ok(&["sync", "sr-Cyrl", "--all"]);
    assert!(out.contains("udhr.sr-Latn.md: written from udhr.sr-Cyrl.md (sr-Cyrl)"), "{out}");
    assert!(p.read("udhr.sr-Latn.md").contains("slobodu i"));
    assert_eq!(counts(&p, "sr-Latn"), counts(&p, "sr-Cyrl"));
    assert_eq!(counts(&p, "sr-Latn").1, 0);
}

#[test]
fn a_hand_edit_is_reported_and_kept_unless_forced() {
    let p = serbian();
    let mut lat = p.blocks("udhr.sr-Latn.md");
    let k = p.after_heading("udhr.sr-Latn.md", "Član 3.");
    lat[k] = format!("{} (ručno)", lat[k]);
    p.set_blocks("udhr.sr-Latn.md", &lat);
    let edited = p.read("udhr.sr-Latn.md");
    let line = edited.lines().position(|l| l.contains("(ručno)")).unwrap() + 1;
    // The edited paragraph is not current: it is not what its parent says.
    assert_eq!(counts(&p, "sr-Latn").1, 1);
    let status = p.ok(&["status"]);
    assert!(
        status.contains(&format!("udhr.sr-Latn.md:{line}: sr-Latn is derived from sr-Cyrl and was edited by hand")),
        "{status}"
    );
    let (code, out, _) = p.run(&["derive"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&format!("udhr.sr-Latn.md:{line}: edited by hand")), "{out}");
    assert_eq!(p.read("udhr.sr-Latn.md"), edited);
    // A sync of the parent does not overwrite it either.
    let out = p.ok(&["sync", "sr-Cyrl", "--all"]);
    assert!(out.contains("edited by hand"), "{out}");
    assert_eq!(p.read("udhr.sr-Latn.md"), edited);
    let out = p.ok(&["derive", "--force"]);
    assert!(out.contains("overwritten"), "{out}");
    assert!(!p.read("udhr.sr-Latn.md").contains("(ručno)"));
    assert_eq!(counts(&p, "sr-Latn").1, 0);
}

#[test]
fn markdown_code_urls_and_latin_words_stay_and_line_ends_are_kept() {
    let p = Project::empty();
    p.write(
        "a.en.md",
        "# Title\n\nSee `code` at [the site](https://example.org/a).\n\n```\ncode block\n```\n\nNJEGOS and LJUDI.\n",
    );
    let cyr = "# Наслов\r\n\r\nВидите `код` на [сајту](https://пример.срб/ђ), Linux и www.пример.срб.\r\n\r\n```\r\nблок кода\r\n```\r\n\r\nЊЕГОШ и ЉУДИ, Џеп.\r\n";
    p.write("a.sr-Cyrl.md", cyr);
    p.write(
        "lockstep.toml",
        "source_lang = \"en\"\nlanguages = [\"sr-Cyrl\", \"sr-Latn\"]\n\n[[document]]\nsource = \"a.en.md\"\ntranslations = \"a.{lang}.md\"\n\n[derive]\n\"sr-Latn\" = \"sr-Cyrl\"\n",
    );
    let out = p.ok(&["derive", "--dry-run"]);
    assert!(out.contains("written from"), "{out}");
    assert!(!p.path("a.sr-Latn.md").exists());
    p.ok(&["derive"]);
    assert_eq!(
        p.read("a.sr-Latn.md"),
        "# Naslov\r\n\r\nVidite `код` na [sajtu](https://пример.срб/ђ), Linux i www.пример.срб.\r\n\r\n```\r\nблок кода\r\n```\r\n\r\nNJEGOŠ i LJUDI, Džep.\r\n"
    );
    // sync of a derived language is refused, and says which to sync.
    let (code, _, err) = p.run(&["sync", "sr-Latn", "--all"]);
    assert_eq!(code, 2);
    assert!(err.contains("sync sr-Cyrl"), "{err}");
}

#[test]
fn a_derivation_lockstep_cannot_make_is_refused_with_its_line() {
    let p = Project::udhr(&["bg", "hr"]);
    let toml = p.read("lockstep.toml");
    p.write("lockstep.toml", &format!("{toml}\n[derive]\n\"hr\" = \"bg\"\n"));
    let (code, _, err) = p.run(&["status"]);
    assert_eq!(code, 2);
    assert!(err.contains("lockstep.toml:9:") && err.contains("cannot be derived"), "{err}");
    p.write("lockstep.toml", &toml);
    let (code, _, err) = p.run(&["derive"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no language is derived"), "{err}");
}

#[test]
fn status_json_says_what_a_derived_file_stands_on_and_exchange_goes_through_the_parent() {
    let p = serbian();
    let v = p.json(&["status"]);
    let t =
        v["documents"][0]["translations"].as_array().unwrap().iter().find(|t| t["lang"] == "sr-Latn").unwrap().clone();
    assert_eq!(t["derived"], serde_json::json!({"from": "sr-Cyrl", "state": "up_to_date"}));
    let cyr =
        v["documents"][0]["translations"].as_array().unwrap().iter().find(|t| t["lang"] == "sr-Cyrl").unwrap().clone();
    assert!(cyr.get("derived").is_none());
    for args in [&["export", "sr-Latn"][..], &["import", "x.po", "--lang", "sr-Latn"][..]] {
        p.write(
            "x.po",
            "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: sr_RS@latin\\n\"\n",
        );
        let (code, _, err) = p.run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("derived from sr-Cyrl"), "{args:?}: {err}");
    }
}

#[test]
fn a_derived_translation_is_checked_with_its_parents_pairs() {
    let p = serbian();
    let v = p.json(&["check", "sr-Latn"]);
    assert_eq!(v["findings"].as_array().unwrap().len(), 0, "{v}");
    // A Cyrillic letter left in the Latin text.
    let latin = p.read("udhr.sr-Latn.md").replacen("Sva ljudska", "Сва ljudska", 1);
    p.write("udhr.sr-Latn.md", &latin);
    let v = p.json(&["check", "sr-Latn"]);
    let f = &v["findings"][0];
    assert_eq!(f["check"], "script", "{v}");
    assert_eq!(f["provisional"], false);
    let (_, cyr) = p.status("sr-Cyrl");
    assert!(cyr.iter().any(|b| b["id"] == f["id"]), "the parent's id: {v}");
}

#[test]
fn a_finding_accepted_in_the_parent_or_the_derived_language_holds_for_both() {
    let p = serbian();
    let cyr = p.read("udhr.sr-Cyrl.md").replacen("Члан 1.", "Члан 2.", 1);
    p.write("udhr.sr-Cyrl.md", &cyr);
    p.ok(&["derive"]);
    let v = p.json(&["check"]);
    let ids: Vec<(String, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["lang"].as_str().unwrap().to_string(), f["id"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(ids.len(), 2, "{v}");
    assert_eq!(ids[0].1, ids[1].1, "one id in both scripts: {v}");
    let (code, _, _) = p.run(&["check", "--check"]);
    assert_eq!(code, 1);
    // Accepted from the derived language: recorded in the parent's memory, valid for both.
    p.ok(&["check", "sr-Latn", "--accept", &format!("{}:numbers", ids[0].1)]);
    assert!(p.read(".lockstep/memory/udhr.en.md/sr-Cyrl.jsonl").contains("\"accepted\""));
    let (code, out, _) = p.run(&["check", "--check"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_damaged_or_foreign_record_is_named_and_force_replaces_an_undecodable_file() {
    let p = serbian();
    let rec = ".lockstep/derived/udhr.en.md/sr-Latn.json";
    let good = p.read(rec);
    p.write(rec, "{\"lockstep\":1,");
    let (code, _, err) = p.run(&["status"]);
    assert_eq!(code, 2);
    assert!(err.contains("sr-Latn.json:") && err.contains("record of a derived file"), "{err}");
    p.write(rec, &good.replace("\"udhr.en.md\"", "\"other.en.md\""));
    let (code, _, err) = p.run(&["derive"]);
    assert_eq!(code, 2);
    assert!(err.contains("sr-Latn.json:1:1"), "{err}");
    p.write(rec, &good);
    std::fs::write(p.path("udhr.sr-Latn.md"), b"not \x80\x81 text").unwrap();
    let (code, _, _) = p.run(&["derive"]);
    assert_eq!(code, 2);
    p.ok(&["derive", "--force"]);
    assert!(p.read("udhr.sr-Latn.md").contains("Član 1."));
    // Tags in [derive] are read in any case.
    let toml = p.read("lockstep.toml").replace("\"sr-Latn\" = \"sr-Cyrl\"", "\"sr-latn\" = \"SR-Cyrl\"");
    p.write("lockstep.toml", &toml);
    p.ok(&["derive"]);
}
