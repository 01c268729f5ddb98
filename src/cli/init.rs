//! `lockstep init SOURCE --lang L,L…`: writes `lockstep.toml` and records the memory of the
//! translations that exist.

use std::path::{Path, PathBuf};

use lockstep::fs;
use lockstep::memory;
use lockstep::project::{self, Found, Lang, PROJECT_FILE, Project};
use lockstep::sync::{Selection, sync};
use lockstep::workspace;
use lockstep::{Error, ErrorKind, Location};

use super::{Context, Outcome, emit};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "SOURCE")]
    source: String,
    #[arg(long = "lang", value_name = "LANGS", value_delimiter = ',', required = true)]
    langs: Vec<String>,
    #[arg(long = "source-lang", value_name = "TAG", default_value = "en")]
    source_lang: String,
    #[arg(long, value_name = "TEMPLATE")]
    translations: Option<String>,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let root = ctx.project.clone().unwrap_or_else(|| PathBuf::from("."));
    let shown_root = ctx.project.clone().unwrap_or_default();
    let file = root.join(PROJECT_FILE);
    let shown_file = shown_root.join(PROJECT_FILE);
    if file.exists() {
        return Err(Error::new(ErrorKind::ProjectExists, Location::file(shown_file)));
    }
    for tag in std::iter::once(&args.source_lang).chain(&args.langs) {
        if Lang::parse(tag).is_none() {
            return Err(Error::bare(ErrorKind::BadLanguageTag(tag.clone())));
        }
    }
    let source = project::project_relative(&args.source)
        .ok_or_else(|| Error::bare(ErrorKind::PathOutsideProject(args.source.clone())))?;
    let template = args.translations.unwrap_or_else(|| project::default_template(&source, &args.source_lang));
    // A language whose file is spelled otherwise (`sr` for `statement.sr-Cyrl.md`) takes that
    // spelling; one with no file at all is said to start empty. None is skipped without a word.
    let found = project::find_translations(&root, &template, &source, &args.langs);
    let mut langs = args.langs.clone();
    let mut notes = Vec::new();
    for (tag, found) in langs.iter_mut().zip(&found) {
        let path = |tag: &str| shown_root.join(template.replace("{lang}", tag)).display().to_string();
        match found {
            Found::AsGiven => {}
            Found::Respelled(spelled) => {
                let args = [
                    ("given", tag.as_str().into()),
                    ("expected", path(tag).into()),
                    ("path", path(spelled).into()),
                    ("tag", spelled.as_str().into()),
                ];
                notes.push(ctx.loc.msg("init-respelled", &args));
                *tag = spelled.clone();
            }
            Found::Nowhere => {
                notes.push(ctx.loc.msg("init-missing", &[("lang", tag.as_str().into()), ("path", path(tag).into())]));
            }
        }
    }
    let text = project::render(&args.source_lang, &langs, &source, &template);
    // Validate fully before writing anything.
    let mut candidate = project::parse(&text, &shown_file)?;
    candidate.root = root.clone();
    candidate.shown_root = shown_root.clone();
    if !candidate.path(&source).is_file() {
        return Err(Error::new(ErrorKind::SourceMissing, Location::file(candidate.shown(&source))));
    }
    let _lock = ctx.lock(&root, &shown_root)?;
    let doc = workspace::read_document(&candidate, 0)?;
    fs::write_atomic(&file, text.as_bytes(), &shown_file)?;
    let project = Project::load(&root, &shown_root)?;
    let now = memory::now();
    let mut recorded = Vec::new();
    for t in doc.translations.iter().filter(|t| t.exists) {
        let outcome = sync(t, &doc.source, &Selection::All, &now);
        let tag = project.languages[t.lang].tag();
        let (full, shown) = (project.path(&t.memory_path), project.shown(&t.memory_path));
        fs::write_atomic_with(&full, &shown, |w| memory::write(w, &outcome.memory, &doc.source_path, tag))?;
        recorded.push(tag.to_owned());
    }
    let shown = Path::new(&shown_file).display().to_string();
    let done = ctx.loc.msg(
        "init-done",
        &[("path", shown.into()), ("count", recorded.len().into()), ("langs", recorded.join(", ").into())],
    );
    let notes: String = notes.iter().map(|n| format!("  {n}\n")).collect();
    emit(&format!("{done}\n{notes}"))?;
    Ok(Outcome::Done)
}
