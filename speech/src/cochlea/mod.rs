//! The cochlea model of `shd-data.md` §3.2: audio → SHD spikes (time, unit).
//!
//! Per clip: normalise to RMS 0.3 and apply a Hann window over the whole clip; then per channel
//! a gammatone filter ([`gammatone`]) on the SHD frequency map ([`cf_map`]) with gain 230, a
//! Meddis hair cell ([`hair_cell`]), 40 fibres with 1 ms dead time ([`fibres`]) and one LIF
//! bushy cell ([`bushy`]) whose spikes are the output. Channels run in blocks of [`LANES`]
//! with the state of a block in small arrays, so that each stage's per-sample loop over the
//! lanes is vectorised; nothing is allocated per sample.

// The lane loops index several state arrays by lane on purpose: that is the shape the
// compiler vectorises.
#![allow(clippy::needless_range_loop)]

mod bushy;
mod cf_map;
mod fibres;
mod gammatone;
mod hair_cell;

pub use bushy::BushyParams;
pub use cf_map::{CHANNELS, bandwidth_hz, cf_hz, gammatone_b_hz, position};
pub use fibres::{MAX_FIBRES, binomial};
pub use hair_cell::spontaneous_probability;

use golden::rng::SplitMix64;

use bushy::BushyLanes;
use fibres::FibreLanes;
use gammatone::{ChannelFilter, GammatoneLanes, RESYNC};
use hair_cell::HairCellLanes;

/// Channels simulated together (32 measured fastest with AVX2: enough independent work per
/// sample to hide the filters' latency, still in registers and L1).
pub const LANES: usize = 32;
// Spiking lanes are reported as bits of a u32.
const _: () = assert!(LANES <= 32);

/// The encoder's constants (SHD's, plus the substitute's fitted gain and input cut-off).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// RMS the clip is scaled to before the window.
    pub rms: f64,
    /// Gain on the filter-bank output (calibrated against lauscher on a real HD recording).
    pub gain: f64,
    /// Channels with CF >= this fraction of the sampling rate get no input.
    pub max_cf_fraction: f64,
    /// Fibres per channel (at most [`MAX_FIBRES`]).
    pub fibres: u32,
    /// Fibre dead time, seconds.
    pub dead_time_s: f64,
    pub bushy: BushyParams,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            rms: 0.3,
            gain: 230.0,
            max_cf_fraction: 0.45,
            fibres: 40,
            dead_time_s: 1e-3,
            bushy: BushyParams::default(),
        }
    }
}

/// Spikes of one clip, sorted by (time, unit), as SHD stores them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spikes {
    /// Seconds from the start of the clip.
    pub times: Vec<f32>,
    pub units: Vec<u16>,
}

/// An encoder for one sampling rate, with every coefficient precomputed.
#[derive(Clone, Debug)]
pub struct Cochlea {
    fs: f64,
    params: Params,
    /// One per channel, padded with silent channels to a multiple of `LANES`.
    filters: Vec<ChannelFilter>,
}

impl Cochlea {
    /// The encoder for audio at `fs` Hz; `params.fibres` is capped at [`MAX_FIBRES`].
    pub fn new(fs: f64, params: Params) -> Self {
        let max_cf = params.max_cf_fraction * fs;
        let gain = params.gain as f32;
        let mut filters: Vec<ChannelFilter> = (0..CHANNELS)
            .map(|i| ChannelFilter::new(cf_hz(i), fs, gain, max_cf))
            .collect();
        filters.resize(CHANNELS.div_ceil(LANES) * LANES, ChannelFilter::default());
        Cochlea {
            fs,
            params,
            filters,
        }
    }

    pub fn sample_rate(&self) -> f64 {
        self.fs
    }

    /// Channels that receive input (the others fire only spontaneously).
    pub fn channels_with_input(&self) -> usize {
        self.filters[..CHANNELS]
            .iter()
            .filter(|f| f.has_input())
            .count()
    }

    /// Scales `audio` to the target RMS (silence stays silence) and applies a Hann window over
    /// the whole clip.
    pub fn prepare(&self, audio: &[f32]) -> Vec<f32> {
        let n = audio.len();
        let energy: f64 = audio.iter().map(|&s| f64::from(s) * f64::from(s)).sum();
        let rms = (energy / n.max(1) as f64).sqrt();
        let scale = if rms > 0.0 {
            self.params.rms / rms
        } else {
            0.0
        };
        let span = (n.max(2) - 1) as f64;
        audio
            .iter()
            .enumerate()
            .map(|(i, &s)| {
                let hann = 0.5 - 0.5 * (std::f64::consts::TAU * i as f64 / span).cos();
                (f64::from(s) * scale * hann) as f32
            })
            .collect()
    }

    /// Encodes one clip; `seed` fixes the fibres' random draws.
    pub fn encode(&self, audio: &[f32], seed: u64) -> Spikes {
        self.encode_impl(audio, seed, true)
    }

