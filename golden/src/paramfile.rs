//! Parameter files: the learned memories of a tile together with the configuration they belong
//! to, in a small, versioned, checksummed binary format (extension `.dtp` by convention).
//!
//! # Format, version 1
//!
//! All integers are little-endian. Offsets are in bytes from the start of the file.
//!
//! | Offset | Field | Size | Contents |
//! |---|---|---|---|
//! | 0 | magic | 8 | the ASCII bytes `DTPARAMS` |
//! | 8 | version | 4 | `u32`, format version, `1` |
//! | 12 | kind | 1 | `u8`, numeric kind of the values: `0` = fixed point (`i32`, [`Params`]), `1` = float (`f64`, [`FloatParams`]) |
//! | 13 | config length | 4 | `u32`, byte length `n` of the configuration text |
//! | 17 | config | `n` | the [`Config`] the parameters belong to, as TOML, UTF-8 ([`Config::to_toml`]) |
//! | 17 + `n` | memories | | six memories in the order `w`, `d`, `a`, `u`, `b`, `fb`; each is a `u32` count `c` followed by `c` values, each an `i32` (kind 0) or an `f64` (kind 1, IEEE 754 bits) |
//! | end - 8 | checksum | 8 | `u64`, 64-bit FNV-1a of every byte before it (offset basis `0xcbf29ce484222325`, prime `0x100000001b3`) |
//!
//! The memories are those of [`Params`]: `w` input and recurrent weights `[hidden][sources]`,
//! `d` synaptic delays `[hidden][sources]`, `a` axonal delays `[sources]`, `u` readout weights
//! `[outputs][hidden]`, `b` readout biases `[outputs]`, `fb` random feedback `[hidden][outputs]`.
//! Fixed-point values are in the formats of the configuration's `widths` (weights, readout
//! weights, biases and feedback with `weight_frac` fraction bits; delays unsigned with
//! `delay_frac` fraction bits); float values are in threshold units and steps.
//! Nothing follows the checksum.
//!
//! # Loading
//!
//! [`load`] checks, in this order: the magic, the version (only version 1 is read), the kind,
//! the layout (every length fits in the file: otherwise the file is reported as truncated), the
//! checksum, that nothing follows it, the configuration (parsed and validated like a
//! configuration file), and [`check_shapes`]: every memory has the length the configuration
//! implies and every value lies in its range (fixed point: within its bit width; float: finite
//! and within the same real range). Every error names the file and what was wrong, with the
//! value found and the one expected; nothing panics on any input. A file with a newer version is
//! refused, not guessed at: any change of the layout bumps the version.
//!
//! # Saving
//!
//! [`save`] refuses parameters that would not load (invalid configuration, wrong shapes,
//! out-of-range values), writes a temporary file in the destination's directory and renames it
//! over the destination, so a failure never leaves a partial file.

use crate::config::{Config, ConfigError};
use crate::params::{FloatParams, Kind, Params};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The first eight bytes of every parameter file.
pub const MAGIC: [u8; 8] = *b"DTPARAMS";
/// The format version [`save`] writes and [`load`] reads.
pub const VERSION: u32 = 1;
/// `kind` byte of fixed-point (`i32`) parameters.
pub const KIND_FIXED: u8 = 0;
/// `kind` byte of float (`f64`) parameters.
pub const KIND_FLOAT: u8 = 1;

/// Parameters of either numeric kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// Fixed-point memories of the golden model (and the RTL).
    Fixed(Params),
    /// Real-valued memories of the float reference.
    Float(FloatParams),
}

impl Stored {
    /// The `kind` byte of the file format.
    pub fn kind_byte(&self) -> u8 {
        match self {
            Stored::Fixed(_) => KIND_FIXED,
            Stored::Float(_) => KIND_FLOAT,
        }
    }

    /// `"fixed"` or `"float"`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Stored::Fixed(_) => "fixed",
            Stored::Float(_) => "float",
        }
    }

    /// The length of each memory, in file order.
    pub fn lens(&self) -> [(Kind, usize); 6] {
        let l = match self {
            Stored::Fixed(p) => [
                p.w.len(),
                p.d.len(),
                p.a.len(),
                p.u.len(),
                p.b.len(),
                p.fb.len(),
            ],
            Stored::Float(p) => [
                p.w.len(),
                p.d.len(),
                p.a.len(),
                p.u.len(),
                p.b.len(),
                p.fb.len(),
            ],
        };
        std::array::from_fn(|i| (MEMORIES[i], l[i]))
    }
}

/// The memories in file order.
pub const MEMORIES: [Kind; 6] = [
    Kind::Weight,
    Kind::SynapticDelay,
    Kind::AxonalDelay,
    Kind::Readout,
    Kind::Bias,
    Kind::Feedback,
];

