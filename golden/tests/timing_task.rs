//! The learning bars on the timing task (configs/timing.toml): classes differ only in the
//! relative timing of spikes, so weights alone stay near chance while learned axonal, synaptic or
//! both delays reach >= 90 %, with the float reference and with the fixed-point golden model;
//! float and fixed agree within 3 points; the fixed-point model is deterministic across threads.
//! Each figure is the mean over 3 seeds (parameters, data and order all change with the seed).

use golden::experiment::{Arith, Run, Variant, jobs, mean_std, run_all, run_timing, timing_config};

const SEEDS: [u64; 3] = [1, 2, 3];

fn mean_final(runs: &[Run], v: Variant, a: Arith) -> f64 {
    let acc: Vec<f64> = runs
        .iter()
        .filter(|r| r.variant == v && r.arith == a)
        .map(Run::final_accuracy)
        .collect();
    assert_eq!(acc.len(), SEEDS.len());
    mean_std(&acc).0
}

#[test]
fn delays_learn_what_weights_cannot_float_and_fixed() {
    let base = timing_config();
    let variants = Variant::LEARNED;
    let jobs = jobs(&variants, &[Arith::Float, Arith::Fixed], &SEEDS);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let runs = run_all(&base, &jobs, threads, false);

    let mut table = String::new();
    for v in variants {
        let fl = mean_final(&runs, v, Arith::Float);
        let fx = mean_final(&runs, v, Arith::Fixed);
        table.push_str(&format!(
            "{:<30} float {:.3}  fixed {:.3}\n",
            v.name(),
            fl,
            fx
        ));
    }
    println!("{table}");

    let chance = 1.0 / base.network.outputs as f64;
    for a in [Arith::Float, Arith::Fixed] {
        let w = mean_final(&runs, Variant::WeightsOnly, a);
        assert!(
            w <= chance + 0.10,
            "{a:?} weights only {w:.3} is not near chance\n{table}"
        );
        for v in [Variant::Axonal, Variant::Synaptic, Variant::Both] {
            let acc = mean_final(&runs, v, a);
            assert!(
                acc >= 0.90,
                "{a:?} {} reached only {acc:.3}\n{table}",
                v.name()
            );
        }
    }
    // Fixed point vs float: same data and seeds; compared over the three delay-learning modes.
    let learned = [Variant::Axonal, Variant::Synaptic, Variant::Both];
    let avg = |a| {
        learned
            .iter()
            .map(|&v| mean_final(&runs, v, a))
            .sum::<f64>()
            / 3.0
    };
    let (fl, fx) = (avg(Arith::Float), avg(Arith::Fixed));
    assert!(
        (fl - fx).abs() <= 0.03,
        "float {fl:.3} vs fixed {fx:.3} differ by more than 3 points\n{table}"
    );

    // Determinism: the same fixed-point run on this thread gives bit-identical parameters to the
    // one the worker pool made.
    let again = run_timing(&base, Variant::Both, Arith::Fixed, 2, false);
    let pooled = runs
        .iter()
        .find(|r| r.variant == Variant::Both && r.arith == Arith::Fixed && r.seed == 2)
        .expect("pooled run");
    assert_eq!(again.fixed_params, pooled.fixed_params);
    assert_eq!(again.test_accuracy, pooled.test_accuracy);
}
