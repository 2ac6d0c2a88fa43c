//! Atomic output files: write a hidden temporary file next to the target, then rename it over
//! the target, so that a failure never leaves a partial file behind.
//!
//! The target must be a regular file or absent: a symlink, a device node, a FIFO or a directory
//! is refused (a rename would replace the node itself, e.g. `/dev/null`, and leave a symlink's
//! target stale). After the rename the directory is synced, so the new name survives a crash.
//! Temporary files left by a process that was killed mid-write (`.NAME.PID.N.tmp` with a PID
//! that no longer runs) are removed on the next write of the same target.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// A fresh hidden name next to `path` (same directory, so the rename stays on one file system).
pub fn temp_path(path: &Path) -> std::io::Result<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().ok_or_else(|| {
        std::io::Error::new(std::io::ErrorKind::InvalidInput, "path has no file name")
    })?;
    let mut tmp = std::ffi::OsString::from(".");
    tmp.push(name);
    tmp.push(format!(
        ".{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    Ok(path.with_file_name(tmp))
}

/// Fails unless `path` is absent or a regular file (not followed if it is a symlink).
pub fn check_target(path: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
        Ok(m) if m.file_type().is_file() => Ok(()),
        Ok(m) => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "it exists and is {}, expected a regular file or a new name (an output never \
                 replaces anything else)",
                describe(&m.file_type())
            ),
        )),
    }
}

