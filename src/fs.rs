//! Files that are never half-written: atomic replacement, the project lock, and the
//! `.gitignore` of lockstep's own folder.
//!
//! Every file lockstep writes (memory, project file, status cache, imported store, exported
//! TMX) goes through [`write_atomic`] or, for a folder, is built beside its target and renamed
//! into place; every run that reads or writes the memory holds a [`Lock`]. This module knows
//! nothing of what the files hold.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::Path;

use crate::error::{Error, ErrorKind, Location, Result};

/// lockstep's folder in a project: the memory, the imported store, the cache and the lock.
pub const LOCKSTEP_DIR: &str = ".lockstep";

/// Writes `contents` to `path` atomically: a temporary file in the same folder, flushed to
/// disk, renamed over the target, then the folder flushed. Readers see the old file or the new
/// one, never a mix.
pub fn write_atomic(path: &Path, contents: &[u8], shown: &Path) -> Result<()> {
    write_atomic_with(path, shown, |w| w.write_all(contents))
}

/// [`write_atomic`] for a file written piece by piece: `write` fills a buffered writer on the
/// temporary file. On any error the temporary file is removed and the target left as it was.
pub fn write_atomic_with(
    path: &Path,
    shown: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> std::io::Result<()>,
) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir).map_err(|e| Error::io(&e, shown))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("lockstep");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut w = BufWriter::with_capacity(1 << 16, File::create(&tmp)?);
        write(&mut w)?;
        w.flush()?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        if let Ok(d) = File::open(dir) {
            // Not every platform can sync a folder; the rename has happened either way.
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|e: std::io::Error| {
        let _ = fs::remove_file(&tmp);
        Error::io(&e, shown)
    })
}

/// The journal of a commit of several files, in lockstep's folder: while it exists, every
/// temporary file it names is whole, and the commit is finished by renaming them into place.
const JOURNAL: &str = ".journal";

/// What writes one file's contents, for [`commit_all`].
pub type Contents<'a> = Box<dyn FnOnce(&mut dyn Write) -> std::io::Result<()> + 'a>;

