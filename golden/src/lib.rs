//! delaytile's definition: the configuration, the fixed-point formats, a float reference model,
//! the bit-exact fixed-point golden model of the tile, and the SHD loader.

pub mod atomic;
pub mod cache;
pub mod config;
pub mod cycles;
pub mod experiment;
pub mod fixed;
pub mod float;
pub mod format;
pub mod memory;
pub mod nir;
pub mod output;
pub mod paramfile;
pub mod params;
pub mod protocol;
pub mod rng;
pub mod settings;
pub mod shd;
pub mod simd;
pub mod stats;
pub mod svg;
pub mod task;
pub mod train;
pub mod venvs;
