//! A project whose language tags carry regions, `en-US` → `bg-BG` and `hr-HR`, end to end:
//! sync, status, the memory files, TMX export, import into another project with the same tags
//! or plain ones, suggestions and `tm export --lang`. Tags are written back as given, and
//! languages match by written language (`bg-BG` finds `bg` units and the other way round).

use crate::support::{Project, assert_valid_tmx, fixtures};

/// The UDHR in English and the languages `langs` (fixture name, tag in the project).
fn udhr_tagged(source: &str, langs: &[(&str, &str)]) -> Project {
    let p = Project::empty();
    let copy = |fixture: &str, tag: &str| {
        let text = std::fs::read_to_string(fixtures().join(format!("udhr/udhr.{fixture}.md"))).unwrap();
        p.write(&format!("udhr.{tag}.md"), &text);
    };
    copy("en", source);
    for (fixture, tag) in langs {
        copy(fixture, tag);
    }
    let list: Vec<String> = langs.iter().map(|(_, t)| format!("\"{t}\"")).collect();
    p.write(
        "lockstep.toml",
        &format!(
            "source_lang = \"{source}\"\nlanguages = [{}]\n\n[[document]]\nsource = \"udhr.{source}.md\"\n\
             translations = \"udhr.{{lang}}.md\"\n",
            list.join(", ")
        ),
    );
    p
}

fn units(tmx: &str) -> usize {
    tmx.matches("<tu>").count() + tmx.matches("<tu ").count()
}

const ARTICLE_1: &str = "All human beings are born free and equal in dignity and rights. They are endowed with reason \
                         and conscience and should act towards one another in a spirit of brotherhood.";

/// The first match's translation for `text` into `lang`.
fn best(p: &Project, lang: &str, text: &str) -> Option<String> {
    let v = p.json(&["suggest", lang, "--text", text, "--min-score", "50"]);
    v["queries"][0]["matches"].as_array().unwrap().first().map(|m| m["target"].as_str().unwrap().to_owned())
}

#[test]
fn a_region_tagged_project_works_end_to_end() {
    let p = udhr_tagged("en-US", &[("bg", "bg-BG"), ("hr", "hr-HR")]);
    p.ok(&["sync", "bg-BG", "--all"]);
    p.ok(&["sync", "hr", "--all"]); // `hr` names the project's only Croatian, `hr-HR`
    assert!(p.path(".lockstep/memory/udhr.en-US.md/bg-BG.jsonl").is_file());
    assert!(p.path(".lockstep/memory/udhr.en-US.md/hr-HR.jsonl").is_file());
    let v = p.json(&["status"]);
    let langs: Vec<&str> =
        v["documents"][0]["translations"].as_array().unwrap().iter().map(|t| t["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["bg-BG", "hr-HR"], "tags as written in lockstep.toml");
    assert_eq!(v["documents"][0]["source_lang"], "en-US");
    let (counts, _) = p.status("bg-BG");
    assert_eq!((counts.stale, counts.missing, counts.orphaned), (0, 0, 0));

    // Exported with the project's own tags.
    p.ok(&["tm", "export", "-o", "all.tmx"]);
    let all = p.read("all.tmx");
    assert!(all.contains("srclang=\"en-US\""), "{}", &all[..400]);
    assert!(
        all.contains("xml:lang=\"en-US\"") && all.contains("xml:lang=\"bg-BG\"") && all.contains("xml:lang=\"hr-HR\"")
    );
    assert_valid_tmx(&p.path("all.tmx"));
    p.ok(&["tm", "export", "--lang", "bg-BG", "-o", "bg.tmx"]);
    let bg = p.read("bg.tmx");
    assert!(units(&bg) > 50, "tm export --lang bg-BG wrote {} units", units(&bg));
    assert!(!bg.contains("xml:lang=\"hr-HR\""));

    // Another project with the same tags imports it and finds its units.
    let q = udhr_tagged("en-US", &[("bg", "bg-BG"), ("hr", "hr-HR")]);
    q.ok(&["tm", "import", p.path("all.tmx").to_str().unwrap()]);
    let found = best(&q, "bg-BG", ARTICLE_1).expect("suggest bg-BG finds the imported Bulgarian");
    assert!(found.starts_with("Всички хора се раждат свободни"), "{found}");
    let found = best(&q, "hr-HR", ARTICLE_1).expect("suggest hr-HR finds the imported Croatian");
    assert!(found.contains("slobodn"), "{found}");
    q.ok(&["tm", "export", "--lang", "bg-BG", "-o", "again.tmx"]);
    let again = q.read("again.tmx");
    assert_eq!(units(&again), units(&bg), "the imported units, cut to bg-BG");
    assert!(again.contains("xml:lang=\"bg-BG\"") && !again.contains("xml:lang=\"hr-HR\""));

    // A project with plain tags reads the region-tagged memory, and the other way round.
    let r = udhr_tagged("en", &[("bg", "bg"), ("sr-Cyrl", "sr-Latn")]);
    r.ok(&["tm", "import", p.path("all.tmx").to_str().unwrap()]);
    let found = best(&r, "bg", ARTICLE_1).expect("bg finds bg-BG units");
    assert!(found.starts_with("Всички хора"), "{found}");
    assert_eq!(best(&r, "sr-Latn", ARTICLE_1), None, "nothing Serbian was imported");
    r.ok(&["tm", "export", "--lang", "bg", "-o", "plain.tmx"]);
    assert_eq!(units(&r.read("plain.tmx")), units(&bg));
    p.ok(&["tm", "import", r.path("plain.tmx").to_str().unwrap()]);
    assert!(best(&p, "bg-BG", ARTICLE_1).is_some());
}