fn describe(t: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_symlink() {
        "a symbolic link"
    } else if t.is_dir() {
        "a directory"
    } else if t.is_fifo() {
        "a FIFO"
    } else if t.is_char_device() || t.is_block_device() {
        "a device node"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

/// Removes `.NAME.PID.N.tmp` siblings of `path` whose process no longer runs (left by a kill
/// between creating and renaming them). Best effort: errors are ignored.
fn remove_stale_temps(path: &Path) {
    let (Some(name), Some(dir)) = (path.file_name(), path.parent()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let file = e.file_name();
        let file = file.to_string_lossy();
        let Some(rest) = file
            .strip_prefix(&prefix)
            .and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        let Some((pid, n)) = rest.split_once('.') else {
            continue;
        };
        let (Ok(pid), Ok(_)) = (pid.parse::<u32>(), n.parse::<u64>()) else {
            continue;
        };
        let alive = pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists();
        if !alive {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Syncs the directory holding `path`, so that a rename into it is durable.
fn sync_dir(path: &Path) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::File::open(dir)?.sync_all()
}

/// Fill a temporary file with `fill`, then rename it onto `path`; on any failure the temporary
/// file is removed. The error says which operation failed. `path` must be absent or a regular
/// file ([`check_target`]).
pub fn write_with<E>(
    path: &Path,
    io_error: impl Fn(&'static str, std::io::Error) -> E,
    fill: impl FnOnce(&Path) -> Result<(), E>,
) -> Result<(), E> {
    check_target(path).map_err(|e| io_error("replace", e))?;
    remove_stale_temps(path);
    let tmp = temp_path(path).map_err(|e| io_error("name a temporary file for", e))?;
    let result = fill(&tmp).and_then(|()| {
        // Checked again just before the rename: the target may have appeared meanwhile.
        check_target(path).map_err(|e| io_error("replace", e))?;
        std::fs::rename(&tmp, path).map_err(|e| io_error("rename the temporary file onto", e))?;
        sync_dir(path).map_err(|e| io_error("sync the directory of", e))
    });
    if result.is_err() {
        // Best effort: the temporary file may not exist (or was renamed already).
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes two files that belong together, `data` and `about` (which describes `data`, e.g.
/// results naming the parameter file's checksum), so that `about` never sits beside a `data` it
/// does not describe: both are written to temporary files and synced first (a failure there
/// leaves the old pair untouched), then the old `about` is removed, `data` renamed into place,
/// then `about`. A crash between those renames leaves `data` without `about`, never a
/// mismatched pair.
pub fn write_pair<E>(
    data: (&Path, &[u8]),
    about: (&Path, &[u8]),
    io_error: impl Fn(&Path, &'static str, std::io::Error) -> E,
) -> Result<(), E> {
    let mut temps: Vec<PathBuf> = Vec::with_capacity(2);
    let result = (|| {
        for (path, bytes) in [data, about] {
            check_target(path).map_err(|e| io_error(path, "replace", e))?;
            remove_stale_temps(path);
            let tmp =
                temp_path(path).map_err(|e| io_error(path, "name a temporary file for", e))?;
            let mut f = std::fs::File::create(&tmp)
                .map_err(|e| io_error(path, "create a temporary file for", e))?;
            temps.push(tmp);
            f.write_all(bytes).map_err(|e| io_error(path, "write", e))?;
            f.sync_all().map_err(|e| io_error(path, "sync", e))?;
        }
        match std::fs::remove_file(about.0) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(io_error(about.0, "remove the old", e));
            }
            _ => {}
        }
        for (i, path) in [data.0, about.0].into_iter().enumerate() {
            std::fs::rename(&temps[i], path)
                .map_err(|e| io_error(path, "rename the temporary file onto", e))?;
        }
        sync_dir(about.0).map_err(|e| io_error(about.0, "sync the directory of", e))
    })();
    if result.is_err() {
        for t in &temps {
            let _ = std::fs::remove_file(t);
        }
    }
    result
}

/// Write `bytes` to `path` atomically (synced before the rename).
pub fn write_bytes<E>(
    path: &Path,
    bytes: &[u8],
    io_error: impl Fn(&'static str, std::io::Error) -> E,
) -> Result<(), E> {
    write_with(path, &io_error, |tmp| {
        let mut f =
            std::fs::File::create(tmp).map_err(|e| io_error("create a temporary file for", e))?;
        f.write_all(bytes).map_err(|e| io_error("write", e))?;
        f.sync_all().map_err(|e| io_error("sync", e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
        write_bytes(path, bytes, |op, e| {
            format!("cannot {op} {}: {e}", path.display())
        })
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_regular_file_is_replaced_and_no_temporary_file_remains() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.bin");
        write(&p, b"one").unwrap();
        write(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(names(dir.path()), ["out.bin"]);
    }

    #[test]
    fn a_symlink_is_refused_and_neither_it_nor_its_target_changes() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.txt");
        std::fs::write(&target, b"old").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let e = write(&link, b"new").unwrap_err();
        assert!(e.contains("link.txt") && e.contains("symbolic link"), "{e}");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&target).unwrap(), b"old");
        assert_eq!(names(dir.path()), ["link.txt", "target.txt"]);
    }

    #[test]
    fn a_fifo_a_directory_and_a_device_node_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success(), "mkfifo failed");
        let e = write(&fifo, b"x").unwrap_err();
        assert!(e.contains("a FIFO"), "{e}");
        use std::os::unix::fs::FileTypeExt;
        assert!(
            std::fs::symlink_metadata(&fifo)
                .unwrap()
                .file_type()
                .is_fifo()
        );

        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let e = write(&sub, b"x").unwrap_err();
        assert!(e.contains("a directory"), "{e}");

        // A device node is refused before anything is created next to it (nothing is written
        // into /dev).
        let e = check_target(Path::new("/dev/null")).unwrap_err();
        assert!(e.to_string().contains("a device node"), "{e}");
        assert_eq!(names(dir.path()), ["fifo", "sub"]);
    }

    #[test]
    fn stale_temporary_files_of_dead_processes_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("params.dtp");
        // PID 0 never names a user process; `u32::MAX` is above any PID limit.
        let stale = [".params.dtp.0.0.tmp", ".params.dtp.4294967295.3.tmp"];
        for s in stale {
            std::fs::write(dir.path().join(s), b"partial").unwrap();
        }
        // A live process's temporary file and unrelated names stay.
        let live = format!(".params.dtp.{}.99.tmp", std::process::id());
        std::fs::write(dir.path().join(&live), b"mine").unwrap();
        std::fs::write(dir.path().join(".other.0.0.tmp"), b"other").unwrap();
        write(&p, b"data").unwrap();
        let mut want = vec![".other.0.0.tmp".to_string(), live, "params.dtp".to_string()];
        want.sort();
        assert_eq!(names(dir.path()), want);
    }
}
