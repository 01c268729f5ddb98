//! `lockstep suggest LANG [ID…]`: translation-memory matches for stale and missing beads, or
//! for any text with `--text`.

use lockstep::fs::Lock;
use lockstep::report;
use lockstep::status::State;
use lockstep::tm::{self, ProjectMemory, Query, Store};
use lockstep::workspace::{self, DocumentState};

use super::{Context, Format, Outcome, emit, load_project, select_beads};

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

/// The project's memory in language `lang` as a translation memory (lookups only ever want
/// one target language), and the imported store.
pub fn sources(
    project: &lockstep::project::Project,
    docs: &[DocumentState],
    lang: usize,
) -> lockstep::Result<(ProjectMemory, Option<Store>)> {
    let memories =
        docs.iter().enumerate().filter_map(|(d, doc)| doc.translations[lang].memory.as_ref().map(|m| (d, lang, m)));
    let units = tm::memory_units(project, memories);
    let memory = ProjectMemory::new(units);
    let store = Store::open(&project.root, &project.shown_root)?;
    Ok((memory, store))
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let lang = project.language_index(&args.lang)?;
    let only = args.document.as_deref().map(|d| project.document_index(Some(d))).transpose()?;
    let _lock = Lock::shared(&project.root, &project.shown_root)?;
    let docs = workspace::read_all(&project)?;
    let (memory, store) = sources(&project, &docs, lang)?;
    let source_lang = project.source_lang.id.to_string();
    let target_lang = project.languages[lang].id.to_string();
    let mut queries: Vec<report::SuggestQuery> = Vec::new();
    if let Some(text) = &args.text {
        let query = Query { text, source_lang: &source_lang, target_lang: &target_lang, context: None };
        let matches = tm::suggest(&query, &memory, store.as_ref(), args.max, args.min_score);
        queries.push(report::SuggestQuery {
            id: None,
            document: None,
            source: Vec::new(),
            state: None,
            text: text.clone(),
            matches,
        });
    } else {
        let pending = |b: &lockstep::status::BeadState| matches!(b.state, State::Stale | State::Missing);
        for (doc, b) in select_beads(&docs, lang, only, &args.ids, pending)? {
            let text = lockstep::diff::joined(&doc.source, &b.source);
            let query = Query {
                text: &text,
                source_lang: &source_lang,
                target_lang: &target_lang,
                context: Some((&doc.source_path, &b.id)),
            };
            let matches = tm::suggest(&query, &memory, store.as_ref(), args.max, args.min_score);
            queries.push(report::SuggestQuery {
                id: Some(b.id.clone()),
                document: Some(doc.source_path.clone()),
                source: b.source.iter().map(|i| i + 1).collect(),
                state: Some(b.state),
                text,
                matches,
            });
        }
    }
    let tag = project.languages[lang].tag.as_str();
    let text = match args.format {
        Format::Json => report::suggest_json(tag, &queries),
        Format::Text => report::suggest_text(tag, &queries, ctx.loc, ctx.style),
    };
    emit(&text)?;
    Ok(Outcome::Done)
}
