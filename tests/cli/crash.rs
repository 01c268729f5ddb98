//! Killed runs: `sync` over several documents is killed at many moments; after the next run that
//! takes the lock, every memory file is valid, the memory is the old one or the new one for every
//! document together (never some old and some new), and nothing is left behind.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::support::Project;

const DOCUMENTS: usize = 6;

/// The UDHR as six documents in Bulgarian, synced, then every source edited.
fn project() -> Project {
    let p = Project::empty();
    let en = std::fs::read_to_string(crate::support::fixtures().join("udhr/udhr.en.md")).unwrap();
    let bg = std::fs::read_to_string(crate::support::fixtures().join("udhr/udhr.bg.md")).unwrap();
    let mut toml = String::from("source_lang = \"en\"\nlanguages = [\"bg\"]\n");
    for d in 0..DOCUMENTS {
        p.write(&format!("d{d}.en.md"), &en);
        p.write(&format!("d{d}.bg.md"), &bg);
        toml.push_str(&format!("\n[[document]]\nsource = \"d{d}.en.md\"\ntranslations = \"d{d}.{{lang}}.md\"\n"));
    }
    p.write("lockstep.toml", &toml);
    p.ok(&["sync", "bg", "--all"]);
    for d in 0..DOCUMENTS {
        let text =
            p.read(&format!("d{d}.en.md")).replace("liberty and the security", "liberty, privacy and the security");
        p.write(&format!("d{d}.en.md"), &text);
    }
    p
}

/// The memory files, by document.
fn memories(root: &Path) -> BTreeMap<usize, Vec<u8>> {
    (0..DOCUMENTS)
        .map(|d| (d, std::fs::read(root.join(format!(".lockstep/memory/d{d}.en.md/bg.jsonl"))).unwrap()))
        .collect()
}

/// Every file under `.lockstep/`, for leftovers.
fn files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.join(".lockstep")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.path().is_dir() { stack.push(e.path()) } else { out.push(e.path()) }
        }
    }
    out
}

/// Whether the files are all old (true) or all new (false); a mix fails the test, naming which
/// file is which.
fn old_or_new<K: Ord + std::fmt::Debug>(
    round: usize,
    now: &BTreeMap<K, Vec<u8>>,
    old: &BTreeMap<K, Vec<u8>>,
    new: &BTreeMap<K, Vec<u8>>,
) -> bool {
    if now == old {
        return true;
    }
    let which: Vec<(&K, &str)> = now
        .iter()
        .map(|(k, b)| {
            (
                k,
                if *b == new[k] {
                    "new"
                } else if *b == old[k] {
                    "old"
                } else {
                    "other"
                },
            )
        })
        .collect();
    assert!(now == new, "round {round}: some files old and some new: {which:?}");
    false
}

/// Runs lockstep with `args` in the project and kills it after `after`.
fn killed(p: &Project, args: &[&str], after: Duration) {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("lockstep"))
        .current_dir(p.dir.path())
        .env("LOCKSTEP_UI_LANG", "en-US")
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(after);
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn a_killed_sync_leaves_the_old_memory_or_the_new_one_never_a_mix() {
    let p = project();
    let old = memories(p.dir.path());
    // The memory a whole run writes.
    let reference = project();
    reference.ok(&["sync", "bg", "--all"]);
    let new = memories(reference.dir.path());
    assert!(old.values().zip(new.values()).all(|(o, n)| o != n), "every document changes");
    // How long a whole run takes here: the kills fall in its second half, where it writes.
    let timed = project();
    let started = std::time::Instant::now();
    timed.ok(&["sync", "bg", "--all"]);
    let whole = started.elapsed().as_millis() as u64;
    let (mut olds, mut news) = (0, 0);
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for round in 0..24 {
        for (d, bytes) in &old {
            std::fs::write(p.path(&format!(".lockstep/memory/d{d}.en.md/bg.jsonl")), bytes).unwrap();
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        killed(&p, &["sync", "bg", "--all"], Duration::from_millis(whole / 3 + seed % (whole.max(3) * 2 / 3)));
        // The next run that takes the lock finishes or forgets what the killed one began.
        p.ok(&["sync", "bg", "--all", "--dry-run"]);
        if old_or_new(round, &memories(p.dir.path()), &old, &new) {
            olds += 1;
        } else {
            news += 1;
        }
        let left: Vec<_> = files(p.dir.path())
            .into_iter()
            .filter(|f| f.to_string_lossy().ends_with(".tmp") || f.ends_with(".journal"))
            .collect();
        assert!(left.is_empty(), "round {round}: left behind {left:?}");
        p.ok(&["status"]);
    }
    eprintln!("killed sync: {olds} old, {news} new");
}

/// A TMX file of `n` English–Bulgarian units, each its own.
fn tmx(n: usize, tag: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"t\" \
         creationtoolversion=\"1\" segtype=\"paragraph\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" \
         datatype=\"plaintext\"/>\n<body>\n",
    );
    for k in 0..n {
        out.push_str(&format!(
            "<tu><tuv xml:lang=\"en\"><seg>Unit {tag} {k}: everyone has the right to rest {k}.</seg></tuv>\
             <tuv xml:lang=\"bg\"><seg>Единица {tag} {k}: всеки има право на почивка {k}.</seg></tuv></tu>\n"
        ));
    }
    out.push_str("</body>\n</tmx>\n");
    out
}

