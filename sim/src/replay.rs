//! After a mismatch: re-run the failing sample on a traced build of the same Verilog and on the
//! golden model, and write both sides' waveforms (RTL from Verilator's tracing, golden from
//! `waves`) on one time base.

use crate::host::{Host, Link, LinkError};
use crate::link::RtlLink;
use crate::waves::write_golden_vcd;
use golden::fixed::Tile;
use golden::task::Sample;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    #[error(transparent)]
    Link(#[from] LinkError),
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("tracing: {0}")]
    Trace(String),
}

/// Run `sample` for steps `0..=last_step` on `host` (a traced model holding the parameters the
/// mismatch was found with) and on `tile` (the golden model with the same parameters), tracing
/// the RTL from step `first_traced` on.
pub fn replay(
    host: &mut Host<RtlLink>,
    tile: &mut Tile,
    sample: &Sample,
    first_traced: usize,
    last_step: usize,
    rtl_vcd: &Path,
    golden_vcd: &Path,
) -> Result<(), ReplayError> {
    tile.reset_state();
    host.link.clear()?;
    let mut states = Vec::new();
    let mut ends = Vec::new();
    for (t, inputs) in sample.steps.iter().enumerate().take(last_step + 1) {
        if t == first_traced {
            host.link
                .rtl
                .trace_open(rtl_vcd)
                .map_err(|e| ReplayError::Trace(e.to_string()))?;
        }
        tile.step(inputs, None);
        host.run_step(inputs)?;
        if t >= first_traced {
            states.push(tile.clone());
            ends.push(host.link.cycles());
        }
    }
    host.link
        .rtl
        .trace_close()
        .map_err(|e| ReplayError::Trace(e.to_string()))?;
    let io = |source| ReplayError::Io {
        path: golden_vcd.display().to_string(),
        source,
    };
    let file = std::fs::File::create(golden_vcd).map_err(io)?;
    write_golden_vcd(std::io::BufWriter::new(file), &states, &ends).map_err(io)
}