    /// [`encode`](Self::encode) without the AVX2 path (for the test that both agree).
    #[doc(hidden)]
    pub fn encode_portable(&self, audio: &[f32], seed: u64) -> Spikes {
        self.encode_impl(audio, seed, false)
    }

    fn encode_impl(&self, audio: &[f32], seed: u64, simd: bool) -> Spikes {
        let x = self.prepare(audio);
        // (sample << 16 | unit): sorting these sorts by (time, unit).
        let mut keys: Vec<u64> = Vec::with_capacity(x.len() / 2);
        for block in 0..self.filters.len() / LANES {
            if simd {
                self.encode_block(block, &x, seed, &mut keys);
            } else {
                self.encode_block_portable(block, &x, seed, &mut keys);
            }
        }
        keys.sort_unstable();
        let dt = 1.0 / self.fs;
        Spikes {
            times: keys
                .iter()
                .map(|&k| ((k >> 16) as f64 * dt) as f32)
                .collect(),
            units: keys.iter().map(|&k| (k & 0xffff) as u16).collect(),
        }
    }

    fn lane_filters(&self, block: usize) -> [ChannelFilter; LANES] {
        std::array::from_fn(|l| self.filters[block * LANES + l])
    }

    /// Runs channels `block·LANES ..` over the whole (prepared) clip, with AVX2 when the CPU
    /// has it. Without FMA the compiler cannot fuse operations, so both paths give the same
    /// bits (a test checks).
    fn encode_block(&self, block: usize, x: &[f32], seed: u64, keys: &mut Vec<u64>) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2, checked just above.
            return unsafe { self.encode_block_avx2(block, x, seed, keys) };
        }
        self.encode_block_portable(block, x, seed, keys);
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn encode_block_avx2(&self, block: usize, x: &[f32], seed: u64, keys: &mut Vec<u64>) {
        self.encode_block_portable(block, x, seed, keys);
    }

    #[inline(always)]
    fn encode_block_portable(&self, block: usize, x: &[f32], seed: u64, keys: &mut Vec<u64>) {
        let first = block * LANES;
        let filters = self.lane_filters(block);
        let with_input = filters.iter().any(ChannelFilter::has_input);
        let valid: u32 = (0..LANES)
            .filter(|l| first + l < CHANNELS)
            .fold(0, |m, l| m | 1 << l);
        let seeds = std::array::from_fn(|l| channel_seed(seed, first + l));
        let dead = (self.params.dead_time_s * self.fs).round().max(1.0) as usize;

        let mut filter = GammatoneLanes::new(&filters);
        let mut hair = HairCellLanes::new(self.fs);
        let mut fibres = FibreLanes::new(self.params.fibres, dead, seeds);
        let mut bushy = BushyLanes::new(&self.params.bushy, self.fs);
        let (mut bm, mut p, mut k) = ([0.0f32; LANES], [0.0f32; LANES], [0.0f32; LANES]);

        for (n, &xn) in x.iter().enumerate() {
            if with_input {
                if n % RESYNC == 0 {
                    filter.resync(n);
                }
                filter.step(xn, &mut bm);
            }
            hair.step(&bm, &mut p);
            fibres.step(&p, &mut k);
            let mut fired = bushy.step(&k) & valid;
            while fired != 0 {
                let l = fired.trailing_zeros() as usize;
                fired &= fired - 1;
                keys.push((n as u64) << 16 | (first + l) as u64);
            }
        }
    }

    /// RMS of every channel's filter-bank output (gain included) for raw `x`, without the
    /// normalisation and window: for checking the frequency map.
    pub fn filterbank_rms(&self, x: &[f32]) -> Vec<f64> {
        let mut out = Vec::with_capacity(self.filters.len());
        let mut bm = [0.0f32; LANES];
        for block in 0..self.filters.len() / LANES {
            let mut filter = GammatoneLanes::new(&self.lane_filters(block));
            let mut energy = [0.0f64; LANES];
            for (n, &xn) in x.iter().enumerate() {
                if n % RESYNC == 0 {
                    filter.resync(n);
                }
                filter.step(xn, &mut bm);
                for l in 0..LANES {
                    energy[l] += f64::from(bm[l]) * f64::from(bm[l]);
                }
            }
            out.extend(energy.iter().map(|e| (e / x.len().max(1) as f64).sqrt()));
        }
        out.truncate(CHANNELS);
        out
    }
}

/// A non-zero xorshift32 seed for one channel of one clip.
fn channel_seed(seed: u64, channel: usize) -> u32 {
    let mut rng = SplitMix64::new(seed ^ (channel as u64).wrapping_mul(0xA24B_AED4_963E_E407));
    loop {
        let s = rng.next_u64() as u32;
        if s != 0 {
            return s;
        }
    }
}