/// Writes several files as one: either every file is replaced or none is, even if the run is
/// killed half-way. Each file is written whole to a temporary file beside its target and flushed;
/// then a journal naming the renames is written atomically into `lockstep_dir`; then the renames
/// are made and the journal removed. A run killed before the journal leaves only temporary files
/// (the next writer removes them: nothing changed); one killed after it leaves a journal, and the
/// next run that takes the lock finishes the renames ([`Lock::exclusive`]).
pub fn commit_all(lockstep_dir: &Path, files: Vec<(&Path, &Path, Contents<'_>)>) -> Result<()> {
    let shown_journal = Path::new(LOCKSTEP_DIR).join(JOURNAL);
    let mut renames: Vec<(std::path::PathBuf, std::path::PathBuf)> = Vec::new();
    let cleanup = |renames: &[(std::path::PathBuf, std::path::PathBuf)]| {
        for (tmp, _) in renames {
            let _ = fs::remove_file(tmp);
        }
    };
    for (path, shown, write) in files {
        let dir = path.parent().unwrap_or(Path::new("."));
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("lockstep");
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let written = (|| {
            fs::create_dir_all(dir)?;
            let mut w = BufWriter::with_capacity(1 << 16, File::create(&tmp)?);
            write(&mut w)?;
            w.flush()?;
            w.into_inner().map_err(|e| e.into_error())?.sync_all()
        })();
        renames.push((tmp, path.to_path_buf()));
        if let Err(e) = written {
            cleanup(&renames);
            return Err(Error::io(&e, shown));
        }
    }
    // The temporary files' folder entries are on disk before the journal that names them.
    let mut folders: Vec<&Path> = renames.iter().filter_map(|(tmp, _)| tmp.parent()).collect();
    folders.sort();
    folders.dedup();
    for folder in folders {
        if let Ok(d) = File::open(folder) {
            let _ = d.sync_all();
        }
    }
    // The journal names the files relative to the project folder (as JSON, whatever their
    // names hold), so that it is finished right from any working folder, or after a move.
    let root = lockstep_dir.parent().unwrap_or(Path::new("."));
    let relative = |p: &Path| p.strip_prefix(root).unwrap_or(p).to_string_lossy().into_owned();
    let entries: Vec<(String, String)> = renames.iter().map(|(t, p)| (relative(t), relative(p))).collect();
    let journal = serde_json::to_vec(&entries).unwrap_or_default();
    if let Err(e) = write_atomic(&lockstep_dir.join(JOURNAL), &journal, &shown_journal) {
        cleanup(&renames);
        return Err(e);
    }
    finish_commit(lockstep_dir).map_err(|e| Error::io(&e, &shown_journal))?;
    // Every file must now be in place: a temporary file still there is a rename that failed.
    match renames.iter().find(|(tmp, _)| tmp.exists()) {
        Some((_, target)) => Err(Error::io(&std::io::ErrorKind::Other.into(), target)),
        None => Ok(()),
    }
}

/// Finishes the commit a journal names, if there is one: renames whatever temporary file is
/// still there, then removes the journal.
fn finish_commit(lockstep_dir: &Path) -> std::io::Result<()> {
    let journal = lockstep_dir.join(JOURNAL);
    let bytes = match fs::read(&journal) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    // A journal that does not read was never whole (it is written atomically): nothing of it
    // was renamed, and its temporary files go with the sweep.
    let entries: Vec<(String, String)> = serde_json::from_slice(&bytes).unwrap_or_default();
    let root = lockstep_dir.parent().unwrap_or(Path::new("."));
    for (tmp, target) in entries {
        let (tmp, target) = (root.join(tmp), root.join(target));
        if tmp.exists() {
            fs::rename(&tmp, &target)?;
            if let Some(dir) = target.parent().and_then(|d| File::open(d).ok()) {
                let _ = dir.sync_all();
            }
        }
    }
    fs::remove_file(&journal)?;
    if let Ok(dir) = File::open(lockstep_dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// A lock on a project's memory: exclusive for writers, shared for readers. Released on drop.
#[derive(Debug)]
pub struct Lock {
    _file: Option<File>,
}

impl Lock {
    /// Takes the exclusive lock for a run that writes, creating lockstep's folder if needed.
    /// While another run holds it, tries again ten times a second for `wait_tenths` tenths of a
    /// second, calling `waiting` once, after a second, with that run's process id when known;
    /// then gives up with [`ErrorKind::Locked`].
    pub fn exclusive(
        root: &Path,
        shown_root: &Path,
        wait_tenths: u32,
        waiting: &mut dyn FnMut(Option<u32>),
    ) -> Result<Lock> {
        let dir = root.join(LOCKSTEP_DIR);
        let shown = shown_root.join(LOCKSTEP_DIR).join(".lock");
        inside(root, &dir, shown_root)?;
        fs::create_dir_all(&dir).map_err(|e| Error::io(&e, &shown))?;
        ensure_gitignore(&dir, &shown)?;
        let path = dir.join(".lock");
        let mut file = File::options()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&e, &shown))?;
        let mut tries = 0u32;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(std::fs::TryLockError::WouldBlock) if tries < wait_tenths => {
                    if tries == 10 {
                        let pid = fs::read_to_string(&path).ok().and_then(|t| t.trim().parse().ok());
                        waiting(pid);
                    }
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                Err(_) => return Err(Error::new(ErrorKind::Locked, Location::file(&shown))),
            }
        }
        // Who holds it, for a run that waits; the lock, not this text, is what counts.
        let _ = file.set_len(0).and_then(|_| write!(file, "{}", std::process::id()));
        // No other writer runs now: a commit a killed run left half-done is finished, and what
        // else it left behind can go.
        finish_commit(&dir).map_err(|e| Error::io(&e, &shown))?;
        sweep_leftovers(root);
        Ok(Lock { _file: Some(file) })
    }

    /// What a run that only reads takes: no lock at all (every write is an atomic rename, so a
    /// reader sees each file whole, old or new, and never waits for a writer), only the check
    /// that lockstep's folder is the project's own.
    pub fn reader(root: &Path, shown_root: &Path) -> Result<Lock> {
        let dir = root.join(LOCKSTEP_DIR);
        inside(root, &dir, shown_root)?;
        // A commit a killed run left half-done is finished first, if no writer is at work.
        if dir.join(JOURNAL).exists()
            && let Ok(file) = File::options().read(true).write(true).open(dir.join(".lock"))
            && file.try_lock().is_ok()
        {
            let shown = shown_root.join(LOCKSTEP_DIR).join(JOURNAL);
            finish_commit(&dir).map_err(|e| Error::io(&e, &shown))?;
        }
        Ok(Lock { _file: None })
    }
}

