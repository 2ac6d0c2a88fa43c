//! The one configuration type of delaytile. It feeds the float reference, the fixed-point golden
//! model and (later) the RTL generator and the co-simulation: no size, width or rate is written
//! anywhere else. Loaded from TOML; every field is validated with a message that names it.

use crate::shd::Binning;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Lowest `lr_*_log2` a configuration accepts (annealing never goes below it either).
pub const LR_LOG2_MIN: i32 = -24;
/// Highest `lr_*_log2` a configuration accepts.
pub const LR_LOG2_MAX: i32 = 8;

/// Most epochs a configuration (or `--epochs`) may ask for.
pub const MAX_EPOCHS: usize = 10_000;

/// Which delays exist (and so which are stored and learnable).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DelayMode {
    /// Weights only: every tap is 0.
    None,
    /// One delay per source (input channel or hidden neuron's axon).
    Axonal,
    /// One delay per synapse.
    Synaptic,
    /// Both; the tap is the rounded sum.
    Both,
}

impl DelayMode {
    pub fn has_axonal(self) -> bool {
        matches!(self, DelayMode::Axonal | DelayMode::Both)
    }
    pub fn has_synaptic(self) -> bool {
        matches!(self, DelayMode::Synaptic | DelayMode::Both)
    }
    pub fn has_any(self) -> bool {
        self != DelayMode::None
    }
}

/// What a hidden neuron's membrane does after a spike.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Reset {
    Subtract,
    Zero,
}

/// Where the top-down learning signal comes from.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Feedback {
    /// B = U^T (symmetric e-prop): the readout weights carry the error back.
    Symmetric,
    /// B fixed random (random e-prop), drawn once from `init.seed`.
    Random,
}

