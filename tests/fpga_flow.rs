//! `delaytile synth` end to end: the small configuration goes to a bitstream on ECP5 with its
//! area and Fmax printed, clocked by the board's PLL above the oscillator's frequency, and
//! without the learning unit to a bitstream on the iCE40 HX8K, also from its PLL (each about
//! 2-7 minutes on 2 cores); a configuration that cannot fit (fpga-small with the learning unit on
//! either iCE40: block RAM) is reported with its numbers before synthesis, with a non-zero exit
//! and a summary that says why; bad input is named. (The reference configuration on the ECP5-85k takes longer: `delaytile synth`, README.)

use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_delaytile"))
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `delaytile synth --target TARGET --config configs/fpga-small.toml --set SET... --pll-mhz PLL`
/// to a bitstream: it fits, Yosys's block RAMs equal the memory map's prediction, the tile's clock
/// is the PLL's output (`clock_hz`, Hz), timing is met at it, and the bitstream `file` is
/// written. Returns the summary.
fn small_to_bitstream(
    target: &str,
    set: &[&str],
    pll_mhz: f64,
    clock_hz: u64,
    file: &str,
) -> serde_json::Value {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join(target);
    let t0 = Instant::now();
    let mut cmd = bin();
    cmd.args(["synth", "--target", target, "--config"])
        .arg(root().join("configs/fpga-small.toml"))
        .arg("--out")
        .arg(&dir);
    for s in set {
        cmd.args(["--set", s]);
    }
    cmd.args(["--pll-mhz", &pll_mhz.to_string()]);
    let r = cmd.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&r.stdout),
        String::from_utf8_lossy(&r.stderr)
    );
    // The flow's own report: LUT4, FF, BRAM, LUT-RAM, DSP, Fmax and the critical path.
    eprintln!("{text}{target} flow: {:.0} s", t0.elapsed().as_secs_f64());
    assert!(r.status.success(), "{text}");
    let s: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("summary.json")).unwrap()).unwrap();
    assert_eq!(s["fits"], true, "{s}");
    let area = &s["area"];
    let (luts, ffs, brams) = (
        area["luts"].as_u64().unwrap(),
        area["ffs"].as_u64().unwrap(),
        area["brams"].as_u64().unwrap(),
    );
    assert!(
        luts > 1000 && luts <= s["device_luts"].as_u64().unwrap(),
        "{area}"
    );
    assert!(ffs > 500, "{area}");
    assert_eq!(brams, s["predicted_brams"].as_u64().unwrap(), "{area}");
    assert_eq!(s["clock_hz"].as_u64(), Some(clock_hz), "{s}");
    assert_eq!(s["pll"]["achieved_hz"].as_u64(), Some(clock_hz), "{s}");
    assert_eq!(s["pll"]["requested_mhz"].as_f64(), Some(pll_mhz), "{s}");
    let pnr = &s["pnr"];
    let fmax = pnr["fmax_mhz"].as_f64().unwrap();
    assert!(
        pnr["timing_met"] == true && fmax >= clock_hz as f64 / 1e6,
        "{pnr}"
    );
    // The PLL is placed, and on the ECP5 the gate that holds the tile's clock until it locks.
    let used = |kind: &str| {
        pnr["utilization"]
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u[0] == kind)
    };
    let (pll, gate) = match file {
        "board.bit" => ("EHXPLLL", Some("DCCA")),
        _ => ("ICESTORM_PLL", None),
    };
    assert!(used(pll), "{pnr}");
    if let Some(g) = gate {
        assert!(used(g), "{pnr}");
    }
    let bit = dir.join(file);
    let len = std::fs::metadata(&bit).unwrap().len();
    assert!(len > 100_000, "{}: {len} bytes", bit.display());
    assert_eq!(s["bitstream"].as_str(), Some(bit.to_str().unwrap()));
    s
}

/// The small configuration (70 in, 32 recurrent hidden, 10 out, both delays, D = 16, with the
/// learning unit) through the whole ECP5 flow to a bitstream, clocked by the ULX3S's PLL at
/// 55 MHz (25 MHz / 5 x 11; its oscillator: 25 MHz) and meeting it (66.8 +- 5.3 MHz over nextpnr
/// seeds 1-5 at a 25 MHz target, 6856c7c, the slowest 61.8; results/hardware/fmax_2026-12-05.md,
/// session 25).
#[test]
fn the_small_configuration_goes_to_a_bitstream_on_ecp5() {
    small_to_bitstream("ecp5-25k", &[], 55.0, 55_000_000, "board.bit");
}

