//! The learnable parameters of a tile, in fixed point (the golden model's and the RTL's memories)
//! and their real-valued twin for the float reference. Initial values are drawn once, quantised,
//! and the float model starts from exactly the dequantised values.

use crate::config::{Config, DelayInit, Feedback};
use crate::format::Formats;
use crate::memory::MemoryId;
use crate::rng::SplitMix64;
use serde::{Deserialize, Serialize};

/// Parameter memories, row-major. Sources are the input channels, then the hidden neurons (with
/// recurrence). Delays are unsigned with `delay_frac` fraction bits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Params {
    /// Input and recurrent weights, `[hidden][sources]`.
    pub w: Vec<i32>,
    /// Synaptic delays, `[hidden][sources]` (empty without synaptic delays).
    pub d: Vec<i32>,
    /// Axonal delays, `[sources]` (empty without axonal delays).
    pub a: Vec<i32>,
    /// Readout weights, `[outputs][hidden]`.
    pub u: Vec<i32>,
    /// Readout biases, `[outputs]`, weight format.
    pub b: Vec<i32>,
    /// Random feedback, `[hidden][outputs]` (empty with symmetric feedback).
    pub fb: Vec<i32>,
}

/// The same memories as reals (threshold units, delays in steps).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FloatParams {
    pub w: Vec<f64>,
    pub d: Vec<f64>,
    pub a: Vec<f64>,
    pub u: Vec<f64>,
    pub b: Vec<f64>,
    pub fb: Vec<f64>,
}

/// Which memory a parameter lives in (for reports, files and co-simulation messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Weight,
    SynapticDelay,
    AxonalDelay,
    Readout,
    Bias,
    Feedback,
}

impl Params {
    /// The parameters a tile built from `cfg` stores: an inference-only tile
    /// (`hardware.learning_unit = false`) has no feedback weights (only learning reads them).
    pub fn stored(&self, cfg: &Config) -> Params {
        let mut p = self.clone();
        if !cfg.hardware.learning_unit {
            p.fb.clear();
        }
        p
    }

    /// Draw initial parameters from `cfg.init`.
    pub fn init(cfg: &Config, f: &Formats) -> Params {
        let n = &cfg.network;
        let (s, h, o) = (cfg.sources(), n.hidden, n.outputs);
        let mut rng = SplitMix64::new(cfg.init.seed);
        let wscale = (1u64 << cfg.widths.weight_frac) as f64;
        let mut quant = |a: f64| -> i32 {
            let x = (rng.uniform(a) * wscale).round() as i64;
            x.clamp(f.w_min as i64, f.w_max as i64) as i32
        };
        let a_in = cfg.init.input_scale / (n.inputs as f64).sqrt();
        let a_rec = cfg.init.recurrent_scale / (h as f64).sqrt();
        let mut w = Vec::with_capacity(h * s);
        for _ in 0..h {
            for src in 0..s {
                w.push(quant(if src < n.inputs { a_in } else { a_rec }));
            }
        }
        let a_out = cfg.init.readout_scale / (h as f64).sqrt();
        let u = (0..o * h).map(|_| quant(a_out)).collect();
        let b = vec![0; o];
        let fb = match cfg.learning.feedback {
            Feedback::Symmetric => Vec::new(),
            Feedback::Random => (0..h * o).map(|_| quant(a_out)).collect(),
        };

        let mode = n.delay_mode;
        let dmax = f.delay_max;
        // With both kinds, each gets half of the mid-range so that their sum starts mid-range.
        let kinds = mode.has_axonal() as i32 + mode.has_synaptic() as i32;
        let frac = cfg.widths.delay_frac;
        let draw_delay = |rng: &mut SplitMix64| -> i32 {
            match cfg.init.delays {
                DelayInit::Zero => 0,
                DelayInit::Mid => (((n.max_delay as i32 - 1) << frac) / 2) / kinds.max(1),
                DelayInit::Random => {
                    (rng.below(n.max_delay as u64) as i32 * (1 << frac)) / kinds.max(1)
                }
            }
        };
        let mut drng = SplitMix64::new(cfg.init.seed ^ 0xD1A7);
        let a = if mode.has_axonal() {
            (0..s).map(|_| draw_delay(&mut drng).min(dmax)).collect()
        } else {
            Vec::new()
        };
        let d = if mode.has_synaptic() {
            (0..h * s)
                .map(|_| draw_delay(&mut drng).min(dmax))
                .collect()
        } else {
            Vec::new()
        };
        Params { w, d, a, u, b, fb }
    }

    /// The real values these integers stand for.
    pub fn to_float(&self, cfg: &Config) -> FloatParams {
        let ws = 1.0 / (1u64 << cfg.widths.weight_frac) as f64;
        let ds = 1.0 / (1u64 << cfg.widths.delay_frac) as f64;
        let conv = |v: &[i32], s: f64| v.iter().map(|&x| x as f64 * s).collect();
        FloatParams {
            w: conv(&self.w, ws),
            d: conv(&self.d, ds),
            a: conv(&self.a, ds),
            u: conv(&self.u, ws),
            b: conv(&self.b, ws),
            fb: conv(&self.fb, ws),
        }
    }

    /// Parameter count and memory bits per kind, for reports.
    pub fn sizes(&self, cfg: &Config) -> Vec<(Kind, usize, u64)> {
        let w = &cfg.widths;
        let dbits = crate::format::Formats::delay_bits(cfg) as u64;
        let wb = w.weight_bits as u64;
        vec![
            (Kind::Weight, self.w.len(), self.w.len() as u64 * wb),
            (
                Kind::SynapticDelay,
                self.d.len(),
                self.d.len() as u64 * dbits,
            ),
            (Kind::AxonalDelay, self.a.len(), self.a.len() as u64 * dbits),
            (Kind::Readout, self.u.len(), self.u.len() as u64 * wb),
            (Kind::Bias, self.b.len(), self.b.len() as u64 * wb),
            (Kind::Feedback, self.fb.len(), self.fb.len() as u64 * wb),
        ]
    }
}

impl Kind {
    /// The tile memory that holds this kind of parameter.
    pub fn memory(self) -> MemoryId {
        match self {
            Kind::Weight => MemoryId::Weights,
            Kind::SynapticDelay => MemoryId::SynapticDelays,
            Kind::AxonalDelay => MemoryId::AxonalDelays,
            Kind::Readout => MemoryId::ReadoutWeights,
            Kind::Bias => MemoryId::ReadoutBiases,
            Kind::Feedback => MemoryId::FeedbackWeights,
        }
    }

    pub fn name(self) -> &'static str {
        self.memory().name()
    }
}
