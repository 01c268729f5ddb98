//! `lockstep sync LANG (--all | ID…)`: confirms beads as translated against today's source.

use std::collections::HashSet;

use lockstep::fs;
use lockstep::memory;
use lockstep::sync::{Selection, sync};
use lockstep::workspace;
use lockstep::{Error, ErrorKind};

use super::{Context, Format, Outcome, emit, load_project};
use crate::render::confirm;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "LANG")]
    lang: String,
    #[arg(value_name = "ID", required_unless_present = "all", conflicts_with = "all")]
    ids: Vec<String>,
    #[arg(long)]
    all: bool,
    #[arg(long, value_name = "DOC")]
    document: Option<String>,
    #[arg(long)]
    dry_run: bool,
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    format: Format,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let lang = project.language_index(&args.lang)?;
    if let Some(parent) = project.derived_from(lang) {
        let args = vec![
            ("tag", project.languages[lang].tag().to_string()),
            ("from", project.languages[parent].tag().to_string()),
        ];
        return Err(Error::bare(ErrorKind::Check { id: "error-sync-derived", args }));
    }
    let only = args.document.as_deref().map(|d| project.document_index(Some(d))).transpose()?;
    let _lock = ctx.lock_project(&project)?;
    let docs = workspace::read_all(&project)?;
    let wanted: HashSet<String> = args.ids.iter().map(|i| i.to_ascii_lowercase()).collect();
    // Every id must name a bead of this language (in the chosen document).
    for id in &wanted {
        let hits = docs
            .iter()
            .enumerate()
            .filter(|(d, _)| only.is_none_or(|o| o == *d))
            .filter(|(_, doc)| doc.translations[lang].beads.iter().any(|b| &b.id == id))
            .count();
        match hits {
            0 => return Err(Error::bare(ErrorKind::UnknownBead(id.clone()))),
            1 => {}
            _ => return Err(Error::bare(ErrorKind::AmbiguousBead(id.clone()))),
        }
    }
    let selection = if args.all { Selection::All } else { Selection::Ids(wanted) };
    let now = memory::now();
    let mut outcomes = Vec::new();
    let mut writes = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        if only.is_some_and(|o| o != d) {
            continue;
        }
        let t = &doc.translations[lang];
        if !t.exists && t.memory.is_none() {
            continue;
        }
        let outcome = sync(t, &doc.source, &selection, &now);
        if t.memory.as_ref() == Some(&outcome.memory) {
            continue;
        }
        writes.push(t.memory_path.as_str());
        outcomes.push((doc.source_path.as_str(), outcome));
    }
    if !args.dry_run {
        // Every document's memory, or none: a run killed half-way changes nothing or everything.
        let tag = project.languages[lang].tag();
        let paths: Vec<_> = writes.iter().map(|p| (project.path(p), project.shown(p))).collect();
        let files = paths
            .iter()
            .zip(&outcomes)
            .map(|((full, shown), (document, outcome))| {
                let write: fs::Contents = Box::new(move |w| memory::write(w, &outcome.memory, document, tag));
                (full.as_path(), shown.as_path(), write)
            })
            .collect();
        fs::commit_all(&project.root.join(fs::LOCKSTEP_DIR), files)?;
    }
    // The languages derived from this one follow it.
    let derived = if args.dry_run { String::new() } else { super::derive::after_sync(&project, lang, only, ctx)? };
    let tag = project.languages[lang].tag();
    let lines: Vec<confirm::Line> = outcomes
        .iter()
        .flat_map(|(document, o)| o.confirmed.iter().map(move |bead| confirm::Line { lang: tag, document, bead }))
        .collect();
    let files = if args.dry_run { 0 } else { writes.len() };
    emit(&match args.format {
        Format::Json => confirm::json(&lines, files, args.dry_run),
        Format::Text => confirm::sync_text(tag, &lines, files, args.dry_run, ctx.loc, ctx.style) + &derived,
    })?;
    Ok(Outcome::Done)
}
