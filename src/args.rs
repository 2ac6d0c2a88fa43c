//! Arguments shared by several subcommands.

use anyhow::Result;
use clap::Args;
use golden::config::Config;
use std::path::PathBuf;

/// The configuration file and its `--set` overrides, shared by the subcommands that need one.
#[derive(Args, Debug, Clone)]
pub struct ConfigArgs {
    /// Configuration file (TOML).
    #[arg(long, value_name = "FILE")]
    pub config: PathBuf,
    /// Override a configuration value, e.g. --set network.hidden=64 (repeatable; applied in
    /// order, then the whole configuration is validated).
    #[arg(long = "set", value_name = "SECTION.KEY=VALUE")]
    pub set: Vec<String>,
}

impl ConfigArgs {
    /// The file with its overrides applied, validated.
    pub fn load(&self) -> Result<Config> {
        golden::settings::load_config(&self.config, &self.set)
    }
}

/// The samples to run and the parameters to run them with (`cosim`, `run`).
#[derive(Args, Debug, Clone)]
pub struct SampleArgs {
    /// Samples (SHD-format HDF5).
    #[arg(long, value_name = "SHD.h5")]
    pub data: PathBuf,
    /// Fixed-point parameters written by `train` (default: the configuration's initial ones).
    #[arg(long, value_name = "FILE")]
    pub params: Option<PathBuf>,
}

/// The job mode of a sweep (`speech-table`, `estimate`): for users who outgrow one machine
/// (docs/cli.md).
#[derive(Args, Debug, Clone)]
pub struct JobArgs {
    /// Write the job list to FILE instead of running: one complete command line per job, for
    /// GNU parallel, a Slurm array or any scheduler; then build the outputs with --merge
    /// OUT/jobs.
    #[arg(long = "jobs", value_name = "FILE", conflicts_with_all = ["job", "merge"])]
    pub list: Option<PathBuf>,
    /// Run only job K of the list (0-based) and write its result to --job-out.
    #[arg(long, value_name = "K", requires = "job_out", conflicts_with = "merge")]
    pub job: Option<usize>,
    /// Directory of job results (--job).
    #[arg(long, value_name = "DIR", requires = "job")]
    pub job_out: Option<PathBuf>,
    /// Build the outputs from a directory of finished job results instead of running.
    #[arg(long, value_name = "DIR")]
    pub merge: Option<PathBuf>,
}

impl JobArgs {
    pub fn mode(&self) -> lab::jobs::Mode {
        lab::jobs::Mode {
            list: self.list.clone(),
            job: self.job,
            job_out: self.job_out.clone(),
            merge: self.merge.clone(),
        }
    }
}
