//! `lockstep check`: findings where a machine can see a translation is wrong, each at its
//! `file:line:col`; accepted findings kept in the memory until their paragraph changes.

use serde_json::Value;

use crate::support::Project;

/// A source with wrapped paragraphs, a list, a link, inline code, emphasis and numbers.
const SOURCE: &str = "# The reader's rights

Everyone has the right to read 1,500 books a year, in
any language, at any hour.

- Visit [the library](https://example.org/lib) before *10:30*.
- Run `lockstep check` to see what is wrong.

Who may read? Everyone (without exception).

The human rights of readers are protected.
";

/// Its Bulgarian translation, clean.
const CLEAN: &str = "# Правата на читателя

Всеки има право да чете по 1500 книги годишно, на
всеки език, по всяко време.

- Посетете [библиотеката](https://example.org/lib) преди *10:30*.
- Изпълнете `lockstep check`, за да видите какво не е наред.

Кой може да чете? Всеки (без изключение).

Правата на човека на читателите са защитени.
";

fn project(translation: &str) -> Project {
    let p = Project::empty();
    p.write("rights.en.md", SOURCE);
    p.write("rights.bg-BG.md", CLEAN);
    p.write(
        "lockstep.toml",
        "source_lang = \"en\"\nlanguages = [\"bg-BG\"]\n\n[[document]]\nsource = \"rights.en.md\"\ntranslations = \"rights.{lang}.md\"\n",
    );
    p.ok(&["sync", "bg-BG", "--all"]);
    p.write("rights.bg-BG.md", translation);
    p
}

/// The findings as (check, line, column, args).
fn findings(p: &Project, args: &[&str]) -> Vec<(String, u64, u64, Value)> {
    let mut all = vec!["check"];
    all.extend(args);
    let v = p.json(&all);
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
                f["args"].clone(),
            )
        })
        .collect()
}

#[test]
fn a_clean_translation_has_no_findings() {
    let p = project(CLEAN);
    assert_eq!(findings(&p, &[]), vec![]);
    let out = p.ok(&["check", "--check"]);
    assert!(out.contains("0 errors, 0 warnings in 6 paragraphs checked"), "{out}");
}

/// The 1-based line and column (in characters) of the first `marker` in `text`.
fn place_of(text: &str, marker: &str) -> (u64, u64) {
    let at = text.find(marker).unwrap_or_else(|| panic!("{marker:?} not in {text}"));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line as u64, col as u64)
}

#[test]
fn each_defect_is_found_at_its_line_and_column() {
    // One defect of each kind, on wrapped lines too; the tag is a region tag (bg-BG). The
    // marker is where the finding must stand; a count stands where its paragraph starts.
    let cases: &[(&str, &str, &str, &str)] = &[
        ("по 1500 книги", "по 1600 книги", "numbers", "1600"),
        ("на\nвсеки език", "на\nвсеки eзик", "mixed-script", "eзик"),
        ("https://example.org/lib", "https://example.org/lid", "urls", "[библиотеката]"),
        ("`lockstep check`", "`lockstep chek`", "code", "`lockstep chek`"),
        ("*10:30*", "10:30", "markup", "Посетете"),
        ("по всяко време.", "по всяко време", "ending", "ме\n"),
        ("да чете по", "да  чете по", "spaces", "  чете"),
        ("(без изключение)", "(без изключение", "brackets", "(без"),
        ("Всеки има право", "Всеки има има право", "repeated-word", "има право"),
        ("Всеки (без", "Всеки „без", "quotes", "Кой"),
        ("Кой може да чете?", "Кой може да чете.", "ending", "Кой може"),
        ("по всяко време", "по всяко време Latin", "script", "Latin"),
        ("са защитени.", "са защитени!", "ending", "Правата на човека"),
        ("(без изключение)", "( без изключение)", "spaces", " без"),
        ("да видите какво", "да видите ,какво", "spaces", " ,"),
    ];
    for (from, to, check, marker) in cases {
        let text = CLEAN.replacen(from, to, 1);
        let p = project(&text);
        let got = findings(&p, &[]);
        let (line, col) = place_of(&text, marker);
        // "ме\n" points one character before the mark.
        let col = if marker.ends_with('\n') { col + 1 } else { col };
        assert!(
            got.iter().any(|(c, l, k, _)| c == check && *l == line && *k == col),
            "{check} at {line}:{col} after {from:?} → {to:?}: {got:?}"
        );
    }
}

