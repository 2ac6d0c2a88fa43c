//! Writing SHD files with the pure-Rust `rust-hdf5`.

use std::path::Path;

use half::f16;
use rust_hdf5::{DatatypeMessage, H5File, H5Type};

use super::{KEYS, LABELS, SPEAKER, Sample, ShdError, TIMES, UNITS, check_keys, check_sample};

/// What [`write`] stores: the samples and the class names their labels index.
///
/// `extra/speaker` is written when every sample has a speaker, omitted when
/// none has; a mix is an error.
#[derive(Clone, Copy, Debug)]
pub struct ShdWrite<'a> {
    /// Samples, in file order.
    pub samples: &'a [Sample],
    /// Class names, written to `extra/keys` as variable-length UTF-8 strings.
    pub keys: &'a [String],
}

/// A float16 element for `rust-hdf5`, which has no half type of its own.
#[derive(Clone, Copy)]
#[repr(transparent)]
struct F16(u16);

impl H5Type for F16 {
    fn hdf5_type() -> DatatypeMessage {
        DatatypeMessage::f16_type()
    }
    fn element_size() -> usize {
        2
    }
}

/// Writes `file` in the exact SHD layout: times as float16 seconds, units,
/// labels and speakers as uint16, keys as strings.
///
/// The data is validated first (same rules as [`load`](super::load), plus
/// times must fit float16). The file is written to a temporary file in the
/// same directory and renamed over `path`, so a failure never leaves a
/// partial file and an existing file is replaced only by a complete one.
pub fn write(path: &Path, file: &ShdWrite) -> Result<(), ShdError> {
    let speakers = validate(path, file)?;
    let io = |_op: &'static str, source| ShdError::Io {
        path: path.to_path_buf(),
        source,
    };
    crate::atomic::write_with(path, io, |tmp| {
        write_hdf5(tmp, file, speakers.as_deref()).map_err(|source| ShdError::Write {
            path: path.to_path_buf(),
            source: Box::new(source),
        })
    })
}

/// Checks every sample; returns the speakers if all samples have one.
fn validate(path: &Path, file: &ShdWrite) -> Result<Option<Vec<u16>>, ShdError> {
    check_keys(path, file.keys)?;
    let first = file.samples.first().and_then(|s| s.speaker);
    let state = |s: Option<u16>| if s.is_some() { "set" } else { "missing" };
    for (i, s) in file.samples.iter().enumerate() {
        check_sample(path, i, s, file.keys.len())?;
        if s.speaker.is_some() != first.is_some() {
            return Err(ShdError::MixedSpeaker {
                path: path.to_path_buf(),
                sample: i,
                found: state(s.speaker),
                first: state(first),
            });
        }
        if let Some(spike) = s.times.iter().position(|&t| !f16::from_f32(t).is_finite()) {
            return Err(ShdError::TimeNotF16 {
                path: path.to_path_buf(),
                sample: i,
                spike,
                time: s.times[spike],
            });
        }
    }
    Ok(first.map(|_| file.samples.iter().filter_map(|s| s.speaker).collect()))
}

fn write_hdf5(tmp: &Path, file: &ShdWrite, speakers: Option<&[u16]>) -> rust_hdf5::Result<()> {
    let times: Vec<Vec<F16>> = file
        .samples
        .iter()
        .map(|s| {
            s.times
                .iter()
                .map(|&t| F16(f16::from_f32(t).to_bits()))
                .collect()
        })
        .collect();
    let times: Vec<&[F16]> = times.iter().map(Vec::as_slice).collect();
    let units: Vec<&[u16]> = file.samples.iter().map(|s| s.units.as_slice()).collect();
    let labels: Vec<u16> = file.samples.iter().map(|s| s.label).collect();
    let keys: Vec<&str> = file.keys.iter().map(String::as_str).collect();

    let h5 = H5File::create(tmp)?;
    let spikes = h5.create_group("spikes")?;
    spikes.write_vlen_numeric(name_in_group(TIMES), &times)?;
    spikes.write_vlen_numeric(name_in_group(UNITS), &units)?;
    h5.new_dataset::<u16>()
        .shape([labels.len()])
        .create(LABELS)?
        .write_raw(&labels)?;
    let extra = h5.create_group("extra")?;
    if let Some(speakers) = speakers {
        extra
            .new_dataset::<u16>()
            .shape([speakers.len()])
            .create(name_in_group(SPEAKER))?
            .write_raw(speakers)?;
    }
    extra.write_vlen_strings(name_in_group(KEYS), &keys)?;
    h5.close()
}

/// `"spikes/times"` → `"times"`.
fn name_in_group(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}
