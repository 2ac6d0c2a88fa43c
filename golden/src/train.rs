//! Training and evaluation loops shared by the float reference and the fixed-point golden model.

use crate::config::{Config, ConfigError, LR_LOG2_MIN, Learning};
use crate::fixed::Tile;
use crate::float::FloatTile;
use crate::format::Formats;
use crate::rng::SplitMix64;
use crate::task::Sample;

/// A tile that can run one sample (learning online if asked) and return its prediction.
pub trait Model {
    fn run(&mut self, sample: &Sample, learn: bool) -> usize;
    /// Switch to an epoch's learning rates between samples. The rates come from a
    /// [`Schedule`], which only hands out rates the widths can hold, so this cannot fail.
    fn set_learning(&mut self, rates: &EpochRates);
}

impl Model for Tile {
    fn run(&mut self, sample: &Sample, learn: bool) -> usize {
        self.run_sample(&sample.steps, sample.label, learn)
    }
    fn set_learning(&mut self, rates: &EpochRates) {
        // The formats were derived for exactly these rates (`Schedule::epoch`).
        self.cfg.learning = rates.learning.clone();
        self.f = rates.formats.clone();
    }
}

impl Model for FloatTile {
    fn run(&mut self, sample: &Sample, learn: bool) -> usize {
        self.run_sample(&sample.steps, sample.label, learn)
    }
    fn set_learning(&mut self, rates: &EpochRates) {
        self.cfg.learning = rates.learning.clone();
    }
}

/// The learning-rate fields that annealing lowers (w, u, d, a).
pub const RATE_FIELDS: [&str; 4] = [
    "learning.lr_w_log2",
    "learning.lr_u_log2",
    "learning.lr_d_log2",
    "learning.lr_a_log2",
];

fn rates_mut(l: &mut Learning) -> [&mut i32; 4] {
    [
        &mut l.lr_w_log2,
        &mut l.lr_u_log2,
        &mut l.lr_d_log2,
        &mut l.lr_a_log2,
    ]
}

/// The four `lr_*_log2` of `l`, in the order of [`RATE_FIELDS`].
pub fn rates(l: &Learning) -> [i32; 4] {
    [l.lr_w_log2, l.lr_u_log2, l.lr_d_log2, l.lr_a_log2]
}

/// A rate that annealing would have taken below the lowest value the widths allow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Floored {
    /// The configuration field, e.g. `learning.lr_u_log2`.
    pub field: &'static str,
    /// What the schedule asked for at this epoch.
    pub scheduled: i32,
    /// What the epoch uses: the lowest valid value.
    pub used: i32,
}

/// The learning rates of one epoch, with the fixed-point formats they give.
#[derive(Clone, Debug)]
pub struct EpochRates {
    pub learning: Learning,
    /// `Formats::new` of the configuration with these rates.
    pub formats: Formats,
    /// Rates held at their floor this epoch (empty while the schedule is in range).
    pub floored: Vec<Floored>,
}

/// The annealing schedule of a configuration (ALGORITHM.md section 6, "Learning-rate
/// annealing"): every `train.anneal_every` epochs each `lr_*_log2` drops by one, and a rate
/// whose next value the widths cannot hold (its stochastic-rounding shift would leave
/// `0..=32`, or it would go below `LR_LOG2_MIN`) stays at its lowest valid value from then on.
/// The same rule serves the fixed-point model, the float model (which has no shifts but
/// follows the same rates, so that the two stay comparable) and the RTL (whose shift registers
/// the host rewrites with these rates).
#[derive(Clone, Debug)]
pub struct Schedule {
    cfg: Config,
    start: Formats,
}

impl Schedule {
    /// The schedule of `cfg`; fails (naming the field) if `cfg` itself is not valid.
    pub fn new(cfg: &Config) -> Result<Schedule, ConfigError> {
        cfg.validate()?;
        Ok(Schedule {
            cfg: cfg.clone(),
            start: Formats::new(cfg)?,
        })
    }

    /// The schedule of the configuration a tile was built with (before any annealing).
    pub fn of_tile(tile: &Tile) -> Schedule {
        Schedule {
            cfg: tile.cfg.clone(),
            start: tile.f.clone(),
        }
    }

