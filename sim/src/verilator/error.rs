//! The one error type of the Verilator bindings: every failure of a build, a load or a bounded wait
//! comes back as a value, because a missing tool or a lint error must not abort a test run.

use std::path::PathBuf;

/// What went wrong while building, loading or driving a verilated model.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A program the build needs is not on this machine.
    #[error("`{program}` was not found ({source}): install it with `apt-get install {package}`")]
    MissingTool {
        /// The program as it was invoked.
        program: String,
        /// The Debian package that provides it.
        package: &'static str,
        /// The error of the spawn.
        source: std::io::Error,
    },
    /// A build command ran and failed (Verilator lint/syntax errors land here, with file:line).
    #[error("`{command}` failed ({status}); end of its output:\n{tail}")]
    Command {
        /// The command line, shortened to the program and its main arguments.
        command: String,
        /// The exit status, as printed by the OS.
        status: String,
        /// The last lines of its stderr (or stdout when stderr was empty).
        tail: String,
    },
    /// A file or directory of the cache could not be read or written.
    #[error("{what} {path}: {source}")]
    Io {
        /// What was being done.
        what: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Verilator's output did not look as expected (e.g. no `Vtop_classes.mk`).
    #[error("unexpected Verilator output in {path}: {detail}")]
    Generated {
        /// The file that was read.
        path: PathBuf,
        /// What was missing or malformed.
        detail: String,
    },
    /// The design's `top` does not have exactly the ports the shim drives.
    /// The text names the design (tile or board top) and every difference, `; `-separated.
    #[error("module `top` does not have the {0}")]
    Ports(String),
    /// dlopen or a symbol lookup failed.
    #[error("loading {path}: {source}")]
    Load {
        /// The shared library.
        path: PathBuf,
        /// libloading's error (it carries dlerror's text).
        source: libloading::Error,
    },
    /// The model could not be instantiated (allocation failed in C++).
    #[error("could not instantiate the model in {path}")]
    Instantiate {
        /// The shared library.
        path: PathBuf,
    },
    /// A bounded wait ran out of cycles.
    #[error("{command} at address {addr:#x} did not complete within {cycles} cycles")]
    Timeout {
        /// The command that timed out (`READ`, `WRITE`, `wait_idle`, ...).
        command: String,
        /// Its address (0 where it has none).
        addr: u32,
        /// Cycles waited before giving up.
        cycles: u64,
    },
    /// Tracing was asked of a library built without `--trace`, or the VCD could not be opened.
    #[error("trace: {0}")]
    Trace(String),
    /// Random start-up values were asked of a library verilated with `--x-initial 0`.
    #[error(
        "random start-up values need a model built with Build::random_init(true) \
         (verilated with --x-initial unique); {} was built with --x-initial 0",
        path.display()
    )]
    NotRandomInit {
        /// The shared library.
        path: PathBuf,
    },
}

impl Error {
    pub(crate) fn io(
        what: &'static str,
        path: impl Into<PathBuf>,
    ) -> impl FnOnce(std::io::Error) -> Error {
        let path = path.into();
        move |source| Error::Io { what, path, source }
    }
}