#[test]
fn a_killed_import_leaves_the_old_store_or_the_new_one_and_nothing_else() {
    let p = Project::udhr_synced(&["bg"]);
    p.write("first.tmx", &tmx(2000, "a"));
    p.write("second.tmx", &tmx(20000, "b"));
    p.ok(&["tm", "import", "first.tmx"]);
    let count = |p: &Project| {
        p.ok(&["tm", "export", "-o", "out.tmx"]);
        let text = p.read("out.tmx");
        text.matches("<tu>").count() + text.matches("<tu ").count()
    };
    let old = count(&p);
    let timed = Project::udhr_synced(&["bg"]);
    timed.write("first.tmx", &tmx(2000, "a"));
    timed.write("second.tmx", &tmx(20000, "b"));
    timed.ok(&["tm", "import", "first.tmx"]);
    let started = std::time::Instant::now();
    timed.ok(&["tm", "import", "second.tmx"]);
    let whole = started.elapsed().as_millis() as u64;
    let (mut olds, mut news) = (0, 0);
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..12 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("lockstep"))
            .current_dir(p.dir.path())
            .args(["tm", "import", "second.tmx"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(whole / 3 + seed % (whole.max(3) * 5 / 6)));
        let _ = child.kill();
        let _ = child.wait();
        p.ok(&["sync", "bg", "--all"]);
        let now = count(&p);
        if now == old {
            olds += 1;
        } else {
            assert_eq!(now, old + 20000, "round {round}");
            news += 1;
            // Back to the old store for the next round.
            std::fs::remove_dir_all(p.path(".lockstep/imported")).unwrap();
            p.ok(&["tm", "import", "first.tmx"]);
        }
        let imported: Vec<String> = std::fs::read_dir(p.path(".lockstep/imported"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n != ".gitignore" && n != "current")
            .collect();
        assert_eq!(imported.len(), 1, "round {round}: {imported:?}");
    }
    eprintln!("killed import: {olds} old, {news} new");
}

/// Every translation and memory file, by name.
fn translations_and_memories(root: &Path) -> BTreeMap<String, Vec<u8>> {
    (0..DOCUMENTS)
        .flat_map(|d| [format!("d{d}.bg.md"), format!(".lockstep/memory/d{d}.en.md/bg.jsonl")])
        .map(|f| {
            let bytes = std::fs::read(root.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

#[test]
fn a_killed_import_leaves_every_document_and_memory_old_or_every_one_new() {
    const OLD: &str = "msgstr \"Всеки има право на живот, свобода и лична сигурност.\"";
    const NEW: &str = "msgstr \"Всеки има право на живот, свобода, неприкосновеност и лична сигурност.\"";
    let p = project();
    p.ok(&["export", "bg", "-o", "bg.po"]);
    let po: String = p
        .read("bg.po")
        .lines()
        .filter(|l| !l.starts_with("#, fuzzy") && !l.starts_with("#|"))
        .map(|l| format!("{}\n", if l == OLD { NEW } else { l }))
        .collect();
    assert_eq!(po.matches(NEW).count(), DOCUMENTS);
    p.write("bg.po", &po);
    let old = translations_and_memories(p.dir.path());
    let reference = project();
    reference.write("bg.po", &po);
    reference.ok(&["import", "bg.po"]);
    let new = translations_and_memories(reference.dir.path());
    assert!(old.iter().zip(&new).all(|((_, o), (_, n))| o != n), "every file changes");
    let started = std::time::Instant::now();
    let timed = project();
    timed.write("bg.po", &po);
    timed.ok(&["import", "bg.po"]);
    let whole = started.elapsed().as_millis() as u64;
    let (mut olds, mut news) = (0, 0);
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..24 {
        for (f, bytes) in &old {
            std::fs::write(p.path(f), bytes).unwrap();
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // Anywhere in the run: it reads for most of it and writes at its end.
        killed(&p, &["import", "bg.po"], Duration::from_millis(seed % whole.max(1)));
        // The next run that takes the lock finishes or forgets what the killed one began.
        p.ok(&["sync", "bg", "--all", "--dry-run"]);
        if old_or_new(round, &translations_and_memories(p.dir.path()), &old, &new) {
            olds += 1;
        } else {
            news += 1;
        }
        let mut left: Vec<_> = files(p.dir.path())
            .into_iter()
            .filter(|f| f.to_string_lossy().ends_with(".tmp") || f.ends_with(".journal"))
            .collect();
        left.extend(
            std::fs::read_dir(p.dir.path())
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .filter(|f| f.to_string_lossy().ends_with(".tmp")),
        );
        assert!(left.is_empty(), "round {round}: left behind {left:?}");
    }
    eprintln!("killed import: {olds} old, {news} new");
}
