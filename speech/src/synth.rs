//! `delaytile data synth`: the clip plan (speakers × words × repetitions), the SHD split,
//! parallel synthesis and the two output files.
//!
//! Every clip gets its own seed from (seed, speaker, word, repetition), which fixes its jitter
//! and its fibre draws; clips are synthesised in parallel and collected in plan order, so the
//! files are identical for a seed whatever the thread count.

use std::path::{Path, PathBuf};

use golden::rng::SplitMix64;
use golden::shd::{self, Sample, ShdWrite};
use rayon::prelude::*;

use crate::cochlea::{Cochlea, Params};
use crate::error::SpeechError;
use crate::espeak::Espeak;
use crate::speakers::{SPEAKERS, TEST_SPEAKERS, Variation};
use crate::words::{self, CLASSES, WORDS};

/// File names, as the real SHD files are called.
pub const TRAIN_FILE: &str = "shd_train.h5";
pub const TEST_FILE: &str = "shd_test.h5";

/// The sampling rate espeak-ng writes (a clip at another rate gets its own encoder).
pub const ESPEAK_RATE: f64 = 22_050.0;

/// What to generate.
#[derive(Clone, Debug)]
pub struct SynthOptions {
    /// Clips per speaker and word.
    pub repetitions: u32,
    pub seed: u64,
    /// Speaker ids to use (empty: all 12).
    pub speakers: Vec<u16>,
    /// Labels to use (empty: all 20).
    pub words: Vec<u16>,
    /// Share of the other speakers' clips of each word that also goes to the test file (SHD:
    /// 5 %).
    pub test_share: f64,
    /// Worker threads (None: one per core).
    pub threads: Option<usize>,
    /// How much each speaker's clips vary (`Variation::hard()` for the harder set).
    pub variation: Variation,
    pub espeak: Espeak,
    pub cochlea: Params,
}

impl Default for SynthOptions {
    fn default() -> Self {
        SynthOptions {
            repetitions: 5,
            seed: 1,
            speakers: Vec::new(),
            words: Vec::new(),
            test_share: 0.05,
            threads: None,
            variation: Variation::default(),
            espeak: Espeak::default(),
            cochlea: Params::default(),
        }
    }
}

/// One clip of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clip {
    pub speaker: u16,
    pub label: u16,
    pub repetition: u32,
}

/// The synthesised set, in plan order within each split.
#[derive(Clone, Debug)]
pub struct SynthSet {
    pub train: Vec<Sample>,
    pub test: Vec<Sample>,
    pub keys: Vec<String>,
    /// Seconds of audio encoded (leading silence included).
    pub audio_seconds: f64,
}

fn invalid(option: &'static str, value: impl ToString, expected: impl ToString) -> SpeechError {
    SpeechError::InvalidOption {
        option,
        value: value.to_string(),
        expected: expected.to_string(),
    }
}

/// Checks a list of ids against `0..count` and for duplicates; empty means all.
fn ids(option: &'static str, list: &[u16], count: usize) -> Result<Vec<u16>, SpeechError> {
    if list.is_empty() {
        return Ok((0..count as u16).collect());
    }
    let mut seen = vec![false; count];
    for &id in list {
        let slot = seen
            .get_mut(usize::from(id))
            .ok_or_else(|| invalid(option, id, format!("ids in 0..{count}")))?;
        if *slot {
            return Err(invalid(option, id, "each id at most once"));
        }
        *slot = true;
    }
    Ok(list.to_vec())
}

/// The clips to make, ordered by speaker, word, repetition; options are validated here.
pub fn plan(opts: &SynthOptions) -> Result<Vec<Clip>, SpeechError> {
    if !(1..=1000).contains(&opts.repetitions) {
        return Err(invalid("--repetitions", opts.repetitions, "1..=1000"));
    }
    if !(0.0..=0.5).contains(&opts.test_share) {
        return Err(invalid(
            "--test-share",
            opts.test_share,
            "a fraction in 0..=0.5",
        ));
    }
    if opts.threads == Some(0) {
        return Err(invalid("--threads", 0, "at least 1"));
    }
    if opts.cochlea.fibres == 0 || opts.cochlea.fibres > crate::cochlea::MAX_FIBRES {
        return Err(invalid(
            "fibres",
            opts.cochlea.fibres,
            format!("1..={}", crate::cochlea::MAX_FIBRES),
        ));
    }
    let speakers = ids("--speakers", &opts.speakers, SPEAKERS.len())?;
    let labels = ids("--words", &opts.words, CLASSES)?;
    let mut clips = Vec::new();
    for &speaker in &speakers {
        for &label in &labels {
            for repetition in 0..opts.repetitions {
                clips.push(Clip {
                    speaker,
                    label,
                    repetition,
                });
            }
        }
    }
    Ok(clips)
}

