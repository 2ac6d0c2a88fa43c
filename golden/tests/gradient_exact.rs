//! Gradient exactness of the float reference model's e-prop eligibilities.
//!
//! The issue's acceptance criterion, verbatim: "Gradient exactness: in a single layer without
//! reset or recurrence whose loss reads the membrane potentials directly (where e-prop is exact),
//! the eligibility-based gradients for weights, synaptic delays and axonal delays equal finite
//! differences of the Gaussian-smoothed forward model (continuous delays; the test's forward pass
//! uses the same smoothed delayed inputs that the eligibility assumes) to a relative error <= 1e-3
//! (float model, f64)."
//!
//! Setup: 5 inputs, 3 hidden LIF neurons, no recurrence, both delay kinds, D = 32, alpha = 0.8,
//! kernel radius R = 4, sigma_t in {0.7, 1.0}; small random weights (rescaled so that no membrane
//! comes near the threshold: no spike, no reset), integer path delays A_s + d_js whose taps lie
//! in [R, D - 1 - R] (the kernel window around the tap is neither cut by the not-yet-seen future
//! nor by the end of the D-step history), random input spike trains, and the loss
//! E = sum_t sum_j (c_j^t v_j^t + (v_j^t)^2 / 2), whose learning signal is L_j^t = c_j^t + v_j^t.
//!
//! The eligibility gradient is accumulated from `FloatTile` (smooth forward) step by step:
//! g_W[j][s] = sum_t L_j^t e_w, g_d[j][s] = sum_t L_j^t e_tau, g_A[s] = sum_t sum_j L_j^t e_tau.
//! It is compared with 4-point central finite differences of an independent forward model written
//! here (the model's step code is not reused): continuous delays tau_js = A_s + d_js, input
//! xhat_s(t; tau) = sum_{u <= t} G(t - tau - u) over the past spikes u of source s with the full,
//! untruncated Gaussian G of width sigma_t, v_j^t = alpha v_j^{t-1} + sum_s W_js xhat_s(t; tau_js).
//!
//! Measured (10 networks per sigma_t), gradient-vector relative errors (see `CRITERION_FLOOR`):
//! sigma_t = 0.7: W ~2e-11, d ~4e-10, A ~5e-10 (finite-difference rounding only);
//! sigma_t = 1.0: W ~6e-6, d ~6e-5, A ~8e-5, all from the Gaussian tail beyond R = 4 = 4 sigma_t
//! that the model's kernel leaves out: against a forward pass with the model's own kernel window
//! (`Window::Kernel`) every single entry agrees to <= 1e-8 for both widths.

use golden::config::{Config, DelayMode};
use golden::float::FloatTile;
use golden::params::FloatParams;
use golden::rng::SplitMix64;

const INPUTS: usize = 5;
const HIDDEN: usize = 3;
const OUTPUTS: usize = 2;
/// Without recurrence the sources are the input channels.
const SOURCES: usize = INPUTS;
const SYNAPSES: usize = HIDDEN * SOURCES;
const STEPS: usize = 60;
const MAX_DELAY: usize = 32;
const RADIUS: usize = 4;
const ALPHA: f64 = 0.8;
const SPIKE_DENSITY: f64 = 0.15;
const SIGMAS: [f64; 2] = [0.7, 1.0];
/// Random networks and inputs per sigma_t.
const SEEDS: u64 = 10;
/// The criterion's relative error.
const TOLERANCE: f64 = 1e-3;
/// Finite-difference step (weights and delays; E is quadratic in W and smooth in tau).
const STEP_H: f64 = 1e-3;
/// The largest membrane the rescaled weights allow (well below the threshold 1).
const V_CAP: f64 = 0.9;

/// One random network, input and loss.
#[derive(Clone, Debug)]
struct Problem {
    sigma_t: f64,
    /// `[hidden][sources]`.
    w: Vec<f64>,
    /// Synaptic delays, integers, `[hidden][sources]`.
    d: Vec<f64>,
    /// Axonal delays, integers, `[sources]`.
    a: Vec<f64>,
    /// Per step, the input channels that spike.
    spikes: Vec<Vec<u16>>,
    /// Loss coefficients c_j^t, `[step][hidden]`.
    c: Vec<Vec<f64>>,
}

