//! The cochlea model: frequency map, filter gain and tuning, fibre draws, refractoriness,
//! spontaneous activity and the SIMD path's bit-identity.

use proptest::prelude::*;
use speech::cochlea::{CHANNELS, Cochlea, Params, binomial, cf_hz, spontaneous_probability};

const FS: f64 = 22_050.0;

fn tone(freq: f64, seconds: f64, amplitude: f64) -> Vec<f32> {
    let n = (seconds * FS) as usize;
    (0..n)
        .map(|i| (amplitude * (std::f64::consts::TAU * freq * i as f64 / FS).sin()) as f32)
        .collect()
}

fn nearest_channel(freq: f64) -> usize {
    (0..CHANNELS)
        .min_by(|&a, &b| {
            let da = (cf_hz(a) / freq).ln().abs();
            let db = (cf_hz(b) / freq).ln().abs();
            da.total_cmp(&db)
        })
        .unwrap()
}

fn argmax(v: &[f64]) -> usize {
    (0..v.len()).fold(0, |b, i| if v[i] > v[b] { i } else { b })
}

fn cochlea() -> Cochlea {
    Cochlea::new(FS, Params::default())
}

#[test]
fn cf_map_runs_from_20_khz_at_unit_0_to_99_hz_at_unit_699() {
    assert!(
        (cf_hz(0) - 20_257.0).abs() < 30.0,
        "unit 0: {} Hz",
        cf_hz(0)
    );
    assert!(
        (cf_hz(699) - 99.3).abs() < 0.5,
        "unit 699: {} Hz",
        cf_hz(699)
    );
    // The notes' map: ~1 kHz around unit 400 (0.9 × the transfer function's 1.0 kHz peak).
    assert!((800.0..1100.0).contains(&cf_hz(400)), "{}", cf_hz(400));
    for i in 1..CHANNELS {
        assert!(cf_hz(i) < cf_hz(i - 1), "not decreasing at unit {i}");
    }
}

