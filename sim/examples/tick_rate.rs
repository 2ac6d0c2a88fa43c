//! Compile times and simulation speed of the bindings on the test fixture (a 16 x 64-bit register
//! file with the tile's ports). Uses a fresh cache, so the first build includes the runtime.
//!
//! `cargo run -p delaytile-sim --release --example tick_rate`

use sim::verilator::{Build, op};
use std::time::Instant;

const REGFILE: &str = include_str!("../tests/fixtures/regfile.v");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cache = tempfile::tempdir()?;
    let build = Build::new().cache_dir(cache.path());

    let t = Instant::now();
    let model = build.load(REGFILE)?;
    println!(
        "first build (runtime objects + design): {:.2} s",
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    build.load(&REGFILE.replace("32'd100", "32'd99"))?;
    println!(
        "second design (runtime cached):         {:.2} s",
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    build.clone().trace(true).load(REGFILE)?;
    println!(
        "traced build (new runtime key):         {:.2} s",
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let again = Build::new().cache_dir(cache.path()).load(REGFILE)?;
    println!(
        "cache hit:                              {:.3} s (built: {})",
        t.elapsed().as_secs_f64(),
        again.built()
    );

    let mut rtl = model.rtl()?;
    let n = 20_000_000;
    let t = Instant::now();
    rtl.tick(n);
    println!(
        "tick({n}):                         {:.1} M cycles/s",
        n as f64 / t.elapsed().as_secs_f64() / 1e6
    );

    let t = Instant::now();
    let before = rtl.cycles();
    for i in 0..1_000_000u32 {
        rtl.command(op::WRITE, i, u64::from(i), 10)?;
    }
    let addrs: Vec<u32> = (0..1_000_000).collect();
    let values = rtl.read_many(&addrs, 10)?;
    assert_eq!(values[999_999], 999_999, "last write to address 15");
    let secs = t.elapsed().as_secs_f64();
    println!(
        "1 M commands + 1 M read_many reads:      {:.1} M cycles/s ({:.2} s)",
        (rtl.cycles() - before) as f64 / secs / 1e6,
        secs
    );
    Ok(())
}
