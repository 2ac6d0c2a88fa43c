//! Errors of the speech generator, the inspector and the baseline. Every message names the
//! program, file, option or field and the offending value.

use std::path::PathBuf;

use golden::shd::ShdError;

use crate::wav::WavError;

#[derive(thiserror::Error, Debug)]
pub enum SpeechError {
    /// `espeak-ng` could not be started.
    #[error(
        "cannot run `{program}`: {source}; install it (`apt-get install espeak-ng`, or \
         scripts/setup) or pass --espeak PATH"
    )]
    EspeakMissing {
        program: String,
        #[source]
        source: std::io::Error,
    },

    /// `espeak-ng` ran but failed or wrote nothing.
    #[error("`{command}` failed ({status}){}", stderr_suffix(.stderr))]
    EspeakFailed {
        command: String,
        status: String,
        stderr: String,
    },

    /// `espeak-ng` wrote something that is not the expected WAV.
    #[error("`{command}`: unexpected output: {source}")]
    Wav {
        command: String,
        #[source]
        source: WavError,
    },

    /// A command-line option has a value outside its range.
    #[error("{option} {value}: expected {expected}")]
    InvalidOption {
        option: &'static str,
        value: String,
        expected: String,
    },

    /// A file or directory cannot be created, written or renamed.
    #[error("cannot {op} {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        op: &'static str,
        #[source]
        source: std::io::Error,
    },

    /// Reading or writing an SHD file failed (the message names the file).
    #[error(transparent)]
    Shd(#[from] ShdError),

    /// A data file cannot be used for the requested operation.
    #[error("{}: {detail}", .path.display())]
    Data { path: PathBuf, detail: String },

    /// Encoding the raster PNG failed.
    #[error("{}: cannot encode PNG: {detail}", .path.display())]
    Png { path: PathBuf, detail: String },
}

fn stderr_suffix(stderr: &str) -> String {
    let s = stderr.trim();
    if s.is_empty() {
        String::new()
    } else {
        format!(": {s}")
    }
}
