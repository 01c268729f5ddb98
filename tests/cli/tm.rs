//! `lockstep tm import` and `lockstep tm export`: TMX in and out of the project's memory.

use std::collections::HashMap;

use crate::support::{Project, assert_valid_tmx, example, fixtures};

/// One `<tuv>` of a TMX file as lockstep writes it: its language, its segment, and its
/// `x-lockstep-bead` prop.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tuv {
    lang: String,
    seg: String,
    bead: Option<String>,
}

/// The units of a TMX file as lockstep writes it (one element a line), each as its variants.
fn units_of(tmx: &str) -> Vec<Vec<Tuv>> {
    let between = |s: &str, from: &str, to: &str| Some(s.split_once(from)?.1.split_once(to)?.0.to_owned());
    let body = tmx.split_once("<body>").unwrap().1;
    body.split("</tu>")
        .filter(|tu| tu.contains("<tuv"))
        .map(|tu| {
            tu.split("<tuv xml:lang=\"")
                .skip(1)
                .map(|tuv| Tuv {
                    lang: tuv.split_once('"').unwrap().0.to_owned(),
                    seg: between(tuv, "<seg>", "</seg>").unwrap(),
                    bead: between(tuv, "<prop type=\"x-lockstep-bead\">", "</prop>"),
                })
                .collect()
        })
        .collect()
}

/// A project of one short document, `rights.en-US.md`, in Bulgarian and Greek with regions in
/// their tags, all confirmed. The source says one thing twice; Bulgarian translates it two ways,
/// Greek one way.
fn rights() -> Project {
    let p = Project::empty();
    p.write(
        "lockstep.toml",
        "source_lang = \"en-US\"\nlanguages = [\"bg-BG\", \"el-GR\"]\n\n[[document]]\n\
         source = \"rights.en-US.md\"\ntranslations = \"rights.{lang}.md\"\n",
    );
    p.write("rights.en-US.md", "# Rights\n\nEveryone is free.\n\nEveryone is equal.\n\nEveryone is free.\n");
    p.write("rights.bg-BG.md", "# Права\n\nВсеки е свободен.\n\nВсеки е равен.\n\nВсеки човек е свободен.\n");
    p.write("rights.el-GR.md", "# Δικαιώματα\n\nΌλοι είναι ελεύθεροι.\n\nΌλοι είναι ίσοι.\n\nΌλοι είναι ελεύθεροι.\n");
    p.ok(&["sync", "bg-BG", "--all"]);
    p.ok(&["sync", "el-GR", "--all"]);
    p
}

/// The bead id of each confirmed translation of `lang` in the memory of `rights.en-US.md` (the
/// first bead's, for a translation given twice).
fn bead_ids(p: &Project, lang: &str) -> HashMap<String, String> {
    p.read(&format!(".lockstep/memory/rights.en-US.md/{lang}.jsonl")).lines().skip(1).fold(
        HashMap::new(),
        |mut ids, line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            ids.entry(v["target"][0].as_str().unwrap().to_owned()).or_insert(v["id"].as_str().unwrap().to_owned());
            ids
        },
    )
}

