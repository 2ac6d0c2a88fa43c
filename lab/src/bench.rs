//! The benchmark's inputs and loop (`delaytile bench`): synthetic samples, and one sample run
//! step by step as training and evaluation run it, counting spikes.

use crate::model::AnyModel;
use golden::rng::SplitMix64;
use golden::task::Sample;

/// Steps per synthetic sample.
pub const STEPS: usize = 100;
/// Probability that an input channel spikes at a step.
pub const RATE: f64 = 0.05;

/// `n` samples of `steps` steps in which every one of `inputs` channels spikes with probability
/// `rate` per step; labels cycle through the classes.
pub fn synthetic(
    inputs: usize,
    classes: usize,
    n: usize,
    steps: usize,
    rate: f64,
    seed: u64,
) -> Vec<Sample> {
    let mut rng = SplitMix64::new(seed);
    (0..n)
        .map(|i| Sample {
            steps: (0..steps)
                .map(|_| {
                    (0..inputs)
                        .filter(|_| rng.next_f64() < rate)
                        .map(|c| c as u16)
                        .collect()
                })
                .collect(),
            label: i % classes,
        })
        .collect()
}

/// Spikes counted during a run.
#[derive(Default)]
pub struct Counts {
    pub input_spikes: u64,
    pub hidden_spikes: u64,
}

/// One sample step by step (exactly as `run_sample` does), counting spikes.
pub fn run_counting(m: &mut AnyModel, s: &Sample, learn: bool, c: &mut Counts) {
    let target = learn.then_some(s.label);
    match m {
        AnyModel::Fixed(t) => {
            t.reset_state();
            for x in &s.steps {
                t.step(x, target);
                c.input_spikes += x.len() as u64;
                c.hidden_spikes += t.state.z.iter().filter(|&&z| z).count() as u64;
            }
            std::hint::black_box(t.state.readout.prediction());
        }
        AnyModel::Float(t) => {
            t.reset_state();
            for x in &s.steps {
                t.step(x, target);
                c.input_spikes += x.len() as u64;
                c.hidden_spikes += t.z.iter().filter(|&&z| z).count() as u64;
            }
            std::hint::black_box(t.prediction());
        }
    }
}
