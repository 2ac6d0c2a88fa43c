//! The speech set of `demo` and `speech-table`: made once with `speech::synth` and kept in the
//! cache (`$DELAYTILE_CACHE`, else `~/.cache/delaytile`, as the Verilator models) under a key of
//! everything that fixes its content, so later runs reuse it.

use crate::dataset::{self as data, Dataset};
use anyhow::{Context, Result};
use golden::cache::Key;
use golden::config::Config;
use golden::task::Sample;
use indicatif::{ProgressBar, ProgressStyle};
use speech::speakers::{TEST_SPEAKERS, Variation};
use speech::synth::{self, SynthOptions, TEST_FILE, TRAIN_FILE};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Bump when the encoder or the file layout changes what a given set of options produces, so
/// that cached sets made by older code are not reused.
const SET_VERSION: &str = "speech-set-1";

/// Where a set lives, and whether this run made it.
pub struct SpeechSet {
    pub train: PathBuf,
    pub test: PathBuf,
    /// Clips synthesised per second, when this run made the set.
    pub made: Option<Made>,
}

pub struct Made {
    pub clips: usize,
    pub seconds: f64,
    pub threads: usize,
}

impl std::fmt::Display for Made {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "made {} clips in {:.1} s ({:.1} clips/s on {} threads)",
            self.clips,
            self.seconds,
            self.clips as f64 / self.seconds,
            self.threads
        )
    }
}

/// The cache directory of the set `opts` makes with `espeak_version`.
pub fn set_dir(root: &Path, opts: &SynthOptions, espeak_version: &str) -> PathBuf {
    let key = Key::new()
        .part(SET_VERSION)
        .part(espeak_version)
        .part(opts.repetitions.to_le_bytes())
        .part(opts.seed.to_le_bytes())
        .part(format!("{:?}", opts.speakers))
        .part(format!("{:?}", opts.words))
        .part(opts.test_share.to_le_bytes())
        .part(format!("{:?}", opts.cochlea));
    // The default variation adds nothing, so sets cached before it existed stay valid.
    let key = if opts.variation == Variation::default() {
        key
    } else {
        key.part(format!("{:?}", opts.variation))
    };
    root.join("speech").join(key.hex())
}

fn clip_bar(len: usize) -> ProgressBar {
    let style = ProgressStyle::with_template(
        "making the speech set [{bar:32}] {pos}/{len} clips ({per_sec}, eta {eta})",
    )
    .map(|s| s.progress_chars("=> "))
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    ProgressBar::new(len as u64).with_style(style)
}

/// The set of `opts` from the cache under `root`, made (with a progress bar) if missing.
pub fn obtain(root: &Path, opts: &SynthOptions) -> Result<SpeechSet> {
    let clips = synth::plan(opts)?.len();
    let version = opts.espeak.version()?;
    let dir = set_dir(root, opts, &version);
    let (train, test) = (dir.join(TRAIN_FILE), dir.join(TEST_FILE));
    if train.is_file() && test.is_file() {
        return Ok(SpeechSet {
            train,
            test,
            made: None,
        });
    }
    synth::prepare_dir(&dir)?;
    let threads = opts
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let bar = clip_bar(clips);
    let t0 = Instant::now();
    let set = synth::synthesize(opts, &|| bar.inc(1));
    bar.finish_and_clear();
    let set = set.context("cannot synthesise the speech set (no file was written)")?;
    let seconds = t0.elapsed().as_secs_f64();
    // Both files appear together or not at all (write_set), so a present pair is complete.
    synth::write_set(&dir, &set)?;
    Ok(SpeechSet {
        train,
        test,
        made: Some(Made {
            clips,
            seconds,
            threads,
        }),
    })
}

/// Both files of `set`, binned for `cfg`.
pub fn load(set: &SpeechSet, cfg: &Config) -> Result<(Dataset, Dataset)> {
    let hint = |role: &str, path: &Path| {
        format!(
            "cannot load the cached {role} file {} (delete {} to make the set again)",
            path.display(),
            path.parent().unwrap_or(path).display()
        )
    };
    let train =
        data::load(&set.train, cfg, "training").with_context(|| hint("training", &set.train))?;
    let test = data::load(&set.test, cfg, "test").with_context(|| hint("test", &set.test))?;
    Ok((train, test))
}

/// The samples of the held-out speakers (those only in the test file, as in SHD).
pub fn held_out(test: &Dataset) -> Vec<Sample> {
    test.samples
        .iter()
        .zip(&test.speakers)
        .filter(|(_, s)| s.is_some_and(|s| TEST_SPEAKERS.contains(&s)))
        .map(|(x, _)| x.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_key_changes_with_every_input_that_changes_the_files() {
        let root = Path::new("/c");
        let base = SynthOptions::default();
        let dir = set_dir(root, &base, "eSpeak NG 1.51");
        assert_eq!(dir, set_dir(root, &base.clone(), "eSpeak NG 1.51"));
        assert!(dir.starts_with("/c/speech"));
        let mut other = Vec::new();
        other.push(set_dir(root, &base, "eSpeak NG 1.52"));
        for change in [
            |o: &mut SynthOptions| o.repetitions = 2,
            |o: &mut SynthOptions| o.seed = 2,
            |o: &mut SynthOptions| o.speakers = vec![0, 4],
            |o: &mut SynthOptions| o.words = vec![1],
            |o: &mut SynthOptions| o.test_share = 0.1,
            |o: &mut SynthOptions| o.cochlea.fibres = 20,
            |o: &mut SynthOptions| o.variation = Variation::hard(),
        ] {
            let mut o = base.clone();
            change(&mut o);
            other.push(set_dir(root, &o, "eSpeak NG 1.51"));
        }
        for d in &other {
            assert_ne!(*d, dir);
        }
        // Threads do not change the files, so they do not change the key.
        let mut o = base.clone();
        o.threads = Some(1);
        assert_eq!(set_dir(root, &o, "eSpeak NG 1.51"), dir);
    }
}
