//! Running `espeak-ng`: one process per clip, WAV on standard output. Its output is
//! deterministic (same arguments, same bytes), which the generator's determinism relies on.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::SpeechError;
use crate::speakers::Utterance;
use crate::wav::{self, Audio};

/// The `espeak-ng` program to run (a name looked up in `PATH`, or a path).
#[derive(Clone, Debug)]
pub struct Espeak {
    program: PathBuf,
}

impl Default for Espeak {
    fn default() -> Self {
        Espeak::new("espeak-ng")
    }
}

impl Espeak {
    pub fn new(program: impl AsRef<Path>) -> Self {
        Espeak {
            program: program.as_ref().to_path_buf(),
        }
    }

    fn name(&self) -> String {
        self.program.display().to_string()
    }

    /// Runs `--version`: a clear error before any work if the program is missing.
    pub fn version(&self) -> Result<String, SpeechError> {
        let out = self.run(&["--version"])?;
        let text = String::from_utf8_lossy(&out);
        // "eSpeak NG text-to-speech: 1.51  Data at: ..." → the part before the data path.
        let line = text.lines().next().unwrap_or("");
        Ok(line
            .split("  Data at")
            .next()
            .unwrap_or(line)
            .trim()
            .to_string())
    }

    /// Speaks `text` as `utterance` says (the leading silence is not added here).
    pub fn speak(&self, text: &str, utterance: &Utterance) -> Result<Audio, SpeechError> {
        let pitch = utterance.pitch.to_string();
        let speed = utterance.speed.to_string();
        let args = [
            "-v",
            utterance.voice.as_str(),
            "-p",
            &pitch,
            "-s",
            &speed,
            "--stdout",
            text,
        ];
        let bytes = self.run(&args)?;
        wav::parse(&bytes).map_err(|source| SpeechError::Wav {
            command: self.command_line(&args),
            source,
        })
    }

    fn command_line(&self, args: &[&str]) -> String {
        let mut s = self.name();
        for a in args {
            s.push(' ');
            s.push_str(a);
        }
        s
    }

    /// Runs the program; its standard output on success, a named error otherwise (espeak-ng
    /// exits with 0 on an unknown voice, so empty output is a failure too).
    fn run(&self, args: &[&str]) -> Result<Vec<u8>, SpeechError> {
        let out = Command::new(&self.program)
            .args(args)
            .output()
            .map_err(|source| SpeechError::EspeakMissing {
                program: self.name(),
                source,
            })?;
        if !out.status.success() || out.stdout.is_empty() {
            let status = if out.status.success() {
                "no output".to_string()
            } else {
                out.status.to_string()
            };
            return Err(SpeechError::EspeakFailed {
                command: self.command_line(args),
                status,
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            });
        }
        Ok(out.stdout)
    }
}
