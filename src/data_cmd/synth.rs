//! `delaytile data synth`: the speech set of crate `speech` (espeak-ng words through the cochlea
//! model), with progress and a summary.

use crate::limits;
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use speech::espeak::Espeak;
use speech::inspect::Stats;
use speech::speakers::Variation;
use speech::synth::{self, SynthOptions};
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args, Debug)]
pub struct SynthArgs {
    /// Output directory (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Clips per speaker and word.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub repetitions: u32,
    /// Seed of the jitter and the fibres (same seed, same files).
    #[arg(long, value_name = "SEED", default_value_t = 1)]
    pub seed: u64,
    /// Speaker ids in 0..12, comma-separated (default: all).
    #[arg(long, value_name = "IDS", value_delimiter = ',')]
    pub speakers: Vec<u16>,
    /// Word labels in 0..20, comma-separated (default: all).
    #[arg(long, value_name = "LABELS", value_delimiter = ',')]
    pub words: Vec<u16>,
    /// Share of the other speakers' clips of each word that also goes to the test file
    /// (SHD: 0.05).
    #[arg(long, value_name = "F", default_value_t = 0.05)]
    pub test_share: f64,
    /// Worker threads (default: one per core; at most 1024); the files do not depend on it.
    #[arg(long, value_name = "N", value_parser = limits::count(limits::MAX_THREADS))]
    pub threads: Option<usize>,
    /// The espeak-ng program.
    #[arg(long, value_name = "PATH", default_value = "espeak-ng")]
    pub espeak: PathBuf,
    /// The harder set: per clip pitch ± 25, speed ± 35 %, up to 300 ms of leading silence,
    /// a random voice variant and white noise at 0-15 dB SNR, so that word identity is
    /// less visible in coarse spike counts (`data baseline`).
    #[arg(long)]
    pub hard: bool,
}

fn clip_bar(len: usize) -> ProgressBar {
    let style =
        ProgressStyle::with_template("synth [{bar:32}] {pos}/{len} clips ({per_sec}, eta {eta})")
            .map(|s| s.progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_bar());
    ProgressBar::new(len as u64).with_style(style)
}

fn spikes_line(samples: &[golden::shd::Sample]) -> String {
    let s = Stats::of(samples.iter().map(|s| s.times.len() as f64));
    format!(
        "spikes per sample mean {:.0} (min {}, max {})",
        s.mean, s.min, s.max
    )
}

/// `data synth`: speak, encode, write DIR/shd_train.h5 and DIR/shd_test.h5; prints clips/s.
pub fn run(args: SynthArgs) -> Result<()> {
    let opts = SynthOptions {
        repetitions: args.repetitions,
        seed: args.seed,
        speakers: args.speakers,
        words: args.words,
        test_share: args.test_share,
        threads: args.threads,
        espeak: Espeak::new(&args.espeak),
        variation: if args.hard {
            Variation::hard()
        } else {
            Variation::default()
        },
        ..SynthOptions::default()
    };
    // Cheap checks first, so that a long run does not fail at the end.
    let plan = synth::plan(&opts)?;
    let clips = plan.len();
    // A file with no clips would be written as an empty set; refuse that before any work.
    let test = synth::test_mask(&plan, opts.test_share, opts.seed);
    let in_test = test.iter().filter(|&&t| t).count();
    for (name, n) in [("training", clips - in_test), ("test", in_test)] {
        anyhow::ensure!(
            n > 0,
            "--speakers {:?}, --words {:?}, --test-share {}: the {name} file would get no clip, \
             expected at least one in each (speakers 4 and 5 go to the test file only)",
            opts.speakers,
            opts.words,
            opts.test_share
        );
    }
    let version = opts.espeak.version()?;
    synth::prepare_dir(&args.out)?;
    eprintln!("synth: {clips} clips with {version}");
    let threads = opts.threads.unwrap_or_else(rayon_threads);
    let bar = clip_bar(clips);
    let start = Instant::now();
    let result = synth::synthesize(&opts, &|| bar.inc(1));
    bar.finish_and_clear();
    let set = result.context("cannot synthesise the speech set (no file was written)")?;
    let seconds = start.elapsed().as_secs_f64();
    let [train, test] = synth::write_set(&args.out, &set)?;
    println!(
        "synthesised {clips} clips ({:.1} s of audio) in {seconds:.1} s: {:.1} clips/s on {threads} \
         thread(s)",
        set.audio_seconds,
        clips as f64 / seconds
    );
    println!(
        "wrote {}: {} samples, {}",
        train.display(),
        set.train.len(),
        spikes_line(&set.train)
    );
    println!(
        "wrote {}: {} samples, {}",
        test.display(),
        set.test.len(),
        spikes_line(&set.test)
    );
    Ok(())
}

/// Rayon's default pool size (one thread per core).
fn rayon_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn args(out: &Path) -> SynthArgs {
        SynthArgs {
            out: out.to_path_buf(),
            repetitions: 1,
            seed: 1,
            speakers: vec![0, 4],
            words: vec![3],
            test_share: 0.0,
            threads: Some(1),
            espeak: PathBuf::from("espeak-ng"),
            hard: false,
        }
    }

    #[test]
    fn missing_espeak_is_a_named_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("set");
        let mut a = args(&out);
        a.espeak = dir.path().join("no-such-espeak");
        let e = format!("{:#}", run(a).unwrap_err());
        assert!(e.contains("no-such-espeak"), "{e}");
        assert!(e.contains("apt-get install espeak-ng"), "{e}");
        assert!(!out.exists(), "nothing may be written");
    }

    #[test]
    fn an_unusable_output_directory_fails_before_any_work() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plain");
        std::fs::write(&file, b"x").unwrap();
        let a = args(&file.join("sub"));
        let e = format!("{:#}", run(a).unwrap_err());
        assert!(e.contains("cannot create the output directory"), "{e}");
        assert!(e.contains("plain/sub"), "{e}");
    }

    #[test]
    fn bad_options_name_the_option_and_value() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = args(dir.path());
        a.speakers = vec![12];
        let e = format!("{:#}", run(a).unwrap_err());
        assert!(e.contains("--speakers 12"), "{e}");
        let mut a = args(dir.path());
        a.repetitions = 0;
        let e = format!("{:#}", run(a).unwrap_err());
        assert!(e.contains("--repetitions 0"), "{e}");
    }

    #[test]
    fn a_set_with_an_empty_file_is_refused_before_any_work() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("set");
        let mut a = args(&out);
        a.speakers = vec![4];
        a.espeak = dir.path().join("no-such-espeak");
        let e = format!("{:#}", run(a).unwrap_err());
        assert!(e.contains("the training file would get no clip"), "{e}");
        let mut a = args(&out);
        a.speakers = vec![0];
        a.espeak = dir.path().join("no-such-espeak");
        let e = format!("{:#}", run(a).unwrap_err());
        assert!(e.contains("the test file would get no clip"), "{e}");
        assert!(!out.exists());
    }
}
