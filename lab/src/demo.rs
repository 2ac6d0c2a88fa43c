//! The demo's steps that are not printing: its constants, online training of the reference tile
//! with the held-out speakers scored after every epoch, the cycle model's latency over samples,
//! and the results it writes.

use crate::model::{WithProgress, progress};
use anyhow::Result;
use golden::config::Config;
use golden::cycles::{step_cycles, work_bound};
use golden::fixed::Tile;
use golden::rng::SplitMix64;
use golden::task::Sample;
use golden::train::{Model, Schedule, Score, evaluate, train_epoch};
use serde::Serialize;
use std::time::Instant;

/// Clips per speaker and word of the demo's set: 480 clips (about 380 for training, 80 of the
/// held-out speakers), small enough to make in about a minute on 2 cores.
pub const DEMO_REPETITIONS: u32 = 2;
/// Held-out samples co-simulated on the RTL (each about 1.7 M RTL cycles).
pub const COSIM_SAMPLES: usize = 4;
/// The clock the latency is stated at: the Fmax nextpnr measured for the demo's configuration
/// (configs/speech.toml) with the learning unit on the ECP5-85k, not a nominal clock.
pub const CLOCK: fpga::measured::Measured = fpga::measured::SPEECH_ECP5_85K;

#[derive(Serialize)]
pub struct DemoResults {
    pub command: &'static str,
    pub note: &'static str,
    pub train_samples: usize,
    pub held_out_samples: usize,
    pub set_reused: bool,
    pub clips_per_s: Option<f64>,
    pub epochs: usize,
    /// Accuracy on the held-out speakers after each epoch.
    pub held_out_accuracy: Vec<f64>,
    pub final_score: Score,
    pub chance: f64,
    pub inference_bits: u64,
    pub learning_bits: u64,
    pub mean_cycles_per_step: f64,
    pub work_bound_ratio: f64,
    pub clock_mhz: f64,
    pub us_per_step: f64,
    pub step_ms: f64,
    pub cosim_samples: usize,
    pub cosim_values_compared: u64,
    pub cosim_mismatch: Option<String>,
    pub wall_time_s: f64,
    pub config: Config,
}

/// Mean cycles per step (cycle model) and work-bound ratio of `tile` over `samples`.
pub fn latency(tile: &mut Tile, samples: &[Sample]) -> (f64, f64) {
    let (mut cycles, mut bound, mut steps) = (0u64, 0u64, 0u64);
    for s in samples {
        tile.reset_state();
        for x in &s.steps {
            tile.step(x, None);
            let c = tile.state.counts();
            cycles += step_cycles(&tile.cfg, c);
            bound += work_bound(&tile.cfg, c);
            steps += 1;
        }
    }
    (
        cycles as f64 / steps.max(1) as f64,
        cycles as f64 / bound.max(1) as f64,
    )
}

/// Trains the configuration's initial tile online on `train` for `cfg.train.epochs` epochs,
/// scoring `held_out` after each; calls `after_epoch` after every epoch (an error stops
/// training). Returns the tile, the held-out accuracy after each epoch and the last score.
pub fn train(
    cfg: &Config,
    train: &[Sample],
    held_out: &[Sample],
    after_epoch: &mut dyn FnMut() -> Result<()>,
) -> Result<(Tile, Vec<f64>, Score)> {
    let classes = cfg.network.outputs;
    let epochs = cfg.train.epochs;
    let mut tile = Tile::new(cfg)?;
    let schedule = Schedule::of_tile(&tile);
    let mut order = SplitMix64::new(cfg.train.shuffle_seed);
    let mut curve = Vec::new();
    let mut final_score = None;
    for e in 0..epochs {
        let t0 = Instant::now();
        Model::set_learning(&mut tile, &schedule.epoch(e));
        let bar = progress(train.len(), format!("epoch {}/{epochs} train", e + 1));
        train_epoch(
            &mut WithProgress {
                model: &mut tile,
                bar: &bar,
            },
            train,
            classes,
            &mut order,
        );
        bar.finish_and_clear();
        stage_eval(
            &mut tile,
            held_out,
            classes,
            (e, epochs),
            t0,
            &mut curve,
            &mut final_score,
        );
        after_epoch()?;
    }
    let score = final_score.expect("at least one epoch");
    Ok((tile, curve, score))
}

fn stage_eval(
    tile: &mut Tile,
    held_out: &[Sample],
    classes: usize,
    (e, epochs): (usize, usize),
    t0: Instant,
    curve: &mut Vec<f64>,
    last: &mut Option<Score>,
) {
    let bar = progress(held_out.len(), format!("epoch {}/{epochs} test", e + 1));
    let s = evaluate(
        &mut WithProgress {
            model: tile,
            bar: &bar,
        },
        held_out,
        classes,
    );
    bar.finish_and_clear();
    eprintln!(
        "  epoch {}/{epochs}: held-out speakers {:.1} % ({:.0} s)",
        e + 1,
        100.0 * s.accuracy,
        t0.elapsed().as_secs_f64()
    );
    curve.push(s.accuracy);
    *last = Some(s);
}
