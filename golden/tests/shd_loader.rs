//! SHD loader, writer and binning: round trips, fixtures written directly
//! with rust-hdf5, every malformed-file error, and a binning property test.

use std::path::{Path, PathBuf};

use golden::shd::{
    BinnedSample, Binning, SHD_UNITS, Sample, ShdError, ShdFile, ShdWrite, bin, load, write,
};
use half::f16;
use proptest::prelude::*;
use rust_hdf5::{DatatypeMessage, H5File, H5Group, H5Type};
use tempfile::TempDir;

fn sample(times: &[f32], units: &[u16], label: u16, speaker: Option<u16>) -> Sample {
    Sample {
        times: times.to_vec(),
        units: units.to_vec(),
        label,
        speaker,
    }
}

fn strings(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| k.to_string()).collect()
}

/// Loads a file that must fail and returns the error with its message.
fn load_err(path: &Path) -> (ShdError, String) {
    match load(path) {
        Ok(f) => panic!(
            "{} loaded ({} samples), expected an error",
            path.display(),
            f.samples.len()
        ),
        Err(e) => {
            let msg = e.to_string();
            (e, msg)
        }
    }
}

/// Asserts that `msg` contains every needle.
fn assert_mentions(msg: &str, needles: &[&str]) {
    for n in needles {
        assert!(msg.contains(n), "message {msg:?} does not mention {n:?}");
    }
}

// ---------------------------------------------------------------- writer

#[test]
fn round_trip_through_write_and_load() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("rt.h5");
    let keys = strings(&["zero", "eins", "fünf"]);
    // 0.1, 0.3333 and 1.2345 are not float16 values; 0.5 and 1.0 are.
    let samples = vec![
        sample(&[0.0, 0.1, 0.1, 0.3333], &[0, 699, 3, 350], 2, Some(7)),
        sample(&[], &[], 0, Some(0)),
        sample(&[0.5, 1.0, 1.2345], &[10, 10, 11], 1, Some(65535)),
    ];
    write(
        &path,
        &ShdWrite {
            samples: &samples,
            keys: &keys,
        },
    )
    .unwrap();
    let loaded = load(&path).unwrap();

    assert_eq!(loaded.path, path);
    assert_eq!(loaded.keys, keys);
    assert_eq!(loaded.keys[2], "fünf");
    assert_eq!(loaded.samples.len(), samples.len());
    let mut rounded_any = false;
    for (got, want) in loaded.samples.iter().zip(&samples) {
        let expected: Vec<f32> = want
            .times
            .iter()
            .map(|&t| f16::from_f32(t).to_f32())
            .collect();
        rounded_any |= expected != want.times;
        assert_eq!(got.times, expected);
        assert_eq!(got.units, want.units);
        assert_eq!(got.label, want.label);
        assert_eq!(got.speaker, want.speaker);
    }
    assert!(rounded_any, "the fixture must exercise float16 rounding");
    assert_eq!(loaded.samples[0].times[2], 0.099975586); // f16 nearest to 0.1
    assert!(loaded.samples[1].times.is_empty());

    // Loaded data writes back unchanged (times are float16 values already).
    let again = dir.path().join("again.h5");
    write(&again, &loaded.as_write()).unwrap();
    let reloaded = load(&again).unwrap();
    assert_eq!(reloaded.samples, loaded.samples);
    assert_eq!(reloaded.keys, loaded.keys);
}

#[test]
fn write_without_speakers_omits_extra_speaker() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("nospk.h5");
    let keys = strings(&["a"]);
    let samples = vec![sample(&[0.25], &[5], 0, None)];
    write(
        &path,
        &ShdWrite {
            samples: &samples,
            keys: &keys,
        },
    )
    .unwrap();
    let loaded = load(&path).unwrap();
    assert_eq!(loaded.samples, samples);
    let h5 = H5File::open(&path).unwrap();
    assert!(h5.dataset("extra/speaker").is_err());
    assert!(h5.dataset("extra/keys").is_ok());
}

#[test]
fn written_file_has_the_shd_dtypes() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("types.h5");
    let keys = strings(&["x"]);
    let samples = vec![sample(&[0.5], &[1], 0, Some(3))];
    write(
        &path,
        &ShdWrite {
            samples: &samples,
            keys: &keys,
        },
    )
    .unwrap();
    // Inspect with the reader crate directly, not through `load`.
    let f = hdf5_reader::Hdf5File::open(&path).unwrap();
    let base = |name: &str| match f.dataset(name).unwrap().dtype().clone() {
        hdf5_reader::Datatype::VarLen { base, .. } => *base,
        other => panic!("{name} is {other:?}, expected vlen"),
    };
    assert!(matches!(
        base("spikes/times"),
        hdf5_reader::Datatype::FloatingPoint { size: 2, .. }
    ));
    assert!(matches!(
        base("spikes/units"),
        hdf5_reader::Datatype::FixedPoint {
            size: 2,
            signed: false,
            ..
        }
    ));
    for name in ["labels", "extra/speaker"] {
        assert!(matches!(
            f.dataset(name).unwrap().dtype(),
            hdf5_reader::Datatype::FixedPoint {
                size: 2,
                signed: false,
                ..
            }
        ));
    }
}