/// Refuses lockstep's folder, or a folder in it (`memory`, `imported`, `cache`, `derived`), when it
/// resolves outside the project (a symlink elsewhere): nothing is read or written through it.
fn inside(root: &Path, dir: &Path, shown_root: &Path) -> Result<()> {
    let Ok(root) = root.canonicalize() else { return Ok(()) };
    for part in ["", "memory", "imported", "cache", "derived"] {
        let folder = if part.is_empty() { dir.to_path_buf() } else { dir.join(part) };
        if let Ok(real) = folder.canonicalize()
            && !real.starts_with(&root)
        {
            let name = if part.is_empty() { LOCKSTEP_DIR.to_string() } else { format!("{LOCKSTEP_DIR}/{part}") };
            return Err(Error::new(ErrorKind::PathOutsideProject(name.clone()), Location::file(shown_root.join(name))));
        }
    }
    Ok(())
}

/// The file in `.lockstep/imported/` that names the store in use: one generation folder,
/// `store-N`, replaced by writing this file atomically, so that the switch from one store to the
/// next is a single rename and a crash leaves the old store or the new one, never none.
pub const CURRENT: &str = "current";

/// The generation number of a store folder's name (`store-7` → 7).
pub fn generation(name: &str) -> Option<u64> {
    name.strip_prefix("store-").and_then(|n| n.parse().ok())
}

/// Whether a file name is one of lockstep's temporary names: `.NAME.PID.tmp` (an atomic write)
/// or `.store-PID.tmp` (a store being built).
fn is_leftover(name: &str) -> bool {
    let Some(stem) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else { return false };
    let pid = stem.rsplit(['.', '-']).next().unwrap_or_default();
    !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit())
}

