//! `lockstep minor PARA… [--document DOC]`: records that today's change to these source
//! paragraphs needs no re-translation, in every language whose bead was current before it.

use lockstep::fs;
use lockstep::memory;
use lockstep::sync::minor;
use lockstep::workspace;
use lockstep::{Error, ErrorKind};

use super::{Context, Format, Outcome, emit, load_project};
use crate::render::confirm;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "PARA", required = true)]
    paragraphs: Vec<usize>,
    #[arg(long, value_name = "DOC")]
    document: Option<String>,
    #[arg(long)]
    force: bool,
    #[arg(long)]
    dry_run: bool,
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    format: Format,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let d = project.document_index(args.document.as_deref())?;
    let _lock = ctx.lock_project(&project)?;
    // Every file is read and checked, not only this document's.
    let docs = workspace::read_all(&project)?;
    let doc = &docs[d];
    let mut paras = Vec::new();
    for &p in &args.paragraphs {
        if p == 0 || p > doc.source.len() {
            return Err(Error::bare(ErrorKind::UnknownParagraph(p)));
        }
        paras.push(p - 1);
    }
    let now = memory::now();
    let outcomes = minor(&doc.translations, &doc.source, &paras, &now, args.force)?;
    let mut done = Vec::new();
    for (t, outcome) in doc.translations.iter().zip(outcomes) {
        let Some(outcome) = outcome else { continue };
        done.push((t, project.languages[t.lang].tag(), outcome));
    }
    if !args.dry_run {
        // Every language's memory, or none.
        let paths: Vec<_> =
            done.iter().map(|(t, ..)| (project.path(&t.memory_path), project.shown(&t.memory_path))).collect();
        let files = paths
            .iter()
            .zip(&done)
            .map(|((full, shown), (_, tag, outcome))| {
                let write: fs::Contents = Box::new(move |w| memory::write(w, &outcome.memory, &doc.source_path, tag));
                (full.as_path(), shown.as_path(), write)
            })
            .collect();
        fs::commit_all(&project.root.join(fs::LOCKSTEP_DIR), files)?;
    }
    let done: Vec<_> = done.into_iter().map(|(_, tag, outcome)| (tag, outcome)).collect();
    let lines: Vec<confirm::Line> = done
        .iter()
        .flat_map(|(lang, o)| {
            o.confirmed.iter().map(move |bead| confirm::Line { lang, document: &doc.source_path, bead })
        })
        .collect();
    let files = if args.dry_run { 0 } else { done.len() };
    emit(&match args.format {
        Format::Json => confirm::json(&lines, files, args.dry_run),
        Format::Text => confirm::minor_text(&lines, done.len(), args.dry_run, ctx.loc, ctx.style),
    })?;
    Ok(Outcome::Done)
}
