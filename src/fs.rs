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

/// A lock on a project's memory: exclusive for writers, shared for readers. Released on drop.
#[derive(Debug)]
pub struct Lock {
    _file: Option<File>,
}

impl Lock {
    /// Takes the exclusive lock, creating the memory folder if needed; waits for other runs.
    pub fn exclusive(root: &Path, shown_root: &Path) -> Result<Lock> {
        let dir = root.join(LOCKSTEP_DIR);
        let shown = shown_root.join(LOCKSTEP_DIR).join(".lock");
        fs::create_dir_all(&dir).map_err(|e| Error::io(&e, &shown))?;
        ensure_gitignore(&dir, &shown)?;
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(".lock"))
            .map_err(|e| Error::io(&e, &shown))?;
        file.lock().map_err(|_| Error::new(ErrorKind::Locked, Location::file(&shown)))?;
        Ok(Lock { _file: Some(file) })
    }

    /// Takes a shared lock if the project has a memory folder (readers never create it).
    pub fn shared(root: &Path, shown_root: &Path) -> Result<Lock> {
        let dir = root.join(LOCKSTEP_DIR);
        if !dir.is_dir() {
            return Ok(Lock { _file: None });
        }
        let shown = shown_root.join(LOCKSTEP_DIR).join(".lock");
        let file = match File::options().create(true).truncate(false).write(true).open(dir.join(".lock")) {
            Ok(f) => f,
            // A read-only checkout: read without a lock, as every write is atomic anyway.
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                return Ok(Lock { _file: None });
            }
            Err(e) => return Err(Error::io(&e, &shown)),
        };
        file.lock_shared().map_err(|_| Error::new(ErrorKind::Locked, Location::file(&shown)))?;
        Ok(Lock { _file: Some(file) })
    }
}

/// Keeps the lock file and temporary files out of git.
pub fn ensure_gitignore(dir: &Path, shown: &Path) -> Result<()> {
    const IGNORED: &str = ".lock\n*.tmp\ncache/\n";
    let path = dir.join(".gitignore");
    if fs::read_to_string(&path).is_ok_and(|t| t.contains("cache/")) {
        return Ok(());
    }
    write_atomic(&path, IGNORED.as_bytes(), shown)
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
}
