//! [`Build`]: Verilog text in, loaded model library out, through a content-addressed cache.
//!
//! Layout under the cache root:
//! - `models/<key>/libtile.so` (+ the generated sources, for debugging): one per design, key over
//!   the Verilog, the shim, the tool versions and every flag;
//! - `runtime/<key>/*.o`: Verilator's runtime (verilated.cpp & co., ~10 s to compile), built once
//!   per Verilator version, compiler and flags and linked into every model;
//! - `tmp/`: scratch directories, renamed into place when complete.

use super::board::BoardSim;
use super::cache::{self, Key, Scratch};
use super::compile::Ctx;
use super::error::Error;
use super::ffi::{self, Loaded, LoadedBoard};
use super::ports::{self, Port};
use super::rtl::Rtl;
use super::tools::{self, Cxx, Verilator};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The C++ side of the bindings; part of every model's key.
pub(super) const SHIM: &str = include_str!("shim.cpp");

/// The C++ side for the board top (tile + UART bridge): bit-level UART in a batched loop.
pub(super) const BOARD_SHIM: &str = include_str!("board_shim.cpp");

/// Which `top` a library is built for: its shim and the ports that shim drives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Design {
    /// The tile's command port (`shim.cpp`, [`Rtl`]).
    Tile,
    /// The board top's UART pins (`board_shim.cpp`, [`BoardSim`]).
    Board,
}

impl Design {
    /// The shim's source: a generated prelude with the host opcodes it uses
    /// (`golden::memory::op`, the one definition), then the hand-written C++.
    pub(super) fn shim(self) -> String {
        let body = match self {
            Design::Tile => SHIM,
            Design::Board => BOARD_SHIM,
        };
        format!(
            "// Generated from golden::memory::op by sim/src/verilator/build.rs.\n\
             #define DT_OP_NOP {}\n#define DT_OP_READ {}\n{body}",
            golden::memory::op::NOP,
            golden::memory::op::READ
        )
    }

    pub(super) fn ports(self) -> &'static [Port] {
        match self {
            Design::Tile => &ports::PORTS,
            Design::Board => &ports::BOARD_PORTS,
        }
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            Design::Tile => "tile",
            Design::Board => "board top",
        }
    }
}

/// Bumped when the build recipe changes in a way the flags below do not show.
pub(super) const RECIPE: &str = "delaytile-verilator-1";

/// Verilator's flags; the lint waivers (`hdl::generate::LINT_WAIVERS`) follow them.
pub(super) const VERILATOR_FLAGS: [&str; 10] = [
    "--cc",
    "-O3",
    "--x-assign",
    "0",
    "--x-initial",
    "0",
    "--top-module",
    "top",
    "--prefix",
    "Vtop",
];

/// Hidden visibility: only the shim's `dt_*` functions are exported, so two loaded models cannot
/// bind to each other's copies of the runtime or of `Vtop`.
pub(super) const CXX_FLAGS: [&str; 7] = [
    "-std=c++17",
    "-O2",
    "-fPIC",
    "-faligned-new",
    "-w",
    "-fvisibility=hidden",
    "-pthread",
];

pub(super) const LIBRARY: &str = "libtile.so";

/// How to turn Verilog into a loaded model. `Build::new().load(verilog)` is the common use.
#[derive(Clone, Debug)]
pub struct Build {
    trace: bool,
    random_init: bool,
    cache_dir: Option<PathBuf>,
    verilator: PathBuf,
    extra_args: Vec<String>,
}

impl Default for Build {
    fn default() -> Self {
        Build::new()
    }
}

impl Build {
    /// No tracing, the default cache root (`$DELAYTILE_CACHE`, else `$XDG_CACHE_HOME/delaytile`,
    /// else `$HOME/.cache/delaytile`), `verilator` from `PATH`, the C++ compiler from `$CXX` or
    /// `g++`.
    pub fn new() -> Build {
        Build {
            trace: false,
            random_init: false,
            cache_dir: None,
            verilator: PathBuf::from("verilator"),
            extra_args: Vec::new(),
        }
    }

    /// Verilate with `--trace`, so that [`Rtl::trace_open`] can write VCDs (slower simulation).
    pub fn trace(mut self, trace: bool) -> Build {
        self.trace = trace;
        self
    }

    /// Verilate with `--x-initial unique` instead of `--x-initial 0`, so that
    /// [`Model::rtl_random`] can start every variable without an initial value (all memories;
    /// registers keep their `initial` values) at a random value. A separate library: the flag is
    /// part of the cache key.
    pub fn random_init(mut self, random_init: bool) -> Build {
        self.random_init = random_init;
        self
    }

    /// Uses `dir` as the cache root instead of the default.
    pub fn cache_dir(mut self, dir: impl Into<PathBuf>) -> Build {
        self.cache_dir = Some(dir.into());
        self
    }

