//! Reading SHD files with the pure-Rust `hdf5-reader`.

use std::path::Path;
use std::sync::{Arc, Mutex};

use hdf5_reader::error::Error as H5Error;
use hdf5_reader::{
    ByteOrder, Dataset, Datatype, ExternalLinkResolver, Hdf5File, OpenOptions, VarLenKind,
};

use super::{
    KEYS, LABELS, SHD_UNITS, SPEAKER, Sample, ShdError, ShdFile, TIMES, UNITS, check_keys,
    check_sample,
};

/// HDF5 file signature.
const MAGIC: [u8; 8] = *b"\x89HDF\r\n\x1a\n";

/// Superblock status flags libhdf5 defines (write access, file OK, SWMR write access); any
/// other bit set means a damaged superblock, which libhdf5 (and so h5py) refuses.
const KNOWN_STATUS_FLAGS: u32 = 0x07;

/// Follows no external link, but remembers the file the first one pointed to, so that the
/// error can say so instead of "missing".
#[derive(Default)]
struct RefuseExternalLinks {
    seen: Mutex<Option<String>>,
}

impl ExternalLinkResolver for RefuseExternalLinks {
    fn resolve_external_link(
        &self,
        filename: &str,
    ) -> hdf5_reader::error::Result<Option<Hdf5File>> {
        if let Ok(mut seen) = self.seen.lock() {
            seen.get_or_insert_with(|| filename.to_string());
        }
        Err(H5Error::Other(format!("external link to {filename:?}")))
    }
}

/// Reads an SHD file and validates all of it (see the module docs for the
/// layout and [`ShdError`] for what is checked).
///
/// Times are widened from float16 to `f32` seconds immediately.
pub fn load(path: &Path) -> Result<ShdFile, ShdError> {
    let mut cx = Cx {
        path,
        full_length: false,
        links: None,
    };
    let bytes = std::fs::read(path).map_err(|source| ShdError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let len = bytes.len() as u64;
    // A file cut inside the signature is truncated, not foreign.
    if !bytes.is_empty() && bytes.len() < MAGIC.len() && MAGIC.starts_with(&bytes) {
        return Err(cx.truncated(format!("only {len} bytes")));
    }
    let links = Arc::new(RefuseExternalLinks::default());
    let options = OpenOptions::default().with_external_link_resolver(links.clone());
    let file = Hdf5File::from_vec_with_options(bytes, options).map_err(|e| match e {
        H5Error::InvalidMagic => ShdError::NotHdf5 {
            path: path.to_path_buf(),
        },
        e => cx.read_error("/", e),
    })?;
    cx.check_superblock(&file, len)?;
    // From here on the file has the length its superblock records: an address outside it is
    // damage, not truncation.
    cx.full_length = true;
    cx.links = Some(links);

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
    check_keys(path, &keys)?;
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
    /// The file is as long as its superblock says (checked): out-of-bounds reads are damage.
    full_length: bool,
    /// The resolver that records external links.
    links: Option<Arc<RefuseExternalLinks>>,
}

impl Cx<'_> {
    fn truncated(&self, detail: String) -> ShdError {
        ShdError::Truncated {
            path: self.path.to_path_buf(),
            detail,
        }
    }

    fn corrupted(&self, detail: String) -> ShdError {
        ShdError::Corrupted {
            path: self.path.to_path_buf(),
            detail,
        }
    }

    /// Checks the superblock fields the reader does not: the end-of-file address against the
    /// file's length (the stored address is absolute when the stored base address is where the
    /// superblock sits, as libhdf5 writes it; a superblock moved behind a user block shifts it
    /// by the difference, as libhdf5 reads it) and the status flags.
    fn check_superblock(&self, file: &Hdf5File, len: u64) -> Result<(), ShdError> {
        let sb = file.superblock();
        let found_at = sb.base_address;
        // Where the stored base address sits in each superblock version.
        let base_pos: u64 = match sb.version {
            0 => 24,
            1 => 28,
            _ => 12,
        };
        let size = usize::from(sb.offset_size);
        let raw = file
            .storage()
            .read_range(base_pos, size)
            .map_err(|e| self.read_error("/", e))?;
        let stored_base = raw
            .iter()
            .rev()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
        let eof = i128::from(sb.eof_address) - i128::from(stored_base) + i128::from(found_at);
        if eof <= i128::from(found_at) {
            return Err(self.corrupted(format!(
                "the superblock's end-of-file address {} is not past its base address {stored_base}",
                sb.eof_address
            )));
        }
        if eof > i128::from(len) {
            return Err(self.truncated(format!(
                "the superblock says the file ends at byte {eof}, but it has only {len} bytes"
            )));
        }
        let flags = sb.consistency_flags;
        if flags & !KNOWN_STATUS_FLAGS != 0 {
            return Err(self.corrupted(format!(
                "superblock status flags {flags:#x} have bits outside {KNOWN_STATUS_FLAGS:#x} set"
            )));
        }
        Ok(())
    }

    /// Maps a reader error; running off the end of the data means truncation, unless the file
    /// has its full length (then an address is damaged).
    fn read_error(&self, dataset: &'static str, e: H5Error) -> ShdError {
        if let Some(file) = self.external_link() {
            return ShdError::ExternalLink {
                path: self.path.to_path_buf(),
                dataset,
                file,
            };
        }
        match innermost(&e) {
            H5Error::UnexpectedEof { .. } | H5Error::OffsetOutOfBounds(_) if self.full_length => {
                self.corrupted(format!(
                    "reading `{dataset}`: {e} (the file has the length its superblock records, \
                     so an address inside it is damaged)"
                ))
            }
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

    /// The file named by the first external link met, if any.
    fn external_link(&self) -> Option<String> {
        let links = self.links.as_ref()?;
        links.seen.lock().ok()?.clone()
    }

    fn dataset(&self, file: &Hdf5File, name: &'static str) -> Result<Dataset, ShdError> {
        let ds = file.dataset(name).map_err(|e| match innermost(&e) {
            H5Error::DatasetNotFound(_) | H5Error::GroupNotFound(_) => self.not_found(file, name),
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

    /// Why `name` was not found: absent, or another kind of object (a group where the dataset
    /// should be, or a dataset where its group should be).
    fn not_found(&self, file: &Hdf5File, name: &'static str) -> ShdError {
        let wrong = |name: &str, found, expected| ShdError::WrongObject {
            path: self.path.to_path_buf(),
            name: name.to_string(),
            found,
            expected,
        };
        if file.group(name).is_ok() {
            return wrong(name, "a group", "a dataset");
        }
        if let Some((parent, _)) = name.rsplit_once('/')
            && file.dataset(parent).is_ok()
        {
            return wrong(parent, "a dataset", "a group");
        }
        ShdError::MissingDataset {
            path: self.path.to_path_buf(),
            dataset: name,
        }
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
