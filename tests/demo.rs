//! `delaytile demo` end to end, as the README runs it, from a clean cache (a temporary
//! `DELAYTILE_CACHE`): it must make the speech set, train, beat chance on the held-out speakers,
//! write the Verilog and the parameters, and co-simulate with 0 mismatches. Needs espeak-ng and
//! Verilator (`scripts/setup` installs both); without them it fails, it does not skip.

use golden::paramfile::{self, Stored};
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_delaytile");

/// The number after `prefix` on the line that starts with it.
fn number_after(text: &str, prefix: &str) -> f64 {
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("no line starting {prefix:?} in:\n{text}"));
    let num: String = line
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    num.parse()
        .unwrap_or_else(|_| panic!("no number after {prefix:?}: {line}"))
}

#[test]
fn demo_runs_end_to_end_from_a_clean_cache() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("demo");
    let r = Command::new(BIN)
        .args(["demo", "--out"])
        .arg(&dir)
        .env("DELAYTILE_CACHE", cache.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&r.stdout);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(
        r.status.success(),
        "demo failed\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    // The summary, for the test log (shown with --nocapture).
    println!("{stderr}\n{stdout}");

    // The set was made in the clean cache, not found elsewhere.
    assert!(stderr.contains("made "), "{stderr}");
    let sets: Vec<_> = std::fs::read_dir(cache.path().join("speech"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(sets.len(), 1, "{sets:?}");
    // The generated files load with the SHD loader (which validates every field).
    for name in ["shd_train.h5", "shd_test.h5"] {
        let f = golden::shd::load(&sets[0].join(name)).unwrap();
        assert_eq!(f.keys.len(), 20);
        assert!(f.samples.iter().all(|s| s.speaker.is_some()));
    }

    // Accuracy on the held-out speakers, well above chance.
    let acc = number_after(&stdout, "accuracy on held-out speakers:");
    let line = stdout
        .lines()
        .find(|l| l.starts_with("accuracy on held-out speakers:"))
        .unwrap();
    let chance = number_after(line.split("chance").nth(1).unwrap(), "");
    assert_eq!(chance, 5.0, "{line}");
    assert!(
        acc >= 2.0 * chance,
        "accuracy {acc} % is not well above chance\n{stdout}"
    );

    // The co-simulation compared values and found no difference.
    let cosim = stdout
        .lines()
        .find(|l| l.starts_with("co-simulation:"))
        .unwrap_or_else(|| panic!("no co-simulation line:\n{stdout}"));
    assert!(cosim.contains(", 0 mismatches"), "{cosim}");
    assert!(number_after(cosim, "co-simulation:") >= 1.0, "{cosim}");

    // Memory and latency lines carry numbers.
    assert!(number_after(&stdout, "memory: inference") > 0.0, "{stdout}");
    assert!(number_after(&stdout, "latency:") > 0.0, "{stdout}");

    // The outputs: Verilog of the tile, learned fixed-point parameters that differ from the
    // initial ones, and the results.
    let verilog = std::fs::read_to_string(dir.join("tile.v")).unwrap();
    assert!(verilog.contains("module top"), "tile.v has no top module");
    let (cfg, stored) = paramfile::load(&dir.join("params.dtp")).unwrap();
    let Stored::Fixed(learned) = stored else {
        panic!("the demo must save fixed-point parameters");
    };
    let initial = golden::fixed::Tile::new(&cfg).unwrap().params;
    assert_ne!(learned.w, initial.w, "the weights did not learn");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("demo.json")).unwrap()).unwrap();
    assert_eq!(
        json["held_out_accuracy"].as_array().unwrap().len() as u64,
        json["epochs"].as_u64().unwrap()
    );
    assert!(json["cosim_mismatch"].is_null());
    assert!(!dir.join("demo.json.tmp").exists());
}

#[test]
fn an_output_path_that_is_a_file_is_refused_before_any_work() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("plain");
    std::fs::write(&file, b"x").unwrap();
    let r = Command::new(BIN)
        .args(["demo", "--out"])
        .arg(&file)
        .env("DELAYTILE_CACHE", tmp.path().join("cache"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("plain") && stderr.contains("not a directory"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // Nothing was made.
    assert!(!Path::new(&tmp.path().join("cache")).exists());
}
