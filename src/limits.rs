//! Argument types with their limits, checked when the command line is parsed (clap exits with
//! code 2 and names the option): every count a user types has a stated upper bound, a count of
//! things to run is at least 1 (a run over 0 samples would pass vacuously), and a frequency is a
//! positive finite number.

use clap::builder::RangedU64ValueParser;

/// Most synthetic samples `bench` generates (100 steps each).
pub const MAX_BENCH_SAMPLES: u64 = 100_000;
/// Most seeds per variant and model of `timing`.
pub const MAX_SEEDS: u64 = 1_000;
/// Most gradient iterations of `data baseline`.
pub const MAX_ITERATIONS: u64 = 1_000_000;
/// Most worker threads of `data synth`.
pub const MAX_THREADS: u64 = 1_024;
/// Highest clock a frequency option takes, MHz.
pub const MAX_MHZ: f64 = 10_000.0;

/// A count in `1..=max`.
pub fn count(max: u64) -> RangedU64ValueParser<usize> {
    RangedU64ValueParser::new().range(1..=max)
}

/// A count of samples to take from a data file: at least 1; the file bounds it from above.
pub fn samples() -> RangedU64ValueParser<usize> {
    RangedU64ValueParser::new().range(1..)
}

/// A clock frequency in MHz: finite, > 0 and at most [`MAX_MHZ`].
pub fn mhz(s: &str) -> Result<f64, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number, expected a frequency in MHz"))?;
    if !(v.is_finite() && v > 0.0 && v <= MAX_MHZ) {
        return Err(format!("{v} is not a frequency in (0, {MAX_MHZ}] MHz"));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequencies_must_be_positive_and_finite() {
        assert_eq!(mhz("12.5"), Ok(12.5));
        for bad in ["0", "-5", "nan", "inf", "1e9", "fast"] {
            let e = mhz(bad).unwrap_err();
            assert!(e.contains("MHz"), "{bad}: {e}");
        }
    }
}
