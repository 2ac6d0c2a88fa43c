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
pub(crate) fn load(path: &Path) -> Result<Loaded, Error> {
    let err = |source| Error::Load {
        path: path.to_path_buf(),
        source,
    };
    // SAFETY: the library is one we built from shim.cpp; its static constructors are Verilator's
    // and have no preconditions.
    let lib: Library = unsafe { UnixLibrary::open(Some(path), RTLD_NOW | RTLD_LOCAL) }
        .map_err(err)?
        .into();
    macro_rules! sym {
        ($name:literal) => {
            // SAFETY: the pointer types above match the C declarations in shim.cpp, and the
            // copied pointer never outlives `lib` (both live in `Loaded`).
            *unsafe { lib.get($name) }.map_err(err)?
        };
    }
    let api = Api {
        new: sym!("dt_new"),
        free: sym!("dt_free"),
        traced: sym!("dt_traced"),
        trace_open: sym!("dt_trace_open"),
        trace_close: sym!("dt_trace_close"),
        set_cmd: sym!("dt_set_cmd"),
        tick: sym!("dt_tick"),
        cycles: sym!("dt_cycles"),
        cmd_ready: sym!("dt_cmd_ready"),
        rsp_valid: sym!("dt_rsp_valid"),
        rsp_data: sym!("dt_rsp_data"),
        busy: sym!("dt_busy"),
        last_cycles: sym!("dt_last_cycles"),
        deadline_missed: sym!("dt_deadline_missed"),
        prediction: sym!("dt_prediction"),
        command: sym!("dt_command"),
        read: sym!("dt_read"),
        wait_idle: sym!("dt_wait_idle"),
        read_many: sym!("dt_read_many"),
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
    pub(crate) new: unsafe extern "C" fn(u32) -> *mut Board,
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
    let err = |source| Error::Load {
        path: path.to_path_buf(),
        source,
    };
    // SAFETY: as in `load`: a library we built, with Verilator's static constructors only.
    let lib: Library = unsafe { UnixLibrary::open(Some(path), RTLD_NOW | RTLD_LOCAL) }
        .map_err(err)?
        .into();
    macro_rules! sym {
        ($name:literal) => {
            // SAFETY: the pointer types above match the C declarations in board_shim.cpp, and
            // the copied pointer never outlives `lib` (both live in `LoadedBoard`).
            *unsafe { lib.get($name) }.map_err(err)?
        };
    }
    let api = BoardApi {
        new: sym!("db_new"),
        free: sym!("db_free"),
        cycles: sym!("db_cycles"),
        frame_errors: sym!("db_frame_errors"),
        uart_tx: sym!("db_uart_tx"),
        run: sym!("db_run"),
    };
    Ok(LoadedBoard { api, _lib: lib })
}
