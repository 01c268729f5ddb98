//! `lockstep tm import FILE…`, `lockstep tm export -o FILE [--lang L…]` and `lockstep tm
//! verify`: translation memories in and out, as TMX 1.4b, and a full check of the imported store.

use std::io::IsTerminal;
use std::path::PathBuf;

use lockstep::fs::Lock;
use lockstep::tm;

use super::{Context, Outcome, emit, languages, load_project};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    Import(ImportArgs),
    Export(ExportArgs),
    Verify,
}

#[derive(Debug, clap::Args)]
struct ImportArgs {
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct ExportArgs {
    #[arg(short = 'o', long, value_name = "FILE")]
    output: PathBuf,
    #[arg(long = "lang", value_name = "LANG", value_delimiter = ',')]
    langs: Vec<String>,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    match args.command {
        Command::Import(a) => {
            let _lock = ctx.lock_project(&project)?;
            let files: Vec<(PathBuf, PathBuf)> = a.files.iter().map(|f| (f.clone(), f.clone())).collect();
            let bar = progress_bar(&files);
            let report = tm::import(&project.root, &project.shown_root, &files, &mut |k, bytes| {
                if let Some((bar, starts)) = &bar {
                    if bar.message().is_empty() || bar.position() < starts[k] {
                        let name = files[k].1.display().to_string();
                        bar.set_message(ctx.loc.msg("tm-importing", &[("file", name.into())]));
                    }
                    bar.set_position(starts[k] + bytes);
                }
            });
            if let Some((bar, _)) = bar {
                bar.finish_and_clear();
            }
            let report = report?;
            for at in &report.skipped {
                let limit = (lockstep::tmx::MAX_EVENT >> 20).into();
                eprintln!("{}: {}", at, ctx.loc.msg("tm-skipped-unit", &[("limit", limit)]));
            }
            emit(&format!(
                "{}\n",
                ctx.loc.msg(
                    "tm-imported",
                    &[
                        ("units", report.units.into()),
                        ("duplicates", report.duplicates.into()),
                        ("total", report.total.into()),
                    ],
                )
            ))?;
        }
        Command::Export(a) => {
            let langs = if a.langs.is_empty() { None } else { Some(languages(&project, &a.langs)?) };
            let _lock = Lock::reader(&project.root, &project.shown_root)?;
            let count = tm::export(&project, langs.as_deref(), &a.output, &a.output)?;
            let path = a.output.display().to_string();
            emit(&format!("{}\n", ctx.loc.msg("tm-exported", &[("units", count.into()), ("path", path.into())])))?;
        }
        Command::Verify => {
            let _lock = Lock::reader(&project.root, &project.shown_root)?;
            let units = match tm::Store::open(&project.root, &project.shown_root)? {
                Some(store) => store.verify()?,
                None => 0,
            };
            emit(&format!("{}\n", ctx.loc.msg("tm-verified", &[("units", units.into())])))?;
        }
    }
    Ok(Outcome::Done)
}

/// A progress bar over the bytes of all files, on a terminal only; with each file's starting
/// position.
fn progress_bar(files: &[(PathBuf, PathBuf)]) -> Option<(indicatif::ProgressBar, Vec<u64>)> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let sizes: Vec<u64> = files.iter().map(|(p, _)| std::fs::metadata(p).map_or(0, |m| m.len())).collect();
    let starts: Vec<u64> = sizes
        .iter()
        .scan(0, |acc, s| {
            let start = *acc;
            *acc += s;
            Some(start)
        })
        .collect();
    let bar = indicatif::ProgressBar::new(sizes.iter().sum());
    let style = indicatif::ProgressStyle::with_template(
        "{msg} {wide_bar} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec}",
    )
    .ok()?;
    bar.set_style(style);
    Some((bar, starts))
}
