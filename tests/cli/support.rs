//! A temporary project built from the UDHR fixtures, and helpers to run the binary on it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The fixtures folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A project in a temporary folder.
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    /// An empty folder.
    pub fn empty() -> Project {
        Project { dir: tempfile::tempdir().unwrap() }
    }

    /// The UDHR in English and `langs`, with a `lockstep.toml`, not synced yet.
    pub fn udhr(langs: &[&str]) -> Project {
        let p = Project::empty();
        for lang in std::iter::once(&"en").chain(langs) {
            let text = std::fs::read_to_string(fixtures().join(format!("udhr/udhr.{lang}.md"))).unwrap();
            p.write(&format!("udhr.{lang}.md"), &text);
        }
        let list: Vec<String> = langs.iter().map(|l| format!("\"{l}\"")).collect();
        p.write(
            "lockstep.toml",
            &format!(
                "source_lang = \"en\"\nlanguages = [{}]\n\n[[document]]\nsource = \"udhr.en.md\"\ntranslations = \"udhr.{{lang}}.md\"\n",
                list.join(", ")
            ),
        );
        p
    }

    /// The UDHR project with every language synced.
    pub fn udhr_synced(langs: &[&str]) -> Project {
        let p = Project::udhr(langs);
        for lang in langs {
            p.ok(&["sync", lang, "--all"]);
        }
        p
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// The blocks of a corpus-style file (one paragraph per block, blank lines between).
    pub fn blocks(&self, rel: &str) -> Vec<String> {
        self.read(rel).trim_end().split("\n\n").map(str::to_string).collect()
    }

    pub fn set_blocks(&self, rel: &str, blocks: &[String]) {
        self.write(rel, &format!("{}\n", blocks.join("\n\n")));
    }

    /// The 0-based index of the block that follows the heading `## {heading}`.
    pub fn after_heading(&self, rel: &str, heading: &str) -> usize {
        let want = format!("## {heading}");
        self.blocks(rel).iter().position(|b| *b == want).unwrap() + 1
    }

    /// The command, run in the project with English messages and no colours.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("lockstep").unwrap();
        c.current_dir(self.dir.path())
            .env("LOCKSTEP_UI_LANG", "en-US")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "80")
            .env("SOURCE_DATE_EPOCH", "1767225600");
        c
    }

    /// Runs and expects exit 0; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd().args(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--format", "json"]);
        let out = self.cmd().args(&all).output().unwrap();
        assert!(out.status.code().unwrap_or(-1) <= 1, "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The status of one language: (counts, beads).
    pub fn status(&self, lang: &str) -> (Counts, Vec<Value>) {
        let v = self.json(&["status"]);
        let t =
            v["documents"][0]["translations"].as_array().unwrap().iter().find(|t| t["lang"] == lang).unwrap().clone();
        let c = &t["counts"];
        let n = |k: &str| c[k].as_u64().unwrap() as usize;
        (
            Counts { current: n("current"), stale: n("stale"), missing: n("missing"), orphaned: n("orphaned") },
            t["beads"].as_array().unwrap().clone(),
        )
    }

    /// Every file under `.lockstep/` but the lock and the status cache, with its bytes.
    pub fn memory_files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        let mut stack = vec![self.path(".lockstep")];
        while let Some(d) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&d) else { continue };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    if p.file_name().is_some_and(|n| n != "cache") {
                        stack.push(p);
                    }
                } else if p.file_name().is_some_and(|n| n != ".lock") {
                    out.insert(p.clone(), std::fs::read(&p).unwrap());
                }
            }
        }
        out
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub current: usize,
    pub stale: usize,
    pub missing: usize,
    pub orphaned: usize,
}

/// The beads of a status in one state.
pub fn in_state<'a>(beads: &'a [Value], state: &str) -> Vec<&'a Value> {
    beads.iter().filter(|b| b["state"] == state).collect()
}

/// Paragraph numbers of a bead side as a vector.
pub fn nums(v: &Value) -> Vec<usize> {
    v.as_array().unwrap().iter().map(|x| x.as_u64().unwrap() as usize).collect()
}

/// Validates a TMX file against the TMX 1.4 DTD with xmllint (Debian package libxml2-utils,
/// which `.ci/run` installs): a machine without it fails here rather than skipping the check.
pub fn assert_valid_tmx(path: &std::path::Path) {
    let dtd = fixtures().join("tmx/tmx14.dtd");
    let out = std::process::Command::new("xmllint")
        .args(["--noout", "--nonet", "--dtdvalid"])
        .arg(&dtd)
        .arg(path)
        .output()
        .expect("xmllint is needed to validate TMX (Debian package libxml2-utils)");
    assert!(out.status.success(), "xmllint: {}", String::from_utf8_lossy(&out.stderr));
}

/// A copy of `examples/udhr`, its memory included (not its status cache), in a
/// temporary folder.
pub fn example() -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap().flatten() {
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                if entry.file_name() != "cache" {
                    copy(&entry.path(), &target);
                }
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/udhr"), dir.path());
    dir
}