#[test]
fn write_into_missing_directory_fails_and_leaves_nothing() {
    let dir = TempDir::new().unwrap();
    let missing = dir.path().join("no_such_dir");
    let path = missing.join("out.h5");
    let keys = strings(&["a"]);
    let samples = vec![sample(&[0.1], &[1], 0, None)];
    let err = write(
        &path,
        &ShdWrite {
            samples: &samples,
            keys: &keys,
        },
    )
    .unwrap_err();
    assert!(
        matches!(err, ShdError::Write { .. } | ShdError::Io { .. }),
        "{err:?}"
    );
    assert_mentions(&err.to_string(), &["out.h5"]);
    assert!(!missing.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn write_replaces_an_existing_file_and_leaves_no_temp_files() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("out.h5");
    let keys = strings(&["a", "b"]);
    let first = vec![sample(&[0.1], &[1], 0, None)];
    let second = vec![
        sample(&[0.5, 0.75], &[2, 3], 1, None),
        sample(&[], &[], 0, None),
    ];
    write(
        &path,
        &ShdWrite {
            samples: &first,
            keys: &keys,
        },
    )
    .unwrap();
    write(
        &path,
        &ShdWrite {
            samples: &second,
            keys: &keys,
        },
    )
    .unwrap();
    assert_eq!(load(&path).unwrap().samples, second);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["out.h5"]);
}

#[test]
fn rejected_write_keeps_the_old_file() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("out.h5");
    let keys = strings(&["a"]);
    // 0.5 is a float16 value, so the loaded sample equals `good`.
    let good = vec![sample(&[0.5], &[1], 0, None)];
    write(
        &path,
        &ShdWrite {
            samples: &good,
            keys: &keys,
        },
    )
    .unwrap();
    let bad = vec![sample(&[0.1], &[700], 0, None)];
    let err = write(
        &path,
        &ShdWrite {
            samples: &bad,
            keys: &keys,
        },
    )
    .unwrap_err();
    assert!(
        matches!(err, ShdError::UnitOutOfRange { unit: 700, .. }),
        "{err:?}"
    );
    assert_eq!(load(&path).unwrap().samples, good);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn write_rejects_mixed_speakers_and_times_beyond_float16() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("bad.h5");
    let keys = strings(&["a"]);

    let mixed = vec![sample(&[], &[], 0, Some(1)), sample(&[], &[], 0, None)];
    let err = write(
        &path,
        &ShdWrite {
            samples: &mixed,
            keys: &keys,
        },
    )
    .unwrap_err();
    assert!(
        matches!(err, ShdError::MixedSpeaker { sample: 1, .. }),
        "{err:?}"
    );
    assert_mentions(&err.to_string(), &["bad.h5", "extra/speaker", "sample 1"]);

    let huge = vec![sample(&[1.0, 70000.0], &[0, 0], 0, None)];
    let err = write(
        &path,
        &ShdWrite {
            samples: &huge,
            keys: &keys,
        },
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            ShdError::TimeNotF16 {
                sample: 0,
                spike: 1,
                ..
            }
        ),
        "{err:?}"
    );
    assert_mentions(&err.to_string(), &["bad.h5", "spikes/times", "70000"]);
    assert!(!path.exists());
}

// ------------------------------------------- fixtures written with rust-hdf5

/// float16 element for writing fixtures (rust-hdf5 has no half type).
#[derive(Clone, Copy)]
#[repr(transparent)]
struct F16(u16);

impl H5Type for F16 {
    fn hdf5_type() -> DatatypeMessage {
        DatatypeMessage::f16_type()
    }
    fn element_size() -> usize {
        2
    }
}

/// An SHD-layout file written directly with rust-hdf5 (times as float32).
/// `None` leaves a dataset out, so that `custom` can write a replacement.
#[derive(Clone)]
struct Fixture {
    times: Option<Vec<Vec<f32>>>,
    units: Option<Vec<Vec<u16>>>,
    labels: Option<Vec<u16>>,
    speaker: Option<Vec<u16>>,
    keys: Option<Vec<&'static str>>,
}

impl Fixture {
    fn good() -> Self {
        Fixture {
            times: Some(vec![
                vec![0.001, 0.0125, 0.5],
                vec![],
                vec![0.2, 0.2, 1.3999],
            ]),
            units: Some(vec![vec![0, 1, 699], vec![], vec![42, 43, 44]]),
            labels: Some(vec![0, 2, 1]),
            speaker: Some(vec![4, 5, 11]),
            keys: Some(vec!["zero", "one", "fünf"]),
        }
    }

    fn write(&self, path: &Path) {
        self.write_with(path, |_, _, _| {});
    }

    fn write_with(&self, path: &Path, custom: impl FnOnce(&H5File, &H5Group, &H5Group)) {
        let h5 = H5File::create(path).unwrap();
        let spikes = h5.create_group("spikes").unwrap();
        let extra = h5.create_group("extra").unwrap();
        if let Some(times) = &self.times {
            let t: Vec<&[f32]> = times.iter().map(Vec::as_slice).collect();
            spikes.write_vlen_numeric("times", &t).unwrap();
        }
        if let Some(units) = &self.units {
            let u: Vec<&[u16]> = units.iter().map(Vec::as_slice).collect();
            spikes.write_vlen_numeric("units", &u).unwrap();
        }
        if let Some(labels) = &self.labels {
            write_1d(&h5.root_group(), "labels", labels);
        }
        if let Some(speaker) = &self.speaker {
            write_1d(&extra, "speaker", speaker);
        }
        if let Some(keys) = &self.keys {
            extra.write_vlen_strings("keys", keys).unwrap();
        }
        custom(&h5, &spikes, &extra);
        h5.close().unwrap();
    }
}

