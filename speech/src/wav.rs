//! The WAV files `espeak-ng` writes: RIFF, PCM, 16-bit, mono. With `--stdout` espeak-ng cannot
//! seek back, so the RIFF and data sizes are placeholders (0x7fff_f000 and similar); the data
//! chunk is therefore read up to the end of the bytes, never beyond.

/// Mono audio as samples in [-1, 1) at `rate` Hz.
#[derive(Clone, Debug, PartialEq)]
pub struct Audio {
    pub samples: Vec<f32>,
    pub rate: u32,
}

/// Why bytes are not a WAV file this parser reads.
#[derive(thiserror::Error, Debug, PartialEq, Eq)]
pub enum WavError {
    #[error("{0} bytes is too short for a WAV header (needs 12)")]
    TooShort(usize),
    #[error("no RIFF/WAVE signature")]
    NotWav,
    #[error("no `fmt ` chunk before the `data` chunk")]
    NoFormat,
    #[error("no `data` chunk")]
    NoData,
    #[error("`fmt ` chunk is {0} bytes, expected at least 16")]
    ShortFormat(u32),
    #[error(
        "format {format}, {channels} channel(s), {bits} bits; expected PCM (1), 1 channel, 16 bits"
    )]
    Unsupported {
        format: u16,
        channels: u16,
        bits: u16,
    },
    #[error("sample rate {0} Hz, expected 8000..=192000")]
    Rate(u32),
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Parses 16-bit PCM mono WAV bytes.
pub fn parse(bytes: &[u8]) -> Result<Audio, WavError> {
    if bytes.len() < 12 {
        return Err(WavError::TooShort(bytes.len()));
    }
    if &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err(WavError::NotWav);
    }
    let mut rate = None;
    let mut at = 12;
    while at + 8 <= bytes.len() {
        let id = &bytes[at..at + 4];
        let size = u32_at(bytes, at + 4);
        let body = at + 8;
        // Placeholder sizes run past the end: take what is there.
        let end = body.saturating_add(size as usize).min(bytes.len());
        match id {
            b"fmt " => {
                if size < 16 || end - body < 16 {
                    return Err(WavError::ShortFormat(size));
                }
                let format = u16_at(bytes, body);
                let channels = u16_at(bytes, body + 2);
                let bits = u16_at(bytes, body + 14);
                if format != 1 || channels != 1 || bits != 16 {
                    return Err(WavError::Unsupported {
                        format,
                        channels,
                        bits,
                    });
                }
                let r = u32_at(bytes, body + 4);
                if !(8000..=192_000).contains(&r) {
                    return Err(WavError::Rate(r));
                }
                rate = Some(r);
            }
            b"data" => {
                let rate = rate.ok_or(WavError::NoFormat)?;
                let samples = bytes[body..end]
                    .chunks_exact(2)
                    .map(|s| f32::from(i16::from_le_bytes([s[0], s[1]])) / 32768.0)
                    .collect();
                return Ok(Audio { samples, rate });
            }
            _ => {}
        }
        // Chunks are padded to an even size.
        at = end + (end - body) % 2;
    }
    Err(WavError::NoData)
}

/// Encodes `samples` (clamped to [-1, 1]) as a 16-bit PCM mono WAV file; with `streaming`,
/// the sizes are the placeholders `espeak-ng --stdout` writes. For tests and fixtures.
pub fn encode(samples: &[f32], rate: u32, streaming: bool) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let (riff, data) = if streaming {
        (0x7fff_f024, 0x7fff_f000)
    } else {
        (36 + data_len, data_len)
    };
    let mut out = Vec::with_capacity(44 + samples.len() * 2);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&u32::to_le_bytes(riff));
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&rate.to_le_bytes());
    out.extend_from_slice(&(rate * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data.to_le_bytes());
    for &s in samples {
        let v = (s.clamp(-1.0, 1.0) * 32767.0).round() as i16;
        out.extend_from_slice(&v.to_le_bytes());
    }
    out
}
