//! SHD-format speech data made offline (`delaytile data synth`), its inspection
//! (`delaytile data inspect`) and a linear baseline (`delaytile data baseline`).
//!
//! The recipe is `shd-data.md` §3: the 20 SHD words spoken by `espeak-ng` with 12 synthetic
//! speakers ([`speakers`], [`words`], [`espeak`]), encoded by a 700-channel cochlea model
//! ([`cochlea`]: gammatone filter bank on the SHD frequency map, Meddis hair cell, 40 refractory
//! fibres, one LIF bushy cell per channel) and written in the SHD layout with
//! `golden::shd::write` ([`synth`]). Everything is deterministic for a seed, whatever the number
//! of threads.

pub mod baseline;
pub mod cochlea;
pub mod error;
pub mod espeak;
pub mod inspect;
pub mod raster;
pub mod shuffle;
pub mod speakers;
pub mod synth;
pub mod wav;
pub mod words;

pub use error::SpeechError;
