//! Errors of the SHD loader and writer.

use std::path::PathBuf;

/// Everything that can go wrong reading or writing an SHD file.
///
/// Every message names the file; data errors also name the dataset, the
/// sample (and spike) index, the offending value and what was expected.
#[derive(thiserror::Error, Debug)]
pub enum ShdError {
    /// The file could not be read, or the written file could not be moved
    /// into place.
    #[error("{}: I/O error: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// The file has no HDF5 signature.
    #[error("{}: not an HDF5 file (no HDF5 signature at offset 0, 512, 1024, ...)", .path.display())]
    NotHdf5 { path: PathBuf },

    /// The file is shorter than its HDF5 metadata says.
    #[error("{}: truncated HDF5 file: {detail}", .path.display())]
    Truncated { path: PathBuf, detail: String },

    /// The file has its full length but its metadata is damaged: an address points outside it,
    /// or a superblock field holds a value no HDF5 writer produces.
    #[error("{}: corrupted HDF5 file: {detail}", .path.display())]
    Corrupted { path: PathBuf, detail: String },

    /// A dataset is an external link to another file; the loader reads one file only.
    #[error("{}: dataset `{dataset}` is an external link to file {file:?}; expected the data in this file (copy it in, e.g. with h5copy)", .path.display())]
    ExternalLink {
        path: PathBuf,
        dataset: &'static str,
        file: String,
    },

    /// The name of a dataset (or of its group) refers to another kind of object.
    #[error("{}: `{name}` is {found}, expected {expected} (an SHD file needs the datasets spikes/times, spikes/units, labels and extra/keys)", .path.display())]
    WrongObject {
        path: PathBuf,
        name: String,
        found: &'static str,
        expected: &'static str,
    },

    /// Two classes in `extra/keys` have the same name.
    #[error("{}: dataset `extra/keys`: keys {first} and {second} are both {key:?}; expected distinct class names", .path.display())]
    DuplicateKey {
        path: PathBuf,
        first: usize,
        second: usize,
        key: String,
    },

    /// Most spikes fall at or after the time the binning keeps: the times are probably in other
    /// units (milliseconds) or the file spans much longer clips than the configuration.
    #[error("{}: {dropped} of {spikes} spikes ({samples_cut} of {samples} samples affected) fall at or after {field} = {max_time_s} s and would be dropped (latest spike at {latest} s); expected most spikes before it (are the times in seconds?)", .path.display())]
    TimesOutsideRange {
        path: PathBuf,
        field: &'static str,
        max_time_s: f64,
        spikes: usize,
        dropped: usize,
        samples: usize,
        samples_cut: usize,
        latest: f32,
    },

    /// Two files that must share their classes do not.
    #[error("{}: extra/keys {keys:?} differ from {reference_keys:?} in {}; expected the same classes in the same order", .path.display(), .reference.display())]
    ClassMismatch {
        path: PathBuf,
        keys: Vec<String>,
        reference: PathBuf,
        reference_keys: Vec<String>,
    },

    /// A required dataset is absent.
    #[error("{}: dataset `{dataset}` is missing (an SHD file needs spikes/times, spikes/units, labels and extra/keys)", .path.display())]
    MissingDataset {
        path: PathBuf,
        dataset: &'static str,
    },

    /// The HDF5 reader failed on an object (`/` for the file itself).
    #[error("{}: cannot read `{dataset}`: {source}", .path.display())]
    Read {
        path: PathBuf,
        dataset: &'static str,
        #[source]
        source: Box<hdf5_reader::error::Error>,
    },

    /// A dataset has an element type the loader does not accept.
    #[error("{}: dataset `{dataset}` has unsupported type {found}, expected {expected}", .path.display())]
    UnsupportedDtype {
        path: PathBuf,
        dataset: &'static str,
        found: String,
        expected: &'static str,
    },

    /// A dataset is structurally wrong (not 1-D, inconsistent byte counts).
    #[error("{}: dataset `{dataset}` is malformed: {detail}", .path.display())]
    Malformed {
        path: PathBuf,
        dataset: &'static str,
        detail: String,
    },

    /// Two top-level datasets disagree on the number of samples.
    #[error("{}: dataset `{dataset}` has {len} entries but `{reference}` has {reference_len}; expected one entry per sample in both", .path.display())]
    LengthMismatch {
        path: PathBuf,
        dataset: &'static str,
        len: usize,
        reference: &'static str,
        reference_len: usize,
    },

    /// Within one sample, `spikes/times` and `spikes/units` differ in length.
    #[error("{}: sample {sample}: `spikes/times` has {times} spikes but `spikes/units` has {units}; expected equal lengths", .path.display())]
    SpikeCountMismatch {
        path: PathBuf,
        sample: usize,
        times: usize,
        units: usize,
    },

    /// A unit id is not below [`SHD_UNITS`](super::SHD_UNITS).
    #[error("{}: dataset `spikes/units`, sample {sample}, spike {spike}: unit {unit} is out of range, expected 0..700", .path.display())]
    UnitOutOfRange {
        path: PathBuf,
        sample: usize,
        spike: usize,
        unit: u64,
    },

    /// A label is not a valid index into `extra/keys`.
    #[error("{}: dataset `labels`, sample {sample}: label {label} is out of range, expected 0..{num_keys} (the number of `extra/keys`)", .path.display())]
    LabelOutOfRange {
        path: PathBuf,
        sample: usize,
        label: i128,
        num_keys: usize,
    },

    /// A speaker id does not fit in `u16`.
    #[error("{}: dataset `extra/speaker`, sample {sample}: speaker {speaker} is out of range, expected 0..=65535", .path.display())]
    SpeakerOutOfRange {
        path: PathBuf,
        sample: usize,
        speaker: i128,
    },

    /// A spike time is negative, NaN or infinite.
    #[error("{}: dataset `spikes/times`, sample {sample}, spike {spike}: time {time} s is invalid, expected a finite time >= 0", .path.display())]
    InvalidTime {
        path: PathBuf,
        sample: usize,
        spike: usize,
        time: f32,
    },

    /// Spike times decrease within a sample.
    #[error("{}: dataset `spikes/times`, sample {sample}, spike {spike}: time {time} s is before the previous spike's {previous} s, expected non-decreasing times", .path.display())]
    UnsortedTimes {
        path: PathBuf,
        sample: usize,
        spike: usize,
        time: f32,
        previous: f32,
    },

    /// Writing: a time is too large to store as float16 (max 65504 s).
    #[error("{}: dataset `spikes/times`, sample {sample}, spike {spike}: time {time} s does not fit in float16, expected at most 65504 s", .path.display())]
    TimeNotF16 {
        path: PathBuf,
        sample: usize,
        spike: usize,
        time: f32,
    },

    /// Writing: some samples have a speaker and others do not.
    #[error("{}: dataset `extra/speaker`, sample {sample}: speaker is {found} but sample 0's is {first}; expected all samples or none to have a speaker", .path.display())]
    MixedSpeaker {
        path: PathBuf,
        sample: usize,
        found: &'static str,
        first: &'static str,
    },

    /// The HDF5 writer failed.
    #[error("{}: cannot write HDF5: {source}", .path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: Box<rust_hdf5::Hdf5Error>,
    },
}
