//! The fixed-point formats and ROM contents that follow from a `Config`. The golden model and the
//! RTL generator both take their constants from here (one definition).

use crate::config::{Config, ConfigError};

/// Binary point of the decay factors alpha and kappa (unsigned Q0.16).
pub const DECAY_FRAC: u32 = 16;
/// Binary point of the softmax probabilities and output errors (Q1.15).
pub const PROB_FRAC: u32 = 15;
/// Width of an output error e_k = pi_k - [k = label] in (-1, 1], Q1.PROB_FRAC with its sign:
/// the error memory and the learning unit's error operand.
pub const ERROR_BITS: u32 = PROB_FRAC + 2;
/// The exp ROM covers (y_max - y) in steps of 2^-EXP_STEP_LOG2 ...
pub const EXP_STEP_LOG2: u32 = 3;
/// ... with 2^EXP_INDEX_BITS entries; beyond it exp is 0.
pub const EXP_INDEX_BITS: u32 = 6;
/// Binary point of the reciprocal used for the centring means: mean = (sum * recip) >> 16.
pub const MEAN_FRAC: u32 = 16;

/// Every derived fixed-point constant of one configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct Formats {
    pub w_min: i32,
    pub w_max: i32,
    pub v_min: i32,
    pub v_max: i32,
    pub y_min: i32,
    pub y_max: i32,
    pub l_min: i32,
    pub l_max: i32,
    /// Unsigned trace (eps, zeta) maximum.
    pub eps_max: i32,
    /// Signed delay-eligibility trace (eta) range.
    pub eta_min: i32,
    pub eta_max: i32,
    /// Threshold in membrane LSBs (threshold = 1.0).
    pub theta: i32,
    /// One spike in trace LSBs.
    pub trace_one: i32,
    /// Left shift from weight LSBs to membrane LSBs, and to readout LSBs.
    pub w_to_v: u32,
    pub w_to_y: u32,
    pub alpha_q: i64,
    pub kappa_q: i64,
    /// Largest delay value (D-1) in delay LSBs.
    pub delay_max: i32,
    /// Right shift from membrane LSBs (relative to theta) to the psi ROM index.
    pub psi_shift: u32,
    /// Right shift from readout LSBs to the exp ROM index.
    pub exp_shift: u32,
    /// Right shift that turns sum_k B_jk e_k into the learning signal L_j.
    pub signal_shift: u32,
    /// Stochastic-rounding shifts of the updates (learning rates included).
    pub sr_w: u32,
    pub sr_d: u32,
    pub sr_a: u32,
    pub sr_u: u32,
    pub sr_b: u32,
    /// round(2^MEAN_FRAC / sources).
    pub mean_recip: i64,
    pub psi_rom: Vec<i32>,
    pub kernel_rom: Vec<i32>,
    pub exp_rom: Vec<i32>,
}

/// The range of a `bits`-bit two's-complement value.
pub fn signed_range(bits: u32) -> (i32, i32) {
    (-(1i32 << (bits - 1)), (1i32 << (bits - 1)) - 1)
}

/// Round half away from zero to an integer (the rule for every ROM entry and decay constant).
pub fn round_to_i64(x: f64) -> i64 {
    x.round() as i64
}

/// The Gaussian pseudo-derivative, threshold units, before quantisation.
pub fn psi_real(x_minus_theta: f64, gamma: f64, sigma_v: f64) -> f64 {
    gamma * (-(x_minus_theta * x_minus_theta) / (2.0 * sigma_v * sigma_v)).exp()
}

/// The normalised Gaussian G(r) that smooths spike times (width sigma_t steps).
pub fn gauss(r: f64, sigma_t: f64) -> f64 {
    (-(r * r) / (2.0 * sigma_t * sigma_t)).exp() / ((2.0 * std::f64::consts::PI).sqrt() * sigma_t)
}

/// The delay kernel k(r) = (r / sigma_t^2) G(r): d/dtau of a Gaussian-smoothed spike at lag r.
pub fn delay_kernel(r: f64, sigma_t: f64) -> f64 {
    r / (sigma_t * sigma_t) * gauss(r, sigma_t)
}