/// Gradients of E, one vector per parameter kind.
#[derive(Clone, Debug)]
struct Grads {
    w: Vec<f64>,
    d: Vec<f64>,
    a: Vec<f64>,
}

impl Grads {
    fn zero() -> Grads {
        Grads {
            w: vec![0.0; SYNAPSES],
            d: vec![0.0; SYNAPSES],
            a: vec![0.0; SOURCES],
        }
    }
}

fn config(sigma_t: f64) -> Config {
    let mut cfg = Config::default();
    cfg.network.inputs = INPUTS;
    cfg.network.hidden = HIDDEN;
    cfg.network.outputs = OUTPUTS;
    cfg.network.recurrent = false;
    cfg.network.delay_mode = DelayMode::Both;
    cfg.network.max_delay = MAX_DELAY;
    cfg.neuron.alpha = ALPHA;
    cfg.surrogate.sigma_t = sigma_t;
    cfg.surrogate.kernel_radius = RADIUS;
    cfg.validate().expect("the test configuration is valid");
    assert_eq!(cfg.sources(), SOURCES);
    cfg
}

fn float_params(w: &[f64], d: &[f64], a: &[f64]) -> FloatParams {
    FloatParams {
        w: w.to_vec(),
        d: d.to_vec(),
        a: a.to_vec(),
        // The readout does not touch the membranes; it only has to be well-formed.
        u: vec![0.0; OUTPUTS * HIDDEN],
        b: vec![0.0; OUTPUTS],
        fb: Vec::new(),
    }
}

// ---- The independent forward model (continuous delays) ----

/// Which past spikes the smoothed input sums over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Window {
    /// Every past spike: the full Gaussian (the criterion's forward model).
    Full,
    /// Only the spikes within R steps of the integer tap round(tau) (the model's kernel support;
    /// the tap does not move under the small finite-difference perturbations of integer delays).
    Kernel,
}

fn gaussian(x: f64, sigma: f64) -> f64 {
    (-0.5 * (x / sigma) * (x / sigma)).exp() / (sigma * (2.0 * std::f64::consts::PI).sqrt())
}

/// The steps at which each source spikes, ascending.
fn spike_times(spikes: &[Vec<u16>]) -> Vec<Vec<usize>> {
    let mut times = vec![Vec::new(); SOURCES];
    for (t, active) in spikes.iter().enumerate() {
        for &ch in active {
            times[ch as usize].push(t);
        }
    }
    times
}

/// Membranes v[t][j] of v_j^t = alpha v_j^{t-1} + sum_s W_js xhat_s(t; A_s + d_js).
fn membranes(p: &Problem, window: Window, w: &[f64], d: &[f64], a: &[f64]) -> Vec<Vec<f64>> {
    let times = spike_times(&p.spikes);
    let mut v = vec![0.0; HIDDEN];
    let mut out = Vec::with_capacity(STEPS);
    for t in 0..STEPS {
        for (j, vj) in v.iter_mut().enumerate() {
            let mut current = 0.0;
            for (s, ts) in times.iter().enumerate() {
                let tau = a[s] + d[j * SOURCES + s];
                let tap = (tau + 0.5).floor();
                let xhat: f64 = ts
                    .iter()
                    .take_while(|&&u| u <= t)
                    .map(|&u| (t - u) as f64)
                    .filter(|&lag| window == Window::Full || (lag - tap).abs() <= RADIUS as f64)
                    .map(|lag| gaussian(lag - tau, p.sigma_t))
                    .sum();
                current += w[j * SOURCES + s] * xhat;
            }
            *vj = ALPHA * *vj + current;
        }
        out.push(v.clone());
    }
    out
}

fn loss(p: &Problem, v: &[Vec<f64>]) -> f64 {
    v.iter()
        .zip(&p.c)
        .flat_map(|(vt, ct)| vt.iter().zip(ct))
        .map(|(&v, &c)| c * v + 0.5 * v * v)
        .sum()
}

/// 4-point central difference of f at 0.
fn derivative(f: impl Fn(f64) -> f64) -> f64 {
    let h = STEP_H;
    (f(-2.0 * h) - 8.0 * f(-h) + 8.0 * f(h) - f(2.0 * h)) / (12.0 * h)
}

