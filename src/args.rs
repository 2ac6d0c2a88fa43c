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
