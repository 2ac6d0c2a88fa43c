//! The float (f64) reference model: the same network, step order and learning rules as the
//! fixed-point golden model, with real arithmetic, exact Gaussians and an exact softmax instead of
//! ROMs, shifts and stochastic rounding. Written densely and plainly, as the readable definition.
//!
//! One extra, float-only option: `smooth_forward` feeds each synapse the Gaussian-smoothed
//! delayed spike train instead of the binary one (and uses the equally smoothed trace as the
//! weight eligibility). In that model the delay is a continuous parameter and e-prop's
//! eligibilities are exact gradients in the single-layer case for taps in [R, D-1-R] (nearer
//! the ends the forward pass cannot see spikes that the trace FIFO still holds, or not yet);
//! the gradient tests use it there.
// Index loops keep the equations' indices (j, s, k) visible.
#![allow(clippy::needless_range_loop)]

use crate::config::{Config, Reset};
use crate::fixed::delay_fifo::DelayFifo;
use crate::format::{Formats, delay_kernel, gauss};
use crate::params::FloatParams;

/// A per-source trace ring of depth D whose entries below lag R are recomputed every step with
/// unseen future spikes counted as zero (the float twin of `fixed::trace_fifo`).
#[derive(Clone, Debug)]
struct KernelTrace {
    kernel: Vec<f64>,
    radius: usize,
    depth: usize,
    head: usize,
    ring: Vec<f64>,
}

impl KernelTrace {
    fn new(sources: usize, depth: usize, radius: usize, k: impl Fn(f64) -> f64) -> Self {
        let r = radius as i64;
        let kernel = (-r..=r).map(|x| k(x as f64)).collect();
        KernelTrace {
            kernel,
            radius,
            depth,
            head: 0,
            ring: vec![0.0; sources * depth],
        }
    }

    fn slot(&self, s: usize, lag: usize) -> usize {
        // depth is a power of two
        s * self.depth + ((self.head + self.depth - lag) & (self.depth - 1))
    }

    fn get(&self, s: usize, lag: usize) -> f64 {
        self.ring[self.slot(s, lag)]
    }

    /// Kernel-smoothed spikes around lag m (future lags count as zero).
    fn smoothed(kernel: &[f64], radius: usize, hist: &DelayFifo, s: usize, m: usize) -> f64 {
        let mut g = 0.0;
        for (i, &k) in kernel.iter().enumerate() {
            let lag = m as i64 + i as i64 - radius as i64;
            if lag >= 0 && (lag as usize) < hist.depth() && hist.bit(s, lag as usize) {
                g += k;
            }
        }
        g
    }

    fn step(&mut self, hist: &DelayFifo, alpha: f64) {
        self.head = (self.head + 1) & (self.depth - 1);
        for s in 0..hist.hist.len() {
            for m in (0..=self.radius).rev() {
                let older = self.get(s, m + 1);
                let g = Self::smoothed(&self.kernel, self.radius, hist, s, m);
                let i = self.slot(s, m);
                self.ring[i] = alpha * older + g;
            }
        }
    }

    fn clear(&mut self) {
        self.head = 0;
        self.ring.fill(0.0);
    }
}

/// The float reference tile.
#[derive(Clone, Debug)]
pub struct FloatTile {
    pub cfg: Config,
    pub params: FloatParams,
    pub smooth_forward: bool,
    w_lim: (f64, f64),
    psi_window: f64,
    hist: DelayFifo,
    /// Weight eligibility trace (binary or Gaussian-smoothed input, per `smooth_forward`).
    eps: KernelTrace,
    /// Delay eligibility trace.
    eta: KernelTrace,
    /// Forward smoothing kernel (used only with `smooth_forward`).
    gauss_k: Vec<f64>,
    pub v: Vec<f64>,
    pub z: Vec<bool>,
    pub psi: Vec<f64>,
    pub y: Vec<f64>,
    pub acc: Vec<f64>,
    pub zeta: Vec<f64>,
    /// Kappa-filtered weight eligibilities `[hidden][sources]` (only with
    /// `learning.filter_kappa`).
    pub elig_w: Vec<f64>,
    pub t: usize,
    /// Integer taps `[hidden][sources]`, refreshed at each step from the delays.
    taps: Vec<usize>,
}

