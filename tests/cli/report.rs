//! `lockstep report`: the HTML page, loaded in a real browser (headless Chromium, which
//! `.ci/run` installs) and read back from its DOM.

use std::path::Path;

use crate::support::{Project, example, in_state};

/// The Chromium of this machine: a machine without one fails here rather than skipping.
fn chromium() -> &'static str {
    ["chromium", "chromium-headless-shell", "chromium-browser"]
        .into_iter()
        .find(|c| std::process::Command::new(c).arg("--version").output().is_ok_and(|o| o.status.success()))
        .expect("a headless Chromium is needed to test the report (Debian package chromium)")
}

/// The DOM of a page as Chromium builds it from `file://`.
fn dom(page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(chromium())
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--dump-dom"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(out.status.success(), "chromium: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The values of attribute `name` in a DOM dump.
fn attributes<'a>(dom: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    dom.match_indices(&needle).map(|(i, _)| dom[i + needle.len()..].split('"').next().unwrap()).collect()
}

#[test]
fn the_report_in_a_browser_counts_what_status_counts_and_escapes_what_it_shows() {
    let p = Project { dir: example() };
    // A hostile source paragraph: markup and an entity must show as written.
    let source = p.read("udhr.en.md");
    let first = source.lines().find(|l| l.starts_with("Whereas recognition")).unwrap();
    p.write("udhr.en.md", &source.replacen(first, &format!("{first} <script>alert(1)</script> &amp; <b>x</b>"), 1));
    p.ok(&["report", "-o", "report.html"]);
    let dom = dom(&p.path("report.html"));

    // Nothing leaves the file: no script, no resource fetched from anywhere.
    assert!(!dom.contains("<script"), "a script element");
    for url in attributes(&dom, "src").into_iter().chain(attributes(&dom, "href")) {
        assert!(!url.starts_with("http:") && !url.starts_with("https:") && !url.starts_with("//"), "{url}");
    }
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &lt;b&gt;x&lt;/b&gt;"), "escaped text");

    let status = p.json(&["status"]);
    for t in status["documents"][0]["translations"].as_array().unwrap() {
        let lang = t["lang"].as_str().unwrap();
        let c = &t["paragraphs"];
        // The overview cell says the counts status says.
        let cell = format!(
            "{} current · {} stale · {} missing · {} orphaned",
            c["current"], c["stale"], c["missing"], c["orphaned"]
        );
        assert!(dom.contains(&cell), "{lang}: {cell}");
        // One row per bead that is not current, with its state in colour (class) and in words,
        // its anchor, and the language of each side.
        let beads = t["beads"].as_array().unwrap();
        let open: Vec<_> = beads.iter().filter(|b| b["state"] != "current").collect();
        let section = dom
            .split(&format!("<section id=\"{lang}-udhr-en-md\">"))
            .nth(1)
            .unwrap()
            .split("</section>")
            .next()
            .unwrap();
        let rows: Vec<&str> = section.split("<div id=\"").skip(1).collect();
        assert_eq!(rows.len(), open.len(), "{lang}");
        for (row, bead) in rows.iter().zip(&open) {
            let state = bead["state"].as_str().unwrap();
            assert!(
                row.starts_with(&format!("{lang}-{}\" class=\"pair {state}\"", bead["id"].as_str().unwrap())),
                "{row}"
            );
            assert!(row.contains(&format!("<span class=\"state {state}\">{state}</span>")), "{row}");
            assert!(row.contains(&format!("lang=\"{lang}\"")) && row.contains("lang=\"en\""), "{row}");
        }
        assert_eq!(in_state(beads, "stale").len(), 4, "{lang}");
    }
}

#[test]
fn all_puts_every_pair_in_and_offers_to_hide_the_current_ones() {
    let p = Project { dir: example() };
    p.ok(&["report", "bg", "--all", "-o", "all.html"]);
    let html = p.read("all.html");
    let (_, beads) = p.status("bg");
    assert_eq!(html.matches("<div id=\"bg-").count(), beads.len());
    assert!(
        html.contains("id=\"only-open\"")
            && html.contains("#only-open:checked ~ main .pair.current { display: none; }")
    );
    assert!(!html.contains("<div id=\"el-"), "only the languages asked for");
    // Without --all only what is not current, and nothing to hide.
    p.ok(&["report", "bg", "-o", "open.html"]);
    let open = p.read("open.html");
    assert!(!open.contains("class=\"pair current\"") && !open.contains("id=\"only-open\""));
}