/// Removes the temporary files a killed run left beside `files` (the project's documents, which
/// `import` writes): `.NAME.PID.tmp` for each file's NAME, in its folder. Called with the
/// exclusive lock held, so no other run is writing them.
pub fn sweep_beside(files: &[std::path::PathBuf]) {
    let mut by_folder: std::collections::BTreeMap<&Path, Vec<String>> = std::collections::BTreeMap::new();
    for f in files {
        if let (Some(dir), Some(name)) = (f.parent(), f.file_name()) {
            by_folder.entry(dir).or_default().push(format!(".{}.", name.to_string_lossy()));
        }
    }
    for (dir, prefixes) in by_folder {
        for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let ours = prefixes.iter().any(|p| {
                name.strip_prefix(p.as_str())
                    .and_then(|rest| rest.strip_suffix(".tmp"))
                    .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
            });
            if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// Removes what killed runs left: temporary files and store folders under `.lockstep/`, a
/// temporary project file beside `lockstep.toml`, and an old store set aside during a swap
/// (`store.old-PID`). Called with the exclusive lock held, so no other run is writing them.
fn sweep_leftovers(root: &Path) {
    let is_old_store =
        |name: &str| name.strip_prefix("store.old-").is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()));
    let mut stack = vec![root.join(LOCKSTEP_DIR)];
    if let Ok(entries) = fs::read_dir(root) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(".lockstep.toml.") && is_leftover(&name) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    // Store generations that `current` does not name: one built by a run killed before its
    // switch, or the old one a run killed after its switch did not remove yet.
    let imported = root.join(LOCKSTEP_DIR).join("imported");
    {
        // Without `current`, the store in use is `store` (or none yet).
        let current = fs::read_to_string(imported.join(CURRENT)).unwrap_or_else(|_| "store".into());
        let current = current.trim();
        let stale = |name: &str| name != current && (name == "store" || generation(name).is_some());
        if current == "store" || generation(current).is_some() && imported.join(current).is_dir() {
            for entry in fs::read_dir(&imported).into_iter().flatten().flatten() {
                if entry.path().is_dir() && stale(&entry.file_name().to_string_lossy()) {
                    let _ = fs::remove_dir_all(entry.path());
                }
            }
        }
    }
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else { continue };
            if kind.is_dir() && (is_leftover(&name) || is_old_store(&name)) {
                let _ = fs::remove_dir_all(entry.path());
            } else if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() && is_leftover(&name) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// Keeps the lock file and temporary files out of git.
pub fn ensure_gitignore(dir: &Path, shown: &Path) -> Result<()> {
    const IGNORED: [&str; 4] = [".lock", ".journal", "*.tmp", "cache/"];
    let path = dir.join(".gitignore");
    let text = fs::read_to_string(&path).unwrap_or_default();
    let missing: Vec<&str> = IGNORED.iter().copied().filter(|l| !text.lines().any(|t| t.trim() == *l)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    // The user's own lines stay; lockstep's are added.
    let mut new = text;
    if !new.is_empty() && !new.ends_with('\n') {
        new.push('\n');
    }
    for line in missing {
        new.push_str(line);
        new.push('\n');
    }
    write_atomic(&path, new.as_bytes(), shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x/y.jsonl");
        write_atomic(&p, b"one", Path::new("y")).unwrap();
        write_atomic(&p, b"two", Path::new("y")).unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "two");
        assert_eq!(fs::read_dir(p.parent().unwrap()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.tmx");
        write_atomic(&p, b"old", Path::new("out.tmx")).unwrap();
        let err = write_atomic_with(&p, Path::new("out.tmx"), |w| {
            w.write_all(b"half")?;
            Err(std::io::Error::other("disk on fire"))
        })
        .unwrap_err();
        assert_eq!(err.at.path.as_deref(), Some(Path::new("out.tmx")));
        assert_eq!(fs::read_to_string(&p).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
    }

    #[test]
    fn the_next_writer_removes_what_a_killed_run_left() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let memory = root.join(".lockstep/memory/a.en.md");
        fs::create_dir_all(&memory).unwrap();
        fs::create_dir_all(root.join(".lockstep/imported/.store-4242.tmp")).unwrap();
        fs::create_dir_all(root.join(".lockstep/imported/store.old-4242")).unwrap();
        for leftover in [memory.join(".bg.jsonl.4242.tmp"), root.join(".lockstep.toml.4242.tmp")] {
            fs::write(leftover, "half").unwrap();
        }
        let kept =
            [memory.join("bg.jsonl"), memory.join(".notes.tmp"), root.join(".lockstep/imported/store/units.bin")];
        for file in &kept {
            fs::create_dir_all(file.parent().unwrap()).unwrap();
            fs::write(file, "whole").unwrap();
        }
        drop(Lock::exclusive(root, Path::new(""), 0, &mut |_| {}).unwrap());
        let mut left: Vec<String> = Vec::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in fs::read_dir(&d).unwrap().flatten() {
                if e.path().is_dir() {
                    stack.push(e.path());
                } else {
                    left.push(e.path().strip_prefix(root).unwrap().display().to_string());
                }
            }
        }
        left.sort();
        assert_eq!(
            left,
            [
                ".lockstep/.gitignore",
                ".lockstep/.lock",
                ".lockstep/imported/store/units.bin",
                ".lockstep/memory/a.en.md/.notes.tmp",
                ".lockstep/memory/a.en.md/bg.jsonl"
            ]
        );
    }

    #[test]
    fn a_half_done_commit_is_finished_from_any_folder_and_names_may_hold_anything() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("proj");
        let memory = root.join(".lockstep/memory/a\tb.en.md");
        fs::create_dir_all(&memory).unwrap();
        fs::write(memory.join("bg.jsonl"), "old").unwrap();
        fs::write(memory.join(".bg.jsonl.77.tmp"), "new").unwrap();
        // What a run killed after its journal leaves: paths relative to the project folder.
        let journal = serde_json::to_vec(&[(
            ".lockstep/memory/a\tb.en.md/.bg.jsonl.77.tmp",
            ".lockstep/memory/a\tb.en.md/bg.jsonl",
        )])
        .unwrap();
        fs::write(root.join(".lockstep/.journal"), journal).unwrap();
        fs::write(root.join(".lockstep/.lock"), "77").unwrap();
        // The project moved since, and is named by an absolute path now.
        let moved = dir.path().join("moved");
        fs::rename(&root, &moved).unwrap();
        drop(Lock::reader(&moved, Path::new("")).unwrap());
        let memory = moved.join(".lockstep/memory/a\tb.en.md");
        assert_eq!(fs::read_to_string(memory.join("bg.jsonl")).unwrap(), "new");
        assert!(!moved.join(".lockstep/.journal").exists());
        // And a commit through names with tabs puts every file in place.
        let target = memory.join("hr.jsonl");
        let shown = Path::new("hr.jsonl");
        let files: Vec<(&Path, &Path, Contents)> = vec![(&target, shown, Box::new(|w| w.write_all(b"hr")))];
        commit_all(&moved.join(LOCKSTEP_DIR), files).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "hr");
    }
}