fn write_1d<T: H5Type>(group: &H5Group, name: &str, data: &[T]) {
    group
        .new_dataset::<T>()
        .shape([data.len()])
        .create(name)
        .unwrap()
        .write_raw(data)
        .unwrap();
}

fn fixture_path(dir: &TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

#[test]
fn float32_fixture_from_rust_hdf5_loads() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "f32.h5");
    let fx = Fixture::good();
    fx.write(&path);
    let f = load(&path).unwrap();
    assert_eq!(f.keys, ["zero", "one", "fünf"]);
    let want = [
        sample(&[0.001, 0.0125, 0.5], &[0, 1, 699], 0, Some(4)),
        sample(&[], &[], 2, Some(5)),
        sample(&[0.2, 0.2, 1.3999], &[42, 43, 44], 1, Some(11)),
    ];
    // float32 times are kept exactly.
    assert_eq!(f.samples, want);
}

#[test]
fn missing_speaker_is_optional() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "nospk.h5");
    Fixture {
        speaker: None,
        ..Fixture::good()
    }
    .write(&path);
    let f = load(&path).unwrap();
    assert!(f.samples.iter().all(|s| s.speaker.is_none()));
    assert_eq!(f.samples.len(), 3);
}

#[test]
fn other_encodings_load() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "variants.h5");
    // float16 times, uint32 units, int8 labels, int64 speakers, ASCII keys.
    let fx = Fixture {
        times: None,
        units: None,
        labels: None,
        speaker: None,
        keys: None,
    };
    fx.write_with(&path, |h5, spikes, extra| {
        let t = [
            F16(f16::from_f32(0.25).to_bits()),
            F16(f16::from_f32(0.5).to_bits()),
        ];
        spikes
            .write_vlen_numeric::<F16>("times", &[&t, &[]])
            .unwrap();
        spikes
            .write_vlen_numeric::<u32>("units", &[&[7, 8], &[]])
            .unwrap();
        write_1d::<i8>(&h5.root_group(), "labels", &[1, 0]);
        write_1d::<i64>(extra, "speaker", &[2, 3]);
        extra
            .write_vlen_strings_ascii("keys", &["zero", "one"])
            .unwrap();
    });
    let f = load(&path).unwrap();
    assert_eq!(f.keys, ["zero", "one"]);
    assert_eq!(
        f.samples,
        [
            sample(&[0.25, 0.5], &[7, 8], 1, Some(2)),
            sample(&[], &[], 0, Some(3))
        ]
    );
}

#[test]
fn fixed_length_keys_load() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "fixed.h5");
    let fx = Fixture {
        keys: None,
        ..Fixture::good()
    };
    fx.write_with(&path, |_, _, extra| {
        // 8-byte null-padded UTF-8 strings; "fünf" is 5 bytes.
        let mut bytes = Vec::new();
        for k in ["zero", "one", "fünf"] {
            let mut b = k.as_bytes().to_vec();
            b.resize(8, 0);
            bytes.extend(b);
        }
        extra
            .new_dataset::<u8>()
            .datatype(DatatypeMessage::fixed_string_utf8(8))
            .shape([3])
            .create("keys")
            .unwrap()
            .write_raw_bytes(&bytes)
            .unwrap();
    });
    let f = load(&path).unwrap();
    assert_eq!(f.keys, ["zero", "one", "fünf"]);
}

// ---------------------------------------------------------- malformed files

#[test]
fn missing_file_is_an_io_error() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "absent.h5");
    let (e, msg) = load_err(&path);
    assert!(matches!(e, ShdError::Io { .. }), "{e:?}");
    assert_mentions(&msg, &["absent.h5"]);
}

#[test]
fn text_file_is_not_hdf5() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "text.h5");
    std::fs::write(&path, "this is not an HDF5 file\n".repeat(100)).unwrap();
    let (e, msg) = load_err(&path);
    assert!(matches!(e, ShdError::NotHdf5 { .. }), "{e:?}");
    assert_mentions(&msg, &["text.h5", "not an HDF5 file"]);
}

#[test]
fn truncated_files_are_reported_as_truncated() {
    let dir = TempDir::new().unwrap();
    let good = fixture_path(&dir, "good.h5");
    Fixture::good().write(&good);
    let bytes = std::fs::read(&good).unwrap();
    for keep in [4, 100, bytes.len() / 2, bytes.len() - 1] {
        let path = fixture_path(&dir, &format!("cut{keep}.h5"));
        std::fs::write(&path, &bytes[..keep]).unwrap();
        let (e, msg) = load_err(&path);
        assert!(
            matches!(e, ShdError::Truncated { .. }),
            "cut at {keep}: {e:?}"
        );
        assert_mentions(&msg, &[&format!("cut{keep}.h5"), "truncated"]);
    }
}

