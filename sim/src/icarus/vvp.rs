//! One Icarus simulation process: Verilog sources compiled with `iverilog -g2012` (top module
//! `tb`) in a scratch directory, then `vvp` driven over its standard input and read line by line
//! from its standard output. Shared by the tile's testbench ([`super::IcarusLink`]) and the
//! board's ([`super::IcarusBoard`]).

use crate::host::LinkError;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

pub(crate) fn rtl(msg: impl Into<String>) -> LinkError {
    LinkError::Rtl(msg.into())
}

/// A running `vvp` process and its scratch directory (removed on drop).
pub(crate) struct Vvp {
    child: Child,
    stdin: ChildStdin,
    answers: Receiver<String>,
    dir: PathBuf,
    /// How long an answer may take before the simulation counts as stalled.
    pub(crate) stall: Duration,
}

impl Vvp {
    /// Writes `files` (name, text) into a new scratch directory, compiles them with `tb` as
    /// the top module and starts the simulation.
    pub(crate) fn start(files: &[(&str, &str)]) -> Result<Vvp, LinkError> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "delaytile-icarus-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let io = |what: &str, e: std::io::Error| rtl(format!("{what} {}: {e}", dir.display()));
        std::fs::create_dir_all(&dir).map_err(|e| io("creating", e))?;
        let started = Self::spawn(&dir, files);
        if started.is_err() {
            let _ = std::fs::remove_dir_all(&dir);
        }
        started
    }

    fn spawn(dir: &Path, files: &[(&str, &str)]) -> Result<Vvp, LinkError> {
        let mut args = vec!["-g2012", "-o", "sim.vvp", "-s", "tb"];
        for (name, text) in files {
            std::fs::write(dir.join(name), text)
                .map_err(|e| rtl(format!("writing {}: {e}", dir.join(name).display())))?;
            args.push(name);
        }
        run("iverilog", &args, dir)?;
        let mut child = Command::new("vvp")
            .args(["-n", "sim.vvp"])
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| rtl(format!("`vvp` could not be run ({e}): install iverilog")))?;
        let stdin = child.stdin.take().expect("piped");
        let stdout = child.stdout.take().expect("piped");
        let (tx, answers) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Ok(Vvp {
            child,
            stdin,
            answers,
            dir: dir.to_path_buf(),
            stall: Duration::from_secs(120),
        })
    }

    /// Writes one line to the testbench (buffered until [`Vvp::flush`]).
    pub(crate) fn send(&mut self, line: std::fmt::Arguments) -> Result<(), LinkError> {
        writeln!(self.stdin, "{line}").map_err(|e| rtl(format!("writing to vvp: {e}")))
    }

    pub(crate) fn flush(&mut self) -> Result<(), LinkError> {
        self.stdin
            .flush()
            .map_err(|e| rtl(format!("writing to vvp: {e}")))
    }

    /// The next answer line, split into words; errors for a stall or an exit.
    pub(crate) fn answer(&mut self, what: &str) -> Result<Vec<String>, LinkError> {
        let line = match self.answers.recv_timeout(self.stall) {
            Ok(line) => line,
            Err(RecvTimeoutError::Timeout) => {
                let _ = self.child.kill();
                return Err(rtl(format!(
                    "Icarus made no progress in {} s during {what}: the simulation stalled \
                     (combinational blocks that keep waking each other?)",
                    self.stall.as_secs()
                )));
            }
            Err(RecvTimeoutError::Disconnected) => {
                return Err(rtl(format!("vvp exited during {what}")));
            }
        };
        Ok(line.split_whitespace().map(str::to_string).collect())
    }
}

impl Drop for Vvp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Runs `program args` in `dir`; a missing program is named with its Debian package.
fn run(program: &str, args: &[&str], dir: &Path) -> Result<(), LinkError> {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| {
            rtl(format!(
                "`{program}` could not be run ({e}): install Icarus Verilog with \
                 `apt-get install iverilog` (scripts/setup does)"
            ))
        })?;
    if !out.status.success() {
        let text = String::from_utf8_lossy(if out.stderr.is_empty() {
            &out.stdout
        } else {
            &out.stderr
        })
        .lines()
        .take(20)
        .collect::<Vec<_>>()
        .join("\n");
        return Err(rtl(format!(
            "`{program} {}` failed ({}):\n{text}",
            args.join(" "),
            out.status
        )));
    }
    Ok(())
}
