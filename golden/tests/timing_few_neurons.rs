//! A timing task on which random frozen delays are not enough: with only a few hidden neurons
//! there is no reservoir of random coincidence detectors to pick from, so learned weights over
//! frozen random synaptic delays stay low, while learning the same delays (from the same random
//! start) lines each neuron up with a class. The bar: learned >= 90 %, frozen <= 60 %,
//! with the float reference and with the fixed-point golden model (mean over 3 seeds).

use golden::config::Config;
use golden::experiment::{Arith, Job, Run, Split, Variant, mean_std, run_job, timing_config};
use golden::task::TimingTask;

fn env_or<T: std::str::FromStr>(key: &str, default: T) -> T {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn base() -> Config {
    let mut c = timing_config();
    c.network.hidden = env_or("TFN_HIDDEN", 4);
    c.train.epochs = env_or("TFN_EPOCHS", 40);
    c
}

fn task() -> TimingTask {
    TimingTask {
        jitter: env_or("TFN_JITTER", 0),
        ..TimingTask::default()
    }
}

fn run(base: &Config, variant: Variant, arith: Arith, seed: u64) -> Run {
    let t = task();
    let split = Split {
        train: t.generate(400, 100 + seed),
        valid: Vec::new(),
        test: t.generate(400, 200 + seed),
    };
    let job = Job {
        group: String::new(),
        variant,
        arith,
        seed,
        base: base.clone(),
    };
    run_job(&job, &split, false)
}

#[test]
fn learned_delays_succeed_where_frozen_random_delays_fail_with_few_neurons() {
    let base = base();
    let seeds: Vec<u64> = (1..=env_or("TFN_SEEDS", 5)).collect();
    let mut table = String::new();
    let mut mean = Vec::new();
    for arith in [Arith::Float, Arith::Fixed] {
        for variant in [Variant::Synaptic, Variant::FrozenSynaptic] {
            let acc: Vec<f64> = seeds
                .iter()
                .map(|&s| run(&base, variant, arith, s).final_accuracy())
                .collect();
            let (m, sd) = mean_std(&acc);
            table.push_str(&format!(
                "{arith:?} {:<40} {:.3} ± {:.3} {acc:?}\n",
                variant.name(),
                m,
                sd
            ));
            mean.push((arith, variant, m));
        }
    }
    println!("{} hidden:\n{table}", base.network.hidden);
    for arith in [Arith::Float, Arith::Fixed] {
        let of = |v| {
            mean.iter()
                .find(|&&(a, w, _)| a == arith && w == v)
                .map(|x| x.2)
                .expect("every row ran")
        };
        let (learned, frozen) = (of(Variant::Synaptic), of(Variant::FrozenSynaptic));
        assert!(learned >= 0.90, "{arith:?} learned {learned:.3}\n{table}");
        assert!(frozen <= 0.60, "{arith:?} frozen {frozen:.3}\n{table}");
    }
}