/// The field name of a memory in [`Params`] and in this format.
pub fn field_name(k: Kind) -> &'static str {
    match k {
        Kind::Weight => "w",
        Kind::SynapticDelay => "d",
        Kind::AxonalDelay => "a",
        Kind::Readout => "u",
        Kind::Bias => "b",
        Kind::Feedback => "fb",
    }
}

/// `w (weights)`, for messages.
fn mem(k: &Kind) -> String {
    let k = *k;
    format!("{} ({})", field_name(k), k.name())
}

/// `path: ` or nothing, for messages of checks that may run without a file.
fn at(path: &Option<PathBuf>) -> String {
    match path {
        Some(p) => format!("{}: ", p.display()),
        None => String::new(),
    }
}

fn show_bytes(b: &[u8]) -> String {
    let mut s = String::from("\"");
    for &c in b {
        if c.is_ascii_graphic() || c == b' ' {
            s.push(c as char);
        } else {
            let _ = write!(s, "\\x{c:02x}");
        }
    }
    s.push('"');
    s
}

/// Everything that can go wrong saving or loading a parameter file. Every message names the
/// file (when there is one) and, for data errors, the field, what was found and what was
/// expected.
#[derive(thiserror::Error, Debug)]
pub enum ParamFileError {
    /// Reading, writing or renaming failed.
    #[error("{}: cannot {op} parameter file: {source}", .path.display())]
    Io {
        path: PathBuf,
        op: &'static str,
        #[source]
        source: std::io::Error,
    },

    /// The file does not start with `DTPARAMS`.
    #[error("{}: not a delaytile parameter file: starts with {}, expected magic \"DTPARAMS\"", .path.display(), show_bytes(.found))]
    BadMagic { path: PathBuf, found: Vec<u8> },

    /// The format version is not one this build reads.
    #[error("{}: parameter file format version {found} is not supported, expected version {supported}", .path.display())]
    UnsupportedVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    /// The `kind` byte is neither 0 (fixed) nor 1 (float).
    #[error("{}: numeric kind byte at offset 12 is {found}, expected 0 (fixed-point i32) or 1 (float f64)", .path.display())]
    UnknownKind { path: PathBuf, found: u8 },

    /// The file ends before a field it must contain (or a length field is corrupted).
    #[error("{}: truncated parameter file: {what} at offset {offset} needs {needed} byte(s) but only {available} remain (file is {file_len} bytes; truncated, or a length field is corrupted)", .path.display())]
    Truncated {
        path: PathBuf,
        what: String,
        offset: u64,
        needed: u64,
        available: u64,
        file_len: u64,
    },

    /// The stored checksum does not match the contents.
    #[error("{}: checksum mismatch: stored FNV-1a {stored:#018x}, computed {computed:#018x} over the first {covered} bytes; the file is corrupted", .path.display())]
    Checksum {
        path: PathBuf,
        stored: u64,
        computed: u64,
        covered: u64,
    },

    /// Bytes follow the checksum.
    #[error("{}: {extra} unexpected bytes after the checksum at offset {offset}, expected the file to end there", .path.display())]
    TrailingBytes {
        path: PathBuf,
        offset: u64,
        extra: u64,
    },

    /// The configuration in the file (or the one given to [`save`]) does not parse or validate.
    #[error("{}: invalid configuration in parameter file: {source}", .path.display())]
    BadConfig {
        path: PathBuf,
        #[source]
        source: ConfigError,
    },

    /// A memory's length disagrees with the configuration.
    #[error("{}memory {} has {found} values, expected {expected} ({why})", at(.path), mem(.memory))]
    Shape {
        path: Option<PathBuf>,
        memory: Kind,
        found: usize,
        expected: usize,
        /// How the expected length follows from the configuration.
        why: String,
    },

    /// A value lies outside the range its format can hold.
    #[error("{}memory {} index {index}: value {value} is out of range, expected {min} ..= {max} ({why})", at(.path), mem(.memory))]
    OutOfRange {
        path: Option<PathBuf>,
        memory: Kind,
        index: usize,
        /// The value (fixed-point values are integers, exact as `f64`).
        value: f64,
        min: f64,
        max: f64,
        why: String,
    },
}

impl ParamFileError {
    /// Attach `path` to a shape or range error from [`check_shapes`].
    fn with_path(mut self, p: &Path) -> Self {
        if let ParamFileError::Shape { path, .. } | ParamFileError::OutOfRange { path, .. } =
            &mut self
        {
            *path = Some(p.to_path_buf());
        }
        self
    }
}

/// 64-bit FNV-1a.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    crate::cache::fnv1a64_update(crate::cache::FNV_OFFSET, bytes)
}

