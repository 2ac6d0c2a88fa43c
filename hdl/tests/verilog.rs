//! The generated Verilog: reproducible byte for byte, pinned, lint-clean under Verilator -Wall
//! with the documented waivers, clean under Yosys (no latches, no undriven nets), and holding
//! exactly the memories of the memory map.

use golden::config::Config;
use hdl::generate::{memory_map, tile_verilog};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The waivers every verilated build uses (`hdl::generate::LINT_WAIVERS`).
const WAIVERS: [&str; 3] = hdl::generate::LINT_WAIVERS;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The pinned configurations: the shipped reference and a small feedforward one.
fn pinned() -> Vec<(PathBuf, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pinned");
    vec![
        (
            root().join("configs/reference.toml"),
            dir.join("reference.v"),
        ),
        (
            dir.join("small_axonal_ff.toml"),
            dir.join("small_axonal_ff.v"),
        ),
    ]
}

fn load(path: &Path) -> Config {
    Config::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every delay mode, feedforward and recurrent, and one tile without the learning unit.
fn configs_of_every_mode() -> Vec<Config> {
    let mut out = Vec::new();
    for mode in ["none", "axonal", "synaptic", "both"] {
        for rec in [false, true] {
            let text = format!(
                "[network]\ninputs = 5\nhidden = 4\noutputs = 3\nrecurrent = {rec}\n\
                 delay_mode = \"{mode}\"\nmax_delay = 8\n\
                 [data]\ndt_ms = 10.0\nmax_time_s = 1.4\npool = 140\n"
            );
            out.push(Config::from_toml_str(&text, "test").unwrap());
        }
    }
    // Without the learning unit (random feedback: its weights are a learning-only memory).
    let mut inference_only = out.last().unwrap().clone();
    inference_only.hardware.learning_unit = false;
    inference_only.learning.feedback = golden::config::Feedback::Random;
    out.push(inference_only);
    out
}

#[test]
fn generation_is_reproducible() {
    let cfg = load(&root().join("configs/reference.toml"));
    assert_eq!(tile_verilog(&cfg).unwrap(), tile_verilog(&cfg).unwrap());
}

/// The sequencer's `case` has an arm for every learning phase exactly where the tile has the
/// learning unit (the arms are dropped at generation from the configuration; a dropped arm
/// would leave a tile that never learns, and a blessed pinned file would not say so).
#[test]
fn learning_phases_have_arms_exactly_with_the_learning_unit() {
    let learning = [
        "Trace", "Psum", "Div", "Err", "Sig", "Check", "Decide", "Pass1", "Mean", "Lead", "Pass2",
        "MeanG", "Axon", "Rupd",
    ];
    for cfg in configs_of_every_mode() {
        let v = tile_verilog(&cfg).unwrap();
        for phase in ["Idle", "Hist", "Syn", "Out", "Done"] {
            assert!(
                v.contains(&format!("    Phase${phase}:\n")),
                "{phase}'s arm"
            );
        }
        for phase in learning {
            let arm = format!("    Phase${phase}:\n");
            assert_eq!(
                v.contains(&arm),
                cfg.hardware.learning_unit,
                "{phase}'s arm, learning unit {}",
                cfg.hardware.learning_unit
            );
        }
    }
}

/// Regenerate the pinned files and compare byte for byte. After a deliberate change of the
/// RTL, rewrite them with `DELAYTILE_BLESS=1 cargo test -p delaytile-hdl --test verilog`.
#[test]
fn pinned_verilog_is_unchanged() {
    let bless = std::env::var_os("DELAYTILE_BLESS").is_some();
    for (config, pinned) in pinned() {
        let now = tile_verilog(&load(&config)).unwrap();
        if bless {
            std::fs::write(&pinned, &now).unwrap();
            continue;
        }
        let before = std::fs::read_to_string(&pinned)
            .unwrap_or_else(|e| panic!("{}: {e} (bless it, see above)", pinned.display()));
        if before != now {
            let line = before
                .lines()
                .zip(now.lines())
                .position(|(a, b)| a != b)
                .map_or(before.lines().count().min(now.lines().count()), |i| i);
            panic!(
                "{} differs from the Verilog generated from {} (first at line {}); if the change \
                 is deliberate, bless it",
                pinned.display(),
                config.display(),
                line + 1
            );
        }
    }
}

fn write_temp(dir: &tempfile::TempDir, name: &str, text: &str) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn run(cmd: &mut Command) -> (bool, String) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e} (scripts/setup installs it)"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn verilator_lint_is_clean_with_the_documented_waivers() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfgs = configs_of_every_mode();
    cfgs.push(load(&root().join("configs/reference.toml")));
    for (i, cfg) in cfgs.iter().enumerate() {
        let v = write_temp(&dir, &format!("t{i}.v"), &tile_verilog(cfg).unwrap());
        let (ok, text) = run(Command::new("verilator")
            .args(["--lint-only", "-Wall"])
            .args(WAIVERS)
            .args(["--top-module", "top"])
            .arg(&v));
        assert!(ok && text.trim().is_empty(), "config {i}:\n{text}");
    }
}

