// C ABI around one verilated `top` (see rtl.rs for the Rust side). Each handle owns its own
// VerilatedContext, so instances share no simulation state and can live on any thread. The batched
// helpers loop here in C++ because one FFI call per cycle would cap the co-simulation well below
// 1 M cycles/s.
#include "Vtop.h"
#include "verilated.h"
#if VM_TRACE
#include "verilated_vcd_c.h"
#endif

#include <cstdint>
#include <mutex>
#include <new>

#define DT_API extern "C" __attribute__((visibility("default")))

namespace {

// The opcodes come from the prelude build.rs generates (golden::memory::op).
const int OP_READ = DT_OP_READ;

// Verilator's context constructor and destructor update process-wide statics (the last context):
// serialise them so instances can be created and dropped on any thread at once.
std::mutex lifecycle;

struct Tile {
    VerilatedContext* ctx;
    Vtop* top;
    uint64_t cycles;
#if VM_TRACE
    VerilatedVcdC* vcd;
    bool tracing;
#endif
};

inline void eval(Tile* t) {
    t->top->eval();
#if VM_TRACE
    if (t->tracing) t->vcd->dump(t->ctx->time());
#endif
}

// One clock cycle: rising edge, half period, falling edge, half period.
inline void tick1(Tile* t) {
    t->top->clock = 1;
    eval(t);
    t->ctx->timeInc(5);
    t->top->clock = 0;
    eval(t);
    t->ctx->timeInc(5);
    t->cycles++;
}

// Drops cmd_valid (and parks op on NOP) without an edge, so outputs stay consistent.
inline void release_cmd(Tile* t) {
    t->top->cmd_valid = 0;
    t->top->cmd_op = DT_OP_NOP;
    t->top->eval();
}

}  // namespace

// seed 0: every variable without an initial value starts at 0 (Verilator's default). Any other
// seed: random start-up values, as `+verilator+rand+reset+2 +verilator+seed+<seed>` would set
// them; they only differ from 0 in a library verilated with `--x-initial unique`. Both settings
// must precede the model's construction, which draws the values.
DT_API Tile* dt_new(uint32_t seed) {
    std::lock_guard<std::mutex> guard(lifecycle);
    Tile* t = new (std::nothrow) Tile();
    if (!t) return nullptr;
    try {
        t->ctx = new VerilatedContext;
        if (seed != 0) {
            t->ctx->randReset(2);
            t->ctx->randSeed(static_cast<int>(seed));
        }
#if VM_TRACE
        // Must precede model construction, or the model cannot be traced later.
        t->ctx->traceEverOn(true);
        t->vcd = nullptr;
        t->tracing = false;
#endif
        t->top = new Vtop(t->ctx, "TOP");
    } catch (...) {
        delete t->ctx;
        delete t;
        return nullptr;
    }
    t->top->clock = 0;
    t->top->cmd_valid = 0;
    t->top->cmd_op = DT_OP_NOP;
    t->top->cmd_addr = 0;
    t->top->cmd_data = 0;
    t->top->eval();
    t->cycles = 0;
    return t;
}

DT_API void dt_free(Tile* t) {
    if (!t) return;
    std::lock_guard<std::mutex> guard(lifecycle);
    t->top->final();
#if VM_TRACE
    if (t->vcd) {
        t->vcd->close();
        delete t->vcd;
    }
#endif
    delete t->top;
    delete t->ctx;
    delete t;
}

// 1 if this library was verilated with --trace.
DT_API int dt_traced() {
#if VM_TRACE
    return 1;
#else
    return 0;
#endif
}

// 0 ok, 1 not built with tracing, 2 the file could not be opened.
DT_API int dt_trace_open(Tile* t, const char* path) {
#if VM_TRACE
    if (t->tracing) {
        t->vcd->close();
        t->tracing = false;
    }
    if (!t->vcd) {
        t->vcd = new VerilatedVcdC;
        t->top->trace(t->vcd, 99);
    }
    t->vcd->open(path);
    if (!t->vcd->isOpen()) return 2;
    t->tracing = true;
    return 0;
#else
    (void)t;
    (void)path;
    return 1;
#endif
}

