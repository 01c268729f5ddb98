//! Drawing what the library returns: localized tables and listings for people, JSON for
//! programs, one file per command's output.
//!
//! Text goes through the [`Localizer`](crate::i18n::Localizer); JSON follows the contract in
//! the design document and is never localized. The library counts paragraphs from 0; people and
//! programs see them from 1, and this is the one place that adds the 1. Columns are measured by
//! display width (`unicode-width`), so Cyrillic, Greek, combining marks and wide characters line
//! up.

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::i18n::{Arg, Localizer};

use std::io::Write;

use lockstep::Error;
use lockstep::status::State;
use lockstep::text::normalize;

pub mod align;
pub mod check;
pub mod confirm;
pub mod derive;
pub mod diff;
pub mod exchange;
pub mod help;
pub mod html;
pub mod paragraphs;
pub mod status;
pub mod suggest;

/// Colours for a terminal, or none.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Whether to use ANSI colours.
    pub color: bool,
}

impl Style {
    fn paint(&self, style: anstyle::Style, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("{}{}{}", style.render(), text, style.render_reset())
        } else {
            text.to_string()
        }
    }

    fn state(&self, state: State, text: &str) -> String {
        use anstyle::AnsiColor::*;
        let color = match state {
            State::Current => Green,
            State::Stale => Yellow,
            State::Missing => Red,
            State::Orphaned => Magenta,
        };
        self.paint(anstyle::Style::new().fg_color(Some(color.into())), text)
    }

    fn bold(&self, text: &str) -> String {
        self.paint(anstyle::Style::new().bold(), text)
    }

    fn dim(&self, text: &str) -> String {
        self.paint(anstyle::Style::new().dimmed(), text)
    }
}

/// The first words of a text, at most about `max` characters.
pub fn snippet(text: &str, max: usize) -> String {
    let text = normalize(text);
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// Paragraph numbers as people read them: `4`, `4–5`, `4, 7`.
pub fn numbers(which: &[usize]) -> String {
    if which.is_empty() {
        return "—".to_string();
    }
    let ns: Vec<usize> = which.iter().map(|i| i + 1).collect();
    if ns.len() > 1 && ns.windows(2).all(|w| w[1] == w[0] + 1) {
        return format!("{}–{}", ns[0], ns[ns.len() - 1]);
    }
    ns.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")
}

/// The display width of a string that may hold ANSI escapes.
pub fn width(s: &str) -> usize {
    let mut n = 0;
    let mut rest = s;
    while let Some(at) = rest.find('\u{1b}') {
        n += rest[..at].width();
        rest = rest[at..].find('m').map_or("", |m| &rest[at + m + 1..]);
    }
    n + rest.width()
}

/// The width people read at: `COLUMNS` when it is set, else the terminal's, else 80 (output to
/// a file or a pipe).
pub fn columns() -> usize {
    use std::io::IsTerminal;
    if let Some(n) = std::env::var("COLUMNS").ok().and_then(|v| v.trim().parse::<usize>().ok()).filter(|&n| n >= 20) {
        return n;
    }
    if std::io::stdout().is_terminal()
        && let Some((w, _)) = terminal_size::terminal_size()
    {
        return usize::from(w.0).max(20);
    }
    80
}

/// `text` in lines of at most `columns` display columns (by display width: Cyrillic, Greek,
/// combining marks and wide characters count as they show; colours count nothing), each
/// starting with `indent`: a hanging indent under the first. Lines break at spaces; a word
/// longer than a line stands alone. Line breaks in `text` are kept.
pub fn wrap(text: &str, indent: &str, columns: usize) -> String {
    let room = columns.saturating_sub(width(indent)).max(20);
    let mut out = String::new();
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str(indent);
        let mut used = 0;
        for word in line.split(' ') {
            let w = width(word);
            if used > 0 && used + 1 + w > room {
                out.push('\n');
                out.push_str(indent);
                used = 0;
            } else if used > 0 {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += w;
        }
    }
    out
}

/// A text wrapped with [`wrap`] and an indent, its first line moved back to the margin: a
/// hanging indent.
pub fn indent_after_first(wrapped: &str) -> String {
    let first = wrapped.len() - wrapped.trim_start_matches(' ').len();
    wrapped[first..].to_string()
}

/// An error line for standard error: on a terminal, wrapped at its width with the lines after
/// the first indented by two spaces; in a pipe or a log, one line, as compilers write them, for
/// tools that read `FILE:LINE:COL: message`.
pub fn hanging(text: &str, columns: usize) -> String {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return text.to_string();
    }
    indent_after_first(&wrap(text, "  ", columns))
}

/// Pads `text` to `width` columns (right-aligned when `right`).
pub fn pad(text: &str, columns: usize, right: bool) -> String {
    let fill = " ".repeat(columns.saturating_sub(width(text)));
    if right { format!("{fill}{text}") } else { format!("{text}{fill}") }
}

