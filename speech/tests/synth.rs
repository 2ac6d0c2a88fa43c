//! `data synth` end to end on a few clips (needs espeak-ng, as CI installs it): files load with
//! the SHD loader, determinism across runs and thread counts, the speaker split, jitter ranges,
//! clear errors and no partial files.

use std::path::Path;

use golden::rng::SplitMix64;
use golden::shd::{self, SHD_UNITS};
use proptest::prelude::*;
use speech::SpeechError;
use speech::espeak::Espeak;
use speech::speakers::{MAX_LEAD_SILENCE_S, PITCH_JITTER, SPEAKERS, SPEED_JITTER, TEST_SPEAKERS};
use speech::synth::{self, Clip, SynthOptions, TEST_FILE, TRAIN_FILE};
use speech::words::{CLASSES, WORDS};

/// Speaker 0 (train) and 4 (test), one English and one German word.
fn tiny(seed: u64, threads: usize) -> SynthOptions {
    SynthOptions {
        repetitions: 1,
        seed,
        speakers: vec![0, 4],
        words: vec![3, 15],
        test_share: 0.0,
        threads: Some(threads),
        ..SynthOptions::default()
    }
}

fn synth_to(dir: &Path, opts: &SynthOptions) -> [Vec<u8>; 2] {
    let set = synth::synthesize(opts, &|| {}).expect("synthesis (is espeak-ng installed?)");
    synth::write_set(dir, &set).unwrap();
    [
        std::fs::read(dir.join(TRAIN_FILE)).unwrap(),
        std::fs::read(dir.join(TEST_FILE)).unwrap(),
    ]
}

fn dir_entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn tiny_run_loads_with_the_shd_loader_and_looks_like_shd() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("new/dir");
    synth_to(&out, &tiny(1, 2));
    let train = shd::load(&out.join(TRAIN_FILE)).expect("train file passes validation");
    let test = shd::load(&out.join(TEST_FILE)).expect("test file passes validation");
    let words: Vec<String> = WORDS.iter().map(|w| w.to_string()).collect();
    assert_eq!(train.keys, words);
    assert_eq!(train.keys[15], "fünf");
    assert_eq!(test.keys, words);
    let meta = |f: &shd::ShdFile| -> Vec<(u16, Option<u16>)> {
        f.samples.iter().map(|s| (s.label, s.speaker)).collect()
    };
    assert_eq!(meta(&train), [(3, Some(0)), (15, Some(0))]);
    assert_eq!(meta(&test), [(3, Some(4)), (15, Some(4))]);
    for s in train.samples.iter().chain(&test.samples) {
        // SHD-like: thousands of spikes, most units active, all within the 1.4 s window.
        assert!(
            (1000..15000).contains(&s.times.len()),
            "{} spikes",
            s.times.len()
        );
        let mut active = vec![false; SHD_UNITS];
        s.units.iter().for_each(|&u| active[usize::from(u)] = true);
        assert!(active.iter().filter(|&&a| a).count() > 300);
        assert!(*s.times.last().unwrap() < 1.4);
        // Speech, not just spontaneous activity: units with input fire far more than the
        // spontaneous-only units above 9.9 kHz (units 0 to ~95).
        let low = s.units.iter().filter(|&&u| u >= 200).count() as f64 / 500.0;
        let top = s.units.iter().filter(|&&u| u < 80).count() as f64 / 80.0;
        assert!(low > 3.0 * top, "{low} vs {top} spikes per unit");
    }
    assert_eq!(dir_entries(&out), [TEST_FILE, TRAIN_FILE]);
}

#[test]
fn same_seed_gives_identical_files_whatever_the_threads_and_another_seed_differs() {
    let tmp = tempfile::tempdir().unwrap();
    let a = synth_to(&tmp.path().join("a"), &tiny(9, 1));
    let b = synth_to(&tmp.path().join("b"), &tiny(9, 2));
    assert!(a == b, "same seed, 1 vs 2 threads: files differ");
    let c = synth_to(&tmp.path().join("c"), &tiny(10, 2));
    assert!(
        a[0] != c[0] && a[1] != c[1],
        "another seed gave the same files"
    );
}

#[test]
fn missing_espeak_is_reported_before_any_work() {
    let opts = SynthOptions {
        espeak: Espeak::new("/nonexistent/espeak-ng"),
        ..tiny(1, 1)
    };
    let e = synth::synthesize(&opts, &|| panic!("no clip may start")).unwrap_err();
    assert!(matches!(e, SpeechError::EspeakMissing { .. }), "{e:?}");
    assert!(e.to_string().contains("/nonexistent/espeak-ng"), "{e}");
}

#[test]
fn an_unknown_voice_is_a_named_espeak_error() {
    let u = speech::speakers::Utterance {
        voice: "xx-nonexistent".into(),
        pitch: 50,
        speed: 150,
        lead_silence_s: 0.0,
        noise_snr_db: None,
    };
    let e = Espeak::default().speak("zero", &u).unwrap_err();
    assert!(matches!(e, SpeechError::EspeakFailed { .. }), "{e:?}");
    assert!(e.to_string().contains("-v xx-nonexistent"), "{e}");
}

