//! `lockstep export LANG [--format po|xliff|xliff2] [-o FILE] [--all] [DOC…]`: the stale and
//! missing paragraphs of a language (or every one) as one PO or XLIFF file for a CAT tool.

use std::path::PathBuf;

use lockstep::exchange::{self, Format};
use lockstep::fs::Lock;
use lockstep::{Error, ErrorKind};
use lockstep::{memory, tm, workspace};

use super::{Context, Outcome, emit, load_project};
use crate::render::exchange as render;

/// The file formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FileFormat {
    /// GNU gettext PO.
    Po,
    /// XLIFF 1.2.
    Xliff,
    /// XLIFF 2.1.
    Xliff2,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "LANG")]
    lang: String,
    #[arg(value_name = "DOC")]
    documents: Vec<String>,
    #[arg(long, value_enum, default_value_t = FileFormat::Po, value_name = "FORMAT")]
    format: FileFormat,
    #[arg(short = 'o', long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[arg(long)]
    all: bool,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let lang = project.language_index(&args.lang)?;
    if let Some(parent) = project.derived_from(lang) {
        let args = vec![
            ("tag", project.languages[lang].tag().to_string()),
            ("from", project.languages[parent].tag().to_string()),
        ];
        return Err(Error::bare(ErrorKind::Check { id: "error-export-derived", args }));
    }
    let only = args.documents.iter().map(|d| project.document_index(Some(d))).collect::<lockstep::Result<Vec<_>>>()?;
    let _lock = Lock::reader(&project.root, &project.shown_root)?;
    let docs = workspace::read_all(&project)?;
    let sources = tm::Sources::open(&project, &docs, lang)?;
    let export = exchange::collect(&project, &docs, lang, &only, args.all, &sources, &memory::now())?;
    let tag = project.languages[lang].tag();
    if export.entries.is_empty() {
        // On standard error: standard output may be the file a shell redirects into.
        eprintln!("{}", ctx.loc.msg("export-nothing", &[("lang", tag.into())]));
        return Ok(Outcome::Done);
    }
    // The notes speak the translator's language when lockstep does, else the user's.
    let translator = crate::i18n::Localizer::for_translator(project.languages[lang].id());
    let labels = render::labels(translator.as_ref().unwrap_or(ctx.loc), &export);
    let format = match args.format {
        FileFormat::Po => Format::Po,
        FileFormat::Xliff => Format::Xliff,
        FileFormat::Xliff2 => Format::Xliff2,
    };
    let text = match format {
        Format::Po => exchange::po::write(&export, &labels),
        _ => exchange::xliff::write(&export, &labels, format),
    };
    match &args.output {
        Some(path) => {
            lockstep::fs::write_atomic(path, text.as_bytes(), path)?;
            emit(&render::exported(&export, &path.display().to_string(), ctx.loc))?;
        }
        None => emit(&text)?,
    }
    Ok(Outcome::Done)
}
