//! `diff`: each stale bead's source diff, its translation and the best memory match.

use serde::Serialize;

use lockstep::diff::{Change, Op, StaleBead};
use lockstep::status::State;
use lockstep::tm::Match;

use super::{Style, numbers, one_based};
use crate::i18n::Localizer;

/// The stale beads of `diff`, made a chunk at a time as the output is written, so that only one
/// chunk of diffs is in memory however many there are. The first error ends the output and is
/// kept for the caller.
pub struct Chunks<'e, I> {
    chunks: std::cell::RefCell<I>,
    error: &'e std::cell::RefCell<Option<lockstep::Error>>,
}

impl<'e, I: Iterator<Item = lockstep::Result<Vec<StaleBead>>>> Chunks<'e, I> {
    /// The chunks of `chunks`; an error is put in `error`.
    pub fn new(chunks: I, error: &'e std::cell::RefCell<Option<lockstep::Error>>) -> Self {
        Chunks { chunks: std::cell::RefCell::new(chunks), error }
    }

    /// The next chunk, or `None` at the end or after an error (kept).
    fn next(&self) -> Option<Vec<StaleBead>> {
        match self.chunks.borrow_mut().next()? {
            Ok(chunk) => Some(chunk),
            Err(e) => {
                *self.error.borrow_mut() = Some(e);
                None
            }
        }
    }
}

/// The JSON of one bead.
fn bead_json(StaleBead { document, target_path, lines, diff: d, suggestion }: &StaleBead) -> DiffBeadJson<'_> {
    DiffBeadJson {
        id: &d.id,
        state: d.state,
        document,
        target_file: target_path,
        source_line: lines.0,
        target_line: lines.1,
        source: one_based(&d.source),
        target: one_based(&d.target),
        old_source: &d.old_source,
        new_source: &d.new_source,
        target_text: &d.target_text,
        changes: &d.changes,
        suggestion: suggestion.as_ref(),
    }
}

#[derive(Serialize)]
struct DiffJson<'a, B> {
    lang: &'a str,
    beads: &'a B,
}

impl<I: Iterator<Item = lockstep::Result<Vec<StaleBead>>>> Serialize for Chunks<'_, I> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let mut seq = serializer.serialize_seq(None)?;
        while let Some(chunk) = self.next() {
            for bead in &chunk {
                seq.serialize_element(&bead_json(bead))?;
            }
        }
        if self.error.borrow().is_some() {
            return Err(S::Error::custom("stopped"));
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct DiffBeadJson<'a> {
    id: &'a str,
    state: State,
    document: &'a str,
    target_file: &'a str,
    source_line: Option<usize>,
    target_line: Option<usize>,
    source: Vec<usize>,
    target: Vec<usize>,
    old_source: &'a str,
    new_source: &'a str,
    target_text: &'a str,
    changes: &'a [Change],
    suggestion: Option<&'a Match>,
}

/// Stale beads of one language as JSON, written chunk by chunk as they are made.
pub fn write_json<I: Iterator<Item = lockstep::Result<Vec<StaleBead>>>>(
    out: &mut dyn std::io::Write,
    lang: &str,
    beads: &Chunks<'_, I>,
) -> std::io::Result<()> {
    super::write_json(out, &DiffJson { lang, beads })
}

/// Stale beads for a translator, chunk by chunk: each with its word diff and today's
/// translation.
pub fn write_text<I: Iterator<Item = lockstep::Result<Vec<StaleBead>>>>(
    out: &mut dyn std::io::Write,
    lang: &str,
    beads: &Chunks<'_, I>,
    loc: &Localizer,
    style: Style,
) -> std::io::Result<()> {
    let (mut shown, mut stale) = (0, 0);
    while let Some(chunk) = beads.next() {
        for bead in &chunk {
            if shown > 0 {
                out.write_all(b"\n")?;
            }
            out.write_all(text_of(bead, loc, style).as_bytes())?;
            shown += 1;
            stale += usize::from(bead.diff.state == State::Stale);
        }
    }
    if beads.error.borrow().is_some() {
        // Stopped by an error: no summary that would read as an answer.
        return Ok(());
    }
    if shown == 0 {
        writeln!(out, "{}", loc.msg("diff-none", &[("lang", lang.into())]))?;
    } else if stale > 0 {
        writeln!(out, "\n{}", loc.msg("diff-count", &[("count", stale.into()), ("lang", lang.into())]))?;
    }
    Ok(())
}

