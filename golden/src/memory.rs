//! What a tile stores, per memory, in bits: the parameter memories and the state the contract
//! defines. The RTL's memory map must equal this list (checked once the RTL exists).

use crate::config::{Config, Feedback};
use serde::Serialize;

/// One memory of the tile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Memory {
    pub name: &'static str,
    /// Parameter (learned or loaded) or state (cleared every sample).
    pub parameter: bool,
    /// Needed only for learning (traces, feedback).
    pub learning_only: bool,
    pub entries: u64,
    pub width: u32,
}

impl Memory {
    pub fn bits(&self) -> u64 {
        self.entries * self.width as u64
    }
}

/// Every memory of the tile for `cfg`; memories with no entries are left out.
pub fn memories(cfg: &Config) -> Vec<Memory> {
    let n = &cfg.network;
    let w = &cfg.widths;
    let (s, h, o, d) = (
        cfg.sources() as u64,
        n.hidden as u64,
        n.outputs as u64,
        n.max_delay as u64,
    );
    let delay_bits = n.max_delay.trailing_zeros() + w.delay_frac;
    let mem = |name, parameter, learning_only, entries, width| Memory {
        name,
        parameter,
        learning_only,
        entries,
        width,
    };
    let has = |b: bool, x: u64| if b { x } else { 0 };
    let random_fb = cfg.learning.feedback == Feedback::Random;
    let list = vec![
        mem("weights", true, false, h * s, w.weight_bits),
        mem(
            "synaptic_delays",
            true,
            false,
            has(n.delay_mode.has_synaptic(), h * s),
            delay_bits,
        ),
        mem(
            "axonal_delays",
            true,
            false,
            has(n.delay_mode.has_axonal(), s),
            delay_bits,
        ),
        mem("readout_weights", true, false, o * h, w.weight_bits),
        mem("readout_biases", true, false, o, w.weight_bits),
        mem(
            "feedback_weights",
            true,
            true,
            has(random_fb, h * o),
            w.weight_bits,
        ),
        mem("spike_history", false, false, s, n.max_delay as u32),
        mem("membranes", false, false, h, w.membrane_bits),
        mem("spikes", false, false, h, 1),
        mem("readout", false, false, o, w.readout_bits),
        mem("decision_sums", false, false, o, 64),
        mem("eps_trace_fifo", false, true, s * d, w.trace_bits),
        mem("eta_trace_fifo", false, true, s * d, w.trace_bits),
        mem("readout_traces", false, true, h, w.trace_bits),
        mem("psi", false, true, h, w.psi_bits),
        mem("lfsr", false, true, 1, 32),
    ];
    list.into_iter().filter(|m| m.entries > 0).collect()
}

/// Total bits for inference and for the learning additions.
pub fn totals(cfg: &Config) -> (u64, u64) {
    let m = memories(cfg);
    let inference = m
        .iter()
        .filter(|m| !m.learning_only)
        .map(Memory::bits)
        .sum();
    let learning = m.iter().filter(|m| m.learning_only).map(Memory::bits).sum();
    (inference, learning)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixed::Tile;

    /// The parameter memories listed here have exactly as many entries as the golden model's.
    #[test]
    fn parameter_entries_match_the_golden_model() {
        for mode in ["none", "axonal", "synaptic", "both"] {
            for fb in ["symmetric", "random"] {
                let text = format!(
                    "[network]\ninputs = 7\nhidden = 5\noutputs = 3\ndelay_mode = \"{mode}\"\n\
                     [learning]\nfeedback = \"{fb}\"\n[data]\ndt_ms = 10.0\nmax_time_s = 1.4\npool = 100\n"
                );
                let cfg = Config::from_toml_str(&text, "test").unwrap();
                let p = Tile::new(&cfg).unwrap().params;
                let entries = |name: &str| {
                    memories(&cfg)
                        .iter()
                        .find(|m| m.name == name)
                        .map_or(0, |m| m.entries) as usize
                };
                assert_eq!(entries("weights"), p.w.len());
                assert_eq!(entries("synaptic_delays"), p.d.len());
                assert_eq!(entries("axonal_delays"), p.a.len());
                assert_eq!(entries("readout_weights"), p.u.len());
                assert_eq!(entries("readout_biases"), p.b.len());
                assert_eq!(entries("feedback_weights"), p.fb.len());
            }
        }
    }
}
