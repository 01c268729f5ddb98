//! `lockstep report [-o FILE.html] [LANG…] [--all]`: one self-contained HTML page, the
//! coordinator's overview and the translator's side-by-side view.

use std::path::PathBuf;

use lockstep::fs::Lock;
use lockstep::{memory, report, workspace};

use super::{Context, Outcome, emit, languages, load_project};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "LANG")]
    langs: Vec<String>,
    #[arg(short = 'o', long, value_name = "FILE", default_value = "lockstep-report.html")]
    output: PathBuf,
    #[arg(long)]
    all: bool,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let langs = languages(&project, &args.langs)?;
    let _lock = Lock::reader(&project.root, &project.shown_root)?;
    let docs = workspace::read_all(&project)?;
    let report = report::collect(&project, &docs, &langs, args.all, &memory::now())?;
    let name =
        args.output.file_name().map_or_else(|| "lockstep-report.html".into(), |n| n.to_string_lossy().into_owned());
    let pages = crate::render::html::pages(&report, args.all, &name, ctx.loc);
    let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s).to_string();
    for (page, html) in &pages {
        let path = match page {
            None => args.output.clone(),
            Some(k) => args.output.with_file_name(format!("{stem}-{k}.html")),
        };
        lockstep::fs::write_atomic(&path, html.as_bytes(), &path)?;
    }
    let rows: usize = report.documents.iter().flat_map(|d| &d.translations).map(|t| t.2.rows.len()).sum();
    let path = args.output.display().to_string();
    emit(&format!("{}\n", ctx.loc.msg("report-written", &[("path", path.into()), ("rows", rows.into())])))?;
    if pages.len() > 1 {
        emit(&format!("{}\n", ctx.loc.msg("report-pages", &[("pages", (pages.len() - 1).into())])))?;
    }
    Ok(Outcome::Done)
}
