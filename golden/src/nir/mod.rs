//! NIR (the Neuromorphic Intermediate Representation, neuromorphs/NIR) in and out: read a graph
//! written by the Python `nir` package, map the one shape the tile runs onto a configuration and
//! fixed-point parameters (`import`), write a tile's parameters back as a graph (`export`), and
//! evaluate a graph in floating point as NIR defines it (`eval`), the reference that an import
//! is checked against. docs/nir.md describes the mapping and what it loses.

mod check;
mod delays;
mod error;
pub mod graph;
pub mod hdf5;

pub use error::{NirError, Refusal};
pub use graph::{Array, Graph, Li, Lif, Node};
pub mod eval;
pub mod export;
pub mod import;
pub mod quantise;

use std::path::Path;

use crate::config::{Config, DelayMode};
use crate::params::Params;

/// A NIR file mapped onto the tile.
#[derive(Clone, Debug)]
pub struct Imported {
    pub cfg: Config,
    pub params: Params,
    pub report: quantise::Quantisation,
}

/// Reads `path` and maps it onto a tile built from `base` (widths, D, learning, data binning;
/// the step `dt` is `base.data.dt_ms`). `mode` forces a delay mode instead of inferring it.
pub fn import_file(
    path: &Path,
    base: &Config,
    mode: Option<DelayMode>,
) -> Result<Imported, NirError> {
    let graph = hdf5::read(path)?;
    import_graph(path, &graph, base, mode)
}

/// [`import_file`] for a graph already read (`path` names it in messages).
pub fn import_graph(
    path: &Path,
    graph: &Graph,
    base: &Config,
    mode: Option<DelayMode>,
) -> Result<Imported, NirError> {
    let dt = base.data.dt_ms / 1000.0;
    let net = import::analyse(path, graph, dt, base.network.max_delay, mode)?;
    let (cfg, params, report) = quantise::to_tile(path, &net, base)?;
    Ok(Imported {
        cfg,
        params,
        report,
    })
}
