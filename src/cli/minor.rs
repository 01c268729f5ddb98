//! `lockstep minor PARA… [--document DOC]`: records that today's change to these source
//! paragraphs needs no re-translation, in every language whose bead was current before it.

use lockstep::fs::{self, Lock};
use lockstep::memory;
use lockstep::sync::minor;
use lockstep::workspace;
use lockstep::{Error, ErrorKind};

use super::{Context, Outcome, emit, load_project};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "PARA", required = true)]
    paragraphs: Vec<usize>,
    #[arg(long, value_name = "DOC")]
    document: Option<String>,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let d = project.document_index(args.document.as_deref())?;
    let _lock = Lock::exclusive(&project.root, &project.shown_root)?;
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
    let outcomes = minor(&doc.translations, &doc.source, &paras, &now);
    let mut languages = 0;
    for (t, outcome) in doc.translations.iter().zip(outcomes) {
        let Some(outcome) = outcome else { continue };
        let tag = project.languages[t.lang].tag();
        let text = memory::render(&outcome.memory, &doc.source_path, tag);
        fs::write_atomic(&project.path(&t.memory_path), text.as_bytes(), &project.shown(&t.memory_path))?;
        languages += 1;
    }
    emit(&format!("{}\n", ctx.loc.msg("minor-done", &[("languages", languages.into())])))?;
    Ok(Outcome::Done)
}
