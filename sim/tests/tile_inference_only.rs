//! A tile built without the learning unit (`hardware.learning_unit = false`, the build that fits
//! an iCE40) runs parameters the golden model learned offline exactly as the golden model does,
//! with the cycle model's cycles (CLEAR included), holds none of the learning memories, and
//! refuses to learn: the host is told so, and LEARN leaves the parameters untouched.

mod tile_support;

use golden::config::Config;
use golden::memory::{self, reg};
use sim::cosim;
use tile_support::*;

/// fpga-small with random feedback (so the feedback weights, a learning-only parameter memory,
/// exist in the golden model but not on this tile), without the learning unit.
fn inference_only() -> Config {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../configs/fpga-small.toml");
    let mut t: toml::Table = toml::from_str(&Config::load(&path).unwrap().to_toml()).unwrap();
    t["learning"]["feedback"] = "random".into();
    t["hardware"]["learning_unit"] = false.into();
    Config::from_toml_str(&toml::to_string(&t).unwrap(), "inference-only").unwrap()
}

#[test]
fn the_memory_map_has_no_learning_memories() {
    let cfg = inference_only();
    let mut learning = cfg.clone();
    learning.hardware.learning_unit = true;
    let names = |c: &Config| -> Vec<&str> { memory::memories(c).iter().map(|m| m.name).collect() };
    for m in memory::memories(&learning) {
        assert_eq!(
            names(&cfg).contains(&m.name),
            !m.learning_only,
            "{} (learning only: {})",
            m.name,
            m.learning_only
        );
    }
    assert_eq!(memory::totals(&cfg).1, 0);
    assert_eq!(memory::totals(&cfg).0, memory::totals(&learning).0);
    // The documented registers (memory_map.md): every index once; the learning registers only
    // where the learning unit is.
    let indices = |c: &Config| -> Vec<u32> {
        hdl::generate::registers(c)
            .iter()
            .map(|r| r.index)
            .collect()
    };
    assert_eq!(indices(&learning), (0..=reg::MODULATED).collect::<Vec<_>>());
    assert_eq!(indices(&cfg), (0..reg::LEARN).collect::<Vec<_>>());
}

#[test]
fn an_inference_only_tile_equals_the_golden_model_and_cannot_learn() {
    let cfg = inference_only();
    let dir = tempfile::tempdir().unwrap();
    let train = shd_samples(&cfg, 20, 1, dir.path());
    let test = shd_samples(&cfg, 20, 2, dir.path());
    // Learned offline by the golden model: the same arithmetic the learning tile would run.
    let tile = trained_tile(&cfg, &train);
    assert!(!tile.params.fb.is_empty());
    let mut host = host_for(&cfg, &tile, false);
    assert!(host.read_params().unwrap().fb.is_empty());

    let sum = cosim::run(&mut host, &mut tile.clone(), &test, |_| {}).unwrap();
    assert!(sum.mismatch.is_none(), "{}", sum.mismatch.unwrap());
    assert_eq!(sum.steps, 20 * cfg.data.steps() as u64);
    // Without the trace FIFOs CLEAR walks only the longest state memory (checked per sample):
    // the sources' or a lane's rows of the current buffer (its neurons' D slots each).
    let n = &cfg.network;
    let buffer_rows = n.hidden.div_ceil(cfg.hardware.lanes as usize) * n.max_delay;
    assert_eq!(
        sum.clear_cycles,
        20 * (cfg.sources().max(n.hidden).max(buffer_rows) as u64 + 1)
    );

    // The host finds out that this tile cannot learn ...
    let err = host.configure_learning(&cfg, &tile.f).unwrap_err();
    assert!(err.to_string().contains("learning_unit"), "{err}");
    // ... and a sample run with LEARN set changes nothing.
    let before = host.read_params().unwrap();
    host.begin_sample(Some(test[0].label)).unwrap();
    assert_eq!(host.read_register(reg::LEARN).unwrap(), 0);
    assert_eq!(host.read_register(reg::LEARN_FLAGS).unwrap(), 0);
    for step in &test[0].steps {
        host.run_step(step).unwrap();
    }
    assert_eq!(host.read_params().unwrap(), before);
}