#[test]
fn each_required_dataset_must_exist() {
    let dir = TempDir::new().unwrap();
    let cases: [(&str, Fixture); 4] = [
        (
            "spikes/times",
            Fixture {
                times: None,
                ..Fixture::good()
            },
        ),
        (
            "spikes/units",
            Fixture {
                units: None,
                ..Fixture::good()
            },
        ),
        (
            "labels",
            Fixture {
                labels: None,
                ..Fixture::good()
            },
        ),
        (
            "extra/keys",
            Fixture {
                keys: None,
                ..Fixture::good()
            },
        ),
    ];
    for (i, (name, fx)) in cases.into_iter().enumerate() {
        let path = fixture_path(&dir, &format!("missing{i}.h5"));
        fx.write(&path);
        let (e, msg) = load_err(&path);
        assert!(
            matches!(&e, ShdError::MissingDataset { dataset, .. } if *dataset == name),
            "{e:?}"
        );
        assert_mentions(&msg, &[&format!("missing{i}.h5"), name, "missing"]);
    }
}

#[test]
fn top_level_lengths_must_agree() {
    let dir = TempDir::new().unwrap();
    let g = Fixture::good();
    let cases: [(&str, usize, Fixture); 3] = [
        (
            "spikes/units",
            2,
            Fixture {
                units: Some(vec![vec![0, 1, 2], vec![]]),
                ..g.clone()
            },
        ),
        (
            "labels",
            4,
            Fixture {
                labels: Some(vec![0, 1, 2, 0]),
                ..g.clone()
            },
        ),
        (
            "extra/speaker",
            1,
            Fixture {
                speaker: Some(vec![1]),
                ..g.clone()
            },
        ),
    ];
    for (i, (name, len, fx)) in cases.into_iter().enumerate() {
        let path = fixture_path(&dir, &format!("len{i}.h5"));
        fx.write(&path);
        let (e, msg) = load_err(&path);
        assert!(
            matches!(&e, ShdError::LengthMismatch { dataset, len: l, reference_len: 3, .. }
                if *dataset == name && *l == len),
            "{e:?}"
        );
        assert_mentions(
            &msg,
            &[
                &format!("len{i}.h5"),
                name,
                "spikes/times",
                &format!("{len} entries"),
            ],
        );
    }
}

#[test]
fn spike_counts_must_agree_within_a_sample() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "count.h5");
    Fixture {
        units: Some(vec![vec![0, 1, 699], vec![], vec![42, 43]]),
        ..Fixture::good()
    }
    .write(&path);
    let (e, msg) = load_err(&path);
    assert!(
        matches!(
            e,
            ShdError::SpikeCountMismatch {
                sample: 2,
                times: 3,
                units: 2,
                ..
            }
        ),
        "{e:?}"
    );
    assert_mentions(
        &msg,
        &[
            "count.h5",
            "sample 2",
            "spikes/times",
            "spikes/units",
            "3 spikes",
            "has 2",
        ],
    );
}

#[test]
fn unit_must_be_below_700() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "unit.h5");
    Fixture {
        units: Some(vec![vec![0, 1, 699], vec![], vec![42, 700, 44]]),
        ..Fixture::good()
    }
    .write(&path);
    let (e, msg) = load_err(&path);
    assert!(
        matches!(
            e,
            ShdError::UnitOutOfRange {
                sample: 2,
                spike: 1,
                unit: 700,
                ..
            }
        ),
        "{e:?}"
    );
    assert_mentions(
        &msg,
        &[
            "unit.h5",
            "spikes/units",
            "sample 2",
            "spike 1",
            "unit 700",
            "0..700",
        ],
    );
}

#[test]
fn wide_unit_values_are_reported_exactly() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "unit32.h5");
    Fixture {
        units: None,
        ..Fixture::good()
    }
    .write_with(&path, |_, spikes, _| {
        spikes
            .write_vlen_numeric::<u32>("units", &[&[0, 1, 2], &[], &[1, 2, 70000]])
            .unwrap();
    });
    let (e, msg) = load_err(&path);
    assert!(
        matches!(
            e,
            ShdError::UnitOutOfRange {
                sample: 2,
                spike: 2,
                unit: 70000,
                ..
            }
        ),
        "{e:?}"
    );
    assert_mentions(&msg, &["unit32.h5", "unit 70000"]);
}

#[test]
fn label_must_index_keys() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "label.h5");
    Fixture {
        labels: Some(vec![0, 3, 1]),
        ..Fixture::good()
    }
    .write(&path);
    let (e, msg) = load_err(&path);
    assert!(
        matches!(
            e,
            ShdError::LabelOutOfRange {
                sample: 1,
                label: 3,
                num_keys: 3,
                ..
            }
        ),
        "{e:?}"
    );
    assert_mentions(
        &msg,
        &["label.h5", "labels", "sample 1", "label 3", "extra/keys"],
    );

    // A negative label in a signed dataset.
    let path = fixture_path(&dir, "neglabel.h5");
    Fixture {
        labels: None,
        ..Fixture::good()
    }
    .write_with(&path, |h5, _, _| {
        write_1d::<i32>(&h5.root_group(), "labels", &[0, 1, -1]);
    });
    let (e, msg) = load_err(&path);
    assert!(
        matches!(
            e,
            ShdError::LabelOutOfRange {
                sample: 2,
                label: -1,
                ..
            }
        ),
        "{e:?}"
    );
    assert_mentions(&msg, &["neglabel.h5", "labels", "label -1"]);
}

