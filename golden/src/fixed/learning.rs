//! The learning unit: learning signal, modulated signal m_j = L_j psi_j, and the online updates
//! of weights, synaptic and axonal delays, readout weights and biases, each stochastically
//! rounded with a draw of one of the tile's `LFSR_STREAMS` independent streams (the stream of a
//! synapse is its source index mod 16; see ALGORITHM.md, "Learning").
//!
//! The passes are written as flat loops over structure-of-arrays rows (gather the traces at the
//! taps, then one loop per update kind) so that they compile to vector code; `learn_step` runs
//! them with AVX2 where the CPU has it. The result does not depend on the path: integer
//! arithmetic only, and the draws of a stream come in the contract's order whatever the width.

use super::readout::Readout;
use super::trace_fifo::TraceFifo;
use crate::config::Config;
use crate::format::{Formats, MEAN_FRAC, clamp, sr_mask};
use crate::params::Params;
use crate::rng::LfsrBank;
use crate::simd::vectorised;

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

vectorised! {
    /// Twin of `hdl::learning`: apply one step of online learning; returns the signals used.
    pub fn learn_step(
        cfg: &Config,
        f: &Formats,
        p: &mut Params,
        rng: &mut LfsrBank,
        inp: &LearnInputs,
    ) -> Signals = learn_step_body;
}

#[inline(always)]
fn learn_step_body(
    cfg: &Config,
    f: &Formats,
    p: &mut Params,
    rng: &mut LfsrBank,
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
            learning_signal(f, sum)
        })
        .collect();
    let m: Vec<i32> = (0..h)
        .map(|j| modulated_signal(cfg, l[j], inp.psi[j]))
        .collect();

    let need_q = learn_d || learn_a;
    let mut axon_grad = vec![0i64; if learn_a { s_n } else { 0 }];
    let mut row = Row::new(s_n);
    // The path-delay bound of d_js (with both kinds A_s + d_js stays within [0, D-1]).
    let d_hi: Vec<i64> = (0..s_n)
        .map(|s| f.delay_max as i64 - p.a.get(s).map_or(0, |&a| a as i64))
        .collect();
    for j in 0..h {
        let mj = m[j] as i64;
        if mj == 0 || !(learn_w || need_q) {
            continue; // no update of this neuron's synapses and no draws
        }
        let base = j * s_n;
        row.gather(inp.traces, &inp.taps[base..base + s_n]);
        // Pass 1: delay gradients with the weights before this step's update, and their mean.
        let mut mean = 0i64;
        if need_q {
            let (w, eta, q) = (&p.w[base..base + s_n], &row.eta[..s_n], &mut row.q[..s_n]);
            for s in 0..s_n {
                q[s] = delay_gradient(mj, w[s], eta[s]);
            }
            if l_cfg.center_delays {
                mean = centring_mean(&row.q, f.mean_recip);
            }
            for (g, &q) in axon_grad.iter_mut().zip(&row.q) {
                *g += q;
            }
        }
        // Pass 2: one draw per synapse (stream s mod 16); the delay update uses it rotated.
        rng.draw_row(&mut row.r);
        if learn_w {
            let (w, eps, r) = (&mut p.w[base..base + s_n], &row.eps[..s_n], &row.r[..s_n]);
            for s in 0..s_n {
                w[s] = weight_update(f, f.sr_w, mj, eps[s], r[s], w[s]);
            }
        }
        if learn_d {
            let d = &mut p.d[base..base + s_n];
            let (q, r, hi) = (&row.q[..s_n], &row.r[..s_n], &d_hi[..s_n]);
            for s in 0..s_n {
                d[s] = delay_update(f, q[s], mean, r[s], d[s], hi[s]);
            }
        }
    }

    if learn_a {
        let mean = if l_cfg.center_delays {
            centring_mean(&axon_grad, f.mean_recip)
        } else {
            0
        };
        rng.draw_row(&mut row.r);
        for ((a, &g), &r) in p.a.iter_mut().zip(&axon_grad).zip(&row.r) {
            *a = axonal_update(f, g, mean, r, *a);
        }
    }

    if l_cfg.readout {
        // Row k of U draws from stream j mod 16, its bias (column H) from stream H mod 16.
        let zeta = &inp.readout.zeta;
        let mut r = vec![0u32; h + l_cfg.bias as usize];
        for k in 0..o {
            let ek = e[k] as i64;
            rng.draw_row(&mut r);
            let u = &mut p.u[k * h..(k + 1) * h];
            for ((uv, &z), &rv) in u.iter_mut().zip(zeta).zip(&r) {
                *uv = weight_update(f, f.sr_u, ek, z, rv, *uv);
            }
            if l_cfg.bias {
                let (sh_b, mask_b) = sr_consts(f.sr_b);
                let db = (ek + (r[h] as i64 & mask_b)) >> sh_b;
                p.b[k] = clamp(p.b[k] as i64 - db, f.w_min, f.w_max);
            }
        }
    }
    Signals { e, l, m }
}

/// SIG's learning signal of a neuron from its sum `sum_k B_jk e_k`: `sat(sum >>> signal_shift)`
/// to the signal range (twin of `hdl::sig_lane`).
#[inline(always)]
pub fn learning_signal(f: &Formats, sum: i64) -> i32 {
    clamp(sum >> f.signal_shift, f.l_min, f.l_max)
}