/// One bead for a translator.
fn text_of(bead: &StaleBead, loc: &Localizer, style: Style) -> String {
    let StaleBead { document: doc, diff: d, suggestion, .. } = bead;
    let mut out = String::new();
    let heading = loc.msg(
        "diff-heading",
        &[
            ("document", doc.as_str().into()),
            ("id", d.id.as_str().into()),
            ("source", numbers(&d.source).into()),
            ("target", numbers(&d.target).into()),
        ],
    );
    out.push_str(&style.bold(&super::indent_after_first(&super::wrap(&heading, "  ", super::columns()))));
    out.push('\n');
    out.push_str(&format!("  {}\n", style.dim(&places(&bead.document, &bead.target_path, bead.lines))));
    // An intentional omission or addition says so: it is no ordinary current paragraph.
    if d.state == State::Current {
        let what = if d.target.is_empty() { "omission" } else { "addition" };
        out.push_str(&super::wrap(&loc.msg("diff-intentional", &[("what", what.into())]), "  ", super::columns()));
        out.push('\n');
    }
    // A missing bead shows its new source, an orphaned one the source it was last confirmed
    // against (if any): every id has something to show.
    let label = match d.state {
        State::Missing => "diff-source-new-label",
        State::Orphaned if d.old_source.is_empty() => "diff-source-none-label",
        State::Orphaned => "diff-source-removed-label",
        _ => "diff-source-label",
    };
    out.push_str(&format!("  {}\n", style.dim(&loc.msg(label, &[]))));
    let columns = super::columns();
    if !d.changes.is_empty() {
        out.push_str(&super::wrap(&inline_diff(&d.changes, style), "    ", columns));
        out.push('\n');
    }
    let label = if d.target_edited { "diff-target-edited-label" } else { "diff-target-label" };
    out.push_str(&format!("  {}\n", style.dim(&loc.msg(label, &[]))));
    if d.target_paragraphs.is_empty() {
        out.push_str(&format!("    {}\n", loc.msg("diff-no-target", &[])));
    }
    // Each paragraph of the translation on its own, a blank line between.
    for (k, paragraph) in d.target_paragraphs.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str(&super::wrap(paragraph, "    ", columns));
        out.push('\n');
    }
    if let Some(m) = suggestion {
        out.push_str(&super::suggest::under_diff(m, &d.new_source, loc, style));
    }
    out
}

/// Where a bead stands, both sides, as editors and terminals take a place: `a.en.md:12: →
/// a.bg.md:11:` (`—` for a side it has none of).
pub fn places(source: &str, target: &str, lines: (Option<usize>, Option<usize>)) -> String {
    let at = |path: &str, line: Option<usize>| line.map_or_else(|| "—".to_string(), |l| format!("{path}:{l}:"));
    format!("{} → {}", at(source, lines.0), at(target, lines.1))
}

/// A word diff on one line: colours on a terminal, `[-deleted-]{+inserted+}` without.
pub fn inline_diff(changes: &[Change], style: Style) -> String {
    use anstyle::AnsiColor::*;
    let mut out = String::new();
    for c in changes {
        // A change of white space alone is shown: its spaces as `␣`.
        let shown;
        let c = if c.op != Op::Equal && c.text.chars().all(char::is_whitespace) {
            shown = Change { op: c.op, text: c.text.chars().map(|_| '␣').collect() };
            &shown
        } else {
            c
        };
        match (c.op, style.color) {
            (Op::Equal, _) => out.push_str(&c.text),
            (Op::Delete, true) => {
                out.push_str(&style.paint(anstyle::Style::new().fg_color(Some(Red.into())).strikethrough(), &c.text))
            }
            (Op::Insert, true) => {
                out.push_str(&style.paint(anstyle::Style::new().fg_color(Some(Green.into())).underline(), &c.text))
            }
            (Op::Delete, false) => out.push_str(&format!("[-{}-]", c.text)),
            (Op::Insert, false) => out.push_str(&format!("{{+{}+}}", c.text)),
        }
    }
    out
}