impl FloatTile {
    pub fn new(cfg: &Config, params: FloatParams, smooth_forward: bool) -> FloatTile {
        let f = Formats::new(cfg).expect("a validated config has formats");
        let (s, h, d) = (cfg.sources(), cfg.network.hidden, cfg.network.max_delay);
        let r = cfg.surrogate.kernel_radius;
        let st = cfg.surrogate.sigma_t;
        let ws = (1u64 << cfg.widths.weight_frac) as f64;
        let eps_radius = if smooth_forward { r } else { 0 };
        let eps = KernelTrace::new(s, d, eps_radius, |x| {
            if smooth_forward { gauss(x, st) } else { 1.0 }
        });
        let rr = r as i64;
        FloatTile {
            params,
            smooth_forward,
            w_lim: (f.w_min as f64 / ws, f.w_max as f64 / ws),
            psi_window: (1u64 << (cfg.widths.psi_index_bits - 1 + f.psi_shift)) as f64
                / (1u64 << cfg.widths.membrane_frac) as f64,
            hist: DelayFifo::new(s, d),
            eps,
            eta: KernelTrace::new(s, d, r, |x| delay_kernel(x, st)),
            gauss_k: (-rr..=rr).map(|x| gauss(x as f64, st)).collect(),
            v: vec![0.0; h],
            z: vec![false; h],
            psi: vec![0.0; h],
            y: vec![0.0; cfg.network.outputs],
            acc: vec![0.0; cfg.network.outputs],
            zeta: vec![0.0; h],
            elig_w: Vec::new(),
            t: 0,
            taps: vec![0; h * s],
            cfg: cfg.clone(),
        }
    }

    pub fn reset_state(&mut self) {
        self.hist.clear();
        self.eps.clear();
        self.eta.clear();
        for x in [
            &mut self.v,
            &mut self.psi,
            &mut self.y,
            &mut self.acc,
            &mut self.zeta,
            &mut self.elig_w,
        ] {
            x.fill(0.0);
        }
        self.z.fill(false);
        self.t = 0;
    }

    /// Continuous path delay A_s + d_js (steps).
    pub fn path_delay(&self, j: usize, s: usize) -> f64 {
        let a = self.params.a.get(s).copied().unwrap_or(0.0);
        let d = self
            .params
            .d
            .get(j * self.cfg.sources() + s)
            .copied()
            .unwrap_or(0.0);
        a + d
    }

    /// Integer tap: round half up, clipped to [0, D-1] (delays are >= 0, so the cast floors).
    pub fn tap(&self, j: usize, s: usize) -> usize {
        ((self.path_delay(j, s) + 0.5) as usize).min(self.cfg.network.max_delay - 1)
    }

    fn refresh_taps(&mut self) {
        let s_n = self.cfg.sources();
        for j in 0..self.cfg.network.hidden {
            for s in 0..s_n {
                self.taps[j * s_n + s] = self.tap(j, s);
            }
        }
    }

    /// The synapse's input at this step: the spike at its tap (or its smoothed value).
    fn synaptic_input(&self, s: usize, n: usize) -> f64 {
        if self.smooth_forward {
            let r = self.cfg.surrogate.kernel_radius;
            KernelTrace::smoothed(&self.gauss_k, r, &self.hist, s, n)
        } else if self.hist.bit(s, n) {
            1.0
        } else {
            0.0
        }
    }

