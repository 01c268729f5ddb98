//! `check`: the findings, each at `file:line:column`, in text (localized) and JSON (never
//! localized: the message in English beside its id and arguments).

use std::collections::BTreeMap;

use serde::Serialize;

use lockstep::check::{Finding, Outcome, Severity};
use lockstep::project::Project;

use super::{Style, to_json};
use crate::i18n::{Arg, Localizer};

/// The arguments of a finding's message: counts and ratios as numbers of the UI language.
fn args(f: &Finding, loc: &Localizer) -> Vec<(&'static str, Arg)> {
    f.args
        .iter()
        .map(|(k, v)| {
            let arg = match (*k, v.parse::<usize>(), v.parse::<f64>()) {
                ("ratio", _, Ok(x)) => Arg::from(loc.decimal(x, 2)),
                ("source" | "target" | "expected", Ok(n), _) => Arg::from(n),
                _ => Arg::from(v.as_str()),
            };
            (*k, arg)
        })
        .collect()
}

/// The counts a summary gives: errors and warnings not accepted, and accepted ones.
fn counts(findings: &[Finding]) -> (usize, usize, usize) {
    let open = |s: Severity| findings.iter().filter(|f| !f.accepted && f.check.severity() == s).count();
    (open(Severity::Error), open(Severity::Warning), findings.iter().filter(|f| f.accepted).count())
}

/// The findings as lines `file:line:col: severity[check] id: message`, then a summary.
pub fn text(project: &Project, outcome: &Outcome, all: bool, loc: &Localizer, style: Style) -> String {
    use anstyle::AnsiColor::{Red, Yellow};
    let mut out = String::new();
    for f in outcome.findings.iter().filter(|f| all || !f.accepted) {
        let place = format!("{}:{}:{}", project.shown(&f.path).display(), f.line, f.col);
        let (word, color) = match f.check.severity() {
            Severity::Error => (loc.msg("check-error", &[]), Red),
            Severity::Warning => (loc.msg("check-warning", &[]), Yellow),
        };
        let mut severity = style.paint(anstyle::Style::new().fg_color(Some(color.into())).bold(), &word);
        if f.accepted {
            severity = format!("{severity} ({})", loc.msg("check-accepted", &[]));
        }
        let message = loc.msg(f.message, &args(f, loc));
        let source = format!("{}:{}", project.shown(&f.source_path).display(), f.source_line);
        // The place first, as compilers print it; the message wraps under it at the terminal's
        // width.
        let line = format!("{}: {severity}[{}] {}: {message}", style.bold(&place), f.check.name(), f.bead);
        let wrapped = super::wrap(&line, "    ", super::columns());
        out.push_str(wrapped.strip_prefix("    ").unwrap_or(&wrapped));
        out.push('\n');
        let at = loc.msg("check-source-at", &[("place", source.into())]);
        out.push_str(&style.dim(&super::wrap(&at, "    ", super::columns())));
        out.push('\n');
    }
    let (errors, warnings, accepted) = counts(&outcome.findings);
    out.push_str(&loc.msg(
        "check-summary",
        &[
            ("errors", errors.into()),
            ("warnings", warnings.into()),
            ("beads", outcome.beads.into()),
            ("accepted", accepted.into()),
        ],
    ));
    out.push('\n');
    if accepted > 0 && !all {
        out.push_str(&loc.msg("check-accepted-hidden", &[("count", accepted.into())]));
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct FindingJson<'a> {
    document: &'a str,
    lang: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    source_file: &'a str,
    source_line: usize,
    id: &'a str,
    check: &'static str,
    severity: Severity,
    message_id: &'static str,
    message: String,
    args: BTreeMap<&'static str, &'a str>,
    accepted: bool,
    provisional: bool,
}

#[derive(Serialize)]
struct SummaryJson {
    beads: usize,
    errors: usize,
    warnings: usize,
    accepted: usize,
}

#[derive(Serialize)]
struct CheckJson<'a> {
    findings: Vec<FindingJson<'a>>,
    summary: SummaryJson,
}

/// The findings as JSON, accepted ones included (marked).
pub fn json(project: &Project, outcome: &Outcome) -> String {
    let english = Localizer::new(&["en-US".parse().unwrap_or_default()]);
    let findings = outcome
        .findings
        .iter()
        .map(|f| FindingJson {
            document: &f.source_path,
            lang: project.languages[f.lang].tag(),
            file: &f.path,
            line: f.line,
            column: f.col,
            source_file: &f.source_path,
            source_line: f.source_line,
            id: &f.bead,
            check: f.check.name(),
            severity: f.check.severity(),
            message_id: f.message,
            message: english.msg(f.message, &args(f, &english)),
            args: f.args.iter().map(|(k, v)| (*k, v.as_str())).collect(),
            accepted: f.accepted,
            provisional: f.provisional,
        })
        .collect();
    let (errors, warnings, accepted) = counts(&outcome.findings);
    to_json(&CheckJson { findings, summary: SummaryJson { beads: outcome.beads, errors, warnings, accepted } })
}

/// What `--accept` recorded.
pub fn accepted_text(lines: &[(String, String, Vec<&str>)], loc: &Localizer) -> String {
    let mut out = String::new();
    for (lang, id, checks) in lines {
        out.push_str(&loc.msg(
            "check-accept-done",
            &[("id", id.as_str().into()), ("lang", lang.as_str().into()), ("checks", checks.join(", ").into())],
        ));
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct AcceptedJson<'a> {
    lang: &'a str,
    id: &'a str,
    checks: &'a [&'a str],
}

/// What `--accept` recorded, as JSON.
pub fn accepted_json(lines: &[(String, String, Vec<&str>)]) -> String {
    let accepted: Vec<AcceptedJson> =
        lines.iter().map(|(lang, id, checks)| AcceptedJson { lang, id, checks }).collect();
    to_json(&serde_json::json!({ "accepted": accepted }))
}
