//! What can go wrong reading, mapping or writing a NIR file. Every message names the file and,
//! for a graph the tile cannot run, the node, its NIR type, the field, the value found and what
//! the tile supports.

use std::path::PathBuf;

#[derive(thiserror::Error, Debug)]
pub enum NirError {
    #[error("{}: cannot {op}: {source}", path.display())]
    Io {
        path: PathBuf,
        op: &'static str,
        source: std::io::Error,
    },
    /// The file is not HDF5, or an object NIR requires is missing or has the wrong type.
    #[error("{}: {object}: {detail}", path.display())]
    Hdf5 {
        path: PathBuf,
        object: String,
        detail: String,
    },
    /// A node the tile cannot run as it is.
    #[error("{}: node '{}' ({}): {} = {}; the tile supports {}", path.display(), r.node, r.kind, r.field, r.value, r.expected)]
    Unsupported { path: PathBuf, r: Box<Refusal> },
    /// The graph's shape (which nodes connect to which) is not the tile's.
    #[error("{}: graph: {found}; the tile supports {expected}", path.display())]
    Shape {
        path: PathBuf,
        found: String,
        expected: String,
    },
    /// A tile NIR cannot express (export).
    #[error("{}: config {field} = {value}: NIR cannot express it; expected {expected}", path.display())]
    Inexpressible {
        path: PathBuf,
        field: &'static str,
        value: String,
        expected: String,
    },
    #[error("{}: writing HDF5: {detail}", path.display())]
    Write { path: PathBuf, detail: String },
    #[error("{}: the mapped configuration is invalid: {source}", path.display())]
    Config {
        path: PathBuf,
        source: crate::config::ConfigError,
    },
}

/// Which node, which field, what it holds and what the tile supports instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub node: String,
    /// The node's NIR type.
    pub kind: String,
    pub field: String,
    pub value: String,
    pub expected: String,
}
