//! `lockstep diff LANG [ID…]`: for each stale bead, what changed in the source since it was
//! translated, and the translation as it stands.

use lockstep::fs::Lock;
use lockstep::{diff, tm, workspace};

use super::{Context, Format, Outcome, emit, load_project};
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
    let _lock = Lock::shared(&project.root, &project.shown_root)?;
    let docs = workspace::read_all(&project)?;
    let selected = workspace::select_beads(&docs, lang, only, &args.ids, |_| true)?;
    let sources = tm::Sources::open(&project, &docs, lang)?;
    let stale = diff::stale_beads(&project, lang, &selected, &sources, !args.ids.is_empty())?;
    let tag = project.languages[lang].tag();
    let text = match args.format {
        Format::Json => render::diff::json(tag, &stale),
        Format::Text => render::diff::text(tag, &stale, ctx.loc, ctx.style),
    };
    emit(&text)?;
    Ok(Outcome::Done)
}
