//! `lockstep init`: a project file and the first memory from existing translations.

use crate::support::{Project, fixtures};

#[test]
fn init_writes_the_project_and_records_existing_translations() {
    let p = Project::empty();
    for lang in ["en", "bg", "hr"] {
        std::fs::copy(fixtures().join(format!("udhr/udhr.{lang}.md")), p.path(&format!("udhr.{lang}.md"))).unwrap();
    }
    let out = p.ok(&["init", "udhr.en.md", "--lang", "bg,hr,el"]);
    assert!(out.contains("lockstep.toml"), "{out}");
    let toml = p.read("lockstep.toml");
    assert!(toml.contains("languages = [\"bg\", \"hr\", \"el\"]"), "{toml}");
    assert!(toml.contains("translations = \"udhr.{lang}.md\""), "{toml}");
    assert!(p.path(".lockstep/memory/udhr.en.md/bg.jsonl").exists());
    assert!(!p.path(".lockstep/memory/udhr.en.md/el.jsonl").exists(), "no translation, no memory");
    let (c, _) = p.status("bg");
    assert_eq!((c.stale, c.missing, c.orphaned), (0, 0, 0));
    let (c, _) = p.status("el");
    assert_eq!(c.missing, 92);
    // A second init refuses to overwrite.
    let (code, _, err) = p.run(&["init", "udhr.en.md", "--lang", "bg"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("lockstep.toml: "), "{err}");
}

#[test]
fn init_refuses_bad_tags_and_missing_sources_without_writing() {
    let p = Project::empty();
    assert_eq!(p.run(&["init", "nothere.en.md", "--lang", "bg"]).0, 2);
    assert_eq!(p.run(&["init", "x.md", "--lang", "b g"]).0, 2);
    assert!(!p.path("lockstep.toml").exists());
}

#[test]
fn init_never_skips_a_language_silently() {
    // `sr` next to `statement.sr-Cyrl.md`, `bg` next to `statement.bg-BG.md`: recorded under the
    // spelling that exists; `el` with no file: said so.
    let p = Project::empty();
    for (fixture, tag) in [("en", "en"), ("sr-Cyrl", "sr-Cyrl"), ("bg", "bg-BG"), ("hr", "hr")] {
        let text = std::fs::read_to_string(fixtures().join(format!("udhr/udhr.{fixture}.md"))).unwrap();
        p.write(&format!("statement.{tag}.md"), &text);
    }
    let out = p.ok(&["init", "statement.en.md", "--lang", "bg,sr,el,hr"]);
    let toml = p.read("lockstep.toml");
    assert!(toml.contains("languages = [\"bg-BG\", \"sr-Cyrl\", \"el\", \"hr\"]"), "{toml}");
    assert!(out.contains("sr: statement.sr.md does not exist, but statement.sr-Cyrl.md"), "{out}");
    assert!(out.contains("recorded as sr-Cyrl"), "{out}");
    assert!(out.contains("el: statement.el.md does not exist yet"), "{out}");
    assert!(out.contains("3 languages: bg-BG, sr-Cyrl, hr"), "{out}");
    for lang in ["bg-BG", "sr-Cyrl", "hr"] {
        let (c, _) = p.status(lang);
        assert_eq!((c.stale, c.missing, c.orphaned), (0, 0, 0), "{lang}");
    }
    assert_eq!(p.status("el").0.missing, 92);
}
