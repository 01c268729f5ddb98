//! In-process benchmark of `tm::suggest` against a project's imported memory.
//!
//! ```text
//! LOCKSTEP_BENCH_PROJECT=DIR cargo bench --bench suggest
//! ```
//!
//! `DIR` is a project folder (with `lockstep.toml`) whose memory was imported with
//! `lockstep tm import`. The store is opened once, as `lockstep suggest` opens it, and each
//! lookup is timed on its own with `std::time::Instant`: the word index, candidate retrieval,
//! scoring and ranking, everything `lockstep suggest --text` does for one paragraph after
//! start-up. Without `LOCKSTEP_BENCH_PROJECT` the benchmark only says so and exits 0, so that a
//! plain `cargo bench` passes on machines without a large memory.
//!
//! Other settings, all optional:
//! - `LOCKSTEP_BENCH_QUERIES=FILE`: the queries, one per line. Without it, queries are drawn
//!   from the store itself (a fixed pseudo-random choice of units of six words or more) and
//!   edited the way a changed paragraph is edited: a word dropped, replaced, moved or added,
//!   a number changed; one in ten is left as it is (an exact match).
//! - `LOCKSTEP_BENCH_LOOKUPS=N`: how many lookups (default 200; with a query file, its lines,
//!   repeated if need be).
//! - `LOCKSTEP_BENCH_LANG=L`: the target language (default the project's first).
//! - `LOCKSTEP_BENCH_MAX=N`, `LOCKSTEP_BENCH_MIN_SCORE=P`: as `suggest --max` and
//!   `--min-score` (defaults 3 and 70).
//! - `LOCKSTEP_BENCH_OUT=FILE`: writes one JSON object per lookup (`text`, `micros`, `top`
//!   with the best match's `score` and `source`, or null; `cpu_micros`, the thread's CPU time,
//!   on Linux), for comparisons with other tools.
//! - `LOCKSTEP_BENCH_SCORE=FILE`: instead of benchmarking, reads lines `A<TAB>B` and prints
//!   lockstep's similarity score of each pair, one a line, so that another tool's matches can
//!   be measured with the same yardstick.

use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use lockstep::project::Lang;
use lockstep::tm::{self, ProjectMemory, Query, Store};

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn env_number<T: std::str::FromStr>(name: &str, default: T) -> Result<T, String> {
    match env(name) {
        None => Ok(default),
        Some(v) => v.parse().map_err(|_| format!("{name}={v} is not a number")),
    }
}

/// A small deterministic generator (xorshift64*), so that every run looks up the same queries.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The source text of unit `id` in `lang`, if it has one on a single line.
fn source_text(store: &Store, id: u32, lang: &Lang) -> Option<String> {
    let unit = store.unit(id).ok()?;
    let text = &unit.variants.iter().find(|v| lang.matches_code(&v.lang))?.text;
    (!text.contains(['\n', '\r', '\t'])).then(|| text.to_string())
}

/// `count` queries made from units of the store, edited.
fn drawn_queries(store: &Store, lang: &Lang, count: usize) -> Vec<String> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = Vec::with_capacity(count);
    let mut attempts = 0;
    while out.len() < count && attempts < count * 100 && !store.is_empty() {
        attempts += 1;
        let Some(text) = source_text(store, rng.below(store.len()) as u32, lang) else { continue };
        let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
        if words.len() < 6 {
            continue;
        }
        let edits = if rng.below(10) == 0 { 0 } else { 1 + rng.below(2) };
        for _ in 0..edits {
            let at = rng.below(words.len());
            match rng.below(5) {
                0 => {
                    words.remove(at);
                }
                1 | 2 => {
                    // A word from another unit, in place of this one or added before it.
                    let other = source_text(store, rng.below(store.len()) as u32, lang).unwrap_or_default();
                    let pool: Vec<&str> = other.split_whitespace().filter(|w| w.len() > 3).collect();
                    if let Some(w) = pool.get(rng.below(pool.len())) {
                        if rng.below(2) == 0 {
                            words[at] = w.to_string();
                        } else {
                            words.insert(at, w.to_string());
                        }
                    }
                }
                3 if at + 1 < words.len() => words.swap(at, at + 1),
                _ => {
                    // A number changed, or one added.
                    let n = (rng.below(9000) + 1000).to_string();
                    match words.iter().position(|w| w.starts_with(|c: char| c.is_ascii_digit())) {
                        Some(i) => words[i] = n,
                        None => words.insert(at, n),
                    }
                }
            }
        }
        out.push(words.join(" "));
    }
    out
}