    /// Eligibilities of synapse (j, s) at the current step: (dv/dW, dv/dtau), i.e. the
    /// presynaptic trace at the tap and W times the delay trace at the tap.
    pub fn eligibility(&self, j: usize, s: usize) -> (f64, f64) {
        let n = self.taps[j * self.cfg.sources() + s];
        let w = self.params.w[j * self.cfg.sources() + s];
        (self.eps.get(s, n), w * self.eta.get(s, n))
    }

    /// One step; learn towards `learn` (a label) if given.
    pub fn step(&mut self, inputs: &[u16], learn: Option<usize>) {
        let n = self.cfg.network.clone();
        let (n_in, h, s_n) = (n.inputs, n.hidden, self.cfg.sources());
        let alpha = self.cfg.neuron.alpha;
        let kappa = self.cfg.neuron.kappa;
        let mut x = vec![false; n_in];
        for &c in inputs {
            x[c as usize] = true;
        }
        for (s, &b) in x.iter().enumerate() {
            self.hist.push(s, b);
        }
        if n.recurrent {
            for j in 0..h {
                self.hist.push(n_in + j, self.z[j]);
            }
        }
        if learn.is_some() || self.smooth_forward {
            self.eps.step(&self.hist, alpha);
            self.eta.step(&self.hist, alpha);
        }
        self.refresh_taps();

        let s_cfg = &self.cfg.surrogate;
        for j in 0..h {
            let current: f64 = (0..s_n)
                .map(|s| {
                    self.params.w[j * s_n + s] * self.synaptic_input(s, self.taps[j * s_n + s])
                })
                .sum();
            let v_pre = alpha * self.v[j] + current;
            let spike = v_pre >= 1.0;
            self.z[j] = spike;
            let x = v_pre - 1.0;
            self.psi[j] = if x.abs() < self.psi_window || x == -self.psi_window {
                crate::format::psi_real(x, s_cfg.gamma, s_cfg.sigma_v)
            } else {
                0.0
            };
            self.v[j] = match (spike, n.reset) {
                (false, _) => v_pre,
                (true, Reset::Subtract) => v_pre - 1.0,
                (true, Reset::Zero) => 0.0,
            };
        }
        for k in 0..n.outputs {
            let drive: f64 = (0..h)
                .filter(|&j| self.z[j])
                .map(|j| self.params.u[k * h + j])
                .sum();
            self.y[k] = kappa * self.y[k] + drive + self.params.b[k];
            self.acc[k] += self.y[k];
        }
        for j in 0..h {
            self.zeta[j] = kappa * self.zeta[j] + if self.z[j] { 1.0 } else { 0.0 };
        }
        if let Some(label) = learn
            && self.t >= self.cfg.learning.supervision_start
        {
            self.learn(label);
        }
        self.t += 1;
    }

    /// Output error e = softmax(y) - onehot(label).
    pub fn output_error(&self, label: usize) -> Vec<f64> {
        let ymax = self.y.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let p: Vec<f64> = self.y.iter().map(|&y| (y - ymax).exp()).collect();
        let total: f64 = p.iter().sum();
        p.iter()
            .enumerate()
            .map(|(k, &pk)| pk / total - if k == label { 1.0 } else { 0.0 })
            .collect()
    }

