//! Reading SHD files with the pure-Rust `hdf5-reader`.

use std::path::Path;

use hdf5_reader::error::Error as H5Error;
use hdf5_reader::{ByteOrder, Dataset, Datatype, Hdf5File, VarLenKind};

use super::{
    KEYS, LABELS, SHD_UNITS, SPEAKER, Sample, ShdError, ShdFile, TIMES, UNITS, check_sample,
};

/// HDF5 file signature.
const MAGIC: [u8; 8] = *b"\x89HDF\r\n\x1a\n";

/// Reads an SHD file and validates all of it (see the module docs for the
/// layout and [`ShdError`] for what is checked).
///
/// Times are widened from float16 to `f32` seconds immediately.
pub fn load(path: &Path) -> Result<ShdFile, ShdError> {
    let cx = Cx { path };
    let bytes = std::fs::read(path).map_err(|source| ShdError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let len = bytes.len() as u64;
    // A file cut inside the signature is truncated, not foreign.
    if !bytes.is_empty() && bytes.len() < MAGIC.len() && MAGIC.starts_with(&bytes) {
        return Err(cx.truncated(format!("only {len} bytes")));
    }
    let file = Hdf5File::from_vec(bytes).map_err(|e| match e {
        H5Error::InvalidMagic => ShdError::NotHdf5 {
            path: path.to_path_buf(),
        },
        e => cx.read_error("/", e),
    })?;
    // The superblock records the end of file; anything shorter was cut.
    let sb = file.superblock();
    let eof = sb.base_address.saturating_add(sb.eof_address);
    if eof > len {
        return Err(cx.truncated(format!(
            "the superblock says the file ends at byte {eof}, but it has only {len} bytes"
        )));
    }

    let times_ds = cx.dataset(&file, TIMES)?;
    let units_ds = cx.dataset(&file, UNITS)?;
    let labels_ds = cx.dataset(&file, LABELS)?;
    let keys_ds = cx.dataset(&file, KEYS)?;
    let speaker_ds = match cx.dataset(&file, SPEAKER) {
        Ok(ds) => Some(ds),
        Err(ShdError::MissingDataset { .. }) => None,
        Err(e) => return Err(e),
    };

    let keys = cx.read_keys(&keys_ds)?;
    let times = cx.read_times(&times_ds)?;
    let units = cx.read_units(&units_ds)?;
    let labels = cx.read_ints(&labels_ds, LABELS)?;
    let speakers = match &speaker_ds {
        Some(ds) => Some(cx.read_ints(ds, SPEAKER)?),
        None => None,
    };

    let n = times.len();
    cx.same_len(UNITS, units.len(), n)?;
    cx.same_len(LABELS, labels.len(), n)?;
    if let Some(s) = &speakers {
        cx.same_len(SPEAKER, s.len(), n)?;
    }

    let mut samples = Vec::with_capacity(n);
    for (i, ((times, units), &label)) in times.into_iter().zip(units).zip(&labels).enumerate() {
        let label = u16::try_from(label)
            .ok()
            .filter(|&l| usize::from(l) < keys.len())
            .ok_or_else(|| ShdError::LabelOutOfRange {
                path: path.to_path_buf(),
                sample: i,
                label,
                num_keys: keys.len(),
            })?;
        let speaker = match speakers.as_ref().and_then(|s| s.get(i)) {
            Some(&v) => Some(u16::try_from(v).map_err(|_| ShdError::SpeakerOutOfRange {
                path: path.to_path_buf(),
                sample: i,
                speaker: v,
            })?),
            None => None,
        };
        let mut unit16 = Vec::with_capacity(units.len());
        for (spike, &unit) in units.iter().enumerate() {
            match u16::try_from(unit) {
                Ok(u) if usize::from(u) < SHD_UNITS => unit16.push(u),
                _ => {
                    return Err(ShdError::UnitOutOfRange {
                        path: path.to_path_buf(),
                        sample: i,
                        spike,
                        unit,
                    });
                }
            }
        }
        let sample = Sample {
            times,
            units: unit16,
            label,
            speaker,
        };
        check_sample(path, i, &sample, keys.len())?;
        samples.push(sample);
    }
    Ok(ShdFile {
        path: path.to_path_buf(),
        samples,
        keys,
    })
}

/// A numeric element type the loader can decode.
#[derive(Clone, Copy)]
enum Scalar {
    Int {
        size: usize,
        signed: bool,
        order: ByteOrder,
    },
    Float {
        size: usize,
        order: ByteOrder,
    },
}

impl Scalar {
    fn of(dt: &Datatype) -> Option<Self> {
        match *dt {
            Datatype::FixedPoint {
                size: size @ (1 | 2 | 4 | 8),
                signed,
                byte_order,
            } => Some(Scalar::Int {
                size: size.into(),
                signed,
                order: byte_order,
            }),
            Datatype::FloatingPoint {
                size: size @ (2 | 4 | 8),
                byte_order,
            } => Some(Scalar::Float {
                size: size.into(),
                order: byte_order,
            }),
            _ => None,
        }
    }
}

/// The raw bits of one element of 1 to 8 bytes.
fn bits(bytes: &[u8], order: ByteOrder) -> u64 {
    let fold = |acc: u64, &b: &u8| (acc << 8) | u64::from(b);
    match order {
        ByteOrder::LittleEndian => bytes.iter().rev().fold(0, fold),
        ByteOrder::BigEndian => bytes.iter().fold(0, fold),
    }
}

fn int_value(bytes: &[u8], signed: bool, order: ByteOrder) -> i128 {
    let raw = bits(bytes, order);
    let width = 8 * bytes.len() as u32;
    if signed && width < 64 && (raw >> (width - 1)) & 1 == 1 {
        i128::from(raw) - (1i128 << width)
    } else if signed {
        i128::from(raw as i64)
    } else {
        i128::from(raw)
    }
}

fn float_value(bytes: &[u8], order: ByteOrder) -> f32 {
    let raw = bits(bytes, order);
    match bytes.len() {
        2 => half::f16::from_bits(raw as u16).to_f32(),
        4 => f32::from_bits(raw as u32),
        // float64 narrows; SHD times never need more than f32.
        _ => f64::from_bits(raw) as f32,
    }
}

/// Short name of an HDF5 type for messages, e.g. `vlen<float16>`.
fn describe(dt: &Datatype) -> String {
    match dt {
        Datatype::FixedPoint { size, signed, .. } => {
            format!(
                "{}int{}",
                if *signed { "" } else { "u" },
                8 * u32::from(*size)
            )
        }
        Datatype::FloatingPoint { size, .. } => format!("float{}", 8 * u32::from(*size)),
        Datatype::String { .. } => "string".into(),
        Datatype::VarLen {
            kind: VarLenKind::String,
            ..
        } => "vlen string".into(),
        Datatype::VarLen { base, .. } => format!("vlen<{}>", describe(base)),
        other => format!("{other:?}"),
    }
}

/// The file being read, for error messages.
struct Cx<'a> {
    path: &'a Path,
}

