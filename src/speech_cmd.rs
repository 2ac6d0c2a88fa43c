//! `delaytile data synth | inspect | baseline`: the SHD-format speech set of crate `speech`
//! (espeak-ng words through the cochlea model), its inspection and its linear baseline.

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use speech::baseline::{self, FitOptions};
use speech::espeak::Espeak;
use speech::inspect::{self, Stats};
use speech::speakers::Variation;
use speech::synth::{self, SynthOptions};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Options of `data synth`.
pub struct SynthArgs {
    pub out: PathBuf,
    pub repetitions: u32,
    pub seed: u64,
    pub speakers: Vec<u16>,
    pub words: Vec<u16>,
    pub test_share: f64,
    pub threads: Option<usize>,
    pub espeak: PathBuf,
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
pub fn synth(args: SynthArgs) -> Result<()> {
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

/// `data inspect`: the file summary; with `--sample`, that sample; with `--raster`, its PNG.
pub fn inspect(file: &Path, sample: Option<usize>, raster: Option<PathBuf>) -> Result<()> {
    let data = golden::shd::load(file).context("cannot inspect the file")?;
    println!("{}", inspect::summarize(&data));
    if sample.is_none() && raster.is_none() {
        return Ok(());
    }
    let index = sample.unwrap_or(0);
    println!("{}", inspect::describe_sample(&data, index)?);
    if let Some(path) = raster {
        let (w, h) = speech::raster::write_png(&path, inspect::sample(&data, index)?)?;
        println!(
            "wrote {} ({w} × {h} px: 1 ms per column, unit 0 = highest frequency at the top, grid \
             every 100 ms and 100 units)",
            path.display()
        );
    }
    Ok(())
}

/// `data baseline`: linear classifier trained on `train`, accuracy on `test`.
pub fn baseline(train: &Path, test: &Path, c: f64, iterations: usize) -> Result<()> {
    let train = golden::shd::load(train).context("cannot load the training data")?;
    let test = golden::shd::load(test).context("cannot load the test data")?;
    let report = baseline::run(&train, &test, &FitOptions { c, iterations })?;
    println!("{report}");
    Ok(())
}

/// `data shuffle`: `input` with spike times shuffled within each sample, written to `out`.
pub fn shuffle(input: &Path, out: &Path, seed: u64) -> Result<()> {
    let file = golden::shd::load(input).context("cannot load the data to shuffle")?;
    let samples: Vec<golden::shd::Sample> = file
        .samples
        .iter()
        .enumerate()
        .map(|(i, s)| {
            speech::shuffle::shuffle_times(s, seed ^ (i as u64).wrapping_mul(0x9E37_79B9))
        })
        .collect();
    golden::shd::write(
        out,
        &golden::shd::ShdWrite {
            samples: &samples,
            keys: &file.keys,
        },
    )
    .with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "wrote {}: {} samples, spike times shuffled within each sample (seed {seed})",
        out.display(),
        samples.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let e = format!("{:#}", synth(a).unwrap_err());
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
        let e = format!("{:#}", synth(a).unwrap_err());
        assert!(e.contains("cannot create the output directory"), "{e}");
        assert!(e.contains("plain/sub"), "{e}");
    }

    #[test]
    fn bad_options_name_the_option_and_value() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = args(dir.path());
        a.speakers = vec![12];
        let e = format!("{:#}", synth(a).unwrap_err());
        assert!(e.contains("--speakers 12"), "{e}");
        let mut a = args(dir.path());
        a.repetitions = 0;
        let e = format!("{:#}", synth(a).unwrap_err());
        assert!(e.contains("--repetitions 0"), "{e}");
    }

    #[test]
    fn a_set_with_an_empty_file_is_refused_before_any_work() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("set");
        let mut a = args(&out);
        a.speakers = vec![4];
        a.espeak = dir.path().join("no-such-espeak");
        let e = format!("{:#}", synth(a).unwrap_err());
        assert!(e.contains("the training file would get no clip"), "{e}");
        let mut a = args(&out);
        a.speakers = vec![0];
        a.espeak = dir.path().join("no-such-espeak");
        let e = format!("{:#}", synth(a).unwrap_err());
        assert!(e.contains("the test file would get no clip"), "{e}");
        assert!(!out.exists());
    }

    #[test]
    fn inspect_of_a_non_hdf5_file_names_it() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.h5");
        std::fs::write(&bad, b"not an hdf5 file at all").unwrap();
        let e = format!("{:#}", inspect(&bad, None, None).unwrap_err());
        assert!(
            e.contains("bad.h5") && e.contains("not an HDF5 file"),
            "{e}"
        );
    }
}
