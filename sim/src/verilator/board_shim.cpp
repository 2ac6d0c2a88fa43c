// C ABI around one verilated board top (`top` with clock, uart_rx, uart_tx; see board.rs for the
// Rust side). The host's UART lives here: db_run serialises bytes onto uart_rx (8N1, `divisor`
// cycles per bit) and decodes uart_tx into bytes, cycle by cycle in C++, so a byte costs no FFI
// call. Each handle owns its own VerilatedContext, as in shim.cpp.
#include "Vtop.h"
#include "verilated.h"

#include <cstdint>
#include <mutex>
#include <new>

#define DB_API extern "C" __attribute__((visibility("default")))

namespace {

std::mutex lifecycle;

struct Board {
    VerilatedContext* ctx;
    Vtop* top;
    uint64_t cycles;
    uint32_t divisor;
    // Encoder (host -> uart_rx): bit index in the 10-bit frame, -1 when idle.
    int enc_bit;
    uint32_t enc_cnt;
    uint16_t enc_frame;
    // Decoder (uart_tx -> host): 0 idle, 1 start bit, 2 data bits, 3 stop bit.
    int dec_state;
    uint32_t dec_cnt;
    int dec_nbits;
    uint8_t dec_shift;
    uint64_t frame_errors;
};

inline void tick1(Board* b) {
    b->top->clock = 1;
    b->top->eval();
    b->ctx->timeInc(5);
    b->top->clock = 0;
    b->top->eval();
    b->ctx->timeInc(5);
    b->cycles++;
}

// Samples uart_tx after a cycle; returns 1 and stores the byte when a frame completes.
inline int decode(Board* b, uint8_t* byte) {
    int line = b->top->uart_tx ? 1 : 0;
    switch (b->dec_state) {
        case 0:
            if (!line) {
                b->dec_state = 1;
                b->dec_cnt = 0;
            }
            return 0;
        case 1:
            if (++b->dec_cnt >= b->divisor / 2) {
                b->dec_cnt = 0;
                b->dec_nbits = 0;
                b->dec_state = line ? 0 : 2;
            }
            return 0;
        case 2:
            if (++b->dec_cnt >= b->divisor) {
                b->dec_cnt = 0;
                b->dec_shift = (uint8_t)((b->dec_shift >> 1) | (line << 7));
                if (++b->dec_nbits == 8) b->dec_state = 3;
            }
            return 0;
        default:
            if (++b->dec_cnt >= b->divisor) {
                b->dec_cnt = 0;
                b->dec_state = 0;
                if (line) {
                    *byte = b->dec_shift;
                    return 1;
                }
                b->frame_errors++;
            }
            return 0;
    }
}

}  // namespace

// seed 0: every variable without an initial value starts at 0; any other seed: random start-up
// values, as in shim.cpp's dt_new (they differ from 0 only in a library verilated with
// `--x-initial unique`; both settings must precede the model's construction).
DB_API Board* db_new(uint32_t divisor, uint32_t seed) {
    std::lock_guard<std::mutex> guard(lifecycle);
    Board* b = new (std::nothrow) Board();
    if (!b) return nullptr;
    try {
        b->ctx = new VerilatedContext;
        if (seed != 0) {
            b->ctx->randReset(2);
            b->ctx->randSeed(static_cast<int>(seed));
        }
        b->top = new Vtop(b->ctx, "TOP");
    } catch (...) {
        delete b->ctx;
        delete b;
        return nullptr;
    }
    b->divisor = divisor < 2 ? 2 : divisor;
    b->enc_bit = -1;
    b->enc_cnt = 0;
    b->enc_frame = 0;
    b->dec_state = 0;
    b->dec_cnt = 0;
    b->dec_nbits = 0;
    b->dec_shift = 0;
    b->frame_errors = 0;
    b->cycles = 0;
    b->top->clock = 0;
    b->top->uart_rx = 1;
    b->top->eval();
    return b;
}

DB_API void db_free(Board* b) {
    if (!b) return;
    std::lock_guard<std::mutex> guard(lifecycle);
    b->top->final();
    delete b->top;
    delete b->ctx;
    delete b;
}

DB_API uint64_t db_cycles(const Board* b) { return b->cycles; }
DB_API uint64_t db_frame_errors(const Board* b) { return b->frame_errors; }
DB_API uint8_t db_uart_tx(const Board* b) { return b->top->uart_tx; }

// Runs cycles while sending in[0..n_in) on uart_rx (continuing a byte begun by an earlier call)
// and decoding uart_tx into out (room for `cap` >= 1 bytes). *consumed = bytes of `in` begun (the
// caller drops them from its queue); *n_out = bytes decoded. Stops when `want` > 0 bytes were
// decoded; with want == 0, when every byte of `in` has been sent completely; when `out` is full;
// in any case after max_cycles. Returns the cycles run.
DB_API uint64_t db_run(Board* b, const uint8_t* in, uint64_t n_in, uint64_t* consumed,
                       uint8_t* out, uint64_t cap, uint64_t want, uint64_t* n_out,
                       uint64_t max_cycles) {
    uint64_t spent = 0;
    *consumed = 0;
    *n_out = 0;
    while (spent < max_cycles) {
        if (want == 0 && b->enc_bit < 0 && *consumed == n_in) break;
        if (b->enc_bit < 0 && *consumed < n_in) {
            b->enc_frame = (uint16_t)((1u << 9) | ((uint16_t)in[*consumed] << 1));
            b->enc_bit = 0;
            b->enc_cnt = 0;
            (*consumed)++;
        }
        b->top->uart_rx = b->enc_bit < 0 ? 1 : (b->enc_frame >> b->enc_bit) & 1;
        tick1(b);
        spent++;
        if (b->enc_bit >= 0 && ++b->enc_cnt >= b->divisor) {
            b->enc_cnt = 0;
            if (++b->enc_bit == 10) b->enc_bit = -1;
        }
        uint8_t byte;
        if (decode(b, &byte)) {
            out[(*n_out)++] = byte;
            if ((want > 0 && *n_out >= want) || *n_out >= cap) break;
        }
    }
    return spent;
}