/// How delays start.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DelayInit {
    /// Every delay path starts at the middle of the range, so it can move both ways and no
    /// timing structure is given away.
    Mid,
    /// Uniformly random taps in [0, D-1] (the "delay reservoir" baseline when frozen).
    Random,
    /// All zero.
    Zero,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Network {
    /// Input channels (sources 0..inputs).
    pub inputs: usize,
    /// Hidden LIF neurons.
    pub hidden: usize,
    /// Leaky-integrator readout units (classes).
    pub outputs: usize,
    /// All-to-all recurrence: hidden neurons are sources inputs..inputs+hidden.
    pub recurrent: bool,
    pub delay_mode: DelayMode,
    /// D: depth of the spike history; every tap lies in [0, D-1].
    pub max_delay: usize,
    pub reset: Reset,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Neuron {
    /// Membrane (and presynaptic trace) decay per step, in (0, 1).
    pub alpha: f64,
    /// Readout decay per step, in [0, 1).
    pub kappa: f64,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Surrogate {
    /// Peak of the Gaussian pseudo-derivative psi (threshold = 1).
    pub gamma: f64,
    /// Width of psi in units of the threshold.
    pub sigma_v: f64,
    /// Width (steps) of the Gaussian that smooths spike times for the delay eligibility.
    pub sigma_t: f64,
    /// Support of the delay kernel: lags -R..=R steps.
    pub kernel_radius: usize,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Learning {
    pub feedback: Feedback,
    /// Learn input and recurrent weights.
    pub weights: bool,
    /// Learn readout weights.
    pub readout: bool,
    /// Learn readout biases (at the readout rate). Off by default: with per-step online
    /// updates the biases chase the label of the current sample.
    pub bias: bool,
    /// Learn synaptic delays (only if the delay mode has them).
    pub synaptic_delays: bool,
    /// Learn axonal delays (only if the delay mode has them).
    pub axonal_delays: bool,
    /// Learning rates are powers of two (shifts in fixed point): lr = 2^log2.
    pub lr_w_log2: i32,
    pub lr_u_log2: i32,
    pub lr_d_log2: i32,
    pub lr_a_log2: i32,
    /// Remove the common mode of delay updates (per neuron for synaptic, over sources for
    /// axonal): a uniform shift of all delays changes no coincidence.
    pub center_delays: bool,
    /// First step of each sample at which learning is applied; it runs to the sample's end.
    pub supervision_start: usize,
    /// Float reference only (a diagnosis option, not part of the fixed-point contract): filter
    /// the weight eligibilities with the readout's decay kappa (e-prop's F_kappa), one state
    /// per synapse, so that an error at step t also credits spikes of earlier steps that still
    /// drive the leaky readout. The fixed-point model refuses a configuration with it.
    pub filter_kappa: bool,
}

/// Bit widths and binary points of the fixed-point golden model (and the RTL).
/// `*_frac` is the number of fraction bits; values are in units of the firing threshold.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Widths {
    pub weight_bits: u32,
    pub weight_frac: u32,
    pub membrane_bits: u32,
    pub membrane_frac: u32,
    pub readout_bits: u32,
    pub readout_frac: u32,
    pub trace_bits: u32,
    pub trace_frac: u32,
    pub delay_frac: u32,
    pub signal_bits: u32,
    pub signal_frac: u32,
    /// psi is unsigned with psi_bits fraction bits (peak < 1).
    pub psi_bits: u32,
    /// log2 of the psi ROM size.
    pub psi_index_bits: u32,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Init {
    pub seed: u64,
    /// Input weights ~ U(-a, a) with a = input_scale / sqrt(inputs) (threshold units).
    pub input_scale: f64,
    /// Recurrent weights ~ U(-a, a) with a = recurrent_scale / sqrt(hidden).
    pub recurrent_scale: f64,
    /// Readout weights ~ U(-a, a) with a = readout_scale / sqrt(hidden).
    pub readout_scale: f64,
    pub delays: DelayInit,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Train {
    pub epochs: usize,
    /// Seed of the sample order shuffle.
    pub shuffle_seed: u64,
    /// Every this many epochs all learning rates halve (each lr_*_log2 drops by one: the host
    /// rewrites the shift registers between epochs). 0 = constant rates.
    pub anneal_every: usize,
    /// Train until a plateau: stop when the accuracy on a validation set (training speakers
    /// held out from training) has not improved for this many epochs; `epochs` is then the cap.
    /// 0 = always run `epochs`. Without a validation set it has no effect.
    pub patience: usize,
}

/// How the tile is built. The golden model's arithmetic does not depend on this section; it
/// decides what the generator puts on the chip.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Hardware {
    /// Build the on-chip learning unit. `false` gives an inference-only tile for small FPGAs:
    /// the learning memories (traces, psi, errors, signals, gradients, random feedback weights)
    /// and the learning datapath are left out, and the LEARN and LEARN_FLAGS registers stay 0.
    /// Such a tile runs parameters learned elsewhere, e.g. by the golden model (`delaytile
    /// train`), which computes exactly what the learning tile would.
    pub learning_unit: bool,
    /// Lanes L (1, 2, 4, 8 or 16): HIST reads L sources per cycle, SYN sums L neurons and OUT L
    /// outputs at once, each lane from its own bank of the memories it reads (synapse (j, s) of
    /// the weights and synaptic delays in bank `(j + s) mod L`, readout weight (k, j) in `(k + j)
    /// mod L`, source s's history, spikes and axonal delay in `s mod L`; `memory::host_index`). The
    /// numbers do not depend on L, only the cycles (`cycles::step_cycles`,
    /// `cycles::learning_cycles`: the learning passes take L elements per cycle too).
    pub lanes: u32,
    /// The event pass (ALGORITHM.md §2, §11): in a step that does not learn, SYN delivers each
    /// source that spikes now to every neuron's current buffer, at the slot of the step its
    /// synapse's tap makes it arrive in, instead of tapping every active source's history for
    /// every neuron. The numbers are the same (the taps do not move while nothing learns); the
    /// cycles follow the spikes, not the D-step history. Costs the current buffer, H x D words
    /// (`memory::MemoryId::CurrentBuffer`). Learning steps keep the tap pass, which reads the
    /// taps as they are after the last update.
    pub event_pass: bool,
}

impl Default for Hardware {
    fn default() -> Self {
        Hardware {
            learning_unit: true,
            lanes: 1,
            event_pass: true,
        }
    }
}

/// The most outputs a configuration may have (`network.outputs`).
pub const MAX_OUTPUTS: usize = 256;

/// The whole configuration. `Config::default()` is the reference configuration: 140 inputs,
/// 128 recurrent hidden neurons, 20 outputs, both delay kinds, D = 32.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub network: Network,
    pub neuron: Neuron,
    pub surrogate: Surrogate,
    pub learning: Learning,
    pub widths: Widths,
    pub init: Init,
    pub train: Train,
    pub data: Binning,
    pub hardware: Hardware,
}

impl Default for Network {
    fn default() -> Self {
        Network {
            inputs: 140,
            hidden: 128,
            outputs: 20,
            recurrent: true,
            delay_mode: DelayMode::Both,
            max_delay: 32,
            reset: Reset::Subtract,
        }
    }
}

impl Default for Neuron {
    fn default() -> Self {
        Neuron {
            alpha: 0.95,
            kappa: 0.9,
        }
    }
}

impl Default for Surrogate {
    fn default() -> Self {
        Surrogate {
            gamma: 0.3,
            sigma_v: 0.5,
            sigma_t: 1.0,
            kernel_radius: 2,
        }
    }
}

impl Default for Learning {
    fn default() -> Self {
        Learning {
            feedback: Feedback::Symmetric,
            weights: true,
            readout: true,
            bias: false,
            synaptic_delays: true,
            axonal_delays: true,
            lr_w_log2: -9,
            lr_u_log2: -9,
            lr_d_log2: 2,
            lr_a_log2: -2,
            center_delays: true,
            supervision_start: 0,
            filter_kappa: false,
        }
    }
}

impl Default for Widths {
    fn default() -> Self {
        Widths {
            weight_bits: 8,
            weight_frac: 6,
            membrane_bits: 16,
            membrane_frac: 10,
            readout_bits: 16,
            readout_frac: 10,
            trace_bits: 12,
            trace_frac: 7,
            delay_frac: 3,
            signal_bits: 16,
            signal_frac: 12,
            psi_bits: 8,
            psi_index_bits: 6,
        }
    }
}

impl Default for Init {
    fn default() -> Self {
        Init {
            seed: 1,
            input_scale: 3.0,
            recurrent_scale: 1.0,
            readout_scale: 1.0,
            delays: DelayInit::Mid,
        }
    }
}

impl Default for Train {
    fn default() -> Self {
        Train {
            epochs: 1,
            shuffle_seed: 7,
            anneal_every: 0,
            patience: 0,
        }
    }
}

/// A configuration that failed to load or validate: which file, which field, what was wrong.
#[derive(thiserror::Error, Debug)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("config file {path}: {message}")]
    Parse { path: String, message: String },
    #[error("config {field} = {value}: expected {expected}")]
    Invalid {
        field: String,
        value: String,
        expected: String,
    },
}

fn invalid(field: &str, value: impl ToString, expected: impl ToString) -> ConfigError {
    ConfigError::Invalid {
        field: field.to_string(),
        value: value.to_string(),
        expected: expected.to_string(),
    }
}

fn check_range<T: PartialOrd + ToString + Copy>(
    field: &str,
    v: T,
    lo: T,
    hi: T,
) -> Result<(), ConfigError> {
    if v < lo || v > hi {
        return Err(invalid(
            field,
            v,
            format!("{} ..= {}", lo.to_string(), hi.to_string()),
        ));
    }
    Ok(())
}

fn check_open_unit(field: &str, v: f64, allow_zero: bool) -> Result<(), ConfigError> {
    let ok = v.is_finite() && v < 1.0 && (v > 0.0 || (allow_zero && v == 0.0));
    if !ok {
        let lo = if allow_zero { "[0" } else { "(0" };
        return Err(invalid(field, v, format!("a number in {lo}, 1)")));
    }
    Ok(())
}

fn check_positive(field: &str, v: f64) -> Result<(), ConfigError> {
    if !(v.is_finite() && v > 0.0) {
        return Err(invalid(field, v, "a finite number > 0"));
    }
    Ok(())
}

impl Config {
    /// Parse TOML text; `origin` names the source in error messages.
    pub fn from_toml_str(text: &str, origin: &str) -> Result<Config, ConfigError> {
        let cfg: Config = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: origin.to_string(),
            message: e.to_string().trim_end().to_string(),
        })?;
        cfg.validate()?;
        Ok(cfg)
    }

    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Config::from_toml_str(&text, &path.display().to_string())
    }

    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).expect("a Config always serialises")
    }

    /// Every field within its range, and the fields consistent with each other.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let n = &self.network;
        check_range("network.inputs", n.inputs, 1, 4096)?;
        check_range("network.hidden", n.hidden, 1, 4096)?;
        check_range("network.outputs", n.outputs, 2, MAX_OUTPUTS)?;
        check_range("network.max_delay", n.max_delay, 4, 64)?;
        let lanes = self.hardware.lanes;
        if !(lanes.is_power_of_two() && lanes <= 16) {
            return Err(invalid(
                "hardware.lanes",
                lanes,
                "1, 2, 4, 8 or 16 (a neuron's bank is the low bits of its index)",
            ));
        }
        if !n.max_delay.is_power_of_two() {
            return Err(invalid(
                "network.max_delay",
                n.max_delay,
                "a power of two (the history is a ring of D bits)",
            ));
        }
        check_open_unit("neuron.alpha", self.neuron.alpha, false)?;
        check_open_unit("neuron.kappa", self.neuron.kappa, true)?;
        let s = &self.surrogate;
        check_positive("surrogate.gamma", s.gamma)?;
        if s.gamma >= 1.0 {
            return Err(invalid(
                "surrogate.gamma",
                s.gamma,
                "a number in (0, 1) (psi is unsigned Q0.psi_bits)",
            ));
        }
        check_positive("surrogate.sigma_v", s.sigma_v)?;
        check_positive("surrogate.sigma_t", s.sigma_t)?;
        check_range("surrogate.kernel_radius", s.kernel_radius, 1, 4)?;
        if 2 * s.kernel_radius >= n.max_delay {
            return Err(invalid(
                "surrogate.kernel_radius",
                s.kernel_radius,
                format!("2R + 1 <= network.max_delay = {}", n.max_delay),
            ));
        }
        let l = &self.learning;
        for (field, v) in [
            ("learning.lr_w_log2", l.lr_w_log2),
            ("learning.lr_u_log2", l.lr_u_log2),
            ("learning.lr_d_log2", l.lr_d_log2),
            ("learning.lr_a_log2", l.lr_a_log2),
        ] {
            check_range(field, v, LR_LOG2_MIN, LR_LOG2_MAX)?;
        }
        let w = &self.widths;
        check_range("widths.weight_bits", w.weight_bits, 2, 16)?;
        check_range("widths.weight_frac", w.weight_frac, 0, w.weight_bits - 1)?;
        check_range("widths.membrane_bits", w.membrane_bits, 4, 24)?;
        check_range(
            "widths.membrane_frac",
            w.membrane_frac,
            w.weight_frac,
            w.membrane_bits - 2,
        )?;
        check_range("widths.readout_bits", w.readout_bits, 4, 24)?;
        check_range(
            "widths.readout_frac",
            w.readout_frac,
            w.weight_frac.max(crate::format::EXP_STEP_LOG2),
            w.readout_bits - 2,
        )?;
        check_range("widths.trace_bits", w.trace_bits, 4, 16)?;
        check_range("widths.trace_frac", w.trace_frac, 1, w.trace_bits - 2)?;
        check_range("widths.delay_frac", w.delay_frac, 0, 6)?;
        check_range("widths.signal_bits", w.signal_bits, 4, 24)?;
        check_range("widths.signal_frac", w.signal_frac, 1, w.signal_bits - 2)?;
        check_range("widths.psi_bits", w.psi_bits, 2, 12)?;
        check_range("widths.psi_index_bits", w.psi_index_bits, 2, 10)?;
        // The trace must hold its steady state 1 / (1 - alpha) for a source spiking every step.
        let eps_max = 1.0 / (1.0 - self.neuron.alpha);
        let trace_max = ((1u64 << (w.trace_bits - 1)) as f64) / (1u64 << w.trace_frac) as f64;
        if eps_max > 2.0 * trace_max {
            return Err(invalid(
                "widths.trace_frac",
                w.trace_frac,
                format!(
                    "few enough fraction bits that the trace holds 1/(1-alpha) = {eps_max:.1} \
                     (now saturates at {:.1})",
                    2.0 * trace_max
                ),
            ));
        }
        check_positive("init.input_scale", self.init.input_scale)?;
        check_positive("init.recurrent_scale", self.init.recurrent_scale)?;
        check_positive("init.readout_scale", self.init.readout_scale)?;
        check_range("train.epochs", self.train.epochs, 1, MAX_EPOCHS)?;
        self.data.check().map_err(|(field, value, expected)| {
            invalid(&format!("data.{field}"), value, expected)
        })?;
        Ok(())
    }

    /// Number of sources: input channels, then (with recurrence) hidden neurons.
    pub fn sources(&self) -> usize {
        self.network.inputs
            + if self.network.recurrent {
                self.network.hidden
            } else {
                0
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lanes are a power of two up to 16; anything else names the field, value and choices.
    #[test]
    fn lanes_are_checked() {
        for ok in [1, 2, 4, 8, 16] {
            let cfg = Config::from_toml_str(&format!("[hardware]\nlanes = {ok}\n"), "t").unwrap();
            assert_eq!(cfg.hardware.lanes, ok);
        }
        for bad in [0, 3, 12, 32] {
            let err = Config::from_toml_str(&format!("[hardware]\nlanes = {bad}\n"), "t.toml")
                .unwrap_err()
                .to_string();
            assert!(err.contains("hardware.lanes"), "{err}");
            assert!(
                err.contains(&bad.to_string()) && err.contains("1, 2, 4, 8 or 16"),
                "{err}"
            );
        }
    }
}
