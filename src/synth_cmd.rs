//! `delaytile synth`: the board top (tile + UART bridge) through the open FPGA flows: Yosys
//! synthesis, a fit check, nextpnr place and route, and the bitstream (icepack / ecppack).
//! iCE40 uses Debian's yosys, nextpnr-ice40 and icestorm; ECP5 uses YoWASP's yosys,
//! nextpnr-ecp5 and ecppack from the venv `scripts/setup` creates.

use crate::args::ConfigArgs;
use crate::limits;
use anyhow::{Result, bail};
pub use fpga::{Flow, Router, Summary, Target, run_flow};
use golden::output::{json_bytes, write_atomic};
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args, Debug)]
pub struct SynthArgs {
    #[arg(long, value_enum)]
    pub target: Target,
    #[command(flatten)]
    pub cfg: ConfigArgs,
    /// Output directory (default ./synth-TARGET).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// UART baud rate of the board top.
    #[arg(long, value_name = "N", default_value_t = 115_200)]
    pub baud: u64,
    /// Frequency nextpnr must meet (default: the board's clock).
    #[arg(long = "freq", value_name = "MHZ", value_parser = limits::mhz)]
    pub freq_mhz: Option<f64>,
    /// Clock the tile from the board's PLL at about this frequency (the closest the PLL
    /// reaches; the UART divisor follows it) instead of the board's oscillator; nextpnr then
    /// aims at it. `run --cosim --clock-mhz` takes the reached value.
    #[arg(long, value_name = "MHZ", value_parser = limits::mhz)]
    pub pll_mhz: Option<f64>,
    /// Place and route with nextpnr seeds 1..=N on the same netlist and report each Fmax and
    /// their mean ± sd (nextpnr's result moves by a few MHz between seeds; the bitstream is
    /// seed 1's, the others' logs are in OUT/seed<N>/).
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=16))]
    pub seeds: u32,
    /// nextpnr's router: router1 (nextpnr's default) or router2 (faster on large, congested
    /// designs: the reference tile with 16 lanes on the ECP5-85k).
    #[arg(long, value_enum, default_value_t = Router::Router1)]
    pub router: Router,
    /// Stop after synthesis (no place and route, no bitstream).
    #[arg(long)]
    pub no_pnr: bool,
    /// Exit 0 even if place and route misses the target frequency.
    #[arg(long)]
    pub allow_timing_fail: bool,
}

pub fn run(args: SynthArgs) -> Result<()> {
    let cfg = args.cfg.load()?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("synth-{}", args.target.name())));
    let t0 = Instant::now();
    let summary = run_flow(&Flow {
        target: args.target,
        cfg: &cfg,
        baud: args.baud,
        freq_mhz: args.freq_mhz,
        pll_mhz: args.pll_mhz,
        pnr: !args.no_pnr,
        seeds: args.seeds,
        router: args.router,
        dir: &out,
        quiet: false,
    })?;
    write_atomic(&out.join("summary.json"), &json_bytes(&summary)?)?;
    print_summary(&summary);
    println!(
        "wrote {} ({:.1} s)",
        out.join("summary.json").display(),
        t0.elapsed().as_secs_f64()
    );
    if !summary.fits {
        bail!(
            "the configuration does not fit the {} ({}): {}{}",
            summary.device,
            args.target.name(),
            summary.fit_problems.join("; "),
            summary
                .hint
                .as_ref()
                .map_or(String::new(), |h| format!("; {h}"))
        );
    }
    if let Some(p) = &summary.pnr
        && !p.timing_met
        && !args.allow_timing_fail
    {
        bail!(
            "timing failed: Fmax {:.2} MHz < {} MHz (the bitstream {} was written; pass \
             --allow-timing-fail to accept it)",
            p.fmax_mhz,
            p.target_mhz,
            summary.bitstream.as_deref().unwrap_or("-")
        );
    }
    Ok(())
}

pub fn print_summary(s: &Summary) {
    println!(
        "{} ({}, {}): memory {} bits (+ {} UART buffer); BRAM predicted {} of {}",
        s.target.name(),
        s.device,
        s.board,
        s.memory_bits,
        s.bridge_buffer_bits,
        s.predicted_brams,
        s.device_brams
    );
    if let Some(p) = &s.pll {
        println!(
            "  clock: the PLL makes {:.4} MHz from the board's {} MHz oscillator (asked: {} MHz)",
            p.achieved_hz as f64 / 1e6,
            p.oscillator_hz as f64 / 1e6,
            p.requested_mhz
        );
    }
    if let Some(a) = &s.area {
        println!(
            "  synthesis: {} LUT4 (of {}), {} FF, {} carry, {} BRAM, {} LUT-RAM, {} SPRAM, {} DSP",
            a.luts, s.device_luts, a.ffs, a.carry, a.brams, a.lutrams, a.sprams, a.dsps
        );
    }
    if let Some(p) = &s.pnr {
        println!(
            "  place and route: Fmax {:.2} MHz at a {} MHz target ({}); critical path {} -> {}",
            p.fmax_mhz,
            p.target_mhz,
            if p.timing_met { "met" } else { "FAILED" },
            p.critical_from,
            p.critical_to
        );
        for (k, used, avail) in &p.utilization {
            println!("    {k}: {used} / {avail}");
        }
    }
    if s.fmax_seeds_mhz.len() > 1 {
        let f = &s.fmax_seeds_mhz;
        let all: Vec<String> = f.iter().map(|x| format!("{x:.2}")).collect();
        let (mean, sd) = golden::experiment::mean_std(f);
        println!(
            "  Fmax over nextpnr seeds 1..{}: {} MHz, mean {mean:.2} ± {sd:.2}",
            f.len(),
            all.join(" / ")
        );
    }
    if let Some(b) = &s.bitstream {
        println!("  bitstream: {b}");
    }
    for p in &s.fit_problems {
        println!("  does not fit: {p}");
    }
    if let Some(h) = &s.hint {
        println!("  {h}");
    }
}