#[test]
fn an_export_holds_one_unit_per_source_text_with_every_language_in_it() {
    let p = rights();
    let out = p.ok(&["tm", "export", "-o", "all.tmx"]);
    assert!(out.starts_with("4 units"), "{out}");
    assert_valid_tmx(&p.path("all.tmx"));
    let all = p.read("all.tmx");
    assert!(all.contains("srclang=\"en-US\""), "{all}");
    let (bg, el) = (bead_ids(&p, "bg-BG"), bead_ids(&p, "el-GR"));
    let tuv = |lang: &str, seg: &str, ids: Option<&HashMap<String, String>>| Tuv {
        lang: lang.to_owned(),
        seg: seg.to_owned(),
        bead: ids.map(|ids| ids[seg].clone()),
    };
    let (bg, el) = (Some(&bg), Some(&el));
    // One unit per source text, the project's tags as written; the second Bulgarian translation of
    // "Everyone is free." in a unit of its own, and the Greek one, the same both times, once.
    assert_eq!(
        units_of(&all),
        [
            vec![tuv("en-US", "Rights", None), tuv("bg-BG", "Права", bg), tuv("el-GR", "Δικαιώματα", el)],
            vec![
                tuv("en-US", "Everyone is free.", None),
                tuv("bg-BG", "Всеки е свободен.", bg),
                tuv("el-GR", "Όλοι είναι ελεύθεροι.", el),
            ],
            vec![
                tuv("en-US", "Everyone is equal.", None),
                tuv("bg-BG", "Всеки е равен.", bg),
                tuv("el-GR", "Όλοι είναι ίσοι.", el),
            ],
            vec![tuv("en-US", "Everyone is free.", None), tuv("bg-BG", "Всеки човек е свободен.", bg)],
        ]
    );
    // The document and bead are each translation's own, inside its <tuv>.
    assert!(all.lines().filter(|l| l.contains("<prop")).all(|l| l.starts_with("        <prop")), "{all}");
    assert_eq!(all.matches("<prop type=\"x-lockstep-document\">rights.en-US.md</prop>").count(), 7, "{all}");
    p.ok(&["tm", "export", "-o", "again.tmx"]);
    assert_eq!(all, p.read("again.tmx"), "the same project, the same bytes");

    // One language: its units alone, still one per (source, translation) pair.
    p.ok(&["tm", "export", "--lang", "bg-BG", "-o", "bg.tmx"]);
    assert_valid_tmx(&p.path("bg.tmx"));
    let langs: Vec<Vec<String>> =
        units_of(&p.read("bg.tmx")).iter().map(|u| u.iter().map(|v| v.lang.clone()).collect()).collect();
    assert_eq!(langs, vec![vec!["en-US".to_owned(), "bg-BG".to_owned()]; 4]);

    // Imported into a project with the same texts and no memory, the export serves each
    // language with its own translations, as the paragraph's own (same document and bead).
    let q = Project::empty();
    for file in ["lockstep.toml", "rights.en-US.md", "rights.bg-BG.md", "rights.el-GR.md"] {
        q.write(file, &p.read(file));
    }
    q.ok(&["tm", "import", p.path("all.tmx").to_str().unwrap()]);
    // The Greek bead that gave the same translation again is not in the export: its paragraph
    // gets that translation as an exact match from the other bead.
    let (bg, el) = (["Всеки е свободен.", "Всеки човек е свободен."], ["Όλοι είναι ελεύθεροι."; 2]);
    for (lang, targets, kinds) in [("bg-BG", bg, ["context", "context"]), ("el-GR", el, ["context", "exact"])] {
        let v = q.json(&["suggest", lang]);
        let queries = v["queries"].as_array().unwrap();
        let free: Vec<&serde_json::Value> = queries.iter().filter(|q| q["text"] == "Everyone is free.").collect();
        assert_eq!(free.len(), 2, "{v}");
        for ((query, target), kind) in free.iter().zip(targets).zip(kinds) {
            let m = &query["matches"][0];
            assert_eq!((m["kind"].as_str(), m["target"].as_str()), (Some(kind), Some(target)), "{lang}: {query}");
            assert_eq!(m["document"], "rights.en-US.md");
        }
    }
    q.ok(&["tm", "export", "-o", "b.tmx"]);
    assert_eq!(all, q.read("b.tmx"), "imported units are exported as they are");
}

