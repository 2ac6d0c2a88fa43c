//! Shared by the NIR tests (golden, sim, CLI): the reference `nir` package's Python from the
//! venv `scripts/setup` makes, the fixtures it writes, and the tests' base configuration.

#![allow(dead_code)] // each test binary uses a different part

use golden::config::Config;
use golden::rng::SplitMix64;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The venv's Python (`$DELAYTILE_NIR_VENV`, default from scripts/venvs.env).
/// Missing is a failure, never a skip: `scripts/setup` installs it.
pub fn python() -> PathBuf {
    let venv = golden::venvs::venv("DELAYTILE_NIR_VENV");
    let py = venv.join("bin/python");
    assert!(
        py.exists(),
        "{} missing: run scripts/setup (it installs the Python nir package there)",
        py.display()
    );
    py
}

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("{}tests/nir/{name}", golden_dir()))
}

/// `golden/` relative to the crate running the test.
fn golden_dir() -> &'static str {
    if env!("CARGO_MANIFEST_DIR").ends_with("golden") {
        ""
    } else if Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("golden")
        .exists()
    {
        "golden/"
    } else {
        "../golden/"
    }
}

/// Runs a script of golden/tests/nir with the venv's Python; its standard output.
pub fn run_python(name: &str, args: &[&Path]) -> String {
    let out = Command::new(python())
        .arg(script(name))
        .args(args)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "{name} {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The directory of fixtures written by `fixtures.py` with the real `nir` package (once per
/// test binary): `ok_<shape>.nir` and `refused_<case>.nir`.
pub fn fixtures() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        run_python("fixtures.py", &[dir.path()]);
        dir
    })
    .path()
}

pub fn fixture(name: &str) -> PathBuf {
    let p = fixtures().join(format!("{name}.nir"));
    assert!(p.exists(), "fixtures.py wrote no {}", p.display());
    p
}

/// The graph of a NIR file as `nir.read` sees it (dump.py's JSON).
pub fn python_read(path: &Path) -> serde_json::Value {
    serde_json::from_str(&run_python("dump.py", &[path])).unwrap()
}

/// The fixtures' step (1 ms) and D (16) on the reference widths.
pub fn base_config() -> Config {
    let mut cfg = Config::default();
    cfg.data.dt_ms = 1.0;
    cfg.network.max_delay = 16;
    cfg.validate().unwrap();
    cfg
}

/// `steps` steps of Bernoulli(`p`) spikes on `inputs` channels.
pub fn random_steps(inputs: usize, steps: usize, p: f64, seed: u64) -> Vec<Vec<u16>> {
    let mut rng = SplitMix64::new(seed);
    (0..steps)
        .map(|_| (0..inputs as u16).filter(|_| rng.next_f64() < p).collect())
        .collect()
}

/// The supported fixtures with the delay mode and recurrence import must find.
pub const SUPPORTED: [(&str, &str, bool); 5] = [
    ("ok_feedforward", "none", false),
    ("ok_recurrent", "none", true),
    ("ok_axonal", "axonal", true),
    ("ok_synaptic", "synaptic", false),
    ("ok_both", "both", true),
];
