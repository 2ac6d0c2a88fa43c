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

/// The tile's Verilog for `cfg` with a header naming the configuration it came from: what
/// `delaytile gen` writes as `tile.v`, and what the co-simulation verilates.
pub fn tile_verilog(cfg: &Config) -> Result<String, GenError> {
    let body = verilog(cfg)?;
    Ok(format!(
        "// delaytile tile: generated, do not edit. Top module `top`.\n\
         // Configuration: config.toml beside this file (FNV-1a 64 of its text: {:016x}).\n\
         // Memory map and host commands: memory_map.md.\n{body}",
        golden::paramfile::fnv1a64(cfg.to_toml().as_bytes())
    ))
}

/// The tile's Verilog for `cfg` (top module `top`). Deterministic: the same configuration gives
/// the same bytes.
pub fn verilog(cfg: &Config) -> Result<String, GenError> {
    cfg.validate()?;
    verilog_with_formats(cfg, &Formats::new(cfg)?)
}

/// The tile's Verilog for `cfg` with the constants and ROMs of `f`. Only tests pass formats other
/// than `Formats::new(cfg)` (to change one ROM entry in the RTL alone).
pub fn verilog_with_formats(cfg: &Config, f: &Formats) -> Result<String, GenError> {
    let mut tile = Tile::new(cfg, f);
    tile.clock.connect();
    tile.cmd_valid.connect();
    tile.cmd_op.connect();
    tile.cmd_addr.connect();
    tile.cmd_data.connect();
    tile.connect_all();
    check_all(&tile).map_err(|e| GenError::Check(format!("{e:?}")))?;
    Ok(generate_verilog_unchecked(&tile))
}

/// One memory of the generated tile as the host sees it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct MapEntry {
    pub name: &'static str,
    pub region: u32,
    /// Host address of entry 0 and of the last entry.
    pub first_address: u32,
    pub last_address: u32,
    pub entries: u64,
    pub width: u32,
    pub bits: u64,
    /// "parameter" (loaded, kept across samples), "state" (cleared by CLEAR or rebuilt each
    /// step), "learning" (the learning unit's traces, signals and gradients) or "register".
    pub kind: &'static str,
}

/// The memories of the generated Verilog: every memory of `golden::memory::memories` (the LFSR
/// is a register, at its own region).
pub fn memory_map(cfg: &Config) -> Vec<MapEntry> {
    golden::memory::memories(cfg)
        .into_iter()
        .map(|m| {
            let first = m.region << golden::memory::REGION_SHIFT;
            MapEntry {
                name: m.name,
                region: m.region,
                first_address: first,
                last_address: first + (m.entries as u32 - 1),
                entries: m.entries,
                width: m.width,
                bits: m.bits(),
                kind: if m.name == "lfsr" {
                    "register"
                } else if m.learning_only {
                    "learning"
                } else if m.parameter {
                    "parameter"
                } else {
                    "state"
                },
            }
        })
        .collect()
}

/// The registers of region `golden::memory::REGISTERS`: (name, index, access, meaning).
pub fn registers() -> Vec<(&'static str, u32, &'static str, &'static str)> {
    use golden::memory::reg;
    vec![
        (
            "budget",
            reg::BUDGET,
            "rw",
            "cycle budget per step; 0 = none",
        ),
        (
            "active_sources",
            reg::ACTIVE_SOURCES,
            "r",
            "sources listed in the last step",
        ),
        ("spikes", reg::SPIKES, "r", "hidden spikes in the last step"),
        ("step", reg::STEP, "r", "steps since the last CLEAR"),
        (
            "bad_spike",
            reg::BAD_SPIKE,
            "r",
            "a SPIKE named a channel >= inputs (sticky until CLEAR)",
        ),
        (
            "id",
            reg::ID,
            "r",
            "0x4454494C4501: \"DTILE\", interface version 1",
        ),
    ]
}
