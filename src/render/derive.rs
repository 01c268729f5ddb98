//! `derive`: what became of each derived file, in text and JSON.

use serde::Serialize;

use lockstep::derive::{Derived, Plan};
use lockstep::project::Project;

use super::{Style, to_json};
use crate::i18n::Localizer;

/// One line per derived file.
pub fn text(project: &Project, plan: &Plan, dry_run: bool, loc: &Localizer, style: Style) -> String {
    let mut out = String::new();
    for item in &plan.items {
        let doc = &project.documents[item.doc];
        let file = project.shown(&doc.translations[item.lang]).display().to_string();
        let parent = project.shown(&doc.translations[item.from]).display().to_string();
        let from = project.languages[item.from].tag();
        let args = |line: usize| {
            vec![
                ("file", file.clone().into()),
                ("parent", parent.clone().into()),
                ("from", from.into()),
                ("line", line.into()),
            ]
        };
        let line = match (item.state, item.write) {
            (Derived::Edited { line }, true) => loc.msg("derive-overwritten", &args(line)),
            (Derived::Edited { line }, false) => style.bold(&loc.msg("derive-edited", &args(line))),
            (Derived::NoParent, _) => loc.msg("derive-no-parent", &args(0)),
            (Derived::UpToDate, _) => loc.msg("derive-up-to-date", &args(0)),
            (_, _) => loc.msg("derive-written", &args(0)),
        };
        out.push_str(&line);
        out.push('\n');
    }
    if dry_run {
        out.push_str(&loc.msg("derive-dry-run", &[]));
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct FileJson<'a> {
    document: &'a str,
    lang: &'a str,
    from: &'a str,
    file: &'a str,
    #[serde(flatten)]
    state: Derived,
    written: bool,
}

#[derive(Serialize)]
struct DeriveJson<'a> {
    dry_run: bool,
    files: Vec<FileJson<'a>>,
}

/// Every derived file with where it stood and whether it was (or would be) written.
pub fn json(project: &Project, plan: &Plan, dry_run: bool) -> String {
    let files = plan
        .items
        .iter()
        .map(|i| {
            let doc = &project.documents[i.doc];
            FileJson {
                document: &doc.source,
                lang: project.languages[i.lang].tag(),
                from: project.languages[i.from].tag(),
                file: &doc.translations[i.lang],
                state: i.state,
                written: i.write,
            }
        })
        .collect();
    to_json(&DeriveJson { dry_run, files })
}
