//! Derived translations: a language written from another by transliteration (`[derive]
//! "sr-Latn" = "sr-Cyrl"` in `lockstep.toml`), never translated by hand.
//!
//! [`transliterate`] changes only the text a reader reads: Markdown syntax, code, HTML, link
//! targets, URLs and e-mail addresses stay byte for byte, and so do words already in the
//! target script. A record beside the memory (`.lockstep/derived/<doc>/<lang>.json`) keeps a
//! hash of the derived file as lockstep last wrote it, which tells a derived file that is only
//! behind its parent (rewritten freely) from one edited by hand (reported, and overwritten only
//! when asked). A derived translation's beads are its parent's, with the parent's ids and
//! states, wherever its paragraphs read as the parent's transliterated ([`beads`]).

use std::collections::HashSet;

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Location, Result};
use crate::fs::LOCKSTEP_DIR;
use crate::project::Project;
use crate::segment::{self, Paragraph};
use crate::status::{self, BeadState, State};
use crate::text::{decode, translit};

/// The text of a Markdown document with `convert` applied to its prose alone. Reference labels
/// are prose too (`[Повеља]` is the link's text), and are converted alike where the link is
/// defined (`[Повеља]: https://…`) and used in full (`[текст][Повеља]`), so that every
/// reference still finds its definition; URLs and e-mail addresses stay as they are, wherever
/// the parser cuts them.
pub fn transliterate(text: &str, convert: fn(&str) -> String) -> String {
    let urls = crate::text::urls::find(text, '\u{0}');
    let parser = Parser::new_ext(text, segment::OPTIONS);
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    for (_, def) in parser.reference_definitions().iter() {
        let span = &text[def.span.clone()];
        if let (Some(open), Some(close)) = (span.find('['), span.find("]:")) {
            ranges.push(def.span.start + open + 1..def.span.start + close);
        }
    }
    // Inside code blocks, HTML blocks and front matter, or the text of an autolink.
    let mut opaque = 0usize;
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) => opaque += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)) => {
                opaque = opaque.saturating_sub(1)
            }
            Event::Start(Tag::Link { link_type: LinkType::Autolink | LinkType::Email, .. }) => opaque += 1,
            Event::End(TagEnd::Link) if opaque > 0 => opaque -= 1,
            Event::Start(
                Tag::Link { link_type: LinkType::Reference, .. } | Tag::Image { link_type: LinkType::Reference, .. },
            ) if opaque == 0 => {
                // `[text][label]`: the label, after the text.
                let slice = &text[range.clone()];
                if slice.ends_with(']')
                    && let Some(k) = slice.rfind('[')
                {
                    ranges.push(range.start + k + 1..range.end - 1);
                }
            }
            Event::Text(_) if opaque == 0 => ranges.push(range),
            _ => {}
        }
    }
    ranges.sort_by_key(|r| r.start);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut done = 0;
    let mut next_url = 0;
    for range in ranges {
        if range.start < done {
            continue;
        }
        out.push_str(&text[done..range.start]);
        // The prose of the range, around the URLs inside it.
        let mut at = range.start;
        while next_url < urls.len() && urls[next_url].1 <= at {
            next_url += 1;
        }
        let mut k = next_url;
        while at < range.end {
            match urls.get(k) {
                Some(&(s, e)) if s < range.end => {
                    if s > at {
                        out.push_str(&convert(&text[at..s]));
                    }
                    let e = e.min(range.end);
                    out.push_str(&text[at.max(s)..e]);
                    at = e;
                    k += 1;
                }
                _ => {
                    out.push_str(&convert(&text[at..range.end]));
                    at = range.end;
                }
            }
        }
        done = range.end;
    }
    out.push_str(&text[done..]);
    out
}

/// What lockstep remembers of a derived file it wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The format version.
    pub lockstep: u64,
    /// The document (its source path).
    pub document: String,
    /// The derived language's tag.
    pub lang: String,
    /// The parent language's tag.
    pub from: String,
    /// The hash of the derived file's text as written (see [`hash`]).
    pub written: String,
}