#[test]
fn the_example_exports_each_source_text_once_with_its_languages() {
    let p = Project { dir: example() };
    p.ok(&["tm", "export", "-o", "all.tmx"]);
    assert_valid_tmx(&p.path("all.tmx"));
    let units = units_of(&p.read("all.tmx"));
    let preamble = units.iter().find(|u| u[0].seg == "Preamble").expect("a unit of the Preamble");
    let langs: Vec<&str> = preamble.iter().map(|v| v.lang.as_str()).collect();
    assert_eq!(langs, ["en", "bg", "sr-Cyrl", "el", "hr"]);
    assert!(preamble[1..].iter().all(|v| v.bead.is_some()), "{preamble:?}");
    let mut by_source: HashMap<&str, Vec<&Vec<Tuv>>> = HashMap::new();
    for unit in &units {
        assert_eq!(unit[0].lang, "en", "{unit:?}");
        let langs: Vec<&str> = unit[1..].iter().map(|v| v.lang.as_str()).collect();
        assert!(langs.windows(2).all(|w| w[0] != w[1]), "one translation a language in a unit: {unit:?}");
        by_source.entry(&unit[0].seg).or_default().push(unit);
    }
    // A source text has another unit only for a language that translated it another way.
    for (source, units) in &by_source {
        for (k, unit) in units.iter().enumerate().skip(1) {
            for v in &unit[1..] {
                assert!(
                    units[..k].iter().all(|u| u.iter().any(|w| w.lang == v.lang && w.seg != v.seg)),
                    "{source}: {units:?}"
                );
            }
        }
    }
    assert!(units.len() < 100, "{} units: one per source text, not per language", units.len());

    // Imported again, the whole export suggests what the export of one language does.
    let fresh = |tmx: &str| {
        let q = Project { dir: example() };
        std::fs::remove_dir_all(q.path(".lockstep")).unwrap();
        std::fs::create_dir(q.path("in")).unwrap();
        std::fs::copy(p.path(tmx), q.path("in/export.tmx")).unwrap();
        q.ok(&["tm", "import", "in/export.tmx"]);
        q
    };
    let whole = fresh("all.tmx");
    for lang in ["bg", "el"] {
        let one = format!("{lang}.tmx");
        p.ok(&["tm", "export", "--lang", lang, "-o", &one]);
        let (a, b) = (whole.json(&["suggest", lang]), fresh(&one).json(&["suggest", lang]));
        assert_eq!(a, b, "{lang}");
        let kinds: Vec<&serde_json::Value> =
            a["queries"].as_array().unwrap().iter().map(|q| &q["matches"][0]["kind"]).collect();
        assert!(kinds.iter().any(|k| **k == "context"), "{lang}: the paragraphs' own translations: {kinds:?}");
    }
}

#[test]
fn export_is_valid_and_export_import_export_is_byte_stable() {
    let p = Project::udhr_synced(&["bg", "el"]);
    let out = p.ok(&["tm", "export", "-o", "a.tmx"]);
    assert!(out.contains("a.tmx"), "{out}");
    let a = std::fs::read(p.path("a.tmx")).unwrap();
    let text = String::from_utf8(a.clone()).unwrap();
    assert!(text.contains("<tmx version=\"1.4\">"));
    assert!(text.contains("srclang=\"en\"") && text.contains("segtype=\"paragraph\"") && text.contains("o-tmf="));
    assert!(text.contains("Всички хора се раждат свободни"));
    assert_valid_tmx(&p.path("a.tmx"));
    // Another project, with no memory yet, imports it and exports the same bytes.
    let q = Project::udhr(&["bg", "el"]);
    q.ok(&["tm", "import", p.path("a.tmx").to_str().unwrap()]);
    assert!(q.read(".lockstep/imported/.gitignore").contains('*'));
    q.ok(&["tm", "export", "-o", "b.tmx"]);
    assert_eq!(a, std::fs::read(q.path("b.tmx")).unwrap());
    // --lang keeps one language.
    p.ok(&["tm", "export", "-o", "bg.tmx", "--lang", "bg"]);
    let bg = p.read("bg.tmx");
    assert!(!bg.contains("xml:lang=\"el\""));
    assert_valid_tmx(&p.path("bg.tmx"));
}

#[test]
fn imported_units_feed_suggestions_and_keep_other_languages() {
    let p = Project::udhr_synced(&["bg"]);
    let out = p.ok(&["tm", "import", fixtures().join("tmx/multilingual.tmx").to_str().unwrap()]);
    assert!(out.contains("imported"), "{out}");
    let v = p.json(&["suggest", "bg", "--text", "All human beings are born free and equal in dignity."]);
    let matches = v["queries"][0]["matches"].as_array().unwrap();
    assert!(matches.iter().any(|m| m["origin"] == "multilingual.tmx"), "{matches:?}");
    // Languages the project does not list are kept for export.
    p.ok(&["tm", "export", "-o", "all.tmx"]);
    assert!(p.read("all.tmx").contains("xml:lang=\"hr-HR\""));
}