impl Cx<'_> {
    fn truncated(&self, detail: String) -> ShdError {
        ShdError::Truncated {
            path: self.path.to_path_buf(),
            detail,
        }
    }

    /// Maps a reader error; running off the end of the data means truncation.
    fn read_error(&self, dataset: &'static str, e: H5Error) -> ShdError {
        match innermost(&e) {
            H5Error::UnexpectedEof { .. } | H5Error::OffsetOutOfBounds(_) => {
                self.truncated(format!("reading `{dataset}`: {e}"))
            }
            _ => ShdError::Read {
                path: self.path.to_path_buf(),
                dataset,
                source: Box::new(e),
            },
        }
    }

    fn dataset(&self, file: &Hdf5File, name: &'static str) -> Result<Dataset, ShdError> {
        let ds = file.dataset(name).map_err(|e| match innermost(&e) {
            H5Error::DatasetNotFound(_) | H5Error::GroupNotFound(_) => ShdError::MissingDataset {
                path: self.path.to_path_buf(),
                dataset: name,
            },
            _ => self.read_error(name, e),
        })?;
        if ds.ndim() != 1 {
            return Err(self.malformed(
                name,
                format!("shape {:?}, expected one dimension", ds.shape()),
            ));
        }
        Ok(ds)
    }

    fn malformed(&self, dataset: &'static str, detail: String) -> ShdError {
        ShdError::Malformed {
            path: self.path.to_path_buf(),
            dataset,
            detail,
        }
    }

    fn unsupported(&self, ds: &Dataset, dataset: &'static str, expected: &'static str) -> ShdError {
        ShdError::UnsupportedDtype {
            path: self.path.to_path_buf(),
            dataset,
            found: describe(ds.dtype()),
            expected,
        }
    }

    fn same_len(&self, dataset: &'static str, len: usize, n: usize) -> Result<(), ShdError> {
        if len == n {
            return Ok(());
        }
        Err(ShdError::LengthMismatch {
            path: self.path.to_path_buf(),
            dataset,
            len,
            reference: TIMES,
            reference_len: n,
        })
    }

    fn read_keys(&self, ds: &Dataset) -> Result<Vec<String>, ShdError> {
        let is_string = matches!(
            ds.dtype(),
            Datatype::String { .. }
                | Datatype::VarLen {
                    kind: VarLenKind::String,
                    ..
                }
        );
        if !is_string {
            return Err(self.unsupported(ds, KEYS, "fixed- or variable-length strings"));
        }
        // hdf5-reader decodes ASCII and UTF-8 alike as UTF-8.
        ds.read_strings().map_err(|e| self.read_error(KEYS, e))
    }

    /// Integers of any width, as `i128` so that every value survives.
    fn read_ints(&self, ds: &Dataset, name: &'static str) -> Result<Vec<i128>, ShdError> {
        let Some(Scalar::Int {
            size,
            signed,
            order,
        }) = Scalar::of(ds.dtype())
        else {
            return Err(self.unsupported(ds, name, "integers"));
        };
        let raw = ds.read_raw_bytes().map_err(|e| self.read_error(name, e))?;
        // `read_raw_bytes` returns exactly `len * size` bytes.
        Ok(raw
            .chunks_exact(size)
            .map(|c| int_value(c, signed, order))
            .collect())
    }

    fn read_times(&self, ds: &Dataset) -> Result<Vec<Vec<f32>>, ShdError> {
        const EXPECTED: &str = "variable-length float16 or float32 sequences";
        let Some(Scalar::Float { size, order }) = self.vlen_base(ds) else {
            return Err(self.unsupported(ds, TIMES, EXPECTED));
        };
        self.read_vlen(ds, TIMES, size, |c| float_value(c, order))
    }

    fn read_units(&self, ds: &Dataset) -> Result<Vec<Vec<u64>>, ShdError> {
        const EXPECTED: &str = "variable-length unsigned integer sequences (uint16)";
        let Some(Scalar::Int {
            size,
            signed: false,
            order,
        }) = self.vlen_base(ds)
        else {
            return Err(self.unsupported(ds, UNITS, EXPECTED));
        };
        self.read_vlen(ds, UNITS, size, |c| bits(c, order))
    }

    fn vlen_base(&self, ds: &Dataset) -> Option<Scalar> {
        match ds.dtype() {
            Datatype::VarLen {
                base,
                kind: VarLenKind::Sequence,
                ..
            } => Scalar::of(base),
            _ => None,
        }
    }

    /// Resolves every vlen reference and decodes its `size`-byte elements.
    fn read_vlen<T>(
        &self,
        ds: &Dataset,
        name: &'static str,
        size: usize,
        decode: impl Fn(&[u8]) -> T,
    ) -> Result<Vec<Vec<T>>, ShdError> {
        let raw = ds.read_raw_bytes().map_err(|e| self.read_error(name, e))?;
        raw.chunks_exact(ds.vlen_reference_size())
            .enumerate()
            .map(|(sample, reference)| {
                let bytes = ds
                    .resolve_vlen_reference_bytes(reference, size)
                    .map_err(|e| self.read_error(name, e))?;
                if bytes.len() % size != 0 {
                    return Err(self.malformed(
                        name,
                        format!(
                            "sample {sample}: {} bytes is not a whole number of {size}-byte elements",
                            bytes.len()
                        ),
                    ));
                }
                Ok(bytes.chunks_exact(size).map(&decode).collect())
            })
            .collect()
    }
}

/// The error under any `Context` wrappers.
fn innermost(mut e: &H5Error) -> &H5Error {
    while let H5Error::Context { source, .. } = e {
        e = source;
    }
    e
}