/// Where the record of `document` in derived language `lang` lives, relative to the project.
pub fn record_path(document: &str, lang: &str) -> String {
    format!("{LOCKSTEP_DIR}/derived/{document}/{lang}.json")
}

/// The hash of a decoded text, as records keep it.
pub fn hash(text: &str) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()))
}

/// Parses a record, which must be of `document` in `lang` from `from`; a damaged one, one of
/// a newer lockstep or one of another document or language is an error naming its file.
pub fn parse_record(text: &str, shown: &std::path::Path, document: &str, lang: &str, from: &str) -> Result<Record> {
    let bad = |line: usize, col: usize| {
        Error::new(ErrorKind::Check { id: "error-derived-record", args: Vec::new() }, Location::at(shown, line, col))
    };
    let record: Record = serde_json::from_str(text).map_err(|e| bad(e.line().max(1), e.column().max(1)))?;
    if record.lockstep > 1 {
        return Err(Error::new(ErrorKind::MemoryVersion(record.lockstep), Location::at(shown, 1, 1)));
    }
    if record.document != document || record.lang != lang || record.from != from {
        return Err(bad(1, 1));
    }
    Ok(record)
}

/// The text of a record file.
pub fn render_record(record: &Record) -> String {
    let mut s = serde_json::to_string(record).unwrap_or_default();
    s.push('\n');
    s
}

/// Where a derived file stands against its parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Derived {
    /// It reads as its parent transliterated.
    UpToDate,
    /// It is as lockstep last wrote it, and its parent changed since: `derive` rewrites it.
    Behind,
    /// It was edited by hand (first different line): `derive` overwrites it only with
    /// `--force`.
    Edited {
        /// 1-based line of the first difference.
        line: usize,
    },
    /// It does not exist yet.
    Absent,
    /// Its parent does not exist: nothing to derive.
    NoParent,
}

/// Where a derived file (`child`, decoded; `None` when absent) stands against the text derived
/// from its parent (`expected`; `None` when the parent is absent), given its record.
pub fn state(expected: Option<&str>, child: Option<&str>, record: Option<&Record>) -> Derived {
    let Some(expected) = expected else { return Derived::NoParent };
    let Some(child) = child else { return Derived::Absent };
    if child == expected {
        return Derived::UpToDate;
    }
    if record.is_some_and(|r| r.written == hash(child)) {
        return Derived::Behind;
    }
    let line = child
        .lines()
        .zip(expected.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| child.lines().count().min(expected.lines().count()));
    Derived::Edited { line: line + 1 }
}

