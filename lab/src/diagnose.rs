//! `delaytile diagnose`'s measurements: what the hidden layer of the float reference does on a data file,
//! without learning: input density, firing-rate distribution (silent and saturated neurons),
//! how often the pseudo-derivative lets a neuron learn, the readout's softmax, and linear probes
//! (ridge regression on spike counts, trained on some speakers and scored on others) of the
//! inputs and of the hidden layer: how much word identity the hidden layer keeps for the
//! readout to find. Used to find why online learning stays below offline training on speech
//! (`results/speech/diagnosis.md`).
// Index loops keep the matrix and neuron indices visible.
#![allow(clippy::needless_range_loop)]

use crate::dataset::Dataset;
use anyhow::{Result, bail};
use golden::config::Config;
use golden::float::FloatTile;
use golden::params::FloatParams;

/// Ridge regression of one-hot labels on standardised features; returns the accuracy on `test`.
fn probe(train: &[(Vec<f64>, usize)], test: &[(Vec<f64>, usize)], classes: usize) -> f64 {
    let d = train[0].0.len();
    let n = train.len() as f64;
    let mut mean = vec![0.0; d];
    let mut sd = vec![0.0; d];
    for (x, _) in train {
        for i in 0..d {
            mean[i] += x[i] / n;
        }
    }
    for (x, _) in train {
        for i in 0..d {
            sd[i] += (x[i] - mean[i]).powi(2) / n;
        }
    }
    let z = |x: &[f64]| -> Vec<f64> {
        let mut v: Vec<f64> = (0..d)
            .map(|i| {
                if sd[i] > 0.0 {
                    (x[i] - mean[i]) / sd[i].sqrt()
                } else {
                    0.0
                }
            })
            .collect();
        v.push(1.0);
        v
    };
    let m = d + 1;
    // Normal equations (X^T X + lambda I) W = X^T Y, solved by Gauss-Jordan.
    let lambda = 1.0;
    let mut a = vec![vec![0.0; m + classes]; m];
    for (x, y) in train {
        let v = z(x);
        for i in 0..m {
            for j in 0..m {
                a[i][j] += v[i] * v[j];
            }
            a[i][m + y] += v[i];
        }
    }
    for (i, row) in a.iter_mut().enumerate().take(d) {
        row[i] += lambda;
    }
    for c in 0..m {
        let p = (c..m)
            .max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))
            .unwrap_or(c);
        a.swap(c, p);
        let piv = a[c][c];
        if piv.abs() < 1e-12 {
            continue;
        }
        for v in a[c].iter_mut() {
            *v /= piv;
        }
        for r in 0..m {
            if r != c {
                let f = a[r][c];
                if f != 0.0 {
                    for k in 0..m + classes {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
    }
    let right = test
        .iter()
        .filter(|(x, y)| {
            let v = z(x);
            let score = |k: usize| (0..m).map(|i| v[i] * a[i][m + k]).sum::<f64>();
            (0..classes)
                .max_by(|&i, &j| score(i).total_cmp(&score(j)))
                .is_some_and(|k| k == *y)
        })
        .count();
    right as f64 / test.len().max(1) as f64
}

/// What `diagnose` measured (see the module comment).
pub struct Diagnosis {
    pub clips: usize,
    pub steps: usize,
    pub inputs: usize,
    pub hidden: usize,
    pub in_spikes: usize,
    /// Per hidden neuron, spikes per step.
    pub rates: Vec<f64>,
    /// Hidden neurons saturated (>= 90 % of steps) in >= 90 % of clips.
    pub saturated_always: usize,
    pub psi_on: usize,
    pub psi_sum: f64,
    pub gamma: f64,
    pub v_sub: usize,
    pub y_abs: f64,
    pub pmax_sum: f64,
    pub right: usize,
    pub probe_clips: usize,
    pub probe_right: usize,
    /// Linear-probe accuracies (inputs, hidden layer) on whole-clip counts and on counts in
    /// [`TIME_BINS`] time bins; `None` without clips on both sides of the probe split.
    pub probes: Option<Probes>,
    pub probe_train_clips: usize,
    pub probe_test_clips: usize,
}

pub struct Probes {
    pub inputs: f64,
    pub hidden: f64,
    pub inputs_binned: f64,
    pub hidden_binned: f64,
}

/// The probes' coarse timing: counts in this many equal parts of each clip.
pub const TIME_BINS: usize = 4;

/// Runs the float reference with `fp` (no learning) over `set`; the clips of `probe_speakers`
/// score the linear probes, the others train them.
pub fn diagnose(
    cfg: &Config,
    fp: FloatParams,
    set: &Dataset,
    probe_speakers: &[u16],
) -> Result<Diagnosis> {
    if set.samples.is_empty() {
        bail!("{}: no samples", set.path.display());
    }
    let mut tile = FloatTile::new(cfg, fp, false);
    let (h, n_in, o) = (cfg.network.hidden, cfg.network.inputs, cfg.network.outputs);
    let gamma = cfg.surrogate.gamma;
    let mut steps = 0usize;
    let mut in_spikes = 0usize;
    let mut fired = vec![0usize; h];
    let mut psi_on = 0usize;
    let mut psi_sum = 0.0;
    let mut saturated_clip = vec![0usize; h];
    let mut pmax_sum = 0.0;
    let mut y_abs = 0.0;
    let mut v_sub = 0usize; // neuron-steps with v_pre below 0
    let (mut probe_train, mut probe_test) = (Vec::new(), Vec::new());
    let (mut in_train, mut in_test) = (Vec::new(), Vec::new());
    // The same probes on counts in TIME_BINS equal parts of the 1.4 s window: how much coarse
    // timing adds, which a readout summed over the whole clip cannot use directly.
    let (mut tb_train, mut tb_test) = (Vec::new(), Vec::new());
    let (mut tbi_train, mut tbi_test) = (Vec::new(), Vec::new());
    let mut right = 0usize;
    let (mut probe_right, mut probe_clips) = (0usize, 0usize);
    for (sample, speaker) in set.samples.iter().zip(&set.speakers) {
        tile.reset_state();
        let mut count = vec![0usize; h];
        let mut in_count = vec![0usize; n_in];
        let mut binned = vec![0usize; h * TIME_BINS];
        let mut in_binned = vec![0usize; n_in * TIME_BINS];
        let bin_len = sample.steps.len().div_ceil(TIME_BINS).max(1);
        for (t, x) in sample.steps.iter().enumerate() {
            let b = t / bin_len;
            tile.step(x, None);
            steps += 1;
            in_spikes += x.len();
            for &c in x {
                in_count[c as usize] += 1;
                in_binned[b * n_in + c as usize] += 1;
            }
            for j in 0..h {
                if tile.z[j] {
                    count[j] += 1;
                    binned[b * h + j] += 1;
                }
                if tile.psi[j] >= 0.01 * gamma {
                    psi_on += 1;
                }
                psi_sum += tile.psi[j];
                if tile.v[j] < 0.0 {
                    v_sub += 1;
                }
            }
            let e = tile.output_error(sample.label);
            let pmax = (0..o)
                .map(|k| e[k] + if k == sample.label { 1.0 } else { 0.0 })
                .fold(0.0, f64::max);
            pmax_sum += pmax;
            y_abs += tile.y.iter().map(|y| y.abs()).sum::<f64>() / o as f64;
        }
        let hit = tile.prediction() == sample.label;
        right += usize::from(hit);
        if speaker.is_some_and(|s| probe_speakers.contains(&s)) {
            probe_clips += 1;
            probe_right += usize::from(hit);
        }
        let t = sample.steps.len().max(1);
        for j in 0..h {
            fired[j] += count[j];
            if count[j] * 10 >= 9 * t {
                saturated_clip[j] += 1;
            }
        }
        let feat: Vec<f64> = count.iter().map(|&c| (1.0 + c as f64).ln()).collect();
        let in_feat: Vec<f64> = in_count.iter().map(|&c| (1.0 + c as f64).ln()).collect();
        let log = |v: &[usize]| -> Vec<f64> { v.iter().map(|&c| (1.0 + c as f64).ln()).collect() };
        let (tb, tbi) = (log(&binned), log(&in_binned));
        if speaker.is_some_and(|s| probe_speakers.contains(&s)) {
            probe_test.push((feat, sample.label));
            in_test.push((in_feat, sample.label));
            tb_test.push((tb, sample.label));
            tbi_test.push((tbi, sample.label));
        } else {
            probe_train.push((feat, sample.label));
            in_train.push((in_feat, sample.label));
            tb_train.push((tb, sample.label));
            tbi_train.push((tbi, sample.label));
        }
    }
    let per_step = steps.max(1) as f64;
    let clips = set.samples.len();
    let rates: Vec<f64> = fired.iter().map(|&f| f as f64 / per_step).collect();
    let saturated_always = saturated_clip
        .iter()
        .filter(|&&c| c * 10 >= 9 * clips)
        .count();
    let probes = (!probe_train.is_empty() && !probe_test.is_empty()).then(|| Probes {
        inputs: probe(&in_train, &in_test, o),
        hidden: probe(&probe_train, &probe_test, o),
        inputs_binned: probe(&tbi_train, &tbi_test, o),
        hidden_binned: probe(&tb_train, &tb_test, o),
    });
    Ok(Diagnosis {
        clips,
        steps,
        inputs: n_in,
        hidden: h,
        in_spikes,
        rates,
        saturated_always,
        psi_on,
        psi_sum,
        gamma,
        v_sub,
        y_abs,
        pmax_sum,
        right,
        probe_clips,
        probe_right,
        probes,
        probe_train_clips: probe_train.len(),
        probe_test_clips: probe_test.len(),
    })
}