/// A warning that is not waived is reported: the lint run above can fail.
#[test]
fn verilator_lint_reports_an_unwaived_warning() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = &configs_of_every_mode()[0];
    let v = write_temp(&dir, "t.v", &tile_verilog(cfg).unwrap());
    let (ok, text) = run(Command::new("verilator")
        .args(["--lint-only", "-Wall"])
        .args(WAIVERS.iter().filter(|w| **w != "-Wno-WIDTH"))
        .args(["--top-module", "top"])
        .arg(&v));
    assert!(!ok && text.contains("WIDTH"), "{text}");
}

/// Two extremes (no delays feedforward, both delays recurrent) and the tile without the learning
/// unit: Yosys takes ~10 s per tile.
#[test]
fn yosys_finds_no_latches_and_no_undriven_nets() {
    let dir = tempfile::tempdir().unwrap();
    let all = configs_of_every_mode();
    for (i, cfg) in [&all[0], &all[7], &all[8]].into_iter().enumerate() {
        let v = write_temp(&dir, &format!("t{i}.v"), &tile_verilog(cfg).unwrap());
        let script = format!(
            "read_verilog {}; hierarchy -check -top top; proc; check -assert; \
             select -assert-none t:$dlatch t:$adlatch t:$dlatchsr",
            v.display()
        );
        let (ok, text) = run(Command::new("yosys").args(["-q", "-p", &script]));
        assert!(ok, "config {i}:\n{text}");
    }
}

/// The memory arrays declared in the Verilog are exactly the memory map's, width by depth.
#[test]
fn the_verilog_holds_exactly_the_mapped_memories() {
    let mut cfgs = configs_of_every_mode();
    cfgs.push(load(&root().join("configs/reference.toml")));
    for cfg in &cfgs {
        let v = tile_verilog(cfg).unwrap();
        let mut declared: Vec<(u64, u64)> = v
            .lines()
            .filter_map(|l| {
                // reg [W-1:0] mem [0:N-1];
                let l = l.trim().strip_prefix("reg [")?;
                let (hi, rest) = l.split_once(":0] mem [0:")?;
                let last = rest.strip_suffix("];")?;
                Some((hi.parse::<u64>().ok()? + 1, last.parse::<u64>().ok()? + 1))
            })
            .collect();
        let mut mapped: Vec<(u64, u64)> = memory_map(cfg)
            .iter()
            .filter(|m| m.kind != "register")
            .map(|m| (m.width as u64, m.entries))
            .collect();
        declared.sort();
        mapped.sort();
        assert_eq!(declared, mapped);
        let bits: u64 = memory_map(cfg)
            .iter()
            .filter(|m| m.kind != "register")
            .map(|m| m.bits)
            .sum();
        assert_eq!(bits, declared.iter().map(|(w, n)| w * n).sum::<u64>());
    }
}