/// The beads of a derived translation: its parent's, mapped onto the derived file's
/// paragraphs (`target`) through the paragraphs the parent's text gives once transliterated
/// (`expected`, one for each of the parent's). A bead keeps its parent's id and state: a derived
/// translation is current exactly when its parent is. Where the file was `edited` by hand, a
/// bead whose paragraphs do not read as expected is stale; one with none left is missing; a
/// paragraph that stands for none of the parent's is orphaned. A file only behind its parent
/// (its parent was edited, `derive` not run yet) keeps the parent's states.
pub fn beads(parent: &[BeadState], expected: &[Paragraph], target: &[Paragraph], edited: bool) -> Vec<BeadState> {
    let a: Vec<u64> = expected.iter().map(|p| p.fp).collect();
    let b: Vec<u64> = target.iter().map(|p| p.fp).collect();
    let pairs = if a == b { (0..a.len()).map(|i| (i, i)).collect() } else { crate::text::sequence::matching(&a, &b) };
    let mut to = vec![None; expected.len()];
    let mut used = vec![false; target.len()];
    for (i, j) in pairs {
        to[i] = Some(j);
        used[j] = true;
    }
    // Paragraphs of the derived file between two mapped ones stand where the parent's unmapped
    // ones stood: a bead whose paragraph changed keeps it, as stale.
    let mut claimed = vec![false; target.len()];
    let mut out = Vec::with_capacity(parent.len());
    for bead in parent {
        let mapped: Vec<usize> = bead.target.iter().filter_map(|&i| to.get(i).copied().flatten()).collect();
        let all = mapped.len() == bead.target.len();
        let mut targets = mapped.clone();
        if !all {
            // The unmapped paragraphs of this bead: the derived file's unclaimed ones between
            // the mapped neighbours.
            let lo = bead.target.iter().filter_map(|&i| (0..i).rev().find_map(|k| to[k])).max().map_or(0, |j| j + 1);
            let hi =
                bead.target.iter().filter_map(|&i| (i + 1..to.len()).find_map(|k| to[k])).min().unwrap_or(target.len());
            let missing = bead.target.len() - mapped.len();
            let free: Vec<usize> = (lo..hi.max(lo)).filter(|&j| !used[j] && !claimed[j]).take(missing).collect();
            targets.extend(free);
            targets.sort_unstable();
        }
        for &j in &targets {
            claimed[j] = true;
        }
        let state = match bead.state {
            State::Orphaned | State::Missing => bead.state,
            _ if !bead.target.is_empty() && targets.is_empty() => State::Missing,
            _ if all || !edited => bead.state,
            _ => State::Stale,
        };
        let source = if bead.state == State::Orphaned { Vec::new() } else { bead.source.clone() };
        out.push(BeadState {
            id: bead.id.clone(),
            state,
            source,
            target: targets,
            target_edited: edited && !all && !bead.target.is_empty(),
            memory: Vec::new(),
        });
    }
    let mut taken: HashSet<String> = out.iter().map(|b| b.id.clone()).collect();
    for (j, p) in target.iter().enumerate() {
        if !claimed[j] {
            let id = status::new_id(xxhash_rust::xxh3::xxh3_64_with_seed(&p.fp.to_le_bytes(), 7), &mut taken);
            out.push(BeadState {
                id,
                state: State::Orphaned,
                source: Vec::new(),
                target: vec![j],
                target_edited: false,
                memory: Vec::new(),
            });
        }
    }
    // An orphan of the parent maps to nothing here when its paragraph is gone.
    out.retain(|b| !(b.state == State::Orphaned && b.target.is_empty()));
    status::sort_in_source_order(&mut out, |b| (&b.source, &b.target), target.len());
    out
}

/// The derived text of a parent's decoded text, and its paragraphs.
pub fn expected(parent: &str, convert: fn(&str) -> String) -> (String, Vec<Paragraph>) {
    let text = transliterate(parent, convert);
    let paragraphs = segment::segment(&text);
    (text, paragraphs)
}

/// One derived file, and what `derive` does with it.
#[derive(Debug, Clone)]
pub struct Planned {
    /// The document, an index in the project.
    pub doc: usize,
    /// The derived language, an index in the project.
    pub lang: usize,
    /// Its parent language.
    pub from: usize,
    /// Where the file stood.
    pub state: Derived,
    /// Whether the file is written (with `--force`, an edited one too).
    pub write: bool,
}

/// What `derive` writes: the files (project-relative path, bytes), derived files and records.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Every derived file looked at.
    pub items: Vec<Planned>,
    /// The files to write.
    pub files: Vec<(String, Vec<u8>)>,
}

