//! Leaky-integrator readout, its decision accumulator, the readout trace zeta used by the
//! readout-weight updates, and the output error (fixed-point softmax minus one-hot target).

use crate::format::{Formats, PROB_FRAC, clamp, decay};

/// Twin of `hdl::readout`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readout {
    /// Readout values y_k.
    pub y: Vec<i32>,
    /// Sum of y_k over the sample so far (the decision is its argmax).
    pub acc: Vec<i64>,
    /// zeta_j = kappa zeta_j + z_j, unsigned trace format.
    pub zeta: Vec<i32>,
}

impl Readout {
    pub fn new(outputs: usize, hidden: usize) -> Self {
        Readout {
            y: vec![0; outputs],
            acc: vec![0; outputs],
            zeta: vec![0; hidden],
        }
    }

    pub fn clear(&mut self) {
        self.y.fill(0);
        self.acc.fill(0);
        self.zeta.fill(0);
    }

    /// y_k = sat(kappa y_k + (sum_j U_kj z_j + b_k) << w_to_y); zeta update; accumulate.
    pub fn step(&mut self, u: &[i32], b: &[i32], spikes: &[u32], f: &Formats) {
        let hidden = self.zeta.len();
        for (k, y) in self.y.iter_mut().enumerate() {
            let row = &u[k * hidden..(k + 1) * hidden];
            let sum = super::out_lane::lane_input(spikes, row) + b[k] as i64;
            *y = clamp(
                decay(*y as i64, f.kappa_q) + (sum << f.w_to_y),
                f.y_min,
                f.y_max,
            );
            self.acc[k] += *y as i64;
        }
        let mut next = 0;
        for (j, z) in self.zeta.iter_mut().enumerate() {
            let spike = spikes.get(next) == Some(&(j as u32));
            next += spike as usize;
            let add = if spike { f.trace_one as i64 } else { 0 };
            *z = clamp(decay(*z as i64, f.kappa_q) + add, 0, f.eps_max);
        }
    }

    /// The class with the largest accumulated readout (lowest index on ties).
    pub fn prediction(&self) -> usize {
        argmax_i64(&self.acc)
    }

    /// e_k = pi_k - [k = label] in Q1.15, pi = softmax(y) through the exp ROM and one reciprocal.
    pub fn error(&self, label: usize, f: &Formats) -> Vec<i32> {
        let ymax = *self.y.iter().max().expect("at least two outputs");
        let p: Vec<i64> = self
            .y
            .iter()
            .map(|&y| {
                let idx = ((ymax as i64 - y as i64) >> f.exp_shift) as usize;
                f.exp_rom.get(idx).copied().unwrap_or(0) as i64
            })
            .collect();
        let total: i64 = p.iter().sum();
        let recip = (1i64 << 31) / total;
        p.iter()
            .enumerate()
            .map(|(k, &pk)| {
                let pi = (pk * recip) >> 16;
                (pi - if k == label { 1 << PROB_FRAC } else { 0 }) as i32
            })
            .collect()
    }
}

pub fn argmax_i64(v: &[i64]) -> usize {
    let mut best = 0;
    for (i, &x) in v.iter().enumerate() {
        if x > v[best] {
            best = i;
        }
    }
    best
}
