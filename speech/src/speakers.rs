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
}

impl Speaker {
    /// The utterance of word `label` with jitter drawn from `rng` (German words use the `de`
    /// voice with this speaker's variant, pitch and speed).
    pub fn utterance(&self, label: u16, rng: &mut SplitMix64) -> Utterance {
        let base_voice = match language(label) {
            Language::English => self.english_voice,
            Language::German => "de",
        };
        let pitch = (self.pitch as f64 + rng.uniform(PITCH_JITTER)).round();
        let speed = (self.speed as f64 * (1.0 + rng.uniform(SPEED_JITTER))).round();
        let lead_silence_s = rng.next_f64() * MAX_LEAD_SILENCE_S;
        Utterance {
            voice: format!("{base_voice}+{}", self.variant),
            pitch: pitch.clamp(0.0, 99.0) as u32,
            speed: speed.max(80.0) as u32,
            lead_silence_s,
        }
    }
}
