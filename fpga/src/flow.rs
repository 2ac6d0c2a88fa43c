//! One flow run: the board top's Verilog, Yosys, the fit checks (memory map, then synthesis,
//! then packing), nextpnr and the bitstream, with every product in one directory.

use crate::bram::predicted_brams;
use crate::device::{Device, Family, Target, constraints_dir};
use crate::parse::{Area, Pnr, overfull, parse_pnr, parse_stat};
use crate::tools::{Tools, tools};
use anyhow::{Context, Result, bail};
use golden::config::Config;
use golden::output::write_atomic;
use hdl::generate::board_verilog;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Runs a tool in `dir`, its output to `dir/<log>`; a failure names the command and shows the
/// log's tail.
fn run_tool(dir: &Path, program: &Path, args: &[String], log: &str) -> Result<String> {
    let (ok, text) = run_tool_status(dir, program, args, log)?;
    if !ok {
        bail!("{}", failure(program, args, log, &text));
    }
    Ok(text)
}

/// What a failed tool run says: the command and the log's tail.
fn failure(program: &Path, args: &[String], log: &str, text: &str) -> String {
    let tail: Vec<&str> = text.lines().rev().take(25).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    format!(
        "`{} {}` failed; end of {log}:\n{}",
        program.display(),
        args.join(" "),
        tail.join("\n")
    )
}

/// Runs a tool in `dir`, its output to `dir/<log>`: whether it succeeded, and its output.
fn run_tool_status(
    dir: &Path,
    program: &Path,
    args: &[String],
    log: &str,
) -> Result<(bool, String)> {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| crate::tools::spawn_error(program, e))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(dir.join(log), &text)
        .with_context(|| format!("cannot write {}", dir.join(log).display()))?;
    Ok((out.status.success(), text))
}

/// The whole flow's outcome: `summary.json`.
#[derive(Serialize)]
pub struct Summary {
    pub target: Target,
    pub device: &'static str,
    pub board: &'static str,
    /// The tile's clock: the board's oscillator, or the PLL's output with `pll`.
    pub clock_hz: u64,
    /// The PLL asked for and what it reaches (`--pll-mhz`).
    pub pll: Option<PllSummary>,
    pub baud: u64,
    /// Inference memory bits of the tile (the memory map) and the bridge's payload buffer.
    pub memory_bits: u64,
    pub bridge_buffer_bits: u64,
    pub predicted_brams: u64,
    pub device_brams: u64,
    pub device_luts: u64,
    /// Single-port SPRAMs of the device (unused: every tile memory has a read and a write port).
    pub device_sprams: u64,
    pub fits: bool,
    /// Why it does not fit (empty when it does).
    pub fit_problems: Vec<String>,
    /// What would fit instead, where the flow can tell.
    pub hint: Option<String>,
    pub area: Option<Area>,
    pub pnr: Option<Pnr>,
    /// Fmax of place and route with nextpnr seeds 1..=N on the same netlist (`--seeds N`; seed 1
    /// is `pnr`'s): nextpnr's result moves by a few MHz between seeds, so a comparison of two
    /// netlists needs several.
    pub fmax_seeds_mhz: Vec<f64>,
    /// nextpnr's router (`--router`).
    pub router: Router,
    /// The nextpnr that placed and routed (YoWASP's, or `$DELAYTILE_NEXTPNR_ECP5`); None if the
    /// flow stopped before it.
    pub nextpnr: Option<String>,
    pub bitstream: Option<String>,
    pub seconds: std::collections::BTreeMap<String, f64>,
    pub config: Config,
}
/// The PLL of a run: the oscillator, the frequency asked for and the one reached.
#[derive(Serialize)]
pub struct PllSummary {
    pub oscillator_hz: u64,
    pub requested_mhz: f64,
    pub achieved_hz: u64,
}

/// nextpnr's router. router1 (nextpnr's default) routes small designs well but converges slowly
/// on a congested large one (the reference tile with 16 lanes on the ECP5-85k); router2 routes
/// all nets at once and settles congestion in fewer passes.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Router {
    #[default]
    Router1,
    Router2,
}

impl Router {
    pub fn name(self) -> &'static str {
        match self {
            Router::Router1 => "router1",
            Router::Router2 => "router2",
        }
    }
}

