//! No input makes lockstep panic: every reader of bytes from disk — Markdown and plain text,
//! `lockstep.toml`, memory files, the status cache, each file of the imported store, and TMX — is
//! fed arbitrary bytes and mutations of valid files, and must give a value or an error (and a
//! damaged cache nothing at all).
//!
//! A test module only: it holds no code of the engine.

use std::path::Path;

use proptest::prelude::*;

use crate::memory::{self, Owner};
use crate::tm::{Builder, Store};
use crate::{project, segment, text, tmx};

/// A valid file changed at a few places: bytes flipped, a cut, a byte inserted.
fn mutated(valid: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = valid.len().max(1);
    proptest::collection::vec((0..len, any::<u8>(), 0u8..3), 1..6).prop_map(move |edits| {
        let mut bytes = valid.clone();
        for (at, byte, kind) in edits {
            let at = at.min(bytes.len());
            match kind {
                0 if at < bytes.len() => bytes[at] ^= byte | 1,
                1 => bytes.truncate(at),
                _ => bytes.insert(at, byte),
            }
        }
        bytes
    })
}

fn udhr(lang: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/udhr/udhr.{lang}.md"))).unwrap()
}

const TOML: &str = "source_lang = \"en\"\nlanguages = [\"bg\", \"sr-Cyrl\"]\n\n[[document]]\nsource = \"a.en.md\"\n\
                    translations = \"a.{lang}.md\"\n";

fn memory_file() -> Vec<u8> {
    let bead = |id: &str| memory::Bead {
        id: id.into(),
        source: vec!["Everyone has the right to life.".into()],
        target: vec!["Всеки има право на живот.".into()],
        synced: "2026-01-01T00:00:00Z".into(),
        minor: false,
        accepted: Vec::new(),
    };
    memory::render(&memory::Memory { beads: vec![bead("ab12c"), bead("cd34e")] }, "a.en.md", "bg").into_bytes()
}

/// A small imported store in a temporary project folder.
fn store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut b = Builder::new(dir.path(), Path::new("")).unwrap();
    let origin = b.origin("a.tmx");
    for k in 0..20 {
        let unit = crate::tm::unit_in(
            origin,
            ("en", &format!("Everyone has the right {k}.")),
            ("bg", &format!("Всеки има право {k}.")),
        );
        b.add(&unit).unwrap();
    }
    b.finish().unwrap();
    dir
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn markdown_and_text(bytes in prop_oneof![proptest::collection::vec(any::<u8>(), 0..400), mutated(udhr("bg"))]) {
        if let Ok(text) = text::decode(bytes, Path::new("a.md")) {
            let paragraphs = segment::segment(&text);
            prop_assert!(paragraphs.iter().all(|p| p.line >= 1));
        }
    }

    #[test]
    fn project_files(bytes in prop_oneof![proptest::collection::vec(any::<u8>(), 0..300), mutated(TOML.as_bytes().to_vec())]) {
        if let Ok(text) = text::decode(bytes, Path::new("lockstep.toml")) {
            let _ = project::parse(&text, Path::new("lockstep.toml"));
        }
    }

    #[test]
    fn memory_files(bytes in prop_oneof![proptest::collection::vec(any::<u8>(), 0..300), mutated(memory_file())]) {
        if let Ok(text) = text::decode(bytes, Path::new("m")) {
            let _ = memory::parse(&text, Path::new("m"), Owner { document: "a.en.md", lang: "bg" });
        }
    }

    #[test]
    fn tmx_files(bytes in prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..400),
        mutated(std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tmx/multilingual.tmx")).unwrap()),
    ]) {
        let _ = tmx::read(&bytes[..], |_| Ok::<_, ()>(()), |_| {});
    }

    #[test]
    fn the_status_cache(bytes in proptest::collection::vec(any::<u8>(), 0..300), seed in any::<u64>()) {
        let dir = tempfile::tempdir().unwrap();
        let cache_dir = dir.path().join(".lockstep/cache");
        std::fs::create_dir_all(&cache_dir).unwrap();
        // A cache as written, then changed; or bytes from nowhere.
        let mut cache = crate::workspace::cache::Cache::open(dir.path());
        let state = crate::status::BeadState {
            id: "ab12c".into(),
            state: crate::status::State::Stale,
            source: vec![0],
            target: vec![0],
            target_edited: false,
            memory: vec![0],
        };
        cache.put("a.en.md", "bg", 7, &[state]);
        cache.save();
        let mut written = std::fs::read(cache_dir.join("status.bin")).unwrap();
        let at = (seed % written.len() as u64) as usize;
        written[at] ^= (seed >> 8) as u8 | 1;
        for damaged in [written, bytes] {
            std::fs::write(cache_dir.join("status.bin"), &damaged).unwrap();
            let cache = crate::workspace::cache::Cache::open(dir.path());
            prop_assert!(cache.get("a.en.md", "bg", 7).is_none(), "a damaged cache is dropped");
        }
    }

    #[test]
    fn store_files(which in 0usize..5, seed in any::<u64>()) {
        let dir = store();
        let folder = crate::tm::store_dir(dir.path());
        let name = ["units.bin", "offsets.bin", "index.bin", "lengths.bin", "meta.json"][which];
        let path = folder.join(name);
        let mut bytes = std::fs::read(&path).unwrap();
        // A few bytes changed, or the file cut, from the seed.
        let len = bytes.len().max(1) as u64;
        match seed % 3 {
            0 => bytes.truncate((seed / 3 % len) as usize),
            _ => {
                for k in 0..3 {
                    let at = ((seed >> (k * 16)) % len) as usize;
                    if at < bytes.len() {
                        bytes[at] ^= (seed >> 8) as u8 | 1;
                    }
                }
            }
        }
        std::fs::write(&path, &bytes).unwrap();
        if let Ok(Some(store)) = Store::open(dir.path(), Path::new("")) {
            let _ = store.verify();
            for unit in store.units() {
                let _ = unit;
            }
            let q = crate::tm::Query {
                text: "Everyone has the right 7.",
                source_lang: &crate::text::Lang::parse("en").unwrap(),
                target_lang: &crate::text::Lang::parse("bg").unwrap(),
                context: None,
                others_only: false,
            };
            let _ = crate::tm::suggest(&q, &crate::tm::ProjectMemory::default(), Some(&store), 3, 50);
        }
    }
}
