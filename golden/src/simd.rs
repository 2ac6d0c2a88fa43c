//! Runtime dispatch of the golden model's hot loops to the widest vector unit the CPU has.
//!
//! The loops are plain Rust written to auto-vectorise (flat slices, no bounds checks inside,
//! no early exits); `vectorised!` compiles one body three times (AVX-512, AVX2, the baseline
//! target) and picks one at run time, so the binary still runs on any x86-64 (and elsewhere).
//! Integer arithmetic only, so every path gives the same bits.

/// `vectorised! { pub fn name(args) -> Ret = body; }` defines `name`, which calls the
/// `#[inline(always)]` function `body` compiled for the best available instruction set.
macro_rules! vectorised {
    ($(#[$m:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty = $body:ident;) => {
        $(#[$m])*
        $vis fn $name($($arg: $ty),*) -> $ret {
            #[cfg(target_arch = "x86_64")]
            {
                #[target_feature(enable = "avx512f,avx512vl,avx512bw,avx512dq,avx2")]
                fn avx512($($arg: $ty),*) -> $ret {
                    $body($($arg),*)
                }
                #[target_feature(enable = "avx2")]
                fn avx2($($arg: $ty),*) -> $ret {
                    $body($($arg),*)
                }
                if $crate::simd::has_avx512() {
                    // SAFETY: the CPU has these features (checked at run time).
                    return unsafe { avx512($($arg),*) };
                }
                if std::arch::is_x86_feature_detected!("avx2") {
                    // SAFETY: as above.
                    return unsafe { avx2($($arg),*) };
                }
            }
            $body($($arg),*)
        }
    };
}
pub(crate) use vectorised;

/// The AVX-512 subsets the wide path is compiled for.
#[cfg(target_arch = "x86_64")]
pub fn has_avx512() -> bool {
    std::arch::is_x86_feature_detected!("avx512f")
        && std::arch::is_x86_feature_detected!("avx512vl")
        && std::arch::is_x86_feature_detected!("avx512bw")
        && std::arch::is_x86_feature_detected!("avx512dq")
}
