//! `lockstep report [-o FILE.html] [LANG…] [--all]`: one self-contained HTML page, the
//! coordinator's overview and the translator's side-by-side view.

use std::path::PathBuf;

use lockstep::fs::Lock;
use lockstep::{Error, ErrorKind, Location, memory, report, workspace};

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
    // A folder names where `lockstep-report.html` goes; a name that is not `.html` or `.htm`
    // gets `.html`, so that a browser shows it as a page.
    let mut output = args.output.clone();
    if output.is_dir() || args.output.to_string_lossy().ends_with(['/', std::path::MAIN_SEPARATOR]) {
        output = output.join("lockstep-report.html");
    }
    let is_html = |p: &std::path::Path| {
        p.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
    };
    if !is_html(&output) {
        let mut name = output.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        name.push(".html");
        output.set_file_name(name);
    }
    let name = output.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let pages = crate::render::html::pages(&report, args.all, &name, ctx.loc);
    let page_path = |k: usize| output.with_file_name(crate::render::html::page_name(&name, k));
    // A numbered page is lockstep's to write only when it wrote it before (or nothing is there).
    for k in 1..pages.len() {
        let path = page_path(k);
        if path.exists() && !written_by_lockstep(&path) {
            return Err(Error::new(ErrorKind::ReportPageInTheWay, Location::file(&path)));
        }
    }
    for (page, html) in &pages {
        let path = page.map_or_else(|| output.clone(), page_path);
        lockstep::fs::write_atomic(&path, html.as_bytes(), &path)?;
    }
    // Pages an earlier, longer report left after the last one.
    let mut k = pages.len();
    while page_path(k).exists() && written_by_lockstep(&page_path(k)) {
        let _ = std::fs::remove_file(page_path(k));
        k += 1;
    }
    let rows: usize = report.documents.iter().flat_map(|d| &d.translations).map(|t| t.2.rows.len()).sum();
    let path = output.display().to_string();
    emit(&format!("{}\n", ctx.loc.msg("report-written", &[("path", path.into()), ("rows", rows.into())])))?;
    if pages.len() > 1 {
        emit(&format!("{}\n", ctx.loc.msg("report-pages", &[("pages", (pages.len() - 1).into())])))?;
    }
    Ok(Outcome::Done)
}

/// Whether an HTML file is a page lockstep wrote (its generator tag says so).
fn written_by_lockstep(path: &std::path::Path) -> bool {
    let mut head = [0u8; 1024];
    let n = std::fs::File::open(path).and_then(|mut f| std::io::Read::read(&mut f, &mut head)).unwrap_or(0);
    String::from_utf8_lossy(&head[..n]).contains("<meta name=\"generator\" content=\"lockstep ")
}
