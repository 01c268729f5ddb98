//! `lockstep status [LANG…]`: per document and language, the beads by state.

use crate::render;
use lockstep::fs::Lock;
use lockstep::status::State;
use lockstep::workspace;

use super::{Context, Format, Outcome, emit, languages, load_project};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "LANG")]
    langs: Vec<String>,
    #[arg(long)]
    check: bool,
    #[arg(long)]
    paragraphs: bool,
    #[arg(long)]
    by_source: bool,
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    format: Format,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let langs = languages(&project, &args.langs)?;
    let _lock = Lock::reader(&project.root, &project.shown_root)?;
    if args.by_source {
        // One row per source paragraph across languages: every document read in full.
        let full = workspace::read_all(&project)?;
        let rows: Vec<Vec<workspace::SourceRow>> = full.iter().map(|d| workspace::by_source(d, &langs)).collect();
        emit(&match args.format {
            Format::Json => render::status::by_source_json(&project, &full, &rows),
            Format::Text => render::status::by_source_text(&project, &full, &rows, &langs, ctx.loc, ctx.style),
        })?;
        let outdated = rows.iter().any(|r| !r.is_empty());
        return Ok(if args.check && outdated { Outcome::Outdated } else { Outcome::Done });
    }
    let docs = workspace::summarize_all(&project)?;
    let mut text = match args.format {
        Format::Json if args.paragraphs => {
            // Where each paragraph stands: every document read in full.
            let full = workspace::read_all(&project)?;
            render::status::json(&project, &docs, &langs, Some(&full))
        }
        Format::Json => render::status::json(&project, &docs, &langs, None),
        Format::Text => render::status::text(&project, &docs, &langs, ctx.loc, ctx.style),
    };
    let pending = |d: &workspace::DocumentSummary| {
        d.translations.iter().any(|t| langs.contains(&t.lang) && t.beads.iter().any(|b| b.state != State::Current))
    };
    if args.paragraphs && args.format == Format::Text {
        // Only the documents with something to list are read in full.
        let listed = |d: &workspace::DocumentSummary| {
            pending(d)
                || d.translations
                    .iter()
                    .any(|t| langs.contains(&t.lang) && t.beads.iter().any(|b| render::status::intent(b).is_some()))
        };
        for (d, _) in docs.iter().enumerate().filter(|(_, doc)| listed(doc)) {
            let full = workspace::read_document(&project, d)?;
            text.push_str(&render::status::pending(&project, &full, &langs, ctx.loc, ctx.style));
        }
    }
    emit(&text)?;
    // A memory file the project does not read is said, never ignored without a word.
    for stray in workspace::stray_memory_files(&project) {
        let path = project.shown(&stray).display().to_string();
        eprintln!("{}", ctx.loc.msg("warning-stray-memory", &[("path", path.into())]));
    }
    let outdated = docs.iter().any(pending);
    Ok(if args.check && outdated { Outcome::Outdated } else { Outcome::Done })
}