/// Which clips go to the test file: all of speakers 4 and 5, plus `test_share` of every other
/// speaker's clips of each word (rounded, chosen by a seeded shuffle), as in SHD.
pub fn test_mask(clips: &[Clip], test_share: f64, seed: u64) -> Vec<bool> {
    let mut mask: Vec<bool> = clips
        .iter()
        .map(|c| TEST_SPEAKERS.contains(&c.speaker))
        .collect();
    for label in 0..CLASSES as u16 {
        let mut others: Vec<usize> = (0..clips.len())
            .filter(|&i| clips[i].label == label && !mask[i])
            .collect();
        let take = (test_share * others.len() as f64).round() as usize;
        SplitMix64::new(seed ^ 0x7E57_5EED ^ u64::from(label) << 40).shuffle(&mut others);
        for &i in &others[..take] {
            mask[i] = true;
        }
    }
    mask
}

/// The seed of one clip: fixes its jitter and its fibre draws.
pub fn clip_seed(seed: u64, clip: &Clip) -> u64 {
    let key =
        u64::from(clip.speaker) << 48 | u64::from(clip.label) << 32 | u64::from(clip.repetition);
    SplitMix64::new(SplitMix64::new(seed).next_u64() ^ key).next_u64()
}

/// Speaks and encodes one clip.
pub fn synthesize_clip(
    espeak: &Espeak,
    cochlea: &Cochlea,
    params: &Params,
    variation: &Variation,
    clip: &Clip,
    seed: u64,
) -> Result<(Sample, f64), SpeechError> {
    let mut rng = SplitMix64::new(clip_seed(seed, clip));
    let speaker = &SPEAKERS[usize::from(clip.speaker)];
    let utterance = speaker.utterance_with(clip.label, variation, &mut rng);
    let audio = espeak.speak(WORDS[usize::from(clip.label)], &utterance)?;
    let fs = f64::from(audio.rate);
    let lead = (utterance.lead_silence_s * fs).round() as usize;
    let mut samples = vec![0.0f32; lead];
    samples.extend_from_slice(&audio.samples);
    if let Some(snr) = utterance.noise_snr_db {
        add_noise(&mut samples, lead, snr, &mut rng);
    }
    let other;
    let cochlea = if fs == cochlea.sample_rate() {
        cochlea
    } else {
        other = Cochlea::new(fs, params.clone());
        &other
    };
    let spikes = cochlea.encode(&samples, rng.next_u64());
    let sample = Sample {
        times: spikes.times,
        units: spikes.units,
        label: clip.label,
        speaker: Some(clip.speaker),
    };
    Ok((sample, samples.len() as f64 / fs))
}

/// Adds white noise (uniform, zero mean) to the whole clip, at `snr_db` below the RMS of the
/// speech (the samples from `speech_start` on).
fn add_noise(samples: &mut [f32], speech_start: usize, snr_db: f64, rng: &mut SplitMix64) {
    let speech = &samples[speech_start.min(samples.len())..];
    let power =
        speech.iter().map(|&x| f64::from(x).powi(2)).sum::<f64>() / speech.len().max(1) as f64;
    // A uniform variable on [-a, a] has variance a^2 / 3.
    let a = (3.0 * power / 10f64.powf(snr_db / 10.0)).sqrt();
    for x in samples.iter_mut() {
        *x += rng.uniform(a) as f32;
    }
}