fn finite_differences(p: &Problem, window: Window) -> Grads {
    let e = |w: &[f64], d: &[f64], a: &[f64]| loss(p, &membranes(p, window, w, d, a));
    let mut g = Grads::zero();
    for i in 0..SYNAPSES {
        g.w[i] = derivative(|x| {
            let mut w = p.w.clone();
            w[i] += x;
            e(&w, &p.d, &p.a)
        });
        g.d[i] = derivative(|x| {
            let mut d = p.d.clone();
            d[i] += x;
            e(&p.w, &d, &p.a)
        });
    }
    for s in 0..SOURCES {
        // Moves every synapse of source s.
        g.a[s] = derivative(|x| {
            let mut a = p.a.clone();
            a[s] += x;
            e(&p.w, &p.d, &a)
        });
    }
    g
}

// ---- Random problems ----

fn problem(seed: u64, sigma_t: f64) -> Problem {
    let mut rng = SplitMix64::new(0x6A0D_1E47 ^ seed.wrapping_mul(0x9E37_79B9));
    let spikes: Vec<Vec<u16>> = (0..STEPS)
        .map(|_| {
            (0..INPUTS as u16)
                .filter(|_| rng.next_f64() < SPIKE_DENSITY)
                .collect()
        })
        .collect();
    // A in [1, 8], d in [3, 19]: taps A + d in [4, 27] = [R, D - 1 - R].
    let a: Vec<f64> = (0..SOURCES).map(|_| 1.0 + rng.below(8) as f64).collect();
    let d: Vec<f64> = (0..SYNAPSES).map(|_| 3.0 + rng.below(17) as f64).collect();
    let w: Vec<f64> = (0..SYNAPSES).map(|_| rng.uniform(0.5)).collect();
    let c: Vec<Vec<f64>> = (0..STEPS)
        .map(|_| (0..HIDDEN).map(|_| rng.uniform(1.0)).collect())
        .collect();
    let mut p = Problem {
        sigma_t,
        w,
        d,
        a,
        spikes,
        c,
    };
    // Scale the weights down until no membrane comes near the threshold (v is linear in W).
    let v_max = membranes(&p, Window::Full, &p.w, &p.d, &p.a)
        .iter()
        .flatten()
        .fold(f64::NEG_INFINITY, |m, &v| m.max(v));
    if v_max > V_CAP {
        let k = V_CAP / v_max;
        p.w.iter_mut().for_each(|w| *w *= k);
    }
    p
}

fn problems() -> impl Iterator<Item = Problem> {
    SIGMAS
        .into_iter()
        .flat_map(|sigma_t| (0..SEEDS).map(move |seed| problem(seed, sigma_t)))
}

// ---- Eligibility-based gradients from the model ----

/// Which eligibilities to accumulate: the model's, or deliberately wrong ones that the comparison
/// must reject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Variant {
    /// `FloatTile::eligibility`, as it is.
    Model,
    /// Wrong: the delay eligibility with its sign flipped.
    DelaySignFlipped,
    /// Wrong: both eligibilities read one tap too late (n + 1).
    TapOffByOne,
    /// Wrong: the weight eligibility of the binary (unsmoothed) input.
    BinaryWeightTrace,
    /// Wrong: traces that decay with alpha + 0.01.
    AlphaOff,
}

const WRONG: [Variant; 4] = [
    Variant::DelaySignFlipped,
    Variant::TapOffByOne,
    Variant::BinaryWeightTrace,
    Variant::AlphaOff,
];