/// Options of one flow run.
pub struct Flow<'a> {
    pub target: Target,
    pub cfg: &'a Config,
    pub baud: u64,
    pub freq_mhz: Option<f64>,
    /// Clock the tile from the board's PLL at (about) this frequency instead of the oscillator.
    pub pll_mhz: Option<f64>,
    pub pnr: bool,
    /// Place and route with nextpnr seeds 1..=seeds (the bitstream is seed 1's; at least 1).
    pub seeds: u32,
    pub router: Router,
    /// Work directory (created); products are written here.
    pub dir: &'a Path,
    pub quiet: bool,
}

/// Runs the flow in `flow.dir`. A configuration that does not fit is not an error: the summary
/// says so (`fits` false, `fit_problems`); tool failures are errors.
pub fn run_flow(flow: &Flow) -> Result<Summary> {
    let dev = flow.target.device();
    let cfg = flow.cfg;
    let dir = flow.dir;
    let say = |s: String| {
        if !flow.quiet {
            eprintln!("{s}");
        }
    };
    let mut seconds = std::collections::BTreeMap::new();
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let (clock_hz, pll) = match flow.pll_mhz {
        None => (dev.clock_hz, None),
        Some(mhz) => {
            let p = crate::pll::generate(dev.family, dir, dev.clock_hz as f64 / 1e6, mhz)?;
            write_atomic(
                &dir.join("top_pll.v"),
                crate::pll::top_verilog(dev.family).as_bytes(),
            )?;
            say(format!(
                "{}: the PLL makes {:.3} MHz from the board's {} MHz (asked: {mhz} MHz)",
                flow.target.name(),
                p.out_hz as f64 / 1e6,
                dev.clock_hz as f64 / 1e6
            ));
            let s = PllSummary {
                oscillator_hz: dev.clock_hz,
                requested_mhz: mhz,
                achieved_hz: p.out_hz,
            };
            (p.out_hz, Some(s))
        }
    };
    // The UART divisor follows the tile's clock.
    let verilog = board_verilog(cfg, clock_hz, flow.baud)?;
    write_atomic(&dir.join("board.v"), verilog.as_bytes())?;
    write_atomic(&dir.join("config.toml"), cfg.to_toml().as_bytes())?;

    let memory_bits: u64 = hdl::generate::memory_map(cfg).iter().map(|m| m.bits).sum();
    let bridge_buffer_bits = hdl::generate::BRIDGE_BUFFER.0 as u64 * hdl::generate::BRIDGE_BUFFER.1;
    let predicted = predicted_brams(cfg, dev.family, true);
    let mut summary = Summary {
        target: flow.target,
        device: dev.name,
        board: dev.board,
        clock_hz,
        pll,
        baud: flow.baud,
        memory_bits,
        bridge_buffer_bits,
        predicted_brams: predicted,
        device_brams: dev.brams,
        device_luts: dev.luts,
        device_sprams: dev.sprams,
        fits: true,
        fit_problems: Vec::new(),
        hint: None,
        area: None,
        pnr: None,
        fmax_seeds_mhz: Vec::new(),
        router: flow.router,
        nextpnr: None,
        bitstream: None,
        seconds: Default::default(),
        config: cfg.clone(),
    };
    // Fit check before synthesis: block RAM from the memory map.
    if predicted > dev.brams {
        summary.fits = false;
        summary.fit_problems.push(format!(
            "block RAM: the memory map needs {predicted} x {} kbit blocks \
             ({} bits of tile memory + {bridge_buffer_bits} of UART buffer, as Yosys maps them), \
             the {} has {} ({} bits)",
            dev.bram_bits / 1024,
            memory_bits,
            dev.name,
            dev.brams,
            dev.brams * dev.bram_bits
        ));
        if cfg.hardware.learning_unit {
            let mut inference = cfg.clone();
            inference.hardware.learning_unit = false;
            summary.hint = Some(format!(
                "without the learning unit (--set hardware.learning_unit=false) it would need {} \
                 blocks",
                predicted_brams(&inference, dev.family, true)
            ));
        }
        tell_unfit(flow, &summary, "before synthesis");
        summary.seconds = seconds;
        return Ok(summary);
    }

    let tools = tools(dev.family)?;
    // The UP5K has 8 SB_MAC16 DSPs: let Yosys use them for the multipliers.
    let synth = match (dev.family, dev.dsps > 0) {
        (Family::Ice40, true) => "synth_ice40 -dsp -top top -json synth.json",
        (Family::Ice40, false) => "synth_ice40 -top top -json synth.json",
        (Family::Ecp5, _) => "synth_ecp5 -top top -json synth.json",
    };
    // With the PLL, board.v's `top` becomes `board` under top_pll.v's `top`.
    let read = if flow.pll_mhz.is_some() {
        "read_verilog board.v; rename top board; read_verilog pll.v top_pll.v; hierarchy -top top"
    } else {
        "read_verilog board.v"
    };
    let script = format!("{read}; {synth}; tee -q -o stat.json stat -json");
    say(format!(
        "{}: synthesising with {} ...",
        flow.target.name(),
        tools.yosys.display()
    ));
    let t0 = Instant::now();
    run_tool(
        dir,
        &tools.yosys,
        &["-q".into(), "-p".into(), script],
        "yosys.log",
    )?;
    seconds.insert("yosys".to_string(), t0.elapsed().as_secs_f64());
    let stat = std::fs::read_to_string(dir.join("stat.json"))
        .with_context(|| format!("Yosys wrote no {}", dir.join("stat.json").display()))?;
    let area = parse_stat(&stat, dev.family)?;
    say(format!(
        "{}: {} LUT4, {} FF, {} carry, {} BRAM (predicted {predicted}){}",
        flow.target.name(),
        area.luts,
        area.ffs,
        area.carry,
        area.brams,
        if area.lutrams > 0 {
            format!(", {} LUT-RAM", area.lutrams)
        } else {
            String::new()
        }
    ));
    if let Some(note) = bram_model_note(predicted, area.brams) {
        say(format!("{}: {note}", flow.target.name()));
    }
    // Fit check after synthesis: logic cells. (Each iCE40 logic cell and each ECP5 slice half has
    // one LUT4 and one FF; LUT-RAM takes slices too.)
    let cells_needed = area.luts + area.lutrams * 3;
    if cells_needed > dev.luts {
        summary.fits = false;
        summary.fit_problems.push(format!(
            "logic: {} LUT4{} after synthesis, the {} has {}",
            area.luts,
            if area.lutrams > 0 {
                format!(" + {} LUT-RAM (x3 slices' LUTs)", area.lutrams)
            } else {
                String::new()
            },
            dev.name,
            dev.luts
        ));
    }
    if area.dsps > dev.dsps {
        summary.fits = false;
        summary.fit_problems.push(format!(
            "DSP: Yosys used {} multipliers, the {} has {}",
            area.dsps, dev.name, dev.dsps
        ));
    }
    if area.brams > dev.brams {
        summary.fits = false;
        summary.fit_problems.push(format!(
            "block RAM: Yosys mapped {} blocks, the {} has {}",
            area.brams, dev.name, dev.brams
        ));
    }
    summary.area = Some(area);
    if !summary.fits {
        tell_unfit(flow, &summary, "after synthesis");
    }
    if !flow.pnr || !summary.fits {
        summary.seconds = seconds;
        return Ok(summary);
    }

    let target_mhz = flow.freq_mhz.unwrap_or(clock_hz as f64 / 1e6);
    say(format!(
        "{}: placing and routing at {target_mhz} MHz ...",
        flow.target.name()
    ));
    summary.nextpnr = Some(tools.nextpnr.display().to_string());
    let (pnr, bitstream, secs) =
        match place_and_route(flow.target, flow.router, &tools, dir, target_mhz)? {
            Placement::Placed(pnr, bitstream, secs) => (pnr, bitstream, secs),
            Placement::Overfull(full, secs) => {
                seconds.extend(secs);
                summary.fits = false;
                for (kind, used, avail) in full {
                    summary.fit_problems.push(format!(
                    "placement: nextpnr packed the design into {used} {kind}, the {} has {avail}",
                    dev.name
                ));
                }
                tell_unfit(flow, &summary, "after packing");
                summary.seconds = seconds;
                return Ok(summary);
            }
        };
    seconds.extend(secs);
    say(format!(
        "{}: Fmax {:.2} MHz (target {target_mhz} MHz, {}); critical path {} -> {} ({} cells)",
        flow.target.name(),
        pnr.fmax_mhz,
        if pnr.timing_met { "met" } else { "FAILED" },
        pnr.critical_from,
        pnr.critical_to,
        pnr.critical_cells
    ));
    summary.fmax_seeds_mhz.push(pnr.fmax_mhz);
    summary.pnr = Some(pnr);
    summary.bitstream = Some(bitstream.display().to_string());
    for seed in 2..=flow.seeds {
        say(format!(
            "{}: placing and routing again with seed {seed} ...",
            flow.target.name()
        ));
        let t0 = Instant::now();
        let again = route_at_seed(flow.target, flow.router, &tools, dir, target_mhz, seed)?;
        seconds.insert(format!("nextpnr seed {seed}"), t0.elapsed().as_secs_f64());
        say(format!(
            "{}: seed {seed}: Fmax {:.2} MHz",
            flow.target.name(),
            again.fmax_mhz
        ));
        summary.fmax_seeds_mhz.push(again.fmax_mhz);
    }
    summary.seconds = seconds;
    Ok(summary)
}

