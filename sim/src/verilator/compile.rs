//! The slow path of [`super::Build`]: verilate, compile (runtime once per toolchain, the design
//! as one or two "unity" units plus the shim, in parallel) and link `libtile.so`.

use super::build::{CXX_FLAGS, Design, LIBRARY, RECIPE};
use super::cache::{self, Key, Scratch};
use super::classes::Classes;
use super::error::Error;
use super::ports;
use super::tools::{self, Cxx, Verilator};
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Above this much generated C++, the fast and slow halves are compiled as two units in parallel;
/// below it one unit is quicker (each unit pays ~1.2 s of parsing Verilator's headers).
const SPLIT_BYTES: u64 = 512 * 1024;

/// The toolchain and cache of one build.
pub(super) struct Ctx<'a> {
    pub(super) verilator: &'a Verilator,
    pub(super) cxx: &'a Cxx,
    pub(super) root: &'a Path,
}

impl Ctx<'_> {
    /// Verilates, compiles and links into `dir/libtile.so`, with the shim and port check of
    /// `design`.
    pub(super) fn build(
        &self,
        dir: &Path,
        verilog: &str,
        args: &[String],
        design: Design,
    ) -> Result<(), Error> {
        let source = dir.join("top.v");
        fs::write(&source, verilog).map_err(Error::io("writing", &source))?;
        let shim = dir.join("shim.cpp");
        fs::write(&shim, design.shim()).map_err(Error::io("writing", &shim))?;
        // Relative names, so Verilator's messages say `top.v:LINE:COL`.
        tools::run(
            Command::new(&self.verilator.program)
                .current_dir(dir)
                .args(args)
                .args(["-Mdir", "obj", "top.v"]),
            "verilator",
        )?;

        let obj = dir.join("obj");
        let header = obj.join("Vtop.h");
        let text = fs::read_to_string(&header).map_err(Error::io("reading", &header))?;
        if let Some(problems) = ports::mismatch(&text, design.ports()) {
            return Err(Error::Ports(format!(
                "{}'s ports: {problems}",
                design.name()
            )));
        }
        let mk = obj.join("Vtop_classes.mk");
        let text = fs::read_to_string(&mk).map_err(Error::io("reading", &mk))?;
        let classes = Classes::parse(&text);
        if classes.list("VM_CLASSES_FAST").is_empty() || !classes.has_list("VM_GLOBAL_FAST") {
            return Err(Error::Generated {
                path: mk,
                detail: "no VM_CLASSES_FAST or VM_GLOBAL_FAST list".into(),
            });
        }
        let defines = classes.defines();
        let runtime = self.runtime(&classes.global(), &defines)?;

        let mut jobs = Vec::new();
        for (i, unit) in unity_units(&obj, &classes)?.iter().enumerate() {
            jobs.push(self.compile(&defines, &obj, unit, &dir.join(format!("unit{i}.o"))));
        }
        jobs.push(self.compile(&defines, &obj, &shim, &dir.join("shim.o")));
        let objects: Vec<PathBuf> = jobs.iter().map(|j| j.output.clone()).collect();
        run_parallel(jobs)?;

        let mut link = Command::new(&self.cxx.program);
        link.args(["-shared", "-pthread", "-Wl,-z,defs", "-o"])
            .arg(dir.join(LIBRARY));
        link.args(&objects).args(&runtime);
        tools::run(&mut link, "g++")?;
        // The objects are linked in; the generated sources stay for debugging.
        for object in &objects {
            let _ = fs::remove_file(object);
        }
        Ok(())
    }

    /// The runtime objects for these defines, compiling (under a lock) those not yet cached.
    fn runtime(&self, names: &[String], defines: &[String]) -> Result<Vec<PathBuf>, Error> {
        let key = Key::new()
            .part(RECIPE)
            .part(&self.verilator.version)
            .part(self.verilator.root.as_os_str().as_encoded_bytes())
            .part(&self.cxx.version)
            .part(CXX_FLAGS.join("\0"))
            .part(defines.join("\0"))
            .hex();
        let base = self.root.join("runtime");
        let dir = base.join(&key);
        fs::create_dir_all(&dir).map_err(Error::io("creating", &dir))?;
        let objects: Vec<PathBuf> = names.iter().map(|n| dir.join(format!("{n}.o"))).collect();
        if objects.iter().all(|o| o.is_file()) {
            return Ok(objects);
        }
        // Under the lock, only what another builder has not compiled meanwhile is compiled.
        let _lock = cache::lock(&base.join(format!("{key}.lock")));
        let scratch = Scratch::new(self.root, &format!("runtime-{key}"))?;
        let include = self.verilator.root.join("include");
        let jobs: Vec<Job> = names
            .iter()
            .zip(&objects)
            .filter(|(_, o)| !o.is_file())
            .map(|(n, _)| {
                self.compile(
                    defines,
                    scratch.path(),
                    &include.join(format!("{n}.cpp")),
                    &scratch.path().join(format!("{n}.o")),
                )
            })
            .collect();
        run_parallel(jobs)?;
        for (n, o) in names.iter().zip(&objects) {
            let built = scratch.path().join(format!("{n}.o"));
            if built.is_file() {
                cache::publish_file(&built, o)?;
            }
        }
        Ok(objects)
    }

    fn compile(&self, defines: &[String], generated: &Path, source: &Path, output: &Path) -> Job {
        let include = self.verilator.root.join("include");
        let mut args: Vec<OsString> = CXX_FLAGS.iter().map(OsString::from).collect();
        args.extend(defines.iter().map(OsString::from));
        for dir in [
            include.clone(),
            include.join("vltstd"),
            generated.to_path_buf(),
        ] {
            let mut flag = OsString::from("-I");
            flag.push(dir);
            args.push(flag);
        }
        args.extend(["-c".into(), source.into(), "-o".into(), output.into()]);
        Job {
            program: self.cxx.program.clone(),
            args,
            output: output.to_path_buf(),
        }
    }
}