    /// Runs this Verilator binary instead of `verilator` from `PATH`.
    pub fn verilator(mut self, program: impl Into<PathBuf>) -> Build {
        self.verilator = program.into();
        self
    }

    /// Appends an argument to Verilator's command line (e.g. `-Wno-UNOPTFLAT`); part of the key.
    pub fn verilator_arg(mut self, arg: impl Into<String>) -> Build {
        self.extra_args.push(arg.into());
        self
    }

    /// The cache root this build uses.
    pub fn cache_root(&self) -> PathBuf {
        self.cache_dir.clone().unwrap_or_else(cache::default_root)
    }

    /// Returns the model for `verilog` (a module `top` with the tile's ports), compiling it only
    /// if the cache has no library for this exact text, shim, toolchain and flags.
    pub fn load(&self, verilog: &str) -> Result<Model, Error> {
        let (library, built) = self.library(verilog, Design::Tile)?;
        Model::load(library, built, self.random_init)
    }

    /// Returns the model of a board top (`top` with ports `clock`, `uart_rx`, `uart_tx`, as
    /// `hdl::generate::board_verilog` emits it), cached like [`Build::load`].
    pub fn load_board(&self, verilog: &str) -> Result<BoardModel, Error> {
        let (library, built) = self.library(verilog, Design::Board)?;
        BoardModel::load(library, built, self.random_init)
    }

    /// The cached library for `verilog` as `design`, and whether this call built it.
    fn library(&self, verilog: &str, design: Design) -> Result<(PathBuf, bool), Error> {
        let verilator = tools::verilator(&self.verilator)?;
        let cxx = tools::cxx(&cxx_program())?;
        let root = self.cache_root();
        let args = self.verilator_args();
        let key = self.key_for(verilog, &verilator, &cxx, design);
        let dir = root.join("models").join(&key);
        let library = dir.join(LIBRARY);
        // Fast path: published directories are complete, so existence is enough; no lock.
        if library.is_file() {
            return Ok((library, false));
        }
        let models = root.join("models");
        fs::create_dir_all(&models).map_err(Error::io("creating", &models))?;
        let _lock = cache::lock(&models.join(format!("{key}.lock")));
        if library.is_file() {
            return Ok((library, false));
        }
        // A model directory without its library was damaged by hand: rebuild it.
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(Error::io("removing", &dir))?;
        }
        let scratch = Scratch::new(&root, &key)?;
        let ctx = Ctx {
            verilator: &verilator,
            cxx: &cxx,
            root: &root,
        };
        ctx.build(scratch.path(), verilog, &args, design)?;
        let won = scratch.publish(&dir)?;
        Ok((library, won))
    }

    /// Everything that changes the library: text (without its leading comment lines: the
    /// generator's header names the whole configuration, seeds and epochs included, which do not
    /// change the hardware), shim, tool versions, flags, trace.
    #[cfg(test)]
    fn key(&self, verilog: &str, verilator: &Verilator, cxx: &Cxx) -> String {
        self.key_for(verilog, verilator, cxx, Design::Tile)
    }

    fn key_for(&self, verilog: &str, verilator: &Verilator, cxx: &Cxx, design: Design) -> String {
        Key::new()
            .part(RECIPE)
            .part(without_header(verilog))
            .part(design.shim())
            .part(&verilator.version)
            .part(&cxx.version)
            .part(self.verilator_args().join("\0"))
            .part(CXX_FLAGS.join("\0"))
            .part(if self.trace { "trace" } else { "notrace" })
            .hex()
    }

    fn verilator_args(&self) -> Vec<String> {
        let mut args: Vec<String> = VERILATOR_FLAGS
            .iter()
            .chain(&hdl::generate::LINT_WAIVERS)
            .map(|s| s.to_string())
            .collect();
        if self.random_init {
            let at = args
                .iter()
                .position(|a| a == "--x-initial")
                .expect("in the flags")
                + 1;
            args[at] = "unique".into();
        }
        if self.trace {
            args.push("--trace".into());
        }
        args.extend(self.extra_args.iter().cloned());
        args
    }
}

/// `verilog` after its leading `//` comment lines.
fn without_header(verilog: &str) -> &str {
    let mut rest = verilog;
    while rest.starts_with("//") {
        rest = rest.split_once('\n').map_or("", |(_, r)| r);
    }
    rest
}

fn cxx_program() -> PathBuf {
    std::env::var_os("CXX")
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from("g++"), PathBuf::from)
}

/// A loaded model library; cheap to clone. Instances made from it keep it loaded.
#[derive(Clone)]
pub struct Model {
    lib: Arc<Loaded>,
    path: PathBuf,
    built: bool,
    random_init: bool,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("path", &self.path)
            .field("built", &self.built)
            .finish()
    }
}

