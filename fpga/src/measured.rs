//! Fmax figures measured by nextpnr, quoted where a latency in µs is printed (demo, report) so
//! that it is stated at a clock a real build reached, not at a nominal one. Each names its build
//! and the command that measured it; re-measure and update them when the RTL changes.

/// A measured Fmax and what it was measured on.
pub struct Measured {
    pub mhz: f64,
    pub what: &'static str,
}

/// The reference tile (configs/reference.toml, 8-bit weights, one lane) with the learning unit
/// on the ECP5-85k: `delaytile synth --target ecp5-85k --config configs/reference.toml` (nextpnr
/// seed 1; commit d85412b, 6,076 LUT4, 64 EBR, results/hardware/fmax_2026-12-04.md; 40.31 at
/// 749538c in docs/fpga.md's table, 39.11 at 30b6006, 40.47 at 1512df6 before the lanes).
pub const REFERENCE_ECP5_85K: Measured = Measured {
    mhz: 41.89,
    what: "measured Fmax of the reference tile with the learning unit on the ECP5-85k",
};

/// The speech contract (configs/speech.toml: 16-bit weights, 20-bit membranes and readouts)
/// with the learning unit on the ECP5-85k, one lane: `delaytile synth --target ecp5-85k --config
/// configs/speech.toml` (nextpnr seed 1; commit d85412b, 6,430 LUT4, 83 EBR,
/// results/hardware/fmax_2026-12-04.md; 38.65 at 749538c, 37.56 at 30b6006; 40.88 at 1512df6
/// before the lanes, results/hardware/pipeline_2026-12-04.md).
pub const SPEECH_ECP5_85K: Measured = Measured {
    mhz: 39.83,
    what: "measured Fmax of configs/speech.toml with the learning unit on the ECP5-85k",
};