/// Plans the derived files of documents `docs` (all when empty) in derived languages `langs`:
/// each is written when it is behind its parent or absent, and when it was edited by hand only
/// if `force`. A file already up to date gets its record when it has none, so that a later hand
/// edit is seen. The derived file keeps its parent's byte-order mark and line ends.
pub fn plan(project: &Project, docs: &[usize], langs: &[usize], force: bool) -> Result<Plan> {
    let mut out = Plan::default();
    for (d, document) in project.documents.iter().enumerate() {
        if !docs.is_empty() && !docs.contains(&d) {
            continue;
        }
        for &(child, parent) in &project.derived {
            if !langs.contains(&child) {
                continue;
            }
            let Some(convert) = translit::derivation(project.languages[parent].key(), project.languages[child].key())
            else {
                continue;
            };
            let (parent_path, child_path) = (&document.translations[parent], &document.translations[child]);
            let tag = project.languages[child].tag();
            let record_rel = record_path(&document.source, tag);
            let from_tag = project.languages[parent].tag();
            let record = project
                .read(&record_rel)?
                .map(|b| {
                    let shown = project.shown(&record_rel);
                    parse_record(&decode(b, &shown)?, &shown, &document.source, tag, from_tag)
                })
                .transpose()?;
            // A derived file that does not decode is no derivation: `--force` replaces it.
            let child_text = match project.read(child_path)?.map(|b| decode(b, &project.shown(child_path))) {
                Some(Err(_)) if force => Some(String::new()),
                other => other.transpose()?,
            };
            let Some(parent_bytes) = project.read(parent_path)? else {
                out.items.push(Planned { doc: d, lang: child, from: parent, state: Derived::NoParent, write: false });
                continue;
            };
            let bom = parent_bytes.starts_with(&[0xef, 0xbb, 0xbf]);
            let crlf = parent_bytes.windows(2).any(|w| w == b"\r\n");
            let parent_text = decode(parent_bytes, &project.shown(parent_path))?;
            let expected = transliterate(&parent_text, convert);
            let state = state(Some(&expected), child_text.as_deref(), record.as_ref());
            let write = match state {
                Derived::Behind | Derived::Absent => true,
                Derived::Edited { .. } => force,
                Derived::UpToDate | Derived::NoParent => false,
            };
            let new_record = Record {
                lockstep: 1,
                document: document.source.clone(),
                lang: tag.to_string(),
                from: project.languages[parent].tag().to_string(),
                written: hash(&expected),
            };
            if write {
                let mut bytes = Vec::with_capacity(expected.len() + 4);
                if bom {
                    bytes.extend_from_slice(&[0xef, 0xbb, 0xbf]);
                }
                if crlf {
                    bytes.extend_from_slice(expected.replace('\n', "\r\n").as_bytes());
                } else {
                    bytes.extend_from_slice(expected.as_bytes());
                }
                out.files.push((child_path.clone(), bytes));
            }
            if (write || state == Derived::UpToDate) && record.as_ref() != Some(&new_record) {
                out.files.push((record_rel, render_record(&new_record).into_bytes()));
            }
            out.items.push(Planned { doc: d, lang: child, from: parent, state, write });
        }
    }
    Ok(out)
}