/// Renders rows as a table with a header; `right` marks right-aligned columns.
pub fn table(header: &[String], rows: &[Vec<String>], right: &[bool], style: Style) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    // Too wide for the terminal: the widest plain text columns but the last give way, their
    // cells keeping their ends (`…/statement.en.md`), down to 8 columns each.
    let budget = columns();
    let total = |w: &[usize]| w.iter().sum::<usize>() + 2 * w.len().saturating_sub(1);
    let plain = |k: usize| header.iter().chain(rows.iter().filter_map(|r| r.get(k))).all(|c| !c.contains('\u{1b}'));
    while total(&widths) > budget {
        // The last column is the text that explains the row: it is never cut.
        let Some(k) = (0..widths.len().saturating_sub(1))
            .filter(|&k| !right[k] && widths[k] > 8 && plain(k))
            .max_by_key(|&k| widths[k])
        else {
            break;
        };
        widths[k] -= (total(&widths) - budget).min(widths[k] - 8);
    }
    let fit = |c: &str, w: usize| -> String {
        if width(c) <= w {
            return c.to_string();
        }
        let mut tail: Vec<char> = Vec::new();
        let mut used = 1;
        for ch in c.chars().rev() {
            let cw = UnicodeWidthStr::width(ch.encode_utf8(&mut [0u8; 4]) as &str);
            if used + cw > w {
                break;
            }
            used += cw;
            tail.push(ch);
        }
        format!("…{}", tail.into_iter().rev().collect::<String>())
    };
    let line = |cells: &[String]| -> String {
        let parts: Vec<String> =
            cells.iter().enumerate().map(|(i, c)| pad(&fit(c, widths[i]), widths[i], right[i])).collect();
        parts.join("  ").trim_end().to_string()
    };
    let mut out = style.bold(&line(header));
    out.push('\n');
    for row in rows {
        out.push_str(&line(row));
        out.push('\n');
    }
    out
}

/// Writes a JSON document as it is made, pretty-printed, with a final line end.
fn write_json<T: Serialize>(out: &mut dyn std::io::Write, value: &T) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Our JSON types hold only strings, numbers, booleans and lists: serializing cannot fail.
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

/// Paragraph numbers as people and programs see them, from 1.
pub fn one_based(which: &[usize]) -> Vec<usize> {
    which.iter().map(|i| i + 1).collect()
}

/// Prints an error like a compiler: `FILE:LINE:COL: message`, or `lockstep: message` where no
/// file applies.
pub fn error(err: &Error, loc: &Localizer) {
    // A count is a number, so that the message takes its plural form.
    let args: Vec<(&str, Arg)> = err
        .kind
        .args()
        .into_iter()
        .map(|(k, v)| match (k, v.parse::<usize>()) {
            ("count", Ok(n)) => (k, Arg::from(n)),
            _ => (k, Arg::Str(v)),
        })
        .collect();
    let message = loc.msg(err.kind.message_id(), &args);
    let place = err.at.to_string();
    let place = if place.is_empty() { loc.msg("error-prefix", &[]) } else { place };
    let _ = writeln!(std::io::stderr().lock(), "{}", hanging(&format!("{place}: {message}"), columns()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_by_display_width_with_a_hanging_indent() {
        let text = "Всеки има право на живот, свобода и лична сигурност. Όλοι οι άνθρωποι γεννιούνται ελεύθεροι 日本語 e\u{301}e\u{301}.";
        for columns in [30, 40, 80] {
            let out = wrap(text, "    ", columns);
            assert!(out.lines().all(|l| width(l) <= columns && l.starts_with("    ")), "{columns}:\n{out}");
            let words: Vec<&str> = out.split_whitespace().collect();
            assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
        }
        assert_eq!(wrap("a b\nc", "  ", 80), "  a b\n  c");
    }

    #[test]
    fn a_table_too_wide_gives_way_in_its_text_columns() {
        let rows = vec![vec!["docs/2023/a-very-long-statement-of-the-board.en.md".to_string(), "42".to_string()]];
        let wide = table(&["Document".into(), "n".into()], &rows, &[false, true], Style { color: false });
        assert!(wide.lines().all(|l| width(l) <= columns()), "{wide}");
        let long: String = "x".repeat(200);
        let out = table(&["a".into(), "n".into()], &[vec![long, "1".into()]], &[false, false], Style { color: false });
        assert!(out.lines().all(|l| width(l) <= columns()), "{out}");
        assert!(out.contains('…'));
    }

    #[test]
    fn columns_line_up_by_display_width() {
        let rows: Vec<Vec<String>> = [("e\u{301}", "x"), ("日本", "y"), ("Всеки", "z"), ("Όλοι", "w")]
            .iter()
            .map(|(a, b)| vec![a.to_string(), b.to_string()])
            .collect();
        for color in [false, true] {
            let out = table(&["a".into(), "b".into()], &rows, &[false, false], Style { color });
            let widths: Vec<usize> = out.lines().map(width).collect();
            assert_eq!(widths, [8; 5], "{out}");
        }
        assert_eq!(pad("日本", 6, true), "  日本");
    }
}
