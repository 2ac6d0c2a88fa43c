//! Shared by the integration tests: the fixture and one temporary cache per test binary for the
//! tests that are not about caching (so the ~10 s runtime compile is paid once per binary).

#![allow(dead_code)] // each test binary uses a different part

use sim::verilator::{Build, Model};
use std::path::Path;
use std::sync::OnceLock;

/// 16 x 64-bit register file with the tile's ports (see the file's header).
pub const REGFILE: &str = include_str!("../fixtures/regfile.v");

/// A cache directory that lives as long as the test binary.
pub fn shared_cache() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("temp dir"))
        .path()
}

/// The fixture built without tracing in the shared cache, once per binary.
pub fn regfile() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Build::new()
            .cache_dir(shared_cache())
            .load(REGFILE)
            .expect("fixture builds")
    })
}
