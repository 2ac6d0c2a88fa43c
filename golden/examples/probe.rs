use golden::experiment::{Arith, Variant, run_all, timing_config};
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut base = timing_config();
    let mut jobs = Vec::new();
    for a in &args {
        if let Some((k, v)) = a.split_once('=') {
            match k {
                "hidden" => base.network.hidden = v.parse().unwrap(),
                "lr_a" => base.learning.lr_a_log2 = v.parse().unwrap(),
                "epochs" => base.train.epochs = v.parse().unwrap(),
                "alpha" => base.neuron.alpha = v.parse().unwrap(),
                "psi_bits" => base.widths.psi_bits = v.parse().unwrap(),
                "sigma_v" => base.surrogate.sigma_v = v.parse().unwrap(),
                _ => panic!(),
            }
            continue;
        }
        let (v, ar) = a.split_once(':').unwrap();
        let v = match v {
            "w" => Variant::WeightsOnly,
            "a" => Variant::Axonal,
            "s" => Variant::Synaptic,
            "b" => Variant::Both,
            "fs" => Variant::FrozenSynaptic,
            _ => Variant::FrozenAxonal,
        };
        let ar = if ar == "fl" {
            Arith::Float
        } else {
            Arith::Fixed
        };
        for seed in 1..=3 {
            jobs.push((v, ar, seed));
        }
    }
    for r in run_all(&base, &jobs, 2, false) {
        println!(
            "{:?} {:?} {} {:.3}",
            r.variant,
            r.arith,
            r.seed,
            r.final_accuracy()
        );
    }
}
