//! `lockstep align SOURCE TARGET`: the aligner on real translations with gold alignments.
//!
//! The gold sets are the UDHR and CC BY 4.0 translations of `tests/fixtures/align/` as they are
//! (natural), and the same translations with paragraphs merged, split, deleted and inserted
//! (`perturbed/`, made by `bench/perturb.py`). Scores are exact-bead: a bead counts when it has
//! exactly the gold's source and target paragraphs; omissions and additions count like any
//! bead. `bench/align_eval.py` prints the same figures for people.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// Exact-bead F1 every natural gold set must reach.
const NATURAL_GOAL: f64 = 0.97;
/// ... and every perturbed one.
const PERTURBED_GOAL: f64 = 0.96;
/// The share of gold omissions (1-0) and additions (0-1) that must be found, over all sets.
const NULL_GOAL: f64 = 0.70;

/// A bead as 1-based paragraph numbers.
type Bead = (Vec<usize>, Vec<usize>);

/// Per bead shape (`1-0`, `2-1`, …): how many the gold has, and how many of them were found.
type Shapes = BTreeMap<String, (usize, usize)>;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/align")
}

/// (name, source, target, gold) of every gold set of a collection.
fn gold_sets(perturbed: bool) -> Vec<(String, PathBuf, PathBuf, PathBuf)> {
    let folder = if perturbed { fixtures().join("perturbed") } else { fixtures() };
    let mut sets: Vec<_> = std::fs::read_dir(folder.join("gold"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.tsv"))
        .map(|gold| {
            let name = gold.file_name().unwrap().to_string_lossy().trim_end_matches(".gold.tsv").to_string();
            let (doc, pair) = name.rsplit_once('.').unwrap();
            let lang = pair.strip_prefix("en-").unwrap();
            (name.clone(), fixtures().join(format!("{doc}.en.md")), folder.join(format!("{doc}.{lang}.md")), gold)
        })
        .collect();
    sets.sort();
    sets
}

/// `a`, `a-b` or nothing, as paragraph numbers.
fn side(field: &str) -> Vec<usize> {
    match field.split_once('-') {
        _ if field.trim().is_empty() => Vec::new(),
        Some((a, b)) => (a.parse().unwrap()..=b.parse().unwrap()).collect(),
        None => vec![field.trim().parse().unwrap()],
    }
}

fn read_gold(path: &Path) -> Vec<Bead> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (side(cols[0]), side(cols[1]))
        })
        .collect()
}

fn numbers(v: &Value) -> Vec<usize> {
    v.as_array().unwrap().iter().map(|n| n.as_u64().unwrap() as usize).collect()
}

/// `lockstep align --format json` on two files: its beads, checked for shape on the way.
fn align(source: &Path, target: &Path) -> Vec<Bead> {
    let out = Command::cargo_bin("lockstep")
        .unwrap()
        .args(["align", source.to_str().unwrap(), target.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["source"], source.to_str().unwrap());
    assert_eq!(v["target"], target.to_str().unwrap());
    v["beads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let score = b["score"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&score), "score {score}");
            (numbers(&b["source"]), numbers(&b["target"]))
        })
        .collect()
}

/// Every paragraph of both sides in exactly one bead, in order; omissions and additions hold
/// one paragraph.
fn assert_covers(name: &str, beads: &[Bead], n: usize, m: usize) {
    let (mut i, mut j) = (0, 0);
    for (s, t) in beads {
        assert!(!(s.is_empty() && t.is_empty()), "{name}: an empty bead");
        assert_eq!(*s, (i + 1..=i + s.len()).collect::<Vec<_>>(), "{name}: source out of order at {s:?}");
        assert_eq!(*t, (j + 1..=j + t.len()).collect::<Vec<_>>(), "{name}: target out of order at {t:?}");
        if s.is_empty() || t.is_empty() {
            assert_eq!(s.len() + t.len(), 1, "{name}: an omission or addition of several paragraphs");
        }
        i += s.len();
        j += t.len();
    }
    assert_eq!((i, j), (n, m), "{name}: not every paragraph is covered");
}