#[test]
fn speaker_must_fit_u16() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "speaker.h5");
    Fixture {
        speaker: None,
        ..Fixture::good()
    }
    .write_with(&path, |_, _, extra| {
        write_1d::<i32>(extra, "speaker", &[1, -5, 2]);
    });
    let (e, msg) = load_err(&path);
    assert!(
        matches!(
            e,
            ShdError::SpeakerOutOfRange {
                sample: 1,
                speaker: -5,
                ..
            }
        ),
        "{e:?}"
    );
    assert_mentions(&msg, &["speaker.h5", "extra/speaker", "sample 1", "-5"]);
}

#[test]
fn times_must_be_finite_and_non_negative() {
    let dir = TempDir::new().unwrap();
    for (i, bad) in [-0.5f32, f32::NAN, f32::INFINITY].into_iter().enumerate() {
        let path = fixture_path(&dir, &format!("time{i}.h5"));
        Fixture {
            times: Some(vec![vec![0.0, 0.1, 0.2], vec![], vec![bad, 0.3, 0.4]]),
            ..Fixture::good()
        }
        .write(&path);
        let (e, msg) = load_err(&path);
        assert!(
            matches!(
                e,
                ShdError::InvalidTime {
                    sample: 2,
                    spike: 0,
                    ..
                }
            ),
            "{e:?}"
        );
        assert_mentions(
            &msg,
            &[
                &format!("time{i}.h5"),
                "spikes/times",
                "sample 2",
                &format!("time {bad}"),
            ],
        );
    }
}

#[test]
fn float16_nan_time_is_rejected() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "nan16.h5");
    Fixture {
        times: None,
        ..Fixture::good()
    }
    .write_with(&path, |_, spikes, _| {
        let t = |x: f16| F16(x.to_bits());
        let s2 = [t(f16::from_f32(0.2)), t(f16::NAN), t(f16::from_f32(0.3))];
        spikes
            .write_vlen_numeric::<F16>("times", &[&[t(f16::ZERO); 3], &[], &s2])
            .unwrap();
    });
    let (e, msg) = load_err(&path);
    assert!(
        matches!(
            e,
            ShdError::InvalidTime {
                sample: 2,
                spike: 1,
                ..
            }
        ),
        "{e:?}"
    );
    assert_mentions(&msg, &["nan16.h5", "spikes/times", "time NaN"]);
}

#[test]
fn times_must_not_decrease() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "order.h5");
    Fixture {
        times: Some(vec![vec![0.1, 0.3, 0.2], vec![], vec![0.0, 0.0, 0.1]]),
        ..Fixture::good()
    }
    .write(&path);
    let (e, msg) = load_err(&path);
    assert!(
        matches!(
            e,
            ShdError::UnsortedTimes {
                sample: 0,
                spike: 2,
                ..
            }
        ),
        "{e:?}"
    );
    assert_mentions(
        &msg,
        &[
            "order.h5",
            "spikes/times",
            "sample 0",
            "spike 2",
            "0.2",
            "0.3",
        ],
    );
}

#[test]
fn unsupported_dtypes_are_named() {
    let dir = TempDir::new().unwrap();
    type Custom = fn(&H5File, &H5Group, &H5Group);
    let cases: [(&str, &str, Fixture, Custom); 5] = [
        (
            "spikes/times",
            "vlen<int32>",
            Fixture {
                times: None,
                ..Fixture::good()
            },
            |_, s, _| {
                s.write_vlen_numeric::<i32>("times", &[&[0, 1, 2], &[], &[1, 2, 3]])
                    .unwrap();
            },
        ),
        (
            "spikes/units",
            "vlen<float32>",
            Fixture {
                units: None,
                ..Fixture::good()
            },
            |_, s, _| {
                s.write_vlen_numeric::<f32>("units", &[&[0.0, 1.0, 2.0], &[], &[1.0, 2.0, 3.0]])
                    .unwrap();
            },
        ),
        (
            "spikes/units",
            "vlen<int16>",
            Fixture {
                units: None,
                ..Fixture::good()
            },
            |_, s, _| {
                s.write_vlen_numeric::<i16>("units", &[&[0, 1, 2], &[], &[1, 2, 3]])
                    .unwrap();
            },
        ),
        (
            "labels",
            "float32",
            Fixture {
                labels: None,
                ..Fixture::good()
            },
            |h5, _, _| {
                write_1d::<f32>(&h5.root_group(), "labels", &[0.0, 1.0, 2.0]);
            },
        ),
        (
            "extra/keys",
            "uint16",
            Fixture {
                keys: None,
                ..Fixture::good()
            },
            |_, _, e| {
                write_1d::<u16>(e, "keys", &[1, 2, 3]);
            },
        ),
    ];
    for (i, (name, found, fx, custom)) in cases.into_iter().enumerate() {
        let path = fixture_path(&dir, &format!("dtype{i}.h5"));
        fx.write_with(&path, custom);
        let (e, msg) = load_err(&path);
        assert!(
            matches!(&e, ShdError::UnsupportedDtype { dataset, found: f, .. }
                if *dataset == name && f == found),
            "{e:?}"
        );
        assert_mentions(&msg, &[&format!("dtype{i}.h5"), name, found, "expected"]);
    }
}

