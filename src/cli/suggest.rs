//! `lockstep suggest LANG [ID…]`: translation-memory matches for stale and missing beads, or
//! for any text with `--text`.

use lockstep::fs::Lock;
use lockstep::status::{BeadState, State};
use lockstep::{tm, workspace};

use super::{Context, Format, Outcome, emit, load_project};
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "LANG")]
    lang: String,
    #[arg(value_name = "ID")]
    ids: Vec<String>,
    #[arg(long, value_name = "TEXT", conflicts_with = "ids")]
    text: Option<String>,
    #[arg(long, value_name = "DOC")]
    document: Option<String>,
    #[arg(long = "max", value_name = "N", default_value_t = 3)]
    max: usize,
    #[arg(long = "min-score", value_name = "PERCENT", default_value_t = tm::DEFAULT_MIN_SCORE, value_parser = clap::value_parser!(u8).range(0..=100))]
    min_score: u8,
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    format: Format,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let lang = project.language_index(&args.lang)?;
    let only = args.document.as_deref().map(|d| project.document_index(Some(d))).transpose()?;
    let _lock = Lock::reader(&project.root, &project.shown_root)?;
    let docs = workspace::read_all(&project)?;
    let sources = tm::Sources::open(&project, &docs, lang)?;
    let lookups = if let Some(text) = &args.text {
        let query = tm::Query::new(&project, lang, text, None);
        let matches = sources.suggest(&query, args.max, args.min_score)?;
        vec![tm::Lookup { id: None, document: None, source: Vec::new(), state: None, text: text.clone(), matches }]
    } else {
        let pending = |b: &BeadState| matches!(b.state, State::Stale | State::Missing);
        let selected = workspace::select_beads(&docs, lang, only, &args.ids, pending)?;
        tm::lookup_beads(&project, lang, &selected, &sources, args.max, args.min_score)?
    };
    let tag = project.languages[lang].tag();
    let text = match args.format {
        Format::Json => render::suggest::json(tag, &lookups),
        Format::Text => render::suggest::text(tag, &lookups, ctx.loc, ctx.style),
    };
    emit(&text)?;
    Ok(Outcome::Done)
}
