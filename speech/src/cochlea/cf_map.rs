//! The SHD frequency map (`shd-data.md` §3.2): channel position c = 3.5·i/699 on the
//! basilar membrane of Sieroka et al. (2006) with the SHD constants, scaled by the 0.90 that
//! matches the peak of the SHD transfer function; unit 0 is the base (highest frequency).

/// Number of channels (SHD units).
pub const CHANNELS: usize = golden::shd::SHD_UNITS;

const C0: f64 = 1e9;
const ALPHA: f64 = 3.0;
const A: f64 = 3500.0;
const M: f64 = 0.05;
const LENGTH: f64 = 3.5;
/// Peak of the SHD BM transfer function relative to the resonance formula.
const CF_SCALE: f64 = 0.90;
/// −3 dB bandwidth fit of the SHD BM: BW = 0.2271·CF^1.043 Hz (within 5 % below 8 kHz).
const BW_COEF: f64 = 0.2271;
const BW_EXP: f64 = 1.043;
/// A 4th-order gammatone's −3 dB bandwidth is 0.87·b.
const BW_PER_B: f64 = 0.87;

/// Position of `unit` along the membrane, 0..=3.5.
pub fn position(unit: usize) -> f64 {
    LENGTH * unit as f64 / (CHANNELS - 1) as f64
}

/// Centre frequency of `unit` in Hz: about 20.3 kHz at unit 0, 99 Hz at unit 699.
pub fn cf_hz(unit: usize) -> f64 {
    let c = position(unit);
    CF_SCALE * ((C0 * (-ALPHA * c).exp() - A) / M).sqrt() / std::f64::consts::TAU
}

/// −3 dB bandwidth in Hz of the channel with centre frequency `cf`.
pub fn bandwidth_hz(cf: f64) -> f64 {
    BW_COEF * cf.powf(BW_EXP)
}

/// The gammatone's b parameter (Hz) giving that bandwidth.
pub fn gammatone_b_hz(cf: f64) -> f64 {
    bandwidth_hz(cf) / BW_PER_B
}