    fn learn(&mut self, label: usize) {
        let cfg = &self.cfg;
        let (h, o, s_n) = (cfg.network.hidden, cfg.network.outputs, cfg.sources());
        let l = &cfg.learning;
        let mode = cfg.network.delay_mode;
        let (learn_d, learn_a) = (
            l.synaptic_delays && mode.has_synaptic(),
            l.axonal_delays && mode.has_axonal(),
        );
        let lr = |x: i32| 2f64.powi(x);
        let (lr_w, lr_d, lr_a, lr_u) = (
            lr(l.lr_w_log2),
            lr(l.lr_d_log2),
            lr(l.lr_a_log2),
            lr(l.lr_u_log2),
        );
        let dmax = (cfg.network.max_delay - 1) as f64;
        let (wlo, whi) = self.w_lim;

        let e = self.output_error(label);
        let p = &self.params;
        let m: Vec<f64> = (0..h)
            .map(|j| {
                let lj: f64 = (0..o)
                    .map(|k| if p.fb.is_empty() { p.u[k * h + j] } else { p.fb[j * o + k] } * e[k])
                    .sum();
                lj * self.psi[j]
            })
            .collect();
        let mut axon_grad = vec![0.0; s_n];
        let mut upd_w = vec![0.0; h * s_n];
        let mut upd_d = vec![0.0; h * s_n];
        let mut q = vec![0.0; s_n];
        let mut e_w = vec![0.0; s_n];
        let filter = l.filter_kappa;
        if filter {
            // F_kappa: every synapse's weight eligibility psi * eps, low-passed like the readout.
            if self.elig_w.len() != h * s_n {
                self.elig_w = vec![0.0; h * s_n];
            }
            let kappa = cfg.neuron.kappa;
            for j in 0..h {
                for s in 0..s_n {
                    let ew = self.eligibility(j, s).0;
                    let i = j * s_n + s;
                    self.elig_w[i] = kappa * self.elig_w[i] + self.psi[j] * ew;
                }
            }
        }
        for j in 0..h {
            if filter && l.weights {
                let lj = (0..o)
                    .map(|k| if p.fb.is_empty() { p.u[k * h + j] } else { p.fb[j * o + k] } * e[k])
                    .sum::<f64>();
                for s in 0..s_n {
                    upd_w[j * s_n + s] = lr_w * lj * self.elig_w[j * s_n + s];
                }
            }
            if m[j] == 0.0 {
                continue; // every other update of this neuron is exactly zero
            }
            for s in 0..s_n {
                let (ew, ed) = self.eligibility(j, s);
                e_w[s] = ew;
                q[s] = m[j] * ed;
            }
            let mean = if l.center_delays {
                q.iter().sum::<f64>() / s_n as f64
            } else {
                0.0
            };
            for s in 0..s_n {
                if !filter {
                    upd_w[j * s_n + s] = lr_w * m[j] * e_w[s];
                }
                upd_d[j * s_n + s] = lr_d * (q[s] - mean);
                axon_grad[s] += q[s];
            }
        }
        let p = &mut self.params;
        if l.weights {
            for (w, du) in p.w.iter_mut().zip(&upd_w) {
                *w = (*w - du).clamp(wlo, whi);
            }
        }
        if learn_d {
            for j in 0..h {
                for s in 0..s_n {
                    let hi = if mode.has_axonal() {
                        dmax - p.a[s]
                    } else {
                        dmax
                    };
                    let i = j * s_n + s;
                    p.d[i] = (p.d[i] - upd_d[i]).clamp(0.0, hi.max(0.0));
                }
            }
        }
        if learn_a {
            let mean = if l.center_delays {
                axon_grad.iter().sum::<f64>() / s_n as f64
            } else {
                0.0
            };
            for s in 0..s_n {
                p.a[s] = (p.a[s] - lr_a * (axon_grad[s] - mean)).clamp(0.0, dmax);
            }
        }
        if l.readout {
            for k in 0..o {
                for j in 0..h {
                    let i = k * h + j;
                    p.u[i] = (p.u[i] - lr_u * e[k] * self.zeta[j]).clamp(wlo, whi);
                }
                if l.bias {
                    p.b[k] = (p.b[k] - lr_u * e[k]).clamp(wlo, whi);
                }
            }
        }
    }

    pub fn prediction(&self) -> usize {
        let mut best = 0;
        for (k, &a) in self.acc.iter().enumerate() {
            if a > self.acc[best] {
                best = k;
            }
        }
        best
    }

    pub fn run_sample(&mut self, steps: &[Vec<u16>], label: usize, learn: bool) -> usize {
        self.reset_state();
        for x in steps {
            self.step(x, learn.then_some(label));
        }
        self.prediction()
    }
}
