//! Devices and boards the flows know: the targets, their resources, nextpnr options, constraint
//! files and oscillators; the FPGA families whose block RAM the estimates model.

use serde::Serialize;
use std::path::{Path, PathBuf};

/// FPGA families whose block RAM the estimates know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Family {
    /// iCE40: SB_RAM40_4K, 4 kbit, 256 x 16, 512 x 8, 1024 x 4 or 2048 x 2.
    Ice40,
    /// ECP5: DP16KD, 18 kbit, 16384 x 1 ... 512 x 36 (36 only as a pseudo dual port), and
    /// LUT-RAM (16 x 4 per TRELLIS_DPR16X4) for small memories.
    Ecp5,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Target {
    /// iCEBreaker: iCE40UP5K-SG48, 12 MHz.
    #[value(name = "ice40-up5k")]
    Ice40Up5k,
    /// iCE40-HX8K Breakout: iCE40HX8K-CT256, 12 MHz.
    #[value(name = "ice40-hx8k")]
    Ice40Hx8k,
    /// ULX3S 25F: LFE5U-25F-6BG381C, 25 MHz.
    #[value(name = "ecp5-25k")]
    Ecp5_25k,
    /// ULX3S 85F: LFE5U-85F-6BG381C, 25 MHz.
    #[value(name = "ecp5-85k")]
    Ecp5_85k,
}

/// What the flow needs to know about a device and its board.
pub struct Device {
    pub name: &'static str,
    pub family: Family,
    pub board: &'static str,
    /// Logic cells (LUT4 + FF).
    pub luts: u64,
    /// Block RAMs (SB_RAM40_4K / DP16KD) and their size in bits.
    pub brams: u64,
    pub bram_bits: u64,
    /// Single-port 256 kbit SPRAMs (UP5K only).
    pub sprams: u64,
    /// Multipliers (SB_MAC16 / MULT18X18D).
    pub dsps: u64,
    pub nextpnr_device: &'static [&'static str],
    pub constraints: &'static str,
    /// The board's oscillator: the clock the UART divisor and nextpnr's `--freq` assume.
    pub clock_hz: u64,
}

impl Target {
    pub fn name(self) -> &'static str {
        match self {
            Target::Ice40Up5k => "ice40-up5k",
            Target::Ice40Hx8k => "ice40-hx8k",
            Target::Ecp5_25k => "ecp5-25k",
            Target::Ecp5_85k => "ecp5-85k",
        }
    }

    pub fn device(self) -> Device {
        match self {
            Target::Ice40Up5k => Device {
                name: "iCE40UP5K-SG48",
                family: Family::Ice40,
                board: "iCEBreaker",
                luts: 5280,
                brams: 30,
                bram_bits: 4096,
                sprams: 4,
                dsps: 8,
                nextpnr_device: &["--up5k", "--package", "sg48"],
                constraints: "icebreaker.pcf",
                clock_hz: 12_000_000,
            },
            Target::Ice40Hx8k => Device {
                name: "iCE40HX8K-CT256",
                family: Family::Ice40,
                board: "iCE40-HX8K Breakout",
                luts: 7680,
                brams: 32,
                bram_bits: 4096,
                sprams: 0,
                dsps: 0,
                nextpnr_device: &["--hx8k", "--package", "ct256"],
                constraints: "ice40-hx8k-breakout.pcf",
                clock_hz: 12_000_000,
            },
            Target::Ecp5_25k => Device {
                name: "LFE5U-25F-6BG381C",
                family: Family::Ecp5,
                board: "ULX3S 25F",
                luts: 24288,
                brams: 56,
                bram_bits: 18432,
                sprams: 0,
                dsps: 28,
                nextpnr_device: &["--25k", "--package", "CABGA381", "--speed", "6"],
                constraints: "ulx3s.lpf",
                clock_hz: 25_000_000,
            },
            Target::Ecp5_85k => Device {
                name: "LFE5U-85F-6BG381C",
                family: Family::Ecp5,
                board: "ULX3S 85F",
                luts: 83640,
                brams: 208,
                bram_bits: 18432,
                sprams: 0,
                dsps: 156,
                nextpnr_device: &["--85k", "--package", "CABGA381", "--speed", "6"],
                constraints: "ulx3s.lpf",
                clock_hz: 25_000_000,
            },
        }
    }
}

/// The repository's `constraints/` directory (beside the binary's source tree, or
/// `$DELAYTILE_CONSTRAINTS`).
pub fn constraints_dir() -> PathBuf {
    if let Some(v) = std::env::var_os("DELAYTILE_CONSTRAINTS").filter(|v| !v.is_empty()) {
        return PathBuf::from(v);
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../constraints")
}
