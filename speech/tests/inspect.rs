//! `data inspect`: the summary's figures on a hand-made file, and the raster PNG.

use std::path::PathBuf;

use golden::shd::{self, Sample, ShdWrite};
use speech::inspect::{self, Stats};
use speech::raster;

fn sample(spikes: &[(f32, u16)], label: u16, speaker: u16) -> Sample {
    Sample {
        times: spikes.iter().map(|s| s.0).collect(),
        units: spikes.iter().map(|s| s.1).collect(),
        label,
        speaker: Some(speaker),
    }
}

fn samples() -> Vec<Sample> {
    vec![
        sample(&[(0.01, 5), (0.02, 5), (0.5, 699)], 1, 7),
        sample(&[], 0, 7),
        sample(&[(0.25, 0), (1.0, 300)], 1, 2),
    ]
}

#[test]
fn summary_counts_classes_speakers_spikes_units_and_duration() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("x.h5");
    let keys = vec!["zero".to_string(), "fünf".to_string()];
    shd::write(
        &path,
        &ShdWrite {
            samples: &samples(),
            keys: &keys,
        },
    )
    .unwrap();
    let file = shd::load(&path).unwrap();
    let s = inspect::summarize(&file);
    assert_eq!(s.samples, 3);
    assert_eq!(s.spikes, 5);
    assert_eq!(s.empty_samples, 1);
    assert_eq!(
        s.classes,
        [("zero".to_string(), 1), ("fünf".to_string(), 2)]
    );
    assert_eq!(
        s.speakers.clone().unwrap().into_iter().collect::<Vec<_>>(),
        [(2, 1), (7, 2)]
    );
    assert_eq!(
        s.spikes_per_sample,
        Stats {
            mean: 5.0 / 3.0,
            min: 0.0,
            max: 3.0
        }
    );
    assert_eq!(s.active_units, 4);
    assert_eq!(s.active_units_per_sample.max, 2.0);
    assert!((s.last_spike_s.max - 1.0).abs() < 1e-3 && (s.last_spike_s.min - 0.5).abs() < 1e-3);
    let text = s.to_string();
    for needle in [
        "samples: 3",
        "fünf",
        "speakers: 2 (2: 1, 7: 2)",
        "mean 1.7, min 0, max 3",
    ] {
        assert!(text.contains(needle), "{needle:?} not in\n{text}");
    }
    let line = inspect::describe_sample(&file, 2).unwrap();
    assert!(
        line.contains("label 1 (fünf), speaker 2, 2 spikes"),
        "{line}"
    );
    let e = inspect::describe_sample(&file, 3).unwrap_err().to_string();
    assert!(
        e.contains("x.h5") && e.contains("--sample 3") && e.contains("3 samples"),
        "{e}"
    );
}

#[test]
fn raster_png_has_a_black_pixel_per_spike_at_time_and_unit() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("r.png");
    let s = &samples()[2];
    let (w, h) = raster::write_png(&path, s).unwrap();
    assert_eq!((w, h), (1001, 700));
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!((info.width, info.height), (1001, 700));
    assert_eq!(info.color_type, png::ColorType::Grayscale);
    let px = |x: usize, y: usize| buf[y * 1001 + x];
    assert_eq!(px(250, 0), 0, "spike at 0.25 s, unit 0");
    assert_eq!(px(1000, 300), 0, "spike at 1.0 s, unit 300");
    assert_eq!(buf.iter().filter(|&&p| p == 0).count(), 2);
    assert_eq!(px(50, 50), 255, "background");
    // An unwritable path is a named error and leaves nothing.
    let bad = PathBuf::from(tmp.path()).join("missing/dir/r.png");
    let e = raster::write_png(&bad, s).unwrap_err().to_string();
    assert!(e.contains("missing/dir/r.png"), "{e}");
}

#[test]
fn an_empty_sample_still_draws_a_blank_raster() {
    let r = raster::render(&samples()[1]);
    assert_eq!((r.width, r.height), (101, 700));
    assert!(r.pixels.iter().all(|&p| p > 0));
}
