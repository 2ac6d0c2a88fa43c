//! The configured widths of the sequencer's registers (`narrow.rs`), from the sizes and formats.

use super::*;

/// The configured widths of the sequencer's registers, from the sizes and formats (each bound
/// holds for every state reachable from CLEAR and STEPs; `narrow.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegisterBits {
    /// Counters, list lengths and memory indices (unsigned).
    pub count: u32,
    /// The accumulator: a neuron's input current (S weights), an output's sum (H readout
    /// weights) or a learning signal's sum (O products B e).
    pub acc: u32,
    /// The centring means (of one neuron's q over S sources, and of G over H neurons).
    pub mean: u32,
    /// The sum of the O softmax numerators (unsigned).
    pub psum: u32,
    /// The running totals of q (one neuron) and of G (all neurons) that the means divide.
    pub total: u32,
    pub total_g: u32,
    /// The axonal gradient G_s (a sum of H delay gradients q; the axonal_gradients memory's
    /// width, `Formats::axonal_gradient_bits`).
    pub g: u32,
    /// A delay gradient q = m W eta (the delay_gradients memory's width).
    pub q: u32,
}

impl RegisterBits {
    /// The delay-like update's `g - mean`: g is a delay gradient q (synaptic) or G_s (axonal),
    /// the mean either's centring mean.
    pub fn g_minus_mean(&self) -> u32 {
        self.g.max(self.mean).max(self.q) + 1
    }

    pub fn new(cfg: &Config, f: &Formats) -> RegisterBits {
        let n = &cfg.network;
        let w = &cfg.widths;
        let (s, h, o, d) = (
            cfg.sources() as u128,
            n.hidden as u128,
            n.outputs as u128,
            n.max_delay as u128,
        );
        let largest_memory = memory::memories(cfg)
            .iter()
            .map(|m| m.entries as u128)
            .max()
            .unwrap_or(1);
        // Indices run to one past a memory's end; the Sig pass walks (O + 1) H, the division 32.
        let count_max = largest_memory
            .max((o + 1) * h + h)
            .max(s * d + d)
            .max(clear_cycles(cfg) as u128)
            .max(64);
        let weight = 1u128 << (w.weight_bits - 1);
        let error = 1u128 << (ERROR_BITS - 1);
        // A neuron's current is `Formats::current_bits` wide (the current buffer's word too).
        let acc =
            signed_bits(((h + 1) * weight).max(o * weight * error)).max(Formats::current_bits(cfg));
        // q = m W eta: signal x weight x trace (eta read as trace_bits two's complement).
        let q_bits = Formats::delay_gradient_bits(cfg);
        let q = 1u128 << (q_bits - 1);
        let recip = f.mean_recip as u128;
        let total = s * q;
        let total_g = h * s * q;
        let mean = ((total_g * recip) >> golden::format::MEAN_FRAC) + 1;
        let p_max = f
            .exp_rom
            .iter()
            .map(|&x| x.max(0) as u128)
            .max()
            .unwrap_or(0);
        RegisterBits {
            count: unsigned_bits(count_max) + 1,
            acc,
            mean: signed_bits(mean),
            psum: unsigned_bits(o * p_max),
            total: signed_bits(total),
            total_g: signed_bits(total_g),
            g: Formats::axonal_gradient_bits(cfg),
            q: q_bits,
        }
    }
}
