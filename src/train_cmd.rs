//! `delaytile train`: online training (`lab::train`), printed. After every epoch the parameters
//! and the results so far are written as a pair, so a run that fails or is killed keeps its last
//! completed epoch.

use crate::args::ConfigArgs;
use anyhow::{Context, Result};
use golden::experiment::Arith;
use lab::train::{PARAMS_FILE, RESULTS_FILE, TrainFiles};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct TrainArgs {
    #[command(flatten)]
    pub cfg: ConfigArgs,
    /// Training data (SHD-format HDF5).
    #[arg(long, value_name = "SHD.h5")]
    pub train: PathBuf,
    /// Test data (SHD-format HDF5), evaluated after every epoch.
    #[arg(long, value_name = "SHD.h5")]
    pub test: Option<PathBuf>,
    /// Which model learns.
    #[arg(long, value_enum, default_value_t = Arith::Fixed)]
    pub model: Arith,
    /// Number of epochs (overrides train.epochs; 1 ..= 10000).
    #[arg(long, value_name = "N")]
    pub epochs: Option<usize>,
    /// Start from these parameters (e.g. `nir import`'s params.dtp, to fine-tune a network
    /// trained elsewhere) instead of the configuration's initial ones.
    #[arg(long, value_name = "FILE")]
    pub init: Option<PathBuf>,
    /// Hold these training speakers out as a validation set (comma-separated ids): it is
    /// evaluated after every epoch, the output keeps the parameters of the best validation
    /// epoch, and training stops after train.patience epochs without a gain (0: never).
    #[arg(long, value_name = "IDS", value_delimiter = ',')]
    pub validation_speakers: Vec<u16>,
    /// Output directory (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

pub fn run(args: TrainArgs) -> Result<()> {
    let mut cfg = args.cfg.load()?;
    if let Some(n) = args.epochs {
        cfg.train.epochs = n;
        cfg.validate()
            .with_context(|| format!("--epochs {n}: invalid number of epochs"))?;
    }
    let files = TrainFiles {
        train: args.train,
        test: args.test,
        model: args.model,
        init: args.init,
        validation_speakers: args.validation_speakers,
        out: args.out,
    };
    match lab::train::train(&cfg, &files)? {
        Some(s) => println!("final test accuracy: {:.4}", s.accuracy),
        None => println!("no test file: no test accuracy"),
    }
    println!(
        "wrote {} and {}",
        files.out.join(PARAMS_FILE).display(),
        files.out.join(RESULTS_FILE).display()
    );
    Ok(())
}