#[test]
fn bad_tmx_files_are_refused_and_nothing_half_imported_remains() {
    let p = Project::udhr_synced(&["bg"]);
    p.ok(&["tm", "import", fixtures().join("tmx/trados-bom.tmx").to_str().unwrap()]);
    let before = p.memory_files();
    for (file, expect) in [
        ("malformed.tmx", "malformed.tmx:11:"),
        ("billion-laughs.tmx", "billion-laughs.tmx:2:"),
        ("unknown-entity.tmx", "unknown-entity.tmx:6:"),
    ] {
        let path = fixtures().join("tmx").join(file);
        // A good file first: its units must not stay behind either.
        let good = fixtures().join("tmx/multilingual.tmx");
        let (code, _, err) = p.run(&["tm", "import", good.to_str().unwrap(), path.to_str().unwrap()]);
        assert_eq!(code, 2, "{file}: {err}");
        assert!(err.contains(expect), "{file}: {err}");
        assert_eq!(before, p.memory_files(), "{file}: the store must stay as it was");
    }
}

#[test]
fn utf16_bom_and_odd_language_codes_import() {
    let p = Project::udhr(&["bg", "hr"]);
    for file in ["memoq-utf16le.tmx", "memoq-utf16be.tmx", "legacy-langs.tmx", "windows-1251.tmx"] {
        p.ok(&["tm", "import", fixtures().join("tmx").join(file).to_str().unwrap()]);
    }
    p.ok(&["tm", "export", "-o", "x.tmx"]);
    assert_valid_tmx(&p.path("x.tmx"));
}

#[test]
fn a_damaged_store_record_is_an_error_naming_the_file_not_a_missing_match() {
    let p = Project::udhr_synced(&["bg"]);
    crate::status::edit_source(&p);
    p.ok(&["tm", "import", fixtures().join("tmx/multilingual.tmx").to_str().unwrap()]);
    let current = p.read(".lockstep/imported/current");
    let units = p.path(&format!(".lockstep/imported/{}/units.bin", current.trim()));
    let bytes = std::fs::read(&units).unwrap();
    std::fs::write(&units, vec![0xff; bytes.len()]).unwrap();
    // Every command that reads a record says so (a lookup that a paragraph's own earlier
    // translation answers reads none).
    for args in [
        &["suggest", "bg", "--text", "All human beings are born free and equal in dignity."][..],
        &["suggest", "bg", "--text", "All human beings are born free and equal in dignity.", "--format", "json"],
        &["tm", "export", "-o", "out.tmx"],
    ] {
        let (code, _, err) = p.run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("units.bin") && err.contains("damaged"), "{args:?}: {err}");
    }
    assert!(!p.path("out.tmx").exists());
    // A missing paragraph's diff looks its new source up: the error, and no "nothing is stale".
    let (_, beads) = p.status("bg");
    let id = crate::support::in_state(&beads, "missing")[0]["id"].as_str().unwrap().to_owned();
    let (code, out, err) = p.run(&["diff", "bg", &id]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("units.bin") && !out.contains("Nothing is stale"), "{out}{err}");
}