/// This thread's CPU time in nanoseconds, to tell a lookup's own work from time spent waiting
/// for a core on a busy machine: `clock_gettime(CLOCK_THREAD_CPUTIME_ID)` from the C library
/// that std links anyway (64-bit Linux only; elsewhere CPU times are left out).
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_ns() -> Option<u64> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec (two 64-bit fields on 64-bit Linux).
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    (rc == 0).then(|| ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_ns() -> Option<u64> {
    None
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

/// `LOCKSTEP_BENCH_SCORE`: lockstep's score of each `A<TAB>B` line.
fn score_pairs(file: &Path) -> Result<(), String> {
    let input = std::fs::File::open(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in std::io::BufReader::new(input).lines() {
        let line = line.map_err(|e| format!("{}: {e}", file.display()))?;
        let (a, b) = line.split_once('\t').unwrap_or((&line, ""));
        writeln!(out, "{}", tm::score(a, b)).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn bench(root: PathBuf) -> Result<(), String> {
    let fail = |e: lockstep::Error| e.to_string();
    let project = lockstep::project::Project::load(&root, &root).map_err(fail)?;
    let lang = match env("LOCKSTEP_BENCH_LANG") {
        Some(l) => project.language_index(&l).map_err(fail)?,
        None if !project.languages.is_empty() => 0,
        None => return Err(format!("{}: the project has no target language", root.display())),
    };
    let source_lang = project.source_lang.clone();
    let target_lang = project.languages[lang].clone();
    let lookups: usize = env_number("LOCKSTEP_BENCH_LOOKUPS", 200)?;
    let max: usize = env_number("LOCKSTEP_BENCH_MAX", 3)?;
    let min_score: u8 = env_number("LOCKSTEP_BENCH_MIN_SCORE", tm::DEFAULT_MIN_SCORE)?;

    // What `lockstep suggest` loads before its first lookup: the project's own memory (empty in
    // a project made only to hold an import) and the imported store, memory-mapped.
    let started = Instant::now();
    let docs = lockstep::workspace::read_all(&project).map_err(fail)?;
    let memories = docs
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| doc.translations.iter().filter_map(move |t| t.memory.as_ref().map(|m| (d, t.lang, m))));
    let memory = ProjectMemory::new(tm::memory_units(&project, memories));
    let store = Store::open(&project.root, &project.shown_root).map_err(fail)?;
    let opened = started.elapsed();
    let Some(store) = store else {
        return Err(format!("{}: nothing imported (run `lockstep tm import FILE.tmx` there)", root.display()));
    };

    let (queries, drawn) = match env("LOCKSTEP_BENCH_QUERIES") {
        Some(file) => {
            let text = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?;
            let lines: Vec<String> = text.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect();
            if lines.is_empty() {
                return Err(format!("{file}: no queries"));
            }
            (lines.iter().cycle().take(lookups.max(1)).cloned().collect::<Vec<_>>(), false)
        }
        None => (drawn_queries(&store, &source_lang, lookups), true),
    };

    let mut out = match env("LOCKSTEP_BENCH_OUT") {
        Some(file) => Some(BufWriter::new(std::fs::File::create(&file).map_err(|e| format!("{file}: {e}"))?)),
        None => None,
    };
    let mut times = Vec::with_capacity(queries.len());
    let mut cpu_times = Vec::with_capacity(queries.len());
    let (mut found, mut tops) = (0usize, Vec::new());
    for text in &queries {
        let query =
            Query { text, source_lang: &source_lang, target_lang: &target_lang, context: None, others_only: false };
        let cpu = thread_cpu_ns();
        let t = Instant::now();
        let matches = std::hint::black_box(tm::suggest(&query, &memory, Some(&store), max, min_score).map_err(fail)?);
        let took = t.elapsed();
        let cpu = thread_cpu_ns().zip(cpu).map(|(b, a)| Duration::from_nanos(b.saturating_sub(a)));
        times.push(took);
        cpu_times.extend(cpu);
        if let Some(m) = matches.first() {
            found += 1;
            tops.push(m.score);
        }
        if let Some(out) = out.as_mut() {
            let top = matches.first().map(|m| serde_json::json!({"score": m.score, "source": m.source}));
            let cpu_micros = cpu.map(|c| c.as_secs_f64() * 1e6);
            let line = serde_json::json!({"text": text, "micros": took.as_secs_f64() * 1e6, "cpu_micros": cpu_micros, "top": top});
            writeln!(out, "{line}").map_err(|e| e.to_string())?;
        }
    }
    if let Some(mut out) = out {
        out.flush().map_err(|e| e.to_string())?;
    }

    let total: Duration = times.iter().sum();
    cpu_times.sort_unstable();
    let (cpu_median, cpu_p90) = (percentile(&cpu_times, 0.5), percentile(&cpu_times, 0.9));
    let mut sorted = times.clone();
    sorted.sort_unstable();
    tops.sort_unstable();
    let (median, p90, worst) = (percentile(&sorted, 0.5), percentile(&sorted, 0.9), percentile(&sorted, 1.0));
    println!(
        "suggest: {} units imported in {}, {source_lang}→{target_lang}, {} lookups of {}, max {max}, min score {min_score}",
        store.len(),
        root.display(),
        times.len(),
        if drawn { "edited units of the store" } else { "the query file's lines" },
    );
    println!("  opening the project and the store: {}", ms(opened));
    println!(
        "  per lookup: median {}, p90 {}, max {}, mean {} (first lookup {})",
        ms(median),
        ms(p90),
        ms(worst),
        ms(total / times.len().max(1) as u32),
        ms(times.first().copied().unwrap_or_default()),
    );
    if cpu_times.len() == times.len() {
        println!(
            "  per lookup, CPU time of the thread (without waiting for a core): median {}, p90 {}, max {}",
            ms(cpu_median),
            ms(cpu_p90),
            ms(percentile(&cpu_times, 1.0)),
        );
    }
    println!(
        "  matches: {found} of {} queries have one; median top score {}",
        times.len(),
        tops.get(tops.len() / 2).map_or("-".to_string(), u8::to_string),
    );
    // One line for scripts.
    println!(
        "RESULT units={} lookups={} median_us={:.1} p90_us={:.1} max_us={:.1} open_us={:.1} cpu_median_us={:.1} cpu_p90_us={:.1} found={found}",
        store.len(),
        times.len(),
        median.as_secs_f64() * 1e6,
        p90.as_secs_f64() * 1e6,
        worst.as_secs_f64() * 1e6,
        opened.as_secs_f64() * 1e6,
        cpu_median.as_secs_f64() * 1e6,
        cpu_p90.as_secs_f64() * 1e6,
    );
    Ok(())
}

fn main() -> ExitCode {
    let result = if let Some(file) = env("LOCKSTEP_BENCH_SCORE") {
        score_pairs(Path::new(&file))
    } else if let Some(root) = env("LOCKSTEP_BENCH_PROJECT") {
        bench(PathBuf::from(root))
    } else {
        println!(
            "suggest benchmark skipped: set LOCKSTEP_BENCH_PROJECT to a project folder with an imported \
             memory (see bench/tm_bench.sh)"
        );
        Ok(())
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("suggest benchmark: {e}");
            ExitCode::FAILURE
        }
    }
}
