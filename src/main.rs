//! The `lockstep` command: parse the arguments, choose the UI language, run, and turn the
//! outcome into an exit code (0 success, 1 `--check` found work, 2 bad usage or bad input).

mod cli;
mod i18n;
mod render;

use std::process::ExitCode;

use i18n::Localizer;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let loc = Localizer::from_env(cli::ui_lang_arg(&args).as_deref());
    let parsed = match cli::parse(&args, &loc) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    match cli::run(parsed, &loc) {
        Ok(outcome) => outcome.exit_code(),
        Err(err) => {
            render::error(&err, &loc);
            ExitCode::from(2)
        }
    }
}

/// A faster allocator: lockstep allocates many small strings.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
