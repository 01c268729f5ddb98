//! `lockstep check [LANG…] [DOC…]`: what a machine can see is wrong in the translations, and
//! `--accept ID[:CHECK]` to record that a finding is not a defect.

use std::collections::HashMap;

use lockstep::check::{self, Check, Severity};
use lockstep::fs::{self, Lock};
use lockstep::memory::{self, Memory};
use lockstep::workspace;
use lockstep::{Error, ErrorKind};

use super::{Context, Format, Outcome, emit, languages_and_documents, load_project};
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "LANG_OR_DOC")]
    items: Vec<String>,
    #[arg(long)]
    check: bool,
    #[arg(long)]
    all: bool,
    #[arg(long, value_name = "ID")]
    accept: Vec<String>,
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    format: Format,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    let (mut langs, docs) = languages_and_documents(&project, &args.items)?;
    if langs.is_empty() {
        langs = (0..project.languages.len()).collect();
    }
    if !args.accept.is_empty() {
        return accept(&project, &args, &langs, &docs, ctx);
    }
    let _lock = Lock::reader(&project.root, &project.shown_root)?;
    let states = workspace::read_all(&project)?;
    let outcome = check::run(&project, &states, &langs, &docs)?;
    emit(&match args.format {
        Format::Json => render::check::json(&project, &outcome),
        Format::Text => render::check::text(&project, &outcome, args.all, ctx.loc, ctx.style),
    })?;
    let errors = outcome.findings.iter().any(|f| !f.accepted && f.check.severity() == Severity::Error);
    Ok(if args.check && errors { Outcome::Outdated } else { Outcome::Done })
}

/// `--accept ID[:CHECK]…`: the findings of those beads (of that check) recorded as accepted in
/// the memory, all files at once.
fn accept(
    project: &lockstep::project::Project,
    args: &Args,
    langs: &[usize],
    docs: &[usize],
    ctx: &Context,
) -> lockstep::Result<Outcome> {
    let [lang] = langs else {
        return Err(Error::bare(ErrorKind::Check { id: "error-accept-one-language", args: Vec::new() }));
    };
    let lang = *lang;
    let _lock = ctx.lock_project(project)?;
    let states = workspace::read_all(project)?;
    let outcome = check::run(project, &states, &[lang], docs)?;
    let mut changed: HashMap<usize, Memory> = HashMap::new();
    let mut lines = Vec::new();
    for spec in &args.accept {
        let (id, only) = match spec.split_once(':') {
            Some((id, name)) => {
                let c = Check::named(name).ok_or_else(|| {
                    Error::bare(ErrorKind::Check { id: "error-unknown-check", args: vec![("check", name.to_string())] })
                })?;
                (id, Some(c))
            }
            None => (spec.as_str(), None),
        };
        let found: Vec<&check::Finding> = outcome
            .findings
            .iter()
            .filter(|f| f.bead.eq_ignore_ascii_case(id) && only.is_none_or(|c| c == f.check))
            .collect();
        let Some(first) = found.first() else { return Err(check::nothing_to_accept(id)) };
        if first.provisional {
            return Err(Error::bare(ErrorKind::Check {
                id: "error-accept-not-synced",
                args: vec![("id", id.to_string())],
            }));
        }
        let d = first.doc;
        if found.iter().any(|f| f.doc != d) {
            return Err(Error::bare(ErrorKind::AmbiguousBead(id.to_string())));
        }
        let mut checks: Vec<Check> = Vec::new();
        for f in &found {
            if !checks.contains(&f.check) {
                checks.push(f.check);
            }
        }
        // A derived language's acceptances go into its parent's memory.
        let t = &states[d].translations[first.memory_lang];
        let bead = t.beads.iter().find(|b| b.id == first.bead).ok_or_else(|| check::nothing_to_accept(id))?;
        let base = changed.get(&d).or(t.memory.as_ref()).cloned().unwrap_or_default();
        let updated = check::accept(&base, &states[d].source, &t.target, bead, &checks)?;
        changed.insert(d, updated);
        lines.push((
            project.languages[lang].tag().to_string(),
            first.bead.clone(),
            checks.iter().map(|c| c.name()).collect(),
        ));
    }
    let keeper = project.derived_from(lang).unwrap_or(lang);
    let tag = project.languages[keeper].tag();
    let mut order: Vec<usize> = changed.keys().copied().collect();
    order.sort_unstable();
    let paths: Vec<(std::path::PathBuf, std::path::PathBuf)> = order
        .iter()
        .map(|&d| {
            let rel = &states[d].translations[keeper].memory_path;
            (project.path(rel), project.shown(rel))
        })
        .collect();
    let files = order
        .iter()
        .zip(&paths)
        .map(|(d, (full, shown))| {
            let memory = &changed[d];
            let document = states[*d].source_path.as_str();
            let write: fs::Contents = Box::new(move |w| memory::write(w, memory, document, tag));
            (full.as_path(), shown.as_path(), write)
        })
        .collect();
    fs::commit_all(&project.root.join(fs::LOCKSTEP_DIR), files)?;
    emit(&match args.format {
        Format::Json => render::check::accepted_json(&lines),
        Format::Text => render::check::accepted_text(&lines, ctx.loc),
    })?;
    Ok(Outcome::Done)
}
