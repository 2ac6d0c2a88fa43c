//! Output files, written atomically: a temporary file in the same directory, then a rename.

use anyhow::{Context, Result};
use std::path::Path;

/// Writes `bytes` to `path` atomically; on failure nothing is left behind.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    golden::atomic::write_bytes(path, bytes, |op, e| {
        anyhow::Error::new(e).context(format!("cannot {op} {}", path.display()))
    })
}

/// Serialises `value` as pretty JSON (with a final newline).
pub fn json_bytes<T: serde::Serialize>(value: &T) -> Result<Vec<u8>> {
    let mut v = serde_json::to_vec_pretty(value).context("cannot serialise the results")?;
    v.push(b'\n');
    Ok(v)
}
