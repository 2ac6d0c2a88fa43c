//! Tuning harness for the timing task: `cargo run --release -p delaytile-golden --example timing -- MODEL MODE [key=value ...]`
use golden::config::{Config, DelayInit, DelayMode};
use golden::fixed::Tile;
use golden::float::FloatTile;
use golden::rng::SplitMix64;
use golden::task::TimingTask;
use golden::train::{Model, evaluate, train_epoch};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = args[0].clone();
    let mode = args[1].clone();
    let mut text = String::from(
        "[network]\ninputs = 6\nhidden = 32\noutputs = 4\nrecurrent = false\nmax_delay = 32\n[neuron]\nalpha = 0.3679\nkappa = 0.9\n[data]\ndt_ms = 10.0\nmax_time_s = 1.4\npool = 5\n",
    );
    let mut epochs = 10;
    let mut ntrain = 400;
    let mut seed = 1;
    let mut spacing = 4;
    let mut tail = 40;
    let mut steps = 80;
    let mut pairs = false;
    let mut extra = String::new();
    for kv in &args[2..] {
        let (k, v) = kv.split_once('=').unwrap();
        match k {
            "epochs" => epochs = v.parse().unwrap(),
            "ntrain" => ntrain = v.parse().unwrap(),
            "seed" => seed = v.parse().unwrap(),
            "spacing" => spacing = v.parse().unwrap(),
            "tail" => tail = v.parse().unwrap(),
            "steps" => steps = v.parse().unwrap(),
            "pairs" => pairs = true,
            _ => extra.push_str(&format!("{k} = {v}\n")),
        }
    }
    let mut cfg = Config::from_toml_str(&text, "harness").unwrap();
    text.clear();
    let mut table: toml::Table = toml::from_str(&cfg.to_toml()).unwrap();
    for line in extra.lines() {
        let (k, v) = line.split_once(" = ").unwrap();
        let (sec, key) = k.split_once('.').unwrap();
        let val: toml::Value =
            toml::from_str::<toml::Table>(&format!("x = {v}")).unwrap()["x"].clone();
        table
            .get_mut(sec)
            .unwrap()
            .as_table_mut()
            .unwrap()
            .insert(key.into(), val);
    }
    cfg = Config::from_toml_str(&toml::to_string(&table).unwrap(), "harness").unwrap();
    cfg.init.seed = seed;
    match mode.as_str() {
        "weights" => cfg.network.delay_mode = DelayMode::None,
        "axonal" => cfg.network.delay_mode = DelayMode::Axonal,
        "synaptic" => cfg.network.delay_mode = DelayMode::Synaptic,
        "both" => cfg.network.delay_mode = DelayMode::Both,
        "frozen" => {
            cfg.network.delay_mode = DelayMode::Synaptic;
            cfg.init.delays = DelayInit::Random;
            cfg.learning.synaptic_delays = false;
        }
        _ => panic!("mode"),
    }
    let task = TimingTask {
        spacing,
        tail,
        steps,
        ..TimingTask::default()
    };
    let train = task.generate(ntrain, 100 + seed);
    let test = task.generate(400, 200 + seed);
    let mut rng = SplitMix64::new(seed);
    let t0 = std::time::Instant::now();
    let mut m: Box<dyn FnMut(&golden::task::Sample, bool) -> usize> = if model == "float" {
        let tile = Tile::new(&cfg).unwrap();
        let mut ft = FloatTile::new(&cfg, tile.params.to_float(&cfg), false);
        Box::new(move |s, l| ft.run(s, l))
    } else {
        let mut tile = Tile::new(&cfg).unwrap();
        Box::new(move |s, l| tile.run(s, l))
    };
    struct W<'a>(&'a mut dyn FnMut(&golden::task::Sample, bool) -> usize);
    impl Model for W<'_> {
        fn run(&mut self, s: &golden::task::Sample, l: bool) -> usize {
            (self.0)(s, l)
        }
        fn set_learning(&mut self, _l: golden::config::Learning) {}
    }
    let _ = &mut m;
    let mut ft = if model == "float" { let tile = Tile::new(&cfg).unwrap(); Some(FloatTile::new(&cfg, tile.params.to_float(&cfg), false)) } else { None };
    let mut fx = if model != "float" { Some(Tile::new(&cfg).unwrap()) } else { None };
    let mut w: &mut dyn ModelDyn = if let Some(f) = ft.as_mut() { f } else { fx.as_mut().unwrap() };
    trait ModelDyn { fn r(&mut self, s: &golden::task::Sample, l: bool) -> usize; fn sl(&mut self, l: golden::config::Learning); }
    impl<T: Model> ModelDyn for T { fn r(&mut self, s: &golden::task::Sample, l: bool) -> usize { self.run(s, l) } fn sl(&mut self, l: golden::config::Learning) { self.set_learning(l) } }
    struct D<'a>(&'a mut dyn ModelDyn);
    impl Model for D<'_> { fn run(&mut self, s: &golden::task::Sample, l: bool) -> usize { self.0.r(s, l) } fn set_learning(&mut self, l: golden::config::Learning) { self.0.sl(l) } }
    let mut w = D(&mut *w);
    let _ = W(&mut |_, _| 0);
    for e in 0..epochs {
        w.set_learning(golden::train::annealed(&cfg, e));
        let tr = train_epoch(&mut w, &train, 4, &mut rng);
        let te = evaluate(&mut w, &test, 4);
        println!(
            "epoch {e}: train {:.3} test {:.3} {:?}",
            tr.accuracy, te.accuracy, te.confusion
        );
    }
    println!("{model} {mode} {:.1}s", t0.elapsed().as_secs_f64());
}
