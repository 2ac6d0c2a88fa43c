// delaytile tile: generated, do not edit. Top module `top`.
// Configuration: config.toml beside this file (FNV-1a 64 of its text: a69afaa99d8fefd0).
// Memory map and host commands: memory_map.md.


module top(clock,cmd_valid,cmd_op,cmd_addr,cmd_data,cmd_ready,rsp_valid,rsp_data,busy,last_cycles,deadline_missed,prediction);
    
    // Module arguments
    input wire  clock;
    input wire  cmd_valid;
    input wire  [3:0] cmd_op;
    input wire  [31:0] cmd_addr;
    input wire  [63:0] cmd_data;
    output reg  cmd_ready;
    output reg  rsp_valid;
    output reg  [63:0] rsp_data;
    output reg  busy;
    output reg  [31:0] last_cycles;
    output reg  deadline_missed;
    output reg  [15:0] prediction;
    
    // Constant declarations
    localparam  n_in = 32'h8c;
    localparam  n_src = 32'h10c;
    localparam  n_hid = 32'h80;
    localparam  n_out = 32'h14;
    localparam  n_clear = 32'h10c;
    localparam  recurrent = 1'b1;
    localparam  synaptic = 1'b1;
    localparam  w_sign = 64'h80;
    localparam  msb = 64'h8000000000000000;
    localparam  id_magic = 64'h4454494c4501;
    localparam  r_weights = 6'b0;
    localparam  r_synaptic_delays = 6'b1;
    localparam  r_axonal_delays = 6'b10;
    localparam  r_readout_weights = 6'b11;
    localparam  r_readout_biases = 6'b100;
    localparam  r_spike_history = 6'b110;
    localparam  r_membranes = 6'b111;
    localparam  r_spikes = 6'b1000;
    localparam  r_readout = 6'b1001;
    localparam  r_decision_sums = 6'b1010;
    localparam  r_input_spikes = 6'b1011;
    localparam  r_active_sources = 6'b1100;
    localparam  r_spike_list = 6'b1101;
    localparam  r_registers = 6'b111111;
    localparam  reg_budget = 32'h0;
    localparam  reg_active = 32'h1;
    localparam  reg_spikes = 32'h2;
    localparam  reg_step = 32'h3;
    localparam  reg_bad_spike = 32'h4;
    localparam  reg_id = 32'h5;
    localparam  op_write = 4'h1;
    localparam  op_read = 4'h2;
    localparam  op_spike = 4'h3;
    localparam  op_step = 4'h4;
    localparam  op_clear = 4'h5;
    
    // Enums
    localparam Phase$Idle = 0;
    localparam Phase$Clear = 1;
    localparam Phase$Hist = 2;
    localparam Phase$Syn = 3;
    localparam Phase$Out = 4;
    localparam Phase$Done = 5;
    
    // Stub signals
    reg  weights$clock;
    reg  [31:0] weights$read_address;
    wire  [63:0] weights$read_data;
    reg  [31:0] weights$write_address;
    reg  [63:0] weights$write_data;
    reg  weights$write_enable;
    reg  synaptic_delays$clock;
    reg  [31:0] synaptic_delays$read_address;
    wire  [63:0] synaptic_delays$read_data;
    reg  [31:0] synaptic_delays$write_address;
    reg  [63:0] synaptic_delays$write_data;
    reg  synaptic_delays$write_enable;
    reg  axonal_delays$clock;
    reg  [31:0] axonal_delays$read_address;
    wire  [63:0] axonal_delays$read_data;
    reg  [31:0] axonal_delays$write_address;
    reg  [63:0] axonal_delays$write_data;
    reg  axonal_delays$write_enable;
    reg  readout_weights$clock;
    reg  [31:0] readout_weights$read_address;
    wire  [63:0] readout_weights$read_data;
    reg  [31:0] readout_weights$write_address;
    reg  [63:0] readout_weights$write_data;
    reg  readout_weights$write_enable;
    reg  readout_biases$clock;
    reg  [31:0] readout_biases$read_address;
    wire  [63:0] readout_biases$read_data;
    reg  [31:0] readout_biases$write_address;
    reg  [63:0] readout_biases$write_data;
    reg  readout_biases$write_enable;
    reg  spike_history$clock;
    reg  [31:0] spike_history$read_address;
    wire  [63:0] spike_history$read_data;
    reg  [31:0] spike_history$write_address;
    reg  [63:0] spike_history$write_data;
    reg  spike_history$write_enable;
    reg  membranes$clock;
    reg  [31:0] membranes$read_address;
    wire  [63:0] membranes$read_data;
    reg  [31:0] membranes$write_address;
    reg  [63:0] membranes$write_data;
    reg  membranes$write_enable;
    reg  spikes$clock;
    reg  [31:0] spikes$read_address;
    wire  [63:0] spikes$read_data;
    reg  [31:0] spikes$write_address;
    reg  [63:0] spikes$write_data;
    reg  spikes$write_enable;
    reg  readout$clock;
    reg  [31:0] readout$read_address;
    wire  [63:0] readout$read_data;
    reg  [31:0] readout$write_address;
    reg  [63:0] readout$write_data;
    reg  readout$write_enable;
    reg  decision_sums$clock;
    reg  [31:0] decision_sums$read_address;
    wire  [63:0] decision_sums$read_data;
    reg  [31:0] decision_sums$write_address;
    reg  [63:0] decision_sums$write_data;
    reg  decision_sums$write_enable;
    reg  input_spikes$clock;
    reg  [31:0] input_spikes$read_address;
    wire  [63:0] input_spikes$read_data;
    reg  [31:0] input_spikes$write_address;
    reg  [63:0] input_spikes$write_data;
    reg  input_spikes$write_enable;
    reg  active_sources$clock;
    reg  [31:0] active_sources$read_address;
    wire  [63:0] active_sources$read_data;
    reg  [31:0] active_sources$write_address;
    reg  [63:0] active_sources$write_data;
    reg  active_sources$write_enable;
    reg  spike_list$clock;
    reg  [31:0] spike_list$read_address;
    wire  [63:0] spike_list$read_data;
    reg  [31:0] spike_list$write_address;
    reg  [63:0] spike_list$write_data;
    reg  spike_list$write_enable;
    reg  [63:0] delay$word;
    reg  delay$spike;
    reg  [63:0] delay$axonal;
    reg  [63:0] delay$synaptic;
    wire  [63:0] delay$pushed;
    wire  [7:0] delay$tap;
    wire  delay$tap_bit;
    wire  delay$pushed_bit;
    reg  [63:0] lif$v;
    reg  [63:0] lif$current;
    wire  [63:0] lif$v_pre;
    wire  [63:0] lif$v_next;
    wire  lif$spike;
    reg  [63:0] out$y;
    reg  [63:0] out$sum;
    reg  [63:0] out$acc;
    wire  [63:0] out$y_next;
    wire  [63:0] out$acc_next;
    reg  [2:0] phase$d;
    wire  [2:0] phase$q;
    reg  phase$clock;
    reg  [31:0] cnt$d;
    wire  [31:0] cnt$q;
    reg  cnt$clock;
    reg  [31:0] last$d;
    wire  [31:0] last$q;
    reg  last$clock;
    reg  missed$d;
    wire  missed$q;
    reg  missed$clock;
    reg  [31:0] budget$d;
    wire  [31:0] budget$q;
    reg  budget$clock;
    reg  [15:0] pred$d;
    wire  [15:0] pred$q;
    reg  pred$clock;
    reg  [15:0] pred_work$d;
    wire  [15:0] pred_work$q;
    reg  pred_work$clock;
    reg  [63:0] best$d;
    wire  [63:0] best$q;
    reg  best$clock;
    reg  [31:0] t$d;
    wire  [31:0] t$q;
    reg  t$clock;
    reg  bad_spike$d;
    wire  bad_spike$q;
    reg  bad_spike$clock;
    reg  rsp_v$d;
    wire  rsp_v$q;
    reg  rsp_v$clock;
    reg  [5:0] rsp_region$d;
    wire  [5:0] rsp_region$q;
    reg  rsp_region$clock;
    reg  [63:0] rsp_reg$d;
    wire  [63:0] rsp_reg$q;
    reg  rsp_reg$clock;
    reg  [31:0] i$d;
    wire  [31:0] i$q;
    reg  i$clock;
    reg  [31:0] idx$d;
    wire  [31:0] idx$q;
    reg  idx$clock;
    reg  [31:0] base$d;
    wire  [31:0] base$q;
    reg  base$clock;
    reg  [31:0] n_act$d;
    wire  [31:0] n_act$q;
    reg  n_act$clock;
    reg  [31:0] n_spk$d;
    wire  [31:0] n_spk$q;
    reg  n_spk$clock;
    reg  [63:0] acc$d;
    wire  [63:0] acc$q;
    reg  acc$clock;
    reg  q1_v$d;
    wire  q1_v$q;
    reg  q1_v$clock;
    reg  q1_last$d;
    wire  q1_last$q;
    reg  q1_last$clock;
    reg  [31:0] q1_i$d;
    wire  [31:0] q1_i$q;
    reg  q1_i$clock;
    reg  [31:0] q1_base$d;
    wire  [31:0] q1_base$q;
    reg  q1_base$clock;
    reg  q2_v$d;
    wire  q2_v$q;
    reg  q2_v$clock;
    reg  q2_last$d;
    wire  q2_last$q;
    reg  q2_last$clock;
    reg  [31:0] q2_i$d;
    wire  [31:0] q2_i$q;
    reg  q2_i$clock;
    
    // Local signals
    reg  [5:0] region;
    reg  [31:0] index;
    reg  host_write;
    reg  active;
    reg  [31:0] src;
    reg  [63:0] wext;
    reg  [63:0] uext;
    reg  [63:0] bext;
    
    // Sub module instances
    top$weights weights(
        .clock(weights$clock),
        .read_address(weights$read_address),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    top$synaptic_delays synaptic_delays(
        .clock(synaptic_delays$clock),
        .read_address(synaptic_delays$read_address),
        .read_data(synaptic_delays$read_data),
        .write_address(synaptic_delays$write_address),
        .write_data(synaptic_delays$write_data),
        .write_enable(synaptic_delays$write_enable)
    );
    top$axonal_delays axonal_delays(
        .clock(axonal_delays$clock),
        .read_address(axonal_delays$read_address),
        .read_data(axonal_delays$read_data),
        .write_address(axonal_delays$write_address),
        .write_data(axonal_delays$write_data),
        .write_enable(axonal_delays$write_enable)
    );
    top$readout_weights readout_weights(
        .clock(readout_weights$clock),
        .read_address(readout_weights$read_address),
        .read_data(readout_weights$read_data),
        .write_address(readout_weights$write_address),
        .write_data(readout_weights$write_data),
        .write_enable(readout_weights$write_enable)
    );
    top$readout_biases readout_biases(
        .clock(readout_biases$clock),
        .read_address(readout_biases$read_address),
        .read_data(readout_biases$read_data),
        .write_address(readout_biases$write_address),
        .write_data(readout_biases$write_data),
        .write_enable(readout_biases$write_enable)
    );
    top$spike_history spike_history(
        .clock(spike_history$clock),
        .read_address(spike_history$read_address),
        .read_data(spike_history$read_data),
        .write_address(spike_history$write_address),
        .write_data(spike_history$write_data),
        .write_enable(spike_history$write_enable)
    );
    top$membranes membranes(
        .clock(membranes$clock),
        .read_address(membranes$read_address),
        .read_data(membranes$read_data),
        .write_address(membranes$write_address),
        .write_data(membranes$write_data),
        .write_enable(membranes$write_enable)
    );
    top$spikes spikes(
        .clock(spikes$clock),
        .read_address(spikes$read_address),
        .read_data(spikes$read_data),
        .write_address(spikes$write_address),
        .write_data(spikes$write_data),
        .write_enable(spikes$write_enable)
    );
    top$readout readout(
        .clock(readout$clock),
        .read_address(readout$read_address),
        .read_data(readout$read_data),
        .write_address(readout$write_address),
        .write_data(readout$write_data),
        .write_enable(readout$write_enable)
    );
    top$decision_sums decision_sums(
        .clock(decision_sums$clock),
        .read_address(decision_sums$read_address),
        .read_data(decision_sums$read_data),
        .write_address(decision_sums$write_address),
        .write_data(decision_sums$write_data),
        .write_enable(decision_sums$write_enable)
    );
    top$input_spikes input_spikes(
        .clock(input_spikes$clock),
        .read_address(input_spikes$read_address),
        .read_data(input_spikes$read_data),
        .write_address(input_spikes$write_address),
        .write_data(input_spikes$write_data),
        .write_enable(input_spikes$write_enable)
    );
    top$active_sources active_sources(
        .clock(active_sources$clock),
        .read_address(active_sources$read_address),
        .read_data(active_sources$read_data),
        .write_address(active_sources$write_address),
        .write_data(active_sources$write_data),
        .write_enable(active_sources$write_enable)
    );
    top$spike_list spike_list(
        .clock(spike_list$clock),
        .read_address(spike_list$read_address),
        .read_data(spike_list$read_data),
        .write_address(spike_list$write_address),
        .write_data(spike_list$write_data),
        .write_enable(spike_list$write_enable)
    );
    top$delay delay(
        .word(delay$word),
        .spike(delay$spike),
        .axonal(delay$axonal),
        .synaptic(delay$synaptic),
        .pushed(delay$pushed),
        .tap(delay$tap),
        .tap_bit(delay$tap_bit),
        .pushed_bit(delay$pushed_bit)
    );
    top$lif lif(
        .v(lif$v),
        .current(lif$current),
        .v_pre(lif$v_pre),
        .v_next(lif$v_next),
        .spike(lif$spike)
    );
    top$out out(
        .y(out$y),
        .sum(out$sum),
        .acc(out$acc),
        .y_next(out$y_next),
        .acc_next(out$acc_next)
    );
    top$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$last last(
        .d(last$d),
        .q(last$q),
        .clock(last$clock)
    );
    top$missed missed(
        .d(missed$d),
        .q(missed$q),
        .clock(missed$clock)
    );
    top$budget budget(
        .d(budget$d),
        .q(budget$q),
        .clock(budget$clock)
    );
    top$pred pred(
        .d(pred$d),
        .q(pred$q),
        .clock(pred$clock)
    );
    top$pred_work pred_work(
        .d(pred_work$d),
        .q(pred_work$q),
        .clock(pred_work$clock)
    );
    top$best best(
        .d(best$d),
        .q(best$q),
        .clock(best$clock)
    );
    top$t t(
        .d(t$d),
        .q(t$q),
        .clock(t$clock)
    );
    top$bad_spike bad_spike(
        .d(bad_spike$d),
        .q(bad_spike$q),
        .clock(bad_spike$clock)
    );
    top$rsp_v rsp_v(
        .d(rsp_v$d),
        .q(rsp_v$q),
        .clock(rsp_v$clock)
    );
    top$rsp_region rsp_region(
        .d(rsp_region$d),
        .q(rsp_region$q),
        .clock(rsp_region$clock)
    );
    top$rsp_reg rsp_reg(
        .d(rsp_reg$d),
        .q(rsp_reg$q),
        .clock(rsp_reg$clock)
    );
    top$i i(
        .d(i$d),
        .q(i$q),
        .clock(i$clock)
    );
    top$idx idx(
        .d(idx$d),
        .q(idx$q),
        .clock(idx$clock)
    );
    top$base base(
        .d(base$d),
        .q(base$q),
        .clock(base$clock)
    );
    top$n_act n_act(
        .d(n_act$d),
        .q(n_act$q),
        .clock(n_act$clock)
    );
    top$n_spk n_spk(
        .d(n_spk$d),
        .q(n_spk$q),
        .clock(n_spk$clock)
    );
    top$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$q1_v q1_v(
        .d(q1_v$d),
        .q(q1_v$q),
        .clock(q1_v$clock)
    );
    top$q1_last q1_last(
        .d(q1_last$d),
        .q(q1_last$q),
        .clock(q1_last$clock)
    );
    top$q1_i q1_i(
        .d(q1_i$d),
        .q(q1_i$q),
        .clock(q1_i$clock)
    );
    top$q1_base q1_base(
        .d(q1_base$d),
        .q(q1_base$q),
        .clock(q1_base$clock)
    );
    top$q2_v q2_v(
        .d(q2_v$d),
        .q(q2_v$q),
        .clock(q2_v$clock)
    );
    top$q2_last q2_last(
        .d(q2_last$d),
        .q(q2_last$q),
        .clock(q2_last$clock)
    );
    top$q2_i q2_i(
        .d(q2_i$d),
        .q(q2_i$q),
        .clock(q2_i$clock)
    );
    
    // Update code
    always @(*) begin
        phase$clock = clock;
        cnt$clock = clock;
        last$clock = clock;
        missed$clock = clock;
        budget$clock = clock;
        pred$clock = clock;
        pred_work$clock = clock;
        best$clock = clock;
        t$clock = clock;
        bad_spike$clock = clock;
        rsp_v$clock = clock;
        rsp_region$clock = clock;
        rsp_reg$clock = clock;
        i$clock = clock;
        idx$clock = clock;
        base$clock = clock;
        n_act$clock = clock;
        n_spk$clock = clock;
        acc$clock = clock;
        q1_v$clock = clock;
        q1_last$clock = clock;
        q1_i$clock = clock;
        q1_base$clock = clock;
        q2_v$clock = clock;
        q2_last$clock = clock;
        q2_i$clock = clock;
        phase$d = phase$q;
        cnt$d = cnt$q;
        last$d = last$q;
        missed$d = missed$q;
        budget$d = budget$q;
        pred$d = pred$q;
        pred_work$d = pred_work$q;
        best$d = best$q;
        t$d = t$q;
        bad_spike$d = bad_spike$q;
        rsp_v$d = rsp_v$q;
        rsp_region$d = rsp_region$q;
        rsp_reg$d = rsp_reg$q;
        i$d = i$q;
        idx$d = idx$q;
        base$d = base$q;
        n_act$d = n_act$q;
        n_spk$d = n_spk$q;
        acc$d = acc$q;
        q1_v$d = q1_v$q;
        q1_last$d = q1_last$q;
        q1_i$d = q1_i$q;
        q1_base$d = q1_base$q;
        q2_v$d = q2_v$q;
        q2_last$d = q2_last$q;
        q2_i$d = q2_i$q;
        weights$clock = clock;
        synaptic_delays$clock = clock;
        axonal_delays$clock = clock;
        readout_weights$clock = clock;
        readout_biases$clock = clock;
        spike_history$clock = clock;
        membranes$clock = clock;
        spikes$clock = clock;
        readout$clock = clock;
        decision_sums$clock = clock;
        input_spikes$clock = clock;
        active_sources$clock = clock;
        spike_list$clock = clock;
        region = cmd_addr[(32'h1a)+:(6)];
        index = ((cmd_addr[(32'h0)+:(26)]) & 32'hffffffff);
        cmd_ready = phase$q == Phase$Idle;
        busy = phase$q != Phase$Idle;
        host_write = cmd_valid & (phase$q == Phase$Idle) & (cmd_op == op_write);
        last_cycles = last$q;
        deadline_missed = missed$q;
        prediction = pred$q;
        rsp_v$d = 1'b0;
        weights$read_address = index;
        synaptic_delays$read_address = index;
        axonal_delays$read_address = index;
        readout_weights$read_address = index;
        readout_biases$read_address = index;
        spike_history$read_address = index;
        membranes$read_address = index;
        spikes$read_address = index;
        readout$read_address = index;
        decision_sums$read_address = index;
        input_spikes$read_address = index;
        active_sources$read_address = index;
        spike_list$read_address = index;
        weights$write_address = index;
        synaptic_delays$write_address = index;
        axonal_delays$write_address = index;
        readout_weights$write_address = index;
        readout_biases$write_address = index;
        spike_history$write_address = index;
        membranes$write_address = index;
        spikes$write_address = index;
        readout$write_address = index;
        decision_sums$write_address = index;
        input_spikes$write_address = index;
        active_sources$write_address = index;
        spike_list$write_address = index;
        weights$write_data = cmd_data;
        synaptic_delays$write_data = cmd_data;
        axonal_delays$write_data = cmd_data;
        readout_weights$write_data = cmd_data;
        readout_biases$write_data = cmd_data;
        spike_history$write_data = cmd_data;
        membranes$write_data = cmd_data;
        spikes$write_data = cmd_data;
        readout$write_data = cmd_data;
        decision_sums$write_data = cmd_data;
        input_spikes$write_data = cmd_data;
        active_sources$write_data = cmd_data;
        spike_list$write_data = cmd_data;
        weights$write_enable = host_write & (region == r_weights);
        synaptic_delays$write_enable = host_write & (region == r_synaptic_delays);
        axonal_delays$write_enable = host_write & (region == r_axonal_delays);
        readout_weights$write_enable = host_write & (region == r_readout_weights);
        readout_biases$write_enable = host_write & (region == r_readout_biases);
        spike_history$write_enable = host_write & (region == r_spike_history);
        membranes$write_enable = host_write & (region == r_membranes);
        spikes$write_enable = host_write & (region == r_spikes);
        readout$write_enable = host_write & (region == r_readout);
        decision_sums$write_enable = host_write & (region == r_decision_sums);
        input_spikes$write_enable = host_write & (region == r_input_spikes);
        active_sources$write_enable = host_write & (region == r_active_sources);
        spike_list$write_enable = host_write & (region == r_spike_list);
        if (host_write & (region == r_registers) & (index == reg_budget)) begin
            budget$d = ((cmd_data) & 32'hffffffff);
        end
        rsp_valid = rsp_v$q;
        rsp_data = rsp_reg$q;
        if (rsp_region$q == r_weights) begin
            rsp_data = weights$read_data;
        end
        if (rsp_region$q == r_synaptic_delays) begin
            rsp_data = synaptic_delays$read_data;
        end
        if (rsp_region$q == r_axonal_delays) begin
            rsp_data = axonal_delays$read_data;
        end
        if (rsp_region$q == r_readout_weights) begin
            rsp_data = readout_weights$read_data;
        end
        if (rsp_region$q == r_readout_biases) begin
            rsp_data = readout_biases$read_data;
        end
        if (rsp_region$q == r_spike_history) begin
            rsp_data = spike_history$read_data;
        end
        if (rsp_region$q == r_membranes) begin
            rsp_data = membranes$read_data;
        end
        if (rsp_region$q == r_spikes) begin
            rsp_data = spikes$read_data;
        end
        if (rsp_region$q == r_readout) begin
            rsp_data = readout$read_data;
        end
        if (rsp_region$q == r_decision_sums) begin
            rsp_data = decision_sums$read_data;
        end
        if (rsp_region$q == r_input_spikes) begin
            rsp_data = input_spikes$read_data;
        end
        if (rsp_region$q == r_active_sources) begin
            rsp_data = active_sources$read_data;
        end
        if (rsp_region$q == r_spike_list) begin
            rsp_data = spike_list$read_data;
        end
        delay$word = spike_history$read_data;
        delay$axonal = axonal_delays$read_data;
        delay$synaptic = synaptic_delays$read_data;
        delay$spike = input_spikes$read_data[32'h0];
        if (~q1_last$q) begin
            delay$spike = spikes$read_data[32'h0];
        end
        lif$v = membranes$read_data;
        lif$current = acc$q;
        wext = (weights$read_data ^ w_sign) - w_sign;
        uext = (readout_weights$read_data ^ w_sign) - w_sign;
        bext = (readout_biases$read_data ^ w_sign) - w_sign;
        out$y = readout$read_data;
        out$sum = acc$q + bext;
        out$acc = decision_sums$read_data;
        active = delay$pushed_bit;
        if (synaptic) begin
            active = |delay$pushed;
        end
        src = ((active_sources$read_data) & 32'hffffffff);
        case (phase$q)
            Phase$Idle:
                begin
                    cnt$d = 32'h0;
                    if (cmd_valid) begin
                        if (cmd_op == op_read) begin
                            rsp_v$d = 1'b1;
                            rsp_region$d = region;
                            rsp_reg$d = 32'h0;
                            if (index == reg_budget) begin
                                rsp_reg$d = ((budget$q) & 64'hffffffffffffffff);
                            end
                            if (index == reg_active) begin
                                rsp_reg$d = ((n_act$q) & 64'hffffffffffffffff);
                            end
                            if (index == reg_spikes) begin
                                rsp_reg$d = ((n_spk$q) & 64'hffffffffffffffff);
                            end
                            if (index == reg_step) begin
                                rsp_reg$d = ((t$q) & 64'hffffffffffffffff);
                            end
                            if (index == reg_bad_spike) begin
                                rsp_reg$d = ((bad_spike$q) & 64'hffffffffffffffff);
                            end
                            if (index == reg_id) begin
                                rsp_reg$d = id_magic;
                            end
                        end
                        if (cmd_op == op_spike) begin
                            if (cmd_data < ((n_in) & 64'hffffffffffffffff)) begin
                                input_spikes$write_address = ((cmd_data) & 32'hffffffff);
                                input_spikes$write_data = 32'h1;
                                input_spikes$write_enable = 1'b1;
                            end
                            else begin
                                bad_spike$d = 1'b1;
                            end
                        end
                        if (cmd_op == op_step) begin
                            phase$d = Phase$Hist;
                            i$d = 32'h0;
                            n_act$d = 32'h0;
                            n_spk$d = 32'h0;
                        end
                        if (cmd_op == op_clear) begin
                            phase$d = Phase$Clear;
                            i$d = 32'h0;
                        end
                    end
                end
            Phase$Clear:
                begin
                    cnt$d = cnt$q + 32'h1;
                    spike_history$write_address = i$q;
                    spike_history$write_data = 32'h0;
                    spike_history$write_enable = i$q < n_src;
                    input_spikes$write_address = i$q;
                    input_spikes$write_data = 32'h0;
                    input_spikes$write_enable = i$q < n_in;
                    membranes$write_address = i$q;
                    membranes$write_data = 32'h0;
                    membranes$write_enable = i$q < n_hid;
                    spikes$write_address = i$q;
                    spikes$write_data = 32'h0;
                    spikes$write_enable = i$q < n_hid;
                    readout$write_address = i$q;
                    readout$write_data = 32'h0;
                    readout$write_enable = i$q < n_out;
                    decision_sums$write_address = i$q;
                    decision_sums$write_data = 32'h0;
                    decision_sums$write_enable = i$q < n_out;
                    i$d = i$q + 32'h1;
                    if (i$q == n_clear) begin
                        phase$d = Phase$Idle;
                        t$d = 32'h0;
                        pred$d = 32'h0;
                        bad_spike$d = 1'b0;
                        n_act$d = 32'h0;
                        n_spk$d = 32'h0;
                    end
                end
            Phase$Hist:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (i$q < n_src) begin
                        spike_history$read_address = i$q;
                        input_spikes$read_address = i$q;
                        spikes$read_address = i$q - n_in;
                        axonal_delays$read_address = i$q;
                        q1_v$d = 1'b1;
                        q1_i$d = i$q;
                        q1_last$d = i$q < n_in;
                        i$d = i$q + 32'h1;
                    end
                    if (q1_v$q) begin
                        spike_history$write_address = q1_i$q;
                        spike_history$write_data = delay$pushed;
                        spike_history$write_enable = 1'b1;
                        if (q1_last$q) begin
                            input_spikes$write_address = q1_i$q;
                            input_spikes$write_data = 32'h0;
                            input_spikes$write_enable = 1'b1;
                        end
                        if (active) begin
                            active_sources$write_address = n_act$q;
                            active_sources$write_data = ((q1_i$q) & 64'hffffffffffffffff);
                            active_sources$write_enable = 1'b1;
                            n_act$d = n_act$q + 32'h1;
                        end
                    end
                    if ((i$q == n_src) & ~q1_v$q) begin
                        phase$d = Phase$Syn;
                        i$d = 32'h0;
                        idx$d = 32'h0;
                        base$d = 32'h0;
                        acc$d = 32'h0;
                    end
                end
            Phase$Syn:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (i$q < n_hid) begin
                        active_sources$read_address = idx$q;
                        q1_v$d = 1'b1;
                        q1_last$d = idx$q == n_act$q;
                        q1_i$d = i$q;
                        q1_base$d = base$q;
                        if (idx$q == n_act$q) begin
                            idx$d = 32'h0;
                            i$d = i$q + 32'h1;
                            base$d = base$q + n_src;
                        end
                        else begin
                            idx$d = idx$q + 32'h1;
                        end
                    end
                    if (q1_v$q) begin
                        if (q1_last$q) begin
                            membranes$read_address = q1_i$q;
                        end
                        else begin
                            weights$read_address = q1_base$q + src;
                            synaptic_delays$read_address = q1_base$q + src;
                            axonal_delays$read_address = src;
                            spike_history$read_address = src;
                        end
                    end
                    q2_v$d = q1_v$q;
                    q2_last$d = q1_last$q;
                    q2_i$d = q1_i$q;
                    if (q2_v$q) begin
                        if (q2_last$q) begin
                            membranes$write_address = q2_i$q;
                            membranes$write_data = lif$v_next;
                            membranes$write_enable = 1'b1;
                            spikes$write_address = q2_i$q;
                            spikes$write_data = ((lif$spike) & 64'hffffffffffffffff);
                            spikes$write_enable = 1'b1;
                            if (lif$spike) begin
                                spike_list$write_address = n_spk$q;
                                spike_list$write_data = ((q2_i$q) & 64'hffffffffffffffff);
                                spike_list$write_enable = 1'b1;
                                n_spk$d = n_spk$q + 32'h1;
                            end
                            acc$d = 32'h0;
                        end
                        else if (delay$tap_bit) begin
                            acc$d = acc$q + wext;
                        end
                    end
                    if ((i$q == n_hid) & ~q1_v$q & ~q2_v$q) begin
                        phase$d = Phase$Out;
                        i$d = 32'h0;
                        idx$d = 32'h0;
                        base$d = 32'h0;
                        acc$d = 32'h0;
                    end
                end
            Phase$Out:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (i$q < n_out) begin
                        spike_list$read_address = idx$q;
                        q1_v$d = 1'b1;
                        q1_last$d = idx$q == n_spk$q;
                        q1_i$d = i$q;
                        q1_base$d = base$q;
                        if (idx$q == n_spk$q) begin
                            idx$d = 32'h0;
                            i$d = i$q + 32'h1;
                            base$d = base$q + n_hid;
                        end
                        else begin
                            idx$d = idx$q + 32'h1;
                        end
                    end
                    if (q1_v$q) begin
                        if (q1_last$q) begin
                            readout$read_address = q1_i$q;
                            readout_biases$read_address = q1_i$q;
                            decision_sums$read_address = q1_i$q;
                        end
                        else begin
                            readout_weights$read_address = q1_base$q + ((spike_list$read_data) & 32'hffffffff);
                        end
                    end
                    q2_v$d = q1_v$q;
                    q2_last$d = q1_last$q;
                    q2_i$d = q1_i$q;
                    if (q2_v$q) begin
                        if (q2_last$q) begin
                            readout$write_address = q2_i$q;
                            readout$write_data = out$y_next;
                            readout$write_enable = 1'b1;
                            decision_sums$write_address = q2_i$q;
                            decision_sums$write_data = out$acc_next;
                            decision_sums$write_enable = 1'b1;
                            if ((q2_i$q == 32'h0) | ((out$acc_next ^ msb) > (best$q ^ msb))) begin
                                best$d = out$acc_next;
                                pred_work$d = ((q2_i$q) & 16'hffff);
                            end
                            acc$d = 32'h0;
                        end
                        else begin
                            acc$d = acc$q + uext;
                        end
                    end
                    if ((i$q == n_out) & ~q1_v$q & ~q2_v$q) begin
                        phase$d = Phase$Done;
                    end
                end
            Phase$Done:
                begin
                    pred$d = pred_work$q;
                    last$d = cnt$q + 32'h1;
                    missed$d = (budget$q != 32'h0) & ((cnt$q + 32'h1) > budget$q);
                    t$d = t$q + 32'h1;
                    phase$d = Phase$Idle;
                end
            default:
                begin
                    phase$d = Phase$Idle;
                end
        endcase
    end
    
endmodule // top


module top$acc(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$acc


module top$active_sources(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [8:0] mem [0:267];
    
    always @(posedge clock) begin
       read_data <= {55'b0, mem[read_address[8:0]]};
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data[8:0];
       end
    end
endmodule // top$active_sources


module top$axonal_delays(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [7:0] mem [0:267];
    
    always @(posedge clock) begin
       read_data <= {56'b0, mem[read_address[8:0]]};
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data[7:0];
       end
    end
endmodule // top$axonal_delays


module top$bad_spike(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$bad_spike


module top$base(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$base


module top$best(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$best


module top$budget(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$budget


module top$cnt(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt


module top$decision_sums(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [63:0] mem [0:19];
    
    always @(posedge clock) begin
       read_data <= mem[read_address[4:0]];
       if (write_enable) begin
          mem[write_address[4:0]] <= write_data[63:0];
       end
    end
endmodule // top$decision_sums


module top$delay(word,spike,axonal,synaptic,pushed,tap,tap_bit,pushed_bit);
    
    // Module arguments
    input wire  [63:0] word;
    input wire  spike;
    input wire  [63:0] axonal;
    input wire  [63:0] synaptic;
    output reg  [63:0] pushed;
    output reg  [7:0] tap;
    output reg  tap_bit;
    output reg  pushed_bit;
    
    // Constant declarations
    localparam  mask = 64'hffffffff;
    localparam  half = 64'h4;
    localparam  frac = 8'h3;
    localparam  last_tap = 64'h1f;
    
    // Local signals
    reg  [63:0] path;
    
    // Update code
    always @(*) begin
        pushed = ((word << 32'h1) | ((spike) & 64'hffffffffffffffff)) & mask;
        path = (axonal + synaptic + half) >> frac;
        tap = ((path) & 8'hff);
        if (path > last_tap) begin
            tap = ((last_tap) & 8'hff);
        end
        tap_bit = word[tap];
        pushed_bit = pushed[tap];
    end
    
endmodule // top$delay


module top$i(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$i


module top$idx(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$idx


module top$input_spikes(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [0:0] mem [0:139];
    
    always @(posedge clock) begin
       read_data <= {63'b0, mem[read_address[7:0]]};
       if (write_enable) begin
          mem[write_address[7:0]] <= write_data[0:0];
       end
    end
endmodule // top$input_spikes


module top$last(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$last


module top$lif(v,current,v_pre,v_next,spike);
    
    // Module arguments
    input wire  [63:0] v;
    input wire  [63:0] current;
    output reg  [63:0] v_pre;
    output reg  [63:0] v_next;
    output reg  spike;
    
    // Constant declarations
    localparam  w_to_v = 8'h4;
    localparam  v_min = 64'hffffffffffff8000;
    localparam  v_max = 64'h7fff;
    localparam  theta = 64'h400;
    localparam  msb = 64'h8000000000000000;
    localparam  reset_zero = 1'b0;
    
    // Stub signals
    reg  [63:0] leak$x;
    wire  [63:0] leak$y;
    
    // Local signals
    reg  [63:0] sum;
    
    // Sub module instances
    top$lif$leak leak(
        .x(leak$x),
        .y(leak$y)
    );
    
    // Update code
    always @(*) begin
        leak$x = v;
        sum = leak$y + (current << w_to_v);
        v_pre = sum;
        if ((sum ^ msb) < (v_min ^ msb)) begin
            v_pre = v_min;
        end
        if ((sum ^ msb) > (v_max ^ msb)) begin
            v_pre = v_max;
        end
        spike = (v_pre ^ msb) >= (theta ^ msb);
        v_next = v_pre;
        if (spike) begin
            if (reset_zero) begin
                v_next = 32'h0;
            end
            else begin
                v_next = v_pre - theta;
            end
        end
    end
    
endmodule // top$lif


module top$lif$leak(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    wire neg = x[15];
    wire [15:0] mag = neg ? (~x[15:0] + 1'b1) : x[15:0];
    wire [32:0] prod = mag * 17'd62259;
    wire [63:0] r = {47'b0, prod[32:16]};
    always @(*) y = neg ? (~r + 64'd1) : r;
endmodule // top$lif$leak


module top$membranes(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [15:0] mem [0:127];
    
    always @(posedge clock) begin
       read_data <= {48'b0, mem[read_address[6:0]]};
       if (write_enable) begin
          mem[write_address[6:0]] <= write_data[15:0];
       end
    end
endmodule // top$membranes


module top$missed(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$missed


module top$n_act(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$n_act


module top$n_spk(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$n_spk


module top$out(y,sum,acc,y_next,acc_next);
    
    // Module arguments
    input wire  [63:0] y;
    input wire  [63:0] sum;
    input wire  [63:0] acc;
    output reg  [63:0] y_next;
    output reg  [63:0] acc_next;
    
    // Constant declarations
    localparam  w_to_y = 8'h4;
    localparam  y_min = 64'hffffffffffff8000;
    localparam  y_max = 64'h7fff;
    localparam  msb = 64'h8000000000000000;
    
    // Stub signals
    reg  [63:0] leak$x;
    wire  [63:0] leak$y;
    
    // Local signals
    reg  [63:0] pre;
    
    // Sub module instances
    top$out$leak leak(
        .x(leak$x),
        .y(leak$y)
    );
    
    // Update code
    always @(*) begin
        leak$x = y;
        pre = leak$y + (sum << w_to_y);
        y_next = pre;
        if ((pre ^ msb) < (y_min ^ msb)) begin
            y_next = y_min;
        end
        if ((pre ^ msb) > (y_max ^ msb)) begin
            y_next = y_max;
        end
        acc_next = acc + y_next;
    end
    
endmodule // top$out


module top$out$leak(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    wire neg = x[15];
    wire [15:0] mag = neg ? (~x[15:0] + 1'b1) : x[15:0];
    wire [32:0] prod = mag * 17'd58982;
    wire [63:0] r = {47'b0, prod[32:16]};
    always @(*) y = neg ? (~r + 64'd1) : r;
endmodule // top$out$leak


module top$phase(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam Phase$Idle = 0;
    localparam Phase$Clear = 1;
    localparam Phase$Hist = 2;
    localparam Phase$Syn = 3;
    localparam Phase$Out = 4;
    localparam Phase$Done = 5;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$phase


module top$pred(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pred


module top$pred_work(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pred_work


module top$q1_base(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q1_base


module top$q1_i(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q1_i


module top$q1_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q1_last


module top$q1_v(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q1_v


module top$q2_i(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q2_i


module top$q2_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q2_last


module top$q2_v(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q2_v


module top$readout(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [15:0] mem [0:19];
    
    always @(posedge clock) begin
       read_data <= {48'b0, mem[read_address[4:0]]};
       if (write_enable) begin
          mem[write_address[4:0]] <= write_data[15:0];
       end
    end
endmodule // top$readout


module top$readout_biases(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [7:0] mem [0:19];
    
    always @(posedge clock) begin
       read_data <= {56'b0, mem[read_address[4:0]]};
       if (write_enable) begin
          mem[write_address[4:0]] <= write_data[7:0];
       end
    end
endmodule // top$readout_biases


module top$readout_weights(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [7:0] mem [0:2559];
    
    always @(posedge clock) begin
       read_data <= {56'b0, mem[read_address[11:0]]};
       if (write_enable) begin
          mem[write_address[11:0]] <= write_data[7:0];
       end
    end
endmodule // top$readout_weights


module top$rsp_reg(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rsp_reg


module top$rsp_region(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rsp_region


module top$rsp_v(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rsp_v


module top$spike_history(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [31:0] mem [0:267];
    
    always @(posedge clock) begin
       read_data <= {32'b0, mem[read_address[8:0]]};
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data[31:0];
       end
    end
endmodule // top$spike_history


module top$spike_list(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [6:0] mem [0:127];
    
    always @(posedge clock) begin
       read_data <= {57'b0, mem[read_address[6:0]]};
       if (write_enable) begin
          mem[write_address[6:0]] <= write_data[6:0];
       end
    end
endmodule // top$spike_list


module top$spikes(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [0:0] mem [0:127];
    
    always @(posedge clock) begin
       read_data <= {63'b0, mem[read_address[6:0]]};
       if (write_enable) begin
          mem[write_address[6:0]] <= write_data[0:0];
       end
    end
endmodule // top$spikes


module top$synaptic_delays(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [7:0] mem [0:34303];
    
    always @(posedge clock) begin
       read_data <= {56'b0, mem[read_address[15:0]]};
       if (write_enable) begin
          mem[write_address[15:0]] <= write_data[7:0];
       end
    end
endmodule // top$synaptic_delays


module top$t(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$t


module top$weights(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [7:0] mem [0:34303];
    
    always @(posedge clock) begin
       read_data <= {56'b0, mem[read_address[15:0]]};
       if (write_enable) begin
          mem[write_address[15:0]] <= write_data[7:0];
       end
    end
endmodule // top$weights
