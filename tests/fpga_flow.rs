//! `delaytile synth` end to end where it is quick: a configuration that cannot fit is reported
//! with its numbers before synthesis, with a non-zero exit and a summary that says why; bad
//! input is named. (Full synthesis, place and route of the tile take minutes to tens of minutes:
//! `delaytile synth` / `delaytile estimate` run them, and the README records their results.)

use std::path::Path;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_delaytile"))
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_configuration_too_big_for_the_block_ram_is_reported_before_synthesis() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("up5k");
    let r = bin()
        .args(["synth", "--target", "ice40-up5k", "--config"])
        .arg(root().join("configs/fpga-small.toml"))
        .arg("--out")
        .arg(&dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success(), "{err}");
    assert!(
        err.contains("does not fit the iCE40UP5K-SG48")
            && err.contains("block RAM")
            && err.contains("has 30"),
        "{err}"
    );
    let summary: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["fits"], false);
    assert!(summary["predicted_brams"].as_u64().unwrap() > 30);
    assert_eq!(summary["device_brams"], 30);
    assert!(summary["area"].is_null(), "no synthesis was run");
    assert!(!dir.join("synth.json").exists());
}

#[test]
fn a_baud_rate_the_clock_cannot_make_is_named() {
    let out = tempfile::tempdir().unwrap();
    let r = bin()
        .args([
            "synth", "--target", "ecp5-25k", "--baud", "10000000", "--config",
        ])
        .arg(root().join("configs/fpga-small.toml"))
        .arg("--out")
        .arg(out.path().join("x"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success());
    assert!(
        err.contains("25000000 Hz") && err.contains("10000000") && err.contains("at least 4"),
        "{err}"
    );
}

#[test]
fn run_needs_a_port_or_cosim() {
    let r = bin()
        .args(["run", "--config"])
        .arg(root().join("configs/fpga-small.toml"))
        .args(["--data", "nothing.h5"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success());
    assert!(
        err.contains("nothing.h5") || err.contains("--port"),
        "{err}"
    );
}
