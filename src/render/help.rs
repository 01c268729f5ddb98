//! `--help` and usage errors in the UI language: clap's command with every text, heading, value
//! name and usage line taken from Fluent, and clap's errors retold in Fluent's words.

use std::io::Write;
use std::process::ExitCode;

use crate::i18n::{Arg, Localizer};

/// The command `cmd` (a subcommand of `prefix`, or the top level when `prefix` is empty) with
/// its texts localized, and its subcommands likewise.
pub fn localize(mut cmd: clap::Command, prefix: &str, loc: &Localizer) -> clap::Command {
    let name = cmd.get_name().to_string();
    // `cli`, `cli-sync`, and for a command's own commands `cli-tm-import`.
    let key = match prefix {
        "" => "cli".to_string(),
        "lockstep" => format!("cli-{name}"),
        parent => format!("cli-{parent}-{name}"),
    };
    let usage = loc.msg("cli-heading-usage", &[]);
    cmd = cmd
        .about(loc.msg(&key, &[]))
        .help_template(format!("{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"))
        .subcommand_help_heading(loc.msg("cli-heading-commands", &[]))
        .subcommand_value_name(loc.msg("cli-value-command", &[]));
    let usage_line = default_usage(&cmd, &name, prefix, loc);
    cmd = cmd.override_usage(usage_line);
    let ids: Vec<(String, bool)> = cmd.get_arguments().map(|a| (a.get_id().to_string(), a.is_positional())).collect();
    for (k, (id, positional)) in ids.into_iter().enumerate() {
        let help = loc
            .attr(&key, &id.replace('_', "-"), &[])
            .or_else(|| loc.attr("cli", &id.replace('_', "-"), &[]))
            .unwrap_or_default();
        let heading = if positional { "cli-heading-arguments" } else { "cli-heading-options" };
        let heading = loc.msg(heading, &[]);
        cmd = cmd.mut_arg(id.as_str(), |a| {
            // The top level's options (global ones included) come after a command's own ones in
            // its help, in their own order.
            // A command's own arguments in the order it declares them (its language before its ids).
            let a = if prefix.is_empty() { a.display_order(1000 + k) } else { a.display_order(k) };
            let a = a.help(help).help_heading(heading);
            if a.get_action().takes_values() {
                localize_value_name(a.hide_possible_values(true).hide_default_value(true), loc)
            } else {
                a
            }
        });
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(sub.as_str(), |s| localize(s, &name, loc));
    }
    cmd
}

/// Value names (`DIR`, `LANG`…) come from Fluent too.
fn localize_value_name(a: clap::Arg, loc: &Localizer) -> clap::Arg {
    let Some(names) = a.get_value_names().map(|n| n.to_vec()) else { return a };
    let names: Vec<String> = names
        .iter()
        .map(|n| {
            let id = format!("cli-value-{}", n.as_str().to_lowercase());
            if loc.has(&id) { loc.msg(&id, &[]) } else { n.to_string() }
        })
        .collect();
    a.value_names(names)
}

/// A usage line in the localized words of the command's arguments.
fn default_usage(cmd: &clap::Command, name: &str, prefix: &str, loc: &Localizer) -> String {
    let mut parts = vec!["lockstep".to_string()];
    if !prefix.is_empty() && prefix != "lockstep" {
        parts.push(prefix.to_string());
    }
    if !prefix.is_empty() {
        parts.push(name.to_string());
    }
    parts.push(format!("[{}]", loc.msg("cli-value-options", &[])));
    if cmd.has_subcommands() {
        parts.push(loc.msg("cli-value-command", &[]));
    }
    for a in cmd.get_positionals() {
        let value = a
            .get_value_names()
            .and_then(|n| n.first())
            .map(|n| {
                let id = format!("cli-value-{}", n.as_str().to_lowercase());
                if loc.has(&id) { loc.msg(&id, &[]) } else { n.to_string() }
            })
            .unwrap_or_else(|| a.get_id().to_string().to_uppercase());
        let many = matches!(a.get_num_args(), Some(r) if r.max_values() > 1);
        let value = if many { format!("{value}…") } else { value };
        parts.push(if a.is_required_set() { value } else { format!("[{value}]") });
    }
    parts.join(" ")
}

