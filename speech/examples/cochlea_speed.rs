//! Bench-style printout: how fast one core encodes espeak-ng clips, and the spike counts.
//! `cargo run --release -p delaytile-speech --example cochlea_speed`

use std::time::Instant;

use golden::rng::SplitMix64;
use speech::cochlea::{Cochlea, Params};
use speech::espeak::Espeak;
use speech::speakers::SPEAKERS;
use speech::words::WORDS;

fn main() -> Result<(), speech::SpeechError> {
    let espeak = Espeak::default();
    let mut rng = SplitMix64::new(1);
    let clips: Vec<Vec<f32>> = (0..6)
        .map(|i| {
            let u = SPEAKERS[i % 12].utterance((i * 3 % 20) as u16, &mut rng);
            espeak.speak(WORDS[i * 3 % 20], &u).map(|a| a.samples)
        })
        .collect::<Result<_, _>>()?;
    let cochlea = Cochlea::new(22_050.0, Params::default());
    let start = Instant::now();
    let mut spikes = 0;
    let mut seconds = 0.0;
    for (i, c) in clips.iter().enumerate() {
        let s = cochlea.encode(c, i as u64);
        spikes += s.times.len();
        seconds += c.len() as f64 / 22_050.0;
        println!(
            "clip {i}: {:.2} s audio, {} spikes",
            c.len() as f64 / 22_050.0,
            s.times.len()
        );
    }
    let t = start.elapsed().as_secs_f64();
    println!(
        "encode: {:.1} clips/s on one core ({:.3} s per clip, {:.1}x real time), {:.0} spikes per clip",
        clips.len() as f64 / t,
        t / clips.len() as f64,
        seconds / t,
        spikes as f64 / clips.len() as f64
    );
    Ok(())
}
