//! The 12 synthetic speakers of `shd-data.md` §3.1 and the seeded per-utterance jitter.

use golden::rng::SplitMix64;

use crate::words::{Language, language};

/// One synthetic speaker: an `espeak-ng` English voice, a voice variant shared by both
/// languages, and a base pitch (`-p`) and speed (`-s`, words per minute).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub id: u16,
    pub english_voice: &'static str,
    pub variant: &'static str,
    pub pitch: u32,
    pub speed: u32,
}

const fn speaker(
    id: u16,
    english_voice: &'static str,
    variant: &'static str,
    pitch: u32,
    speed: u32,
) -> Speaker {
    Speaker {
        id,
        english_voice,
        variant,
        pitch,
        speed,
    }
}

/// The speaker table; `SPEAKERS[i].id == i`.
pub const SPEAKERS: [Speaker; 12] = [
    speaker(0, "en-us", "m1", 40, 160),
    speaker(1, "en", "f2", 65, 150),
    speaker(2, "en-gb-scotland", "m3", 35, 170),
    speaker(3, "en-gb-x-rp", "f4", 70, 155),
    speaker(4, "en-029", "m5", 45, 175),
    speaker(5, "en-us", "f1", 60, 145),
    speaker(6, "en-gb-x-gbclan", "m7", 30, 165),
    speaker(7, "en-gb-x-gbcwmd", "f3", 75, 160),
    speaker(8, "en-us", "klatt", 50, 150),
    speaker(9, "en", "m2", 55, 185),
    speaker(10, "en-gb-scotland", "f5", 68, 140),
    speaker(11, "en-gb-x-rp", "m6", 38, 170),
];

/// Speakers whose clips go to the test file only (as in SHD).
pub const TEST_SPEAKERS: [u16; 2] = [4, 5];

/// Pitch jitter: base ± this many `-p` steps.
pub const PITCH_JITTER: f64 = 8.0;
/// Speed jitter: base × (1 ± this fraction).
pub const SPEED_JITTER: f64 = 0.15;
/// Leading silence: uniform in [0, this) seconds.
pub const MAX_LEAD_SILENCE_S: f64 = 0.050;

/// Every espeak-ng voice variant the speakers use; `Variation::random_variant` draws from it.
pub const VARIANTS: [&str; 24] = [
    "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5", "klatt",
    "klatt2", "klatt3", "klatt4", "croak", "grandpa", "grandma", "iven", "john", "linda", "robert",
];

/// How much clips of one speaker vary. `default()` is the demo set's (the constants above);
/// `hard()` is the harder set of `data synth --variation hard`: wider pitch and speed jitter
/// per clip, up to 300 ms of leading silence, a random voice variant per clip (so a speaker's
/// clips sound like many speakers) and white noise, so that word identity is less visible in
/// coarse spike counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Variation {
    /// Pitch: base ± this many `-p` steps.
    pub pitch_jitter: f64,
    /// Speed: base × (1 ± this fraction).
    pub speed_jitter: f64,
    /// Leading silence: uniform in [0, this) seconds.
    pub max_lead_silence_s: f64,
    /// Each clip gets a voice variant drawn from `VARIANTS` instead of its speaker's.
    pub random_variant: bool,
    /// White noise at a signal-to-noise ratio drawn uniformly from this range (dB); `None`:
    /// no noise.
    pub noise_snr_db: Option<(f64, f64)>,
}

impl Default for Variation {
    fn default() -> Self {
        Variation {
            pitch_jitter: PITCH_JITTER,
            speed_jitter: SPEED_JITTER,
            max_lead_silence_s: MAX_LEAD_SILENCE_S,
            random_variant: false,
            noise_snr_db: None,
        }
    }
}

impl Variation {
    pub fn hard() -> Self {
        Variation {
            pitch_jitter: 25.0,
            speed_jitter: 0.35,
            max_lead_silence_s: 0.300,
            random_variant: true,
            noise_snr_db: Some((0.0, 15.0)),
        }
    }
}

/// How one clip is spoken: the `espeak-ng` arguments and the silence put in front.
#[derive(Clone, Debug, PartialEq)]
pub struct Utterance {
    /// `-v` argument, e.g. `en-us+m1` or `de+m1`.
    pub voice: String,
    /// `-p` argument, 0..=99.
    pub pitch: u32,
    /// `-s` argument, words per minute.
    pub speed: u32,
    /// Seconds of silence before the word.
    pub lead_silence_s: f64,
    /// Signal-to-noise ratio (dB) of white noise added to the clip; `None`: none.
    pub noise_snr_db: Option<f64>,
}

impl Speaker {
    /// The utterance of word `label` with jitter drawn from `rng` (German words use the `de`
    /// voice with this speaker's variant, pitch and speed).
    pub fn utterance(&self, label: u16, rng: &mut SplitMix64) -> Utterance {
        self.utterance_with(label, &Variation::default(), rng)
    }

    /// The utterance with the jitter of `var` (the default variation draws exactly what
    /// `utterance` always drew, so the demo set does not change).
    pub fn utterance_with(&self, label: u16, var: &Variation, rng: &mut SplitMix64) -> Utterance {
        let base_voice = match language(label) {
            Language::English => self.english_voice,
            Language::German => "de",
        };
        let pitch = (self.pitch as f64 + rng.uniform(var.pitch_jitter)).round();
        let speed = (self.speed as f64 * (1.0 + rng.uniform(var.speed_jitter))).round();
        let lead_silence_s = rng.next_f64() * var.max_lead_silence_s;
        let variant = if var.random_variant {
            VARIANTS[rng.below(VARIANTS.len() as u64) as usize]
        } else {
            self.variant
        };
        let noise_snr_db = var
            .noise_snr_db
            .map(|(lo, hi)| lo + rng.next_f64() * (hi - lo));
        Utterance {
            voice: format!("{base_voice}+{variant}"),
            pitch: pitch.clamp(0.0, 99.0) as u32,
            speed: speed.max(80.0) as u32,
            lead_silence_s,
            noise_snr_db,
        }
    }
}

#[cfg(test)]
mod variation_tests {
    use super::*;

    #[test]
    fn the_default_variation_draws_what_utterance_always_drew_and_hard_varies_more() {
        let mut pitch_spread = (0.0f64, 0.0f64);
        for seed in 0..200 {
            for s in &SPEAKERS {
                let a = s.utterance(3, &mut SplitMix64::new(seed));
                let b = s.utterance_with(3, &Variation::default(), &mut SplitMix64::new(seed));
                assert_eq!(a, b);
                assert!(a.noise_snr_db.is_none() && a.voice.ends_with(s.variant));
                let h = s.utterance_with(13, &Variation::hard(), &mut SplitMix64::new(seed));
                let snr = h.noise_snr_db.expect("hard clips are noisy");
                assert!((0.0..=15.0).contains(&snr), "{snr}");
                assert!(h.lead_silence_s < 0.3 && h.voice.starts_with("de+"));
                let v = h.voice.trim_start_matches("de+");
                assert!(VARIANTS.contains(&v), "{v}");
                pitch_spread.0 = pitch_spread.0.max((a.pitch as f64 - s.pitch as f64).abs());
                pitch_spread.1 = pitch_spread.1.max((h.pitch as f64 - s.pitch as f64).abs());
            }
        }
        assert!(
            pitch_spread.0 <= PITCH_JITTER + 0.5 && pitch_spread.1 > 20.0,
            "{pitch_spread:?}"
        );
    }
}
