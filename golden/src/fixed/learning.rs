//! The learning unit: learning signal, modulated signal m_j = L_j psi_j, and the online updates
//! of weights, synaptic and axonal delays, readout weights and biases, each stochastically
//! rounded with one draw of the tile's `Lfsr`, in a fixed order (see ALGORITHM.md, "Learning").

use super::readout::Readout;
use super::trace_fifo::TraceFifo;
use crate::config::Config;
use crate::format::{Formats, MEAN_FRAC, clamp, stochastic_shift};
use crate::params::Params;
use crate::rng::Lfsr;

/// Everything the learning unit reads besides the parameters.
pub struct LearnInputs<'a> {
    pub taps: &'a [u8],
    pub traces: &'a TraceFifo,
    pub psi: &'a [i32],
    pub readout: &'a Readout,
    pub label: usize,
}

/// The error signals of one step, exposed for comparison with the RTL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signals {
    /// Output errors e_k, Q1.15.
    pub e: Vec<i32>,
    /// Learning signals L_j, signal format.
    pub l: Vec<i32>,
    /// Modulated signals m_j = (L_j psi_j) >> psi_bits.
    pub m: Vec<i32>,
}

/// Twin of `hdl::learning`: apply one step of online learning; returns the signals used.
pub fn learn_step(
    cfg: &Config,
    f: &Formats,
    p: &mut Params,
    lfsr: &mut Lfsr,
    inp: &LearnInputs,
) -> Signals {
    let (h, o, s_n) = (cfg.network.hidden, cfg.network.outputs, cfg.sources());
    let l_cfg = &cfg.learning;
    let mode = cfg.network.delay_mode;
    let learn_w = l_cfg.weights;
    let learn_d = l_cfg.synaptic_delays && mode.has_synaptic();
    let learn_a = l_cfg.axonal_delays && mode.has_axonal();

    let e = inp.readout.error(inp.label, f);
    // L_j = sum_k B_jk e_k with B = U^T or the random feedback; U before this step's update.
    let l: Vec<i32> = (0..h)
        .map(|j| {
            let sum: i64 = (0..o)
                .map(|k| {
                    let b = if p.fb.is_empty() {
                        p.u[k * h + j]
                    } else {
                        p.fb[j * o + k]
                    };
                    b as i64 * e[k] as i64
                })
                .sum();
            clamp(sum >> f.signal_shift, f.l_min, f.l_max)
        })
        .collect();
    let m: Vec<i32> = (0..h)
        .map(|j| ((l[j] as i64 * inp.psi[j] as i64) >> cfg.widths.psi_bits) as i32)
        .collect();

    let need_q = learn_d || learn_a;
    let mut axon_grad = vec![0i64; if learn_a { s_n } else { 0 }];
    let mut q = vec![0i64; s_n];
    for j in 0..h {
        let mj = m[j] as i64;
        if mj == 0 || !(learn_w || need_q) {
            continue; // no update of this neuron's synapses and no draws
        }
        let row = j * s_n;
        // Pass 1: delay gradients with the weights before this step's update, and their mean.
        let mut mean = 0i64;
        if need_q {
            let mut total = 0i128;
            for s in 0..s_n {
                let n = inp.taps[row + s] as usize;
                q[s] = mj * p.w[row + s] as i64 * inp.traces.eta(s, n) as i64;
                total += q[s] as i128;
            }
            if l_cfg.center_delays {
                mean = ((total * f.mean_recip as i128) >> MEAN_FRAC) as i64;
            }
            for (g, &qs) in axon_grad.iter_mut().zip(&q) {
                *g += qs;
            }
        }
        // Pass 2: updates, source by source.
        // One draw per synapse; the delay update uses it rotated by 16 bits.
        for s in 0..s_n {
            let n = inp.taps[row + s] as usize;
            let r = lfsr.draw();
            if learn_w {
                let dw = stochastic_shift(mj * inp.traces.eps(s, n) as i64, f.sr_w, r);
                p.w[row + s] = clamp(p.w[row + s] as i64 - dw, f.w_min, f.w_max);
            }
            if learn_d {
                let dd = stochastic_shift(q[s] - mean, f.sr_d, r.rotate_left(16));
                // With both kinds the path delay A_s + d_js stays within [0, D-1].
                let hi = if mode.has_axonal() {
                    f.delay_max - p.a[s]
                } else {
                    f.delay_max
                };
                p.d[row + s] = clamp(p.d[row + s] as i64 - dd, 0, hi);
            }
        }
    }

    if learn_a {
        let mean = if l_cfg.center_delays {
            let total: i128 = axon_grad.iter().map(|&g| g as i128).sum();
            ((total * f.mean_recip as i128) >> MEAN_FRAC) as i64
        } else {
            0
        };
        for s in 0..s_n {
            let da = stochastic_shift(axon_grad[s] - mean, f.sr_a, lfsr.draw());
            p.a[s] = clamp(p.a[s] as i64 - da, 0, f.delay_max);
        }
    }

    if l_cfg.readout {
        let zeta = &inp.readout.zeta;
        for k in 0..o {
            let ek = e[k] as i64;
            for j in 0..h {
                let du = stochastic_shift(ek * zeta[j] as i64, f.sr_u, lfsr.draw());
                p.u[k * h + j] = clamp(p.u[k * h + j] as i64 - du, f.w_min, f.w_max);
            }
            if l_cfg.bias {
                let db = stochastic_shift(ek, f.sr_b, lfsr.draw());
                p.b[k] = clamp(p.b[k] as i64 - db, f.w_min, f.w_max);
            }
        }
    }
    Signals { e, l, m }
}
