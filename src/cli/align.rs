//! `lockstep align SOURCE TARGET` (no project) or `lockstep align LANG [--document DOC]`:
//! the beads side by side, with scores and marks on the beads that deserve a human look.

use lockstep::align::align;
use lockstep::segment::{self, Paragraph};
use lockstep::workspace;
use lockstep::{Error, ErrorKind};

use crate::render;

use super::{Context, Format, Outcome, emit, load_project};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "SOURCE", required = true)]
    first: String,
    #[arg(value_name = "TARGET")]
    second: Option<String>,
    #[arg(long, value_name = "DOC")]
    document: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    format: Format,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let (src_name, tgt_name, src, tgt): (String, String, Vec<Paragraph>, Vec<Paragraph>) = match &args.second {
        Some(target) => {
            let s = segment::read_file(args.first.as_ref(), args.first.as_ref())?;
            let t = segment::read_file(target.as_ref(), target.as_ref())?;
            (args.first.clone(), target.clone(), s, t)
        }
        None => {
            let project = load_project(ctx)?;
            let lang = project.language_index(&args.first)?;
            let d = project.document_index(args.document.as_deref())?;
            let doc = workspace::read_document(&project, d)?;
            let t = &doc.translations[lang];
            if !t.exists {
                let at = lockstep::Location::file(project.shown(&t.path));
                return Err(Error::new(ErrorKind::Io(std::io::ErrorKind::NotFound), at));
            }
            (doc.source_path.clone(), t.path.clone(), doc.source.clone(), t.target.clone())
        }
    };
    let s: Vec<&str> = src.iter().map(|p| p.text.as_str()).collect();
    let t: Vec<&str> = tgt.iter().map(|p| p.text.as_str()).collect();
    let beads = align(&s, &t);
    let text = match args.format {
        Format::Json => render::align::json(&src_name, &tgt_name, &beads),
        Format::Text => render::align::text(&src, &tgt, &beads, ctx.loc, ctx.style),
    };
    emit(&text)?;
    Ok(Outcome::Done)
}
