//! `lockstep paragraphs FILE`: how lockstep reads a file, paragraph by paragraph.

use lockstep::segment;

use crate::render;

use super::{Context, Format, Outcome, emit};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "FILE")]
    file: String,
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    format: Format,
}

pub fn run(args: Args, ctx: &Context) -> lockstep::Result<Outcome> {
    let paragraphs = segment::read_file(args.file.as_ref(), args.file.as_ref())?;
    let text = match args.format {
        Format::Json => render::paragraphs::json(&args.file, &paragraphs),
        Format::Text => render::paragraphs::text(&paragraphs, ctx.loc, ctx.style),
    };
    emit(&text)?;
    Ok(Outcome::Done)
}