/// Expected length of each memory for `cfg`, in file order, with the reason.
fn expected_lens(cfg: &Config) -> [(Kind, usize, String); 6] {
    let n = &cfg.network;
    let (s, h, o) = (cfg.sources(), n.hidden, n.outputs);
    let mode = n.delay_mode;
    let sources = if n.recurrent {
        format!("sources {s} = inputs {} + hidden {h}", n.inputs)
    } else {
        format!("sources {s} = inputs {}", n.inputs)
    };
    let why = |k: Kind| match k {
        Kind::Weight => format!("hidden {h} x {sources}"),
        Kind::SynapticDelay if mode.has_synaptic() => {
            format!("delay_mode {mode:?}: hidden {h} x {sources}")
        }
        Kind::SynapticDelay => format!("delay_mode {mode:?} has no synaptic delays"),
        Kind::AxonalDelay if mode.has_axonal() => format!("delay_mode {mode:?}: {sources}"),
        Kind::AxonalDelay => format!("delay_mode {mode:?} has no axonal delays"),
        Kind::Readout => format!("outputs {o} x hidden {h}"),
        Kind::Bias => format!("outputs {o}"),
        Kind::Feedback if cfg.learning.feedback == crate::config::Feedback::Random => {
            format!("random feedback: hidden {h} x outputs {o}")
        }
        Kind::Feedback => "symmetric feedback stores no feedback matrix".to_string(),
    };
    // The lengths are the memories' entries in the golden model's order
    // (`MemoryId::logical_entries`, the one entry rule).
    MEMORIES.map(|k| (k, k.memory().logical_entries(cfg) as usize, why(k)))
}

/// Checks that `p` fits `cfg`: every memory has the length the configuration implies (`w`, `d`:
/// hidden x sources, `d` empty without synaptic delays; `a`: sources or empty; `u`: outputs x
/// hidden; `b`: outputs; `fb`: hidden x outputs with random feedback, else empty), every
/// fixed-point value lies within its bit width (weights, readout weights, biases and feedback in
/// `[-2^(wb-1), 2^(wb-1)-1]`, delays in `[0, (D-1) << delay_frac]`), and every float value is
/// finite and within the same real range.
pub fn check_shapes(cfg: &Config, p: &Stored) -> Result<(), ParamFileError> {
    for ((kind, found), (_, expected, why)) in p.lens().into_iter().zip(expected_lens(cfg)) {
        if found != expected {
            return Err(ParamFileError::Shape {
                path: None,
                memory: kind,
                found,
                expected,
                why,
            });
        }
    }
    let w = &cfg.widths;
    let (wmin, wmax) = crate::format::signed_range(w.weight_bits);
    let (wmin, wmax) = (i64::from(wmin), i64::from(wmax));
    let dmax = i64::from(crate::format::Formats::delay_limit(cfg));
    let is_delay = |k: Kind| matches!(k, Kind::SynapticDelay | Kind::AxonalDelay);
    let why = |k: Kind| {
        if is_delay(k) {
            format!(
                "unsigned delays of max_delay {} steps with delay_frac {}",
                cfg.network.max_delay, w.delay_frac
            )
        } else {
            format!(
                "weight_bits {}, weight_frac {}",
                w.weight_bits, w.weight_frac
            )
        }
    };
    match p {
        Stored::Fixed(q) => {
            let mems: [&[i32]; 6] = [&q.w, &q.d, &q.a, &q.u, &q.b, &q.fb];
            for (kind, vals) in MEMORIES.into_iter().zip(mems) {
                let (lo, hi) = if is_delay(kind) {
                    (0, dmax)
                } else {
                    (wmin, wmax)
                };
                if let Some(i) = vals
                    .iter()
                    .position(|&v| (v as i64) < lo || (v as i64) > hi)
                {
                    return Err(ParamFileError::OutOfRange {
                        path: None,
                        memory: kind,
                        index: i,
                        value: f64::from(vals[i]),
                        min: lo as f64,
                        max: hi as f64,
                        why: why(kind),
                    });
                }
            }
        }
        Stored::Float(q) => {
            let mems: [&[f64]; 6] = [&q.w, &q.d, &q.a, &q.u, &q.b, &q.fb];
            let ws = (1u64 << w.weight_frac) as f64;
            for (kind, vals) in MEMORIES.into_iter().zip(mems) {
                let (lo, hi) = if is_delay(kind) {
                    (0.0, (cfg.network.max_delay - 1) as f64)
                } else {
                    (wmin as f64 / ws, wmax as f64 / ws)
                };
                if let Some(i) = vals
                    .iter()
                    .position(|&v| !v.is_finite() || v < lo || v > hi)
                {
                    return Err(ParamFileError::OutOfRange {
                        path: None,
                        memory: kind,
                        index: i,
                        value: vals[i],
                        min: lo,
                        max: hi,
                        why: why(kind),
                    });
                }
            }
        }
    }
    Ok(())
}

