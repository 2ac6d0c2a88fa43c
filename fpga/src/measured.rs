//! Fmax figures measured by nextpnr, quoted where a latency in µs is printed (demo, report) so
//! that it is stated at a clock a real build reached, not at a nominal one. Each names its build
//! and the command that measured it; re-measure and update them when the RTL changes.

/// A measured Fmax and what it was measured on.
pub struct Measured {
    pub mhz: f64,
    pub what: &'static str,
}

/// The reference tile (configs/reference.toml, 8-bit weights) with the learning unit on the
/// ECP5-85k: `delaytile synth --target ecp5-85k --config configs/reference.toml`
/// (results/hardware/pipeline_2026-12-04.md, nextpnr seed 1 as `synth` runs it; commit 1512df6).
pub const REFERENCE_ECP5_85K: Measured = Measured {
    mhz: 40.47,
    what: "measured Fmax of the reference tile with the learning unit on the ECP5-85k",
};

/// The speech contract (configs/speech.toml: 16-bit weights, 20-bit membranes and readouts)
/// with the learning unit on the ECP5-85k: `delaytile synth --target ecp5-85k --config
/// configs/speech.toml` (results/hardware/pipeline_2026-12-04.md, nextpnr seed 1; commit
/// 1512df6).
pub const SPEECH_ECP5_85K: Measured = Measured {
    mhz: 40.88,
    what: "measured Fmax of configs/speech.toml with the learning unit on the ECP5-85k",
};
