//! `lockstep diff LANG [ID…]`: for each stale bead, what changed in the source since it was
//! translated, and the translation as it stands.

use lockstep::diff::bead_diff;
use lockstep::fs::Lock;
use lockstep::report;
use lockstep::tm::{self, DEFAULT_MIN_SCORE, Query};
use lockstep::workspace;

use super::{Context, Format, Outcome, emit, load_project, select_beads};

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
    let selected = select_beads(&docs, lang, only, &args.ids, |_| true)?;
    let mut diffs: Vec<report::DiffItem> = workspace::on_all_cores(selected.len(), |i| {
        let (doc, b) = selected[i];
        let t = &doc.translations[lang];
        let diff = bead_diff(b, t.memory.as_ref(), &doc.source, &t.target)?;
        Some(report::DiffItem { document: doc.source_path.as_str(), diff, suggestion: None })
    })
    .into_iter()
    .flatten()
    .collect();
    // The best translation-memory match under each stale bead, as `suggest` would give it.
    if !diffs.is_empty() {
        let (memory, store) = super::suggest::sources(&project, &docs, lang)?;
        let (source_lang, target_lang) = (project.source_lang.id.to_string(), project.languages[lang].id.to_string());
        let suggestions = workspace::on_all_cores(diffs.len(), |i| {
            let item = &diffs[i];
            let query = Query {
                text: &item.diff.new_source,
                source_lang: &source_lang,
                target_lang: &target_lang,
                context: Some((item.document, &item.diff.id)),
            };
            tm::suggest(&query, &memory, store.as_ref(), 1, DEFAULT_MIN_SCORE).pop()
        });
        for (item, suggestion) in diffs.iter_mut().zip(suggestions) {
            item.suggestion = suggestion;
        }
    }
    let tag = project.languages[lang].tag.as_str();
    let text = match args.format {
        Format::Json => report::diff_json(tag, &diffs),
        Format::Text => report::diff_text(tag, &diffs, ctx.loc, ctx.style),
    };
    emit(&text)?;
    Ok(Outcome::Done)
}