/// nextpnr again on `dir/synth.json` with another placement seed, in `dir/seed<N>/` (its own
/// log and report, no bitstream).
fn route_at_seed(
    target: Target,
    router: Router,
    tools: &Tools,
    dir: &Path,
    target_mhz: f64,
    seed: u32,
) -> Result<Pnr> {
    let dev = target.device();
    let sub = dir.join(format!("seed{seed}"));
    std::fs::create_dir_all(&sub).with_context(|| format!("cannot create {}", sub.display()))?;
    // The YoWASP sandbox sees only the working directory: the netlist and constraints go there.
    std::fs::copy(dir.join("synth.json"), sub.join("synth.json"))
        .with_context(|| format!("cannot copy synth.json into {}", sub.display()))?;
    copy_constraints(&dev, &sub)?;
    let args = nextpnr_args(&dev, router, target_mhz, seed, None);
    let (ok, log) = run_tool_status(&sub, &tools.nextpnr, &args, "nextpnr.log")?;
    if !ok {
        bail!("{}", failure(&tools.nextpnr, &args, "nextpnr.log", &log));
    }
    read_pnr(&sub, &log, target_mhz)
}

/// nextpnr's report (`dir/pnr.json`) and log, read into a `Pnr`.
fn read_pnr(dir: &Path, log: &str, target_mhz: f64) -> Result<Pnr> {
    let report = std::fs::read_to_string(dir.join("pnr.json"))
        .with_context(|| format!("nextpnr wrote no {}", dir.join("pnr.json").display()))?;
    parse_pnr(&report, log, target_mhz)
}