/// Writes the "unity" sources that `#include` the generated files: Verilator's own makefile does the
/// same (`Vtop__ALL.cpp`), and it saves re-parsing its headers once per generated file.
fn unity_units(obj: &Path, classes: &Classes) -> Result<Vec<PathBuf>, Error> {
    let (fast, slow) = classes.generated();
    let mut size = 0;
    for name in fast.iter().chain(&slow) {
        let file = obj.join(format!("{name}.cpp"));
        size += fs::metadata(&file)
            .map_err(Error::io("reading", &file))?
            .len();
    }
    let groups = if size > SPLIT_BYTES {
        vec![fast, slow]
    } else {
        vec![[fast, slow].concat()]
    };
    let mut units = Vec::new();
    for (i, group) in groups.iter().enumerate() {
        let unit = obj.join(format!("dt_unit{i}.cpp"));
        let text: String = group
            .iter()
            .map(|n| format!("#include \"{n}.cpp\"\n"))
            .collect();
        fs::write(&unit, text).map_err(Error::io("writing", &unit))?;
        units.push(unit);
    }
    Ok(units)
}

/// One compiler invocation.
struct Job {
    program: PathBuf,
    args: Vec<OsString>,
    output: PathBuf,
}

/// Runs the jobs on as many threads as there are cores; returns the first failure, after letting
/// the running ones finish (no half-killed compilers).
fn run_parallel(jobs: Vec<Job>) -> Result<(), Error> {
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(jobs.len());
    let next = AtomicUsize::new(0);
    let failure: Mutex<Option<Error>> = Mutex::new(None);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    if failure.lock().unwrap_or_else(|e| e.into_inner()).is_some() {
                        break;
                    }
                    if let Err(e) = tools::run(Command::new(&job.program).args(&job.args), "g++") {
                        failure
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .get_or_insert(e);
                    }
                }
            });
        }
    });
    match failure.into_inner().unwrap_or_else(|e| e.into_inner()) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
