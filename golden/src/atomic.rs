//! Atomic output files: write a hidden temporary file next to the target, then rename it over
//! the target, so that a failure never leaves a partial file behind.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// A fresh hidden name next to `path` (same directory, so the rename stays on one file system).
pub fn temp_path(path: &Path) -> std::io::Result<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().ok_or_else(|| {
        std::io::Error::new(std::io::ErrorKind::InvalidInput, "path has no file name")
    })?;
    let mut tmp = std::ffi::OsString::from(".");
    tmp.push(name);
    tmp.push(format!(
        ".{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    Ok(path.with_file_name(tmp))
}

/// Fill a temporary file with `fill`, then rename it onto `path`; on any failure the temporary
/// file is removed. The error says which operation failed.
pub fn write_with<E>(
    path: &Path,
    io_error: impl Fn(&'static str, std::io::Error) -> E,
    fill: impl FnOnce(&Path) -> Result<(), E>,
) -> Result<(), E> {
    let tmp = temp_path(path).map_err(|e| io_error("name a temporary file for", e))?;
    let result = fill(&tmp).and_then(|()| {
        std::fs::rename(&tmp, path).map_err(|e| io_error("rename the temporary file onto", e))
    });
    if result.is_err() {
        // Best effort: the temporary file may not exist.
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Write `bytes` to `path` atomically (synced before the rename).
pub fn write_bytes<E>(
    path: &Path,
    bytes: &[u8],
    io_error: impl Fn(&'static str, std::io::Error) -> E,
) -> Result<(), E> {
    write_with(path, &io_error, |tmp| {
        let mut f =
            std::fs::File::create(tmp).map_err(|e| io_error("create a temporary file for", e))?;
        f.write_all(bytes).map_err(|e| io_error("write", e))?;
        f.sync_all().map_err(|e| io_error("sync", e))
    })
}