/// A project of one document of 1,200 paragraphs, not translated yet (every paragraph missing);
/// with its paragraphs.
fn long_project() -> (Project, Vec<String>) {
    let p = Project::empty();
    let paragraphs: Vec<String> = (1..=1200).map(|n| format!("Paragraph number {n} of a long document.")).collect();
    p.write("long.en.md", &paragraphs.join("\n\n"));
    p.write(
        "lockstep.toml",
        "source_lang = \"en\"\nlanguages = [\"bg\"]\n\n[[document]]\nsource = \"long.en.md\"\ntranslations = \"long.{lang}.md\"\n",
    );
    (p, paragraphs)
}

#[test]
fn a_report_too_long_for_one_page_goes_on_numbered_pages() {
    let (p, _) = long_project();
    let out = p.ok(&["report", "-o", "long.html"]);
    assert!(out.contains("1,200 paragraphs side by side") && out.contains("2 more pages"), "{out}");
    let first = p.read("long.html");
    assert!(first.contains("href=\"long-1.html#bg-long-en-md\""), "the overview links to the first page");
    let one = p.read("long-1.html");
    let two = p.read("long-2.html");
    assert_eq!(one.matches("class=\"pair missing\"").count(), 1000);
    assert_eq!(two.matches("class=\"pair missing\"").count(), 200);
    assert!(
        two.contains("<a href=\"long.html\">Overview</a> · <a href=\"long-1.html\" rel=\"prev\">"),
        "{}",
        &two[..2000]
    );
}

#[test]
fn pages_of_an_earlier_report_go_and_a_file_lockstep_did_not_write_stays() {
    let (p, paragraphs) = long_project();
    // A name without .html gets it; the language named twice is one.
    p.ok(&["report", "bg", "bg", "-o", "long"]);
    assert!(p.path("long.html").exists() && p.path("long-2.html").exists());
    assert_eq!(p.read("long-2.html").matches("class=\"pair missing\"").count(), 200);
    // A shorter document: one page, and the old pages are gone.
    p.write("long.en.md", &paragraphs[..300].join("\n\n"));
    p.ok(&["report", "-o", "long.html"]);
    assert!(!p.path("long-1.html").exists() && !p.path("long-2.html").exists());
    // A file of the user's where a page goes is not overwritten.
    p.write("long.en.md", &paragraphs.join("\n\n"));
    p.write("long-1.html", "my notes");
    let (code, _, err) = p.run(&["report", "-o", "long.html"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("long-1.html: a page of the report goes here"), "{err}");
    assert_eq!(p.read("long-1.html"), "my notes");
}

#[test]
fn the_memory_match_is_the_best_that_adds_something() {
    let p = Project::empty();
    let en = "Adult members pay ten euros a year to the library.";
    let bg = "Възрастните членове плащат десет евро годишно на библиотеката.";
    for d in ["a", "b"] {
        p.write(&format!("{d}.en.md"), en);
        p.write(&format!("{d}.bg.md"), bg);
    }
    p.write("c.en.md", "Adult members pay ten euros a month to the library.");
    p.write("c.bg.md", "Възрастните членове плащат десет евро месечно на библиотеката.");
    let mut toml = String::from("source_lang = \"en\"\nlanguages = [\"bg\"]\n");
    for d in ["a", "b", "c"] {
        toml.push_str(&format!("\n[[document]]\nsource = \"{d}.en.md\"\ntranslations = \"{d}.{{lang}}.md\"\n"));
    }
    p.write("lockstep.toml", &toml);
    p.ok(&["sync", "bg", "--all"]);
    p.write("a.en.md", "Adult members pay ten euros a year to the library, usually.");
    p.ok(&["report", "-o", "r.html"]);
    let html = p.read("r.html");
    // b's translation is a's own: it adds nothing; c's does.
    let row = html.split("class=\"pair stale\"").nth(1).unwrap().split("</div>\n</div>").next().unwrap();
    assert!(row.contains("месечно"), "{row}");
    // The same id in two documents (an identical paragraph) names its document in its anchor.
    let (code, _, _) = p.run(&["report", "--all", "-o", "all.html"]);
    assert_eq!(code, 0);
    let all = p.read("all.html");
    let ids: Vec<&str> = all.split("<div id=\"").skip(1).map(|r| r.split('"').next().unwrap()).collect();
    let unique: std::collections::HashSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
}
