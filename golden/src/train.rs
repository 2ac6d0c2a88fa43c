//! Training and evaluation loops shared by the float reference and the fixed-point golden model.

use crate::config::{Config, Learning};
use crate::fixed::Tile;
use crate::float::FloatTile;
use crate::format::Formats;
use crate::rng::SplitMix64;
use crate::task::Sample;

/// A tile that can run one sample (learning online if asked) and return its prediction.
pub trait Model {
    fn run(&mut self, sample: &Sample, learn: bool) -> usize;
    /// Switch to other learning settings between samples.
    fn set_learning(&mut self, l: Learning);
}

impl Model for Tile {
    fn run(&mut self, sample: &Sample, learn: bool) -> usize {
        self.run_sample(&sample.steps, sample.label, learn)
    }
    fn set_learning(&mut self, l: Learning) {
        Tile::set_learning(self, l).expect("annealed rates stay valid");
    }
}

impl Model for FloatTile {
    fn run(&mut self, sample: &Sample, learn: bool) -> usize {
        self.run_sample(&sample.steps, sample.label, learn)
    }
    fn set_learning(&mut self, l: Learning) {
        self.cfg.learning = l;
    }
}

/// The learning settings of epoch `epoch` (0-based): the rates of `cfg`, halved every
/// `train.anneal_every` epochs, each never below the smallest rate the fixed-point contract can
/// express (stochastic-rounding shift 32), so float and fixed point follow the same schedule.
pub fn annealed(cfg: &Config, epoch: usize) -> Learning {
    let drops = epoch.checked_div(cfg.train.anneal_every).unwrap_or(0);
    let mut c = cfg.clone();
    for _ in 0..drops {
        for rate in 0..4 {
            let mut next = c.clone();
            let l = &mut next.learning;
            *[
                &mut l.lr_w_log2,
                &mut l.lr_u_log2,
                &mut l.lr_d_log2,
                &mut l.lr_a_log2,
            ][rate] -= 1;
            if Formats::new(&next).is_ok() {
                c = next;
            }
        }
    }
    c.learning
}

/// Accuracy and confusion matrix (`[true][predicted]`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Score {
    pub accuracy: f64,
    pub confusion: Vec<Vec<u32>>,
}

/// One epoch of online learning in a shuffled order; returns the online training score.
pub fn train_epoch<M: Model>(
    model: &mut M,
    data: &[Sample],
    classes: usize,
    rng: &mut SplitMix64,
) -> Score {
    let mut order: Vec<usize> = (0..data.len()).collect();
    rng.shuffle(&mut order);
    let mut conf = vec![vec![0u32; classes]; classes];
    for i in order {
        let pred = model.run(&data[i], true);
        conf[data[i].label][pred] += 1;
    }
    score(conf)
}

/// Inference over `data` without learning.
pub fn evaluate<M: Model>(model: &mut M, data: &[Sample], classes: usize) -> Score {
    let mut conf = vec![vec![0u32; classes]; classes];
    for s in data {
        let pred = model.run(s, false);
        conf[s.label][pred] += 1;
    }
    score(conf)
}

fn score(confusion: Vec<Vec<u32>>) -> Score {
    let total: u32 = confusion.iter().flatten().sum();
    let right: u32 = (0..confusion.len()).map(|i| confusion[i][i]).sum();
    Score {
        accuracy: if total == 0 {
            0.0
        } else {
            right as f64 / total as f64
        },
        confusion,
    }
}