/// Copies the target's constraint file into `dir` (nextpnr names it relatively).
fn copy_constraints(dev: &Device, dir: &Path) -> Result<()> {
    let constraints = constraints_dir().join(dev.constraints);
    if !constraints.is_file() {
        bail!(
            "constraint file {} not found (set DELAYTILE_CONSTRAINTS to the repository's \
             constraints/ directory)",
            constraints.display()
        );
    }
    std::fs::copy(&constraints, dir.join(dev.constraints)).with_context(|| {
        format!(
            "cannot copy {} into {}",
            constraints.display(),
            dir.display()
        )
    })?;
    Ok(())
}

/// nextpnr's arguments: device, netlist, constraints, the clock to meet, the report, the seed,
/// the router, and the placed design's file if one is wanted.
fn nextpnr_args(
    dev: &Device,
    router: Router,
    target_mhz: f64,
    seed: u32,
    placed: Option<&str>,
) -> Vec<String> {
    let mut args: Vec<String> = dev.nextpnr_device.iter().map(|s| s.to_string()).collect();
    args.extend(["--json".into(), "synth.json".into()]);
    let (constraints, output) = match dev.family {
        Family::Ice40 => ("--pcf", "--asc"),
        Family::Ecp5 => ("--lpf", "--textcfg"),
    };
    args.extend([constraints.into(), dev.constraints.to_string()]);
    if let Some(placed) = placed {
        args.extend([output.into(), placed.into()]);
    }
    args.extend([
        "--freq".into(),
        format!("{target_mhz}"),
        "--report".into(),
        "pnr.json".into(),
        "--timing-allow-fail".into(),
        "--seed".into(),
        seed.to_string(),
        "--router".into(),
        router.name().into(),
    ]);
    args
}

