//! The C ABI of `shim.cpp`, resolved once per library into a table of function pointers so that
//! calls cost no symbol lookup.

use super::error::Error;
use libloading::Library;
use libloading::os::unix::{Library as UnixLibrary, RTLD_LOCAL, RTLD_NOW};
use std::path::Path;

/// The shim's `Tile` (context + model); only ever behind a pointer.
#[repr(C)]
pub(crate) struct Tile {
    _opaque: [u8; 0],
}

/// The shim's functions (see shim.cpp for their contracts).
pub(crate) struct Api {
    pub(crate) new: unsafe extern "C" fn(u32) -> *mut Tile,
    pub(crate) free: unsafe extern "C" fn(*mut Tile),
    pub(crate) traced: unsafe extern "C" fn() -> i32,
    pub(crate) trace_open: unsafe extern "C" fn(*mut Tile, *const std::ffi::c_char) -> i32,
    pub(crate) trace_close: unsafe extern "C" fn(*mut Tile) -> i32,
    pub(crate) set_cmd: unsafe extern "C" fn(*mut Tile, u8, u8, u32, u64),
    pub(crate) tick: unsafe extern "C" fn(*mut Tile, u64),
    pub(crate) cycles: unsafe extern "C" fn(*const Tile) -> u64,
    pub(crate) cmd_ready: unsafe extern "C" fn(*const Tile) -> u8,
    pub(crate) rsp_valid: unsafe extern "C" fn(*const Tile) -> u8,
    pub(crate) rsp_data: unsafe extern "C" fn(*const Tile) -> u64,
    pub(crate) busy: unsafe extern "C" fn(*const Tile) -> u8,
    pub(crate) last_cycles: unsafe extern "C" fn(*const Tile) -> u32,
    pub(crate) deadline_missed: unsafe extern "C" fn(*const Tile) -> u8,
    pub(crate) prediction: unsafe extern "C" fn(*const Tile) -> u16,
    pub(crate) command: unsafe extern "C" fn(*mut Tile, u8, u32, u64, u64) -> i64,
    pub(crate) read: unsafe extern "C" fn(*mut Tile, u32, u64, *mut u64) -> i64,
    pub(crate) wait_idle: unsafe extern "C" fn(*mut Tile, u64) -> i64,
    pub(crate) read_many:
        unsafe extern "C" fn(*mut Tile, *const u32, u64, *mut u64, u64, *mut u64) -> i64,
}

/// A loaded model library and its function table. The pointers are only valid while `_lib` is
/// loaded, which is why every [`super::Rtl`] holds this in an `Arc`.
pub(crate) struct Loaded {
    pub(crate) api: Api,
    _lib: Library,
}

/// dlopens `path` with RTLD_NOW (an unresolved symbol fails here, not mid-simulation) and
/// RTLD_LOCAL (each model keeps its own copy of the Verilator runtime and of `Vtop`).
/// The loader's error for `path`.
fn load_error(path: &Path) -> impl Fn(libloading::Error) -> Error + '_ {
    |source| Error::Load {
        path: path.to_path_buf(),
        source,
    }
}

/// dlopens one of our libraries (RTLD_NOW, RTLD_LOCAL: see [`load`]).
fn open(path: &Path) -> Result<Library, Error> {
    // SAFETY: the library is one we built from shim.cpp or board_shim.cpp; its static
    // constructors are Verilator's and have no preconditions.
    Ok(
        unsafe { UnixLibrary::open(Some(path), RTLD_NOW | RTLD_LOCAL) }
            .map_err(load_error(path))?
            .into(),
    )
}

/// One function of `lib`, typed by the field it is stored in.
macro_rules! sym {
    ($lib:ident, $path:ident, $name:literal) => {
        // SAFETY: the pointer types of `Api` / `BoardApi` match the C declarations in shim.cpp
        // and board_shim.cpp, and the copied pointer never outlives the library (both live in
        // `Loaded` / `LoadedBoard`).
        *unsafe { $lib.get($name) }.map_err(load_error($path))?
    };
}

pub(crate) fn load(path: &Path) -> Result<Loaded, Error> {
    let lib = open(path)?;
    let api = Api {
        new: sym!(lib, path, b"dt_new"),
        free: sym!(lib, path, b"dt_free"),
        traced: sym!(lib, path, b"dt_traced"),
        trace_open: sym!(lib, path, b"dt_trace_open"),
        trace_close: sym!(lib, path, b"dt_trace_close"),
        set_cmd: sym!(lib, path, b"dt_set_cmd"),
        tick: sym!(lib, path, b"dt_tick"),
        cycles: sym!(lib, path, b"dt_cycles"),
        cmd_ready: sym!(lib, path, b"dt_cmd_ready"),
        rsp_valid: sym!(lib, path, b"dt_rsp_valid"),
        rsp_data: sym!(lib, path, b"dt_rsp_data"),
        busy: sym!(lib, path, b"dt_busy"),
        last_cycles: sym!(lib, path, b"dt_last_cycles"),
        deadline_missed: sym!(lib, path, b"dt_deadline_missed"),
        prediction: sym!(lib, path, b"dt_prediction"),
        command: sym!(lib, path, b"dt_command"),
        read: sym!(lib, path, b"dt_read"),
        wait_idle: sym!(lib, path, b"dt_wait_idle"),
        read_many: sym!(lib, path, b"dt_read_many"),
    };
    Ok(Loaded { api, _lib: lib })
}

/// The board shim's `Board` (context + model + simulated host UART); only behind a pointer.
#[repr(C)]
pub(crate) struct Board {
    _opaque: [u8; 0],
}

/// The board shim's functions (see board_shim.cpp for their contracts).
pub(crate) struct BoardApi {
    pub(crate) new: unsafe extern "C" fn(u32, u32) -> *mut Board,
    pub(crate) free: unsafe extern "C" fn(*mut Board),
    pub(crate) cycles: unsafe extern "C" fn(*const Board) -> u64,
    pub(crate) frame_errors: unsafe extern "C" fn(*const Board) -> u64,
    pub(crate) uart_tx: unsafe extern "C" fn(*const Board) -> u8,
    #[allow(clippy::type_complexity)]
    pub(crate) run: unsafe extern "C" fn(
        *mut Board,
        *const u8,
        u64,
        *mut u64,
        *mut u8,
        u64,
        u64,
        *mut u64,
        u64,
    ) -> u64,
}

/// A loaded board-top library and its function table (see [`Loaded`]).
pub(crate) struct LoadedBoard {
    pub(crate) api: BoardApi,
    _lib: Library,
}

/// [`load`] for a library built from `board_shim.cpp`.
pub(crate) fn load_board(path: &Path) -> Result<LoadedBoard, Error> {
    let lib = open(path)?;
    let api = BoardApi {
        new: sym!(lib, path, b"db_new"),
        free: sym!(lib, path, b"db_free"),
        cycles: sym!(lib, path, b"db_cycles"),
        frame_errors: sym!(lib, path, b"db_frame_errors"),
        uart_tx: sym!(lib, path, b"db_uart_tx"),
        run: sym!(lib, path, b"db_run"),
    };
    Ok(LoadedBoard { api, _lib: lib })
}