/// Prints a clap error in the UI language (help and version are printed by clap itself, with
/// the localized templates): the message, a suggestion if clap has one, the usage of the
/// command at fault under the localized "Usage" heading, and the hint about `--help`.
pub fn usage_error(e: clap::Error, mut cmd: clap::Command, loc: &Localizer) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind as K};
    match e.kind() {
        K::DisplayHelp | K::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        K::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(2);
        }
        _ => {}
    }
    let context = |kind: ContextKind| -> String {
        match e.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let (id, args): (&str, Vec<(&str, Arg)>) = match e.kind() {
        K::InvalidValue if context(ContextKind::InvalidValue).is_empty() => {
            ("cli-error-missing-value", vec![("arg", context(ContextKind::InvalidArg).into())])
        }
        K::InvalidValue if !context(ContextKind::ValidValue).is_empty() => (
            "cli-error-invalid-value",
            vec![
                ("value", context(ContextKind::InvalidValue).into()),
                ("arg", context(ContextKind::InvalidArg).into()),
                ("valid", context(ContextKind::ValidValue).into()),
            ],
        ),
        K::InvalidValue | K::ValueValidation => (
            "cli-error-bad-value",
            vec![
                ("value", context(ContextKind::InvalidValue).into()),
                ("arg", context(ContextKind::InvalidArg).into()),
            ],
        ),
        K::UnknownArgument => ("cli-error-unknown-argument", vec![("arg", context(ContextKind::InvalidArg).into())]),
        K::InvalidSubcommand => {
            ("cli-error-unknown-command", vec![("command", context(ContextKind::InvalidSubcommand).into())])
        }
        // `sync LANG` with nothing to confirm: the ids, or --all.
        K::MissingRequiredArgument
            if context(ContextKind::InvalidArg).contains("<ID>")
                && std::env::args_os().skip(1).any(|a| a == "sync") =>
        {
            ("cli-error-sync-what", vec![])
        }
        K::MissingRequiredArgument => {
            ("cli-error-missing-argument", vec![("arg", context(ContextKind::InvalidArg).into())])
        }
        K::MissingSubcommand => ("cli-error-missing-command", vec![]),
        K::ArgumentConflict => (
            "cli-error-conflict",
            vec![("arg", context(ContextKind::InvalidArg).into()), ("other", context(ContextKind::PriorArg).into())],
        ),
        K::TooManyValues | K::WrongNumberOfValues | K::TooFewValues => {
            ("cli-error-values", vec![("arg", context(ContextKind::InvalidArg).into())])
        }
        _ => ("cli-error-other", vec![]),
    };
    let suggestion = [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue]
        .into_iter()
        .map(context)
        .find(|s| !s.is_empty());
    // clap's usage of the command at fault starts with its own English "Usage:". Errors about
    // values carry none: then the usage is the one of the command named on the command line.
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        _ => {
            let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
            let named = std::env::args_os().skip(1).find_map(|a| names.iter().find(|n| a == n.as_str()).cloned());
            match named.and_then(|n| cmd.find_subcommand_mut(n).map(|s| s.render_usage())) {
                Some(usage) => usage.to_string(),
                None => cmd.render_usage().to_string(),
            }
        }
    };
    let usage = usage.trim().strip_prefix("Usage:").unwrap_or(usage.trim()).trim_start();
    let mut stderr = std::io::stderr().lock();
    let line = format!("{}: {}", loc.msg("error-prefix", &[]), loc.msg(id, &args));
    let _ = writeln!(stderr, "{}", super::hanging(&line, super::columns()));
    if let Some(suggestion) = suggestion {
        let _ = writeln!(stderr, "  {}", loc.msg("cli-error-tip", &[("suggestion", suggestion.into())]));
    }
    let _ =
        writeln!(stderr, "\n{}: {usage}\n\n{}", loc.msg("cli-heading-usage", &[]), loc.msg("cli-error-help-hint", &[]));
    ExitCode::from(2)
}