/// A note when Yosys maps another number of block RAMs than the memory map's model predicts:
/// the fit check before synthesis and `estimate` rest on the model, so a drift (a new Yosys, a
/// changed memory template) should be seen, not read past.
fn bram_model_note(predicted: u64, mapped: u64) -> Option<String> {
    (predicted != mapped).then(|| {
        format!(
            "note: Yosys mapped {mapped} block RAMs where the memory map's model predicts \
             {predicted}; fpga::bram's rule no longer matches this Yosys"
        )
    })
}

/// Says (unless quiet) at which stage the design was found not to fit, and why.
fn tell_unfit(flow: &Flow, summary: &Summary, stage: &str) {
    if !flow.quiet {
        eprintln!(
            "{}: does not fit {stage}: {}",
            flow.target.name(),
            summary.fit_problems.join("; ")
        );
    }
}

/// Seconds per tool.
type Timings = Vec<(String, f64)>;

/// What place and route came to.
enum Placement {
    /// Placed and routed, with the bitstream and the seconds per tool.
    Placed(Pnr, PathBuf, Timings),
    /// nextpnr found the packed design too big: (resource, used, available).
    Overfull(Vec<(String, u64, u64)>, Timings),
}

/// nextpnr on `dir/synth.json` with the target's constraints at `target_mhz`, then the
/// bitstream (written to a temporary name and renamed).
fn place_and_route(
    target: Target,
    router: Router,
    tools: &Tools,
    dir: &Path,
    target_mhz: f64,
) -> Result<Placement> {
    let dev = target.device();
    // YoWASP's tools run in a WebAssembly sandbox that sees only the working directory, so the
    // constraint file is copied there and named relatively.
    copy_constraints(&dev, dir)?;
    let (placed, packed) = match dev.family {
        Family::Ice40 => ("board.asc", "board.bin"),
        Family::Ecp5 => ("board.config", "board.bit"),
    };
    let args = nextpnr_args(&dev, router, target_mhz, 1, Some(placed));
    let mut seconds = Vec::new();
    let t0 = Instant::now();
    let (ok, log) = run_tool_status(dir, &tools.nextpnr, &args, "nextpnr.log")?;
    seconds.push(("nextpnr".to_string(), t0.elapsed().as_secs_f64()));
    if !ok {
        let full = overfull(&log);
        if full.is_empty() {
            bail!("{}", failure(&tools.nextpnr, &args, "nextpnr.log", &log));
        }
        return Ok(Placement::Overfull(full, seconds));
    }
    let pnr = read_pnr(dir, &log, target_mhz)?;
    let t0 = Instant::now();
    let pack_args: Vec<String> = match dev.family {
        Family::Ice40 => vec![placed.into(), format!("{packed}.tmp")],
        Family::Ecp5 => vec![
            "--compress".into(),
            "--input".into(),
            placed.into(),
            "--bit".into(),
            format!("{packed}.tmp"),
        ],
    };
    run_tool(dir, &tools.pack, &pack_args, "pack.log")?;
    std::fs::rename(dir.join(format!("{packed}.tmp")), dir.join(packed)).with_context(|| {
        format!(
            "cannot move the bitstream into {}",
            dir.join(packed).display()
        )
    })?;
    seconds.push(("pack".to_string(), t0.elapsed().as_secs_f64()));
    Ok(Placement::Placed(pnr, dir.join(packed), seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of Yosys 0.70's `stat -json` (abridged from a real ECP5 run).
    const ECP5_STAT: &str = r#"{
   "creator": "Yosys 0.70",
   "modules": { "\\top": { "num_cells": 12524 } },
   "design": {
      "num_cells": 12524,
      "num_cells_by_type": {
         "CCU2C": 1612, "DP16KD": 14, "L6MUX21": 12, "LUT4": 6842, "MULT18X18D": 12,
         "PFUMX": 400, "TRELLIS_DPR16X4": 92, "TRELLIS_FF": 2457, "TRELLIS_IO": 3
      }
   }
}"#;

    #[test]
    fn a_block_ram_count_off_the_model_is_noted() {
        assert_eq!(bram_model_note(64, 64), None);
        let note = bram_model_note(98, 106).unwrap();
        assert!(note.contains("106") && note.contains("98"), "{note}");
        assert!(!note.contains("  "), "one space between words: {note}");
    }

    #[test]
    fn yosys_stat_is_read_by_resource_kind() {
        let a = parse_stat(ECP5_STAT, Family::Ecp5).unwrap();
        assert_eq!(
            (a.luts, a.ffs, a.carry, a.brams, a.lutrams, a.dsps),
            (6842, 2457, 1612, 14, 92, 12)
        );
        let ice = r#"{"design": {"num_cells_by_type": {"SB_CARRY": 3810, "SB_DFF": 927,
            "SB_DFFE": 919, "SB_DFFESR": 904, "SB_DFFESS": 1, "SB_DFFSR": 57, "SB_LUT4": 13058,
            "SB_RAM40_4K": 50}}}"#;
        let a = parse_stat(ice, Family::Ice40).unwrap();
        assert_eq!(
            (a.luts, a.ffs, a.carry, a.brams),
            (13058, 927 + 919 + 904 + 1 + 57, 3810, 50)
        );
        assert!(parse_stat("no json here", Family::Ice40).is_err());
        assert!(parse_stat("{\"design\": {}}", Family::Ice40).is_err());
    }

    #[test]
    fn resources_nextpnr_found_overfull_are_read() {
        // From nextpnr-ice40 0.4 on the inference-only fpga-small for the UP5K.
        let log = "Info: Device utilisation:\n\
                   Info: \t         ICESTORM_LC:  5792/ 5280   109%\n\
                   Info: \t        ICESTORM_RAM:    26/   30    86%\n\
                   Info: \t               SB_GB:     8/    8   100%\n\
                   Info: Creating initial analytic placement for 4346 cells, random placement wirelen = 129919.\n\
                   ERROR: Failed to expand region (0, 0) |_> (25, 31) of 5792 ICESTORM_LCs\n";
        assert_eq!(overfull(log), vec![("ICESTORM_LC".to_string(), 5792, 5280)]);
        assert!(overfull("Info: \t SB_GB: 8/ 8 100%\n").is_empty());
    }

    #[test]
    fn nextpnr_report_and_critical_path_are_read() {
        let report = r#"{"fmax": {"$glbnet$clock$TRELLIS_IO_IN": {"achieved": 27.3186, "constraint": 25}},
            "utilization": {"DP16KD": {"available": 208, "used": 14}, "ALU54B": {"available": 78, "used": 0}}}"#;
        let log = "Info: Critical path report for clock 'clk' (posedge -> posedge):\n\
                   Info:       type curr  total name\n\
                   Info:   clk-to-q  0.52  0.52 Source tile.ymax$q_FF.Q\n\
                   Info:    routing  1.67  2.20 Net tile.ymax$q[5] (18,45) -> (15,42)\n\
                   Info:      logic  0.45  2.65 Source tile.add$CCU2.COUT\n\
                   Info:      setup  0.10  36.6 Setup tile.readout_biases.mem$DPRAM.WD\n\
                   \n\
                   Info: Max frequency for clock 'clk': 27.32 MHz (PASS at 25.00 MHz)\n";
        let p = parse_pnr(report, log, 25.0).unwrap();
        assert!((p.fmax_mhz - 27.3186).abs() < 1e-9);
        assert!(p.timing_met);
        assert_eq!(p.utilization, vec![("DP16KD".to_string(), 14, 208)]);
        assert_eq!(p.critical_from, "tile.ymax$q_FF.Q");
        assert_eq!(p.critical_to, "tile.readout_biases.mem$DPRAM.WD");
        assert_eq!(p.critical_cells, 2);
        let slow = parse_pnr(report, log, 50.0).unwrap();
        assert!(!slow.timing_met);
        assert!(parse_pnr("{}", log, 25.0).is_err());
    }

    /// Place and route plus bitstream of a two-register echo (the board top's ports) on every
    /// target with the real tools and the repository's constraint files: the pins exist on each
    /// package, the clock constraint is read, and the flow's nextpnr/pack commands work. (The
    /// tile itself takes 10-20 minutes per ECP5 bitstream: `delaytile synth`.)
    #[test]
    fn every_target_places_routes_and_packs_the_board_ports() {
        let echo = "module top(input clock, input uart_rx, output reg uart_tx);\n\
                    reg r1 = 1'b1;\n\
                    always @(posedge clock) begin r1 <= uart_rx; uart_tx <= r1; end\n\
                    endmodule\n";
        for t in [
            Target::Ice40Up5k,
            Target::Ice40Hx8k,
            Target::Ecp5_25k,
            Target::Ecp5_85k,
        ] {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join("echo.v"), echo).unwrap();
            let tools = tools(t.device().family).unwrap();
            let synth = match t.device().family {
                Family::Ice40 => "synth_ice40",
                Family::Ecp5 => "synth_ecp5",
            };
            run_tool(
                dir.path(),
                &tools.yosys,
                &[
                    "-q".into(),
                    "-p".into(),
                    format!("read_verilog echo.v; {synth} -top top -json synth.json"),
                ],
                "yosys.log",
            )
            .unwrap();
            let mhz = t.device().clock_hz as f64 / 1e6;
            let placed = place_and_route(t, Router::Router1, &tools, dir.path(), mhz)
                .unwrap_or_else(|e| panic!("{}: {e:#}", t.name()));
            let Placement::Placed(pnr, bit, _) = placed else {
                panic!("{}: an echo circuit does not fit", t.name());
            };
            assert!(
                pnr.timing_met && pnr.fmax_mhz > mhz,
                "{}: {pnr:?}",
                t.name()
            );
            let len = std::fs::metadata(&bit).unwrap().len();
            assert!(len > 50_000, "{}: bitstream of {len} bytes", t.name());
            let log = std::fs::read_to_string(dir.path().join("nextpnr.log")).unwrap();
            assert!(!log.contains("ERROR"), "{}:\n{log}", t.name());
            // `--seeds`: the same netlist placed again with seed 2, in its own directory.
            let again = route_at_seed(t, Router::Router1, &tools, dir.path(), mhz, 2)
                .unwrap_or_else(|e| panic!("{}: seed 2: {e:#}", t.name()));
            assert!(
                again.timing_met && again.fmax_mhz > mhz,
                "{}: {again:?}",
                t.name()
            );
            assert!(dir.path().join("seed2/pnr.json").is_file(), "{}", t.name());
        }
    }

    #[test]
    fn nextpnr_gets_the_seed_and_router_and_writes_a_placed_design_only_when_asked() {
        for t in [Target::Ice40Hx8k, Target::Ecp5_25k] {
            let d = t.device();
            let first = nextpnr_args(&d, Router::Router1, 25.0, 1, Some("out"));
            let again = nextpnr_args(&d, Router::Router2, 25.0, 7, None);
            let has = |a: &[String], k: &str, v: &str| a.windows(2).any(|w| w[0] == k && w[1] == v);
            assert!(has(&first, "--seed", "1") && has(&again, "--seed", "7"));
            assert!(has(&first, "--router", "router1") && has(&again, "--router", "router2"));
            assert!(first.iter().any(|a| a == "out") && !again.iter().any(|a| a == "out"));
            assert_eq!(first.len(), again.len() + 2, "{first:?} / {again:?}");
        }
    }

    #[test]
    fn every_target_names_an_existing_constraint_file() {
        for t in [
            Target::Ice40Up5k,
            Target::Ice40Hx8k,
            Target::Ecp5_25k,
            Target::Ecp5_85k,
        ] {
            let d = t.device();
            let path = constraints_dir().join(d.constraints);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for port in ["clock", "uart_rx", "uart_tx"] {
                assert!(text.contains(port), "{} lacks {port}", path.display());
            }
            let mhz = d.clock_hz / 1_000_000;
            assert!(
                text.contains(&format!("{mhz} MHZ")) || text.contains(&format!("clock {mhz}")),
                "{} does not state the {mhz} MHz clock",
                path.display()
            );
        }
    }
}