fn eligibility_gradient(p: &Problem, variant: Variant) -> Grads {
    let cfg = config(p.sigma_t);
    let mut tile = FloatTile::new(&cfg, float_params(&p.w, &p.d, &p.a), true);
    // The traces depend on the input spikes and the config only, so a second tile run on the same
    // input provides the wrong eligibilities (its own membranes are not used).
    let mut other = match variant {
        Variant::Model | Variant::DelaySignFlipped => None,
        Variant::TapOffByOne => {
            let d1: Vec<f64> = p.d.iter().map(|d| d + 1.0).collect();
            Some(FloatTile::new(&cfg, float_params(&p.w, &d1, &p.a), true))
        }
        Variant::BinaryWeightTrace => {
            Some(FloatTile::new(&cfg, float_params(&p.w, &p.d, &p.a), false))
        }
        Variant::AlphaOff => {
            let mut cfg2 = cfg.clone();
            cfg2.neuron.alpha += 0.01;
            Some(FloatTile::new(&cfg2, float_params(&p.w, &p.d, &p.a), true))
        }
    };
    tile.reset_state();
    if let Some(o) = other.as_mut() {
        o.reset_state();
    }
    for j in 0..HIDDEN {
        for s in 0..SOURCES {
            let n = tile.tap(j, s);
            assert_eq!(n as f64, tile.path_delay(j, s), "integer path delays");
            assert!(
                (RADIUS..=MAX_DELAY - 1 - RADIUS).contains(&n),
                "tap {n} of synapse ({j}, {s}): its kernel window would be cut"
            );
        }
    }
    let mut g = Grads::zero();
    for (t, x) in p.spikes.iter().enumerate() {
        tile.step(x, None);
        if let Some(o) = other.as_mut() {
            o.step(x, None);
        }
        assert!(
            tile.z.iter().all(|&z| !z) && tile.v.iter().all(|&v| v < 1.0),
            "a neuron spiked at step {t} (v = {:?}): the setting needs no spikes",
            tile.v
        );
        for j in 0..HIDDEN {
            let l = p.c[t][j] + tile.v[j];
            for s in 0..SOURCES {
                let (mut e_w, mut e_tau) = tile.eligibility(j, s);
                match (variant, other.as_ref()) {
                    (Variant::DelaySignFlipped, _) => e_tau = -e_tau,
                    (Variant::TapOffByOne | Variant::AlphaOff, Some(o)) => {
                        (e_w, e_tau) = o.eligibility(j, s);
                    }
                    (Variant::BinaryWeightTrace, Some(o)) => e_w = o.eligibility(j, s).0,
                    _ => {}
                }
                let i = j * SOURCES + s;
                g.w[i] += l * e_w;
                g.d[i] += l * e_tau;
                g.a[s] += l * e_tau;
            }
        }
    }
    g
}

// ---- The comparison ----

/// Relative errors of an eligibility gradient against finite differences, per kind.
#[derive(Clone, Copy, Debug, Default)]
struct Errors {
    w: f64,
    d: f64,
    a: f64,
}

impl Errors {
    fn max(self, o: Errors) -> Errors {
        Errors {
            w: self.w.max(o.w),
            d: self.d.max(o.d),
            a: self.a.max(o.a),
        }
    }

    fn pass(self, tolerance: f64) -> bool {
        self.w <= tolerance && self.d <= tolerance && self.a <= tolerance
    }
}

/// max_i |g_i - fd_i| / max(|fd_i|, floor * max_k |fd_k|), over the entries of one kind.
fn relative_error(g: &[f64], fd: &[f64], floor: f64) -> f64 {
    let scale = fd.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    assert!(scale > 0.0, "a gradient kind is identically zero");
    g.iter()
        .zip(fd)
        .map(|(g, f)| (g - f).abs() / f.abs().max(floor * scale))
        .fold(0.0, f64::max)
}

fn errors(g: &Grads, fd: &Grads, floor: f64) -> Errors {
    Errors {
        w: relative_error(&g.w, &fd.w, floor),
        d: relative_error(&g.d, &fd.d, floor),
        a: relative_error(&g.a, &fd.a, floor),
    }
}

/// The criterion's relative error is that of the gradient vector of each kind:
/// ||g - fd||_inf / ||fd||_inf (a floor of 1 x the largest entry). Not per entry, because against
/// the full Gaussian the model's kernel, cut at |r| <= R, leaves an absolute error of the same
/// small size (~1e-5 here at sigma_t = 1) on every entry, and some entries are themselves small
/// by cancellation (a delay gradient sums kernel values of both signs). Per entry, with a floor
/// of 1 % of the largest, sigma_t = 1.0 sits right at the tolerance (9.5e-4 on these networks,
/// 1.6e-3 on another draw; 4e-4 with a 10 % floor), which would test the choice of R rather than
/// the eligibilities, while sigma_t = 0.7 stays below 1e-7 either way. Per-entry exactness is
/// checked separately, against the model's own kernel window
/// (`eligibilities_are_exact_per_entry_for_the_models_kernel_window`).
const CRITERION_FLOOR: f64 = 1.0;
/// Per-entry floor of the kernel-window check: 0.1 % of the kind's largest entry.
const ENTRY_FLOOR: f64 = 1e-3;
/// Per-entry tolerance against the model's own kernel window (finite-difference rounding is
/// ~1e-10 absolute).
const ENTRY_TOLERANCE: f64 = 1e-6;