/// Synthesises the whole plan in parallel; `progress` is called once per finished clip.
/// espeak-ng is checked before any work.
pub fn synthesize(
    opts: &SynthOptions,
    progress: &(dyn Fn() + Sync),
) -> Result<SynthSet, SpeechError> {
    let clips = plan(opts)?;
    opts.espeak.version()?;
    let cochlea = Cochlea::new(ESPEAK_RATE, opts.cochlea.clone());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads.unwrap_or(0))
        .build()
        .map_err(|e| invalid("--threads", opts.threads.unwrap_or(0), e))?;
    let encoded: Vec<(Sample, f64)> = pool.install(|| {
        clips
            .par_iter()
            .map(|clip| {
                let r = synthesize_clip(
                    &opts.espeak,
                    &cochlea,
                    &opts.cochlea,
                    &opts.variation,
                    clip,
                    opts.seed,
                );
                progress();
                r
            })
            .collect::<Result<_, _>>()
    })?;
    let mask = test_mask(&clips, opts.test_share, opts.seed);
    let audio_seconds = encoded.iter().map(|(_, s)| s).sum();
    let (mut train, mut test) = (Vec::new(), Vec::new());
    for ((sample, _), in_test) in encoded.into_iter().zip(mask) {
        if in_test {
            test.push(sample);
        } else {
            train.push(sample);
        }
    }
    for (split, samples) in [("train", &train), ("test", &test)] {
        if samples.is_empty() {
            return Err(invalid(
                "--speakers",
                format!("{:?}", opts.speakers),
                format!(
                    "a selection that leaves the {split} file non-empty (speakers 4 and 5 go \
                     to the test file only; --test-share adds others' clips to it)"
                ),
            ));
        }
    }
    Ok(SynthSet {
        train,
        test,
        keys: words::keys(),
        audio_seconds,
    })
}

/// Creates `dir` and checks that files can be created in it, so that a long run does not fail
/// only at the end.
pub fn prepare_dir(dir: &Path) -> Result<(), SpeechError> {
    std::fs::create_dir_all(dir).map_err(|source| SpeechError::Io {
        path: dir.to_path_buf(),
        op: "create the output directory",
        source,
    })?;
    let probe =
        golden::atomic::temp_path(&dir.join(TRAIN_FILE)).map_err(|source| SpeechError::Io {
            path: dir.to_path_buf(),
            op: "name a file in",
            source,
        })?;
    std::fs::File::create(&probe).map_err(|source| SpeechError::Io {
        path: dir.to_path_buf(),
        op: "create files in",
        source,
    })?;
    std::fs::remove_file(&probe).map_err(|source| SpeechError::Io {
        path: probe.clone(),
        op: "remove",
        source,
    })
}

/// Writes DIR/shd_train.h5 and DIR/shd_test.h5 (creating DIR). Both are written to temporary
/// files first and renamed only when both are complete; if anything fails, the temporary files
/// and any file of this run already renamed into place are removed, so no half-written file and
/// no half of a pair is left behind.
pub fn write_set(dir: &Path, set: &SynthSet) -> Result<[PathBuf; 2], SpeechError> {
    std::fs::create_dir_all(dir).map_err(|source| SpeechError::Io {
        path: dir.to_path_buf(),
        op: "create the output directory",
        source,
    })?;
    let finals = [dir.join(TRAIN_FILE), dir.join(TEST_FILE)];
    let parts = [&set.train, &set.test];
    let mut temps: Vec<PathBuf> = Vec::new();
    let mut placed: Vec<&PathBuf> = Vec::new();
    let result = (|| {
        for (path, samples) in finals.iter().zip(parts) {
            // Never replace a symlink, device node or FIFO (see `golden::atomic`).
            golden::atomic::check_target(path).map_err(|source| SpeechError::Io {
                path: path.clone(),
                op: "replace",
                source,
            })?;
            let tmp = golden::atomic::temp_path(path).map_err(|source| SpeechError::Io {
                path: path.clone(),
                op: "name a temporary file for",
                source,
            })?;
            temps.push(tmp.clone());
            let file = ShdWrite {
                samples,
                keys: &set.keys,
            };
            shd::write(&tmp, &file).map_err(|e| SpeechError::Data {
                path: path.clone(),
                detail: format!("cannot write: {e}"),
            })?;
        }
        for (tmp, path) in temps.iter().zip(&finals) {
            std::fs::rename(tmp, path).map_err(|source| SpeechError::Io {
                path: path.clone(),
                op: "rename the temporary file onto",
                source,
            })?;
            placed.push(path);
        }
        Ok(())
    })();
    if result.is_err() {
        // Best effort: some of these may not exist.
        for path in temps.iter().chain(placed) {
            let _ = std::fs::remove_file(path);
        }
    }
    result.map(|()| finals)
}
