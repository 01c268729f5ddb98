//! `lockstep diff LANG [ID…]`: for each stale bead, what changed in the source since it was
//! translated, and the translation as it stands.

use lockstep::fs::Lock;
use lockstep::{diff, tm, workspace};

use super::{Context, Format, Outcome, emit_with, load_project};
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "LANG")]
    lang: String,
    #[arg(value_name = "ID")]
    ids: Vec<String>,
    #[arg(long, value_name = "DOC")]
    document: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    format: Format,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let lang = project.language_index(&args.lang)?;
    let only = args.document.as_deref().map(|d| project.document_index(Some(d))).transpose()?;
    let _lock = Lock::reader(&project.root, &project.shown_root)?;
    let docs = workspace::read_all(&project)?;
    let selected = workspace::select_beads(&docs, lang, only, &args.ids, |_| true)?;
    let sources = tm::Sources::open(&project, &docs, lang)?;
    // Diffs are made a chunk at a time as they are written: a document whose every paragraph
    // changed never holds all its diffs at once.
    let named = !args.ids.is_empty();
    let chunks = selected.chunks(CHUNK).map(|chunk| diff::stale_beads(&project, lang, chunk, &sources, named));
    let error = std::cell::RefCell::new(None);
    let beads = render::diff::Chunks::new(chunks, &error);
    let tag = project.languages[lang].tag();
    let written = match args.format {
        Format::Json => emit_with(|out| render::diff::write_json(out, tag, &beads)),
        Format::Text => emit_with(|out| render::diff::write_text(out, tag, &beads, ctx.loc, ctx.style)),
    };
    if let Some(e) = error.into_inner() {
        return Err(e);
    }
    written?;
    Ok(Outcome::Done)
}

/// How many beads' diffs are made at once (on all cores) before they are written.
const CHUNK: usize = 1024;