#[test]
fn untranslated_and_length() {
    let copied =
        CLEAN.replace("Правата на човека на читателите са защитени.", "The human rights of readers are protected.");
    let p = project(&copied);
    let got = findings(&p, &[]);
    assert!(got.iter().any(|(c, l, ..)| c == "untranslated" && *l == 11), "{got:?}");
    // Only the one finding for the paragraph: not one per Latin word.
    assert!(!got.iter().any(|(c, ..)| c == "script"), "{got:?}");
}

#[test]
fn greek_questions_end_with_the_greek_question_mark() {
    let p = Project::empty();
    p.write("q.en.md", "Who may read?\n\nEveryone may read.\n");
    p.write("q.el.md", "Ποιος μπορεί να διαβάζει;\n\nΌλοι μπορούν να διαβάζουν.\n");
    p.write("lockstep.toml", "source_lang = \"en\"\nlanguages = [\"el\"]\n\n[[document]]\nsource = \"q.en.md\"\ntranslations = \"q.{lang}.md\"\n");
    p.ok(&["sync", "el", "--all"]);
    assert_eq!(findings(&p, &[]), vec![]);
    p.write("q.el.md", "Ποιος μπορεί να διαβάζει?\n\nΌλοι μπορούν να διαβάζουν.\n");
    let got = findings(&p, &[]);
    assert!(got.iter().any(|(c, l, col, _)| c == "question-mark" && *l == 1 && *col == 25), "{got:?}");
}