    /// The rates of epoch `epoch` (0-based).
    pub fn epoch(&self, epoch: usize) -> EpochRates {
        let drop = epoch.checked_div(self.cfg.train.anneal_every).unwrap_or(0);
        let mut current = EpochRates {
            learning: self.cfg.learning.clone(),
            formats: self.start.clone(),
            floored: Vec::new(),
        };
        // Lower the rates one step at a time; a rate whose next step the formats refuse stays.
        let mut stuck = [false; 4];
        for _ in 0..drop {
            loop {
                if stuck.iter().all(|&s| s) {
                    break;
                }
                let mut next = current.learning.clone();
                for (i, r) in rates_mut(&mut next).into_iter().enumerate() {
                    if !stuck[i] {
                        if *r <= LR_LOG2_MIN {
                            stuck[i] = true;
                        } else {
                            *r -= 1;
                        }
                    }
                }
                if rates(&next) == rates(&current.learning) {
                    continue;
                }
                let mut cfg = self.cfg.clone();
                cfg.learning = next;
                match Formats::new(&cfg) {
                    Ok(f) => {
                        current.learning = cfg.learning;
                        current.formats = f;
                        break;
                    }
                    Err(ConfigError::Invalid { field, .. }) => {
                        match RATE_FIELDS.iter().position(|&n| n == field) {
                            Some(i) if !stuck[i] => stuck[i] = true,
                            // Not a rate's fault: keep every rate where it is.
                            _ => stuck = [true; 4],
                        }
                    }
                    Err(_) => stuck = [true; 4],
                }
            }
        }
        let drop = i32::try_from(drop).unwrap_or(i32::MAX);
        for (i, (&start, &used)) in rates(&self.cfg.learning)
            .iter()
            .zip(&rates(&current.learning))
            .enumerate()
        {
            let scheduled = start.saturating_sub(drop);
            if scheduled < used {
                current.floored.push(Floored {
                    field: RATE_FIELDS[i],
                    scheduled,
                    used,
                });
            }
        }
        current
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn with_rate(cfg: &Config, i: usize, v: i32) -> Config {
        let mut c = cfg.clone();
        *rates_mut(&mut c.learning)[i] = v;
        c
    }

    /// Whether the formats accept rate `i` at `v` (the other rates as in `cfg`).
    fn accepted(cfg: &Config, i: usize, v: i32) -> bool {
        let c = with_rate(cfg, i, v);
        c.validate().is_ok() && Formats::new(&c).is_ok()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Each epoch's rate is the scheduled one while the widths hold it, else the lowest
        /// value they hold; the formats are those of the rates; the floored list says which.
        #[test]
        fn annealing_stops_at_the_lowest_valid_rate(
            start in prop::array::uniform4(-20i32..=2),
            anneal_every in 1usize..4,
            epoch in 0usize..80,
            signal_frac in 8u32..=14,
        ) {
            let mut cfg = Config::default();
            cfg.widths.signal_frac = signal_frac;
            cfg.train.anneal_every = anneal_every;
            for (i, r) in rates_mut(&mut cfg.learning).into_iter().enumerate() {
                *r = start[i];
            }
            prop_assume!(cfg.validate().is_ok() && Formats::new(&cfg).is_ok());
            let s = Schedule::new(&cfg).unwrap();
            let got = s.epoch(epoch);
            let drop = (epoch / anneal_every) as i32;
            for i in 0..4 {
                let scheduled = start[i] - drop;
                let used = rates(&got.learning)[i];
                if accepted(&cfg, i, scheduled) {
                    prop_assert_eq!(used, scheduled, "{}", RATE_FIELDS[i]);
                } else {
                    // The lowest value the widths take, found by walking down from the start.
                    let mut floor = start[i];
                    while accepted(&cfg, i, floor - 1) {
                        floor -= 1;
                    }
                    prop_assert_eq!(used, floor, "{}", RATE_FIELDS[i]);
                    prop_assert!(got.floored.iter().any(|f| f.field == RATE_FIELDS[i]
                        && f.scheduled == scheduled && f.used == floor));
                }
            }
            let mut c = cfg.clone();
            c.learning = got.learning.clone();
            prop_assert_eq!(&got.formats, &Formats::new(&c).unwrap());
            prop_assert_eq!(
                got.floored.len(),
                (0..4).filter(|&i| !accepted(&cfg, i, start[i] - drop)).count()
            );
        }
    }

    #[test]
    fn the_fixed_and_the_float_model_take_the_floored_rates() {
        // Issue 19's schedule on a tiny network: lr_u_log2 = -14 halving every epoch leaves the
        // range of its shift after two halvings.
        let mut cfg = Config::default();
        cfg.network.hidden = 8;
        cfg.network.max_delay = 8;
        cfg.learning.lr_w_log2 = -14;
        cfg.learning.lr_u_log2 = -14;
        cfg.train.anneal_every = 1;
        let s = Schedule::new(&cfg).unwrap();
        let late = s.epoch(10);
        let u = late.learning.lr_u_log2;
        assert!(u > -24, "lr_u_log2 {u}: expected a floor set by the widths");
        assert!(!accepted(&cfg, 1, u - 1) && accepted(&cfg, 1, u));
        let mut tile = Tile::new(&cfg).unwrap();
        Model::set_learning(&mut tile, &late);
        assert_eq!(tile.cfg.learning, late.learning);
        assert_eq!(tile.f, late.formats);
        // The tile agrees with one built directly with those rates.
        let mut direct = cfg.clone();
        direct.learning = late.learning.clone();
        assert_eq!(tile.f, Tile::new(&direct).unwrap().f);
        let p = tile.params.to_float(&cfg);
        let mut float = FloatTile::new(&cfg, p, false);
        Model::set_learning(&mut float, &late);
        assert_eq!(float.cfg.learning, late.learning);
    }
}
