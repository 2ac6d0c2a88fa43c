//! Configuration in, Verilog out: build the rust-hdl `Tile` for one `Config`, check it, emit it.

use crate::tile::Tile;
use golden::config::{Config, ConfigError};
use golden::format::Formats;
use rust_hdl::prelude::*;

#[derive(Debug, thiserror::Error)]
pub enum GenError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("rust-hdl rejected the generated tile: {0}")]
    Check(String),
}

/// The tile's Verilog for `cfg` (top module `top`). Deterministic: the same configuration gives
/// the same bytes.
pub fn verilog(cfg: &Config) -> Result<String, GenError> {
    cfg.validate()?;
    let f = Formats::new(cfg)?;
    let mut tile = Tile::new(cfg, &f);
    tile.clock.connect();
    tile.cmd_valid.connect();
    tile.cmd_op.connect();
    tile.cmd_addr.connect();
    tile.cmd_data.connect();
    tile.connect_all();
    check_all(&tile).map_err(|e| GenError::Check(format!("{e:?}")))?;
    Ok(generate_verilog_unchecked(&tile))
}
