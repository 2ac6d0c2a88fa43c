//! Spiking Heidelberg Digits (SHD): load, write, validate and bin SHD files.
//!
//! One HDF5 file per split, with this layout (all datasets one-dimensional,
//! one entry per sample unless noted):
//!
//! | Dataset | Element type |
//! |---|---|
//! | `spikes/times` | variable-length float16 (float32/float64 accepted), seconds |
//! | `spikes/units` | variable-length uint16 (any unsigned width accepted), `0..700` |
//! | `labels` | any integer width, index into `extra/keys` |
//! | `extra/speaker` | any integer width; optional |
//! | `extra/keys` | strings, fixed- or variable-length, ASCII or UTF-8 (one per class) |
//!
//! [`load`] reads and validates everything, [`write`] produces the same
//! layout atomically, and [`bin`] turns a sample into per-step lists of
//! active (pooled) channels.

mod binning;
mod error;
pub mod patterns;
mod read;
mod write;

use std::path::{Path, PathBuf};

pub use binning::{BinnedSample, Binning, Coverage, bin, coverage};
pub use error::ShdError;
pub use patterns::patterns;
pub use read::load;
pub use write::{ShdWrite, write};

/// Number of input units (cochlea channels) in SHD.
pub const SHD_UNITS: usize = 700;

/// Dataset names, as they appear in error messages.
pub(crate) const TIMES: &str = "spikes/times";
pub(crate) const UNITS: &str = "spikes/units";
pub(crate) const LABELS: &str = "labels";
pub(crate) const SPEAKER: &str = "extra/speaker";
pub(crate) const KEYS: &str = "extra/keys";

/// One recording: spikes as parallel `times`/`units` lists, sorted by time.
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    /// Spike times in seconds (stored as float16 in SHD, widened on load).
    pub times: Vec<f32>,
    /// Unit (input channel) of each spike, `< SHD_UNITS`.
    pub units: Vec<u16>,
    /// Class index into the file's `keys`.
    pub label: u16,
    /// Speaker id, when the file has `extra/speaker`.
    pub speaker: Option<u16>,
}

/// A loaded and validated SHD file.
#[derive(Clone, Debug, PartialEq)]
pub struct ShdFile {
    /// Where it was loaded from.
    pub path: PathBuf,
    /// All samples, in file order.
    pub samples: Vec<Sample>,
    /// Class names (`extra/keys`); `samples[i].label` indexes this.
    pub keys: Vec<String>,
}

impl ShdFile {
    /// Borrow the contents for [`write`].
    pub fn as_write(&self) -> ShdWrite<'_> {
        ShdWrite {
            samples: &self.samples,
            keys: &self.keys,
        }
    }
}

/// Fails unless `keys` (of the file `path`) are the classes `reference_keys` of the file
/// `reference`, in the same order: a model trained on one file is only scored on another with
/// the same classes.
pub fn check_same_classes(
    path: &Path,
    keys: &[String],
    reference: &Path,
    reference_keys: &[String],
) -> Result<(), ShdError> {
    if keys == reference_keys {
        return Ok(());
    }
    Err(ShdError::ClassMismatch {
        path: path.to_path_buf(),
        keys: keys.to_vec(),
        reference: reference.to_path_buf(),
        reference_keys: reference_keys.to_vec(),
    })
}

/// Checks that the class names are distinct; `path` is only for messages.
pub(crate) fn check_keys(path: &Path, keys: &[String]) -> Result<(), ShdError> {
    let mut seen = std::collections::HashMap::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        if let Some(&first) = seen.get(k.as_str()) {
            return Err(ShdError::DuplicateKey {
                path: path.to_path_buf(),
                first,
                second: i,
                key: k.clone(),
            });
        }
        seen.insert(k.as_str(), i);
    }
    Ok(())
}

/// Checks one sample against the SHD invariants; `path` is only for messages.
pub(crate) fn check_sample(
    path: &Path,
    sample: usize,
    s: &Sample,
    num_keys: usize,
) -> Result<(), ShdError> {
    let path = path.to_path_buf();
    if s.times.len() != s.units.len() {
        return Err(ShdError::SpikeCountMismatch {
            path,
            sample,
            times: s.times.len(),
            units: s.units.len(),
        });
    }
    if usize::from(s.label) >= num_keys {
        return Err(ShdError::LabelOutOfRange {
            path,
            sample,
            label: s.label.into(),
            num_keys,
        });
    }
    if let Some(spike) = s.units.iter().position(|&u| usize::from(u) >= SHD_UNITS) {
        return Err(ShdError::UnitOutOfRange {
            path,
            sample,
            spike,
            unit: s.units[spike].into(),
        });
    }
    let mut previous = 0.0f32;
    for (spike, &time) in s.times.iter().enumerate() {
        // `is_finite` is false for NaN too.
        if !time.is_finite() || time < 0.0 {
            return Err(ShdError::InvalidTime {
                path,
                sample,
                spike,
                time,
            });
        }
        if time < previous {
            return Err(ShdError::UnsortedTimes {
                path,
                sample,
                spike,
                time,
                previous,
            });
        }
        previous = time;
    }
    Ok(())
}