/// The bytes of a parameter file (without any checks).
pub fn encode(cfg: &Config, p: &Stored) -> Vec<u8> {
    let text = cfg.to_toml();
    let mut out = Vec::with_capacity(64 + text.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.push(p.kind_byte());
    out.extend_from_slice(&(text.len() as u32).to_le_bytes());
    out.extend_from_slice(text.as_bytes());
    match p {
        Stored::Fixed(q) => {
            for m in [&q.w, &q.d, &q.a, &q.u, &q.b, &q.fb] {
                out.extend_from_slice(&(m.len() as u32).to_le_bytes());
                for v in m.iter() {
                    out.extend_from_slice(&v.to_le_bytes());
                }
            }
        }
        Stored::Float(q) => {
            for m in [&q.w, &q.d, &q.a, &q.u, &q.b, &q.fb] {
                out.extend_from_slice(&(m.len() as u32).to_le_bytes());
                for v in m.iter() {
                    out.extend_from_slice(&v.to_le_bytes());
                }
            }
        }
    }
    let sum = fnv1a64(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// Writes `p` with its configuration to `path`, atomically (a temporary file in the same
/// directory, renamed over `path`). Refuses an invalid configuration or parameters that do not
/// fit it.
pub fn save(path: &Path, cfg: &Config, p: &Stored) -> Result<(), ParamFileError> {
    let bytes = encode_checked(path, cfg, p)?;
    crate::atomic::write_bytes(path, &bytes, |op, source| ParamFileError::Io {
        path: path.to_path_buf(),
        op,
        source,
    })
}

/// The bytes [`save`] writes, after the same checks; `path` is only for messages.
pub fn encode_checked(path: &Path, cfg: &Config, p: &Stored) -> Result<Vec<u8>, ParamFileError> {
    cfg.validate().map_err(|source| ParamFileError::BadConfig {
        path: path.to_path_buf(),
        source,
    })?;
    check_shapes(cfg, p).map_err(|e| e.with_path(path))?;
    // Lengths are stored as u32.
    for (kind, n) in p.lens() {
        if u32::try_from(n).is_err() {
            return Err(ParamFileError::Shape {
                path: Some(path.to_path_buf()),
                memory: kind,
                found: n,
                expected: u32::MAX as usize,
                why: "the format stores counts as u32".into(),
            });
        }
    }
    Ok(encode(cfg, p))
}

/// The checksum stored at the end of a parameter file's bytes (0 if too short to hold one).
pub fn stored_checksum(bytes: &[u8]) -> u64 {
    match bytes.len().checked_sub(8) {
        Some(n) => u64::from_le_bytes(std::array::from_fn(|i| bytes[n + i])),
        None => 0,
    }
}

/// A cursor over the file's bytes that reports truncation with the field's name.
struct Reader<'a> {
    path: &'a Path,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: u64, what: impl FnOnce() -> String) -> Result<&'a [u8], ParamFileError> {
        let available = (self.bytes.len() - self.pos) as u64;
        if n > available {
            return Err(ParamFileError::Truncated {
                path: self.path.to_path_buf(),
                what: what(),
                offset: self.pos as u64,
                needed: n,
                available,
                file_len: self.bytes.len() as u64,
            });
        }
        let out = &self.bytes[self.pos..self.pos + n as usize];
        self.pos += n as usize;
        Ok(out)
    }

    fn u32(&mut self, what: impl FnOnce() -> String) -> Result<u32, ParamFileError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// Reads a parameter file: its configuration (validated) and its parameters (checked against
/// the configuration with [`check_shapes`]).
pub fn load(path: &Path) -> Result<(Config, Stored), ParamFileError> {
    let bytes = std::fs::read(path).map_err(|source| ParamFileError::Io {
        path: path.to_path_buf(),
        op: "read",
        source,
    })?;
    decode(path, &bytes)
}

/// Parses the bytes of a parameter file; `path` is only for messages.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<(Config, Stored), ParamFileError> {
    let pb = || path.to_path_buf();
    // Magic: a short file that is a prefix of the magic is truncated, anything else is foreign.
    let head = &bytes[..bytes.len().min(MAGIC.len())];
    if head != &MAGIC[..head.len()] {
        return Err(ParamFileError::BadMagic {
            path: pb(),
            found: head.to_vec(),
        });
    }
    let mut r = Reader {
        path,
        bytes,
        pos: 0,
    };
    r.take(MAGIC.len() as u64, || "magic \"DTPARAMS\"".into())?;
    let version = r.u32(|| "format version (u32)".into())?;
    if version != VERSION {
        return Err(ParamFileError::UnsupportedVersion {
            path: pb(),
            found: version,
            supported: VERSION,
        });
    }
    let kind = r.take(1, || "numeric kind (u8)".into())?[0];
    let size: u64 = match kind {
        KIND_FIXED => 4,
        KIND_FLOAT => 8,
        found => return Err(ParamFileError::UnknownKind { path: pb(), found }),
    };
    let text_len = r.u32(|| "configuration length (u32)".into())?;
    let text = r.take(text_len.into(), || {
        format!("configuration text ({text_len} bytes)")
    })?;
    let mut raw: Vec<&[u8]> = Vec::with_capacity(6);
    for k in MEMORIES {
        let n = r.u32(|| format!("count of memory {} (u32)", mem(&k)))?;
        let v = r.take(u64::from(n) * size, || {
            format!("{n} values of memory {} ({size} bytes each)", mem(&k))
        })?;
        raw.push(v);
    }
    let covered = r.pos;
    let stored = r.take(8, || "checksum (u64)".into())?;
    let stored = u64::from_le_bytes(stored.try_into().expect("8 bytes"));
    let computed = fnv1a64(&bytes[..covered]);
    if stored != computed {
        return Err(ParamFileError::Checksum {
            path: pb(),
            stored,
            computed,
            covered: covered as u64,
        });
    }
    if r.pos != bytes.len() {
        return Err(ParamFileError::TrailingBytes {
            path: pb(),
            offset: r.pos as u64,
            extra: (bytes.len() - r.pos) as u64,
        });
    }

    let bad_config = |source| ParamFileError::BadConfig { path: pb(), source };
    let text = std::str::from_utf8(text).map_err(|e| {
        bad_config(ConfigError::Parse {
            path: path.display().to_string(),
            message: format!("embedded configuration is not UTF-8: {e}"),
        })
    })?;
    let origin = format!("{} (embedded configuration)", path.display());
    let cfg = Config::from_toml_str(text, &origin).map_err(bad_config)?;

    let stored = if kind == KIND_FIXED {
        let v: Vec<Vec<i32>> = raw
            .iter()
            .map(|m| {
                m.chunks_exact(4)
                    .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                    .collect()
            })
            .collect();
        let [w, d, a, u, b, fb]: [Vec<i32>; 6] = v.try_into().expect("six memories");
        Stored::Fixed(Params { w, d, a, u, b, fb })
    } else {
        let v: Vec<Vec<f64>> = raw
            .iter()
            .map(|m| {
                m.chunks_exact(8)
                    .map(|c| f64::from_le_bytes(c.try_into().expect("8 bytes")))
                    .collect()
            })
            .collect();
        let [w, d, a, u, b, fb]: [Vec<f64>; 6] = v.try_into().expect("six memories");
        Stored::Float(FloatParams { w, d, a, u, b, fb })
    };
    check_shapes(&cfg, &stored).map_err(|e| e.with_path(path))?;
    Ok((cfg, stored))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{DelayMode, Feedback};
    use crate::format::Formats;
    use crate::rng::SplitMix64;
    use tempfile::TempDir;

    /// A small configuration with every memory non-empty.
    fn small_cfg() -> Config {
        let mut cfg = Config::default();
        cfg.network.inputs = 5;
        cfg.network.hidden = 4;
        cfg.network.outputs = 3;
        cfg.network.max_delay = 8;
        cfg.network.delay_mode = DelayMode::Both;
        cfg.learning.feedback = Feedback::Random;
        cfg.validate().unwrap();
        cfg
    }

    /// Random in-range fixed-point parameters of the right shapes.
    fn random_fixed(cfg: &Config, seed: u64) -> Params {
        let f = Formats::new(cfg).unwrap();
        let mut p = Params::init(cfg, &f);
        let mut rng = SplitMix64::new(seed);
        let span_w = (f.w_max - f.w_min + 1) as u64;
        for m in [&mut p.w, &mut p.u, &mut p.b, &mut p.fb] {
            for v in m.iter_mut() {
                *v = f.w_min + rng.below(span_w) as i32;
            }
        }
        for m in [&mut p.d, &mut p.a] {
            for v in m.iter_mut() {
                *v = rng.below(f.delay_max as u64 + 1) as i32;
            }
        }
        p
    }

    fn random_float(cfg: &Config, seed: u64) -> FloatParams {
        let mut p = random_fixed(cfg, seed).to_float(cfg);
        // Off the fixed-point grid, to exercise all 64 bits.
        let mut rng = SplitMix64::new(seed ^ 99);
        for m in [&mut p.w, &mut p.u, &mut p.b, &mut p.fb] {
            for v in m.iter_mut() {
                *v = (*v * 0.999 + rng.uniform(1e-3)).clamp(-2.0, 1.984375);
            }
        }
        for m in [&mut p.d, &mut p.a] {
            for v in m.iter_mut() {
                *v = (*v + rng.next_f64() * 0.1).min(7.0);
            }
        }
        p
    }

    #[test]
    fn round_trip_both_kinds_and_delay_modes() {
        let dir = TempDir::new().unwrap();
        for (i, mode) in [
            DelayMode::None,
            DelayMode::Axonal,
            DelayMode::Synaptic,
            DelayMode::Both,
        ]
        .into_iter()
        .enumerate()
        {
            let mut cfg = small_cfg();
            cfg.network.delay_mode = mode;
            cfg.network.recurrent = i % 2 == 0;
            cfg.learning.feedback = if i < 2 {
                Feedback::Random
            } else {
                Feedback::Symmetric
            };
            cfg.neuron.alpha = 0.937_5 + i as f64 * 1e-3; // not a short decimal
            for seed in 0..3 {
                let path = dir.path().join(format!("p{i}_{seed}.dtp"));
                let fixed = Stored::Fixed(random_fixed(&cfg, seed));
                save(&path, &cfg, &fixed).unwrap();
                let (c2, p2) = load(&path).unwrap();
                assert_eq!(c2, cfg);
                assert_eq!(p2, fixed);

                let float = Stored::Float(random_float(&cfg, seed));
                save(&path, &cfg, &float).unwrap();
                let (c3, p3) = load(&path).unwrap();
                assert_eq!(c3, cfg);
                match (&p3, &float) {
                    (Stored::Float(a), Stored::Float(b)) => {
                        // Bit-exact, not just equal.
                        let bits = |p: &FloatParams| {
                            [&p.w, &p.d, &p.a, &p.u, &p.b, &p.fb]
                                .iter()
                                .flat_map(|m| m.iter().map(|x| x.to_bits()))
                                .collect::<Vec<_>>()
                        };
                        assert_eq!(bits(a), bits(b));
                    }
                    _ => panic!("kind changed: {p3:?}"),
                }
            }
        }
        // Nothing but the saved files is left in the directory (no temporary files).
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names
                .iter()
                .all(|n| n.ends_with(".dtp") && !n.starts_with('.')),
            "{names:?}"
        );
    }

    #[test]
    fn layout_matches_the_documented_format() {
        let cfg = small_cfg();
        let p = random_fixed(&cfg, 5);
        let bytes = encode(&cfg, &Stored::Fixed(p.clone()));
        assert_eq!(&bytes[..8], b"DTPARAMS");
        assert_eq!(u32::from_le_bytes(bytes[8..12].try_into().unwrap()), 1);
        assert_eq!(bytes[12], KIND_FIXED);
        let n = u32::from_le_bytes(bytes[13..17].try_into().unwrap()) as usize;
        assert_eq!(
            std::str::from_utf8(&bytes[17..17 + n]).unwrap(),
            cfg.to_toml()
        );
        let mut pos = 17 + n;
        for m in [&p.w, &p.d, &p.a, &p.u, &p.b, &p.fb] {
            let c = u32::from_le_bytes(bytes[pos..pos + 4].try_into().unwrap()) as usize;
            assert_eq!(c, m.len());
            pos += 4;
            for &v in m.iter() {
                assert_eq!(
                    i32::from_le_bytes(bytes[pos..pos + 4].try_into().unwrap()),
                    v
                );
                pos += 4;
            }
        }
        assert_eq!(pos + 8, bytes.len());
        let sum = u64::from_le_bytes(bytes[pos..].try_into().unwrap());
        assert_eq!(sum, fnv1a64(&bytes[..pos]));
        // Known FNV-1a vectors.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn every_truncation_is_an_error_not_a_panic() {
        let mut cfg = small_cfg();
        cfg.network.inputs = 2;
        cfg.network.hidden = 2;
        cfg.network.outputs = 2;
        cfg.network.recurrent = false;
        for p in [
            Stored::Fixed(random_fixed(&cfg, 1)),
            Stored::Float(random_float(&cfg, 1)),
        ] {
            let bytes = encode(&cfg, &p);
            let path = Path::new("small.dtp");
            assert!(decode(path, &bytes).is_ok());
            for len in 0..bytes.len() {
                let err = decode(path, &bytes[..len]).expect_err("a truncated file loaded");
                assert!(
                    matches!(err, ParamFileError::Truncated { .. }),
                    "prefix {len}: {err}"
                );
                let msg = err.to_string();
                assert!(
                    msg.contains("small.dtp") && msg.contains("truncated"),
                    "{msg}"
                );
            }
        }
        // Through the file system too.
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("t.dtp");
        let bytes = encode(&cfg, &Stored::Fixed(random_fixed(&cfg, 2)));
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        let msg = load(&path).unwrap_err().to_string();
        assert!(msg.contains(&path.display().to_string()), "{msg}");
    }

    #[test]
    fn a_flipped_byte_is_a_checksum_error() {
        let cfg = small_cfg();
        let p = Stored::Fixed(random_fixed(&cfg, 3));
        let bytes = encode(&cfg, &p);
        let text_len = cfg.to_toml().len();
        let first_value = 17 + text_len + 4; // first value of w
        let path = Path::new("flip.dtp");
        // Configuration text, values and the checksum itself: always a checksum error.
        let w_end = first_value + 4 * cfg.network.hidden * cfg.sources();
        for pos in (17..17 + text_len)
            .chain(first_value..w_end)
            .chain(bytes.len() - 8..bytes.len())
        {
            for bit in [0x01u8, 0x80] {
                let mut b = bytes.clone();
                b[pos] ^= bit;
                match decode(path, &b) {
                    Err(ParamFileError::Checksum { .. }) => {}
                    other => panic!("byte {pos} ^ {bit:#x}: {other:?}"),
                }
            }
        }
        // Any byte at all: an error, never a panic, never a silent load.
        for pos in 0..bytes.len() {
            let mut b = bytes.clone();
            b[pos] ^= 0x10;
            assert!(decode(path, &b).is_err(), "byte {pos} flipped and loaded");
        }
        let mut b = bytes.clone();
        b[first_value] ^= 1;
        let msg = decode(path, &b).unwrap_err().to_string();
        assert!(
            msg.contains("flip.dtp") && msg.contains("checksum"),
            "{msg}"
        );
    }

    #[test]
    fn wrong_magic_version_kind_and_trailing_bytes() {
        let cfg = small_cfg();
        let bytes = encode(&cfg, &Stored::Fixed(random_fixed(&cfg, 4)));
        let path = Path::new("v.dtp");

        let mut b = bytes.clone();
        b[8..12].copy_from_slice(&2u32.to_le_bytes());
        let err = decode(path, &b).unwrap_err();
        assert!(
            matches!(
                err,
                ParamFileError::UnsupportedVersion {
                    found: 2,
                    supported: 1,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.to_string().contains("version 2"), "{err}");

        let err = decode(path, b"GIF89a\0\0 and more").unwrap_err();
        assert!(matches!(err, ParamFileError::BadMagic { .. }), "{err:?}");
        assert!(err.to_string().contains("GIF89a"), "{err}");
        assert!(matches!(
            decode(path, b"").unwrap_err(),
            ParamFileError::Truncated { .. }
        ));

        let mut b = bytes.clone();
        b[12] = 7;
        let err = decode(path, &b).unwrap_err();
        assert!(
            matches!(err, ParamFileError::UnknownKind { found: 7, .. }),
            "{err:?}"
        );

        let mut b = bytes.clone();
        b.extend_from_slice(b"xyz");
        let err = decode(path, &b).unwrap_err();
        assert!(
            matches!(err, ParamFileError::TrailingBytes { extra: 3, .. }),
            "{err:?}"
        );
    }

    /// Re-encode with a valid checksum so that the content checks are reached.
    fn reencode_with(cfg_text: &str, p: &Params) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.push(KIND_FIXED);
        out.extend_from_slice(&(cfg_text.len() as u32).to_le_bytes());
        out.extend_from_slice(cfg_text.as_bytes());
        for m in [&p.w, &p.d, &p.a, &p.u, &p.b, &p.fb] {
            out.extend_from_slice(&(m.len() as u32).to_le_bytes());
            for v in m.iter() {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        let sum = fnv1a64(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    #[test]
    fn shape_mismatch_names_the_memory() {
        let cfg = small_cfg();
        let good = random_fixed(&cfg, 6);
        assert!(check_shapes(&cfg, &Stored::Fixed(good.clone())).is_ok());

        let mut p = good.clone();
        p.u.pop();
        let err = check_shapes(&cfg, &Stored::Fixed(p.clone())).unwrap_err();
        match &err {
            ParamFileError::Shape {
                memory,
                found,
                expected,
                ..
            } => {
                assert_eq!(*memory, Kind::Readout);
                assert_eq!(*found, 11);
                assert_eq!(*expected, 12);
            }
            other => panic!("{other:?}"),
        }
        let msg = err.to_string();
        assert!(
            msg.contains("u (readout_weights)") && msg.contains("11") && msg.contains("12"),
            "{msg}"
        );

        // From a file: the path is named too.
        let path = Path::new("shape.dtp");
        let err = decode(path, &reencode_with(&cfg.to_toml(), &p)).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("shape.dtp: memory u"), "{msg}");

        // Symmetric feedback stores no fb; synaptic delays absent with axonal-only delays.
        let mut sym = cfg.clone();
        sym.learning.feedback = Feedback::Symmetric;
        let err = check_shapes(&sym, &Stored::Fixed(good.clone())).unwrap_err();
        assert!(
            matches!(
                err,
                ParamFileError::Shape {
                    memory: Kind::Feedback,
                    expected: 0,
                    ..
                }
            ),
            "{err:?}"
        );
        let mut ax = cfg.clone();
        ax.network.delay_mode = DelayMode::Axonal;
        let err = check_shapes(&ax, &Stored::Fixed(good.clone())).unwrap_err();
        assert!(
            matches!(
                err,
                ParamFileError::Shape {
                    memory: Kind::SynapticDelay,
                    expected: 0,
                    ..
                }
            ),
            "{err:?}"
        );
        // Float parameters are checked alike.
        let mut fp = good.to_float(&cfg);
        fp.a.push(0.0);
        let err = check_shapes(&cfg, &Stored::Float(fp)).unwrap_err();
        assert!(
            matches!(
                err,
                ParamFileError::Shape {
                    memory: Kind::AxonalDelay,
                    found: 10,
                    expected: 9,
                    ..
                }
            ),
            "{err:?}"
        );

        // save refuses what load would refuse, and leaves no file.
        let dir = TempDir::new().unwrap();
        let out = dir.path().join("x.dtp");
        assert!(save(&out, &cfg, &Stored::Fixed(p)).is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn out_of_range_values_are_refused() {
        let cfg = small_cfg();
        let f = Formats::new(&cfg).unwrap();
        let dmax = f.delay_max;
        let good = random_fixed(&cfg, 7);
        type Edit = Box<dyn Fn(&mut Params)>;
        let cases: [(Kind, Edit); 4] = [
            (Kind::Weight, Box::new(|p| p.w[3] = 128)),
            (Kind::Bias, Box::new(|p| p.b[0] = -129)),
            (Kind::SynapticDelay, Box::new(move |p| p.d[2] = dmax + 1)),
            (Kind::AxonalDelay, Box::new(|p| p.a[1] = -1)),
        ];
        for (kind, edit) in cases {
            let mut p = good.clone();
            edit(&mut p);
            let err = check_shapes(&cfg, &Stored::Fixed(p.clone())).unwrap_err();
            assert!(
                matches!(&err, ParamFileError::OutOfRange { memory, .. } if *memory == kind),
                "{err:?}"
            );
            let err = decode(Path::new("r.dtp"), &reencode_with(&cfg.to_toml(), &p)).unwrap_err();
            assert!(err.to_string().contains(kind.name()), "{err}");
        }
        // Limits themselves are fine.
        let mut p = good.clone();
        p.w[0] = 127;
        p.w[1] = -128;
        p.d[0] = f.delay_max;
        p.a[0] = 0;
        assert!(check_shapes(&cfg, &Stored::Fixed(p)).is_ok());
        // Non-finite floats are refused.
        let mut fp = good.to_float(&cfg);
        fp.u[0] = f64::NAN;
        let err = check_shapes(&cfg, &Stored::Float(fp)).unwrap_err();
        assert!(
            matches!(
                err,
                ParamFileError::OutOfRange {
                    memory: Kind::Readout,
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn bad_embedded_config_is_a_config_error() {
        let cfg = small_cfg();
        let p = random_fixed(&cfg, 8);
        let text = cfg.to_toml().replace("alpha = 0.95", "alpha = 1.5");
        assert!(text.contains("alpha = 1.5"));
        let err = decode(Path::new("c.dtp"), &reencode_with(&text, &p)).unwrap_err();
        assert!(matches!(err, ParamFileError::BadConfig { .. }), "{err:?}");
        let msg = err.to_string();
        assert!(
            msg.contains("c.dtp") && msg.contains("neuron.alpha") && msg.contains("1.5"),
            "{msg}"
        );

        let err = decode(Path::new("c.dtp"), &reencode_with("\u{0}[[[", &p)).unwrap_err();
        assert!(matches!(err, ParamFileError::BadConfig { .. }), "{err:?}");

        // save validates the configuration too.
        let mut bad = cfg.clone();
        bad.neuron.alpha = 2.0;
        let dir = TempDir::new().unwrap();
        let err = save(&dir.path().join("b.dtp"), &bad, &Stored::Fixed(p)).unwrap_err();
        assert!(matches!(err, ParamFileError::BadConfig { .. }), "{err:?}");
    }

    #[test]
    fn io_errors_name_the_file() {
        let dir = TempDir::new().unwrap();
        let missing = dir.path().join("missing.dtp");
        let err = load(&missing).unwrap_err();
        assert!(matches!(err, ParamFileError::Io { .. }), "{err:?}");
        assert!(err.to_string().contains("missing.dtp"), "{err}");
        let cfg = small_cfg();
        let p = Stored::Fixed(random_fixed(&cfg, 9));
        let err = save(&dir.path().join("no/such/dir/p.dtp"), &cfg, &p).unwrap_err();
        assert!(matches!(err, ParamFileError::Io { .. }), "{err:?}");
    }
}
