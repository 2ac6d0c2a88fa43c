//! Spike raster of one sample as a greyscale PNG, pixels written directly (no fonts, no
//! system libraries): x is time at 1 ms per pixel, y is the unit with unit 0 (the highest
//! frequency) at the top; light grid lines every 100 ms and every 100 units.

use std::path::Path;

use golden::shd::{SHD_UNITS, Sample};

use crate::error::SpeechError;

/// Pixels per second of time.
pub const PIXELS_PER_S: f64 = 1000.0;
/// Widest image; longer samples are compressed to fit.
pub const MAX_WIDTH: usize = 4000;
const BACKGROUND: u8 = 255;
const GRID: u8 = 215;
const SPIKE: u8 = 0;

/// A greyscale image, row-major.
#[derive(Clone, Debug, PartialEq)]
pub struct Raster {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

/// Draws `sample` (at least 100 ms wide, so an empty sample still gives an image).
pub fn render(sample: &Sample) -> Raster {
    let duration = f64::from(sample.times.last().copied().unwrap_or(0.0)).max(0.1);
    // Clamped in floating point: a far spike (e.g. at 1e30 s, finite and so valid) must not
    // overflow the integer width.
    let width = (duration * PIXELS_PER_S).ceil().min((MAX_WIDTH - 1) as f64) as usize + 1;
    let px_per_s = (width - 1) as f64 / duration;
    let height = SHD_UNITS;
    let mut pixels = vec![BACKGROUND; width * height];
    let grid_step = (0.1 * px_per_s).max(1.0);
    let mut x = 0.0;
    while (x as usize) < width {
        for y in 0..height {
            pixels[y * width + x as usize] = GRID;
        }
        x += grid_step;
    }
    for y in (0..height).step_by(100) {
        pixels[y * width..(y + 1) * width].fill(GRID);
    }
    for (&t, &u) in sample.times.iter().zip(&sample.units) {
        let x = ((f64::from(t) * px_per_s).round() as usize).min(width - 1);
        let y = usize::from(u).min(height - 1);
        pixels[y * width + x] = SPIKE;
    }
    Raster {
        width,
        height,
        pixels,
    }
}

/// PNG bytes of a raster.
pub fn encode_png(raster: &Raster) -> Result<Vec<u8>, png::EncodingError> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, raster.width as u32, raster.height as u32);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&raster.pixels)?;
    writer.finish()?;
    Ok(bytes)
}

/// Renders `sample` and writes it to `path` atomically; returns the image size.
pub fn write_png(path: &Path, sample: &Sample) -> Result<(usize, usize), SpeechError> {
    let raster = render(sample);
    let bytes = encode_png(&raster).map_err(|e| SpeechError::Png {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    golden::atomic::write_bytes(path, &bytes, |op, source| SpeechError::Io {
        path: path.to_path_buf(),
        op,
        source,
    })?;
    Ok((raster.width, raster.height))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_spike(t: f32) -> Sample {
        Sample {
            times: vec![0.0, t],
            units: vec![0, 5],
            label: 0,
            speaker: None,
        }
    }

    #[test]
    fn a_far_spike_is_drawn_in_the_last_column_not_a_crash() {
        for t in [1e30f32, 65504.0, f32::MAX] {
            let r = render(&one_spike(t));
            assert_eq!(r.width, MAX_WIDTH, "t = {t}");
            assert_eq!(r.pixels.len(), r.width * r.height);
            assert_eq!(r.pixels[5 * r.width + r.width - 1], SPIKE, "t = {t}");
            assert_eq!(r.pixels[0], SPIKE);
        }
        // A short sample keeps 1 ms per column.
        let r = render(&one_spike(0.25));
        assert_eq!(r.width, 251);
        assert_eq!(r.pixels[5 * r.width + 250], SPIKE);
    }
}