// 0 ok (also when no trace was open), 1 not built with tracing.
DT_API int dt_trace_close(Tile* t) {
#if VM_TRACE
    if (t->tracing) {
        t->vcd->close();
        t->tracing = false;
    }
    return 0;
#else
    (void)t;
    return 1;
#endif
}

DT_API void dt_set_cmd(Tile* t, uint8_t valid, uint8_t op, uint32_t addr, uint64_t data) {
    t->top->cmd_valid = valid ? 1 : 0;
    t->top->cmd_op = op & 0xF;
    t->top->cmd_addr = addr;
    t->top->cmd_data = data;
    t->top->eval();
}

DT_API void dt_tick(Tile* t, uint64_t n) {
    for (uint64_t i = 0; i < n; i++) tick1(t);
}

DT_API uint64_t dt_cycles(const Tile* t) { return t->cycles; }
DT_API uint8_t dt_cmd_ready(const Tile* t) { return t->top->cmd_ready; }
DT_API uint8_t dt_rsp_valid(const Tile* t) { return t->top->rsp_valid; }
DT_API uint64_t dt_rsp_data(const Tile* t) { return t->top->rsp_data; }
DT_API uint8_t dt_busy(const Tile* t) { return t->top->busy; }
DT_API uint32_t dt_last_cycles(const Tile* t) { return t->top->last_cycles; }
DT_API uint8_t dt_deadline_missed(const Tile* t) { return t->top->deadline_missed; }
DT_API uint16_t dt_prediction(const Tile* t) { return t->top->prediction; }

// Offers a command until an edge accepts it: before each tick the inputs are evaluated, and if
// cmd_ready is 1 the upcoming rising edge sees valid && ready. Returns the ticks spent, the
// accepting one included, or -1 if no edge accepted it within max_cycles ticks.
DT_API int64_t dt_command(Tile* t, uint8_t op, uint32_t addr, uint64_t data, uint64_t max_cycles) {
    dt_set_cmd(t, 1, op, addr, data);
    for (uint64_t spent = 0; spent < max_cycles;) {
        bool accept = t->top->cmd_ready;
        tick1(t);
        spent++;
        if (accept) {
            release_cmd(t);
            return (int64_t)spent;
        }
    }
    release_cmd(t);
    return -1;
}

// READ at addr, then ticks until rsp_valid (sampled after each tick, the accepting one included).
// Returns the ticks spent in total and stores rsp_data, or -1 past max_cycles.
DT_API int64_t dt_read(Tile* t, uint32_t addr, uint64_t max_cycles, uint64_t* data) {
    int64_t spent = dt_command(t, OP_READ, addr, 0, max_cycles);
    if (spent < 0) return -1;
    while (!t->top->rsp_valid) {
        if ((uint64_t)spent >= max_cycles) return -1;
        tick1(t);
        spent++;
    }
    *data = t->top->rsp_data;
    return spent;
}

// Ticks until busy is 0 (checked before the first tick too). Returns ticks spent or -1.
DT_API int64_t dt_wait_idle(Tile* t, uint64_t max_cycles) {
    uint64_t spent = 0;
    while (t->top->busy) {
        if (spent >= max_cycles) return -1;
        tick1(t);
        spent++;
    }
    return (int64_t)spent;
}

// n reads, each within max_cycles. Returns the total ticks, or -1 with *done = reads completed.
DT_API int64_t dt_read_many(Tile* t, const uint32_t* addrs, uint64_t n, uint64_t* out,
                            uint64_t max_cycles, uint64_t* done) {
    int64_t total = 0;
    for (uint64_t i = 0; i < n; i++) {
        int64_t spent = dt_read(t, addrs[i], max_cycles, &out[i]);
        if (spent < 0) {
            *done = i;
            return -1;
        }
        total += spent;
    }
    *done = n;
    return total;
}
