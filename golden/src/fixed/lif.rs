//! The hidden LIF datapath: leak, integrate, threshold, reset, saturation, and the Gaussian
//! pseudo-derivative read from the psi ROM at the pre-reset membrane.

use crate::config::Reset;
use crate::format::{Formats, clamp, decay};

/// What one neuron update produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LifOut {
    /// Membrane after leak and input, before the reset (saturated).
    pub v_pre: i32,
    /// Membrane stored for the next step.
    pub v: i32,
    pub spike: bool,
    /// Pseudo-derivative, unsigned with `psi_bits` fraction bits.
    pub psi: i32,
}

/// Twin of `hdl::lif`. `current` is sum_s W_js sigma_s at the taps, in weight LSBs; it is summed
/// without saturation (the accumulator is wide enough), so summation order does not matter.
pub fn lif_update(v: i32, current: i64, reset: Reset, f: &Formats) -> LifOut {
    let v_pre = clamp(
        decay(v as i64, f.alpha_q) + (current << f.w_to_v),
        f.v_min,
        f.v_max,
    );
    let spike = v_pre >= f.theta;
    let v = match (spike, reset) {
        (false, _) => v_pre,
        (true, Reset::Subtract) => v_pre - f.theta,
        (true, Reset::Zero) => 0,
    };
    LifOut {
        v_pre,
        v,
        spike,
        psi: psi(v_pre, f),
    }
}

/// psi ROM lookup: bin (v - theta) >> psi_shift; 0 outside the ROM.
pub fn psi(v_pre: i32, f: &Formats) -> i32 {
    let half = (f.psi_rom.len() / 2) as i64;
    let idx = ((v_pre as i64) - f.theta as i64) >> f.psi_shift;
    if idx < -half || idx >= half {
        0
    } else {
        f.psi_rom[(idx + half) as usize]
    }
}
