//! Fmax figures measured by nextpnr, quoted where a latency in µs is printed (demo, report) so
//! that it is stated at a clock a real build reached, not at a nominal one. Each names its build
//! and the command that measured it; re-measure and update them when the RTL changes.

/// A measured Fmax and what it was measured on.
pub struct Measured {
    pub mhz: f64,
    pub what: &'static str,
}

/// The reference tile (configs/reference.toml, 8-bit weights, one lane) with the learning unit
/// on the ECP5-85k: `delaytile synth --target ecp5-85k --config configs/reference.toml --no-pnr`,
/// then the native nextpnr-ecp5 0.11.1 (router1) at seeds 1-3: 54.15 / 53.32 / 51.67 MHz, mean
/// 53.05 ± 1.26 (commit 6248e8b, 8,551 LUT4, 68 EBR; results/hardware/cuts_2026-12-07.md).
/// Earlier: 49.49 ± 3.84 at 53df916, 53.9 ± 1.1 at 6b52a9a, 41.89 at d85412b (seed 1).
pub const REFERENCE_ECP5_85K: Measured = Measured {
    mhz: 53.05,
    what: "Fmax of the reference tile with the learning unit on the ECP5-85k, mean of 3 nextpnr seeds",
};

/// The speech contract (configs/speech.toml: 16-bit weights, 20-bit membranes and readouts)
/// with the learning unit on the ECP5-85k, one lane, measured as the reference above: 47.25 /
/// 51.84 / 51.89 MHz, mean 50.33 ± 2.66 (commit 6248e8b, 9,310 LUT4, 89 EBR;
/// results/hardware/cuts_2026-12-07.md). Earlier: 50.22 ± 1.68 at 53df916, 39.83 at d85412b
/// (seed 1).
pub const SPEECH_ECP5_85K: Measured = Measured {
    mhz: 50.33,
    what: "Fmax of configs/speech.toml with the learning unit on the ECP5-85k, mean of 3 nextpnr seeds",
};
