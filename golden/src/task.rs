//! Generated tasks. `timing`: classes that differ only in the relative timing of spikes — every
//! sample has the same channels and one spike per channel — so a network can only separate them
//! by bringing spikes into coincidence with delays.

use crate::rng::SplitMix64;

/// One sample: per step the active input channels, and the label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sample {
    pub steps: Vec<Vec<u16>>,
    pub label: usize,
}

/// The timing task's definition.
#[derive(Clone, Debug, PartialEq)]
pub struct TimingTask {
    pub channels: usize,
    pub classes: usize,
    /// Steps between neighbouring spike-time slots: several membrane time constants, so that
    /// no neuron sums spikes of different slots. There is one slot per channel; a class is a
    /// permutation of the slots over the channels.
    pub spacing: usize,
    /// Each spike moves by a uniform integer in [-jitter, jitter].
    pub jitter: usize,
    /// Steps per sample.
    pub steps: usize,
    /// Quiet steps after the last possible spike, so that the readout summed over the sample
    /// has (nearly) forgotten when the spikes came: the end of a sample must not reveal timing.
    pub tail: usize,
    /// Seed of the class patterns.
    pub pattern_seed: u64,
}

impl Default for TimingTask {
    fn default() -> Self {
        TimingTask {
            channels: 6,
            classes: 4,
            spacing: 5,
            jitter: 0,
            steps: 80,
            tail: 40,
            pattern_seed: 11,
        }
    }
}

impl TimingTask {
    /// Per class, the slot of each channel (a permutation).
    pub fn patterns(&self) -> Vec<Vec<usize>> {
        let mut rng = SplitMix64::new(self.pattern_seed);
        let mut out: Vec<Vec<usize>> = Vec::new();
        while out.len() < self.classes {
            let mut p: Vec<usize> = (0..self.channels).collect();
            rng.shuffle(&mut p);
            // Classes must differ in the timing of at least half the channels.
            if out
                .iter()
                .all(|q| q.iter().zip(&p).filter(|(a, b)| a != b).count() * 2 >= self.channels)
            {
                out.push(p);
            }
        }
        out
    }

    /// `n` samples with balanced labels, drawn with `seed`.
    pub fn generate(&self, n: usize, seed: u64) -> Vec<Sample> {
        let patterns = self.patterns();
        let mut rng = SplitMix64::new(seed);
        let span = (self.channels - 1) * self.spacing + 2 * self.jitter;
        let max_shift = self.steps.saturating_sub(span + 1 + self.tail).max(1);
        (0..n)
            .map(|i| {
                let label = i % self.classes;
                let shift = self.jitter + rng.below(max_shift as u64) as usize;
                let mut steps = vec![Vec::new(); self.steps];
                for (ch, &slot) in patterns[label].iter().enumerate() {
                    let j = rng.below(2 * self.jitter as u64 + 1) as usize;
                    let t = shift + slot * self.spacing + j - self.jitter;
                    steps[t.min(self.steps - 1)].push(ch as u16);
                }
                for s in &mut steps {
                    s.sort_unstable();
                }
                Sample { steps, label }
            })
            .collect()
    }
}