fn shape(b: &Bead) -> String {
    format!("{}-{}", b.0.len(), b.1.len())
}

/// Runs the aligner over a collection: the F1 of each set, and the gold and found beads per
/// shape over all of them.
fn evaluate(perturbed: bool) -> (Vec<(String, f64)>, Shapes) {
    let mut f1s = Vec::new();
    let mut shapes = Shapes::new();
    for (name, source, target, gold) in gold_sets(perturbed) {
        let gold = read_gold(&gold);
        let beads = align(&source, &target);
        let n = gold.iter().map(|b| b.0.len()).sum();
        let m = gold.iter().map(|b| b.1.len()).sum();
        assert_covers(&name, &beads, n, m);
        let found = gold.iter().filter(|b| beads.contains(b)).count();
        let (p, r) = (found as f64 / beads.len() as f64, found as f64 / gold.len() as f64);
        f1s.push((name, if found == 0 { 0.0 } else { 2.0 * p * r / (p + r) }));
        for b in &gold {
            let e = shapes.entry(shape(b)).or_default();
            e.0 += 1;
            e.1 += usize::from(beads.contains(b));
        }
    }
    (f1s, shapes)
}

fn assert_goal(f1s: &[(String, f64)], goal: f64) {
    assert!(!f1s.is_empty(), "no gold sets");
    let low: Vec<String> = f1s.iter().filter(|(_, f)| *f < goal).map(|(n, f)| format!("{n}: {f:.3}")).collect();
    assert!(low.is_empty(), "exact-bead F1 below {goal}: {low:?}");
}

#[test]
fn natural_translations_reach_the_goal() {
    let (f1s, _) = evaluate(false);
    assert_eq!(f1s.len(), 7);
    assert_goal(&f1s, NATURAL_GOAL);
}

#[test]
fn perturbed_translations_reach_the_goal_and_find_omissions_and_additions() {
    let (f1s, shapes) = evaluate(true);
    assert_eq!(f1s.len(), 7);
    assert_goal(&f1s, PERTURBED_GOAL);
    let (_, natural) = evaluate(false);
    for null in ["1-0", "0-1"] {
        let (gold, found) =
            [&shapes, &natural].iter().filter_map(|s| s.get(null)).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        assert!(gold > 0, "no {null} beads in the gold");
        let share = found as f64 / gold as f64;
        assert!(share >= NULL_GOAL, "{null} beads found: {found} of {gold}");
    }
}

#[test]
fn a_translation_aligned_with_itself_is_one_to_one() {
    let en = fixtures().join("udhr.en.md");
    let beads = align(&en, &en);
    assert_eq!(beads.len(), 92);
    assert!(beads.iter().enumerate().all(|(k, b)| *b == (vec![k + 1], vec![k + 1])));
}

#[test]
fn an_empty_target_leaves_every_source_paragraph_alone() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.md");
    std::fs::write(&empty, "").unwrap();
    let en = fixtures().join("cc-by-4.0.en.md");
    let beads = align(&en, &empty);
    assert_covers("empty target", &beads, 81, 0);
    let beads = align(&empty, &en);
    assert_covers("empty source", &beads, 0, 81);
}

#[test]
fn side_by_side_with_one_score_rule_and_omissions_said() {
    let p = crate::support::Project::udhr(&["bg"]);
    let out = p.ok(&["align", "bg"]);
    // Every pair's heading: ¶source → ¶target, its score, and "!" exactly when below 0.75.
    let mut pairs = 0;
    for line in out.lines().filter(|l| l.starts_with('¶')) {
        pairs += 1;
        let score: f64 = line.split_whitespace().nth(3).unwrap().parse().unwrap();
        assert_eq!(line.ends_with('!'), score < 0.75, "{line}");
    }
    assert!(pairs > 80, "{out}");
    // "Now, therefore," has no Bulgarian counterpart: the right column says so.
    let omitted = out.lines().find(|l| l.contains("Now, therefore,")).unwrap();
    assert!(omitted.contains("│ (left out of the translation)"), "{omitted}");
    assert!(out.contains("pairs,"), "{out}");
}
