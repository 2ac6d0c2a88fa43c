//! The bit-exact fixed-point golden model. One file per hardware block, named as in `hdl/`:
//! `delay_fifo` (spike history), `trace_fifo` (eps/eta traces), `lif` (hidden datapath),
//! `readout`, `learning` (learning unit), `hist_lane`, `syn_lane`, `lif_lane` and `out_lane`
//! (the lanes), `spike_list`, `tile` (the step schedule).
// Index loops mirror the hardware's address counters (j over neurons, s over sources).
#![allow(clippy::needless_range_loop)]

pub mod delay_fifo;
pub mod hist_lane;
pub mod learning;
pub mod lif;
pub mod lif_lane;
pub mod out_lane;
pub mod readout;
pub mod spike_list;
pub mod syn_lane;
pub mod tile;
pub mod trace_fifo;

pub use tile::{State, Tile};