#[test]
fn the_store_switches_in_one_step_and_stray_generations_go() {
    let p = Project::udhr_synced(&["bg"]);
    let tmx = fixtures().join("tmx/multilingual.tmx");
    p.ok(&["tm", "import", tmx.to_str().unwrap()]);
    assert_eq!(p.read(".lockstep/imported/current").trim(), "store-1");
    p.ok(&["tm", "import", fixtures().join("tmx/trados-bom.tmx").to_str().unwrap()]);
    assert_eq!(p.read(".lockstep/imported/current").trim(), "store-2");
    assert!(!p.path(".lockstep/imported/store-1").exists(), "the old generation goes");
    // A run killed after building a generation but before switching to it, and one killed after
    // switching but before removing the old one: the store in use is whole either way, and the
    // next run that takes the lock removes the rest.
    std::fs::create_dir_all(p.path(".lockstep/imported/store-3")).unwrap();
    std::fs::write(p.path(".lockstep/imported/store-3/units.bin"), "half").unwrap();
    std::fs::create_dir_all(p.path(".lockstep/imported/store-1")).unwrap();
    let (code, out, err) = p.run(&["suggest", "bg", "--text", "All human beings are born free and equal in dignity."]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("multilingual.tmx"), "{out}");
    p.ok(&["sync", "bg", "--all"]);
    let mut left: Vec<String> = std::fs::read_dir(p.path(".lockstep/imported"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, [".gitignore", "current", "store-2"]);
}

#[test]
fn every_store_file_is_checked_and_damage_says_how_to_recover() {
    let p = Project::udhr_synced(&["bg"]);
    p.ok(&["tm", "import", fixtures().join("tmx/multilingual.tmx").to_str().unwrap()]);
    let out = p.ok(&["tm", "verify"]);
    assert!(out.contains("whole"), "{out}");
    let store = format!(".lockstep/imported/{}", p.read(".lockstep/imported/current").trim());
    let query = ["suggest", "bg", "--text", "All human beings are born free and equal in dignity."];
    for file in ["units.bin", "offsets.bin", "index.bin", "lengths.bin"] {
        let path = p.path(&format!("{store}/{file}"));
        let good = std::fs::read(&path).unwrap();
        // One byte changed: the checksum says so.
        let mut flipped = good.clone();
        let at = flipped.len() / 2;
        flipped[at] ^= 0x40;
        std::fs::write(&path, &flipped).unwrap();
        let (code, _, err) = p.run(&["tm", "verify"]);
        assert_eq!(code, 2, "{file}: {err}");
        assert!(err.contains(file) && err.contains("import the TMX files again"), "{file}: {err}");
        // Cut short: every command that opens the store says so, with the file's name.
        std::fs::write(&path, &good[..good.len() / 2]).unwrap();
        for args in [&query[..], &["tm", "verify"], &["tm", "export", "-o", "x.tmx"]] {
            let (code, out, err) = p.run(args);
            assert_eq!(code, 2, "{file} {args:?}: {out}{err}");
            assert!(err.contains("damaged") && err.contains(".bin"), "{file} {args:?}: {err}");
        }
        // An import does not build on a damaged store.
        let (code, _, err) = p.run(&["tm", "import", fixtures().join("tmx/trados-bom.tmx").to_str().unwrap()]);
        assert_eq!(code, 2, "{file}: {err}");
        std::fs::write(&path, &good).unwrap();
    }
    p.ok(&["tm", "verify"]);
}

#[test]
fn a_unit_with_a_text_too_long_is_skipped_with_a_warning_and_the_rest_imported() {
    let p = Project::udhr_synced(&["bg"]);
    let unit = |k: usize| {
        format!(
            "<tu><tuv xml:lang=\"en\"><seg>Good unit {k}.</seg></tuv><tuv xml:lang=\"bg\"><seg>Добра единица {k}.</seg></tuv></tu>\n"
        )
    };
    let tmx = format!(
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/>\n<body>\n{}<tu><tuv xml:lang=\"en\">\n<seg>{}</seg></tuv></tu>\n{}</body></tmx>\n",
        unit(1),
        "x".repeat(17 << 20),
        unit(2)
    );
    p.write("long.tmx", &tmx);
    let (code, out, err) = p.run(&["tm", "import", "long.tmx"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("long.tmx:6:") && err.contains("skipped") && err.contains("16 MiB"), "{err}");
    assert!(out.starts_with("2 units imported"), "{out}");
}

#[test]
fn an_import_killed_before_its_switch_does_not_block_the_next_one() {
    // A run built `store-1` and was killed before writing `current`: nothing was imported.
    let p = Project::udhr_synced(&["bg"]);
    std::fs::create_dir_all(p.path(".lockstep/imported/store-1")).unwrap();
    std::fs::write(p.path(".lockstep/imported/store-1/units.bin"), "half").unwrap();
    p.ok(&["tm", "import", fixtures().join("tmx/multilingual.tmx").to_str().unwrap()]);
    assert_eq!(p.read(".lockstep/imported/current").trim(), "store-1");
    let out = p.ok(&["tm", "verify"]);
    assert!(out.contains("whole") && !out.contains(": 0 units"), "{out}");
}