#[test]
fn a_failed_write_leaves_no_file_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let set = synth::synthesize(&tiny(1, 2), &|| {}).unwrap();
    // The test file's name is taken by a directory: the second rename fails.
    let out = tmp.path().join("out");
    std::fs::create_dir_all(out.join(TEST_FILE)).unwrap();
    let e = synth::write_set(&out, &set).unwrap_err();
    assert!(e.to_string().contains(TEST_FILE), "{e}");
    assert_eq!(
        dir_entries(&out),
        [TEST_FILE],
        "partial or temporary files left"
    );
    assert!(out.join(TEST_FILE).is_dir());
    // An output directory below a regular file cannot be created.
    let file = tmp.path().join("plain");
    std::fs::write(&file, b"x").unwrap();
    let e = synth::write_set(&file.join("sub"), &set).unwrap_err();
    assert!(e.to_string().contains("plain/sub"), "{e}");
    assert!(e.to_string().contains("create the output directory"), "{e}");
}

#[test]
fn options_are_validated_with_the_option_named() {
    let cases: Vec<(SynthOptions, &str)> = vec![
        (
            SynthOptions {
                repetitions: 0,
                ..tiny(1, 1)
            },
            "--repetitions 0",
        ),
        (
            SynthOptions {
                speakers: vec![0, 12],
                ..tiny(1, 1)
            },
            "--speakers 12",
        ),
        (
            SynthOptions {
                speakers: vec![3, 3],
                ..tiny(1, 1)
            },
            "--speakers 3",
        ),
        (
            SynthOptions {
                words: vec![20],
                ..tiny(1, 1)
            },
            "--words 20",
        ),
        (
            SynthOptions {
                test_share: 0.9,
                ..tiny(1, 1)
            },
            "--test-share 0.9",
        ),
        (
            SynthOptions {
                threads: Some(0),
                ..tiny(1, 1)
            },
            "--threads 0",
        ),
    ];
    for (opts, needle) in cases {
        let e = synth::plan(&opts).unwrap_err().to_string();
        assert!(e.contains(needle), "{e}");
    }
    // Only test speakers: the training file would be empty.
    let opts = SynthOptions {
        speakers: vec![4],
        words: vec![0],
        ..tiny(1, 1)
    };
    let e = synth::synthesize(&opts, &|| {}).unwrap_err().to_string();
    assert!(e.contains("train file non-empty"), "{e}");
}

fn all_clips(repetitions: u32) -> Vec<Clip> {
    synth::plan(&SynthOptions {
        repetitions,
        ..SynthOptions::default()
    })
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// Speakers 4 and 5 only in the test file; of the others, `test_share` of each word's
    /// clips (rounded) in the test file too.
    #[test]
    fn the_split_keeps_speakers_4_and_5_out_of_training(
        repetitions in 1u32..6, share in 0.0f64..0.2, seed in any::<u64>()
    ) {
        let clips = all_clips(repetitions);
        let mask = synth::test_mask(&clips, share, seed);
        for (c, &in_test) in clips.iter().zip(&mask) {
            if TEST_SPEAKERS.contains(&c.speaker) {
                prop_assert!(in_test, "{c:?} in train");
            }
        }
        let others = (SPEAKERS.len() - TEST_SPEAKERS.len()) * repetitions as usize;
        for label in 0..CLASSES as u16 {
            let moved = clips.iter().zip(&mask)
                .filter(|(c, t)| **t && c.label == label && !TEST_SPEAKERS.contains(&c.speaker))
                .count();
            prop_assert_eq!(moved, (share * others as f64).round() as usize);
        }
        prop_assert_eq!(mask.clone(), synth::test_mask(&clips, share, seed));
    }

    /// Jitter stays in the notes' ranges; German words use the `de` voice.
    #[test]
    fn utterance_jitter_stays_in_range(seed in any::<u64>(), speaker in 0usize..12, label in 0u16..20) {
        let s = &SPEAKERS[speaker];
        let u = s.utterance(label, &mut SplitMix64::new(seed));
        prop_assert!(f64::from(u.pitch).sub_abs(f64::from(s.pitch)) <= PITCH_JITTER);
        let ratio = f64::from(u.speed) / f64::from(s.speed);
        prop_assert!((ratio - 1.0).abs() <= SPEED_JITTER + 0.5 / f64::from(s.speed));
        prop_assert!((0.0..MAX_LEAD_SILENCE_S).contains(&u.lead_silence_s));
        let voice = if label < 10 { s.english_voice } else { "de" };
        prop_assert_eq!(u.voice, format!("{voice}+{}", s.variant));
    }

    /// Clip seeds differ between clips and between run seeds.
    #[test]
    fn clip_seeds_are_distinct(seed in any::<u64>()) {
        let clips = all_clips(2);
        let mut seeds: Vec<u64> = clips.iter().map(|c| synth::clip_seed(seed, c)).collect();
        seeds.sort_unstable();
        seeds.dedup();
        prop_assert_eq!(seeds.len(), clips.len());
        prop_assert_ne!(synth::clip_seed(seed, &clips[0]), synth::clip_seed(seed ^ 1, &clips[0]));
    }
}

trait SubAbs {
    fn sub_abs(self, other: f64) -> f64;
}

impl SubAbs for f64 {
    fn sub_abs(self, other: f64) -> f64 {
        (self - other).abs()
    }
}
