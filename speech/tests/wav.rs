//! The WAV reader: espeak-ng's streaming header, round trips, and named refusals.

use proptest::prelude::*;
use speech::wav::{self, WavError};

#[test]
fn reads_espeak_ng_stdout_with_placeholder_sizes() {
    let out = std::process::Command::new("espeak-ng")
        .args(["-v", "de", "--stdout", "drei"])
        .output()
        .expect("espeak-ng is installed");
    let audio = wav::parse(&out.stdout).unwrap();
    assert_eq!(audio.rate, 22_050);
    assert_eq!(audio.samples.len(), (out.stdout.len() - 44) / 2);
    let seconds = audio.samples.len() as f64 / 22_050.0;
    assert!((0.3..1.2).contains(&seconds), "{seconds} s");
    assert!(audio.samples.iter().any(|&s| s.abs() > 0.05));
}

proptest! {
    #[test]
    fn encode_then_parse_round_trips(
        ints in prop::collection::vec(-32767i16..=32767, 0..500),
        rate in 8000u32..=48000,
        streaming in any::<bool>(),
    ) {
        let samples: Vec<f32> = ints.iter().map(|&i| f32::from(i) / 32767.0).collect();
        let audio = wav::parse(&wav::encode(&samples, rate, streaming)).unwrap();
        prop_assert_eq!(audio.rate, rate);
        prop_assert_eq!(audio.samples.len(), ints.len());
        for (a, &i) in audio.samples.iter().zip(&ints) {
            prop_assert_eq!(*a, f32::from(i) / 32768.0);
        }
    }
}

#[test]
fn refuses_what_it_cannot_read_with_a_reason() {
    let good = wav::encode(&[0.1, -0.2], 22_050, false);
    assert_eq!(wav::parse(b"RIFF"), Err(WavError::TooShort(4)));
    let mut not_wave = good.clone();
    not_wave[8..12].copy_from_slice(b"AVI ");
    assert_eq!(wav::parse(&not_wave), Err(WavError::NotWav));
    let mut stereo = good.clone();
    stereo[22] = 2;
    assert_eq!(
        wav::parse(&stereo),
        Err(WavError::Unsupported {
            format: 1,
            channels: 2,
            bits: 16
        })
    );
    let mut rate = good.clone();
    rate[24..28].copy_from_slice(&7u32.to_le_bytes());
    assert_eq!(wav::parse(&rate), Err(WavError::Rate(7)));
    assert_eq!(wav::parse(&good[..36]), Err(WavError::NoData));
    assert!(
        WavError::Rate(7).to_string().contains("7 Hz"),
        "messages name the value"
    );
}
