//! Fuzz-style robustness of the two file loaders, run in the normal suite: random byte
//! mutations and truncations of valid files must load or give a typed error that names the
//! file, never panic. Seeds: a parameter file of each numeric kind, an SHD file written by
//! rust-hdf5 (version-2 superblock, checksummed metadata) and one written by h5py behind a user
//! block (version-0 superblock, no metadata checksums, so mutations reach deep into the reader).
//! Mutated parameter files get their checksum recomputed in half of the cases, so that the
//! mutations also reach the layout, configuration and range checks behind it.

use golden::config::{Config, DelayMode, Feedback};
use golden::format::Formats;
use golden::paramfile::{self, Stored};
use golden::params::Params;
use golden::shd::{self, SHD_UNITS, Sample, ShdWrite};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

/// What to do to a valid file: overwrite bytes, then maybe cut it.
#[derive(Clone, Debug)]
struct Damage {
    /// (position as a fraction of the length, new byte).
    writes: Vec<(f64, u8)>,
    /// Keep this fraction of the bytes.
    cut: Option<f64>,
}

fn arb_damage() -> impl Strategy<Value = Damage> {
    let byte = prop_oneof![any::<u8>(), Just(0u8), Just(0xff)];
    (
        prop::collection::vec((0.0f64..1.0, byte), 0..8),
        prop::option::weighted(0.3, 0.0f64..1.0),
    )
        .prop_map(|(writes, cut)| Damage { writes, cut })
}

fn apply(bytes: &[u8], d: &Damage, from: usize) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let span = out.len() - from;
    for &(pos, b) in &d.writes {
        let i = from + ((pos * span as f64) as usize).min(span - 1);
        out[i] = b;
    }
    if let Some(keep) = d.cut {
        out.truncate((keep * out.len() as f64) as usize);
    }
    out
}

fn small_config(mode: DelayMode) -> Config {
    let mut cfg = Config::default();
    cfg.network.inputs = 5;
    cfg.network.hidden = 4;
    cfg.network.outputs = 3;
    cfg.network.max_delay = 8;
    cfg.network.delay_mode = mode;
    cfg.learning.feedback = Feedback::Random;
    cfg.validate().unwrap();
    cfg
}

fn param_seeds() -> Vec<Vec<u8>> {
    let cfg = small_config(DelayMode::Both);
    let p = Params::init(&cfg, &Formats::new(&cfg).unwrap());
    let float = p.to_float(&cfg);
    vec![
        paramfile::encode(&cfg, &Stored::Fixed(p)),
        paramfile::encode(&cfg, &Stored::Float(float)),
    ]
}

/// Recomputes the trailing FNV-1a checksum (the file's last 8 bytes).
fn fix_checksum(bytes: &mut [u8]) {
    if bytes.len() >= 8 {
        let n = bytes.len() - 8;
        let sum = paramfile::fnv1a64(&bytes[..n]);
        bytes[n..].copy_from_slice(&sum.to_le_bytes());
    }
}

fn rust_hdf5_seed(dir: &Path) -> Vec<u8> {
    let path = dir.join("seed.h5");
    let samples = vec![
        Sample {
            times: vec![0.001, 0.25, 0.5],
            units: vec![0, 350, (SHD_UNITS - 1) as u16],
            label: 1,
            speaker: Some(3),
        },
        Sample {
            times: vec![],
            units: vec![],
            label: 0,
            speaker: Some(4),
        },
    ];
    let keys = vec!["null".to_string(), "eins".to_string()];
    shd::write(
        &path,
        &ShdWrite {
            samples: &samples,
            keys: &keys,
        },
    )
    .unwrap();
    std::fs::read(&path).unwrap()
}

fn h5py_seed() -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/userblock.h5");
    std::fs::read(p).unwrap()
}

/// A loaded file must satisfy the loader's invariants; an error must name the file.
fn check_shd(path: &Path) -> Result<(), TestCaseError> {
    match shd::load(path) {
        Ok(f) => {
            for s in &f.samples {
                prop_assert_eq!(s.times.len(), s.units.len());
                prop_assert!(usize::from(s.label) < f.keys.len());
                prop_assert!(s.units.iter().all(|&u| usize::from(u) < SHD_UNITS));
                prop_assert!(s.times.iter().all(|t| t.is_finite() && *t >= 0.0));
            }
        }
        Err(e) => {
            let msg = e.to_string();
            prop_assert!(msg.contains(&path.display().to_string()), "{}", msg);
        }
    }
    Ok(())
}

fn case_path(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn damaged_parameter_files_load_or_fail_cleanly(
        kind in 0usize..2,
        d in arb_damage(),
        fix in any::<bool>(),
    ) {
        let seeds = param_seeds();
        let mut bytes = apply(&seeds[kind], &d, 0);
        if fix {
            fix_checksum(&mut bytes);
        }
        let path = Path::new("fuzz.dtp");
        match paramfile::decode(path, &bytes) {
            Ok((cfg, stored)) => {
                // Whatever loads is consistent with its configuration.
                prop_assert!(cfg.validate().is_ok());
                prop_assert!(paramfile::check_shapes(&cfg, &stored).is_ok());
            }
            Err(e) => prop_assert!(e.to_string().contains("fuzz.dtp"), "{}", e),
        }
    }

    #[test]
    fn damaged_shd_files_load_or_fail_cleanly(
        seed in 0usize..2,
        d in arb_damage(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let (bytes, from) = if seed == 0 {
            (rust_hdf5_seed(dir.path()), 0)
        } else {
            // Past the user block: damage there changes nothing.
            (h5py_seed(), 512)
        };
        let damaged = apply(&bytes, &d, from);
        let path = case_path(dir.path(), "fuzz.h5");
        std::fs::write(&path, &damaged).unwrap();
        check_shd(&path)?;
    }
}

#[test]
fn the_seeds_are_valid() {
    for bytes in param_seeds() {
        paramfile::decode(Path::new("seed.dtp"), &bytes).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    rust_hdf5_seed(dir.path());
    shd::load(&dir.path().join("seed.h5")).unwrap();
    let h5py = case_path(dir.path(), "h5py.h5");
    std::fs::write(&h5py, h5py_seed()).unwrap();
    shd::load(&h5py).unwrap();
}