/// Writes a plan's files, all or none (see [`crate::fs::commit_all`]). The caller holds the
/// project's lock.
pub fn write(project: &Project, plan: &Plan) -> Result<()> {
    if plan.files.is_empty() {
        return Ok(());
    }
    let paths: Vec<(std::path::PathBuf, std::path::PathBuf)> =
        plan.files.iter().map(|(rel, _)| (project.path(rel), project.shown(rel))).collect();
    let files = paths
        .iter()
        .zip(&plan.files)
        .map(|((full, shown), (_, bytes))| {
            let write: crate::fs::Contents = Box::new(move |w| w.write_all(bytes));
            (full.as_path(), shown.as_path(), write)
        })
        .collect();
    crate::fs::commit_all(&project.root.join(LOCKSTEP_DIR), files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::translit::serbian_to_latin;

    #[test]
    fn prose_only() {
        let md = "# Члан 1.\n\nСва људска бића `код` [веза](https://пример.срб/ђ) <https://x.срб> и www.пример.срб/а.\n\n```\nКод остаје\n```\n\n- ЉУДИ и Џеп, Њ.\n\n<div>ХТМЛ</div>\n\nLatin word stays: Dž.\n";
        let out = transliterate(md, serbian_to_latin);
        assert_eq!(
            out,
            "# Član 1.\n\nSva ljudska bića `код` [veza](https://пример.срб/ђ) <https://x.срб> i www.пример.срб/а.\n\n```\nКод остаје\n```\n\n- LJUDI i Džep, Nj.\n\n<div>ХТМЛ</div>\n\nLatin word stays: Dž.\n"
        );
    }

    #[test]
    fn urls_cut_by_the_parser_and_reference_labels() {
        let md = "Види https://sr.wikipedia.org/wiki/Никола_Тесла_(научник) и www.пример.срб/Ђ[1]/Ж и https://пример.срб/а&amp;б, [Повељу], [текст][Повеља] и [Устав][].\n\n[Повељу]: https://un.org/charter\n[повеља]: https://un.org/повеља \"Наслов\"\n[Устав]: https://устав.срб\n";
        let out = transliterate(md, serbian_to_latin);
        assert_eq!(
            out,
            "Vidi https://sr.wikipedia.org/wiki/Никола_Тесла_(научник) i www.пример.срб/Ђ[1]/Ж i https://пример.срб/а&amp;б, [Povelju], [tekst][Povelja] i [Ustav][].\n\n[Povelju]: https://un.org/charter\n[povelja]: https://un.org/повеља \"Наслов\"\n[Ustav]: https://устав.срб\n"
        );
        // Every reference still finds its definition.
        let links = |t: &str| {
            Parser::new_ext(t, segment::OPTIONS).filter(|e| matches!(e, Event::Start(Tag::Link { .. }))).count()
        };
        assert_eq!(links(&out), links(md));
    }

    #[test]
    fn states_tell_behind_from_edited() {
        let rec = |t: &str| Record {
            lockstep: 1,
            document: "a.md".into(),
            lang: "sr-Latn".into(),
            from: "sr-Cyrl".into(),
            written: hash(t),
        };
        assert_eq!(state(Some("a\nb\n"), Some("a\nb\n"), None), Derived::UpToDate);
        assert_eq!(state(Some("a\nc\n"), Some("a\nb\n"), Some(&rec("a\nb\n"))), Derived::Behind);
        assert_eq!(state(Some("a\nc\n"), Some("a\nb\n"), Some(&rec("a\nx\n"))), Derived::Edited { line: 2 });
        assert_eq!(state(Some("a\n"), Some("a\nb\n"), None), Derived::Edited { line: 2 });
        assert_eq!(state(None, Some("a\n"), None), Derived::NoParent);
        assert_eq!(state(Some("a\n"), None, None), Derived::Absent);
    }

    #[test]
    fn beads_follow_the_parent() {
        let parent_text = "# Члан\n\nПрви.\n\nДруги.\n";
        let (_, exp) = expected(parent_text, serbian_to_latin);
        let parent = vec![
            BeadState {
                id: "aaaaa".into(),
                state: State::Current,
                source: vec![0],
                target: vec![0],
                target_edited: false,
                memory: vec![0],
            },
            BeadState {
                id: "bbbbb".into(),
                state: State::Stale,
                source: vec![1],
                target: vec![1],
                target_edited: false,
                memory: vec![1],
            },
            BeadState {
                id: "ccccc".into(),
                state: State::Current,
                source: vec![2],
                target: vec![2],
                target_edited: false,
                memory: vec![2],
            },
        ];
        let same = beads(&parent, &exp, &exp, false);
        let states: Vec<(String, State)> = same.iter().map(|b| (b.id.clone(), b.state)).collect();
        assert_eq!(
            states,
            vec![("aaaaa".into(), State::Current), ("bbbbb".into(), State::Stale), ("ccccc".into(), State::Current)]
        );
        // A hand edit of the third paragraph, and a paragraph added.
        let edited = segment::segment("# Član\n\nPrvi.\n\nDrugi, izmenjen.\n\nNovi.\n");
        let got = beads(&parent, &exp, &edited, true);
        let behind = beads(&parent, &exp, &edited, false);
        assert_eq!(behind[2].state, State::Current);
        let states: Vec<(String, State, Vec<usize>)> =
            got.iter().map(|b| (b.id.clone(), b.state, b.target.clone())).collect();
        assert_eq!(states[0], ("aaaaa".into(), State::Current, vec![0]));
        assert_eq!(states[2], ("ccccc".into(), State::Stale, vec![2]));
        assert_eq!(states[3].1, State::Orphaned);
        assert_eq!(got.len(), 4);
    }
}