#[test]
fn datasets_must_be_one_dimensional() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "rank.h5");
    Fixture {
        labels: None,
        ..Fixture::good()
    }
    .write_with(&path, |h5, _, _| {
        h5.new_dataset::<u16>()
            .shape([3, 1])
            .create("labels")
            .unwrap()
            .write_raw(&[0u16, 1, 2])
            .unwrap();
    });
    let (e, msg) = load_err(&path);
    assert!(
        matches!(
            e,
            ShdError::Malformed {
                dataset: "labels",
                ..
            }
        ),
        "{e:?}"
    );
    assert_mentions(&msg, &["rank.h5", "labels", "[3, 1]"]);
}

// ------------------------------------------------------------------ binning

#[test]
fn default_binning_is_10ms_1400ms_pool5() {
    let b = Binning::default();
    assert_eq!(
        b,
        Binning {
            dt_ms: 10.0,
            max_time_s: 1.4,
            pool: 5
        }
    );
    assert_eq!((b.steps(), b.channels()), (140, 140));
    assert_eq!(b.validate(), Ok(()));
    assert_eq!(
        Binning {
            dt_ms: 14.0,
            max_time_s: 1.4,
            pool: 1
        }
        .steps(),
        100
    );
    assert_eq!(
        Binning {
            dt_ms: 1.0,
            max_time_s: 1.4,
            pool: 3
        }
        .steps(),
        1400
    );
    assert_eq!(
        Binning {
            dt_ms: 1.0,
            max_time_s: 1.4,
            pool: 3
        }
        .channels(),
        234
    );
}

#[test]
fn invalid_binnings_are_rejected() {
    let ok = Binning::default();
    let cases = [
        (
            Binning {
                dt_ms: 0.0,
                ..ok.clone()
            },
            "dt_ms",
        ),
        (
            Binning {
                dt_ms: f64::NAN,
                ..ok.clone()
            },
            "dt_ms",
        ),
        (
            Binning {
                max_time_s: -1.0,
                ..ok.clone()
            },
            "max_time_s",
        ),
        (
            Binning {
                max_time_s: f64::INFINITY,
                ..ok.clone()
            },
            "max_time_s",
        ),
        (
            Binning {
                pool: 0,
                ..ok.clone()
            },
            "pool",
        ),
        (
            Binning {
                pool: SHD_UNITS + 1,
                ..ok.clone()
            },
            "pool",
        ),
        (
            Binning {
                dt_ms: 1e-6,
                ..ok.clone()
            },
            "steps",
        ),
    ];
    for (b, field) in cases {
        let err = b.validate().unwrap_err();
        assert!(err.contains(field), "{b:?}: {err}");
    }
}