impl Formats {
    /// Bits in which a decision sum `acc` (ALGORITHM.md §3) is exact: `readout_bits + 32`,
    /// room for `2^32` steps (the tile's step counter) of a saturated readout. The memory keeps
    /// 64 bits; the tile adds and compares in these (shorter carry chains, a higher Fmax).
    pub fn decision_bits(cfg: &Config) -> u32 {
        cfg.widths.readout_bits + 32
    }

    /// Width of a delay (synaptic or axonal, unsigned): log2 D integer bits and
    /// `widths.delay_frac` fraction bits.
    pub fn delay_bits(cfg: &Config) -> u32 {
        cfg.network.max_delay.trailing_zeros() + cfg.widths.delay_frac
    }

    /// Width of a neuron's input current, the sum of its weights over the S sources (each
    /// `weight_bits` two's complement): the current buffer's word (`MemoryId::CurrentBuffer`).
    /// A slot holds a subset of those terms, so it never needs more.
    pub fn current_bits(cfg: &Config) -> u32 {
        let max_abs = cfg.sources() as u128 * (1u128 << (cfg.widths.weight_bits - 1));
        128 - max_abs.leading_zeros() + 1
    }

    /// Width of a synaptic delay's gradient q = m W eta (signal x weight x trace, eta read as a
    /// two's-complement trace), the delay-gradient memory's width.
    pub fn delay_gradient_bits(cfg: &Config) -> u32 {
        let w = &cfg.widths;
        w.signal_bits + w.weight_bits + w.trace_bits - 2
    }

    /// Width of a source's axonal-delay gradient G_s, the sum of its q_js over one step's
    /// modulated neurons (at most H of them; AXON zeroes it after use): the axonal-gradient
    /// memory's width.
    pub fn axonal_gradient_bits(cfg: &Config) -> u32 {
        let h = cfg.network.hidden as u32;
        Formats::delay_gradient_bits(cfg) + (32 - h.leading_zeros())
    }

    /// The largest delay value: (D - 1) steps, with `widths.delay_frac` fraction bits.
    pub fn delay_limit(cfg: &Config) -> i32 {
        (cfg.network.max_delay as i32 - 1) << cfg.widths.delay_frac
    }

