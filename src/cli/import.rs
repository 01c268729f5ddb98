//! `lockstep import FILE [--dry-run] [--format json]`: the translations of a PO or XLIFF file
//! written into the translated documents at their places and confirmed, all files or none.

use std::path::PathBuf;

use lockstep::{Error, ErrorKind, exchange, fs, memory, workspace};

use super::{Context, Format, Outcome, emit, load_project};
use crate::render::exchange as render;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "FILE")]
    file: PathBuf,
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
    #[arg(long)]
    dry_run: bool,
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    format: Format,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let shown = args.file.as_path();
    let bytes = std::fs::read(&args.file).map_err(|e| Error::io(&e, shown))?;
    let incoming = exchange::read(&exchange::decode_file(bytes, shown)?, shown)?;
    let lang = args.lang.as_deref().map(|l| project.language_index(l)).transpose()?;
    let _lock = ctx.lock_project(&project)?;
    let docs = workspace::read_all(&project)?;
    let plan = exchange::plan(&project, &docs, &incoming, lang, shown, &memory::now())?;
    let tag = project.languages[plan.lang].tag();
    if let Some(parent) = project.derived_from(plan.lang) {
        let args = vec![("tag", tag.to_string()), ("from", project.languages[parent].tag().to_string())];
        return Err(Error::bare(ErrorKind::Check { id: "error-import-derived", args }));
    }
    let mut written = 0;
    if !args.dry_run && !plan.writes.is_empty() {
        // Every document and memory of the import, or none.
        let mut paths = Vec::new();
        let mut contents: Vec<fs::Contents> = Vec::new();
        for w in &plan.writes {
            if let Some((rel, bytes)) = &w.target {
                paths.push((project.checked_path(rel)?, project.shown(rel)));
                contents.push(Box::new(move |out| out.write_all(bytes)));
            }
            let document = docs[w.doc].source_path.as_str();
            paths.push((project.path(&w.memory.0), project.shown(&w.memory.0)));
            contents.push(Box::new(move |out| memory::write(out, &w.memory.1, document, tag)));
        }
        let files =
            paths.iter().zip(contents).map(|((full, shown), write)| (full.as_path(), shown.as_path(), write)).collect();
        fs::commit_all(&project.root.join(fs::LOCKSTEP_DIR), files)?;
        written = paths.len();
    }
    // The languages derived from this one follow it.
    let derived = if args.dry_run || written == 0 {
        String::new()
    } else {
        super::derive::after_sync(&project, plan.lang, None, ctx)?
    };
    emit(&match args.format {
        Format::Json => render::import_json(tag, &plan, written, args.dry_run),
        Format::Text => {
            render::import_text(tag, &plan, &args.file.display().to_string(), written, args.dry_run, ctx.loc, ctx.style)
                + &derived
        }
    })?;
    Ok(Outcome::Done)
}