#[test]
fn binning_serde_rejects_unknown_fields() {
    let b: Binning =
        serde_json::from_str(r#"{"dt_ms": 14, "max_time_s": 1.0, "pool": 2}"#).unwrap();
    assert_eq!(
        b,
        Binning {
            dt_ms: 14.0,
            max_time_s: 1.0,
            pool: 2
        }
    );
    let back: Binning = serde_json::from_str(&serde_json::to_string(&b).unwrap()).unwrap();
    assert_eq!(back, b);
    assert!(
        serde_json::from_str::<Binning>(r#"{"dt_ms": 14, "max_time_s": 1.0, "pool": 2, "x": 1}"#)
            .is_err()
    );
}

#[test]
fn bin_small_example() {
    let b = Binning {
        dt_ms: 10.0,
        max_time_s: 0.05,
        pool: 5,
    };
    let s = sample(
        &[0.0, 0.004, 0.009, 0.0101, 0.049, 0.05, 0.2],
        &[9, 5, 6, 699, 0, 1, 2],
        3,
        None,
    );
    let got = bin(&s, &b);
    let want = BinnedSample {
        label: 3,
        steps: vec![vec![1], vec![139], vec![], vec![], vec![0]],
    };
    assert_eq!(got, want);
}

/// Dense reference: `grid[step][channel]` is set iff some kept spike hits it.
fn naive_grid(s: &Sample, b: &Binning) -> Vec<Vec<bool>> {
    let mut grid = vec![vec![false; b.channels()]; b.steps()];
    for i in 0..s.times.len() {
        let t = f64::from(s.times[i]);
        if t >= b.max_time_s {
            continue;
        }
        let step = (t * 1000.0 / b.dt_ms).floor() as usize;
        if step < grid.len() {
            grid[step][usize::from(s.units[i]) / b.pool] = true;
        }
    }
    grid
}

fn arb_sample() -> impl Strategy<Value = Sample> {
    prop::collection::vec((0.0f32..2.0, 0u16..SHD_UNITS as u16), 0..300).prop_map(|mut spikes| {
        spikes.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (times, units) = spikes.into_iter().unzip();
        Sample {
            times,
            units,
            label: 0,
            speaker: None,
        }
    })
}

fn arb_binning() -> impl Strategy<Value = Binning> {
    let dt = prop_oneof![Just(1.0), Just(10.0), Just(14.0), 0.5f64..50.0];
    (dt, 0.01f64..2.0, 1usize..=SHD_UNITS).prop_map(|(dt_ms, max_time_s, pool)| Binning {
        dt_ms,
        max_time_s,
        pool,
    })
}

proptest! {
    #[test]
    fn bin_matches_naive_grid(s in arb_sample(), b in arb_binning()) {
        prop_assert!(b.validate().is_ok());
        let got = bin(&s, &b);
        prop_assert_eq!(got.steps.len(), b.steps());
        let grid = naive_grid(&s, &b);
        for (step, list) in got.steps.iter().enumerate() {
            // Sorted and unique.
            prop_assert!(list.windows(2).all(|w| w[0] < w[1]), "step {step}: {list:?}");
            let want: Vec<u16> = (0..b.channels())
                .filter(|&c| grid[step][c])
                .map(|c| c as u16)
                .collect();
            prop_assert_eq!(list, &want, "step {}", step);
        }
    }

    #[test]
    fn spikes_at_or_after_max_time_are_dropped(
        s in arb_sample(),
        b in arb_binning(),
        late in prop::collection::vec((0.0f64..1.0, 0u16..SHD_UNITS as u16), 1..20),
    ) {
        // Keep only the early spikes, then append late ones at t >= max_time.
        let mut early = s.clone();
        let keep: Vec<usize> = (0..s.times.len())
            .filter(|&i| f64::from(s.times[i]) < b.max_time_s)
            .collect();
        early.times = keep.iter().map(|&i| s.times[i]).collect();
        early.units = keep.iter().map(|&i| s.units[i]).collect();
        let mut with_late = early.clone();
        for (dt, unit) in late {
            let t = (b.max_time_s + dt) as f32;
            // f32 rounding may land just below max_time; nudge up.
            let t = if f64::from(t) < b.max_time_s { t.next_up() } else { t };
            with_late.times.push(t);
            with_late.units.push(unit);
        }
        let got = bin(&with_late, &b);
        prop_assert_eq!(&got, &bin(&early, &b));
        let active: usize = got.steps.iter().map(Vec::len).sum();
        prop_assert!(active <= early.times.len());
    }
}

#[test]
fn binning_a_loaded_file() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "bin.h5");
    Fixture::good().write(&path);
    let f: ShdFile = load(&path).unwrap();
    let b = Binning::default();
    let binned: Vec<BinnedSample> = f.samples.iter().map(|s| bin(s, &b)).collect();
    // Sample 0: 1 ms → step 0 ch 0; 12.5 ms → step 1 ch 0; 0.5 s → step 50 ch 139.
    assert_eq!(binned[0].steps[0], [0]);
    assert_eq!(binned[0].steps[1], [0]);
    assert_eq!(binned[0].steps[50], [139]);
    assert_eq!(binned[0].steps.iter().map(Vec::len).sum::<usize>(), 3);
    assert!(binned[1].steps.iter().all(Vec::is_empty));
    // Sample 2: two spikes at 0.2 s on units 42, 43 share channel 8; 1.3999 s → step 139.
    assert_eq!(binned[2].steps[20], [8]);
    assert_eq!(binned[2].steps[139], [8]);
    assert_eq!(binned[2].label, 1);
}

#[test]
fn errors_are_send_sync_and_static() {
    fn check<T: std::error::Error + Send + Sync + 'static>() {}
    check::<ShdError>();
}

// ------------------------------------------- issue 14: files that were misjudged

/// A committed fixture written by h5py (`tests/fixtures/make_h5py_fixtures.py`).
fn h5py_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn a_file_behind_a_user_block_loads() {
    // Written by h5py with userblock_size=512: superblock at byte 512, base address 512.
    let f = load(&h5py_fixture("userblock.h5")).unwrap();
    assert_eq!(f.keys, ["zero", "one"]);
    assert_eq!(
        f.samples,
        [
            sample(&[f16::from_f32(0.001).to_f32(), 0.5], &[3, 699], 1, Some(7)),
            sample(&[0.25], &[42], 0, Some(8)),
        ]
    );
    // The same with rust-hdf5's user block, and cut by one byte it is truncated.
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "ub.h5");
    let h5 = H5File::options().userblock(512).create(&path).unwrap();
    let fx = Fixture::good();
    let spikes = h5.create_group("spikes").unwrap();
    let extra = h5.create_group("extra").unwrap();
    let t: Vec<&[f32]> = fx
        .times
        .as_ref()
        .unwrap()
        .iter()
        .map(Vec::as_slice)
        .collect();
    spikes.write_vlen_numeric("times", &t).unwrap();
    let u: Vec<&[u16]> = fx
        .units
        .as_ref()
        .unwrap()
        .iter()
        .map(Vec::as_slice)
        .collect();
    spikes.write_vlen_numeric("units", &u).unwrap();
    write_1d(&h5.root_group(), "labels", fx.labels.as_ref().unwrap());
    extra
        .write_vlen_strings("keys", fx.keys.as_ref().unwrap())
        .unwrap();
    h5.close().unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[512..516], b"\x89HDF");
    assert_eq!(load(&path).unwrap().samples.len(), 3);
    std::fs::write(&path, &bytes[..bytes.len() - 1]).unwrap();
    let (e, _) = load_err(&path);
    assert!(matches!(e, ShdError::Truncated { .. }), "{e:?}");
}

