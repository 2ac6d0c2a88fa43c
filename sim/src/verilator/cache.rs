//! The on-disk cache: where it lives, how keys are made, and how results are published so that
//! concurrent builders (threads or processes) never see half-written files.

use super::error::Error;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

pub use golden::cache::{Key, default_root};

/// An exclusive advisory lock on `path` (created if needed), released on drop. It only saves
/// duplicate work: correctness comes from [`publish`], so a filesystem without locks still works.
pub(crate) struct Lock {
    _file: Option<File>,
}

pub(crate) fn lock(path: &Path) -> Lock {
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .ok();
    Lock {
        _file: file.filter(|f| f.lock().is_ok()),
    }
}

/// A fresh scratch directory under `<root>/tmp`, on the cache's filesystem so renames are atomic.
/// Removed on drop unless it was published.
pub(crate) struct Scratch {
    path: PathBuf,
    keep: bool,
}

impl Scratch {
    pub(crate) fn new(root: &Path, label: &str) -> Result<Scratch, Error> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let tmp = root.join("tmp");
        fs::create_dir_all(&tmp).map_err(Error::io("creating", &tmp))?;
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = tmp.join(format!("{label}-{}-{n}", std::process::id()));
        // A leftover of a crashed process with a recycled pid is stale: start over.
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path).map_err(Error::io("creating", &path))?;
        Ok(Scratch { path, keep: false })
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the scratch directory to `dest`. If another builder got there first, its result is
    /// kept (it was built from the same key) and ours is discarded. Returns whether ours won.
    pub(crate) fn publish(mut self, dest: &Path) -> Result<bool, Error> {
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent).map_err(Error::io("creating", parent))?;
        }
        match fs::rename(&self.path, dest) {
            Ok(()) => {
                self.keep = true;
                Ok(true)
            }
            // Linux refuses to rename a directory onto a non-empty one: the winner is in place.
            Err(_) if dest.is_dir() => Ok(false),
            Err(e) => Err(Error::io("publishing", dest)(e)),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !self.keep {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

/// Moves a finished file into place atomically (same filesystem), replacing any equal copy.
pub(crate) fn publish_file(from: &Path, to: &Path) -> Result<(), Error> {
    fs::rename(from, to).map_err(Error::io("publishing", to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn losing_publish_keeps_the_winner() {
        let root = tempfile::tempdir().unwrap();
        let dest = root.path().join("models").join("k");
        let a = Scratch::new(root.path(), "a").unwrap();
        fs::write(a.path().join("f"), "a").unwrap();
        let b = Scratch::new(root.path(), "b").unwrap();
        fs::write(b.path().join("f"), "b").unwrap();
        let b_path = b.path().to_path_buf();
        assert!(a.publish(&dest).unwrap());
        assert!(!b.publish(&dest).unwrap());
        assert_eq!(fs::read_to_string(dest.join("f")).unwrap(), "a");
        assert!(!b_path.exists(), "the loser's scratch directory is removed");
    }
}
