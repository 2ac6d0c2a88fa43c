//! Real-valued tile parameters to the configured fixed-point formats, with the error this costs.

use std::path::Path;

use serde::Serialize;

use super::NirError;
use super::import::RealNetwork;
use crate::config::{Config, Reset};
use crate::format::{DECAY_FRAC, Formats, round_to_i64};
use crate::params::{Kind, Params};

/// The quantisation error of one memory (threshold units for weights, steps for delays).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MemoryError {
    pub memory: &'static str,
    pub count: usize,
    /// Largest |real - quantised|, saturation included.
    pub max_error: f64,
    pub rms_error: f64,
    /// Values outside the format's range, clamped to it.
    pub saturated: usize,
    pub saturated_share: f64,
}

/// What the import lost to the fixed-point formats.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantisation {
    /// `1 - dt/tau` of the LIF and its Q0.16 value on the tile.
    pub alpha: (f64, f64),
    pub kappa: (f64, f64),
    pub memories: Vec<MemoryError>,
}

/// Rounds each value to `frac` fraction bits (half away from zero) and clamps it to `[lo, hi]`.
fn quantise(memory: Kind, x: &[f64], frac: u32, lo: i32, hi: i32) -> (Vec<i32>, MemoryError) {
    let scale = (1u64 << frac) as f64;
    let (mut max, mut sq, mut sat) = (0.0f64, 0.0, 0);
    let q: Vec<i32> = x
        .iter()
        .map(|&v| {
            let r = round_to_i64(v * scale);
            let c = r.clamp(lo as i64, hi as i64);
            sat += (c != r) as usize;
            let e = (v - c as f64 / scale).abs();
            max = max.max(e);
            sq += e * e;
            c as i32
        })
        .collect();
    let n = x.len();
    let err = MemoryError {
        memory: memory.name(),
        count: n,
        max_error: max,
        rms_error: if n > 0 { (sq / n as f64).sqrt() } else { 0.0 },
        saturated: sat,
        saturated_share: if n > 0 { sat as f64 / n as f64 } else { 0.0 },
    };
    (q, err)
}

/// The decay on the tile's Q0.16 grid (the only values the hardware has).
pub fn on_decay_grid(x: f64) -> f64 {
    let s = (1u64 << DECAY_FRAC) as f64;
    round_to_i64(x * s) as f64 / s
}

/// The tile configuration (`base` with the graph's sizes, delays and decays; reset to zero) and
/// its fixed-point parameters. Feedback weights (random feedback only) are `base`'s initial ones.
pub fn to_tile(
    path: &Path,
    net: &RealNetwork,
    base: &Config,
) -> Result<(Config, Params, Quantisation), NirError> {
    let mut cfg = base.clone();
    let n = &mut cfg.network;
    n.inputs = net.inputs;
    n.hidden = net.hidden;
    n.outputs = net.outputs;
    n.recurrent = net.recurrent;
    n.delay_mode = net.delay_mode;
    n.reset = Reset::Zero;
    cfg.neuron.alpha = on_decay_grid(net.alpha);
    cfg.neuron.kappa = on_decay_grid(net.kappa);
    let bad = |source| NirError::Config {
        path: path.to_path_buf(),
        source,
    };
    cfg.validate().map_err(bad)?;
    let f = Formats::new(&cfg).map_err(bad)?;
    let w = &cfg.widths;
    let mut p = Params::init(&cfg, &f);
    let mut memories = Vec::new();
    let mut q = |kind, x: &[f64], frac, lo, hi| {
        let (v, e) = quantise(kind, x, frac, lo, hi);
        memories.push(e);
        v
    };
    p.w = q(Kind::Weight, &net.w, w.weight_frac, f.w_min, f.w_max);
    p.u = q(Kind::Readout, &net.u, w.weight_frac, f.w_min, f.w_max);
    p.b = q(Kind::Bias, &net.b, w.weight_frac, f.w_min, f.w_max);
    let mode = net.delay_mode;
    p.d = if mode.has_synaptic() {
        q(Kind::SynapticDelay, &net.d, w.delay_frac, 0, f.delay_max)
    } else {
        Vec::new()
    };
    p.a = if mode.has_axonal() {
        q(Kind::AxonalDelay, &net.a, w.delay_frac, 0, f.delay_max)
    } else {
        Vec::new()
    };
    let report = Quantisation {
        alpha: (net.alpha, cfg.neuron.alpha),
        kappa: (net.kappa, cfg.neuron.kappa),
        memories,
    };
    Ok((cfg, p, report))
}
