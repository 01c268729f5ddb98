//! `lockstep derive [LANG…] [DOC…]`: writes the derived translations (`[derive]` in
//! `lockstep.toml`) from their parents.

use lockstep::derive::{self, Derived};
use lockstep::{Error, ErrorKind};

use super::{Context, Format, Outcome, emit, load_project};
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "LANG_OR_DOC")]
    items: Vec<String>,
    #[arg(long)]
    force: bool,
    #[arg(long)]
    dry_run: bool,
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    format: Format,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let project = load_project(ctx)?;
    if project.derived.is_empty() {
        return Err(Error::bare(ErrorKind::Check { id: "error-nothing-derived", args: Vec::new() }));
    }
    let (mut langs, docs) = super::languages_and_documents(&project, &args.items)?;
    if let Some(&l) = langs.iter().find(|&&l| project.derived_from(l).is_none()) {
        let tag = project.languages[l].tag().to_string();
        return Err(Error::bare(ErrorKind::Check { id: "error-not-derived", args: vec![("tag", tag)] }));
    }
    if langs.is_empty() {
        langs = project.derived.iter().map(|&(c, _)| c).collect();
    }
    let _lock = ctx.lock_project(&project)?;
    let plan = derive::plan(&project, &docs, &langs, args.force)?;
    if !args.dry_run {
        derive::write(&project, &plan)?;
    }
    emit(&match args.format {
        Format::Json => render::derive::json(&project, &plan, args.dry_run),
        Format::Text => render::derive::text(&project, &plan, args.dry_run, ctx.loc, ctx.style),
    })?;
    let refused = plan.items.iter().any(|i| matches!(i.state, Derived::Edited { .. }) && !i.write);
    Ok(if refused { Outcome::Outdated } else { Outcome::Done })
}

/// After a parent language was synced: its derived languages written where they are behind
/// (an edited one is reported, never overwritten). Returns the report, for text output.
pub fn after_sync(
    project: &lockstep::project::Project,
    lang: usize,
    only: Option<usize>,
    ctx: &Context,
) -> lockstep::Result<String> {
    let children = project.derived_of(lang);
    if children.is_empty() {
        return Ok(String::new());
    }
    let docs: Vec<usize> = only.into_iter().collect();
    let plan = derive::plan(project, &docs, &children, false)?;
    derive::write(project, &plan)?;
    Ok(render::derive::text(project, &plan, false, ctx.loc, ctx.style))
}
