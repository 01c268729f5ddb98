//! `lockstep paragraphs`: how lockstep reads a file, checked against CommonMark's own examples
//! and real Markdown files.

use crate::support::{Project, fixtures};

#[test]
fn json_shape_kinds_and_lines() {
    let p = Project::empty();
    p.write(
        "a.md",
        "\u{feff}# Title\r\n\r\nSome *text*\r\nwrapped.\r\n\r\n- first\r\n- second\r\n\r\n> quoted\r\n\r\n```\r\ncode\r\n```\r\n\r\n| a | b |\r\n|---|---|\r\n| c | d |",
    );
    let v = p.json(&["paragraphs", "a.md"]);
    assert_eq!(v["file"], "a.md");
    let got: Vec<(u64, &str, u64, &str)> = v["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["n"].as_u64().unwrap(),
                x["kind"].as_str().unwrap(),
                x["line"].as_u64().unwrap(),
                x["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (1, "heading", 1, "Title"),
            (2, "paragraph", 3, "Some *text*\nwrapped."),
            (3, "list_item", 6, "first"),
            (4, "list_item", 7, "second"),
            (5, "quote", 9, "quoted"),
            (6, "table_cell", 15, "a"),
            (7, "table_cell", 15, "b"),
            (8, "table_cell", 17, "c"),
            (9, "table_cell", 17, "d"),
        ]
    );
    let text = p.ok(&["paragraphs", "a.md"]);
    assert!(text.contains("list item") && text.contains("Title"), "{text}");
}

#[test]
fn the_corpus_reads_as_its_units() {
    let p = Project::empty();
    for lang in ["en", "bg", "hr"] {
        let file = fixtures().join(format!("udhr/udhr.{lang}.md"));
        let v = p.json(&["paragraphs", file.to_str().unwrap()]);
        let paragraphs = v["paragraphs"].as_array().unwrap();
        let blocks: Vec<String> =
            std::fs::read_to_string(&file).unwrap().trim_end().split("\n\n").map(str::to_string).collect();
        assert_eq!(paragraphs.len(), blocks.len(), "{lang}");
        for (para, block) in paragraphs.iter().zip(&blocks) {
            let expected = block.trim_start_matches('#').trim_start();
            let text = para["text"].as_str().unwrap();
            // Ordered list markers ("1. ") are block markers and go.
            let expected = match expected.split_once(". ") {
                Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) && para["kind"] == "list_item" => rest,
                _ => expected,
            };
            assert_eq!(text, expected, "{lang}");
        }
    }
}

/// One example of the CommonMark spec: Markdown and the HTML it renders to.
struct Example {
    number: usize,
    markdown: String,
    html: String,
}

fn spec_examples() -> Vec<Example> {
    let spec = std::fs::read_to_string(fixtures().join("commonmark/spec.txt")).unwrap();
    let fence = "`".repeat(32);
    let mut out = Vec::new();
    let mut lines = spec.lines();
    while let Some(line) = lines.next() {
        if line != format!("{fence} example") {
            continue;
        }
        let mut markdown = String::new();
        let mut html = String::new();
        let mut in_html = false;
        for l in lines.by_ref() {
            if l == fence {
                break;
            }
            if l == "." && !in_html {
                in_html = true;
                continue;
            }
            let l = l.replace('→', "\t");
            if in_html {
                html.push_str(&l);
                html.push('\n')
            } else {
                markdown.push_str(&l);
                markdown.push('\n')
            }
        }
        out.push(Example { number: out.len() + 1, markdown, html });
    }
    out
}

/// The paragraphs the HTML of an example has: non-empty `<p>` and `<h1>`…`<h6>`, and list
/// item text not wrapped in `<p>` (at the start of the item or after a block inside it), with
/// the kind of each.
fn expected_kinds(html: &str) -> Vec<&'static str> {
    let mut kinds = Vec::new();
    let mut rest = html;
    let mut containers: Vec<&str> = Vec::new();
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let after = rest[end..].trim_start();
        match tag {
            "<blockquote>" => containers.push("quote"),
            "<li>" => {
                containers.push("list_item");
                let block =
                    ["<p>", "<ul", "<ol", "<pre", "<blockquote", "<h", "</li>"].iter().any(|b| after.starts_with(b));
                if !block && !after.is_empty() {
                    kinds.push("list_item");
                }
            }
            "</blockquote>" | "</li>" => {
                containers.pop();
            }
            "<p>" if !after.starts_with("</p>") => kinds.push(containers.last().copied().unwrap_or("paragraph")),
            t if t.len() == 4
                && t.starts_with("<h")
                && t.as_bytes()[2].is_ascii_digit()
                && !after.starts_with("</h") =>
            {
                kinds.push("heading")
            }
            t if containers.last() == Some(&"list_item")
                && ["</h", "</ul", "</ol", "</pre", "</blockquote"].iter().any(|b| t.starts_with(b))
                && !after.is_empty()
                && !after.starts_with('<') =>
            {
                kinds.push("list_item")
            }
            _ => {}
        }
        rest = &rest[end..];
    }
    kinds
}

#[test]
fn commonmark_spec_examples() {
    let p = Project::empty();
    let examples = spec_examples();
    assert!(examples.len() > 600);
    let mut checked = 0;
    let mut wrong = Vec::new();
    for ex in &examples {
        // Raw HTML passes through to the HTML unparsed, and front matter and tables are
        // extensions lockstep enables: those examples say nothing about paragraphs.
        let md = &ex.markdown;
        if md.contains('<') || md.contains('|') || md.starts_with("---") || md.starts_with("+++") || md.contains("[^") {
            continue;
        }
        p.write("ex.md", md);
        let v = p.json(&["paragraphs", "ex.md"]);
        let got: Vec<String> =
            v["paragraphs"].as_array().unwrap().iter().map(|x| x["kind"].as_str().unwrap().to_string()).collect();
        let want = expected_kinds(&ex.html);
        checked += 1;
        if got != want {
            wrong.push((ex.number, got, want));
        }
    }
    assert!(checked > 450, "{checked}");
    assert!(wrong.is_empty(), "{} of {checked} examples differ: {:?}", wrong.len(), &wrong[..wrong.len().min(10)]);
}