/// The same network without the learning unit (it runs parameters learned elsewhere) through
/// the iCE40 flow to a bitstream for the HX8K breakout, clocked by its PLL at 50 MHz asked
/// (12 MHz x 67 / 16 = 50.25 MHz reached; its oscillator: 12 MHz): issue 17's aim for the
/// HX8K, met.
#[test]
fn the_small_inference_only_tile_goes_to_a_bitstream_on_ice40() {
    let s = small_to_bitstream(
        "ice40-hx8k",
        &["hardware.learning_unit=false"],
        50.0,
        50_250_000,
        "board.bin",
    );
    // The learning memories are left out of the block-RAM budget.
    assert_eq!(s["config"]["hardware"]["learning_unit"], false, "{s}");
    assert!(s["predicted_brams"].as_u64().unwrap() <= 32, "{s}");
}

#[test]
fn a_configuration_too_big_for_the_block_ram_is_reported_before_synthesis() {
    let out = tempfile::tempdir().unwrap();
    for (target, device, blocks) in [
        ("ice40-up5k", "iCE40UP5K-SG48", 30),
        ("ice40-hx8k", "iCE40HX8K-CT256", 32),
    ] {
        let dir = out.path().join(target);
        let r = bin()
            .args(["synth", "--target", target, "--config"])
            .arg(root().join("configs/fpga-small.toml"))
            .arg("--out")
            .arg(&dir)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(!r.status.success(), "{err}");
        assert!(
            err.contains(&format!("does not fit the {device}"))
                && err.contains("block RAM")
                && err.contains(&format!("has {blocks}")),
            "{err}"
        );
        // The hint: the inference-only build's block RAMs, which fit.
        let hint = "without the learning unit (--set hardware.learning_unit=false) it would need ";
        let need: u64 = err
            .split_once(hint)
            .and_then(|(_, rest)| rest.split_whitespace().next()?.parse().ok())
            .unwrap_or_else(|| panic!("no hint in {err}"));
        assert!(need <= blocks, "{err}");
        let summary: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("summary.json")).unwrap()).unwrap();
        assert_eq!(summary["fits"], false);
        assert!(summary["predicted_brams"].as_u64().unwrap() > blocks);
        assert_eq!(summary["device_brams"], blocks);
        assert!(summary["area"].is_null(), "no synthesis was run");
        assert!(!dir.join("synth.json").exists());
    }
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

/// `estimate` as independent jobs: the job list has one line per configuration × target, the
/// jobs run separately (in reverse order), and the merged CSV, Markdown and SVG equal a local
/// run's. fpga-small with the learning unit on both iCE40s: the fit check refuses it before
/// synthesis, so the jobs take no tool time.
#[test]
fn estimate_jobs_run_separately_and_merged_equal_the_local_run() {
    let out = tempfile::tempdir().unwrap();
    let opts = |dir: &std::path::Path| -> Vec<std::ffi::OsString> {
        let mut a: Vec<std::ffi::OsString> = ["estimate", "--target", "ice40-up5k", "--target"]
            .iter()
            .map(Into::into)
            .collect();
        a.push("ice40-hx8k".into());
        a.push("--config".into());
        a.push(root().join("configs/fpga-small.toml").into());
        a.push("--out".into());
        a.push(dir.into());
        a
    };
    let local = out.path().join("local");
    let r = bin().args(opts(&local)).output().unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));

    let dist = out.path().join("dist");
    let list = out.path().join("jobs.txt");
    let r = bin()
        .args(opts(&dist))
        .arg("--jobs")
        .arg(&list)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let lines: Vec<String> = std::fs::read_to_string(&list)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    for line in lines.iter().rev() {
        let o = std::process::Command::new("sh")
            .arg("-c")
            .arg(line)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{line}\n{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let r = bin()
        .args(opts(&dist))
        .arg("--merge")
        .arg(dist.join("jobs"))
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    for f in ["estimate.csv", "estimate.md", "estimate.svg"] {
        assert_eq!(
            std::fs::read_to_string(local.join(f)).unwrap(),
            std::fs::read_to_string(dist.join(f)).unwrap(),
            "{f} differs"
        );
    }
    let csv = std::fs::read_to_string(local.join("estimate.csv")).unwrap();
    assert!(
        csv.contains("ice40-up5k") && csv.contains("ice40-hx8k"),
        "{csv}"
    );
}