#[test]
fn channels_near_nyquist_get_no_input() {
    let c = cochlea();
    let expected = (0..CHANNELS).filter(|&i| cf_hz(i) < 0.45 * FS).count();
    assert_eq!(c.channels_with_input(), expected);
    assert!((550..650).contains(&expected), "{expected}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    /// A pure tone drives the channel whose CF matches it most, and that channel passes it
    /// with the output gain (unity filter gain at CF).
    #[test]
    fn a_pure_tone_peaks_in_the_channel_tuned_to_it(freq in 150.0f64..8000.0) {
        let c = cochlea();
        let x = tone(freq, 0.25, 0.01);
        let rms = c.filterbank_rms(&x);
        let peak = argmax(&rms);
        let expected = nearest_channel(freq);
        // Within 4 % (about 5 units; one unit is 0.75 % of frequency).
        prop_assert!(
            (cf_hz(peak) / freq).ln().abs() < 0.04,
            "{freq} Hz: peak at unit {peak} ({} Hz), nearest CF at unit {expected}",
            cf_hz(peak)
        );
        // Two octaves below, the channel barely responds (the SHD filters are broad, so the
        // skirt above a channel's CF is the sharp side).
        if freq / 4.0 > 100.0 {
            let far = nearest_channel(freq / 4.0);
            prop_assert!(rms[far] < 0.05 * rms[peak], "{freq} Hz: {} vs {}", rms[far], rms[peak]);
        }
    }

    #[test]
    fn gain_at_cf_is_the_output_gain(unit in 120usize..690) {
        let c = cochlea();
        let amplitude = 0.01;
        let x = tone(cf_hz(unit), 0.4, amplitude);
        let rms = c.filterbank_rms(&x[..])[unit];
        let expected = 230.0 * amplitude / 2f64.sqrt();
        // The onset transient lowers the RMS a little for narrow (low-CF) filters.
        prop_assert!((rms / expected - 1.0).abs() < 0.08, "unit {unit}: rms {rms}, expected {expected}");
    }

    /// Binomial draws by inversion: within 0..=n, the extremes exact, monotone in u.
    #[test]
    fn binomial_draws_are_a_monotone_inverse_cdf(n in 0u32..=40, p in 0.0f32..=1.0, u1 in 0.0f32..1.0, u2 in 0.0f32..1.0) {
        let (lo, hi) = (u1.min(u2), u1.max(u2));
        let (a, b) = (binomial(n, p, lo), binomial(n, p, hi));
        prop_assert!(a <= n && b <= n);
        prop_assert!(a <= b, "n {n} p {p}: k({lo}) = {a} > k({hi}) = {b}");
        prop_assert_eq!(binomial(n, 0.0, hi), 0);
        prop_assert_eq!(binomial(n, 1.0, lo), n);
    }
}

#[test]
fn binomial_draws_have_the_binomial_mean_and_variance() {
    // Stratified uniforms: the sample moments equal the distribution's up to the grid.
    for &(n, p) in &[(40u32, 0.003f32), (40, 0.05), (25, 0.3), (7, 0.9)] {
        let m = 200_000;
        let ks: Vec<f64> = (0..m)
            .map(|i| f64::from(binomial(n, p, (i as f32 + 0.5) / m as f32)))
            .collect();
        let mean = ks.iter().sum::<f64>() / m as f64;
        let var = ks.iter().map(|k| (k - mean).powi(2)).sum::<f64>() / m as f64;
        let (n, p) = (f64::from(n), f64::from(p));
        assert!(
            (mean / (n * p) - 1.0).abs() < 0.01,
            "n {n} p {p}: mean {mean}"
        );
        assert!(
            (var / (n * p * (1.0 - p)) - 1.0).abs() < 0.02,
            "n {n} p {p}: var {var}"
        );
    }
}

#[test]
fn silence_gives_only_sparse_spontaneous_spikes_and_no_channel_is_silent_forever() {
    let c = cochlea();
    let s = c.encode(&vec![0.0; (0.5 * FS) as usize], 7);
    // Fibres fire ~65/s at rest; a bushy cell needs several within ~1 ms, so it is rare.
    assert!((spontaneous_probability(FS) * FS - 64.8).abs() < 0.5);
    let per_channel_hz = s.times.len() as f64 / CHANNELS as f64 / 0.5;
    assert!((0.5..30.0).contains(&per_channel_hz), "{per_channel_hz} Hz");
    assert!(s.units.iter().all(|&u| usize::from(u) < CHANNELS));
    assert!(s.times.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn a_tone_drives_spikes_around_its_channel_phase_locked_and_refractory() {
    let c = cochlea();
    let freq = 500.0;
    let x = tone(freq, 0.5, 0.3);
    let s = c.encode(&x, 3);
    let mut counts = vec![0f64; CHANNELS];
    for &u in &s.units {
        counts[usize::from(u)] += 1.0;
    }
    // Smoothed over ±5 units, the busiest place is near the tone's channel.
    let smooth: Vec<f64> = (0..CHANNELS)
        .map(|i| {
            counts[i.saturating_sub(5)..(i + 6).min(CHANNELS)]
                .iter()
                .sum()
        })
        .collect();
    let peak = argmax(&smooth);
    let expected = nearest_channel(freq);
    assert!(
        (cf_hz(peak) / freq).ln().abs() < 0.35,
        "peak at unit {peak} ({} Hz), tone {freq} Hz at unit {expected}",
        cf_hz(peak)
    );
    let silent = c.encode(&vec![0.0; x.len()], 3);
    let near = |sp: &speech::cochlea::Spikes| {
        sp.units
            .iter()
            .filter(|&&u| usize::from(u).abs_diff(expected) <= 10)
            .count()
    };
    assert!(
        near(&s) > 10 * near(&silent).max(1),
        "{} vs {}",
        near(&s),
        near(&silent)
    );
    // Refractory period: per unit, spikes are more than 1 ms apart.
    let mut last = vec![f32::NEG_INFINITY; CHANNELS];
    for (&t, &u) in s.times.iter().zip(&s.units) {
        let u = usize::from(u);
        assert!(t - last[u] > 0.00099, "unit {u}: {} then {t}", last[u]);
        last[u] = t;
    }
}

#[test]
fn channels_without_input_depend_only_on_the_seed() {
    let c = cochlea();
    let x = tone(3000.0, 0.3, 0.3);
    let silent = vec![0.0; x.len()];
    let top = |sp: speech::cochlea::Spikes| -> Vec<(f32, u16)> {
        sp.times
            .into_iter()
            .zip(sp.units)
            .filter(|&(_, u)| cf_hz(usize::from(u)) >= 0.45 * FS)
            .collect()
    };
    let a = top(c.encode(&x, 11));
    assert!(!a.is_empty());
    assert_eq!(a, top(c.encode(&silent, 11)));
    assert_ne!(a, top(c.encode(&silent, 12)));
}

#[test]
fn same_seed_same_spikes_and_the_simd_path_equals_the_portable_one() {
    let c = cochlea();
    let x: Vec<f32> = tone(700.0, 0.2, 0.2)
        .iter()
        .zip(tone(2300.0, 0.2, 0.1))
        .map(|(a, b)| a + b)
        .collect();
    let a = c.encode(&x, 5);
    assert_eq!(a, c.encode(&x, 5));
    assert_eq!(a, c.encode_portable(&x, 5));
    assert_ne!(a, c.encode(&x, 6));
}

#[test]
fn prepare_normalises_to_rms_0_3_under_a_hann_window() {
    let c = cochlea();
    let x = vec![0.5f32; 1001];
    let y = c.prepare(&x);
    // Constant input at RMS 0.3 times a Hann window: ends 0, middle 0.3.
    assert_eq!(y[0], 0.0);
    assert!((y[500] - 0.3).abs() < 1e-6, "{}", y[500]);
    assert!(c.prepare(&[0.0; 10]).iter().all(|&v| v == 0.0));
}
