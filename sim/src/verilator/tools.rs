//! Running the external tools (verilator, g++) and turning their failures into [`Error`]s.

use super::error::Error;
use std::collections::HashMap;
use std::ffi::OsStr;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, OnceLock};

/// Lines of a failing command's output kept in the error.
const TAIL_LINES: usize = 30;

/// What the cache key and the compile need to know about the installed Verilator.
#[derive(Clone, Debug)]
pub(crate) struct Verilator {
    pub(crate) program: PathBuf,
    pub(crate) version: String,
    /// `$VERILATOR_ROOT`: its `include/` holds the runtime sources and headers.
    pub(crate) root: PathBuf,
}

/// Version line of the C++ compiler, so a compiler upgrade invalidates cached objects.
#[derive(Clone, Debug)]
pub(crate) struct Cxx {
    pub(crate) program: PathBuf,
    pub(crate) version: String,
}

/// Runs `cmd` to completion; a spawn failure of a missing binary becomes [`Error::MissingTool`],
/// a non-zero exit [`Error::Command`] with the tail of the output.
pub(crate) fn run(cmd: &mut Command, package: &'static str) -> Result<Output, Error> {
    let output = cmd
        .output()
        .map_err(|source| spawn_error(cmd, package, source))?;
    if output.status.success() {
        Ok(output)
    } else {
        Err(Error::Command {
            command: describe(cmd),
            status: output.status.to_string(),
            tail: tail(&output),
        })
    }
}

fn spawn_error(cmd: &Command, package: &'static str, source: std::io::Error) -> Error {
    let program = cmd.get_program().to_string_lossy().into_owned();
    if source.kind() == ErrorKind::NotFound {
        Error::MissingTool {
            program,
            package,
            source,
        }
    } else {
        Error::Command {
            command: describe(cmd),
            status: format!("could not start: {source}"),
            tail: String::new(),
        }
    }
}

/// The program and its arguments, with paths inside the build directory kept short.
fn describe(cmd: &Command) -> String {
    let mut parts = vec![cmd.get_program().to_string_lossy().into_owned()];
    parts.extend(cmd.get_args().map(short));
    parts.join(" ")
}

fn short(arg: &OsStr) -> String {
    let s = arg.to_string_lossy();
    // Absolute paths into the cache are long and say little; their file name is what matters.
    match Path::new(s.as_ref()).file_name() {
        Some(name) if s.starts_with('/') && s.len() > 40 => {
            format!(".../{}", name.to_string_lossy())
        }
        _ => s.into_owned(),
    }
}

fn tail(output: &Output) -> String {
    let text = if output.stderr.iter().any(|b| !b.is_ascii_whitespace()) {
        &output.stderr
    } else {
        &output.stdout
    };
    let text = String::from_utf8_lossy(text);
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(TAIL_LINES)..].join("\n")
}

fn stdout_text(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// Probes (once per process and program) the Verilator version and root.
pub(crate) fn verilator(program: &Path) -> Result<Verilator, Error> {
    static SEEN: OnceLock<Mutex<HashMap<PathBuf, Verilator>>> = OnceLock::new();
    let seen = SEEN.get_or_init(Default::default);
    if let Some(v) = seen.lock().unwrap_or_else(|e| e.into_inner()).get(program) {
        return Ok(v.clone());
    }
    let version = stdout_text(&run(Command::new(program).arg("--version"), "verilator")?);
    let root = stdout_text(&run(
        Command::new(program).args(["--getenv", "VERILATOR_ROOT"]),
        "verilator",
    )?);
    let v = Verilator {
        program: program.to_path_buf(),
        version,
        root: PathBuf::from(root),
    };
    seen.lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(program.to_path_buf(), v.clone());
    Ok(v)
}

/// Probes (once per process and program) the C++ compiler's version line.
pub(crate) fn cxx(program: &Path) -> Result<Cxx, Error> {
    static SEEN: OnceLock<Mutex<HashMap<PathBuf, Cxx>>> = OnceLock::new();
    let seen = SEEN.get_or_init(Default::default);
    if let Some(c) = seen.lock().unwrap_or_else(|e| e.into_inner()).get(program) {
        return Ok(c.clone());
    }
    let out = run(Command::new(program).arg("--version"), "g++")?;
    let version = stdout_text(&out)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    let c = Cxx {
        program: program.to_path_buf(),
        version,
    };
    seen.lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(program.to_path_buf(), c.clone());
    Ok(c)
}
