//! `delaytile gen`: the tile's Verilog for one configuration, its memory map and the
//! configuration it came from. Everything is produced in memory first, then written atomically,
//! so a failure leaves no partial file.

use crate::args::ConfigArgs;
use anyhow::{Context, Result};
use golden::output::write_atomic;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct GenArgs {
    #[command(flatten)]
    pub cfg: ConfigArgs,
    /// Output directory (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

pub fn run(args: GenArgs) -> Result<()> {
    let cfg = args.cfg.load()?;
    let out = &args.out;
    let g = hdl::files::generate(&cfg).context("cannot generate the tile")?;
    std::fs::create_dir_all(out)
        .with_context(|| format!("cannot create the output directory {}", out.display()))?;
    for (name, bytes) in &g.files {
        write_atomic(&out.join(name), bytes)?;
    }
    let total: u64 = g.map.iter().map(|m| m.bits).sum();
    println!(
        "wrote {} (tile.v, memory_map.json, memory_map.md, config.toml): {} memories, {} bits ({:.1} KiB)",
        out.display(),
        g.map.len(),
        total,
        total as f64 / 8192.0
    );
    Ok(())
}
