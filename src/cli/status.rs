//! `lockstep status [LANG…]`: per document and language, the beads by state.

use lockstep::memory::Lock;
use lockstep::report;
use lockstep::translation;

use super::{Context, Format, Outcome, emit, languages, load_project};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "LANG")]
    langs: Vec<String>,
    #[arg(long)]
    check: bool,
    #[arg(long)]
    paragraphs: bool,
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    format: Format,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let langs = languages(&project, &args.langs)?;
    let _lock = Lock::shared(&project.root, &project.shown_root)?;
    let docs = translation::read_all(&project)?;
    let text = match args.format {
        Format::Json => report::status_json(&project, &docs, &langs),
        Format::Text => report::status_text(&project, &docs, &langs, args.paragraphs, ctx.loc, ctx.style),
    };
    emit(&text)?;
    let outdated =
        docs.iter().flat_map(|d| &d.translations).any(|t| langs.contains(&t.lang) && !t.counts().all_current());
    Ok(if args.check && outdated { Outcome::Outdated } else { Outcome::Done })
}