#[test]
fn eligibility_gradients_equal_finite_differences_of_the_smoothed_forward_model() {
    for sigma_t in SIGMAS {
        let mut worst = Errors::default();
        for seed in 0..SEEDS {
            let p = problem(seed, sigma_t);
            let fd = finite_differences(&p, Window::Full);
            let g = eligibility_gradient(&p, Variant::Model);
            let err = errors(&g, &fd, CRITERION_FLOOR);
            assert!(
                err.pass(TOLERANCE),
                "sigma_t = {sigma_t}, seed {seed}: relative errors {err:?} exceed {TOLERANCE}\n\
                 eligibility {g:?}\nfinite differences {fd:?}"
            );
            worst = worst.max(err);
        }
        eprintln!("sigma_t = {sigma_t}: max relative errors (gradient vector) {worst:?}");
    }
}

/// The judge can fail: the same comparison rejects deliberately wrong eligibilities, on every
/// problem, by far.
#[test]
fn the_comparison_rejects_wrong_gradients() {
    for p in problems() {
        let fd = finite_differences(&p, Window::Full);
        for variant in WRONG {
            let err = errors(&eligibility_gradient(&p, variant), &fd, CRITERION_FLOOR);
            assert!(
                !err.pass(10.0 * TOLERANCE),
                "sigma_t = {}: the wrong gradient {variant:?} passed ({err:?})",
                p.sigma_t
            );
        }
    }
}

/// Against a forward pass restricted to the model's kernel support (|lag - tap| <= R), each
/// entry of each kind agrees to finite-difference rounding: the trace machinery is exact, and
/// the criterion's sigma_t = 1.0 residual is the Gaussian tail beyond R alone.
#[test]
fn eligibilities_are_exact_per_entry_for_the_models_kernel_window() {
    for sigma_t in SIGMAS {
        let mut worst = Errors::default();
        for seed in 0..SEEDS {
            let p = problem(seed, sigma_t);
            let fd = finite_differences(&p, Window::Kernel);
            let g = eligibility_gradient(&p, Variant::Model);
            let err = errors(&g, &fd, ENTRY_FLOOR);
            assert!(
                err.pass(ENTRY_TOLERANCE),
                "sigma_t = {sigma_t}, seed {seed}: per-entry relative errors {err:?} exceed \
                 {ENTRY_TOLERANCE}\neligibility {g:?}\nfinite differences {fd:?}"
            );
            worst = worst.max(err);
        }
        eprintln!("sigma_t = {sigma_t}: max per-entry relative errors (kernel window) {worst:?}");
    }
}

/// The independent forward model is the tile's smoothed forward pass: exactly with the kernel
/// window, and up to the Gaussian tail beyond R with the full Gaussian. So the finite
/// differences are of the right function, and the learning signals read from `tile.v` are
/// dE/dv of it.
#[test]
fn the_independent_forward_model_matches_the_tile() {
    for p in problems() {
        let full = membranes(&p, Window::Full, &p.w, &p.d, &p.a);
        let kernel = membranes(&p, Window::Kernel, &p.w, &p.d, &p.a);
        let mut tile = FloatTile::new(&config(p.sigma_t), float_params(&p.w, &p.d, &p.a), true);
        tile.reset_state();
        let (mut dev_full, mut dev_kernel) = (0.0f64, 0.0f64);
        for (t, x) in p.spikes.iter().enumerate() {
            tile.step(x, None);
            for j in 0..HIDDEN {
                dev_full = dev_full.max((tile.v[j] - full[t][j]).abs());
                dev_kernel = dev_kernel.max((tile.v[j] - kernel[t][j]).abs());
            }
        }
        assert!(dev_kernel < 1e-12, "sigma_t = {}: {dev_kernel}", p.sigma_t);
        assert!(dev_full < 1e-4, "sigma_t = {}: {dev_full}", p.sigma_t);
    }
}
