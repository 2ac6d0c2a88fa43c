//! The linear baseline: features equal a naive count, it learns separable classes, it stays
//! near chance on shuffled labels, and it refuses mismatched files.

use std::path::PathBuf;

use golden::rng::SplitMix64;
use golden::shd::{Sample, ShdFile, patterns};
use proptest::prelude::*;
use speech::baseline::{self, FEATURES, FitOptions, UNIT_BINS};

fn file(name: &str, samples: Vec<Sample>, classes: usize) -> ShdFile {
    ShdFile {
        path: PathBuf::from(name),
        samples,
        keys: (0..classes).map(|c| format!("class{c}")).collect(),
    }
}

/// Patterns with speakers: `speaker` cycles through 0..4 in train, 4..6 in test.
fn split(seed: u64) -> (ShdFile, ShdFile) {
    let all = patterns(400, 20, 1.0, seed);
    let (train, test) = all.split_at(300);
    let with = |s: &[Sample], base: u16, n: u16| -> Vec<Sample> {
        s.iter()
            .enumerate()
            .map(|(i, x)| Sample {
                speaker: Some(base + i as u16 % n),
                ..x.clone()
            })
            .collect()
    };
    (
        file("train.h5", with(train, 0, 4), 20),
        file("test.h5", with(test, 4, 2), 20),
    )
}

#[test]
fn separable_classes_are_learned_and_held_out_speakers_are_reported() {
    let (train, test) = split(3);
    let r = baseline::run(&train, &test, &FitOptions::default()).unwrap();
    assert!(r.all.accuracy() >= 0.9, "{r}");
    assert_eq!(r.held_out_speakers, [4, 5]);
    assert_eq!(r.held_out, r.all);
    assert_eq!(r.per_speaker.values().map(|s| s.total).sum::<usize>(), 100);
    assert!(r.to_string().contains("held-out speakers [4, 5]"));
}

#[test]
fn shuffled_training_labels_give_chance() {
    let (mut train, test) = split(4);
    let mut labels: Vec<u16> = train.samples.iter().map(|s| s.label).collect();
    SplitMix64::new(1).shuffle(&mut labels);
    for (s, l) in train.samples.iter_mut().zip(labels) {
        s.label = l;
    }
    let r = baseline::run(&train, &test, &FitOptions::default()).unwrap();
    assert!(r.all.accuracy() <= 0.2, "{r}");
}

#[test]
fn mismatched_or_empty_files_are_refused_by_name() {
    let (train, mut test) = split(5);
    test.keys[0] = "other".into();
    let e = baseline::run(&train, &test, &FitOptions::default()).unwrap_err();
    assert!(
        e.to_string().contains("test.h5") && e.to_string().contains("extra/keys"),
        "{e}"
    );
    let empty = file("empty.h5", vec![], 20);
    let e = baseline::run(&empty, &test, &FitOptions::default()).unwrap_err();
    assert!(e.to_string().contains("empty.h5"), "{e}");
    let (train, test) = split(5);
    let bad = FitOptions {
        c: 0.0,
        iterations: 1,
    };
    let e = baseline::run(&train, &test, &bad).unwrap_err();
    assert!(e.to_string().contains("--c 0"), "{e}");
}

proptest! {
    #[test]
    fn features_are_log1p_of_a_naive_count(
        spikes in prop::collection::vec((0.0f32..1.6, 0u16..700), 0..300)
    ) {
        let mut spikes = spikes;
        spikes.sort_by(|a, b| a.0.total_cmp(&b.0));
        let sample = Sample {
            times: spikes.iter().map(|s| s.0).collect(),
            units: spikes.iter().map(|s| s.1).collect(),
            label: 0,
            speaker: None,
        };
        let f = baseline::features(&sample);
        prop_assert_eq!(f.len(), FEATURES);
        for t in 0..14 {
            for u in 0..UNIT_BINS {
                let n = spikes.iter().filter(|&&(time, unit)| {
                    time >= t as f32 * 0.1 && time < (t + 1) as f32 * 0.1 && time < 1.4
                        && usize::from(unit) / 20 == u
                }).count();
                prop_assert!((f[t * UNIT_BINS + u] - (n as f32).ln_1p()).abs() < 1e-6,
                    "bin ({t}, {u}): {} vs count {n}", f[t * UNIT_BINS + u]);
            }
        }
    }
}