    pub fn new(cfg: &Config) -> Result<Formats, ConfigError> {
        let w = &cfg.widths;
        let (w_min, w_max) = signed_range(w.weight_bits);
        let (v_min, v_max) = signed_range(w.membrane_bits);
        let (y_min, y_max) = signed_range(w.readout_bits);
        let (l_min, l_max) = signed_range(w.signal_bits);
        let (eta_min, eta_max) = signed_range(w.trace_bits);
        let eps_max = (1i32 << w.trace_bits) - 1;
        let s = &cfg.surrogate;

        // psi ROM: 2^P bins of 2^psi_shift membrane LSBs, centred on the threshold, covering at
        // least +-3 sigma_v (psi is 0 outside).
        let p = w.psi_index_bits;
        let span = 6.0 * s.sigma_v * (1u64 << w.membrane_frac) as f64;
        let mut psi_shift = 0;
        while ((1u64 << (p + psi_shift)) as f64) < span {
            psi_shift += 1;
        }
        let half = 1i64 << (p - 1);
        let psi_rom = (-half..half)
            .map(|i| {
                let centre = ((i as f64 + 0.5) * (1u64 << psi_shift) as f64)
                    / (1u64 << w.membrane_frac) as f64;
                round_to_i64(psi_real(centre, s.gamma, s.sigma_v) * (1u64 << w.psi_bits) as f64)
                    as i32
            })
            .collect();

        // Delay-kernel ROM: index bit (r + R) is the spike at lag m + r around the tap m.
        let r = s.kernel_radius as i32;
        let kernel_rom = (0..1u32 << (2 * r + 1))
            .map(|idx| {
                let sum: f64 = (-r..=r)
                    .filter(|&k| idx >> (k + r) & 1 == 1)
                    .map(|k| delay_kernel(k as f64, s.sigma_t))
                    .sum();
                round_to_i64(sum * (1u64 << w.trace_frac) as f64) as i32
            })
            .collect();

        let exp_rom = (0..1u32 << EXP_INDEX_BITS)
            .map(|i| {
                let x = i as f64 / (1u32 << EXP_STEP_LOG2) as f64;
                round_to_i64((-x).exp() * (1u32 << PROB_FRAC) as f64) as i32
            })
            .collect();

        let l = &cfg.learning;
        let shift = |field: &str, base: i64, lr_log2: i32| -> Result<u32, ConfigError> {
            let sh = base - lr_log2 as i64;
            if !(0..=32).contains(&sh) {
                return Err(ConfigError::Invalid {
                    field: field.to_string(),
                    value: lr_log2.to_string(),
                    expected: format!(
                        "a learning rate whose stochastic-rounding shift {base} - lr_log2 lies in \
                         0..=32 with these widths"
                    ),
                });
            }
            Ok(sh as u32)
        };
        let (wf, tf, sf, df) = (
            w.weight_frac as i64,
            w.trace_frac as i64,
            w.signal_frac as i64,
            w.delay_frac as i64,
        );
        let pf = PROB_FRAC as i64;
        let sr_w = shift("learning.lr_w_log2", sf + tf - wf, l.lr_w_log2)?;
        let sr_d = shift("learning.lr_d_log2", sf + wf + tf - df, l.lr_d_log2)?;
        let sr_a = shift("learning.lr_a_log2", sf + wf + tf - df, l.lr_a_log2)?;
        let sr_u = shift("learning.lr_u_log2", pf + tf - wf, l.lr_u_log2)?;
        let sr_b = shift("learning.lr_u_log2", pf - wf, l.lr_u_log2)?;
        let signal_shift = (wf + pf - sf).max(0) as u32;
        if wf + pf < sf {
            return Err(ConfigError::Invalid {
                field: "widths.signal_frac".into(),
                value: w.signal_frac.to_string(),
                expected: format!("at most weight_frac + {PROB_FRAC}"),
            });
        }

        Ok(Formats {
            w_min,
            w_max,
            v_min,
            v_max,
            y_min,
            y_max,
            l_min,
            l_max,
            eps_max,
            eta_min,
            eta_max,
            theta: 1 << w.membrane_frac,
            trace_one: 1 << w.trace_frac,
            w_to_v: w.membrane_frac - w.weight_frac,
            w_to_y: w.readout_frac - w.weight_frac,
            alpha_q: round_to_i64(cfg.neuron.alpha * (1u64 << DECAY_FRAC) as f64),
            kappa_q: round_to_i64(cfg.neuron.kappa * (1u64 << DECAY_FRAC) as f64),
            delay_max: Formats::delay_limit(cfg),
            psi_shift,
            exp_shift: w.readout_frac - EXP_STEP_LOG2,
            signal_shift,
            sr_w,
            sr_d,
            sr_a,
            sr_u,
            sr_b,
            mean_recip: round_to_i64((1u64 << MEAN_FRAC) as f64 / cfg.sources() as f64),
            psi_rom,
            kernel_rom,
            exp_rom,
        })
    }
}

/// Multiply by a Q0.16 decay and round toward zero, so that a decaying value reaches 0 from
/// either side (a floor would leave negative values stuck at -1 LSB forever, which makes a
/// neuron's response depend on whether an inhibitory spike ever came before).
pub fn decay(x: i64, q: i64) -> i64 {
    let p = x * q;
    if p >= 0 {
        p >> DECAY_FRAC
    } else {
        -((-p) >> DECAY_FRAC)
    }
}

/// Stochastic rounding of x / 2^shift: add `shift` random low bits, then floor. Unbiased.
pub fn stochastic_shift(x: i64, shift: u32, random: u32) -> i64 {
    (x + (random as i64 & sr_mask(shift))) >> shift
}

/// The random bits `stochastic_shift` adds: the low `shift` bits (all 32 from 32 on; none at
/// shift 0, where the value passes unchanged).
#[inline(always)]
pub fn sr_mask(shift: u32) -> i64 {
    if shift >= 32 {
        u32::MAX as i64
    } else {
        (1i64 << shift) - 1
    }
}

pub fn clamp(x: i64, lo: i32, hi: i32) -> i32 {
    x.clamp(lo as i64, hi as i64) as i32
}
