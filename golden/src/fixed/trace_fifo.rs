//! Presynaptic trace FIFOs. Per source two traces with the history needed to read them at any tap
//! n in [0, D-1]:
//! - eps (unsigned): eps^t = alpha eps^{t-1} + sigma^t, the weight eligibility;
//! - eta (signed): eta^t = alpha eta^{t-1} + g^t with g^t = sum_{|r|<=R} k(r) sigma^{t-r}, the
//!   delay eligibility (the Gaussian-smoothed spike-time derivative, from the kernel ROM).
//!
//! g^{t-m} needs spikes up to lag m - R, so entries m >= R are exact and entries m < R are
//! recomputed every step with the unseen future spikes counted as zero (truncation).

use super::delay_fifo::DelayFifo;
use crate::format::{Formats, clamp, decay};

/// Twin of `hdl::trace_fifo`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceFifo {
    depth: usize,
    radius: usize,
    /// Ring position of lag 0.
    head: usize,
    /// `[sources][depth]` rings; lag m of source s is at `s * depth + (head - m) mod depth`.
    pub eps: Vec<i32>,
    pub eta: Vec<i32>,
}

impl TraceFifo {
    pub fn new(sources: usize, depth: usize, radius: usize) -> Self {
        TraceFifo {
            depth,
            radius,
            head: 0,
            eps: vec![0; sources * depth],
            eta: vec![0; sources * depth],
        }
    }

    pub fn clear(&mut self) {
        self.head = 0;
        self.eps.fill(0);
        self.eta.fill(0);
    }

    fn slot(&self, s: usize, lag: usize) -> usize {
        // depth is a power of two (validated)
        s * self.depth + ((self.head + self.depth - lag) & (self.depth - 1))
    }

    /// History depth D (a power of two).
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// Ring position of lag 0.
    pub fn head(&self) -> usize {
        self.head
    }

    /// Index into `eps` / `eta` of lag `lag` of source `s`.
    pub fn index(&self, s: usize, lag: usize) -> usize {
        self.slot(s, lag)
    }

    /// eps_s^{t-n}.
    pub fn eps(&self, s: usize, n: usize) -> i32 {
        self.eps[self.slot(s, n)]
    }

    /// eta_s^{t-n}.
    pub fn eta(&self, s: usize, n: usize) -> i32 {
        self.eta[self.slot(s, n)]
    }

    /// Advance one step: `hist` already holds this step's spikes.
    pub fn step(&mut self, hist: &DelayFifo, f: &Formats) {
        self.head = (self.head + 1) & (self.depth - 1);
        let sources = hist.hist.len();
        for s in 0..sources {
            let prev = self.eps[self.slot(s, 1)] as i64;
            let spike = if hist.bit(s, 0) {
                f.trace_one as i64
            } else {
                0
            };
            let i = self.slot(s, 0);
            self.eps[i] = clamp(decay(prev, f.alpha_q) + spike, 0, f.eps_max);
            // Entry R becomes exact now; entries below it are provisional.
            for m in (0..=self.radius.min(self.depth - 1)).rev() {
                let older = if m + 1 < self.depth {
                    self.eta[self.slot(s, m + 1)]
                } else {
                    0
                };
                let g = f.kernel_rom[hist.window(s, m, self.radius)] as i64;
                let i = self.slot(s, m);
                self.eta[i] = clamp(decay(older as i64, f.alpha_q) + g, f.eta_min, f.eta_max);
            }
        }
    }
}
