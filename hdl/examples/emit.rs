fn main() {
    let path = std::env::args().nth(1).expect("config");
    let cfg = golden::config::Config::load(std::path::Path::new(&path)).unwrap();
    print!("{}", hdl::generate::verilog(&cfg).unwrap());
}
