//! The command line: arguments (clap, with every help text and heading taken from Fluent),
//! the colour choice, error printing, and one module per command.

mod align;
mod check;
mod derive;
mod diff;
mod export;
mod import;
mod init;
mod minor;
mod paragraphs;
mod report;
mod status;
mod suggest;
mod sync;
mod tm;

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::i18n::Localizer;
use crate::render::{self, Style};
use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use lockstep::{Error, ErrorKind};

/// The parsed command line.
#[derive(Debug, Parser)]
#[command(
    name = "lockstep",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    #[arg(long, global = true, value_name = "DIR")]
    project: Option<PathBuf>,
    #[arg(long, global = true, value_name = "TAG")]
    ui_lang: Option<String>,
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
    #[arg(long, global = true, default_value_t = 60, value_name = "SECONDS")]
    wait: u32,
    #[arg(short = 'h', long, global = true, action = ArgAction::Help)]
    help: Option<bool>,
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Init(init::Args),
    Status(status::Args),
    Diff(diff::Args),
    Sync(sync::Args),
    Export(export::Args),
    Import(import::Args),
    Minor(minor::Args),
    Check(check::Args),
    Derive(derive::Args),
    Align(align::Args),
    Paragraphs(paragraphs::Args),
    Report(report::Args),
    Suggest(suggest::Args),
    Tm(tm::Args),
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Text or JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people, localized.
    Text,
    /// For programs, never localized.
    Json,
}

/// What a command asks the process to exit with.
pub enum Outcome {
    /// Success.
    Done,
    /// `--check` found something not current.
    Outdated,
}

impl Outcome {
    /// The exit code.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Outcome::Done => ExitCode::SUCCESS,
            Outcome::Outdated => ExitCode::from(1),
        }
    }
}

/// What every command gets besides its own arguments.
pub struct Context<'a> {
    /// `--project`, if given.
    pub project: Option<PathBuf>,
    /// Messages.
    pub loc: &'a Localizer,
    /// Colours.
    pub style: Style,
    /// How long a run that writes waits for another one, in seconds.
    pub wait: u32,
}

impl Context<'_> {
    /// The exclusive lock of a run that writes: after a second of waiting for another run, it
    /// says so; after `--wait` seconds, it gives up.
    pub fn lock(&self, root: &std::path::Path, shown_root: &std::path::Path) -> lockstep::Result<lockstep::fs::Lock> {
        let mut waiting = |pid: Option<u32>| {
            let pid = pid.map_or_else(|| "?".to_string(), |p| p.to_string());
            eprintln!(
                "{}",
                self.loc.msg("waiting-for-lock", &[("pid", pid.into()), ("seconds", (self.wait as usize).into())])
            );
        };
        lockstep::fs::Lock::exclusive(root, shown_root, self.wait.saturating_mul(10), &mut waiting)
    }
}

impl Context<'_> {
    /// The exclusive lock on a project, and what a killed run left beside its documents (an
    /// import writes them) removed.
    pub fn lock_project(&self, project: &lockstep::project::Project) -> lockstep::Result<lockstep::fs::Lock> {
        let lock = self.lock(&project.root, &project.shown_root)?;
        let files: Vec<PathBuf> = project
            .documents
            .iter()
            .flat_map(|d| std::iter::once(&d.source).chain(&d.translations))
            .filter_map(|rel| project.checked_path(rel).ok())
            .collect();
        lockstep::fs::sweep_beside(&files);
        Ok(lock)
    }
}

/// Finds `--ui-lang` before clap parses, so that help and errors are already localized.
pub fn ui_lang_arg(args: &[OsString]) -> Option<String> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--ui-lang=") {
            return Some(v.to_string());
        }
        if a == "--ui-lang" {
            return it.next().map(|v| v.to_string());
        }
    }
    None
}

/// The clap command with every text localized.
pub fn command(loc: &Localizer) -> clap::Command {
    // Help fits the terminal, or 80 columns in a pipe (COLUMNS decides when set).
    render::help::localize(Cli::command().term_width(render::columns()), "", loc)
}

/// Parses the command line; on `--help`, `--version` or a usage error, prints and returns the
/// exit code.
pub fn parse(args: &[OsString], loc: &Localizer) -> Result<(Cli, Style), ExitCode> {
    let cmd = command(loc);
    let matches = match cmd.clone().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => return Err(render::help::usage_error(e, cmd, loc)),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return Err(render::help::usage_error(e, cmd, loc)),
    };
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            use std::io::IsTerminal;
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
        }
    };
    Ok((cli, Style { color }))
}

/// Runs the parsed command.
pub fn run((cli, style): (Cli, Style), loc: &Localizer) -> lockstep::Result<Outcome> {
    let ctx = Context { project: cli.project, loc, style, wait: cli.wait };
    match cli.command {
        Command::Init(a) => init::run(a, &ctx),
        Command::Status(a) => status::run(a, &ctx),
        Command::Diff(a) => diff::run(a, &ctx),
        Command::Sync(a) => sync::run(a, &ctx),
        Command::Export(a) => export::run(a, &ctx),
        Command::Import(a) => import::run(a, &ctx),
        Command::Minor(a) => minor::run(a, &ctx),
        Command::Check(a) => check::run(a, &ctx),
        Command::Derive(a) => derive::run(a, &ctx),
        Command::Align(a) => align::run(a, &ctx),
        Command::Paragraphs(a) => paragraphs::run(a, &ctx),
        Command::Report(a) => report::run(a, &ctx),
        Command::Suggest(a) => suggest::run(a, &ctx),
        Command::Tm(a) => tm::run(a, &ctx),
    }
}

/// Writes command output to stdout; a closed pipe (`| head`) is not an error.
pub fn emit(text: &str) -> lockstep::Result<()> {
    emit_with(|out| out.write_all(text.as_bytes()))
}

/// Writes output as it is made (a large JSON document is never held whole in memory); a reader
/// that stops reading (`| head`) is no error.
pub fn emit_with(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> lockstep::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match write(&mut out).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::bare(ErrorKind::Io(e.kind()))),
    }
}

/// Loads the project named by `--project`, or the nearest one upward.
pub fn load_project(ctx: &Context) -> lockstep::Result<lockstep::project::Project> {
    lockstep::project::Project::discover(ctx.project.as_deref())
}

/// The languages and the documents among names a user gave (`check bg udhr.en.md`): a name is a
/// document when it names one, else a language. Each once, in the order given.
pub fn languages_and_documents(
    project: &lockstep::project::Project,
    names: &[String],
) -> lockstep::Result<(Vec<usize>, Vec<usize>)> {
    let (mut langs, mut docs) = (Vec::new(), Vec::new());
    for name in names {
        let (list, index) = match project.document_index(Some(name)) {
            Ok(d) => (&mut docs, d),
            // What is no language tag is a document that is not there.
            Err(e) if lockstep::text::Lang::parse(name).is_none() => return Err(e),
            Err(_) => (&mut langs, project.language_index(name)?),
        };
        if !list.contains(&index) {
            list.push(index);
        }
    }
    Ok((langs, docs))
}

/// The indices of the languages a user named (all when none).
pub fn languages(project: &lockstep::project::Project, names: &[String]) -> lockstep::Result<Vec<usize>> {
    if names.is_empty() {
        return Ok((0..project.languages.len()).collect());
    }
    // A language named twice (`bg bg-BG`) is one language.
    let mut out: Vec<usize> = Vec::with_capacity(names.len());
    for n in names {
        let l = project.language_index(n)?;
        if !out.contains(&l) {
            out.push(l);
        }
    }
    Ok(out)
}