impl Model {
    fn load(path: PathBuf, built: bool, random_init: bool) -> Result<Model, Error> {
        let lib = Arc::new(ffi::load(&path)?);
        Ok(Model {
            lib,
            path,
            built,
            random_init,
        })
    }

    /// A new, independent instance at cycle 0 with all inputs 0; every variable without an
    /// initial value starts at 0.
    pub fn rtl(&self) -> Result<Rtl, Error> {
        Rtl::new(Arc::clone(&self.lib), &self.path, 0)
    }

    /// [`Model::rtl`], but every variable without an initial value (every memory word) starts
    /// at a random value drawn from `seed`, as `+verilator+rand+reset+2 +verilator+seed+<seed>`
    /// sets them: a power-up the design must not depend on. Needs [`Build::random_init`].
    pub fn rtl_random(&self, seed: std::num::NonZeroU32) -> Result<Rtl, Error> {
        if !self.random_init {
            return Err(Error::NotRandomInit {
                path: self.path.clone(),
            });
        }
        Rtl::new(Arc::clone(&self.lib), &self.path, seed.get())
    }

    /// Whether this call compiled the library it loaded (false: it came from the cache).
    pub fn built(&self) -> bool {
        self.built
    }

    /// Whether the library was verilated with `--trace`.
    pub fn traced(&self) -> bool {
        // SAFETY: dt_traced has no arguments and no preconditions.
        unsafe { (self.lib.api.traced)() != 0 }
    }

    /// The shared library (`<cache>/models/<key>/libtile.so`).
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// A loaded board-top library; cheap to clone. Instances made from it keep it loaded.
#[derive(Clone)]
pub struct BoardModel {
    lib: Arc<LoadedBoard>,
    path: PathBuf,
    built: bool,
    random_init: bool,
}

impl std::fmt::Debug for BoardModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BoardModel")
            .field("path", &self.path)
            .field("built", &self.built)
            .field("random_init", &self.random_init)
            .finish()
    }
}

impl BoardModel {
    fn load(path: PathBuf, built: bool, random_init: bool) -> Result<BoardModel, Error> {
        let lib = Arc::new(ffi::load_board(&path)?);
        Ok(BoardModel {
            lib,
            path,
            built,
            random_init,
        })
    }

    /// A new, independent instance at cycle 0, `uart_rx` idle (high), whose simulated host UART
    /// runs at `divisor` clock cycles per bit (the divisor the board top was generated with);
    /// every variable without an initial value starts at 0.
    pub fn board(&self, divisor: u32) -> Result<BoardSim, Error> {
        BoardSim::new(Arc::clone(&self.lib), &self.path, divisor, 0)
    }

    /// [`BoardModel::board`], but every variable without an initial value (the tile's memories,
    /// the bridge's payload buffer) starts at a random value drawn from `seed`, as
    /// [`Model::rtl_random`] does for the tile alone. Needs [`Build::random_init`].
    pub fn board_random(
        &self,
        divisor: u32,
        seed: std::num::NonZeroU32,
    ) -> Result<BoardSim, Error> {
        if !self.random_init {
            return Err(Error::NotRandomInit {
                path: self.path.clone(),
            });
        }
        BoardSim::new(Arc::clone(&self.lib), &self.path, divisor, seed.get())
    }

    /// Whether this call compiled the library it loaded (false: it came from the cache).
    pub fn built(&self) -> bool {
        self.built
    }

    /// The shared library (`<cache>/models/<key>/libtile.so`).
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_input_of_the_library_is_in_the_key() {
        let v = Verilator {
            program: "verilator".into(),
            version: "5.006".into(),
            root: "/r".into(),
        };
        let c = Cxx {
            program: "g++".into(),
            version: "12.2".into(),
        };
        let b = Build::new();
        let base = b.key("module top;", &v, &c);
        assert_eq!(
            base,
            Build::new()
                .cache_dir("/elsewhere")
                .key("module top;", &v, &c)
        );
        let v2 = Verilator {
            version: "5.008".into(),
            ..v.clone()
        };
        let c2 = Cxx {
            version: "13".into(),
            ..c.clone()
        };
        let others = [
            b.key("module top; ", &v, &c),
            b.clone().trace(true).key("module top;", &v, &c),
            b.clone().random_init(true).key("module top;", &v, &c),
            b.clone().verilator_arg("-Wno-X").key("module top;", &v, &c),
            b.key("module top;", &v2, &c),
            b.key("module top;", &v, &c2),
            b.key_for("module top;", &v, &c, Design::Board),
        ];
        for other in others {
            assert_ne!(other, base);
        }
        // A different header comment (another seed's configuration) shares the library.
        assert_eq!(b.key("// config 1\n// more\nmodule top;", &v, &c), base);
        assert_ne!(b.key("// config 1\nmodule top; // x", &v, &c), base);
    }
}
