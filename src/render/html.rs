//! The HTML report: one self-contained page (inline CSS, no script, nothing fetched), in the UI
//! language, from [`lockstep::report`]'s data. The page is an askama template, checked when
//! lockstep is compiled; every text is escaped by it.

use askama::Template;

use lockstep::diff::Op;
use lockstep::report::{Cell, Report, days_between};
use lockstep::status::Counts;

use crate::i18n::Localizer;

/// One cell of the overview as drawn.
struct CellView {
    /// The anchor of its detail (empty: no link).
    link: String,
    summary: String,
    /// Bar widths in percent: current, stale, missing, orphaned.
    widths: (String, String, String, String),
    when: Vec<String>,
}

struct OverviewRow {
    document: String,
    cells: Vec<CellView>,
}

struct RowView {
    anchor: String,
    id: String,
    state: &'static str,
    state_word: String,
    note: Option<String>,
    source_place: String,
    target_place: String,
    source: Vec<String>,
    target: Vec<String>,
    /// The diff as (`del`, `ins` or `eq`, text).
    diff: Vec<(&'static str, String)>,
    /// The best memory match: (label, source, translation).
    suggestion: Option<(String, String, String)>,
}

struct DetailView {
    anchor: String,
    title: String,
    empty: String,
    source_lang: String,
    target_lang: String,
    rows: Vec<RowView>,
}

#[derive(Template)]
#[template(path = "report.html")]
struct Page {
    ui_lang: String,
    /// Whether current rows are in the page (then it offers to hide them).
    all: bool,
    version: &'static str,
    title: String,
    made: String,
    h_overview: String,
    h_document: String,
    h_totals: String,
    only_open: String,
    col_pair: String,
    col_source: String,
    col_translation: String,
    col_memory: String,
    no_source: String,
    no_translation: String,
    diff_label: String,
    langs: Vec<String>,
    overview: Vec<OverviewRow>,
    totals: Vec<CellView>,
    details: Vec<DetailView>,
    /// Whether this file holds the overview (the first file does).
    show_overview: bool,
    /// Links between the files of a report split into pages.
    nav: Option<Nav>,
}

/// The links of one page of a report split into pages.
#[derive(Clone)]
struct Nav {
    overview: String,
    overview_label: String,
    prev: Option<String>,
    prev_label: String,
    next: Option<String>,
    next_label: String,
    position: String,
}

/// The date part of an RFC 3339 date, with non-breaking hyphens (a narrow page does not break
/// it).
fn day(date: &str) -> String {
    date.split('T').next().unwrap_or(date).replace('-', "\u{2011}")
}

fn cell_view(cell: &Cell, link: String, now: &str, loc: &Localizer) -> CellView {
    let c = &cell.counts;
    let total = c.current + c.stale + c.missing + c.orphaned;
    let share = |n: usize| if total == 0 { "0".to_string() } else { format!("{:.2}", n as f64 * 100.0 / total as f64) };
    let summary = if !cell.exists && c.current + c.stale == 0 && cell.last_confirmed.is_none() {
        loc.msg("report-not-started", &[("missing", c.missing.into())])
    } else {
        loc.msg(
            "report-cell",
            &[
                ("current", c.current.into()),
                ("stale", c.stale.into()),
                ("missing", c.missing.into()),
                ("orphaned", c.orphaned.into()),
            ],
        )
    };
    let mut when = Vec::new();
    if let Some(date) = &cell.last_confirmed {
        when.push(loc.msg("report-confirmed", &[("date", day(date).into())]));
    }
    if let Some(days) = cell.oldest_stale.as_deref().and_then(|d| days_between(d, now)) {
        when.push(loc.msg("report-waiting", &[("days", (days as usize).into())]));
    }
    CellView { link, summary, widths: (share(c.current), share(c.stale), share(c.missing), share(c.orphaned)), when }
}

/// A file name as a relative URL: every byte but letters, digits and `-._~` percent-encoded (a
/// `#` or a space in a name would break the link).
fn url_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The name of page `k` of a report whose first file is `main`.
pub fn page_name(main: &str, k: usize) -> String {
    let (stem, ext) = main.rsplit_once('.').unwrap_or((main, "html"));
    format!("{stem}-{k}.{ext}")
}

/// An anchor made of a language tag and a name: letters, digits and `-` only.
fn anchor(lang: &str, name: &str) -> String {
    format!("{lang}-{name}").chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' }).collect()
}

/// Draws the report: the first file (named `main` by the caller, `STEM.html`), and the numbered
/// pages that follow it when the rows are too many for one (`STEM-1.html`, …).
pub fn pages(report: &Report, all: bool, main: &str, loc: &Localizer) -> Vec<(Option<usize>, String)> {
    let now = report.created.as_str();
    let mut overview: Vec<OverviewRow> = Vec::new();
    let mut totals: Vec<Cell> = report
        .languages
        .iter()
        .map(|_| Cell { counts: Counts::default(), exists: true, last_confirmed: None, oldest_stale: None })
        .collect();
    let mut details = Vec::new();
    for doc in &report.documents {
        let mut cells = Vec::new();
        for (k, (path, cell, detail)) in doc.translations.iter().enumerate() {
            let tag = &report.languages[k].1;
            // `bg-udhr-en-md`: the language and the document, whatever other documents there are.
            let section = anchor(tag, &doc.source);
            let link = if detail.rows.is_empty() { String::new() } else { format!("#{section}") };
            cells.push(cell_view(cell, link, now, loc));
            let t = &mut totals[k];
            t.counts.add(&cell.counts);
            t.last_confirmed = t.last_confirmed.clone().max(cell.last_confirmed.clone());
            t.oldest_stale = match (&t.oldest_stale, &cell.oldest_stale) {
                (Some(a), Some(b)) => Some(a.min(b).clone()),
                (a, b) => a.clone().or(b.clone()),
            };
            let rows = detail
                .rows
                .iter()
                .map(|r| {
                    // `bg-3c063`, the same in every run; an id that another document of the
                    // language has too (an identical paragraph) names its document as well.
                    let a =
                        if r.shared_id { anchor(tag, &format!("{}-{}", doc.source, r.id)) } else { anchor(tag, &r.id) };
                    let note = match (r.intentional, r.source.is_empty()) {
                        (true, false) => Some(loc.msg("intent-omission", &[])),
                        (true, true) => Some(loc.msg("intent-addition", &[])),
                        _ => None,
                    };
                    RowView {
                        anchor: a,
                        id: r.id.clone(),
                        state: r.state.name(),
                        state_word: loc.msg(&format!("state-{}", r.state.name()), &[]),
                        note,
                        source_place: r.source_line.map(|l| format!("{}:{l}", doc.source)).unwrap_or_default(),
                        target_place: r.target_line.map(|l| format!("{path}:{l}")).unwrap_or_default(),
                        source: r.source.clone(),
                        target: r.target.clone(),
                        diff: r
                            .changes
                            .iter()
                            .map(|c| {
                                let kind = match c.op {
                                    Op::Delete => "del",
                                    Op::Insert => "ins",
                                    Op::Equal => "eq",
                                };
                                (kind, c.text.clone())
                            })
                            .collect(),
                        suggestion: r
                            .suggestion
                            .as_ref()
                            .map(|m| (super::suggest::match_heading(m, loc), m.source.clone(), m.target.clone())),
                    }
                })
                .collect();
            details.push(DetailView {
                anchor: section,
                title: loc.msg(
                    "report-detail-title",
                    &[("document", doc.source.as_str().into()), ("lang", tag.as_str().into())],
                ),
                empty: loc.msg("report-detail-empty", &[]),
                source_lang: report.source_lang.clone(),
                target_lang: tag.clone(),
                rows,
            });
        }
        overview.push(OverviewRow { document: doc.source.clone(), cells });
    }
    let totals: Vec<CellView> = totals.iter().map(|c| cell_view(c, String::new(), now, loc)).collect();

    // One file, unless the rows are too many for a browser to open quickly: then the overview
    // is the first file and the rows follow in pages of at most PAGE_ROWS, named
    // `STEM-1.html`, `STEM-2.html`, …, each linking to the overview and its neighbours.
    // A translation whose every paragraph is current has its cell, no section.
    details.retain(|d| !d.rows.is_empty());
    let rows: usize = details.iter().map(|d| d.rows.len()).sum();
    let mut pages: Vec<Vec<DetailView>> = Vec::new();
    if rows > PAGE_ROWS {
        // Sections packed into pages of at most PAGE_ROWS rows; a longer one over several.
        let mut page: Vec<DetailView> = Vec::new();
        let mut filled = 0;
        for mut d in details.drain(..) {
            if d.rows.len() > PAGE_ROWS {
                if !page.is_empty() {
                    pages.push(std::mem::take(&mut page));
                    filled = 0;
                }
                let chunks = d.rows.len().div_ceil(PAGE_ROWS);
                let mut rest = std::mem::take(&mut d.rows);
                for k in 0..chunks {
                    let tail = rest.split_off(PAGE_ROWS.min(rest.len()));
                    pages.push(vec![DetailView {
                        anchor: if k == 0 { d.anchor.clone() } else { format!("{}-{}", d.anchor, k + 1) },
                        title: format!("{} ({}/{chunks})", d.title, k + 1),
                        empty: d.empty.clone(),
                        source_lang: d.source_lang.clone(),
                        target_lang: d.target_lang.clone(),
                        rows: rest,
                    }]);
                    rest = tail;
                }
                continue;
            }
            if filled + d.rows.len() > PAGE_ROWS {
                pages.push(std::mem::take(&mut page));
                filled = 0;
            }
            filled += d.rows.len();
            page.push(d);
        }
        if !page.is_empty() {
            pages.push(page);
        }
    }
    let file = |k: usize| url_name(&page_name(main, k));
    // Where each section and each row now stands.
    let mut place: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for (k, page) in pages.iter().enumerate() {
        for d in page {
            place.entry(d.anchor.clone()).or_insert_with(|| file(k + 1));
            for r in &d.rows {
                place.insert(r.anchor.clone(), file(k + 1));
            }
        }
    }
    for row in &mut overview {
        for c in &mut row.cells {
            if let Some(f) = c.link.strip_prefix('#').and_then(|a| place.get(a)) {
                c.link = format!("{f}{}", c.link);
            }
        }
    }
    let base = |show_overview: bool, details: Vec<DetailView>, nav: Option<Nav>| Page {
        ui_lang: loc.lang.to_string(),
        all,
        version: env!("CARGO_PKG_VERSION"),
        title: loc.msg("report-title", &[("project", report.project.as_str().into())]),
        made: loc
            .msg("report-made", &[("date", day(&report.created).into()), ("lang", report.source_lang.as_str().into())]),
        h_overview: loc.msg("report-overview", &[]),
        h_document: loc.msg("report-document", &[]),
        h_totals: loc.msg("report-totals", &[]),
        only_open: loc.msg("report-only-open", &[]),
        col_pair: loc.msg("report-col-pair", &[]),
        col_source: loc.msg("report-col-source", &[]),
        col_translation: loc.msg("report-col-translation", &[]),
        col_memory: loc.msg("report-col-memory", &[]),
        no_source: loc.msg("report-no-source", &[]),
        no_translation: loc.msg("report-no-translation", &[]),
        diff_label: loc.msg("report-diff", &[]),
        langs: report.languages.iter().map(|(_, t)| t.clone()).collect(),
        overview: Vec::new(),
        totals: Vec::new(),
        details,
        show_overview,
        nav,
    };
    let mut first = base(true, if pages.is_empty() { details } else { Vec::new() }, None);
    first.overview = overview;
    first.totals = totals;
    let mut out = vec![(None, first.render().unwrap_or_default())];
    let n = pages.len();
    for (k, page) in pages.into_iter().enumerate() {
        let nav = Nav {
            overview: url_name(main),
            overview_label: loc.msg("report-overview", &[]),
            prev: (k > 0).then(|| file(k)),
            prev_label: loc.msg("report-prev", &[]),
            next: (k + 1 < n).then(|| file(k + 2)),
            next_label: loc.msg("report-next", &[]),
            position: loc.msg("report-page", &[("page", (k + 1).into()), ("pages", n.into())]),
        };
        out.push((Some(k + 1), base(false, page, Some(nav)).render().unwrap_or_default()));
    }
    out
}

/// The most rows a page holds: Chromium lays out a thousand rows in about a second.
pub const PAGE_ROWS: usize = 1000;
