//! The two models behind one type: the fixed-point golden model and the float reference.

use anyhow::{Context, Result};
use golden::config::Config;
use golden::experiment::Arith;
use golden::fixed::Tile;
use golden::float::FloatTile;
use golden::format::Formats;
use golden::paramfile::{self, Stored};
use golden::params::{Kind, Params};
use golden::task::Sample;
use golden::train::{EpochRates, Model};
use indicatif::ProgressBar;
use serde::Serialize;

pub enum AnyModel {
    Fixed(Box<Tile>),
    Float(Box<FloatTile>),
}

impl AnyModel {
    /// A model with freshly initialised parameters (`cfg.init`); the float model starts from
    /// the dequantised fixed-point initial values.
    pub fn init(cfg: &Config, kind: Arith) -> Result<AnyModel> {
        Ok(match kind {
            Arith::Fixed => AnyModel::Fixed(Box::new(Tile::new(cfg)?)),
            Arith::Float => {
                let f = Formats::new(cfg)?;
                let p = Params::init(cfg, &f).to_float(cfg);
                AnyModel::Float(Box::new(FloatTile::new(cfg, p, false)))
            }
        })
    }

    /// A model running the given parameters (checked against `cfg` first).
    pub fn from_stored(cfg: &Config, stored: Stored) -> Result<AnyModel> {
        paramfile::check_shapes(cfg, &stored)
            .context("the parameters do not fit the configuration")?;
        Ok(match stored {
            Stored::Fixed(p) => {
                let mut t = Tile::new(cfg)?;
                t.set_params(p)?;
                AnyModel::Fixed(Box::new(t))
            }
            Stored::Float(p) => AnyModel::Float(Box::new(FloatTile::new(cfg, p, false))),
        })
    }

    pub fn stored(&self) -> Stored {
        match self {
            AnyModel::Fixed(t) => Stored::Fixed(t.params.clone()),
            AnyModel::Float(t) => Stored::Float(t.params.clone()),
        }
    }
}

impl Model for AnyModel {
    fn run(&mut self, sample: &Sample, learn: bool) -> usize {
        match self {
            AnyModel::Fixed(t) => t.run(sample, learn),
            AnyModel::Float(t) => t.run(sample, learn),
        }
    }

    fn set_learning(&mut self, rates: &EpochRates) {
        match self {
            AnyModel::Fixed(t) => Model::set_learning(t.as_mut(), rates),
            AnyModel::Float(t) => Model::set_learning(t.as_mut(), rates),
        }
    }
}

/// A model that advances a progress bar after every sample.
pub struct WithProgress<'a, M> {
    pub model: &'a mut M,
    pub bar: &'a ProgressBar,
}

impl<M: Model> Model for WithProgress<'_, M> {
    fn run(&mut self, sample: &Sample, learn: bool) -> usize {
        let out = self.model.run(sample, learn);
        self.bar.inc(1);
        out
    }

    fn set_learning(&mut self, rates: &EpochRates) {
        self.model.set_learning(rates);
    }
}

/// A progress bar on stderr (hidden when stderr is not a terminal).
pub fn progress(len: usize, msg: String) -> ProgressBar {
    let style = indicatif::ProgressStyle::with_template(
        "{msg} [{bar:32}] {pos}/{len} samples ({per_sec}, eta {eta})",
    )
    .map(|s| s.progress_chars("=> "))
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    ProgressBar::new(len as u64)
        .with_style(style)
        .with_message(msg)
}

/// Count and memory bits of one memory.
#[derive(Serialize, Clone, Debug)]
pub struct MemorySize {
    pub kind: &'static str,
    pub count: usize,
    pub bits: u64,
}

#[derive(Serialize, Clone, Debug)]
pub struct Sizes {
    /// Per memory, in file order; bits at the configuration's fixed-point widths (also for float
    /// parameters: the memory the hardware would need).
    pub memories: Vec<MemorySize>,
    pub total_count: usize,
    pub total_bits: u64,
}

/// Parameter counts and memory bits by kind (from `Params::sizes`).
pub fn sizes(cfg: &Config, stored: &Stored) -> Sizes {
    let rows: Vec<(Kind, usize, u64)> = match stored {
        Stored::Fixed(p) => p.sizes(cfg),
        // `Params::sizes` only looks at lengths; give it placeholders of the float lengths.
        Stored::Float(p) => Params {
            w: vec![0; p.w.len()],
            d: vec![0; p.d.len()],
            a: vec![0; p.a.len()],
            u: vec![0; p.u.len()],
            b: vec![0; p.b.len()],
            fb: vec![0; p.fb.len()],
        }
        .sizes(cfg),
    };
    let memories: Vec<MemorySize> = rows
        .iter()
        .map(|&(k, count, bits)| MemorySize {
            kind: k.name(),
            count,
            bits,
        })
        .collect();
    Sizes {
        total_count: memories.iter().map(|m| m.count).sum(),
        total_bits: memories.iter().map(|m| m.bits).sum(),
        memories,
    }
}