#[test]
fn check_fails_on_errors_and_an_accepted_finding_stays_accepted_until_its_paragraph_changes() {
    let p = project(&CLEAN.replacen("по 1500 книги", "по 1600 книги", 1));
    let (code, out, _) = p.run(&["check", "--check"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("rights.bg-BG.md:3:28: error[numbers]"), "{out}");
    let v = p.json(&["check"]);
    // One finding for a number changed, not one for the number lost and one for the new.
    assert_eq!(v["findings"].as_array().unwrap().len(), 1, "{v}");
    let id = v["findings"][0]["id"].as_str().unwrap().to_string();
    // Another language must be named with --accept when the project has several; here one.
    let out = p.ok(&["check", "bg", "--accept", &format!("{id}:numbers")]);
    assert!(out.contains(&id), "{out}");
    let memory = p.read(".lockstep/memory/rights.en.md/bg-BG.jsonl");
    assert!(memory.starts_with("{\"lockstep\":2"), "{memory}");
    assert!(memory.contains("\"accepted\":[{\"check\":\"numbers\""), "{memory}");
    let (code, out, _) = p.run(&["check", "--check"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 accepted finding not shown"), "{out}");
    assert!(p.ok(&["check", "--all"]).contains("(accepted)"));
    // status and sync still read the memory.
    p.ok(&["status", "--check"]);
    // The paragraph changes: the finding is back.
    p.write("rights.bg-BG.md", &CLEAN.replacen("по 1500 книги годишно", "по 1600 книги всяка година", 1));
    let (code, out, _) = p.run(&["check", "--check"]);
    assert_eq!(code, 1, "{out}");
    // Nothing to accept, and an unknown check, are errors that say so.
    let (code, _, err) = p.run(&["check", "bg", "--accept", "zzzzz"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("zzzzz"), "{err}");
    let (code, _, err) = p.run(&["check", "bg", "--accept", &format!("{id}:nombers")]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nombers"), "{err}");
}

#[test]
fn numbers_are_read_in_each_locale() {
    let p = project(&CLEAN.replacen("по 1500 книги", "по 1 500 книги", 1));
    assert_eq!(findings(&p, &[]), vec![]);
    let p = project(&CLEAN.replacen("по 1500 книги", "по 1.500 книги", 1));
    assert_eq!(findings(&p, &[]), vec![]);
    // In Bulgarian 1,500 is one and a half.
    let p = project(&CLEAN.replacen("по 1500 книги", "по 1,500 книги", 1));
    assert_eq!(findings(&p, &[]).len(), 1);
}

#[test]
fn the_glossary_expects_its_terms_in_any_inflected_form() {
    let p = project(CLEAN);
    p.write(
        "terms.tsv",
        "# terms\nen\tbg\nhuman rights\tправа на човека|човешки права\nreader\tчитател\nlibrary\tбиблиотек*\n",
    );
    let toml = p.read("lockstep.toml");
    p.write("lockstep.toml", &format!("glossary = \"terms.tsv\"\n{toml}"));
    let got = findings(&p, &[]);
    assert_eq!(got, vec![], "правата на човека, читателите, библиотеката are forms of the terms");
    p.write("rights.bg-BG.md", &CLEAN.replace("Правата на човека на читателите", "Правата на хората, които четат,"));
    let got = findings(&p, &[]);
    let terms: Vec<&str> =
        got.iter().filter(|(c, ..)| c == "glossary").map(|(_, _, _, a)| a["term"].as_str().unwrap()).collect();
    assert_eq!(terms, vec!["human rights", "reader"], "{got:?}");
    // A damaged glossary names its file and line.
    p.write("terms.tsv", "en\tbg\nhuman rights\tправа\textra\n");
    let (code, _, err) = p.run(&["check"]);
    assert_eq!(code, 2);
    assert!(err.contains("terms.tsv:2"), "{err}");
}

#[test]
fn allowed_words_and_skipped_checks_come_from_lockstep_toml() {
    let p = project(&CLEAN.replacen("по всяко време.", "по всяко време в UNESCO.", 1));
    assert!(findings(&p, &[]).iter().any(|(c, ..)| c == "script"));
    let toml = p.read("lockstep.toml");
    p.write("lockstep.toml", &format!("{toml}\n[check]\nallow = [\"UNESCO\"]\n"));
    assert_eq!(findings(&p, &[]), vec![]);
    p.write("lockstep.toml", &format!("{toml}\n[check]\nskip = [\"script\"]\n"));
    assert_eq!(findings(&p, &[]), vec![]);
    p.write("lockstep.toml", &format!("{toml}\n[check]\nskipp = [\"script\"]\n"));
    let (code, _, err) = p.run(&["check"]);
    assert_eq!(code, 2);
    assert!(err.contains("lockstep.toml:") && err.contains("check.skipp"), "{err}");
}

#[test]
fn json_is_never_localized_and_text_is() {
    let p = project(&CLEAN.replacen("по 1500 книги", "по 1600 книги", 1));
    let v = p.json(&["check", "--ui-lang", "bg"]);
    let f = &v["findings"][0];
    assert_eq!(f["severity"], "error");
    assert_eq!(f["message"], "the number “1,500” of the source is “1600” here");
    assert_eq!(f["lang"], "bg-BG");
    assert_eq!(f["file"], "rights.bg-BG.md");
    let out = p.ok(&["check", "--ui-lang", "bg"]);
    assert!(!out.contains("is not in the source"), "{out}");
}

#[test]
fn the_official_udhr_translations_are_clean() {
    let langs = ["bg", "sr-Cyrl", "el", "hr"];
    let p = Project::udhr_synced(&langs);
    let v = p.json(&["check"]);
    let beads = v["summary"]["beads"].as_u64().unwrap();
    assert!(beads > 4 * 85, "{v}");
    // At most one finding per hundred paragraphs in each language.
    for lang in langs {
        let n = v["findings"].as_array().unwrap().iter().filter(|f| f["lang"] == lang).count();
        assert!(n <= 1, "{lang}: {n} findings: {v}");
    }
}

#[test]
fn a_language_never_synced_is_checked_as_aligned_for_the_run() {
    let p = Project::udhr(&["bg"]);
    let mut bg = p.read("udhr.bg.md");
    bg = bg.replacen("човек", "чoвек", 1);
    p.write("udhr.bg.md", &bg);
    let v = p.json(&["check"]);
    let f = &v["findings"][0];
    assert_eq!(f["check"], "mixed-script");
    assert_eq!(f["provisional"], true);
    let (code, _, err) = p.run(&["check", "bg", "--accept", f["id"].as_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_paragraph_ending_in_a_url_of_another_script_is_placed_without_a_crash() {
    let p = Project::empty();
    p.write("a.en.md", "See the page www.example.org/a.\n");
    p.write("a.bg.md", "Вижте страницата www.example.org/a.\n");
    p.write("lockstep.toml", "source_lang = \"en\"\nlanguages = [\"bg\"]\n\n[[document]]\nsource = \"a.en.md\"\ntranslations = \"a.{lang}.md\"\n");
    p.ok(&["sync", "bg", "--all"]);
    p.write("a.bg.md", "Вижте страницата www.пример.бг/ж\n");
    let got = findings(&p, &[]);
    assert!(got.iter().any(|(c, l, ..)| c == "ending" && *l == 1), "{got:?}");
    assert!(got.iter().any(|(c, ..)| c == "urls"), "{got:?}");
}

#[test]
fn an_accepted_finding_survives_the_sync_of_its_own_paragraph_when_its_texts_stay() {
    let p = project(CLEAN);
    // The translator edits, checks, accepts, then confirms: the acceptance holds.
    p.write("rights.bg-BG.md", &CLEAN.replacen("по 1500 книги", "по 1600 книги", 1));
    let v = p.json(&["check"]);
    let id = v["findings"][0]["id"].as_str().unwrap().to_string();
    p.ok(&["check", "bg", "--accept", &id]);
    p.ok(&["sync", "bg-BG", "--all"]);
    assert!(p.read(".lockstep/memory/rights.en.md/bg-BG.jsonl").contains("\"accepted\""));
    p.ok(&["check", "--check"]);
    // The source changes, the bead is stale; accepted and confirmed by id, it holds as well.
    p.write("rights.en.md", &SOURCE.replacen("read 1,500 books", "read 1,500 good books", 1));
    p.ok(&["check", "bg", "--accept", &id]);
    p.ok(&["sync", "bg-BG", &id]);
    let (code, out, _) = p.run(&["check", "--check"]);
    assert_eq!(code, 0, "{out}");
}

/// A project of one English and one Bulgarian document, synced, then the translation replaced.
fn pair(source: &str, clean: &str, edited: &str) -> Project {
    let p = Project::empty();
    p.write("a.en.md", source);
    p.write("a.bg.md", clean);
    p.write("lockstep.toml", "source_lang = \"en\"\nlanguages = [\"bg\"]\n\n[[document]]\nsource = \"a.en.md\"\ntranslations = \"a.{lang}.md\"\n");
    p.ok(&["sync", "bg", "--all"]);
    p.write("a.bg.md", edited);
    p
}

#[test]
fn reference_links_are_compared_by_their_targets() {
    let source = "See [the Charter] and [the UN][un].\n\n[the Charter]: https://un.org/charter\n[un]: https://un.org\n";
    let clean = "Вижте [Хартата] и [ООН](https://un.org).\n\n[Хартата]: https://un.org/charter\n";
    let p = pair(source, clean, clean);
    assert_eq!(findings(&p, &[]), vec![]);
    let p = pair(source, clean, &clean.replace("https://un.org/charter", "https://un.org/evil"));
    let got = findings(&p, &[]);
    assert!(got.iter().any(|(c, l, _, a)| c == "urls" && *l == 1 && a["item"] == "https://un.org/evil"), "{got:?}");
}

#[test]
fn a_heading_cell_or_item_that_starts_with_a_number_keeps_it() {
    let source = "# 1. Intro\n\n| n | what |\n|---|---|\n| 1. | one |\n\n## Article 25. Rights\n";
    let clean = "# 1. Увод\n\n| n | какво |\n|---|---|\n| 1. | едно |\n\n## 25. член. Права\n";
    let p = pair(source, clean, clean);
    assert_eq!(findings(&p, &[]), vec![]);
    let p = pair(source, clean, &clean.replace("# 1. Увод", "# 2. Увод").replace("| 1. |", "| 3. |"));
    let got = findings(&p, &[]);
    let lines: Vec<u64> = got.iter().filter(|(c, ..)| c == "numbers").map(|(_, l, ..)| *l).collect();
    assert_eq!(lines, vec![1, 5], "{got:?}");
}

#[test]
fn quotation_marks_by_language_and_by_place() {
    // Croatian closes „ with “ or ”; Greek opens its second level with “; a space inside a
    // Greek second-level quotation is no finding, an English opening mark in Croatian is.
    let el = Project::empty();
    el.write("q.en.md", "He said: “Ask ‘why’ twice.”\n");
    el.write("q.el.md", "Είπε: «Ρώτησε “γιατί” δύο φορές.»\n");
    el.write("lockstep.toml", "source_lang = \"en\"\nlanguages = [\"el\", \"hr\"]\n\n[[document]]\nsource = \"q.en.md\"\ntranslations = \"q.{lang}.md\"\n");
    el.write("q.hr.md", "Rekao je: „Pitaj „zašto” dvaput.“\n");
    el.ok(&["sync", "el", "--all"]);
    el.ok(&["sync", "hr", "--all"]);
    assert_eq!(findings(&el, &[]), vec![]);
    el.write("q.hr.md", "Rekao je: “Pitaj „zašto” dvaput.“\n");
    let got = findings(&el, &[]);
    assert!(got.iter().any(|(c, l, col, a)| c == "quotes" && *l == 1 && *col == 11 && a["found"] == "“"), "{got:?}");
    el.write("q.el.md", "Είπε: « Ρώτησε “γιατί” δύο φορές.»\n");
    let got = findings(&el, &["el"]);
    assert!(got.iter().any(|(c, _, col, _)| c == "spaces" && *col == 8), "{got:?}");
}

#[test]
fn signs_decimals_as_written_and_dates_with_month_names() {
    let source = "It was -5 degrees on December 20, 1996, version 2.10.\n";
    let clean = "Bilo je -5 stupnjeva 20.12.1996., inačica 2.10.\n";
    let p = Project::empty();
    p.write("a.en.md", source);
    p.write("a.hr.md", clean);
    p.write("lockstep.toml", "source_lang = \"en\"\nlanguages = [\"hr\"]\n\n[[document]]\nsource = \"a.en.md\"\ntranslations = \"a.{lang}.md\"\n");
    p.ok(&["sync", "hr", "--all"]);
    assert_eq!(findings(&p, &[]), vec![]);
    for (from, to) in [("-5", "5"), ("2.10", "2.1"), ("20.12.", "21.12.")] {
        p.write("a.hr.md", &clean.replacen(from, to, 1));
        let got = findings(&p, &[]);
        assert!(got.iter().any(|(c, ..)| c == "numbers"), "{from} → {to}: {got:?}");
    }
}

#[test]
fn accept_speaks_json_and_a_missing_document_is_named_as_one() {
    let p = project(&CLEAN.replacen("по 1500 книги", "по 1600 книги", 1));
    let v = p.json(&["check"]);
    let id = v["findings"][0]["id"].as_str().unwrap().to_string();
    let out = p.json(&["check", "bg", "--accept", &id]);
    assert_eq!(out["accepted"][0]["id"], id.as_str());
    assert_eq!(out["accepted"][0]["checks"][0], "numbers");
    let (code, _, err) = p.run(&["check", "nosuch.md"]);
    assert_eq!(code, 2);
    assert!(err.contains("“nosuch.md” is not a document"), "{err}");
}
