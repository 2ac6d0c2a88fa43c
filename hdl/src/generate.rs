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
    /// Block RAMs it is split into (the synapse lanes' banks), each of `entries / banks`.
    pub banks: u32,
    /// "parameter" (loaded, kept across samples), "state" (cleared by CLEAR or rebuilt each
    /// step), "learning" (the learning unit's traces, signals and gradients) or "register".
    pub kind: &'static str,
    /// What writes it before its first read (`MemoryId::first_write`).
    pub first_write: &'static str,
    /// Read behind a registered address (`hist_lane::address_registered`): a transparent read
    /// port.
    pub address_registered: bool,
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
                banks: m.banks,
                first_write: m.id.first_write(),
                address_registered: crate::hist_lane::address_registered(cfg, m.id),
                kind: if m.id == golden::memory::MemoryId::Lfsr {
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

/// The registers of region `golden::memory::REGISTERS` a tile built from `cfg` has (the
/// learning unit's only with it).
pub fn registers(cfg: &Config) -> Vec<golden::memory::Register> {
    golden::memory::REGISTER_TABLE
        .into_iter()
        .filter(|r| cfg.hardware.learning_unit || !r.learning)
        .collect()
}

/// Why a board top cannot be generated.
#[derive(Debug, thiserror::Error)]
pub enum BoardError {
    #[error(transparent)]
    Gen(#[from] GenError),
    #[error(
        "UART: clock {clock_hz} Hz / baud {baud} gives {divisor} clock cycles per bit; expected \
         at least {min} (raise the clock or lower the baud rate)"
    )]
    DivisorTooSmall {
        clock_hz: u64,
        baud: u64,
        divisor: u64,
        min: u64,
    },
    #[error(
        "UART: clock {clock_hz} Hz / baud {baud} gives {divisor} cycles per bit; expected at most \
         65535 (lower the clock or raise the baud rate)"
    )]
    DivisorTooLarge {
        clock_hz: u64,
        baud: u64,
        divisor: u64,
    },
    #[error(
        "UART: clock {clock_hz} Hz with {divisor} cycles per bit runs at {actual:.0} baud, \
         {error_pct:.2} % off the requested {baud}; expected within 2 % (pick a baud rate closer \
         to clock / N)"
    )]
    BaudError {
        clock_hz: u64,
        baud: u64,
        divisor: u64,
        actual: f64,
        error_pct: f64,
    },
}

/// Clock cycles per UART bit for `clock_hz` and `baud`: `round(clock_hz / baud)`, checked to be
/// at least `uart::MIN_DIVISOR`, below 2^16 and within 2 % of the requested rate.
pub fn uart_divisor(clock_hz: u64, baud: u64) -> Result<u64, BoardError> {
    let divisor = (clock_hz + baud / 2).checked_div(baud).unwrap_or(0);
    if divisor < crate::uart::MIN_DIVISOR {
        return Err(BoardError::DivisorTooSmall {
            clock_hz,
            baud,
            divisor,
            min: crate::uart::MIN_DIVISOR,
        });
    }
    if divisor >= 1 << 16 {
        return Err(BoardError::DivisorTooLarge {
            clock_hz,
            baud,
            divisor,
        });
    }
    let actual = clock_hz as f64 / divisor as f64;
    let error_pct = (actual - baud as f64).abs() / baud as f64 * 100.0;
    if error_pct > 2.0 {
        return Err(BoardError::BaudError {
            clock_hz,
            baud,
            divisor,
            actual,
            error_pct,
        });
    }
    Ok(divisor)
}

/// The board top's Verilog (module `top`, ports `clock`, `uart_rx`, `uart_tx`): the tile for
/// `cfg` behind the UART bridge at `baud` with a `clock_hz` clock. Deterministic.
pub fn board_verilog(cfg: &Config, clock_hz: u64, baud: u64) -> Result<String, BoardError> {
    let divisor = uart_divisor(clock_hz, baud)?;
    cfg.validate().map_err(GenError::from)?;
    let f = Formats::new(cfg).map_err(GenError::from)?;
    let mut board = crate::board::Board::new(cfg, &f, divisor);
    board.clock.connect();
    board.uart_rx.connect();
    board.connect_all();
    check_all(&board).map_err(|e| GenError::Check(format!("{e:?}")))?;
    Ok(format!(
        "// delaytile board top: generated, do not edit. Top module `top` (tile + UART bridge).\n\
         // Clock {clock_hz} Hz, {baud} baud ({divisor} cycles per bit), 8N1.\n\
         // Configuration FNV-1a 64: {:016x}. Protocol: hdl/src/bridge.rs.\n{}",
        golden::paramfile::fnv1a64(cfg.to_toml().as_bytes()),
        generate_verilog_unchecked(&board)
    ))
}

/// Verilator warnings waived for rust-hdl's output (ARCHITECTURE.md, "Lint waivers"), by every
/// verilated build and by the lint test: WIDTH (literals are emitted 32 bits wide), DECLFILENAME
/// (all modules in one file), UNUSED (datapath ports are 64 bits wide; each memory keeps only its
/// configured bits).
pub const LINT_WAIVERS: [&str; 3] = ["-Wno-WIDTH", "-Wno-DECLFILENAME", "-Wno-UNUSED"];

/// The UART bridge's payload buffer in the board top: (width, depth) (`bridge::PAYLOAD_BUFFER`).
pub const BRIDGE_BUFFER: (u32, u64) = crate::bridge::PAYLOAD_BUFFER;