#[test]
fn corrupted_superblock_status_flags_are_refused() {
    // h5py refuses this file: "bad superblock status flags".
    let path = h5py_fixture("bad_flags_v0.h5");
    let (e, msg) = load_err(&path);
    assert!(matches!(e, ShdError::Corrupted { .. }), "{e:?}");
    assert_mentions(&msg, &["bad_flags_v0.h5", "status flags", "0xdeadbe00"]);

    // A version-2 superblock (rust-hdf5's) with an undefined flag bit; the superblock checksum
    // is recomputed so that only the flags are wrong.
    let dir = TempDir::new().unwrap();
    let good = fixture_path(&dir, "good.h5");
    Fixture::good().write(&good);
    let mut bytes = std::fs::read(&good).unwrap();
    assert_eq!(
        (bytes[8], bytes[9]),
        (2, 8),
        "version-2 superblock, 8-byte offsets"
    );
    bytes[11] = 0x40;
    let sum = hdf5_reader::checksum::jenkins_lookup3(&bytes[..44]);
    bytes[44..48].copy_from_slice(&sum.to_le_bytes());
    let path = fixture_path(&dir, "open.h5");
    std::fs::write(&path, &bytes).unwrap();
    let (e, msg) = load_err(&path);
    assert!(matches!(e, ShdError::Corrupted { .. }), "{e:?}");
    assert_mentions(&msg, &["open.h5", "status flags 0x40"]);
}

#[test]
fn an_external_link_is_named_as_such_not_missing() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "elink.h5");
    Fixture {
        times: None,
        ..Fixture::good()
    }
    .write_with(&path, |_, spikes, _| {
        spikes
            .create_external_link("times", "elsewhere.h5", "/spikes/times")
            .unwrap();
    });
    let (e, msg) = load_err(&path);
    assert!(
        matches!(&e, ShdError::ExternalLink { dataset, file, .. }
            if *dataset == "spikes/times" && file == "elsewhere.h5"),
        "{e:?}"
    );
    assert_mentions(
        &msg,
        &["elink.h5", "spikes/times", "external link", "elsewhere.h5"],
    );
}

#[test]
fn a_group_where_a_dataset_belongs_is_named_as_such() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "group.h5");
    Fixture {
        labels: None,
        ..Fixture::good()
    }
    .write_with(&path, |h5, _, _| {
        h5.create_group("labels").unwrap();
    });
    let (e, msg) = load_err(&path);
    assert!(matches!(e, ShdError::WrongObject { .. }), "{e:?}");
    assert_mentions(
        &msg,
        &["group.h5", "`labels` is a group, expected a dataset"],
    );

    // And a dataset where the group `spikes` belongs.
    let path = fixture_path(&dir, "flat.h5");
    let h5 = H5File::create(&path).unwrap();
    write_1d(&h5.root_group(), "spikes", &[1u16, 2]);
    h5.close().unwrap();
    let (e, msg) = load_err(&path);
    assert!(matches!(e, ShdError::WrongObject { .. }), "{e:?}");
    assert_mentions(
        &msg,
        &["flat.h5", "`spikes` is a dataset, expected a group"],
    );
}

#[test]
fn a_damaged_address_in_a_full_length_file_is_corruption_not_truncation() {
    let dir = TempDir::new().unwrap();
    let good = fixture_path(&dir, "good.h5");
    Fixture::good().write(&good);
    let bytes = std::fs::read(&good).unwrap();
    // Point the root object header address (the last field of the 48-byte version-2
    // superblock, before its checksum) past the end of the file, checksum recomputed.
    let mut bad = bytes.clone();
    bad[36..44].copy_from_slice(&(10 * bytes.len() as u64).to_le_bytes());
    let sum = hdf5_reader::checksum::jenkins_lookup3(&bad[..44]);
    bad[44..48].copy_from_slice(&sum.to_le_bytes());
    let path = fixture_path(&dir, "badaddr.h5");
    std::fs::write(&path, &bad).unwrap();
    let (e, msg) = load_err(&path);
    assert!(matches!(e, ShdError::Corrupted { .. }), "{e:?}");
    assert_mentions(&msg, &["badaddr.h5", "corrupted"]);
    assert!(!msg.contains("truncated"), "{msg}");
}

#[test]
fn duplicate_class_names_are_refused_on_load_and_write() {
    let dir = TempDir::new().unwrap();
    let path = fixture_path(&dir, "dup.h5");
    Fixture {
        keys: Some(vec!["zero", "one", "zero"]),
        ..Fixture::good()
    }
    .write(&path);
    let (e, msg) = load_err(&path);
    assert!(
        matches!(
            e,
            ShdError::DuplicateKey {
                first: 0,
                second: 2,
                ..
            }
        ),
        "{e:?}"
    );
    assert_mentions(&msg, &["dup.h5", "extra/keys", "\"zero\"", "distinct"]);

    let out = fixture_path(&dir, "dup_written.h5");
    let e = write(
        &out,
        &ShdWrite {
            samples: &[sample(&[0.1], &[1], 0, None)],
            keys: &strings(&["a", "a"]),
        },
    )
    .unwrap_err();
    assert!(matches!(e, ShdError::DuplicateKey { .. }), "{e:?}");
    assert!(!out.exists());
}
