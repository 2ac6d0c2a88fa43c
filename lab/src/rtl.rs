//! The RTL side of a co-simulation: the golden tile with given parameters, the verilated tile
//! (or any link) connected, identified and loaded with them, and parameter faults injected into
//! the RTL only (to see the judge fail).

use anyhow::{Context, Result, anyhow, bail};
use golden::config::Config;
use golden::fixed::Tile;
use golden::memory::{self, ID_MAGIC, MemoryId};
use golden::paramfile::{self, Stored};
use hdl::generate::tile_verilog;
use sim::host::{Host, Link};
use sim::link::RtlLink;
use sim::verilator::Build;
use std::path::Path;
use std::time::Instant;

/// A parameter change applied to the RTL only: `memory[index]=value`.
pub struct Injection {
    pub memory: MemoryId,
    pub index: usize,
    pub value: i32,
}

/// Parses `--inject`'s `MEMORY[INDEX]=VALUE` for `cfg`: a parameter memory, an index inside it
/// and a value that fits its width.
pub fn parse_injection(s: &str, cfg: &Config) -> Result<Injection> {
    let err = || {
        let names: Vec<&str> = MemoryId::ALL
            .into_iter()
            .filter(|m| m.parameter() && !m.learning_only())
            .map(MemoryId::name)
            .collect();
        anyhow!(
            "--inject {s:?}: expected MEMORY[INDEX]=VALUE with a parameter memory ({})",
            names.join(", ")
        )
    };
    let (lhs, value) = s.split_once('=').ok_or_else(err)?;
    let (name, rest) = lhs.split_once('[').ok_or_else(err)?;
    let index: usize = rest
        .strip_suffix(']')
        .ok_or_else(err)?
        .parse()
        .map_err(|_| err())?;
    let value: i32 = value.trim().parse().map_err(|_| err())?;
    let id: MemoryId = name.parse().map_err(|_| err())?;
    let m = memory::find(cfg, id)
        .filter(|m| m.parameter && !m.learning_only)
        .ok_or_else(err)?;
    let entries = id.logical_entries(cfg);
    if index as u64 >= entries {
        bail!("--inject {s:?}: index {index} is outside {name} (0..{entries})");
    }
    // Delays are unsigned, weights and biases two's complement, in the memory's width.
    let w = m.width.min(32);
    let (lo, hi) = if matches!(id, MemoryId::SynapticDelays | MemoryId::AxonalDelays) {
        (0i64, (1i64 << w) - 1)
    } else {
        (-(1i64 << (w - 1)), (1i64 << (w - 1)) - 1)
    };
    if !(lo..=hi).contains(&i64::from(value)) {
        bail!(
            "--inject {s:?}: value {value} does not fit {name} ({} bits {}), expected {lo} ..= {hi}",
            m.width,
            if lo < 0 { "signed" } else { "unsigned" }
        );
    }
    Ok(Injection {
        memory: id,
        index,
        value,
    })
}

/// The golden tile with the parameters of `params` (or the configuration's initial ones).
pub fn golden_tile(cfg: &Config, params: Option<&Path>) -> Result<Tile> {
    let mut tile = Tile::new(cfg).context("invalid configuration")?;
    if let Some(path) = params {
        let (_, stored) = paramfile::load(path).context("cannot load the parameters")?;
        let Stored::Fixed(p) = stored else {
            bail!(
                "{}: holds float parameters; co-simulation needs fixed-point ones (train with --model fixed)",
                path.display()
            );
        };
        tile.set_params(p).with_context(|| {
            format!(
                "{}: parameters do not fit the configuration",
                path.display()
            )
        })?;
    }
    Ok(tile)
}

/// Verilate (or reuse) the tile for `cfg`, connect a host, load and verify `tile`'s parameters.
pub fn rtl_host(cfg: &Config, tile: &Tile, trace: bool) -> Result<Host<RtlLink>> {
    rtl_host_from(cfg, tile, trace, None)
}

/// [`rtl_host`], with every memory at random start-up values from `random_start` if given.
pub fn rtl_host_from(
    cfg: &Config,
    tile: &Tile,
    trace: bool,
    random_start: Option<std::num::NonZeroU32>,
) -> Result<Host<RtlLink>> {
    let verilog = tile_verilog(cfg)?;
    let t0 = Instant::now();
    let model = Build::new()
        .trace(trace)
        .random_init(random_start.is_some())
        .load(&verilog)
        .context("cannot build the verilated tile")?;
    if model.built() {
        eprintln!(
            "verilated and compiled the tile in {:.1} s (cached in {})",
            t0.elapsed().as_secs_f64(),
            model.path().display()
        );
    }
    let rtl = match random_start {
        Some(seed) => model.rtl_random(seed)?,
        None => model.rtl()?,
    };
    connect(Host::new(RtlLink::new(rtl), cfg), cfg, tile)
}

/// Check the identity, load and verify `tile`'s parameters, set the learning registers and the
/// LFSR.
pub fn connect<L: Link>(mut host: Host<L>, cfg: &Config, tile: &Tile) -> Result<Host<L>> {
    let id = host.identify()?;
    if id != ID_MAGIC {
        bail!("the RTL answered identity {id:#x}, expected {ID_MAGIC:#x}");
    }
    host.load_params(&tile.params)?;
    let back = host.read_params()?;
    if back != tile.params.stored(cfg) {
        bail!("parameters read back from the RTL differ from those loaded");
    }
    if cfg.hardware.learning_unit {
        host.configure_learning(&tile.cfg, &tile.f)?;
    }
    host.write_lfsr(&tile.state.lfsr)?;
    Ok(host)
}

impl Injection {
    /// Writes the changed parameter into the RTL behind `host` (not into the golden model).
    pub fn apply<L: Link>(&self, host: &mut Host<L>, cfg: &Config) -> Result<()> {
        let m = memory::find(cfg, self.memory).expect("checked by parse_injection");
        host.link.write(
            sim::host::entry_address(cfg, &m, self.index as u64),
            self.value as i64 as u64,
        )?;
        Ok(())
    }
}