/// SIG's modulated signal `m_j = (L_j psi_j) >>> psi_bits` (twin of `hdl::sig_lane`).
#[inline(always)]
pub fn modulated_signal(cfg: &Config, l: i32, psi: i32) -> i32 {
    ((l as i64 * psi as i64) >> cfg.widths.psi_bits) as i32
}

/// PASS1's delay gradient of synapse (j, s): `q = m_j W_js eta_s` at the synapse's tap, with
/// the weight before this step's update (twin of `hdl::pass_lane`).
#[inline(always)]
pub fn delay_gradient(m: i64, w: i32, eta: i32) -> i64 {
    m * w as i64 * eta as i64
}

/// A weight-like update with its draw r: `w - SR(x trace)` by `shift`, saturated to the weight
/// range: PASS2's `W_js - SR(m_j eps_s)` (shift `sr_w`) and RUPD's `U_kj - SR(e_k zeta_j)`
/// (shift `sr_u`; twin of `hdl::pass_lane`).
#[inline(always)]
pub fn weight_update(f: &Formats, shift: u32, x: i64, trace: i32, r: u32, w: i32) -> i32 {
    let (sh, mask) = sr_consts(shift);
    let dw = (x * trace as i64 + (r as i64 & mask)) >> sh;
    (w as i64 - dw).clamp(f.w_min as i64, f.w_max as i64) as i32
}

/// PASS2's synaptic-delay update of synapse (j, s) with the same draw rotated by 16 bits:
/// `d - SR(q_js - mean)` by `sr_d`, clipped to [0, hi] (hi = the path bound D - 1 - A_s; twin of
/// `hdl::pass_lane`).
#[inline(always)]
pub fn delay_update(f: &Formats, q: i64, mean: i64, r: u32, d: i32, hi: i64) -> i32 {
    delay_like_update(f.sr_d, q - mean, r.rotate_left(16), d, hi)
}

/// AXON's update of source s's axonal delay with its draw r (unrotated): `A_s - SR(G_s - mean)`
/// by `sr_a`, clipped to [0, D - 1] (twin of `hdl::pass_lane` given the draw rotated by 16 bits,
/// which its delay path undoes, and hi = D - 1).
#[inline(always)]
pub fn axonal_update(f: &Formats, g: i64, mean: i64, r: u32, a: i32) -> i32 {
    delay_like_update(f.sr_a, g - mean, r, a, f.delay_max as i64)
}

#[inline(always)]
fn delay_like_update(shift: u32, x: i64, r: u32, d: i32, hi: i64) -> i32 {
    let (sh, mask) = sr_consts(shift);
    let dd = (x + (r as i64 & mask)) >> sh;
    // clamp(0, hi) written as max/min: hi may be below 0 only if A_s > D - 1, which the axonal
    // clip rules out.
    (d as i64 - dd).max(0).min(hi) as i32
}

/// Shift and mask of `format::stochastic_shift`.
#[inline(always)]
fn sr_consts(shift: u32) -> (u32, i64) {
    (shift, sr_mask(shift))
}

/// `(sum_s x_s * recip) >> MEAN_FRAC` (floor) without overflow: partial sums of at most 256
/// values fit an i64 (each |x| < 2^54, the delay-gradient width bound), the total an i128.
#[inline(always)]
fn centring_mean(xs: &[i64], recip: i64) -> i64 {
    let total: i128 = xs.chunks(256).map(|c| c.iter().sum::<i64>() as i128).sum();
    ((total * recip as i128) >> MEAN_FRAC) as i64
}

/// One neuron's row: the traces at its synapses' taps, its delay gradients and draws.
struct Row {
    eps: Vec<i32>,
    eta: Vec<i32>,
    q: Vec<i64>,
    r: Vec<u32>,
}

impl Row {
    fn new(sources: usize) -> Row {
        Row {
            eps: vec![0; sources],
            eta: vec![0; sources],
            q: vec![0; sources],
            r: vec![0; sources],
        }
    }

    /// eps_s^{t - n_js} and eta_s^{t - n_js} for every source s of the row.
    #[inline(always)]
    fn gather(&mut self, traces: &TraceFifo, taps: &[u8]) {
        let n_s = taps.len();
        gather_at_taps(
            &mut self.eps[..n_s],
            &traces.eps,
            &mut self.eta[..n_s],
            &traces.eta,
            taps,
            traces.depth(),
            traces.head(),
        );
    }
}

/// `eps_out[s] = eps[slot(s, taps[s])]`, likewise for eta, with `slot(s, n)` the ring slot of
/// lag n of source s. A function of its own so that the compiler knows that the outputs do not
/// alias the rings (and gathers with vector instructions).
#[inline(always)]
fn gather_at_taps(
    eps_out: &mut [i32],
    eps: &[i32],
    eta_out: &mut [i32],
    eta: &[i32],
    taps: &[u8],
    depth: usize,
    head: usize,
) {
    let n_s = taps.len();
    assert!(depth.is_power_of_two() && head < depth);
    assert!(eps_out.len() == n_s && eta_out.len() == n_s);
    assert!(eps.len() >= n_s * depth && eta.len() >= n_s * depth);
    let mask = depth - 1;
    for s in 0..n_s {
        let i = s * depth + ((head + depth).wrapping_sub(taps[s] as usize) & mask);
        // SAFETY: s < n_s and the masked offset < depth, so i < n_s * depth <= len (asserted
        // above). Unchecked so that the loop compiles to vector gathers.
        unsafe {
            eps_out[s] = *eps.get_unchecked(i);
            eta_out[s] = *eta.get_unchecked(i);
        }
    }
}
