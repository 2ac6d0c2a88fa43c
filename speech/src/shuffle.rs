//! Spike times shuffled within each sample (`delaytile data shuffle`): every spike keeps its
//! unit, but the times are permuted among the sample's spikes. Per-unit spike counts and the
//! sample's overall spike-time histogram stay; which unit fired when is destroyed. Training and
//! testing on shuffled clips measures how much a classifier needs spike timing.

use golden::rng::SplitMix64;
use golden::shd::Sample;

/// `sample` with its spike times permuted among its spikes (seeded), sorted by time again.
pub fn shuffle_times(sample: &Sample, seed: u64) -> Sample {
    let mut times = sample.times.clone();
    SplitMix64::new(seed).shuffle(&mut times);
    let mut spikes: Vec<(f32, u16)> = times.into_iter().zip(sample.units.clone()).collect();
    spikes.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    Sample {
        times: spikes.iter().map(|s| s.0).collect(),
        units: spikes.iter().map(|s| s.1).collect(),
        label: sample.label,
        speaker: sample.speaker,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_times_stay_but_the_pairing_changes() {
        let n = 400;
        let mut rng = SplitMix64::new(3);
        let mut times: Vec<f32> = (0..n).map(|_| rng.next_f64() as f32).collect();
        times.sort_by(f32::total_cmp);
        // Unit i fires early in the sample iff i < 5: timing tells the units apart.
        let units: Vec<u16> = (0..n).map(|i| (i * 10 / n) as u16).collect();
        let s = Sample {
            times: times.clone(),
            units: units.clone(),
            label: 7,
            speaker: Some(2),
        };
        let out = shuffle_times(&s, 11);
        assert_eq!((out.label, out.speaker), (7, Some(2)));
        assert!(out.times.windows(2).all(|w| w[0] <= w[1]), "sorted by time");
        let mut a = out.times.clone();
        a.sort_by(f32::total_cmp);
        assert_eq!(a, times, "the same spike times");
        let mut u = out.units.clone();
        u.sort_unstable();
        assert_eq!(u, units, "the same count per unit");
        // Unit 0's spikes were all in the first tenth; now they spread over the sample.
        let late = out
            .times
            .iter()
            .zip(&out.units)
            .filter(|&(&t, &u)| u == 0 && t > times[n / 5])
            .count();
        assert!(late > 20, "{late}");
        assert_eq!(shuffle_times(&s, 11), out, "deterministic for a seed");
    }
}
