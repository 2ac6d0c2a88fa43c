// delaytile tile: generated, do not edit. Top module `top`.
// Configuration: config.toml beside this file (FNV-1a 64 of its text: 06d2d4af89a5ab36).
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
    localparam  lane_id$0 = 32'h0;
    localparam  stream_id$0 = 4'h0;
    localparam  stream_id$1 = 4'h1;
    localparam  stream_id$2 = 4'h2;
    localparam  stream_id$3 = 4'h3;
    localparam  stream_id$4 = 4'h4;
    localparam  stream_id$5 = 4'h5;
    localparam  stream_id$6 = 4'h6;
    localparam  stream_id$7 = 4'h7;
    localparam  stream_id$8 = 4'h8;
    localparam  stream_id$9 = 4'h9;
    localparam  stream_id$10 = 4'ha;
    localparam  stream_id$11 = 4'hb;
    localparam  stream_id$12 = 4'hc;
    localparam  stream_id$13 = 4'hd;
    localparam  stream_id$14 = 4'he;
    localparam  stream_id$15 = 4'hf;
    
    // Enums
    localparam Phase$Idle = 0;
    localparam Phase$Clear = 1;
    localparam Phase$Hist = 2;
    localparam Phase$Syn = 3;
    localparam Phase$Out = 4;
    localparam Phase$Trace = 5;
    localparam Phase$Psum = 6;
    localparam Phase$Div = 7;
    localparam Phase$Err = 8;
    localparam Phase$Sig = 9;
    localparam Phase$Check = 10;
    localparam Phase$Decide = 11;
    localparam Phase$Pass1 = 12;
    localparam Phase$Mean = 13;
    localparam Phase$Lead = 14;
    localparam Phase$Pass2 = 15;
    localparam Phase$MeanG = 16;
    localparam Phase$Axon = 17;
    localparam Phase$Rupd = 18;
    localparam Phase$Done = 19;
    
    // Stub signals
    reg  readout_biases$clock;
    reg  [31:0] readout_biases$read_address;
    wire  [63:0] readout_biases$read_data;
    reg  [31:0] readout_biases$write_address;
    reg  [63:0] readout_biases$write_data;
    reg  readout_biases$write_enable;
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
    reg  output_errors$clock;
    reg  [31:0] output_errors$read_address;
    wire  [63:0] output_errors$read_data;
    reg  [31:0] output_errors$write_address;
    reg  [63:0] output_errors$write_data;
    reg  output_errors$write_enable;
    reg  spike_list$clock;
    reg  spike_list$append;
    reg  [63:0] spike_list$spikes;
    reg  [63:0] spike_list$first;
    reg  [31:0] spike_list$count;
    wire  [31:0] spike_list$count_next;
    reg  [31:0] spike_list$read_address;
    wire  [63:0] spike_list$read_data;
    reg  [31:0] spike_list$write_address;
    reg  [63:0] spike_list$write_data;
    reg  spike_list$write;
    reg  v_banks$0$clock;
    reg  [31:0] v_banks$0$read_address;
    reg  [31:0] v_banks$0$write_address;
    reg  [7:0] v_banks$0$write_bank;
    reg  [63:0] v_banks$0$write_data;
    reg  v_banks$0$write;
    reg  v_banks$0$lane_write;
    reg  [7:0] v_banks$0$read_bank;
    reg  [63:0] v_banks$0$chain_in;
    wire  [63:0] v_banks$0$chain_out;
    wire  [63:0] v_banks$0$word;
    reg  eps_banks$0$clock;
    reg  [31:0] eps_banks$0$read_address;
    reg  [31:0] eps_banks$0$write_address;
    reg  [7:0] eps_banks$0$write_bank;
    reg  [63:0] eps_banks$0$write_data;
    reg  eps_banks$0$write;
    reg  eps_banks$0$lane_write;
    reg  [7:0] eps_banks$0$read_bank;
    reg  [63:0] eps_banks$0$chain_in;
    wire  [63:0] eps_banks$0$chain_out;
    wire  [63:0] eps_banks$0$word;
    reg  eta_banks$0$clock;
    reg  [31:0] eta_banks$0$read_address;
    reg  [31:0] eta_banks$0$write_address;
    reg  [7:0] eta_banks$0$write_bank;
    reg  [63:0] eta_banks$0$write_data;
    reg  eta_banks$0$write;
    reg  eta_banks$0$lane_write;
    reg  [7:0] eta_banks$0$read_bank;
    reg  [63:0] eta_banks$0$chain_in;
    wire  [63:0] eta_banks$0$chain_out;
    wire  [63:0] eta_banks$0$word;
    reg  dg_banks$0$clock;
    reg  [31:0] dg_banks$0$read_address;
    reg  [31:0] dg_banks$0$write_address;
    reg  [7:0] dg_banks$0$write_bank;
    reg  [63:0] dg_banks$0$write_data;
    reg  dg_banks$0$write;
    reg  dg_banks$0$lane_write;
    reg  [7:0] dg_banks$0$read_bank;
    reg  [63:0] dg_banks$0$chain_in;
    wire  [63:0] dg_banks$0$chain_out;
    wire  [63:0] dg_banks$0$word;
    reg  ag_banks$0$clock;
    reg  [31:0] ag_banks$0$read_address;
    reg  [31:0] ag_banks$0$write_address;
    reg  [7:0] ag_banks$0$write_bank;
    reg  [63:0] ag_banks$0$write_data;
    reg  ag_banks$0$write;
    reg  ag_banks$0$lane_write;
    reg  [7:0] ag_banks$0$read_bank;
    reg  [63:0] ag_banks$0$chain_in;
    wire  [63:0] ag_banks$0$chain_out;
    wire  [63:0] ag_banks$0$word;
    reg  zeta_banks$0$clock;
    reg  [31:0] zeta_banks$0$read_address;
    reg  [31:0] zeta_banks$0$write_address;
    reg  [7:0] zeta_banks$0$write_bank;
    reg  [63:0] zeta_banks$0$write_data;
    reg  zeta_banks$0$write;
    reg  zeta_banks$0$lane_write;
    reg  [7:0] zeta_banks$0$read_bank;
    reg  [63:0] zeta_banks$0$chain_in;
    wire  [63:0] zeta_banks$0$chain_out;
    wire  [63:0] zeta_banks$0$word;
    reg  psi_banks$0$clock;
    reg  [31:0] psi_banks$0$read_address;
    reg  [31:0] psi_banks$0$write_address;
    reg  [7:0] psi_banks$0$write_bank;
    reg  [63:0] psi_banks$0$write_data;
    reg  psi_banks$0$write;
    reg  psi_banks$0$lane_write;
    reg  [7:0] psi_banks$0$read_bank;
    reg  [63:0] psi_banks$0$chain_in;
    wire  [63:0] psi_banks$0$chain_out;
    wire  [63:0] psi_banks$0$word;
    reg  ms_banks$0$clock;
    reg  [31:0] ms_banks$0$read_address;
    reg  [31:0] ms_banks$0$write_address;
    reg  [7:0] ms_banks$0$write_bank;
    reg  [63:0] ms_banks$0$write_data;
    reg  ms_banks$0$write;
    reg  ms_banks$0$lane_write;
    reg  [7:0] ms_banks$0$read_bank;
    reg  [63:0] ms_banks$0$chain_in;
    wire  [63:0] ms_banks$0$chain_out;
    wire  [63:0] ms_banks$0$word;
    reg  buf_banks$0$clock;
    reg  [31:0] buf_banks$0$read_address;
    reg  [31:0] buf_banks$0$write_address;
    reg  [7:0] buf_banks$0$write_bank;
    reg  [63:0] buf_banks$0$write_data;
    reg  buf_banks$0$write;
    reg  buf_banks$0$lane_write;
    reg  [7:0] buf_banks$0$read_bank;
    reg  [63:0] buf_banks$0$chain_in;
    wire  [63:0] buf_banks$0$chain_out;
    wire  [63:0] buf_banks$0$word;
    reg  q1_close$d;
    wire  q1_close$q;
    reg  q1_close$clock;
    reg  q2_close$d;
    wire  q2_close$q;
    reg  q2_close$clock;
    reg  lif_lanes$0$clock;
    reg  lif_lanes$0$s2_close;
    reg  [31:0] lif_lanes$0$first;
    reg  [63:0] lif_lanes$0$v_word;
    reg  [63:0] lif_lanes$0$z_word;
    reg  [63:0] lif_lanes$0$current;
    wire  [31:0] lif_lanes$0$row3;
    wire  [63:0] lif_lanes$0$v_next;
    wire  [63:0] lif_lanes$0$z_next;
    wire  [31:0] lif_lanes$0$row5;
    wire  lif_lanes$0$write5;
    wire  [63:0] lif_lanes$0$psi6;
    wire  lif_lanes$0$spike6;
    wire  [31:0] lif_lanes$0$row6;
    wire  lif_lanes$0$write6;
    reg  fb_banks$0$clock;
    reg  [31:0] fb_banks$0$read_address;
    reg  [31:0] fb_banks$0$write_address;
    reg  [7:0] fb_banks$0$write_bank;
    reg  [63:0] fb_banks$0$write_data;
    reg  fb_banks$0$write;
    reg  fb_banks$0$lane_write;
    reg  [7:0] fb_banks$0$read_bank;
    reg  [63:0] fb_banks$0$chain_in;
    wire  [63:0] fb_banks$0$chain_out;
    wire  [63:0] fb_banks$0$word;
    reg  [63:0] sig_lanes$0$b;
    reg  [63:0] sig_lanes$0$e;
    reg  [63:0] sig_lanes$0$acc;
    reg  [63:0] sig_lanes$0$psi;
    reg  [63:0] sig_lanes$0$lp_reg;
    reg  sig_lanes$0$sat_reg;
    reg  [63:0] sig_lanes$0$blp_reg;
    wire  [63:0] sig_lanes$0$prod;
    wire  [63:0] sig_lanes$0$l;
    wire  [63:0] sig_lanes$0$lp;
    wire  sig_lanes$0$sat;
    wire  [63:0] sig_lanes$0$blp;
    wire  [63:0] sig_lanes$0$m;
    reg  [63:0] s_acc$0$d;
    wire  [63:0] s_acc$0$q;
    reg  s_acc$0$clock;
    reg  [63:0] s_acc_n$0$x;
    wire  [63:0] s_acc_n$0$y;
    reg  [15:0] nm_pend$d;
    wire  [15:0] nm_pend$q;
    reg  nm_pend$clock;
    reg  [15:0] nm_count$x;
    wire  [15:0] nm_count$y;
    reg  w_banks$0$clock;
    reg  [31:0] w_banks$0$read_address;
    reg  [31:0] w_banks$0$write_address;
    reg  [7:0] w_banks$0$write_bank;
    reg  [63:0] w_banks$0$write_data;
    reg  w_banks$0$write;
    reg  w_banks$0$lane_write;
    reg  [7:0] w_banks$0$read_bank;
    reg  [63:0] w_banks$0$chain_in;
    wire  [63:0] w_banks$0$chain_out;
    wire  [63:0] w_banks$0$word;
    reg  d_banks$0$clock;
    reg  [31:0] d_banks$0$read_address;
    reg  [31:0] d_banks$0$write_address;
    reg  [7:0] d_banks$0$write_bank;
    reg  [63:0] d_banks$0$write_data;
    reg  d_banks$0$write;
    reg  d_banks$0$lane_write;
    reg  [7:0] d_banks$0$read_bank;
    reg  [63:0] d_banks$0$chain_in;
    wire  [63:0] d_banks$0$chain_out;
    wire  [63:0] d_banks$0$word;
    reg  u_banks$0$clock;
    reg  [31:0] u_banks$0$read_address;
    reg  [31:0] u_banks$0$write_address;
    reg  [7:0] u_banks$0$write_bank;
    reg  [63:0] u_banks$0$write_data;
    reg  u_banks$0$write;
    reg  u_banks$0$lane_write;
    reg  [7:0] u_banks$0$read_bank;
    reg  [63:0] u_banks$0$chain_in;
    wire  [63:0] u_banks$0$chain_out;
    wire  [63:0] u_banks$0$word;
    reg  [7:0] rot$d;
    wire  [7:0] rot$q;
    reg  rot$clock;
    reg  lanes$0$clock;
    reg  [63:0] lanes$0$wd;
    reg  [63:0] lanes$0$axonal;
    reg  lanes$0$s2_valid;
    reg  [31:0] lanes$0$first;
    reg  [63:0] lanes$0$s3_word;
    reg  lanes$0$clear;
    wire  [63:0] lanes$0$acc;
    reg  lanes$0$events;
    reg  lanes$0$s2_close;
    reg  [31:0] lanes$0$t_slot;
    reg  [63:0] lanes$0$buf_word;
    wire  [31:0] lanes$0$buf_read_address;
    wire  [31:0] lanes$0$buf_write_address;
    wire  [63:0] lanes$0$buf_write_data;
    wire  lanes$0$buf_write;
    reg  out_lanes$0$clock;
    reg  [63:0] out_lanes$0$weight;
    reg  out_lanes$0$s2_valid;
    reg  [31:0] out_lanes$0$first;
    reg  out_lanes$0$shift;
    reg  out_lanes$0$close;
    reg  out_lanes$0$clear;
    reg  [63:0] out_lanes$0$acc_in;
    wire  [63:0] out_lanes$0$acc;
    reg  hist_lanes$0$clock;
    reg  [31:0] hist_lanes$0$read_source;
    reg  [31:0] hist_lanes$0$write_source;
    reg  [63:0] hist_lanes$0$write_data;
    reg  hist_lanes$0$h_write;
    reg  hist_lanes$0$a_write;
    reg  hist_lanes$0$a_lane;
    reg  [63:0] hist_lanes$0$a_data;
    reg  hist_lanes$0$in_write;
    reg  hist_lanes$0$sp_write;
    reg  hist_lanes$0$sp_lanes;
    reg  hist_lanes$0$sp_bit;
    reg  hist_lanes$0$sp_live;
    reg  [31:0] hist_lanes$0$sp_group;
    reg  [63:0] hist_lanes$0$h_chain_in;
    reg  [63:0] hist_lanes$0$a_chain_in;
    reg  [63:0] hist_lanes$0$in_chain_in;
    reg  [63:0] hist_lanes$0$sp_chain_in;
    wire  [63:0] hist_lanes$0$h_chain_out;
    wire  [63:0] hist_lanes$0$a_chain_out;
    wire  [63:0] hist_lanes$0$h_word;
    wire  [63:0] hist_lanes$0$a_word;
    wire  [63:0] hist_lanes$0$in_chain_out;
    wire  [63:0] hist_lanes$0$sp_chain_out;
    reg  hist_lanes$0$hist_wb;
    reg  [31:0] hist_lanes$0$group;
    reg  hist_lanes$0$hist_clear;
    reg  hist_lanes$0$clear_all;
    reg  [31:0] hist_lanes$0$clear_address;
    reg  hist_lanes$0$syn;
    reg  [31:0] hist_lanes$0$act_idx;
    reg  hist_lanes$0$act_count;
    reg  [63:0] hist_lanes$0$act_chain_in;
    wire  [63:0] hist_lanes$0$act_chain_out;
    reg  hist_lanes$0$latch;
    reg  hist_lanes$0$events;
    reg  [31:0] hist_lanes$0$start_in;
    wire  [31:0] hist_lanes$0$start_out;
    reg  [31:0] hist_lanes$0$span1_in;
    reg  [31:0] hist_lanes$0$span2_in;
    reg  [31:0] hist_lanes$0$span3_in;
    reg  [31:0] hist_lanes$0$span4_in;
    wire  [31:0] hist_lanes$0$span0_out;
    wire  [31:0] hist_lanes$0$span1_out;
    wire  [31:0] hist_lanes$0$span2_out;
    wire  [31:0] hist_lanes$0$span3_out;
    reg  [63:0] pass_lanes$0$m;
    reg  [63:0] pass_lanes$0$w_q;
    reg  [63:0] pass_lanes$0$w_reg;
    reg  [63:0] pass_lanes$0$mw_reg;
    reg  [63:0] pass_lanes$0$eta;
    reg  [63:0] pass_lanes$0$q_reg;
    reg  [63:0] pass_lanes$0$eps;
    reg  [63:0] pass_lanes$0$xt_reg;
    reg  [63:0] pass_lanes$0$w;
    reg  [31:0] pass_lanes$0$r;
    reg  [7:0] pass_lanes$0$sh_w;
    reg  [127:0] pass_lanes$0$dec_w;
    reg  [63:0] pass_lanes$0$g;
    reg  [63:0] pass_lanes$0$mean;
    reg  [63:0] pass_lanes$0$gm_reg;
    reg  [63:0] pass_lanes$0$yw_reg;
    reg  [63:0] pass_lanes$0$yd_reg;
    reg  [63:0] pass_lanes$0$d;
    reg  [63:0] pass_lanes$0$hi;
    reg  [63:0] pass_lanes$0$dh;
    reg  [7:0] pass_lanes$0$sh_d;
    reg  [127:0] pass_lanes$0$dec_d;
    wire  [63:0] pass_lanes$0$mw;
    wire  [63:0] pass_lanes$0$w_word;
    wire  [63:0] pass_lanes$0$q;
    wire  [127:0] pass_lanes$0$q_wide;
    wire  [63:0] pass_lanes$0$xt;
    wire  [63:0] pass_lanes$0$yw;
    wire  [63:0] pass_lanes$0$w_next;
    wire  [63:0] pass_lanes$0$gm;
    wire  [63:0] pass_lanes$0$yd;
    wire  [63:0] pass_lanes$0$d_next;
    reg  [63:0] pass_taps$0$word;
    reg  pass_taps$0$spike;
    reg  [63:0] pass_taps$0$axonal;
    reg  [63:0] pass_taps$0$synaptic;
    wire  [63:0] pass_taps$0$pushed;
    wire  [7:0] pass_taps$0$tap;
    wire  [31:0] pass_taps$0$tap_index;
    wire  pass_taps$0$tap_bit;
    wire  pass_taps$0$pushed_bit;
    reg  [63:0] l_syn$0$d;
    wire  [63:0] l_syn$0$q;
    reg  l_syn$0$clock;
    reg  [63:0] l_ax$0$d;
    wire  [63:0] l_ax$0$q;
    reg  l_ax$0$clock;
    reg  [63:0] l_syn1$0$d;
    wire  [63:0] l_syn1$0$q;
    reg  l_syn1$0$clock;
    reg  [63:0] l_ax1$0$d;
    wire  [63:0] l_ax1$0$q;
    reg  l_ax1$0$clock;
    reg  [63:0] l_eps$0$d;
    wire  [63:0] l_eps$0$q;
    reg  l_eps$0$clock;
    reg  [63:0] l_w$0$d;
    wire  [63:0] l_w$0$q;
    reg  l_w$0$clock;
    reg  [63:0] l_g$0$d;
    wire  [63:0] l_g$0$q;
    reg  l_g$0$clock;
    reg  [63:0] l_g_n$0$x;
    wire  [63:0] l_g_n$0$y;
    reg  [63:0] l_ag_n$0$x;
    wire  [63:0] l_ag_n$0$y;
    reg  [31:0] l_r$0$d;
    wire  [31:0] l_r$0$q;
    reg  l_r$0$clock;
    reg  [63:0] l_d$0$d;
    wire  [63:0] l_d$0$q;
    reg  l_d$0$clock;
    reg  [63:0] l_a$0$d;
    wire  [63:0] l_a$0$q;
    reg  l_a$0$clock;
    reg  [63:0] l_w3$0$d;
    wire  [63:0] l_w3$0$q;
    reg  l_w3$0$clock;
    reg  [63:0] l_g3$0$d;
    wire  [63:0] l_g3$0$q;
    reg  l_g3$0$clock;
    reg  [31:0] l_r3$0$d;
    wire  [31:0] l_r3$0$q;
    reg  l_r3$0$clock;
    reg  [63:0] l_d3$0$d;
    wire  [63:0] l_d3$0$q;
    reg  l_d3$0$clock;
    reg  [63:0] l_hi3$0$d;
    wire  [63:0] l_hi3$0$q;
    reg  l_hi3$0$clock;
    reg  [63:0] l_xt$0$d;
    wire  [63:0] l_xt$0$q;
    reg  l_xt$0$clock;
    reg  [63:0] l_mw$0$d;
    wire  [63:0] l_mw$0$q;
    reg  l_mw$0$clock;
    reg  [63:0] l_eta$0$d;
    wire  [63:0] l_eta$0$q;
    reg  l_eta$0$clock;
    reg  [63:0] l_m$d;
    wire  [63:0] l_m$q;
    reg  l_m$clock;
    reg  [63:0] l_yw$0$d;
    wire  [63:0] l_yw$0$q;
    reg  l_yw$0$clock;
    reg  [63:0] l_yd$0$d;
    wire  [63:0] l_yd$0$q;
    reg  l_yd$0$clock;
    reg  [63:0] l_w4$0$d;
    wire  [63:0] l_w4$0$q;
    reg  l_w4$0$clock;
    reg  [63:0] l_d4$0$d;
    wire  [63:0] l_d4$0$q;
    reg  l_d4$0$clock;
    reg  [63:0] l_hi4$0$d;
    wire  [63:0] l_hi4$0$q;
    reg  l_hi4$0$clock;
    reg  [63:0] l_dh4$0$d;
    wire  [63:0] l_dh4$0$q;
    reg  l_dh4$0$clock;
    reg  [127:0] l_acc$0$d;
    wire  [127:0] l_acc$0$q;
    reg  l_acc$0$clock;
    reg  [127:0] l_acc_n$0$x;
    wire  [127:0] l_acc_n$0$y;
    reg  [63:0] l_dg_data$0$d;
    wire  [63:0] l_dg_data$0$q;
    reg  l_dg_data$0$clock;
    reg  [63:0] l_g4$0$d;
    wire  [63:0] l_g4$0$q;
    reg  l_g4$0$clock;
    reg  l_dg_write$0$d;
    wire  l_dg_write$0$q;
    reg  l_dg_write$0$clock;
    reg  l_ag_write$0$d;
    wire  l_ag_write$0$q;
    reg  l_ag_write$0$clock;
    reg  [31:0] p4_row$d;
    wire  [31:0] p4_row$q;
    reg  p4_row$clock;
    reg  row_banks$d;
    wire  row_banks$q;
    reg  row_banks$clock;
    reg  in_syn$d;
    wire  in_syn$q;
    reg  in_syn$clock;
    reg  wr_w$d;
    wire  wr_w$q;
    reg  wr_w$clock;
    reg  wr_u$d;
    wire  wr_u$q;
    reg  wr_u$clock;
    reg  wr_b$d;
    wire  wr_b$q;
    reg  wr_b$clock;
    reg  [31:0] wr_addr$d;
    wire  [31:0] wr_addr$q;
    reg  wr_addr$clock;
    reg  [7:0] wr_rot$d;
    wire  [7:0] wr_rot$q;
    reg  wr_rot$clock;
    reg  [31:0] wr_i$d;
    wire  [31:0] wr_i$q;
    reg  wr_i$clock;
    reg  [63:0] b_y$d;
    wire  [63:0] b_y$q;
    reg  b_y$clock;
    reg  in_pass2$d;
    wire  in_pass2$q;
    reg  in_pass2$clock;
    reg  in_axon$d;
    wire  in_axon$q;
    reg  in_axon$clock;
    reg  in_rupd$d;
    wire  in_rupd$q;
    reg  in_rupd$clock;
    reg  [31:0] streams$0$d;
    wire  [31:0] streams$0$q;
    reg  streams$0$clock;
    reg  [31:0] streams$1$d;
    wire  [31:0] streams$1$q;
    reg  streams$1$clock;
    reg  [31:0] streams$2$d;
    wire  [31:0] streams$2$q;
    reg  streams$2$clock;
    reg  [31:0] streams$3$d;
    wire  [31:0] streams$3$q;
    reg  streams$3$clock;
    reg  [31:0] streams$4$d;
    wire  [31:0] streams$4$q;
    reg  streams$4$clock;
    reg  [31:0] streams$5$d;
    wire  [31:0] streams$5$q;
    reg  streams$5$clock;
    reg  [31:0] streams$6$d;
    wire  [31:0] streams$6$q;
    reg  streams$6$clock;
    reg  [31:0] streams$7$d;
    wire  [31:0] streams$7$q;
    reg  streams$7$clock;
    reg  [31:0] streams$8$d;
    wire  [31:0] streams$8$q;
    reg  streams$8$clock;
    reg  [31:0] streams$9$d;
    wire  [31:0] streams$9$q;
    reg  streams$9$clock;
    reg  [31:0] streams$10$d;
    wire  [31:0] streams$10$q;
    reg  streams$10$clock;
    reg  [31:0] streams$11$d;
    wire  [31:0] streams$11$q;
    reg  streams$11$clock;
    reg  [31:0] streams$12$d;
    wire  [31:0] streams$12$q;
    reg  streams$12$clock;
    reg  [31:0] streams$13$d;
    wire  [31:0] streams$13$q;
    reg  streams$13$clock;
    reg  [31:0] streams$14$d;
    wire  [31:0] streams$14$q;
    reg  streams$14$clock;
    reg  [31:0] streams$15$d;
    wire  [31:0] streams$15$q;
    reg  streams$15$clock;
    reg  [31:0] seed_word$d;
    wire  [31:0] seed_word$q;
    reg  seed_word$clock;
    reg  [15:0] seed_hit$d;
    wire  [15:0] seed_hit$q;
    reg  seed_hit$clock;
    reg  [31:0] stream_next$0$x;
    wire  [31:0] stream_next$0$drawn;
    reg  [31:0] stream_next$1$x;
    wire  [31:0] stream_next$1$drawn;
    reg  [31:0] stream_next$2$x;
    wire  [31:0] stream_next$2$drawn;
    reg  [31:0] stream_next$3$x;
    wire  [31:0] stream_next$3$drawn;
    reg  [31:0] stream_next$4$x;
    wire  [31:0] stream_next$4$drawn;
    reg  [31:0] stream_next$5$x;
    wire  [31:0] stream_next$5$drawn;
    reg  [31:0] stream_next$6$x;
    wire  [31:0] stream_next$6$drawn;
    reg  [31:0] stream_next$7$x;
    wire  [31:0] stream_next$7$drawn;
    reg  [31:0] stream_next$8$x;
    wire  [31:0] stream_next$8$drawn;
    reg  [31:0] stream_next$9$x;
    wire  [31:0] stream_next$9$drawn;
    reg  [31:0] stream_next$10$x;
    wire  [31:0] stream_next$10$drawn;
    reg  [31:0] stream_next$11$x;
    wire  [31:0] stream_next$11$drawn;
    reg  [31:0] stream_next$12$x;
    wire  [31:0] stream_next$12$drawn;
    reg  [31:0] stream_next$13$x;
    wire  [31:0] stream_next$13$drawn;
    reg  [31:0] stream_next$14$x;
    wire  [31:0] stream_next$14$drawn;
    reg  [31:0] stream_next$15$x;
    wire  [31:0] stream_next$15$drawn;
    reg  [63:0] out_leak$x;
    reg  [63:0] out_leak$add;
    wire  [63:0] out_leak$y;
    reg  [63:0] out$leaked;
    reg  [63:0] out$sum;
    wire  [63:0] out$y_next;
    reg  [63:0] traces$0$word;
    reg  [7:0] traces$0$ahead;
    reg  [63:0] traces$0$eta_older;
    reg  [63:0] traces$0$eps_prev;
    reg  [63:0] traces$0$eta_p_reg;
    reg  [63:0] traces$0$eps_p_reg;
    reg  [63:0] traces$0$k_reg;
    reg  traces$0$spike_reg;
    wire  [63:0] traces$0$eta_p;
    wire  [63:0] traces$0$eps_p;
    wire  [63:0] traces$0$k;
    wire  traces$0$spike;
    wire  [63:0] traces$0$eta_next;
    wire  [63:0] traces$0$eps_next;
    reg  [63:0] learn$x;
    reg  [63:0] learn$trace;
    reg  [63:0] learn$xt_reg;
    reg  [63:0] learn$w;
    reg  [31:0] learn$r_w;
    reg  [7:0] learn$sh_w;
    reg  [127:0] learn$dec_w;
    reg  [63:0] learn$y_reg;
    reg  [63:0] learn$y_gap;
    reg  [63:0] learn$recip;
    reg  [63:0] learn$p_reg;
    wire  [63:0] learn$xt;
    wire  [63:0] learn$y;
    wire  [63:0] learn$w_next;
    wire  [63:0] learn$p;
    wire  [63:0] learn$pi;
    reg  [127:0] mean_q$total;
    reg  [127:0] mean_q$lo_reg;
    reg  [127:0] mean_q$hi_reg;
    wire  [127:0] mean_q$lo;
    wire  [127:0] mean_q$hi;
    wire  [63:0] mean_q$mean;
    reg  [127:0] mean_g$total;
    reg  [127:0] mean_g$lo_reg;
    reg  [127:0] mean_g$hi_reg;
    wire  [127:0] mean_g$lo;
    wire  [127:0] mean_g$hi;
    wire  [63:0] mean_g$mean;
    reg  [127:0] mean_q_lo$d;
    wire  [127:0] mean_q_lo$q;
    reg  mean_q_lo$clock;
    reg  [127:0] mean_q_hi$d;
    wire  [127:0] mean_q_hi$q;
    reg  mean_q_hi$clock;
    reg  [127:0] mean_g_lo$d;
    wire  [127:0] mean_g_lo$q;
    reg  mean_g_lo$clock;
    reg  [127:0] mean_g_hi$d;
    wire  [127:0] mean_g_hi$q;
    reg  mean_g_hi$clock;
    reg  [63:0] mean_g_reg$d;
    wire  [63:0] mean_g_reg$q;
    reg  mean_g_reg$clock;
    reg  [4:0] phase$d;
    wire  [4:0] phase$q;
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
    reg  [63:0] rsp_sel$d;
    wire  [63:0] rsp_sel$q;
    reg  rsp_sel$clock;
    reg  [63:0] rsp_part$0$d;
    wire  [63:0] rsp_part$0$q;
    reg  rsp_part$0$clock;
    reg  [63:0] rsp_part$1$d;
    wire  [63:0] rsp_part$1$q;
    reg  rsp_part$1$clock;
    reg  [63:0] rsp_part$2$d;
    wire  [63:0] rsp_part$2$q;
    reg  rsp_part$2$clock;
    reg  [63:0] rsp_part$3$d;
    wire  [63:0] rsp_part$3$q;
    reg  rsp_part$3$clock;
    reg  [63:0] rsp_part$4$d;
    wire  [63:0] rsp_part$4$q;
    reg  rsp_part$4$clock;
    reg  rsp_v2$d;
    wire  rsp_v2$q;
    reg  rsp_v2$clock;
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
    reg  [31:0] fifo_base$d;
    wire  [31:0] fifo_base$q;
    reg  fifo_base$clock;
    reg  q2_v$d;
    wire  q2_v$q;
    reg  q2_v$clock;
    reg  q2_last$d;
    wire  q2_last$q;
    reg  q2_last$clock;
    reg  [31:0] q2_i$d;
    wire  [31:0] q2_i$q;
    reg  q2_i$clock;
    reg  [63:0] s3_word$d;
    wire  [63:0] s3_word$q;
    reg  s3_word$clock;
    reg  learn_on$d;
    wire  learn_on$q;
    reg  learn_on$clock;
    reg  [15:0] label$d;
    wire  [15:0] label$q;
    reg  label$clock;
    reg  [31:0] sup_start$d;
    wire  [31:0] sup_start$q;
    reg  sup_start$clock;
    reg  supervised$d;
    wire  supervised$q;
    reg  supervised$clock;
    reg  [7:0] flags$d;
    wire  [7:0] flags$q;
    reg  flags$clock;
    reg  [63:0] shifts$d;
    wire  [63:0] shifts$q;
    reg  shifts$clock;
    reg  [7:0] head$d;
    wire  [7:0] head$q;
    reg  head$clock;
    reg  [31:0] n_m$d;
    wire  [31:0] n_m$q;
    reg  n_m$clock;
    reg  [63:0] ymax$d;
    wire  [63:0] ymax$q;
    reg  ymax$clock;
    reg  [63:0] psum$d;
    wire  [63:0] psum$q;
    reg  psum$clock;
    reg  [63:0] recip$d;
    wire  [63:0] recip$q;
    reg  recip$clock;
    reg  [63:0] rem$d;
    wire  [63:0] rem$q;
    reg  rem$clock;
    reg  [127:0] total_g$d;
    wire  [127:0] total_g$q;
    reg  total_g$clock;
    reg  [63:0] mean$d;
    wire  [63:0] mean$q;
    reg  mean$clock;
    reg  [63:0] m_cur$d;
    wire  [63:0] m_cur$q;
    reg  m_cur$clock;
    reg  [63:0] pf_eps$0$d;
    wire  [63:0] pf_eps$0$q;
    reg  pf_eps$0$clock;
    reg  [63:0] hist_reg$0$d;
    wire  [63:0] hist_reg$0$q;
    reg  hist_reg$0$clock;
    reg  [63:0] hist_alt$0$d;
    wire  [63:0] hist_alt$0$q;
    reg  hist_alt$0$clock;
    reg  [63:0] eta_fwd$0$d;
    wire  [63:0] eta_fwd$0$q;
    reg  eta_fwd$0$clock;
    reg  [63:0] t_eta_p$0$d;
    wire  [63:0] t_eta_p$0$q;
    reg  t_eta_p$0$clock;
    reg  [63:0] t_eps_p$0$d;
    wire  [63:0] t_eps_p$0$q;
    reg  t_eps_p$0$clock;
    reg  [63:0] t_k$0$d;
    wire  [63:0] t_k$0$q;
    reg  t_k$0$clock;
    reg  t_spike$0$d;
    wire  t_spike$0$q;
    reg  t_spike$0$clock;
    reg  tpar$d;
    wire  tpar$q;
    reg  tpar$clock;
    reg  t2_v$d;
    wire  t2_v$q;
    reg  t2_v$clock;
    reg  t2_last$d;
    wire  t2_last$q;
    reg  t2_last$clock;
    reg  [31:0] t2_eps_addr$d;
    wire  [31:0] t2_eps_addr$q;
    reg  t2_eps_addr$clock;
    reg  [31:0] t2_eta_addr$d;
    wire  [31:0] t2_eta_addr$q;
    reg  t2_eta_addr$clock;
    reg  [63:0] tw_eps$0$d;
    wire  [63:0] tw_eps$0$q;
    reg  tw_eps$0$clock;
    reg  [63:0] tw_eta$0$d;
    wire  [63:0] tw_eta$0$q;
    reg  tw_eta$0$clock;
    reg  l_v2$0$d;
    wire  l_v2$0$q;
    reg  l_v2$0$clock;
    reg  l_v2r$0$d;
    wire  l_v2r$0$q;
    reg  l_v2r$0$clock;
    reg  tw_v$d;
    wire  tw_v$q;
    reg  tw_v$clock;
    reg  tw_last$d;
    wire  tw_last$q;
    reg  tw_last$clock;
    reg  [31:0] tw_eps_addr$d;
    wire  [31:0] tw_eps_addr$q;
    reg  tw_eps_addr$clock;
    reg  [31:0] tw_eta_addr$d;
    wire  [31:0] tw_eta_addr$q;
    reg  tw_eta_addr$clock;
    reg  [63:0] err_p$d;
    wire  [63:0] err_p$q;
    reg  err_p$clock;
    reg  err_v$d;
    wire  err_v$q;
    reg  err_v$clock;
    reg  [63:0] err_word$d;
    wire  [63:0] err_word$q;
    reg  err_word$clock;
    reg  [63:0] s_b$0$d;
    wire  [63:0] s_b$0$q;
    reg  s_b$0$clock;
    reg  [63:0] s_e$d;
    wire  [63:0] s_e$q;
    reg  s_e$clock;
    reg  [63:0] s_prod$0$d;
    wire  [63:0] s_prod$0$q;
    reg  s_prod$0$clock;
    reg  [63:0] s_psi$0$d;
    wire  [63:0] s_psi$0$q;
    reg  s_psi$0$clock;
    reg  sb_v$d;
    wire  sb_v$q;
    reg  sb_v$clock;
    reg  sb_last$d;
    wire  sb_last$q;
    reg  sb_last$clock;
    reg  sg_v$d;
    wire  sg_v$q;
    reg  sg_v$clock;
    reg  sg_last$d;
    wire  sg_last$q;
    reg  sg_last$clock;
    reg  [63:0] sg_psi$0$d;
    wire  [63:0] sg_psi$0$q;
    reg  sg_psi$0$clock;
    reg  [7:0] sg_rot$d;
    wire  [7:0] sg_rot$q;
    reg  sg_rot$clock;
    reg  [31:0] sg_i$d;
    wire  [31:0] sg_i$q;
    reg  sg_i$clock;
    reg  [63:0] sm_lp$0$d;
    wire  [63:0] sm_lp$0$q;
    reg  sm_lp$0$clock;
    reg  sm_sat$0$d;
    wire  sm_sat$0$q;
    reg  sm_sat$0$clock;
    reg  [63:0] sm_blp$0$d;
    wire  [63:0] sm_blp$0$q;
    reg  sm_blp$0$clock;
    reg  sm_last$d;
    wire  sm_last$q;
    reg  sm_last$clock;
    reg  [31:0] sm_i$d;
    wire  [31:0] sm_i$q;
    reg  sm_i$clock;
    reg  sm_lv$0$d;
    wire  sm_lv$0$q;
    reg  sm_lv$0$clock;
    reg  [7:0] q1_m$d;
    wire  [7:0] q1_m$q;
    reg  q1_m$clock;
    reg  [7:0] q1_ahead$d;
    wire  [7:0] q1_ahead$q;
    reg  q1_ahead$clock;
    reg  q1_bias$d;
    wire  q1_bias$q;
    reg  q1_bias$clock;
    reg  u1_v$d;
    wire  u1_v$q;
    reg  u1_v$clock;
    reg  [31:0] u1_i$d;
    wire  [31:0] u1_i$q;
    reg  u1_i$clock;
    reg  u2_v$d;
    wire  u2_v$q;
    reg  u2_v$clock;
    reg  [31:0] u2_i$d;
    wire  [31:0] u2_i$q;
    reg  u2_i$clock;
    reg  o3_v$d;
    wire  o3_v$q;
    reg  o3_v$clock;
    reg  [31:0] o3_i$d;
    wire  [31:0] o3_i$q;
    reg  o3_i$clock;
    reg  [63:0] o3_y$d;
    wire  [63:0] o3_y$q;
    reg  o3_y$clock;
    reg  [63:0] o3_sum$d;
    wire  [63:0] o3_sum$q;
    reg  o3_sum$clock;
    reg  o4_v$d;
    wire  o4_v$q;
    reg  o4_v$clock;
    reg  [31:0] o4_i$d;
    wire  [31:0] o4_i$q;
    reg  o4_i$clock;
    reg  [63:0] o4_y$d;
    wire  [63:0] o4_y$q;
    reg  o4_y$clock;
    reg  p3_v$d;
    wire  p3_v$q;
    reg  p3_v$clock;
    reg  [31:0] p3_i$d;
    wire  [31:0] p3_i$q;
    reg  p3_i$clock;
    reg  [63:0] xt_reg$d;
    wire  [63:0] xt_reg$q;
    reg  xt_reg$clock;
    reg  rupd_v$d;
    wire  rupd_v$q;
    reg  rupd_v$clock;
    reg  rupd_bias$d;
    wire  rupd_bias$q;
    reg  rupd_bias$clock;
    reg  [31:0] rupd_i$d;
    wire  [31:0] rupd_i$q;
    reg  rupd_i$clock;
    reg  ax3_v$d;
    wire  ax3_v$q;
    reg  ax3_v$clock;
    reg  [31:0] ax3_i$d;
    wire  [31:0] ax3_i$q;
    reg  ax3_i$clock;
    reg  [7:0] q1_ub$d;
    wire  [7:0] q1_ub$q;
    reg  q1_ub$clock;
    reg  [7:0] rupd_ub$d;
    wire  [7:0] rupd_ub$q;
    reg  rupd_ub$clock;
    reg  [7:0] sh_w$d;
    wire  [7:0] sh_w$q;
    reg  sh_w$clock;
    reg  [7:0] sh_d$d;
    wire  [7:0] sh_d$q;
    reg  sh_d$clock;
    reg  [7:0] sh_decode$0$shift;
    wire  [127:0] sh_decode$0$dec;
    reg  [7:0] sh_decode$1$shift;
    wire  [127:0] sh_decode$1$dec;
    reg  [127:0] sh_dec$0$d;
    wire  [127:0] sh_dec$0$q;
    reg  sh_dec$0$clock;
    reg  [127:0] sh_dec$1$d;
    wire  [127:0] sh_dec$1$q;
    reg  sh_dec$1$clock;
    reg  [31:0] q2_s$d;
    wire  [31:0] q2_s$q;
    reg  q2_s$clock;
    reg  [63:0] w_reg$d;
    wire  [63:0] w_reg$q;
    reg  w_reg$clock;
    reg  [31:0] r_reg$d;
    wire  [31:0] r_reg$q;
    reg  r_reg$clock;
    reg  [31:0] aux$d;
    wire  [31:0] aux$q;
    reg  aux$clock;
    reg  [31:0] i_n$x;
    wire  [31:0] i_n$y;
    reg  [31:0] idx_n$x;
    wire  [31:0] idx_n$y;
    reg  [31:0] base_n$x;
    wire  [31:0] base_n$y;
    reg  [31:0] aux_n$x;
    wire  [31:0] aux_n$y;
    reg  [31:0] n_act_n$x;
    wire  [31:0] n_act_n$y;
    reg  [31:0] n_spk_n$x;
    wire  [31:0] n_spk_n$y;
    reg  [31:0] q1_i_n$x;
    wire  [31:0] q1_i_n$y;
    reg  [31:0] q1_base_n$x;
    wire  [31:0] q1_base_n$y;
    reg  [31:0] q2_i_n$x;
    wire  [31:0] q2_i_n$y;
    reg  [31:0] u1_i_n$x;
    wire  [31:0] u1_i_n$y;
    reg  [31:0] u2_i_n$x;
    wire  [31:0] u2_i_n$y;
    reg  [31:0] o3_i_n$x;
    wire  [31:0] o3_i_n$y;
    reg  [63:0] o3_y_n$x;
    wire  [63:0] o3_y_n$y;
    reg  [63:0] o3_sum_n$x;
    wire  [63:0] o3_sum_n$y;
    reg  [31:0] o4_i_n$x;
    wire  [31:0] o4_i_n$y;
    reg  [63:0] o4_y_n$x;
    wire  [63:0] o4_y_n$y;
    reg  [63:0] dacc_n$x;
    wire  [63:0] dacc_n$y;
    reg  [63:0] o4_sum_n$x;
    wire  [63:0] o4_sum_n$y;
    reg  [31:0] p3_i_n$x;
    wire  [31:0] p3_i_n$y;
    reg  [63:0] xt_reg_n$x;
    wire  [63:0] xt_reg_n$y;
    reg  [31:0] rupd_i_n$x;
    wire  [31:0] rupd_i_n$y;
    reg  [31:0] q2_s_n$x;
    wire  [31:0] q2_s_n$y;
    reg  [31:0] n_m_n$x;
    wire  [31:0] n_m_n$y;
    reg  [63:0] ymax_n$x;
    wire  [63:0] ymax_n$y;
    reg  [63:0] mean_n$x;
    wire  [63:0] mean_n$y;
    reg  [63:0] m_cur_n$x;
    wire  [63:0] m_cur_n$y;
    reg  [63:0] psum_n$x;
    wire  [63:0] psum_n$y;
    reg  [63:0] rem_n$x;
    wire  [63:0] rem_n$y;
    reg  [63:0] recip_n$x;
    wire  [63:0] recip_n$y;
    reg  [127:0] total_g_n$x;
    wire  [127:0] total_g_n$y;
    reg  [63:0] bext$x;
    wire  [63:0] bext$y;
    reg  [63:0] m_ext$x;
    wire  [63:0] m_ext$y;
    reg  m_fresh$d;
    wire  m_fresh$q;
    reg  m_fresh$clock;
    reg  [15:0] m_pend$d;
    wire  [15:0] m_pend$q;
    reg  m_pend$clock;
    reg  [63:0] e_ext$x;
    wire  [63:0] e_ext$y;
    reg  [63:0] y_ext$x;
    wire  [63:0] y_ext$y;
    reg  [63:0] o4_cs_diff_n$x;
    wire  [63:0] o4_cs_diff_n$y;
    wire  [31:0] shape$n_in;
    wire  [63:0] shape$channel_high;
    wire  [63:0] shape$channel_low;
    wire  [31:0] shape$n_src;
    wire  [31:0] shape$n_groups;
    wire  [31:0] shape$hid_groups;
    wire  [31:0] shape$n_hid;
    wire  [31:0] shape$lane_mask;
    wire  [31:0] shape$lane_bits;
    wire  [31:0] shape$n_out;
    wire  [31:0] shape$depth;
    wire  [31:0] shape$depth_mask;
    wire  [31:0] shape$depth_bits;
    wire  [31:0] shape$radius;
    wire  [31:0] shape$n_clear_mem;
    wire  [31:0] shape$n_fifo;
    wire  [31:0] shape$n_buf;
    wire  [63:0] shape$delay_max;
    wire  [63:0] shape$prob_one;
    wire  [63:0] shape$msb;
    wire  shape$has_axonal;
    wire  shape$has_synaptic;
    wire  shape$has_learning;
    wire  shape$has_event_pass;
    wire  shape$random_fb;
    wire  [5:0] map$r_weights;
    wire  [5:0] map$r_synaptic_delays;
    wire  [5:0] map$r_axonal_delays;
    wire  [5:0] map$r_readout_weights;
    wire  [5:0] map$r_readout_biases;
    wire  [5:0] map$r_feedback_weights;
    wire  [5:0] map$r_spike_history;
    wire  [5:0] map$r_membranes;
    wire  [5:0] map$r_spikes;
    wire  [5:0] map$r_readout;
    wire  [5:0] map$r_decision_sums;
    wire  [5:0] map$r_input_spikes;
    wire  [5:0] map$r_active_sources;
    wire  [5:0] map$r_spike_list;
    wire  [5:0] map$r_readout_traces;
    wire  [5:0] map$r_psi;
    wire  [5:0] map$r_eps_trace_fifo;
    wire  [5:0] map$r_eta_trace_fifo;
    wire  [5:0] map$r_output_errors;
    wire  [5:0] map$r_modulated_signals;
    wire  [5:0] map$r_delay_gradients;
    wire  [5:0] map$r_axonal_gradients;
    wire  [5:0] map$r_current_buffer;
    wire  [5:0] map$r_lfsr;
    wire  [5:0] map$r_registers;
    wire  [31:0] map$reg_learn;
    wire  [31:0] map$reg_label;
    wire  [31:0] map$reg_sup_start;
    wire  [31:0] map$reg_flags;
    wire  [31:0] map$reg_shifts;
    wire  [31:0] map$reg_head;
    wire  [31:0] map$reg_modulated;
    wire  [31:0] map$reg_budget;
    wire  [31:0] map$reg_active;
    wire  [31:0] map$reg_spikes;
    wire  [31:0] map$reg_step;
    wire  [31:0] map$reg_bad_spike;
    wire  [31:0] map$reg_id;
    wire  [3:0] map$op_write;
    wire  [3:0] map$op_read;
    wire  [3:0] map$op_spike;
    wire  [3:0] map$op_step;
    wire  [3:0] map$op_clear;
    wire  [63:0] map$id_magic;
    
    // Local signals
    reg  [31:0] sl_read_address;
    reg  [63:0] buf_read_data;
    reg  events;
    reg  [63:0] sp_acc$0;
    reg  fb_write;
    reg  [63:0] fb_read_data;
    reg  [15:0] s_nm;
    reg  [63:0] u_word$0;
    reg  [63:0] wd_word$0;
    reg  [63:0] wd_r1$0;
    reg  [63:0] wd_r2$0;
    reg  [63:0] wd_r4$0;
    reg  [63:0] wd_r8$0;
    reg  [63:0] u_r1$0;
    reg  [63:0] u_r2$0;
    reg  [63:0] u_r4$0;
    reg  [63:0] u_r8$0;
    reg  [63:0] pr_r1$0;
    reg  [63:0] pr_r2$0;
    reg  [63:0] pr_r4$0;
    reg  [63:0] pr_r8$0;
    reg  l_v1$0;
    reg  l_v3$0;
    reg  [31:0] l_fifo$0;
    reg  [31:0] lane_row_read;
    reg  [31:0] lane_row_write;
    reg  [63:0] l_ag_data$0;
    reg  [31:0] b_off$0;
    reg  [31:0] b_woff$0;
    reg  b_valid$0;
    reg  [31:0] lane_limit;
    reg  [31:0] lane_last;
    reg  [31:0] lane_tail;
    reg  [31:0] lane_row;
    reg  [63:0] wb_word$0;
    reg  [63:0] wb_r1$0;
    reg  [63:0] wb_r2$0;
    reg  [63:0] wb_r4$0;
    reg  [63:0] wb_r8$0;
    reg  [7:0] wrot;
    reg  [7:0] st_amount;
    reg  [7:0] sb_amount;
    reg  [31:0] st_r1$0;
    reg  [31:0] st_r1$1;
    reg  [31:0] st_r1$2;
    reg  [31:0] st_r1$3;
    reg  [31:0] st_r1$4;
    reg  [31:0] st_r1$5;
    reg  [31:0] st_r1$6;
    reg  [31:0] st_r1$7;
    reg  [31:0] st_r1$8;
    reg  [31:0] st_r1$9;
    reg  [31:0] st_r1$10;
    reg  [31:0] st_r1$11;
    reg  [31:0] st_r1$12;
    reg  [31:0] st_r1$13;
    reg  [31:0] st_r1$14;
    reg  [31:0] st_r1$15;
    reg  [31:0] st_r2$0;
    reg  [31:0] st_r2$1;
    reg  [31:0] st_r2$2;
    reg  [31:0] st_r2$3;
    reg  [31:0] st_r2$4;
    reg  [31:0] st_r2$5;
    reg  [31:0] st_r2$6;
    reg  [31:0] st_r2$7;
    reg  [31:0] st_r2$8;
    reg  [31:0] st_r2$9;
    reg  [31:0] st_r2$10;
    reg  [31:0] st_r2$11;
    reg  [31:0] st_r2$12;
    reg  [31:0] st_r2$13;
    reg  [31:0] st_r2$14;
    reg  [31:0] st_r2$15;
    reg  [31:0] st_r4$0;
    reg  [31:0] st_r4$1;
    reg  [31:0] st_r4$2;
    reg  [31:0] st_r4$3;
    reg  [31:0] st_r4$4;
    reg  [31:0] st_r4$5;
    reg  [31:0] st_r4$6;
    reg  [31:0] st_r4$7;
    reg  [31:0] st_r4$8;
    reg  [31:0] st_r4$9;
    reg  [31:0] st_r4$10;
    reg  [31:0] st_r4$11;
    reg  [31:0] st_r4$12;
    reg  [31:0] st_r4$13;
    reg  [31:0] st_r4$14;
    reg  [31:0] st_r4$15;
    reg  [31:0] st_r8$0;
    reg  [31:0] st_r8$1;
    reg  [31:0] st_r8$2;
    reg  [31:0] st_r8$3;
    reg  [31:0] st_r8$4;
    reg  [31:0] st_r8$5;
    reg  [31:0] st_r8$6;
    reg  [31:0] st_r8$7;
    reg  [31:0] st_r8$8;
    reg  [31:0] st_r8$9;
    reg  [31:0] st_r8$10;
    reg  [31:0] st_r8$11;
    reg  [31:0] st_r8$12;
    reg  [31:0] st_r8$13;
    reg  [31:0] st_r8$14;
    reg  [31:0] st_r8$15;
    reg  [31:0] sb_mark;
    reg  [31:0] sb_marked;
    reg  [31:0] host_stream;
    reg  [63:0] rsp_terms$0;
    reg  [63:0] rsp_terms$1;
    reg  [63:0] rsp_terms$2;
    reg  [63:0] rsp_terms$3;
    reg  [63:0] rsp_terms$4;
    reg  [63:0] rsp_terms$5;
    reg  [63:0] rsp_terms$6;
    reg  [63:0] rsp_terms$7;
    reg  [63:0] rsp_terms$8;
    reg  [63:0] rsp_terms$9;
    reg  [63:0] rsp_terms$10;
    reg  [63:0] rsp_terms$11;
    reg  [63:0] rsp_terms$12;
    reg  [63:0] rsp_terms$13;
    reg  [63:0] rsp_terms$14;
    reg  [63:0] rsp_terms$15;
    reg  [63:0] rsp_terms$16;
    reg  [63:0] rsp_terms$17;
    reg  [63:0] rsp_terms$18;
    reg  [63:0] rsp_terms$19;
    reg  [63:0] rsp_terms$20;
    reg  [63:0] rsp_terms$21;
    reg  [63:0] rsp_terms$22;
    reg  [63:0] rsp_terms$23;
    reg  [63:0] rsp_terms$24;
    reg  [5:0] region;
    reg  [31:0] index;
    reg  host_write;
    reg  [31:0] src;
    reg  learn_w;
    reg  learn_u;
    reg  learn_b;
    reg  learn_d;
    reg  learn_a;
    reg  center;
    reg  need_q;
    reg  [63:0] m_word;
    reg  [15:0] m_pending;
    reg  [15:0] m_low;
    reg  [31:0] m_pick;
    reg  [63:0] rem_shift;
    reg  [31:0] row_last;
    reg  [31:0] w_read_address;
    reg  [31:0] d_read_address;
    reg  [31:0] wd_flat_address;
    reg  [31:0] wd_write_address;
    reg  [63:0] w_write_data;
    reg  [63:0] d_write_data;
    reg  w_write;
    reg  d_write;
    reg  [31:0] v_read_address;
    reg  [31:0] v_write_address;
    reg  [63:0] v_write_data;
    reg  v_write;
    reg  [63:0] v_read_data;
    reg  [31:0] eps_read_address;
    reg  [31:0] eps_write_address;
    reg  [63:0] eps_write_data;
    reg  eps_write;
    reg  [63:0] eps_read_data;
    reg  [31:0] eta_read_address;
    reg  [31:0] eta_write_address;
    reg  [63:0] eta_write_data;
    reg  eta_write;
    reg  [63:0] eta_read_data;
    reg  [31:0] dg_read_address;
    reg  [31:0] dg_write_address;
    reg  [63:0] dg_write_data;
    reg  dg_write;
    reg  [63:0] dg_read_data;
    reg  [31:0] ag_read_address;
    reg  [31:0] ag_write_address;
    reg  [63:0] ag_write_data;
    reg  ag_write;
    reg  [63:0] ag_read_data;
    reg  [31:0] zeta_read_address;
    reg  [31:0] zeta_write_address;
    reg  [63:0] zeta_write_data;
    reg  zeta_write;
    reg  [63:0] zeta_read_data;
    reg  [31:0] psi_read_address;
    reg  [31:0] psi_write_address;
    reg  [63:0] psi_write_data;
    reg  psi_write;
    reg  [63:0] psi_read_data;
    reg  [31:0] ms_read_address;
    reg  [31:0] ms_write_address;
    reg  [63:0] ms_write_data;
    reg  ms_write;
    reg  [63:0] ms_read_data;
    reg  [7:0] w_read_bank;
    reg  [7:0] d_read_bank;
    reg  [7:0] wd_write_bank;
    reg  [31:0] bank_index;
    reg  [63:0] w_read_data;
    reg  [63:0] d_read_data;
    reg  lane_s2;
    reg  lane_clear;
    reg  [31:0] u_read_address;
    reg  [31:0] u_flat_address;
    reg  [31:0] u_write_address;
    reg  [63:0] u_write_data;
    reg  u_write;
    reg  [7:0] u_read_bank;
    reg  [7:0] u_write_bank;
    reg  [63:0] u_read_data;
    reg  out_s2;
    reg  out_close;
    reg  out_shift;
    reg  out_clear;
    reg  [31:0] out_last;
    reg  [31:0] u_row_step;
    reg  [31:0] src_read;
    reg  [31:0] src_write;
    reg  [63:0] src_wdata;
    reg  h_write;
    reg  a_write;
    reg  in_write;
    reg  sp_write;
    reg  [63:0] h_rdata;
    reg  [63:0] a_rdata;
    reg  [63:0] in_rdata;
    reg  [63:0] sp_rdata;
    reg  [31:0] act_idx;
    reg  act_count;
    reg  [63:0] act_rdata;
    reg  [31:0] act_total;
    reg  hist_wb;
    reg  hist_clear;
    reg  clear_all;
    reg  latch_start;
    reg  o4_wins;
    reg  [63:0] o4_sum;
    reg  [63:0] o4_cs_sum;
    reg  [63:0] o4_cs_carry;
    
    // Sub module instances
    top$readout_biases readout_biases(
        .clock(readout_biases$clock),
        .read_address(readout_biases$read_address),
        .read_data(readout_biases$read_data),
        .write_address(readout_biases$write_address),
        .write_data(readout_biases$write_data),
        .write_enable(readout_biases$write_enable)
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
    top$output_errors output_errors(
        .clock(output_errors$clock),
        .read_address(output_errors$read_address),
        .read_data(output_errors$read_data),
        .write_address(output_errors$write_address),
        .write_data(output_errors$write_data),
        .write_enable(output_errors$write_enable)
    );
    top$spike_list spike_list(
        .clock(spike_list$clock),
        .append(spike_list$append),
        .spikes(spike_list$spikes),
        .first(spike_list$first),
        .count(spike_list$count),
        .count_next(spike_list$count_next),
        .read_address(spike_list$read_address),
        .read_data(spike_list$read_data),
        .write_address(spike_list$write_address),
        .write_data(spike_list$write_data),
        .write(spike_list$write)
    );
    top$v_banks$0 v_banks$0(
        .clock(v_banks$0$clock),
        .read_address(v_banks$0$read_address),
        .write_address(v_banks$0$write_address),
        .write_bank(v_banks$0$write_bank),
        .write_data(v_banks$0$write_data),
        .write(v_banks$0$write),
        .lane_write(v_banks$0$lane_write),
        .read_bank(v_banks$0$read_bank),
        .chain_in(v_banks$0$chain_in),
        .chain_out(v_banks$0$chain_out),
        .word(v_banks$0$word)
    );
    top$eps_banks$0 eps_banks$0(
        .clock(eps_banks$0$clock),
        .read_address(eps_banks$0$read_address),
        .write_address(eps_banks$0$write_address),
        .write_bank(eps_banks$0$write_bank),
        .write_data(eps_banks$0$write_data),
        .write(eps_banks$0$write),
        .lane_write(eps_banks$0$lane_write),
        .read_bank(eps_banks$0$read_bank),
        .chain_in(eps_banks$0$chain_in),
        .chain_out(eps_banks$0$chain_out),
        .word(eps_banks$0$word)
    );
    top$eta_banks$0 eta_banks$0(
        .clock(eta_banks$0$clock),
        .read_address(eta_banks$0$read_address),
        .write_address(eta_banks$0$write_address),
        .write_bank(eta_banks$0$write_bank),
        .write_data(eta_banks$0$write_data),
        .write(eta_banks$0$write),
        .lane_write(eta_banks$0$lane_write),
        .read_bank(eta_banks$0$read_bank),
        .chain_in(eta_banks$0$chain_in),
        .chain_out(eta_banks$0$chain_out),
        .word(eta_banks$0$word)
    );
    top$dg_banks$0 dg_banks$0(
        .clock(dg_banks$0$clock),
        .read_address(dg_banks$0$read_address),
        .write_address(dg_banks$0$write_address),
        .write_bank(dg_banks$0$write_bank),
        .write_data(dg_banks$0$write_data),
        .write(dg_banks$0$write),
        .lane_write(dg_banks$0$lane_write),
        .read_bank(dg_banks$0$read_bank),
        .chain_in(dg_banks$0$chain_in),
        .chain_out(dg_banks$0$chain_out),
        .word(dg_banks$0$word)
    );
    top$ag_banks$0 ag_banks$0(
        .clock(ag_banks$0$clock),
        .read_address(ag_banks$0$read_address),
        .write_address(ag_banks$0$write_address),
        .write_bank(ag_banks$0$write_bank),
        .write_data(ag_banks$0$write_data),
        .write(ag_banks$0$write),
        .lane_write(ag_banks$0$lane_write),
        .read_bank(ag_banks$0$read_bank),
        .chain_in(ag_banks$0$chain_in),
        .chain_out(ag_banks$0$chain_out),
        .word(ag_banks$0$word)
    );
    top$zeta_banks$0 zeta_banks$0(
        .clock(zeta_banks$0$clock),
        .read_address(zeta_banks$0$read_address),
        .write_address(zeta_banks$0$write_address),
        .write_bank(zeta_banks$0$write_bank),
        .write_data(zeta_banks$0$write_data),
        .write(zeta_banks$0$write),
        .lane_write(zeta_banks$0$lane_write),
        .read_bank(zeta_banks$0$read_bank),
        .chain_in(zeta_banks$0$chain_in),
        .chain_out(zeta_banks$0$chain_out),
        .word(zeta_banks$0$word)
    );
    top$psi_banks$0 psi_banks$0(
        .clock(psi_banks$0$clock),
        .read_address(psi_banks$0$read_address),
        .write_address(psi_banks$0$write_address),
        .write_bank(psi_banks$0$write_bank),
        .write_data(psi_banks$0$write_data),
        .write(psi_banks$0$write),
        .lane_write(psi_banks$0$lane_write),
        .read_bank(psi_banks$0$read_bank),
        .chain_in(psi_banks$0$chain_in),
        .chain_out(psi_banks$0$chain_out),
        .word(psi_banks$0$word)
    );
    top$ms_banks$0 ms_banks$0(
        .clock(ms_banks$0$clock),
        .read_address(ms_banks$0$read_address),
        .write_address(ms_banks$0$write_address),
        .write_bank(ms_banks$0$write_bank),
        .write_data(ms_banks$0$write_data),
        .write(ms_banks$0$write),
        .lane_write(ms_banks$0$lane_write),
        .read_bank(ms_banks$0$read_bank),
        .chain_in(ms_banks$0$chain_in),
        .chain_out(ms_banks$0$chain_out),
        .word(ms_banks$0$word)
    );
    top$buf_banks$0 buf_banks$0(
        .clock(buf_banks$0$clock),
        .read_address(buf_banks$0$read_address),
        .write_address(buf_banks$0$write_address),
        .write_bank(buf_banks$0$write_bank),
        .write_data(buf_banks$0$write_data),
        .write(buf_banks$0$write),
        .lane_write(buf_banks$0$lane_write),
        .read_bank(buf_banks$0$read_bank),
        .chain_in(buf_banks$0$chain_in),
        .chain_out(buf_banks$0$chain_out),
        .word(buf_banks$0$word)
    );
    top$q1_close q1_close(
        .d(q1_close$d),
        .q(q1_close$q),
        .clock(q1_close$clock)
    );
    top$q2_close q2_close(
        .d(q2_close$d),
        .q(q2_close$q),
        .clock(q2_close$clock)
    );
    top$lif_lanes$0 lif_lanes$0(
        .clock(lif_lanes$0$clock),
        .s2_close(lif_lanes$0$s2_close),
        .first(lif_lanes$0$first),
        .v_word(lif_lanes$0$v_word),
        .z_word(lif_lanes$0$z_word),
        .current(lif_lanes$0$current),
        .row3(lif_lanes$0$row3),
        .v_next(lif_lanes$0$v_next),
        .z_next(lif_lanes$0$z_next),
        .row5(lif_lanes$0$row5),
        .write5(lif_lanes$0$write5),
        .psi6(lif_lanes$0$psi6),
        .spike6(lif_lanes$0$spike6),
        .row6(lif_lanes$0$row6),
        .write6(lif_lanes$0$write6)
    );
    top$fb_banks$0 fb_banks$0(
        .clock(fb_banks$0$clock),
        .read_address(fb_banks$0$read_address),
        .write_address(fb_banks$0$write_address),
        .write_bank(fb_banks$0$write_bank),
        .write_data(fb_banks$0$write_data),
        .write(fb_banks$0$write),
        .lane_write(fb_banks$0$lane_write),
        .read_bank(fb_banks$0$read_bank),
        .chain_in(fb_banks$0$chain_in),
        .chain_out(fb_banks$0$chain_out),
        .word(fb_banks$0$word)
    );
    top$sig_lanes$0 sig_lanes$0(
        .b(sig_lanes$0$b),
        .e(sig_lanes$0$e),
        .acc(sig_lanes$0$acc),
        .psi(sig_lanes$0$psi),
        .lp_reg(sig_lanes$0$lp_reg),
        .sat_reg(sig_lanes$0$sat_reg),
        .blp_reg(sig_lanes$0$blp_reg),
        .prod(sig_lanes$0$prod),
        .l(sig_lanes$0$l),
        .lp(sig_lanes$0$lp),
        .sat(sig_lanes$0$sat),
        .blp(sig_lanes$0$blp),
        .m(sig_lanes$0$m)
    );
    top$s_acc$0 s_acc$0(
        .d(s_acc$0$d),
        .q(s_acc$0$q),
        .clock(s_acc$0$clock)
    );
    top$s_acc_n$0 s_acc_n$0(
        .x(s_acc_n$0$x),
        .y(s_acc_n$0$y)
    );
    top$nm_pend nm_pend(
        .d(nm_pend$d),
        .q(nm_pend$q),
        .clock(nm_pend$clock)
    );
    top$nm_count nm_count(
        .x(nm_count$x),
        .y(nm_count$y)
    );
    top$w_banks$0 w_banks$0(
        .clock(w_banks$0$clock),
        .read_address(w_banks$0$read_address),
        .write_address(w_banks$0$write_address),
        .write_bank(w_banks$0$write_bank),
        .write_data(w_banks$0$write_data),
        .write(w_banks$0$write),
        .lane_write(w_banks$0$lane_write),
        .read_bank(w_banks$0$read_bank),
        .chain_in(w_banks$0$chain_in),
        .chain_out(w_banks$0$chain_out),
        .word(w_banks$0$word)
    );
    top$d_banks$0 d_banks$0(
        .clock(d_banks$0$clock),
        .read_address(d_banks$0$read_address),
        .write_address(d_banks$0$write_address),
        .write_bank(d_banks$0$write_bank),
        .write_data(d_banks$0$write_data),
        .write(d_banks$0$write),
        .lane_write(d_banks$0$lane_write),
        .read_bank(d_banks$0$read_bank),
        .chain_in(d_banks$0$chain_in),
        .chain_out(d_banks$0$chain_out),
        .word(d_banks$0$word)
    );
    top$u_banks$0 u_banks$0(
        .clock(u_banks$0$clock),
        .read_address(u_banks$0$read_address),
        .write_address(u_banks$0$write_address),
        .write_bank(u_banks$0$write_bank),
        .write_data(u_banks$0$write_data),
        .write(u_banks$0$write),
        .lane_write(u_banks$0$lane_write),
        .read_bank(u_banks$0$read_bank),
        .chain_in(u_banks$0$chain_in),
        .chain_out(u_banks$0$chain_out),
        .word(u_banks$0$word)
    );
    top$rot rot(
        .d(rot$d),
        .q(rot$q),
        .clock(rot$clock)
    );
    top$lanes$0 lanes$0(
        .clock(lanes$0$clock),
        .wd(lanes$0$wd),
        .axonal(lanes$0$axonal),
        .s2_valid(lanes$0$s2_valid),
        .first(lanes$0$first),
        .s3_word(lanes$0$s3_word),
        .clear(lanes$0$clear),
        .acc(lanes$0$acc),
        .events(lanes$0$events),
        .s2_close(lanes$0$s2_close),
        .t_slot(lanes$0$t_slot),
        .buf_word(lanes$0$buf_word),
        .buf_read_address(lanes$0$buf_read_address),
        .buf_write_address(lanes$0$buf_write_address),
        .buf_write_data(lanes$0$buf_write_data),
        .buf_write(lanes$0$buf_write)
    );
    top$out_lanes$0 out_lanes$0(
        .clock(out_lanes$0$clock),
        .weight(out_lanes$0$weight),
        .s2_valid(out_lanes$0$s2_valid),
        .first(out_lanes$0$first),
        .shift(out_lanes$0$shift),
        .close(out_lanes$0$close),
        .clear(out_lanes$0$clear),
        .acc_in(out_lanes$0$acc_in),
        .acc(out_lanes$0$acc)
    );
    top$hist_lanes$0 hist_lanes$0(
        .clock(hist_lanes$0$clock),
        .read_source(hist_lanes$0$read_source),
        .write_source(hist_lanes$0$write_source),
        .write_data(hist_lanes$0$write_data),
        .h_write(hist_lanes$0$h_write),
        .a_write(hist_lanes$0$a_write),
        .a_lane(hist_lanes$0$a_lane),
        .a_data(hist_lanes$0$a_data),
        .in_write(hist_lanes$0$in_write),
        .sp_write(hist_lanes$0$sp_write),
        .sp_lanes(hist_lanes$0$sp_lanes),
        .sp_bit(hist_lanes$0$sp_bit),
        .sp_live(hist_lanes$0$sp_live),
        .sp_group(hist_lanes$0$sp_group),
        .h_chain_in(hist_lanes$0$h_chain_in),
        .a_chain_in(hist_lanes$0$a_chain_in),
        .in_chain_in(hist_lanes$0$in_chain_in),
        .sp_chain_in(hist_lanes$0$sp_chain_in),
        .h_chain_out(hist_lanes$0$h_chain_out),
        .a_chain_out(hist_lanes$0$a_chain_out),
        .h_word(hist_lanes$0$h_word),
        .a_word(hist_lanes$0$a_word),
        .in_chain_out(hist_lanes$0$in_chain_out),
        .sp_chain_out(hist_lanes$0$sp_chain_out),
        .hist_wb(hist_lanes$0$hist_wb),
        .group(hist_lanes$0$group),
        .hist_clear(hist_lanes$0$hist_clear),
        .clear_all(hist_lanes$0$clear_all),
        .clear_address(hist_lanes$0$clear_address),
        .syn(hist_lanes$0$syn),
        .act_idx(hist_lanes$0$act_idx),
        .act_count(hist_lanes$0$act_count),
        .act_chain_in(hist_lanes$0$act_chain_in),
        .act_chain_out(hist_lanes$0$act_chain_out),
        .latch(hist_lanes$0$latch),
        .events(hist_lanes$0$events),
        .start_in(hist_lanes$0$start_in),
        .start_out(hist_lanes$0$start_out),
        .span1_in(hist_lanes$0$span1_in),
        .span2_in(hist_lanes$0$span2_in),
        .span3_in(hist_lanes$0$span3_in),
        .span4_in(hist_lanes$0$span4_in),
        .span0_out(hist_lanes$0$span0_out),
        .span1_out(hist_lanes$0$span1_out),
        .span2_out(hist_lanes$0$span2_out),
        .span3_out(hist_lanes$0$span3_out)
    );
    top$pass_lanes$0 pass_lanes$0(
        .m(pass_lanes$0$m),
        .w_q(pass_lanes$0$w_q),
        .w_reg(pass_lanes$0$w_reg),
        .mw_reg(pass_lanes$0$mw_reg),
        .eta(pass_lanes$0$eta),
        .q_reg(pass_lanes$0$q_reg),
        .eps(pass_lanes$0$eps),
        .xt_reg(pass_lanes$0$xt_reg),
        .w(pass_lanes$0$w),
        .r(pass_lanes$0$r),
        .sh_w(pass_lanes$0$sh_w),
        .dec_w(pass_lanes$0$dec_w),
        .g(pass_lanes$0$g),
        .mean(pass_lanes$0$mean),
        .gm_reg(pass_lanes$0$gm_reg),
        .yw_reg(pass_lanes$0$yw_reg),
        .yd_reg(pass_lanes$0$yd_reg),
        .d(pass_lanes$0$d),
        .hi(pass_lanes$0$hi),
        .dh(pass_lanes$0$dh),
        .sh_d(pass_lanes$0$sh_d),
        .dec_d(pass_lanes$0$dec_d),
        .mw(pass_lanes$0$mw),
        .w_word(pass_lanes$0$w_word),
        .q(pass_lanes$0$q),
        .q_wide(pass_lanes$0$q_wide),
        .xt(pass_lanes$0$xt),
        .yw(pass_lanes$0$yw),
        .w_next(pass_lanes$0$w_next),
        .gm(pass_lanes$0$gm),
        .yd(pass_lanes$0$yd),
        .d_next(pass_lanes$0$d_next)
    );
    top$pass_taps$0 pass_taps$0(
        .word(pass_taps$0$word),
        .spike(pass_taps$0$spike),
        .axonal(pass_taps$0$axonal),
        .synaptic(pass_taps$0$synaptic),
        .pushed(pass_taps$0$pushed),
        .tap(pass_taps$0$tap),
        .tap_index(pass_taps$0$tap_index),
        .tap_bit(pass_taps$0$tap_bit),
        .pushed_bit(pass_taps$0$pushed_bit)
    );
    top$l_syn$0 l_syn$0(
        .d(l_syn$0$d),
        .q(l_syn$0$q),
        .clock(l_syn$0$clock)
    );
    top$l_ax$0 l_ax$0(
        .d(l_ax$0$d),
        .q(l_ax$0$q),
        .clock(l_ax$0$clock)
    );
    top$l_syn1$0 l_syn1$0(
        .d(l_syn1$0$d),
        .q(l_syn1$0$q),
        .clock(l_syn1$0$clock)
    );
    top$l_ax1$0 l_ax1$0(
        .d(l_ax1$0$d),
        .q(l_ax1$0$q),
        .clock(l_ax1$0$clock)
    );
    top$l_eps$0 l_eps$0(
        .d(l_eps$0$d),
        .q(l_eps$0$q),
        .clock(l_eps$0$clock)
    );
    top$l_w$0 l_w$0(
        .d(l_w$0$d),
        .q(l_w$0$q),
        .clock(l_w$0$clock)
    );
    top$l_g$0 l_g$0(
        .d(l_g$0$d),
        .q(l_g$0$q),
        .clock(l_g$0$clock)
    );
    top$l_g_n$0 l_g_n$0(
        .x(l_g_n$0$x),
        .y(l_g_n$0$y)
    );
    top$l_ag_n$0 l_ag_n$0(
        .x(l_ag_n$0$x),
        .y(l_ag_n$0$y)
    );
    top$l_r$0 l_r$0(
        .d(l_r$0$d),
        .q(l_r$0$q),
        .clock(l_r$0$clock)
    );
    top$l_d$0 l_d$0(
        .d(l_d$0$d),
        .q(l_d$0$q),
        .clock(l_d$0$clock)
    );
    top$l_a$0 l_a$0(
        .d(l_a$0$d),
        .q(l_a$0$q),
        .clock(l_a$0$clock)
    );
    top$l_w3$0 l_w3$0(
        .d(l_w3$0$d),
        .q(l_w3$0$q),
        .clock(l_w3$0$clock)
    );
    top$l_g3$0 l_g3$0(
        .d(l_g3$0$d),
        .q(l_g3$0$q),
        .clock(l_g3$0$clock)
    );
    top$l_r3$0 l_r3$0(
        .d(l_r3$0$d),
        .q(l_r3$0$q),
        .clock(l_r3$0$clock)
    );
    top$l_d3$0 l_d3$0(
        .d(l_d3$0$d),
        .q(l_d3$0$q),
        .clock(l_d3$0$clock)
    );
    top$l_hi3$0 l_hi3$0(
        .d(l_hi3$0$d),
        .q(l_hi3$0$q),
        .clock(l_hi3$0$clock)
    );
    top$l_xt$0 l_xt$0(
        .d(l_xt$0$d),
        .q(l_xt$0$q),
        .clock(l_xt$0$clock)
    );
    top$l_mw$0 l_mw$0(
        .d(l_mw$0$d),
        .q(l_mw$0$q),
        .clock(l_mw$0$clock)
    );
    top$l_eta$0 l_eta$0(
        .d(l_eta$0$d),
        .q(l_eta$0$q),
        .clock(l_eta$0$clock)
    );
    top$l_m l_m(
        .d(l_m$d),
        .q(l_m$q),
        .clock(l_m$clock)
    );
    top$l_yw$0 l_yw$0(
        .d(l_yw$0$d),
        .q(l_yw$0$q),
        .clock(l_yw$0$clock)
    );
    top$l_yd$0 l_yd$0(
        .d(l_yd$0$d),
        .q(l_yd$0$q),
        .clock(l_yd$0$clock)
    );
    top$l_w4$0 l_w4$0(
        .d(l_w4$0$d),
        .q(l_w4$0$q),
        .clock(l_w4$0$clock)
    );
    top$l_d4$0 l_d4$0(
        .d(l_d4$0$d),
        .q(l_d4$0$q),
        .clock(l_d4$0$clock)
    );
    top$l_hi4$0 l_hi4$0(
        .d(l_hi4$0$d),
        .q(l_hi4$0$q),
        .clock(l_hi4$0$clock)
    );
    top$l_dh4$0 l_dh4$0(
        .d(l_dh4$0$d),
        .q(l_dh4$0$q),
        .clock(l_dh4$0$clock)
    );
    top$l_acc$0 l_acc$0(
        .d(l_acc$0$d),
        .q(l_acc$0$q),
        .clock(l_acc$0$clock)
    );
    top$l_acc_n$0 l_acc_n$0(
        .x(l_acc_n$0$x),
        .y(l_acc_n$0$y)
    );
    top$l_dg_data$0 l_dg_data$0(
        .d(l_dg_data$0$d),
        .q(l_dg_data$0$q),
        .clock(l_dg_data$0$clock)
    );
    top$l_g4$0 l_g4$0(
        .d(l_g4$0$d),
        .q(l_g4$0$q),
        .clock(l_g4$0$clock)
    );
    top$l_dg_write$0 l_dg_write$0(
        .d(l_dg_write$0$d),
        .q(l_dg_write$0$q),
        .clock(l_dg_write$0$clock)
    );
    top$l_ag_write$0 l_ag_write$0(
        .d(l_ag_write$0$d),
        .q(l_ag_write$0$q),
        .clock(l_ag_write$0$clock)
    );
    top$p4_row p4_row(
        .d(p4_row$d),
        .q(p4_row$q),
        .clock(p4_row$clock)
    );
    top$row_banks row_banks(
        .d(row_banks$d),
        .q(row_banks$q),
        .clock(row_banks$clock)
    );
    top$in_syn in_syn(
        .d(in_syn$d),
        .q(in_syn$q),
        .clock(in_syn$clock)
    );
    top$wr_w wr_w(
        .d(wr_w$d),
        .q(wr_w$q),
        .clock(wr_w$clock)
    );
    top$wr_u wr_u(
        .d(wr_u$d),
        .q(wr_u$q),
        .clock(wr_u$clock)
    );
    top$wr_b wr_b(
        .d(wr_b$d),
        .q(wr_b$q),
        .clock(wr_b$clock)
    );
    top$wr_addr wr_addr(
        .d(wr_addr$d),
        .q(wr_addr$q),
        .clock(wr_addr$clock)
    );
    top$wr_rot wr_rot(
        .d(wr_rot$d),
        .q(wr_rot$q),
        .clock(wr_rot$clock)
    );
    top$wr_i wr_i(
        .d(wr_i$d),
        .q(wr_i$q),
        .clock(wr_i$clock)
    );
    top$b_y b_y(
        .d(b_y$d),
        .q(b_y$q),
        .clock(b_y$clock)
    );
    top$in_pass2 in_pass2(
        .d(in_pass2$d),
        .q(in_pass2$q),
        .clock(in_pass2$clock)
    );
    top$in_axon in_axon(
        .d(in_axon$d),
        .q(in_axon$q),
        .clock(in_axon$clock)
    );
    top$in_rupd in_rupd(
        .d(in_rupd$d),
        .q(in_rupd$q),
        .clock(in_rupd$clock)
    );
    top$streams$0 streams$0(
        .d(streams$0$d),
        .q(streams$0$q),
        .clock(streams$0$clock)
    );
    top$streams$1 streams$1(
        .d(streams$1$d),
        .q(streams$1$q),
        .clock(streams$1$clock)
    );
    top$streams$2 streams$2(
        .d(streams$2$d),
        .q(streams$2$q),
        .clock(streams$2$clock)
    );
    top$streams$3 streams$3(
        .d(streams$3$d),
        .q(streams$3$q),
        .clock(streams$3$clock)
    );
    top$streams$4 streams$4(
        .d(streams$4$d),
        .q(streams$4$q),
        .clock(streams$4$clock)
    );
    top$streams$5 streams$5(
        .d(streams$5$d),
        .q(streams$5$q),
        .clock(streams$5$clock)
    );
    top$streams$6 streams$6(
        .d(streams$6$d),
        .q(streams$6$q),
        .clock(streams$6$clock)
    );
    top$streams$7 streams$7(
        .d(streams$7$d),
        .q(streams$7$q),
        .clock(streams$7$clock)
    );
    top$streams$8 streams$8(
        .d(streams$8$d),
        .q(streams$8$q),
        .clock(streams$8$clock)
    );
    top$streams$9 streams$9(
        .d(streams$9$d),
        .q(streams$9$q),
        .clock(streams$9$clock)
    );
    top$streams$10 streams$10(
        .d(streams$10$d),
        .q(streams$10$q),
        .clock(streams$10$clock)
    );
    top$streams$11 streams$11(
        .d(streams$11$d),
        .q(streams$11$q),
        .clock(streams$11$clock)
    );
    top$streams$12 streams$12(
        .d(streams$12$d),
        .q(streams$12$q),
        .clock(streams$12$clock)
    );
    top$streams$13 streams$13(
        .d(streams$13$d),
        .q(streams$13$q),
        .clock(streams$13$clock)
    );
    top$streams$14 streams$14(
        .d(streams$14$d),
        .q(streams$14$q),
        .clock(streams$14$clock)
    );
    top$streams$15 streams$15(
        .d(streams$15$d),
        .q(streams$15$q),
        .clock(streams$15$clock)
    );
    top$seed_word seed_word(
        .d(seed_word$d),
        .q(seed_word$q),
        .clock(seed_word$clock)
    );
    top$seed_hit seed_hit(
        .d(seed_hit$d),
        .q(seed_hit$q),
        .clock(seed_hit$clock)
    );
    top$stream_next$0 stream_next$0(
        .x(stream_next$0$x),
        .drawn(stream_next$0$drawn)
    );
    top$stream_next$1 stream_next$1(
        .x(stream_next$1$x),
        .drawn(stream_next$1$drawn)
    );
    top$stream_next$2 stream_next$2(
        .x(stream_next$2$x),
        .drawn(stream_next$2$drawn)
    );
    top$stream_next$3 stream_next$3(
        .x(stream_next$3$x),
        .drawn(stream_next$3$drawn)
    );
    top$stream_next$4 stream_next$4(
        .x(stream_next$4$x),
        .drawn(stream_next$4$drawn)
    );
    top$stream_next$5 stream_next$5(
        .x(stream_next$5$x),
        .drawn(stream_next$5$drawn)
    );
    top$stream_next$6 stream_next$6(
        .x(stream_next$6$x),
        .drawn(stream_next$6$drawn)
    );
    top$stream_next$7 stream_next$7(
        .x(stream_next$7$x),
        .drawn(stream_next$7$drawn)
    );
    top$stream_next$8 stream_next$8(
        .x(stream_next$8$x),
        .drawn(stream_next$8$drawn)
    );
    top$stream_next$9 stream_next$9(
        .x(stream_next$9$x),
        .drawn(stream_next$9$drawn)
    );
    top$stream_next$10 stream_next$10(
        .x(stream_next$10$x),
        .drawn(stream_next$10$drawn)
    );
    top$stream_next$11 stream_next$11(
        .x(stream_next$11$x),
        .drawn(stream_next$11$drawn)
    );
    top$stream_next$12 stream_next$12(
        .x(stream_next$12$x),
        .drawn(stream_next$12$drawn)
    );
    top$stream_next$13 stream_next$13(
        .x(stream_next$13$x),
        .drawn(stream_next$13$drawn)
    );
    top$stream_next$14 stream_next$14(
        .x(stream_next$14$x),
        .drawn(stream_next$14$drawn)
    );
    top$stream_next$15 stream_next$15(
        .x(stream_next$15$x),
        .drawn(stream_next$15$drawn)
    );
    top$out_leak out_leak(
        .x(out_leak$x),
        .add(out_leak$add),
        .y(out_leak$y)
    );
    top$out out(
        .leaked(out$leaked),
        .sum(out$sum),
        .y_next(out$y_next)
    );
    top$traces$0 traces$0(
        .word(traces$0$word),
        .ahead(traces$0$ahead),
        .eta_older(traces$0$eta_older),
        .eps_prev(traces$0$eps_prev),
        .eta_p_reg(traces$0$eta_p_reg),
        .eps_p_reg(traces$0$eps_p_reg),
        .k_reg(traces$0$k_reg),
        .spike_reg(traces$0$spike_reg),
        .eta_p(traces$0$eta_p),
        .eps_p(traces$0$eps_p),
        .k(traces$0$k),
        .spike(traces$0$spike),
        .eta_next(traces$0$eta_next),
        .eps_next(traces$0$eps_next)
    );
    top$learn learn(
        .x(learn$x),
        .trace(learn$trace),
        .xt_reg(learn$xt_reg),
        .w(learn$w),
        .r_w(learn$r_w),
        .sh_w(learn$sh_w),
        .dec_w(learn$dec_w),
        .y_reg(learn$y_reg),
        .y_gap(learn$y_gap),
        .recip(learn$recip),
        .p_reg(learn$p_reg),
        .xt(learn$xt),
        .y(learn$y),
        .w_next(learn$w_next),
        .p(learn$p),
        .pi(learn$pi)
    );
    top$mean_q mean_q(
        .total(mean_q$total),
        .lo_reg(mean_q$lo_reg),
        .hi_reg(mean_q$hi_reg),
        .lo(mean_q$lo),
        .hi(mean_q$hi),
        .mean(mean_q$mean)
    );
    top$mean_g mean_g(
        .total(mean_g$total),
        .lo_reg(mean_g$lo_reg),
        .hi_reg(mean_g$hi_reg),
        .lo(mean_g$lo),
        .hi(mean_g$hi),
        .mean(mean_g$mean)
    );
    top$mean_q_lo mean_q_lo(
        .d(mean_q_lo$d),
        .q(mean_q_lo$q),
        .clock(mean_q_lo$clock)
    );
    top$mean_q_hi mean_q_hi(
        .d(mean_q_hi$d),
        .q(mean_q_hi$q),
        .clock(mean_q_hi$clock)
    );
    top$mean_g_lo mean_g_lo(
        .d(mean_g_lo$d),
        .q(mean_g_lo$q),
        .clock(mean_g_lo$clock)
    );
    top$mean_g_hi mean_g_hi(
        .d(mean_g_hi$d),
        .q(mean_g_hi$q),
        .clock(mean_g_hi$clock)
    );
    top$mean_g_reg mean_g_reg(
        .d(mean_g_reg$d),
        .q(mean_g_reg$q),
        .clock(mean_g_reg$clock)
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
    top$rsp_sel rsp_sel(
        .d(rsp_sel$d),
        .q(rsp_sel$q),
        .clock(rsp_sel$clock)
    );
    top$rsp_part$0 rsp_part$0(
        .d(rsp_part$0$d),
        .q(rsp_part$0$q),
        .clock(rsp_part$0$clock)
    );
    top$rsp_part$1 rsp_part$1(
        .d(rsp_part$1$d),
        .q(rsp_part$1$q),
        .clock(rsp_part$1$clock)
    );
    top$rsp_part$2 rsp_part$2(
        .d(rsp_part$2$d),
        .q(rsp_part$2$q),
        .clock(rsp_part$2$clock)
    );
    top$rsp_part$3 rsp_part$3(
        .d(rsp_part$3$d),
        .q(rsp_part$3$q),
        .clock(rsp_part$3$clock)
    );
    top$rsp_part$4 rsp_part$4(
        .d(rsp_part$4$d),
        .q(rsp_part$4$q),
        .clock(rsp_part$4$clock)
    );
    top$rsp_v2 rsp_v2(
        .d(rsp_v2$d),
        .q(rsp_v2$q),
        .clock(rsp_v2$clock)
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
    top$fifo_base fifo_base(
        .d(fifo_base$d),
        .q(fifo_base$q),
        .clock(fifo_base$clock)
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
    top$s3_word s3_word(
        .d(s3_word$d),
        .q(s3_word$q),
        .clock(s3_word$clock)
    );
    top$learn_on learn_on(
        .d(learn_on$d),
        .q(learn_on$q),
        .clock(learn_on$clock)
    );
    top$label label(
        .d(label$d),
        .q(label$q),
        .clock(label$clock)
    );
    top$sup_start sup_start(
        .d(sup_start$d),
        .q(sup_start$q),
        .clock(sup_start$clock)
    );
    top$supervised supervised(
        .d(supervised$d),
        .q(supervised$q),
        .clock(supervised$clock)
    );
    top$flags flags(
        .d(flags$d),
        .q(flags$q),
        .clock(flags$clock)
    );
    top$shifts shifts(
        .d(shifts$d),
        .q(shifts$q),
        .clock(shifts$clock)
    );
    top$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    top$n_m n_m(
        .d(n_m$d),
        .q(n_m$q),
        .clock(n_m$clock)
    );
    top$ymax ymax(
        .d(ymax$d),
        .q(ymax$q),
        .clock(ymax$clock)
    );
    top$psum psum(
        .d(psum$d),
        .q(psum$q),
        .clock(psum$clock)
    );
    top$recip recip(
        .d(recip$d),
        .q(recip$q),
        .clock(recip$clock)
    );
    top$rem rem(
        .d(rem$d),
        .q(rem$q),
        .clock(rem$clock)
    );
    top$total_g total_g(
        .d(total_g$d),
        .q(total_g$q),
        .clock(total_g$clock)
    );
    top$mean mean(
        .d(mean$d),
        .q(mean$q),
        .clock(mean$clock)
    );
    top$m_cur m_cur(
        .d(m_cur$d),
        .q(m_cur$q),
        .clock(m_cur$clock)
    );
    top$pf_eps$0 pf_eps$0(
        .d(pf_eps$0$d),
        .q(pf_eps$0$q),
        .clock(pf_eps$0$clock)
    );
    top$hist_reg$0 hist_reg$0(
        .d(hist_reg$0$d),
        .q(hist_reg$0$q),
        .clock(hist_reg$0$clock)
    );
    top$hist_alt$0 hist_alt$0(
        .d(hist_alt$0$d),
        .q(hist_alt$0$q),
        .clock(hist_alt$0$clock)
    );
    top$eta_fwd$0 eta_fwd$0(
        .d(eta_fwd$0$d),
        .q(eta_fwd$0$q),
        .clock(eta_fwd$0$clock)
    );
    top$t_eta_p$0 t_eta_p$0(
        .d(t_eta_p$0$d),
        .q(t_eta_p$0$q),
        .clock(t_eta_p$0$clock)
    );
    top$t_eps_p$0 t_eps_p$0(
        .d(t_eps_p$0$d),
        .q(t_eps_p$0$q),
        .clock(t_eps_p$0$clock)
    );
    top$t_k$0 t_k$0(
        .d(t_k$0$d),
        .q(t_k$0$q),
        .clock(t_k$0$clock)
    );
    top$t_spike$0 t_spike$0(
        .d(t_spike$0$d),
        .q(t_spike$0$q),
        .clock(t_spike$0$clock)
    );
    top$tpar tpar(
        .d(tpar$d),
        .q(tpar$q),
        .clock(tpar$clock)
    );
    top$t2_v t2_v(
        .d(t2_v$d),
        .q(t2_v$q),
        .clock(t2_v$clock)
    );
    top$t2_last t2_last(
        .d(t2_last$d),
        .q(t2_last$q),
        .clock(t2_last$clock)
    );
    top$t2_eps_addr t2_eps_addr(
        .d(t2_eps_addr$d),
        .q(t2_eps_addr$q),
        .clock(t2_eps_addr$clock)
    );
    top$t2_eta_addr t2_eta_addr(
        .d(t2_eta_addr$d),
        .q(t2_eta_addr$q),
        .clock(t2_eta_addr$clock)
    );
    top$tw_eps$0 tw_eps$0(
        .d(tw_eps$0$d),
        .q(tw_eps$0$q),
        .clock(tw_eps$0$clock)
    );
    top$tw_eta$0 tw_eta$0(
        .d(tw_eta$0$d),
        .q(tw_eta$0$q),
        .clock(tw_eta$0$clock)
    );
    top$l_v2$0 l_v2$0(
        .d(l_v2$0$d),
        .q(l_v2$0$q),
        .clock(l_v2$0$clock)
    );
    top$l_v2r$0 l_v2r$0(
        .d(l_v2r$0$d),
        .q(l_v2r$0$q),
        .clock(l_v2r$0$clock)
    );
    top$tw_v tw_v(
        .d(tw_v$d),
        .q(tw_v$q),
        .clock(tw_v$clock)
    );
    top$tw_last tw_last(
        .d(tw_last$d),
        .q(tw_last$q),
        .clock(tw_last$clock)
    );
    top$tw_eps_addr tw_eps_addr(
        .d(tw_eps_addr$d),
        .q(tw_eps_addr$q),
        .clock(tw_eps_addr$clock)
    );
    top$tw_eta_addr tw_eta_addr(
        .d(tw_eta_addr$d),
        .q(tw_eta_addr$q),
        .clock(tw_eta_addr$clock)
    );
    top$err_p err_p(
        .d(err_p$d),
        .q(err_p$q),
        .clock(err_p$clock)
    );
    top$err_v err_v(
        .d(err_v$d),
        .q(err_v$q),
        .clock(err_v$clock)
    );
    top$err_word err_word(
        .d(err_word$d),
        .q(err_word$q),
        .clock(err_word$clock)
    );
    top$s_b$0 s_b$0(
        .d(s_b$0$d),
        .q(s_b$0$q),
        .clock(s_b$0$clock)
    );
    top$s_e s_e(
        .d(s_e$d),
        .q(s_e$q),
        .clock(s_e$clock)
    );
    top$s_prod$0 s_prod$0(
        .d(s_prod$0$d),
        .q(s_prod$0$q),
        .clock(s_prod$0$clock)
    );
    top$s_psi$0 s_psi$0(
        .d(s_psi$0$d),
        .q(s_psi$0$q),
        .clock(s_psi$0$clock)
    );
    top$sb_v sb_v(
        .d(sb_v$d),
        .q(sb_v$q),
        .clock(sb_v$clock)
    );
    top$sb_last sb_last(
        .d(sb_last$d),
        .q(sb_last$q),
        .clock(sb_last$clock)
    );
    top$sg_v sg_v(
        .d(sg_v$d),
        .q(sg_v$q),
        .clock(sg_v$clock)
    );
    top$sg_last sg_last(
        .d(sg_last$d),
        .q(sg_last$q),
        .clock(sg_last$clock)
    );
    top$sg_psi$0 sg_psi$0(
        .d(sg_psi$0$d),
        .q(sg_psi$0$q),
        .clock(sg_psi$0$clock)
    );
    top$sg_rot sg_rot(
        .d(sg_rot$d),
        .q(sg_rot$q),
        .clock(sg_rot$clock)
    );
    top$sg_i sg_i(
        .d(sg_i$d),
        .q(sg_i$q),
        .clock(sg_i$clock)
    );
    top$sm_lp$0 sm_lp$0(
        .d(sm_lp$0$d),
        .q(sm_lp$0$q),
        .clock(sm_lp$0$clock)
    );
    top$sm_sat$0 sm_sat$0(
        .d(sm_sat$0$d),
        .q(sm_sat$0$q),
        .clock(sm_sat$0$clock)
    );
    top$sm_blp$0 sm_blp$0(
        .d(sm_blp$0$d),
        .q(sm_blp$0$q),
        .clock(sm_blp$0$clock)
    );
    top$sm_last sm_last(
        .d(sm_last$d),
        .q(sm_last$q),
        .clock(sm_last$clock)
    );
    top$sm_i sm_i(
        .d(sm_i$d),
        .q(sm_i$q),
        .clock(sm_i$clock)
    );
    top$sm_lv$0 sm_lv$0(
        .d(sm_lv$0$d),
        .q(sm_lv$0$q),
        .clock(sm_lv$0$clock)
    );
    top$q1_m q1_m(
        .d(q1_m$d),
        .q(q1_m$q),
        .clock(q1_m$clock)
    );
    top$q1_ahead q1_ahead(
        .d(q1_ahead$d),
        .q(q1_ahead$q),
        .clock(q1_ahead$clock)
    );
    top$q1_bias q1_bias(
        .d(q1_bias$d),
        .q(q1_bias$q),
        .clock(q1_bias$clock)
    );
    top$u1_v u1_v(
        .d(u1_v$d),
        .q(u1_v$q),
        .clock(u1_v$clock)
    );
    top$u1_i u1_i(
        .d(u1_i$d),
        .q(u1_i$q),
        .clock(u1_i$clock)
    );
    top$u2_v u2_v(
        .d(u2_v$d),
        .q(u2_v$q),
        .clock(u2_v$clock)
    );
    top$u2_i u2_i(
        .d(u2_i$d),
        .q(u2_i$q),
        .clock(u2_i$clock)
    );
    top$o3_v o3_v(
        .d(o3_v$d),
        .q(o3_v$q),
        .clock(o3_v$clock)
    );
    top$o3_i o3_i(
        .d(o3_i$d),
        .q(o3_i$q),
        .clock(o3_i$clock)
    );
    top$o3_y o3_y(
        .d(o3_y$d),
        .q(o3_y$q),
        .clock(o3_y$clock)
    );
    top$o3_sum o3_sum(
        .d(o3_sum$d),
        .q(o3_sum$q),
        .clock(o3_sum$clock)
    );
    top$o4_v o4_v(
        .d(o4_v$d),
        .q(o4_v$q),
        .clock(o4_v$clock)
    );
    top$o4_i o4_i(
        .d(o4_i$d),
        .q(o4_i$q),
        .clock(o4_i$clock)
    );
    top$o4_y o4_y(
        .d(o4_y$d),
        .q(o4_y$q),
        .clock(o4_y$clock)
    );
    top$p3_v p3_v(
        .d(p3_v$d),
        .q(p3_v$q),
        .clock(p3_v$clock)
    );
    top$p3_i p3_i(
        .d(p3_i$d),
        .q(p3_i$q),
        .clock(p3_i$clock)
    );
    top$xt_reg xt_reg(
        .d(xt_reg$d),
        .q(xt_reg$q),
        .clock(xt_reg$clock)
    );
    top$rupd_v rupd_v(
        .d(rupd_v$d),
        .q(rupd_v$q),
        .clock(rupd_v$clock)
    );
    top$rupd_bias rupd_bias(
        .d(rupd_bias$d),
        .q(rupd_bias$q),
        .clock(rupd_bias$clock)
    );
    top$rupd_i rupd_i(
        .d(rupd_i$d),
        .q(rupd_i$q),
        .clock(rupd_i$clock)
    );
    top$ax3_v ax3_v(
        .d(ax3_v$d),
        .q(ax3_v$q),
        .clock(ax3_v$clock)
    );
    top$ax3_i ax3_i(
        .d(ax3_i$d),
        .q(ax3_i$q),
        .clock(ax3_i$clock)
    );
    top$q1_ub q1_ub(
        .d(q1_ub$d),
        .q(q1_ub$q),
        .clock(q1_ub$clock)
    );
    top$rupd_ub rupd_ub(
        .d(rupd_ub$d),
        .q(rupd_ub$q),
        .clock(rupd_ub$clock)
    );
    top$sh_w sh_w(
        .d(sh_w$d),
        .q(sh_w$q),
        .clock(sh_w$clock)
    );
    top$sh_d sh_d(
        .d(sh_d$d),
        .q(sh_d$q),
        .clock(sh_d$clock)
    );
    top$sh_decode$0 sh_decode$0(
        .shift(sh_decode$0$shift),
        .dec(sh_decode$0$dec)
    );
    top$sh_decode$1 sh_decode$1(
        .shift(sh_decode$1$shift),
        .dec(sh_decode$1$dec)
    );
    top$sh_dec$0 sh_dec$0(
        .d(sh_dec$0$d),
        .q(sh_dec$0$q),
        .clock(sh_dec$0$clock)
    );
    top$sh_dec$1 sh_dec$1(
        .d(sh_dec$1$d),
        .q(sh_dec$1$q),
        .clock(sh_dec$1$clock)
    );
    top$q2_s q2_s(
        .d(q2_s$d),
        .q(q2_s$q),
        .clock(q2_s$clock)
    );
    top$w_reg w_reg(
        .d(w_reg$d),
        .q(w_reg$q),
        .clock(w_reg$clock)
    );
    top$r_reg r_reg(
        .d(r_reg$d),
        .q(r_reg$q),
        .clock(r_reg$clock)
    );
    top$aux aux(
        .d(aux$d),
        .q(aux$q),
        .clock(aux$clock)
    );
    top$i_n i_n(
        .x(i_n$x),
        .y(i_n$y)
    );
    top$idx_n idx_n(
        .x(idx_n$x),
        .y(idx_n$y)
    );
    top$base_n base_n(
        .x(base_n$x),
        .y(base_n$y)
    );
    top$aux_n aux_n(
        .x(aux_n$x),
        .y(aux_n$y)
    );
    top$n_act_n n_act_n(
        .x(n_act_n$x),
        .y(n_act_n$y)
    );
    top$n_spk_n n_spk_n(
        .x(n_spk_n$x),
        .y(n_spk_n$y)
    );
    top$q1_i_n q1_i_n(
        .x(q1_i_n$x),
        .y(q1_i_n$y)
    );
    top$q1_base_n q1_base_n(
        .x(q1_base_n$x),
        .y(q1_base_n$y)
    );
    top$q2_i_n q2_i_n(
        .x(q2_i_n$x),
        .y(q2_i_n$y)
    );
    top$u1_i_n u1_i_n(
        .x(u1_i_n$x),
        .y(u1_i_n$y)
    );
    top$u2_i_n u2_i_n(
        .x(u2_i_n$x),
        .y(u2_i_n$y)
    );
    top$o3_i_n o3_i_n(
        .x(o3_i_n$x),
        .y(o3_i_n$y)
    );
    top$o3_y_n o3_y_n(
        .x(o3_y_n$x),
        .y(o3_y_n$y)
    );
    top$o3_sum_n o3_sum_n(
        .x(o3_sum_n$x),
        .y(o3_sum_n$y)
    );
    top$o4_i_n o4_i_n(
        .x(o4_i_n$x),
        .y(o4_i_n$y)
    );
    top$o4_y_n o4_y_n(
        .x(o4_y_n$x),
        .y(o4_y_n$y)
    );
    top$dacc_n dacc_n(
        .x(dacc_n$x),
        .y(dacc_n$y)
    );
    top$o4_sum_n o4_sum_n(
        .x(o4_sum_n$x),
        .y(o4_sum_n$y)
    );
    top$p3_i_n p3_i_n(
        .x(p3_i_n$x),
        .y(p3_i_n$y)
    );
    top$xt_reg_n xt_reg_n(
        .x(xt_reg_n$x),
        .y(xt_reg_n$y)
    );
    top$rupd_i_n rupd_i_n(
        .x(rupd_i_n$x),
        .y(rupd_i_n$y)
    );
    top$q2_s_n q2_s_n(
        .x(q2_s_n$x),
        .y(q2_s_n$y)
    );
    top$n_m_n n_m_n(
        .x(n_m_n$x),
        .y(n_m_n$y)
    );
    top$ymax_n ymax_n(
        .x(ymax_n$x),
        .y(ymax_n$y)
    );
    top$mean_n mean_n(
        .x(mean_n$x),
        .y(mean_n$y)
    );
    top$m_cur_n m_cur_n(
        .x(m_cur_n$x),
        .y(m_cur_n$y)
    );
    top$psum_n psum_n(
        .x(psum_n$x),
        .y(psum_n$y)
    );
    top$rem_n rem_n(
        .x(rem_n$x),
        .y(rem_n$y)
    );
    top$recip_n recip_n(
        .x(recip_n$x),
        .y(recip_n$y)
    );
    top$total_g_n total_g_n(
        .x(total_g_n$x),
        .y(total_g_n$y)
    );
    top$bext bext(
        .x(bext$x),
        .y(bext$y)
    );
    top$m_ext m_ext(
        .x(m_ext$x),
        .y(m_ext$y)
    );
    top$m_fresh m_fresh(
        .d(m_fresh$d),
        .q(m_fresh$q),
        .clock(m_fresh$clock)
    );
    top$m_pend m_pend(
        .d(m_pend$d),
        .q(m_pend$q),
        .clock(m_pend$clock)
    );
    top$e_ext e_ext(
        .x(e_ext$x),
        .y(e_ext$y)
    );
    top$y_ext y_ext(
        .x(y_ext$x),
        .y(y_ext$y)
    );
    top$o4_cs_diff_n o4_cs_diff_n(
        .x(o4_cs_diff_n$x),
        .y(o4_cs_diff_n$y)
    );
    top$shape shape(
        .n_in(shape$n_in),
        .channel_high(shape$channel_high),
        .channel_low(shape$channel_low),
        .n_src(shape$n_src),
        .n_groups(shape$n_groups),
        .hid_groups(shape$hid_groups),
        .n_hid(shape$n_hid),
        .lane_mask(shape$lane_mask),
        .lane_bits(shape$lane_bits),
        .n_out(shape$n_out),
        .depth(shape$depth),
        .depth_mask(shape$depth_mask),
        .depth_bits(shape$depth_bits),
        .radius(shape$radius),
        .n_clear_mem(shape$n_clear_mem),
        .n_fifo(shape$n_fifo),
        .n_buf(shape$n_buf),
        .delay_max(shape$delay_max),
        .prob_one(shape$prob_one),
        .msb(shape$msb),
        .has_axonal(shape$has_axonal),
        .has_synaptic(shape$has_synaptic),
        .has_learning(shape$has_learning),
        .has_event_pass(shape$has_event_pass),
        .random_fb(shape$random_fb)
    );
    top$map map(
        .r_weights(map$r_weights),
        .r_synaptic_delays(map$r_synaptic_delays),
        .r_axonal_delays(map$r_axonal_delays),
        .r_readout_weights(map$r_readout_weights),
        .r_readout_biases(map$r_readout_biases),
        .r_feedback_weights(map$r_feedback_weights),
        .r_spike_history(map$r_spike_history),
        .r_membranes(map$r_membranes),
        .r_spikes(map$r_spikes),
        .r_readout(map$r_readout),
        .r_decision_sums(map$r_decision_sums),
        .r_input_spikes(map$r_input_spikes),
        .r_active_sources(map$r_active_sources),
        .r_spike_list(map$r_spike_list),
        .r_readout_traces(map$r_readout_traces),
        .r_psi(map$r_psi),
        .r_eps_trace_fifo(map$r_eps_trace_fifo),
        .r_eta_trace_fifo(map$r_eta_trace_fifo),
        .r_output_errors(map$r_output_errors),
        .r_modulated_signals(map$r_modulated_signals),
        .r_delay_gradients(map$r_delay_gradients),
        .r_axonal_gradients(map$r_axonal_gradients),
        .r_current_buffer(map$r_current_buffer),
        .r_lfsr(map$r_lfsr),
        .r_registers(map$r_registers),
        .reg_learn(map$reg_learn),
        .reg_label(map$reg_label),
        .reg_sup_start(map$reg_sup_start),
        .reg_flags(map$reg_flags),
        .reg_shifts(map$reg_shifts),
        .reg_head(map$reg_head),
        .reg_modulated(map$reg_modulated),
        .reg_budget(map$reg_budget),
        .reg_active(map$reg_active),
        .reg_spikes(map$reg_spikes),
        .reg_step(map$reg_step),
        .reg_bad_spike(map$reg_bad_spike),
        .reg_id(map$reg_id),
        .op_write(map$op_write),
        .op_read(map$op_read),
        .op_spike(map$op_spike),
        .op_step(map$op_step),
        .op_clear(map$op_clear),
        .id_magic(map$id_magic)
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
        rsp_sel$clock = clock;
        rsp_reg$clock = clock;
        i$clock = clock;
        idx$clock = clock;
        base$clock = clock;
        n_act$clock = clock;
        n_spk$clock = clock;
        q1_v$clock = clock;
        q1_last$clock = clock;
        q1_i$clock = clock;
        q1_base$clock = clock;
        fifo_base$clock = clock;
        q2_v$clock = clock;
        q2_last$clock = clock;
        q2_i$clock = clock;
        q1_close$clock = clock;
        q2_close$clock = clock;
        s3_word$clock = clock;
        learn_on$clock = clock;
        label$clock = clock;
        sup_start$clock = clock;
        supervised$clock = clock;
        flags$clock = clock;
        shifts$clock = clock;
        head$clock = clock;
        n_m$clock = clock;
        ymax$clock = clock;
        psum$clock = clock;
        recip$clock = clock;
        rem$clock = clock;
        total_g$clock = clock;
        mean$clock = clock;
        m_cur$clock = clock;
        seed_word$clock = clock;
        seed_hit$clock = clock;
        l_m$clock = clock;
        q1_m$clock = clock;
        q1_bias$clock = clock;
        u1_v$clock = clock;
        u1_i$clock = clock;
        u2_v$clock = clock;
        u2_i$clock = clock;
        o3_v$clock = clock;
        o3_i$clock = clock;
        o3_y$clock = clock;
        o3_sum$clock = clock;
        o4_v$clock = clock;
        o4_i$clock = clock;
        o4_y$clock = clock;
        p3_v$clock = clock;
        p3_i$clock = clock;
        xt_reg$clock = clock;
        rupd_v$clock = clock;
        rupd_bias$clock = clock;
        rupd_i$clock = clock;
        sh_w$clock = clock;
        sh_d$clock = clock;
        q2_s$clock = clock;
        w_reg$clock = clock;
        r_reg$clock = clock;
        aux$clock = clock;
        q1_ub$clock = clock;
        rupd_ub$clock = clock;
        ax3_v$clock = clock;
        ax3_i$clock = clock;
        rot$clock = clock;
        m_fresh$clock = clock;
        m_pend$clock = clock;
        q1_ahead$clock = clock;
        wr_w$clock = clock;
        wr_u$clock = clock;
        wr_b$clock = clock;
        wr_addr$clock = clock;
        wr_rot$clock = clock;
        wr_i$clock = clock;
        b_y$clock = clock;
        nm_pend$clock = clock;
        tpar$clock = clock;
        t2_v$clock = clock;
        t2_last$clock = clock;
        t2_eps_addr$clock = clock;
        t2_eta_addr$clock = clock;
        tw_v$clock = clock;
        tw_last$clock = clock;
        tw_eps_addr$clock = clock;
        tw_eta_addr$clock = clock;
        p4_row$clock = clock;
        err_p$clock = clock;
        err_v$clock = clock;
        err_word$clock = clock;
        s_e$clock = clock;
        sb_v$clock = clock;
        sb_last$clock = clock;
        sg_v$clock = clock;
        sg_last$clock = clock;
        sg_rot$clock = clock;
        sg_i$clock = clock;
        sm_last$clock = clock;
        sm_i$clock = clock;
        in_pass2$clock = clock;
        in_axon$clock = clock;
        in_rupd$clock = clock;
        row_banks$clock = clock;
        in_syn$clock = clock;
        mean_q_lo$clock = clock;
        mean_q_hi$clock = clock;
        mean_g_lo$clock = clock;
        mean_g_hi$clock = clock;
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
        rsp_sel$d = rsp_sel$q;
        rsp_reg$d = rsp_reg$q;
        i$d = i$q;
        idx$d = idx$q;
        base$d = base$q;
        n_act$d = n_act$q;
        n_spk$d = n_spk$q;
        q1_v$d = q1_v$q;
        q1_last$d = q1_last$q;
        q1_i$d = q1_i$q;
        q1_base$d = q1_base$q;
        fifo_base$d = fifo_base$q;
        q2_v$d = q2_v$q;
        q2_last$d = q2_last$q;
        q2_i$d = q2_i$q;
        q1_close$d = q1_close$q;
        q2_close$d = q2_close$q;
        s3_word$d = s3_word$q;
        learn_on$d = learn_on$q;
        label$d = label$q;
        sup_start$d = sup_start$q;
        supervised$d = supervised$q;
        flags$d = flags$q;
        shifts$d = shifts$q;
        head$d = head$q;
        n_m$d = n_m$q;
        ymax$d = ymax$q;
        psum$d = psum$q;
        recip$d = recip$q;
        rem$d = rem$q;
        total_g$d = total_g$q;
        mean$d = mean$q;
        m_cur$d = m_cur$q;
        seed_word$d = seed_word$q;
        seed_hit$d = seed_hit$q;
        l_m$d = l_m$q;
        q1_m$d = q1_m$q;
        q1_bias$d = q1_bias$q;
        u1_v$d = u1_v$q;
        u1_i$d = u1_i$q;
        u2_v$d = u2_v$q;
        u2_i$d = u2_i$q;
        o3_v$d = o3_v$q;
        o3_i$d = o3_i$q;
        o3_y$d = o3_y$q;
        o3_sum$d = o3_sum$q;
        o4_v$d = o4_v$q;
        o4_i$d = o4_i$q;
        o4_y$d = o4_y$q;
        p3_v$d = p3_v$q;
        p3_i$d = p3_i$q;
        xt_reg$d = xt_reg$q;
        rupd_v$d = rupd_v$q;
        rupd_bias$d = rupd_bias$q;
        rupd_i$d = rupd_i$q;
        sh_w$d = sh_w$q;
        sh_d$d = sh_d$q;
        q2_s$d = q2_s$q;
        w_reg$d = w_reg$q;
        r_reg$d = r_reg$q;
        aux$d = aux$q;
        q1_ub$d = q1_ub$q;
        rupd_ub$d = rupd_ub$q;
        ax3_v$d = ax3_v$q;
        ax3_i$d = ax3_i$q;
        rot$d = rot$q;
        m_fresh$d = m_fresh$q;
        m_pend$d = m_pend$q;
        q1_ahead$d = q1_ahead$q;
        wr_w$d = wr_w$q;
        wr_u$d = wr_u$q;
        wr_b$d = wr_b$q;
        wr_addr$d = wr_addr$q;
        wr_rot$d = wr_rot$q;
        wr_i$d = wr_i$q;
        b_y$d = b_y$q;
        nm_pend$d = nm_pend$q;
        tpar$d = tpar$q;
        t2_v$d = t2_v$q;
        t2_last$d = t2_last$q;
        t2_eps_addr$d = t2_eps_addr$q;
        t2_eta_addr$d = t2_eta_addr$q;
        tw_v$d = tw_v$q;
        tw_last$d = tw_last$q;
        tw_eps_addr$d = tw_eps_addr$q;
        tw_eta_addr$d = tw_eta_addr$q;
        p4_row$d = p4_row$q;
        err_p$d = err_p$q;
        err_v$d = err_v$q;
        err_word$d = err_word$q;
        s_e$d = s_e$q;
        sb_v$d = sb_v$q;
        sb_last$d = sb_last$q;
        sg_v$d = sg_v$q;
        sg_last$d = sg_last$q;
        sg_rot$d = sg_rot$q;
        sg_i$d = sg_i$q;
        sm_last$d = sm_last$q;
        sm_i$d = sm_i$q;
        in_pass2$d = in_pass2$q;
        in_axon$d = in_axon$q;
        in_rupd$d = in_rupd$q;
        row_banks$d = row_banks$q;
        in_syn$d = in_syn$q;
        mean_q_lo$d = mean_q_lo$q;
        mean_q_hi$d = mean_q_hi$q;
        mean_g_lo$d = mean_g_lo$q;
        mean_g_hi$d = mean_g_hi$q;
        l_syn$0$clock = clock;
        l_ax$0$clock = clock;
        l_syn1$0$clock = clock;
        l_ax1$0$clock = clock;
        l_eps$0$clock = clock;
        l_w$0$clock = clock;
        l_g$0$clock = clock;
        l_r$0$clock = clock;
        l_d$0$clock = clock;
        l_a$0$clock = clock;
        l_w3$0$clock = clock;
        l_g3$0$clock = clock;
        l_r3$0$clock = clock;
        l_d3$0$clock = clock;
        l_hi3$0$clock = clock;
        l_xt$0$clock = clock;
        l_mw$0$clock = clock;
        l_eta$0$clock = clock;
        l_yw$0$clock = clock;
        l_yd$0$clock = clock;
        l_w4$0$clock = clock;
        l_d4$0$clock = clock;
        l_hi4$0$clock = clock;
        l_dh4$0$clock = clock;
        l_acc$0$clock = clock;
        pf_eps$0$clock = clock;
        hist_reg$0$clock = clock;
        eta_fwd$0$clock = clock;
        hist_alt$0$clock = clock;
        t_eta_p$0$clock = clock;
        t_eps_p$0$clock = clock;
        t_k$0$clock = clock;
        t_spike$0$clock = clock;
        l_v2r$0$clock = clock;
        tw_eps$0$clock = clock;
        l_dg_data$0$clock = clock;
        l_g4$0$clock = clock;
        l_dg_write$0$clock = clock;
        l_ag_write$0$clock = clock;
        tw_eta$0$clock = clock;
        l_v2$0$clock = clock;
        s_prod$0$clock = clock;
        s_psi$0$clock = clock;
        s_b$0$clock = clock;
        sg_psi$0$clock = clock;
        sm_lp$0$clock = clock;
        sm_sat$0$clock = clock;
        sm_blp$0$clock = clock;
        sm_lv$0$clock = clock;
        pf_eps$0$d = pf_eps$0$q;
        hist_reg$0$d = hist_reg$0$q;
        eta_fwd$0$d = eta_fwd$0$q;
        s_acc$0$clock = clock;
        s_acc_n$0$x = s_acc$0$q;
        s_acc$0$d = s_acc_n$0$y;
        l_w$0$d = l_w$0$q;
        l_g$0$d = l_g$0$q;
        l_r$0$d = l_r$0$q;
        l_d$0$d = l_d$0$q;
        l_a$0$d = l_a$0$q;
        l_w3$0$d = l_w3$0$q;
        l_g3$0$d = l_g3$0$q;
        l_r3$0$d = l_r3$0$q;
        l_d3$0$d = l_d3$0$q;
        l_hi3$0$d = l_hi3$0$q;
        l_xt$0$d = l_xt$0$q;
        l_acc_n$0$x = l_acc$0$q;
        l_acc$0$d = l_acc_n$0$y;
        streams$0$clock = clock;
        streams$0$d = streams$0$q;
        streams$1$clock = clock;
        streams$1$d = streams$1$q;
        streams$2$clock = clock;
        streams$2$d = streams$2$q;
        streams$3$clock = clock;
        streams$3$d = streams$3$q;
        streams$4$clock = clock;
        streams$4$d = streams$4$q;
        streams$5$clock = clock;
        streams$5$d = streams$5$q;
        streams$6$clock = clock;
        streams$6$d = streams$6$q;
        streams$7$clock = clock;
        streams$7$d = streams$7$q;
        streams$8$clock = clock;
        streams$8$d = streams$8$q;
        streams$9$clock = clock;
        streams$9$d = streams$9$q;
        streams$10$clock = clock;
        streams$10$d = streams$10$q;
        streams$11$clock = clock;
        streams$11$d = streams$11$q;
        streams$12$clock = clock;
        streams$12$d = streams$12$q;
        streams$13$clock = clock;
        streams$13$d = streams$13$q;
        streams$14$clock = clock;
        streams$14$d = streams$14$q;
        streams$15$clock = clock;
        streams$15$d = streams$15$q;
        readout_biases$clock = clock;
        readout$clock = clock;
        decision_sums$clock = clock;
        output_errors$clock = clock;
        w_read_data = w_banks$0$chain_out;
        d_read_data = d_banks$0$chain_out;
        u_read_data = u_banks$0$chain_out;
        eps_read_data = eps_banks$0$chain_out;
        buf_read_data = buf_banks$0$chain_out;
        eta_read_data = eta_banks$0$chain_out;
        dg_read_data = dg_banks$0$chain_out;
        ag_read_data = ag_banks$0$chain_out;
        zeta_read_data = zeta_banks$0$chain_out;
        psi_read_data = psi_banks$0$chain_out;
        v_read_data = v_banks$0$chain_out;
        ms_read_data = ms_banks$0$chain_out;
        fb_read_data = fb_banks$0$chain_out;
        h_rdata = hist_lanes$0$h_chain_out;
        a_rdata = hist_lanes$0$a_chain_out;
        in_rdata = hist_lanes$0$in_chain_out;
        sp_rdata = hist_lanes$0$sp_chain_out;
        act_rdata = hist_lanes$0$act_chain_out;
        act_total = hist_lanes$0$start_out;
        total_g_n$x = total_g$q;
        i_n$x = i$q;
        idx_n$x = idx$q;
        base_n$x = base$q;
        aux_n$x = aux$q;
        n_act_n$x = n_act$q;
        n_spk_n$x = n_spk$q;
        q1_i_n$x = q1_i$q;
        q1_base_n$x = q1_base$q;
        q2_i_n$x = q2_i$q;
        u1_i_n$x = u1_i$q;
        u2_i_n$x = u2_i$q;
        o3_i_n$x = o3_i$q;
        o3_y_n$x = o3_y$q;
        o3_sum_n$x = o3_sum$q;
        o4_i_n$x = o4_i$q;
        o4_y_n$x = o4_y$q;
        p3_i_n$x = p3_i$q;
        xt_reg_n$x = xt_reg$q;
        rupd_i_n$x = rupd_i$q;
        q2_s_n$x = q2_s$q;
        n_m_n$x = n_m$q;
        ymax_n$x = ymax$q;
        mean_n$x = mean$q;
        m_cur_n$x = m_cur$q;
        psum_n$x = psum$q;
        rem_n$x = rem$q;
        recip_n$x = recip$q;
        i$d = i_n$y;
        idx$d = idx_n$y;
        base$d = base_n$y;
        aux$d = aux_n$y;
        n_act$d = n_act_n$y;
        n_spk$d = n_spk_n$y;
        q1_i$d = q1_i_n$y;
        q1_base$d = q1_base_n$y;
        q2_i$d = q2_i_n$y;
        u1_i$d = u1_i_n$y;
        u2_i$d = u2_i_n$y;
        u1_v$d = 1'b0;
        u2_v$d = 1'b0;
        o3_i$d = o3_i_n$y;
        o3_y$d = o3_y_n$y;
        o3_sum$d = o3_sum_n$y;
        o3_v$d = 1'b0;
        o4_i$d = o4_i_n$y;
        o4_y$d = o4_y_n$y;
        o4_v$d = 1'b0;
        p3_i$d = p3_i_n$y;
        xt_reg$d = xt_reg_n$y;
        p3_v$d = 1'b0;
        rupd_i$d = rupd_i_n$y;
        rupd_v$d = 1'b0;
        q1_close$d = 1'b0;
        q2_close$d = 1'b0;
        ax3_v$d = 1'b0;
        q2_s$d = q2_s_n$y;
        n_m$d = n_m_n$y;
        ymax$d = ymax_n$y;
        mean$d = mean_n$y;
        m_cur$d = m_cur_n$y;
        psum$d = psum_n$y;
        rem$d = rem_n$y;
        recip$d = recip_n$y;
        total_g$d = total_g_n$y;
        wd_word$0 = (d_banks$0$word << 32'h20) | w_banks$0$word;
        if (shape$random_fb & (phase$q == Phase$Sig)) begin
            u_word$0 = fb_banks$0$word;
        end
        else begin
            u_word$0 = u_banks$0$word;
        end
        if (sg_rot$q[32'h0]) begin
            pr_r1$0 = s_prod$0$q;
        end
        else begin
            pr_r1$0 = s_prod$0$q;
        end
        if (sg_rot$q[32'h1]) begin
            pr_r2$0 = pr_r1$0;
        end
        else begin
            pr_r2$0 = pr_r1$0;
        end
        if (sg_rot$q[32'h2]) begin
            pr_r4$0 = pr_r2$0;
        end
        else begin
            pr_r4$0 = pr_r2$0;
        end
        if (sg_rot$q[32'h3]) begin
            pr_r8$0 = pr_r4$0;
        end
        else begin
            pr_r8$0 = pr_r4$0;
        end
        if (rot$q[32'h0]) begin
            wd_r1$0 = wd_word$0;
            u_r1$0 = u_word$0;
        end
        else begin
            wd_r1$0 = wd_word$0;
            u_r1$0 = u_word$0;
        end
        if (rot$q[32'h1]) begin
            wd_r2$0 = wd_r1$0;
            u_r2$0 = u_r1$0;
        end
        else begin
            wd_r2$0 = wd_r1$0;
            u_r2$0 = u_r1$0;
        end
        if (rot$q[32'h2]) begin
            wd_r4$0 = wd_r2$0;
            u_r4$0 = u_r2$0;
        end
        else begin
            wd_r4$0 = wd_r2$0;
            u_r4$0 = u_r2$0;
        end
        if (rot$q[32'h3]) begin
            wd_r8$0 = wd_r4$0;
            u_r8$0 = u_r4$0;
        end
        else begin
            wd_r8$0 = wd_r4$0;
            u_r8$0 = u_r4$0;
        end
        stream_next$0$x = streams$0$q;
        stream_next$1$x = streams$1$q;
        stream_next$2$x = streams$2$q;
        stream_next$3$x = streams$3$q;
        stream_next$4$x = streams$4$q;
        stream_next$5$x = streams$5$q;
        stream_next$6$x = streams$6$q;
        stream_next$7$x = streams$7$q;
        stream_next$8$x = streams$8$q;
        stream_next$9$x = streams$9$q;
        stream_next$10$x = streams$10$q;
        stream_next$11$x = streams$11$q;
        stream_next$12$x = streams$12$q;
        stream_next$13$x = streams$13$q;
        stream_next$14$x = streams$14$q;
        stream_next$15$x = streams$15$q;
        st_amount = (((q1_i_n$y << shape$lane_bits) & 32'hf) & 8'hff);
        if (st_amount[32'h0]) begin
            st_r1$0 = stream_next$1$drawn;
        end
        else begin
            st_r1$0 = stream_next$0$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$1 = stream_next$2$drawn;
        end
        else begin
            st_r1$1 = stream_next$1$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$2 = stream_next$3$drawn;
        end
        else begin
            st_r1$2 = stream_next$2$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$3 = stream_next$4$drawn;
        end
        else begin
            st_r1$3 = stream_next$3$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$4 = stream_next$5$drawn;
        end
        else begin
            st_r1$4 = stream_next$4$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$5 = stream_next$6$drawn;
        end
        else begin
            st_r1$5 = stream_next$5$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$6 = stream_next$7$drawn;
        end
        else begin
            st_r1$6 = stream_next$6$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$7 = stream_next$8$drawn;
        end
        else begin
            st_r1$7 = stream_next$7$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$8 = stream_next$9$drawn;
        end
        else begin
            st_r1$8 = stream_next$8$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$9 = stream_next$10$drawn;
        end
        else begin
            st_r1$9 = stream_next$9$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$10 = stream_next$11$drawn;
        end
        else begin
            st_r1$10 = stream_next$10$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$11 = stream_next$12$drawn;
        end
        else begin
            st_r1$11 = stream_next$11$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$12 = stream_next$13$drawn;
        end
        else begin
            st_r1$12 = stream_next$12$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$13 = stream_next$14$drawn;
        end
        else begin
            st_r1$13 = stream_next$13$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$14 = stream_next$15$drawn;
        end
        else begin
            st_r1$14 = stream_next$14$drawn;
        end
        if (st_amount[32'h0]) begin
            st_r1$15 = stream_next$0$drawn;
        end
        else begin
            st_r1$15 = stream_next$15$drawn;
        end
        if (st_amount[32'h1]) begin
            st_r2$0 = st_r1$2;
        end
        else begin
            st_r2$0 = st_r1$0;
        end
        if (st_amount[32'h1]) begin
            st_r2$1 = st_r1$3;
        end
        else begin
            st_r2$1 = st_r1$1;
        end
        if (st_amount[32'h1]) begin
            st_r2$2 = st_r1$4;
        end
        else begin
            st_r2$2 = st_r1$2;
        end
        if (st_amount[32'h1]) begin
            st_r2$3 = st_r1$5;
        end
        else begin
            st_r2$3 = st_r1$3;
        end
        if (st_amount[32'h1]) begin
            st_r2$4 = st_r1$6;
        end
        else begin
            st_r2$4 = st_r1$4;
        end
        if (st_amount[32'h1]) begin
            st_r2$5 = st_r1$7;
        end
        else begin
            st_r2$5 = st_r1$5;
        end
        if (st_amount[32'h1]) begin
            st_r2$6 = st_r1$8;
        end
        else begin
            st_r2$6 = st_r1$6;
        end
        if (st_amount[32'h1]) begin
            st_r2$7 = st_r1$9;
        end
        else begin
            st_r2$7 = st_r1$7;
        end
        if (st_amount[32'h1]) begin
            st_r2$8 = st_r1$10;
        end
        else begin
            st_r2$8 = st_r1$8;
        end
        if (st_amount[32'h1]) begin
            st_r2$9 = st_r1$11;
        end
        else begin
            st_r2$9 = st_r1$9;
        end
        if (st_amount[32'h1]) begin
            st_r2$10 = st_r1$12;
        end
        else begin
            st_r2$10 = st_r1$10;
        end
        if (st_amount[32'h1]) begin
            st_r2$11 = st_r1$13;
        end
        else begin
            st_r2$11 = st_r1$11;
        end
        if (st_amount[32'h1]) begin
            st_r2$12 = st_r1$14;
        end
        else begin
            st_r2$12 = st_r1$12;
        end
        if (st_amount[32'h1]) begin
            st_r2$13 = st_r1$15;
        end
        else begin
            st_r2$13 = st_r1$13;
        end
        if (st_amount[32'h1]) begin
            st_r2$14 = st_r1$0;
        end
        else begin
            st_r2$14 = st_r1$14;
        end
        if (st_amount[32'h1]) begin
            st_r2$15 = st_r1$1;
        end
        else begin
            st_r2$15 = st_r1$15;
        end
        if (st_amount[32'h2]) begin
            st_r4$0 = st_r2$4;
        end
        else begin
            st_r4$0 = st_r2$0;
        end
        if (st_amount[32'h2]) begin
            st_r4$1 = st_r2$5;
        end
        else begin
            st_r4$1 = st_r2$1;
        end
        if (st_amount[32'h2]) begin
            st_r4$2 = st_r2$6;
        end
        else begin
            st_r4$2 = st_r2$2;
        end
        if (st_amount[32'h2]) begin
            st_r4$3 = st_r2$7;
        end
        else begin
            st_r4$3 = st_r2$3;
        end
        if (st_amount[32'h2]) begin
            st_r4$4 = st_r2$8;
        end
        else begin
            st_r4$4 = st_r2$4;
        end
        if (st_amount[32'h2]) begin
            st_r4$5 = st_r2$9;
        end
        else begin
            st_r4$5 = st_r2$5;
        end
        if (st_amount[32'h2]) begin
            st_r4$6 = st_r2$10;
        end
        else begin
            st_r4$6 = st_r2$6;
        end
        if (st_amount[32'h2]) begin
            st_r4$7 = st_r2$11;
        end
        else begin
            st_r4$7 = st_r2$7;
        end
        if (st_amount[32'h2]) begin
            st_r4$8 = st_r2$12;
        end
        else begin
            st_r4$8 = st_r2$8;
        end
        if (st_amount[32'h2]) begin
            st_r4$9 = st_r2$13;
        end
        else begin
            st_r4$9 = st_r2$9;
        end
        if (st_amount[32'h2]) begin
            st_r4$10 = st_r2$14;
        end
        else begin
            st_r4$10 = st_r2$10;
        end
        if (st_amount[32'h2]) begin
            st_r4$11 = st_r2$15;
        end
        else begin
            st_r4$11 = st_r2$11;
        end
        if (st_amount[32'h2]) begin
            st_r4$12 = st_r2$0;
        end
        else begin
            st_r4$12 = st_r2$12;
        end
        if (st_amount[32'h2]) begin
            st_r4$13 = st_r2$1;
        end
        else begin
            st_r4$13 = st_r2$13;
        end
        if (st_amount[32'h2]) begin
            st_r4$14 = st_r2$2;
        end
        else begin
            st_r4$14 = st_r2$14;
        end
        if (st_amount[32'h2]) begin
            st_r4$15 = st_r2$3;
        end
        else begin
            st_r4$15 = st_r2$15;
        end
        if (st_amount[32'h3]) begin
            st_r8$0 = st_r4$8;
        end
        else begin
            st_r8$0 = st_r4$0;
        end
        if (st_amount[32'h3]) begin
            st_r8$1 = st_r4$9;
        end
        else begin
            st_r8$1 = st_r4$1;
        end
        if (st_amount[32'h3]) begin
            st_r8$2 = st_r4$10;
        end
        else begin
            st_r8$2 = st_r4$2;
        end
        if (st_amount[32'h3]) begin
            st_r8$3 = st_r4$11;
        end
        else begin
            st_r8$3 = st_r4$3;
        end
        if (st_amount[32'h3]) begin
            st_r8$4 = st_r4$12;
        end
        else begin
            st_r8$4 = st_r4$4;
        end
        if (st_amount[32'h3]) begin
            st_r8$5 = st_r4$13;
        end
        else begin
            st_r8$5 = st_r4$5;
        end
        if (st_amount[32'h3]) begin
            st_r8$6 = st_r4$14;
        end
        else begin
            st_r8$6 = st_r4$6;
        end
        if (st_amount[32'h3]) begin
            st_r8$7 = st_r4$15;
        end
        else begin
            st_r8$7 = st_r4$7;
        end
        if (st_amount[32'h3]) begin
            st_r8$8 = st_r4$0;
        end
        else begin
            st_r8$8 = st_r4$8;
        end
        if (st_amount[32'h3]) begin
            st_r8$9 = st_r4$1;
        end
        else begin
            st_r8$9 = st_r4$9;
        end
        if (st_amount[32'h3]) begin
            st_r8$10 = st_r4$2;
        end
        else begin
            st_r8$10 = st_r4$10;
        end
        if (st_amount[32'h3]) begin
            st_r8$11 = st_r4$3;
        end
        else begin
            st_r8$11 = st_r4$11;
        end
        if (st_amount[32'h3]) begin
            st_r8$12 = st_r4$4;
        end
        else begin
            st_r8$12 = st_r4$12;
        end
        if (st_amount[32'h3]) begin
            st_r8$13 = st_r4$5;
        end
        else begin
            st_r8$13 = st_r4$13;
        end
        if (st_amount[32'h3]) begin
            st_r8$14 = st_r4$6;
        end
        else begin
            st_r8$14 = st_r4$14;
        end
        if (st_amount[32'h3]) begin
            st_r8$15 = st_r4$7;
        end
        else begin
            st_r8$15 = st_r4$15;
        end
        host_stream = 32'h0;
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$0) begin
            host_stream = streams$0$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$1) begin
            host_stream = streams$1$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$2) begin
            host_stream = streams$2$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$3) begin
            host_stream = streams$3$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$4) begin
            host_stream = streams$4$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$5) begin
            host_stream = streams$5$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$6) begin
            host_stream = streams$6$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$7) begin
            host_stream = streams$7$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$8) begin
            host_stream = streams$8$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$9) begin
            host_stream = streams$9$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$10) begin
            host_stream = streams$10$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$11) begin
            host_stream = streams$11$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$12) begin
            host_stream = streams$12$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$13) begin
            host_stream = streams$13$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$14) begin
            host_stream = streams$14$q;
        end
        if (rsp_reg$q[(32'h0)+:(4)] == stream_id$15) begin
            host_stream = streams$15$q;
        end
        wrot = (((shape$lane_mask - ((wr_rot$q) & 32'hffffffff) + 32'h1) & shape$lane_mask) & 8'hff);
        region = cmd_addr[(32'h1a)+:(6)];
        index = ((cmd_addr[(32'h0)+:(26)]) & 32'hffffffff);
        cmd_ready = phase$q == Phase$Idle;
        busy = phase$q != Phase$Idle;
        host_write = cmd_valid & (phase$q == Phase$Idle) & (cmd_op == map$op_write);
        last_cycles = last$q;
        deadline_missed = missed$q;
        prediction = pred$q;
        rsp_v$d = 1'b0;
        bank_index = index >> shape$lane_bits;
        wd_flat_address = bank_index;
        u_flat_address = bank_index;
        w_read_address = 32'h0;
        d_read_address = 32'h0;
        u_read_address = 32'h0;
        if (region == map$r_spikes) begin
            src_read = index + shape$n_in;
            src_write = index + shape$n_in;
        end
        else begin
            src_read = index;
            src_write = index;
        end
        src_wdata = cmd_data;
        h_write = host_write & (region == map$r_spike_history);
        a_write = host_write & (region == map$r_axonal_delays);
        in_write = host_write & (region == map$r_input_spikes);
        sp_write = host_write & (region == map$r_spikes);
        act_idx = index;
        act_count = (phase$q == Phase$Idle) & index[32'h19];
        u_write_bank = ((index & shape$lane_mask) & 8'hff);
        if (phase$q == Phase$Idle) begin
            u_read_bank = ((index & shape$lane_mask) & 8'hff);
        end
        else begin
            u_read_bank = (((i_n$y + idx_n$y) & shape$lane_mask) & 8'hff);
        end
        readout_biases$read_address = index;
        v_read_address = index;
        readout$read_address = index;
        decision_sums$read_address = index;
        sl_read_address = index;
        zeta_read_address = index;
        psi_read_address = index;
        eps_read_address = index;
        eta_read_address = index;
        output_errors$read_address = index;
        ms_read_address = index;
        dg_read_address = index;
        ag_read_address = index;
        wd_write_address = bank_index;
        u_write_address = bank_index;
        readout_biases$write_address = index;
        v_write_address = index;
        readout$write_address = index;
        decision_sums$write_address = index;
        spike_list$write_address = index;
        zeta_write_address = index;
        psi_write_address = index;
        eps_write_address = index;
        eta_write_address = index;
        output_errors$write_address = index;
        ms_write_address = index;
        dg_write_address = index;
        ag_write_address = index;
        w_write_data = cmd_data;
        d_write_data = cmd_data;
        u_write_data = cmd_data;
        readout_biases$write_data = cmd_data;
        v_write_data = cmd_data;
        readout$write_data = cmd_data;
        decision_sums$write_data = cmd_data;
        spike_list$write_data = cmd_data;
        zeta_write_data = cmd_data;
        psi_write_data = cmd_data;
        eps_write_data = cmd_data;
        eta_write_data = cmd_data;
        output_errors$write_data = cmd_data;
        ms_write_data = cmd_data;
        dg_write_data = cmd_data;
        ag_write_data = cmd_data;
        w_write = host_write & (region == map$r_weights);
        d_write = host_write & (region == map$r_synaptic_delays);
        u_write = host_write & (region == map$r_readout_weights);
        readout_biases$write_enable = host_write & (region == map$r_readout_biases);
        fb_write = host_write & (region == map$r_feedback_weights);
        v_write = host_write & (region == map$r_membranes);
        readout$write_enable = host_write & (region == map$r_readout);
        decision_sums$write_enable = host_write & (region == map$r_decision_sums);
        spike_list$write = host_write & (region == map$r_spike_list);
        zeta_write = host_write & (region == map$r_readout_traces);
        psi_write = host_write & (region == map$r_psi);
        eps_write = host_write & (region == map$r_eps_trace_fifo);
        eta_write = host_write & (region == map$r_eta_trace_fifo);
        output_errors$write_enable = host_write & (region == map$r_output_errors);
        ms_write = host_write & (region == map$r_modulated_signals);
        dg_write = host_write & (region == map$r_delay_gradients);
        ag_write = host_write & (region == map$r_axonal_gradients);
        if (host_write & (region == map$r_registers)) begin
            if (index == map$reg_budget) begin
                budget$d = ((cmd_data) & 32'hffffffff);
            end
            if (index == map$reg_learn) begin
                learn_on$d = cmd_data[32'h0] & shape$has_learning;
            end
            if (index == map$reg_label) begin
                label$d = ((cmd_data) & 16'hffff);
            end
            if (index == map$reg_sup_start) begin
                sup_start$d = ((cmd_data) & 32'hffffffff);
            end
            if ((index == map$reg_flags) & shape$has_learning) begin
                flags$d = ((cmd_data) & 8'hff);
            end
            if (index == map$reg_shifts) begin
                shifts$d = cmd_data;
            end
        end
        rsp_v2$clock = clock;
        rsp_v2$d = rsp_v$q;
        rsp_valid = rsp_v2$q;
        if (rsp_sel$q[map$r_weights]) begin
            rsp_terms$0 = w_read_data;
        end
        else begin
            rsp_terms$0 = 32'h0;
        end
        if (rsp_sel$q[map$r_synaptic_delays]) begin
            rsp_terms$1 = d_read_data;
        end
        else begin
            rsp_terms$1 = 32'h0;
        end
        if (rsp_sel$q[map$r_axonal_delays]) begin
            rsp_terms$2 = a_rdata;
        end
        else begin
            rsp_terms$2 = 32'h0;
        end
        if (rsp_sel$q[map$r_readout_weights]) begin
            rsp_terms$3 = u_read_data;
        end
        else begin
            rsp_terms$3 = 32'h0;
        end
        if (rsp_sel$q[map$r_readout_biases]) begin
            rsp_terms$4 = readout_biases$read_data;
        end
        else begin
            rsp_terms$4 = 32'h0;
        end
        if (rsp_sel$q[map$r_feedback_weights]) begin
            rsp_terms$5 = fb_read_data;
        end
        else begin
            rsp_terms$5 = 32'h0;
        end
        if (rsp_sel$q[map$r_spike_history]) begin
            rsp_terms$6 = h_rdata;
        end
        else begin
            rsp_terms$6 = 32'h0;
        end
        if (rsp_sel$q[map$r_membranes]) begin
            rsp_terms$7 = v_read_data;
        end
        else begin
            rsp_terms$7 = 32'h0;
        end
        if (rsp_sel$q[map$r_spikes]) begin
            rsp_terms$8 = sp_rdata;
        end
        else begin
            rsp_terms$8 = 32'h0;
        end
        if (rsp_sel$q[map$r_readout]) begin
            rsp_terms$9 = readout$read_data;
        end
        else begin
            rsp_terms$9 = 32'h0;
        end
        if (rsp_sel$q[map$r_decision_sums]) begin
            rsp_terms$10 = decision_sums$read_data;
        end
        else begin
            rsp_terms$10 = 32'h0;
        end
        if (rsp_sel$q[map$r_input_spikes]) begin
            rsp_terms$11 = in_rdata;
        end
        else begin
            rsp_terms$11 = 32'h0;
        end
        if (rsp_sel$q[map$r_active_sources]) begin
            rsp_terms$12 = act_rdata;
        end
        else begin
            rsp_terms$12 = 32'h0;
        end
        if (rsp_sel$q[map$r_spike_list]) begin
            rsp_terms$13 = spike_list$read_data;
        end
        else begin
            rsp_terms$13 = 32'h0;
        end
        if (rsp_sel$q[map$r_readout_traces]) begin
            rsp_terms$14 = zeta_read_data;
        end
        else begin
            rsp_terms$14 = 32'h0;
        end
        if (rsp_sel$q[map$r_psi]) begin
            rsp_terms$15 = psi_read_data;
        end
        else begin
            rsp_terms$15 = 32'h0;
        end
        if (rsp_sel$q[map$r_eps_trace_fifo]) begin
            rsp_terms$16 = eps_read_data;
        end
        else begin
            rsp_terms$16 = 32'h0;
        end
        if (rsp_sel$q[map$r_eta_trace_fifo]) begin
            rsp_terms$17 = eta_read_data;
        end
        else begin
            rsp_terms$17 = 32'h0;
        end
        if (rsp_sel$q[map$r_output_errors]) begin
            rsp_terms$18 = output_errors$read_data;
        end
        else begin
            rsp_terms$18 = 32'h0;
        end
        if (rsp_sel$q[map$r_modulated_signals]) begin
            rsp_terms$19 = ms_read_data;
        end
        else begin
            rsp_terms$19 = 32'h0;
        end
        if (rsp_sel$q[map$r_delay_gradients]) begin
            rsp_terms$20 = dg_read_data;
        end
        else begin
            rsp_terms$20 = 32'h0;
        end
        if (rsp_sel$q[map$r_axonal_gradients]) begin
            rsp_terms$21 = ag_read_data;
        end
        else begin
            rsp_terms$21 = 32'h0;
        end
        if (rsp_sel$q[map$r_registers]) begin
            rsp_terms$22 = rsp_reg$q;
        end
        else begin
            rsp_terms$22 = 32'h0;
        end
        if (rsp_sel$q[map$r_lfsr]) begin
            rsp_terms$23 = ((host_stream) & 64'hffffffffffffffff);
        end
        else begin
            rsp_terms$23 = 32'h0;
        end
        if (rsp_sel$q[map$r_current_buffer]) begin
            rsp_terms$24 = buf_read_data;
        end
        else begin
            rsp_terms$24 = 32'h0;
        end
        rsp_part$0$clock = clock;
        rsp_part$0$d = rsp_terms$0 | rsp_terms$1 | rsp_terms$2 | rsp_terms$3 | rsp_terms$4;
        rsp_part$1$clock = clock;
        rsp_part$1$d = rsp_terms$5 | rsp_terms$6 | rsp_terms$7 | rsp_terms$8 | rsp_terms$9;
        rsp_part$2$clock = clock;
        rsp_part$2$d = rsp_terms$10 | rsp_terms$11 | rsp_terms$12 | rsp_terms$13 | rsp_terms$14;
        rsp_part$3$clock = clock;
        rsp_part$3$d = rsp_terms$15 | rsp_terms$16 | rsp_terms$17 | rsp_terms$18 | rsp_terms$19;
        rsp_part$4$clock = clock;
        rsp_part$4$d = rsp_terms$20 | rsp_terms$21 | rsp_terms$22 | rsp_terms$23 | rsp_terms$24;
        rsp_data = rsp_part$0$q | rsp_part$1$q | rsp_part$2$q | rsp_part$3$q | rsp_part$4$q;
        events = shape$has_event_pass & ~learn_on$q;
        hist_wb = 1'b0;
        hist_clear = 1'b0;
        clear_all = 1'b0;
        latch_start = 1'b0;
        lane_s2 = 1'b0;
        lane_clear = 1'b0;
        out_s2 = 1'b0;
        out_shift = 1'b0;
        out_close = 1'b0;
        if (n_spk_n$y > shape$lane_mask) begin
            out_last = n_spk_n$y;
        end
        else begin
            out_last = shape$lane_mask;
        end
        out_clear = 1'b0;
        lane_row_read = 32'h0;
        lane_row_write = 32'h0;
        u_row_step = 32'h0;
        if (phase$q == Phase$Sig) begin
            if (((idx_n$y + 32'h1) & shape$lane_mask) == 32'h0) begin
                u_row_step = shape$n_hid;
            end
        end
        else if (((i_n$y + 32'h1) & shape$lane_mask) == 32'h0) begin
            u_row_step = shape$n_hid;
        end
        bext$x = readout_biases$read_data;
        dacc_n$x = decision_sums$read_data;
        o4_sum_n$x = dacc_n$y + o4_y_n$y;
        o4_sum = o4_sum_n$y;
        o4_cs_sum = dacc_n$y ^ o4_y_n$y ^ ~best$q;
        o4_cs_carry = ((dacc_n$y & o4_y_n$y) | (dacc_n$y & ~best$q) | (o4_y_n$y & ~best$q)) << 32'h1;
        o4_cs_diff_n$x = o4_cs_sum + o4_cs_carry;
        o4_wins = o4_v$q & ((o4_i_n$y == 32'h0) | ~o4_cs_diff_n$y[32'h3f]);
        out_leak$x = readout$read_data;
        out_leak$add = 32'h0;
        out$leaked = o3_y_n$y;
        out$sum = o3_sum_n$y;
        src = ((act_rdata) & 32'hffffffff);
        supervised$d = learn_on$q & (t$q >= sup_start$q);
        learn_w = flags$q[32'h0];
        learn_u = flags$q[32'h1];
        learn_b = flags$q[32'h1] & flags$q[32'h2];
        learn_d = flags$q[32'h3] & shape$has_synaptic;
        learn_a = flags$q[32'h4] & shape$has_axonal;
        center = flags$q[32'h5];
        need_q = learn_d | learn_a;
        if (m_fresh$q) begin
            m_pending = 32'h0;
            if ((ms_banks$0$word != 32'h0) & m_pend$q[0]) begin
                m_pending = (m_pending & ~(1 << (0)) | ((1'b1) << (0)));
            end
        end
        else begin
            m_pending = m_pend$q;
        end
        m_low = m_pending & (~m_pending + 32'h1);
        m_pick = 32'h0;
        m_word = 32'h0;
        if (m_low[0]) begin
            m_pick = lane_id$0;
            m_word = ms_banks$0$word;
        end
        m_ext$x = m_word;
        e_ext$x = output_errors$read_data;
        y_ext$x = readout$read_data;
        row_last = shape$hid_groups - 32'h1;
        if (learn_b) begin
            row_last = shape$hid_groups;
        end
        lane_limit = shape$n_src;
        lane_last = shape$n_groups - 32'h1;
        lane_tail = shape$n_src - ((shape$n_groups - 32'h1) << shape$lane_bits);
        lane_row = i_n$y;
        if (phase$q == Phase$Decide) begin
            lane_row = m_pick;
        end
        if ((phase$q == Phase$Rupd) | (phase$q == Phase$Done) | (phase$q == Phase$Sig)) begin
            lane_limit = shape$n_hid;
            lane_last = shape$hid_groups - 32'h1;
            lane_tail = shape$n_hid - ((shape$hid_groups - 32'h1) << shape$lane_bits);
        end
        if (phase$q == Phase$Sig) begin
            lane_row = idx_n$y;
        end
        rem_shift = rem_n$y << 32'h1;
        if (i_n$y == 32'h0) begin
            rem_shift = (rem_n$y << 32'h1) | 32'h1;
        end
        traces$0$word = hist_reg$0$q;
        traces$0$eta_older = eta_fwd$0$q;
        traces$0$ahead = q1_ahead$q;
        traces$0$eps_prev = pf_eps$0$q;
        traces$0$eta_p_reg = t_eta_p$0$q;
        traces$0$eps_p_reg = t_eps_p$0$q;
        traces$0$k_reg = t_k$0$q;
        traces$0$spike_reg = t_spike$0$q;
        learn$x = l_m$q;
        if (q1_bias$q) begin
            learn$trace = 32'h1;
        end
        else begin
            learn$trace = zeta_read_data;
        end
        learn$xt_reg = xt_reg_n$y;
        learn$r_w = r_reg$q;
        learn$w = w_reg$q;
        learn$sh_w = sh_w$q;
        learn$dec_w = sh_dec$0$q;
        learn$y_reg = b_y$q;
        learn$y_gap = ymax_n$y - y_ext$y;
        learn$recip = recip_n$y;
        learn$p_reg = err_p$q;
        mean_q$total = l_acc_n$0$y;
        mean_g$total = total_g_n$y;
        mean_q$lo_reg = mean_q_lo$q;
        mean_q$hi_reg = mean_q_hi$q;
        mean_g$lo_reg = mean_g_lo$q;
        mean_g$hi_reg = mean_g_hi$q;
        case (phase$q)
            Phase$Idle:
                begin
                    cnt$d = 32'h0;
                    if (cmd_valid) begin
                        if (cmd_op == map$op_read) begin
                            rsp_v$d = 1'b1;
                            rsp_sel$d = ((1'b1) & 64'hffffffffffffffff) << region;
                            rsp_reg$d = 32'h0;
                            if (index == map$reg_budget) begin
                                rsp_reg$d = ((budget$q) & 64'hffffffffffffffff);
                            end
                            if (index == map$reg_active) begin
                                rsp_reg$d = ((n_act_n$y) & 64'hffffffffffffffff);
                            end
                            if (index == map$reg_spikes) begin
                                rsp_reg$d = ((n_spk_n$y) & 64'hffffffffffffffff);
                            end
                            if (index == map$reg_step) begin
                                rsp_reg$d = ((t$q) & 64'hffffffffffffffff);
                            end
                            if (index == map$reg_bad_spike) begin
                                rsp_reg$d = ((bad_spike$q) & 64'hffffffffffffffff);
                            end
                            if (index == map$reg_id) begin
                                rsp_reg$d = map$id_magic;
                            end
                            if (index == map$reg_learn) begin
                                rsp_reg$d = ((learn_on$q) & 64'hffffffffffffffff);
                            end
                            if (index == map$reg_label) begin
                                rsp_reg$d = ((label$q) & 64'hffffffffffffffff);
                            end
                            if (index == map$reg_sup_start) begin
                                rsp_reg$d = ((sup_start$q) & 64'hffffffffffffffff);
                            end
                            if (index == map$reg_flags) begin
                                rsp_reg$d = ((flags$q) & 64'hffffffffffffffff);
                            end
                            if (index == map$reg_shifts) begin
                                rsp_reg$d = shifts$q;
                            end
                            if (index == map$reg_head) begin
                                rsp_reg$d = ((head$q) & 64'hffffffffffffffff);
                            end
                            if (index == map$reg_modulated) begin
                                rsp_reg$d = ((n_m_n$y) & 64'hffffffffffffffff);
                            end
                            if (region == map$r_lfsr) begin
                                rsp_reg$d = ((index) & 64'hffffffffffffffff);
                            end
                        end
                        if (cmd_op == map$op_spike) begin
                            src_write = ((cmd_data) & 32'hffffffff);
                            src_wdata = 32'h1;
                            if (((cmd_data & shape$channel_high) == 32'h0) & ((cmd_data & shape$channel_low) < ((shape$n_in) & 64'hffffffffffffffff))) begin
                                in_write = 1'b1;
                            end
                            else begin
                                bad_spike$d = 1'b1;
                            end
                        end
                        if (cmd_op == map$op_step) begin
                            phase$d = Phase$Hist;
                            src_read = 32'h0;
                            i$d = 32'h1;
                            n_act$d = 32'h0;
                            hist_clear = 1'b1;
                            n_spk$d = 32'h0;
                        end
                        if (cmd_op == map$op_clear) begin
                            phase$d = Phase$Clear;
                            i$d = 32'h0;
                        end
                    end
                end
            Phase$Clear:
                begin
                    cnt$d = cnt$q + 32'h1;
                    clear_all = 1'b1;
                    v_write_address = i_n$y;
                    v_write_data = 32'h0;
                    v_write = i_n$y < shape$n_hid;
                    readout$write_address = i_n$y;
                    readout$write_data = 32'h0;
                    readout$write_enable = i_n$y < shape$n_out;
                    decision_sums$write_address = i_n$y;
                    decision_sums$write_data = 32'h0;
                    decision_sums$write_enable = i_n$y < shape$n_out;
                    zeta_write_address = i_n$y;
                    zeta_write_data = 32'h0;
                    zeta_write = i_n$y < shape$n_hid;
                    psi_write_address = i_n$y;
                    psi_write_data = 32'h0;
                    psi_write = i_n$y < shape$n_hid;
                    ag_write_address = i_n$y;
                    ag_write_data = 32'h0;
                    ag_write = i_n$y < shape$n_src;
                    i$d = i_n$y + 32'h1;
                    if (i_n$y == shape$n_clear_mem) begin
                        head$d = 32'h0;
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
                    if (i_n$y < shape$n_groups) begin
                        src_read = i_n$y << shape$lane_bits;
                    end
                    if (i_n$y != shape$n_groups + 32'h1) begin
                        q1_v$d = 1'b1;
                        q1_i$d = i_n$y - 32'h1;
                        i$d = i_n$y + 32'h1;
                    end
                    if (q1_v$q) begin
                        hist_wb = 1'b1;
                    end
                    if ((i_n$y == shape$n_groups + 32'h1) & ~q1_v$q) begin
                        n_act$d = act_total;
                        latch_start = 1'b1;
                        phase$d = Phase$Syn;
                        i$d = 32'h0;
                        idx$d = 32'h0;
                        base$d = 32'h0;
                        lane_clear = 1'b1;
                    end
                end
            Phase$Syn:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    q1_close$d = 1'b0;
                    if (i_n$y < shape$n_hid) begin
                        if (idx_n$y < n_act_n$y) begin
                            act_idx = idx_n$y;
                            q1_v$d = 1'b1;
                            q1_base$d = base_n$y;
                        end
                        q1_close$d = idx_n$y == n_act_n$y;
                        q1_i$d = i_n$y;
                        if (idx_n$y == n_act_n$y) begin
                            idx$d = 32'h0;
                            i$d = i_n$y + shape$lane_mask + 32'h1;
                            base$d = base_n$y + shape$n_src;
                        end
                        else begin
                            idx$d = idx_n$y + 32'h1;
                        end
                    end
                    if (q1_v$q) begin
                        wd_flat_address = q1_base_n$y + src;
                        src_read = src;
                        rot$d = ((src & shape$lane_mask) & 8'hff);
                    end
                    q2_v$d = q1_v$q;
                    q2_i$d = q1_i_n$y;
                    q2_close$d = q1_close$q;
                    if (q2_v$q) begin
                        lane_s2 = 1'b1;
                        s3_word$d = h_rdata;
                    end
                    if (lif_lanes$0$write6) begin
                        n_spk$d = spike_list$count_next;
                        if (lif_lanes$0$row6 == shape$hid_groups - 32'h1) begin
                            phase$d = Phase$Out;
                            i$d = 32'h0;
                            idx$d = 32'h0;
                            base$d = 32'h0;
                            out_clear = 1'b1;
                        end
                    end
                end
            Phase$Out:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (i_n$y < shape$n_out) begin
                        sl_read_address = idx_n$y;
                        q1_v$d = idx_n$y <= n_spk_n$y;
                        q1_last$d = idx_n$y == n_spk_n$y;
                        q1_i$d = i_n$y;
                        q1_base$d = base_n$y;
                        if ((idx_n$y == out_last) | ((i_n$y + shape$lane_mask + 32'h1 >= shape$n_out) & (idx_n$y == n_spk_n$y))) begin
                            idx$d = 32'h0;
                            i$d = i_n$y + shape$lane_mask + 32'h1;
                            base$d = base_n$y + shape$n_hid;
                        end
                        else begin
                            idx$d = idx_n$y + 32'h1;
                        end
                    end
                    u1_v$d = (q1_v$q & q1_last$q) | (u1_v$q & (((u1_i_n$y + 32'h1) & shape$lane_mask) != 32'h0) & (u1_i_n$y != shape$n_out - 32'h1));
                    if (q1_v$q & q1_last$q) begin
                        u1_i$d = q1_i_n$y;
                    end
                    else begin
                        u1_i$d = u1_i_n$y + 32'h1;
                    end
                    if (q1_v$q & ~q1_last$q) begin
                        u_flat_address = q1_base_n$y + ((spike_list$read_data) & 32'hffffffff);
                        rot$d = ((((spike_list$read_data) & 32'hffffffff) & shape$lane_mask) & 8'hff);
                    end
                    if (u1_v$q) begin
                        readout$read_address = u1_i_n$y;
                        readout_biases$read_address = u1_i_n$y;
                    end
                    q2_v$d = q1_v$q;
                    q2_last$d = q1_last$q;
                    q2_i$d = q1_i_n$y;
                    u2_v$d = u1_v$q;
                    u2_i$d = u1_i_n$y;
                    if (q2_v$q) begin
                        if (q2_last$q) begin
                            out_close = 1'b1;
                        end
                        else begin
                            out_s2 = 1'b1;
                        end
                    end
                    if (u2_v$q) begin
                        o3_v$d = 1'b1;
                        o3_i$d = u2_i_n$y;
                        o3_y$d = out_leak$y;
                        o3_sum$d = out_lanes$0$acc + bext$y;
                        out_shift = 1'b1;
                    end
                    if (o3_v$q) begin
                        readout$write_address = o3_i_n$y;
                        readout$write_data = out$y_next;
                        readout$write_enable = 1'b1;
                        decision_sums$read_address = o3_i_n$y;
                        o4_v$d = 1'b1;
                        o4_i$d = o3_i_n$y;
                        o4_y$d = out$y_next;
                    end
                    if (o3_v$q & (o3_i_n$y == shape$n_out - 32'h1)) begin
                        phase$d = Phase$Done;
                        if (learn_on$q) begin
                            src_read = 32'h0;
                            eps_read_address = ((head$q) & 32'hffffffff) & shape$depth_mask;
                            eta_read_address = (((head$q) & 32'hffffffff) - shape$radius) & shape$depth_mask;
                            phase$d = Phase$Trace;
                            tpar$d = 1'b0;
                            head$d = (head$q + 32'h1) & ((shape$depth_mask) & 8'hff);
                            i$d = 32'h0;
                            idx$d = 32'h0;
                            base$d = 32'h0;
                        end
                    end
                end
            Phase$Trace:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (i_n$y < shape$n_groups) begin
                        if (~tpar$q) begin
                            if ((idx_n$y == 32'h0) & ((i_n$y | 32'h1) != shape$n_groups)) begin
                                src_read = (i_n$y | 32'h1) << shape$lane_bits;
                                eps_read_address = (base_n$y | (shape$depth << shape$lane_bits)) | ((((head$q) & 32'hffffffff) - 32'h1) & shape$depth_mask);
                                eta_read_address = (base_n$y | (shape$depth << shape$lane_bits)) | ((((head$q) & 32'hffffffff) - shape$radius - 32'h1) & shape$depth_mask);
                            end
                            q1_v$d = 1'b1;
                            q1_i$d = i_n$y;
                            q1_base$d = base_n$y;
                            tpar$d = 1'b1;
                        end
                        else begin
                            if ((idx_n$y == shape$radius) & (i_n$y != shape$n_groups - 32'h1) & (i_n$y != shape$n_groups - 32'h2)) begin
                                src_read = (i_n$y + 32'h2) << shape$lane_bits;
                                eps_read_address = (base_n$y + ((shape$depth << shape$lane_bits) << 32'h1)) | ((((head$q) & 32'hffffffff) - 32'h1) & shape$depth_mask);
                                eta_read_address = (base_n$y + ((shape$depth << shape$lane_bits) << 32'h1)) | ((((head$q) & 32'hffffffff) - shape$radius - 32'h1) & shape$depth_mask);
                            end
                            q1_v$d = (i_n$y | 32'h1) != shape$n_groups;
                            q1_i$d = i_n$y | 32'h1;
                            q1_base$d = base_n$y | (shape$depth << shape$lane_bits);
                            tpar$d = 1'b0;
                            if (idx_n$y == shape$radius) begin
                                idx$d = 32'h0;
                                i$d = i_n$y + 32'h2;
                                base$d = base_n$y + ((shape$depth << shape$lane_bits) << 32'h1);
                            end
                            else begin
                                idx$d = idx_n$y + 32'h1;
                            end
                        end
                        q1_last$d = idx_n$y == 32'h0;
                        q1_m$d = ((shape$radius - idx_n$y) & 8'hff);
                        q1_ahead$d = ((idx_n$y) & 8'hff);
                    end
                    t2_last$d = q1_last$q;
                    t2_eta_addr$d = q1_base_n$y | ((((head$q) & 32'hffffffff) - ((q1_m$q) & 32'hffffffff)) & shape$depth_mask);
                    t2_eps_addr$d = q1_base_n$y | ((head$q) & 32'hffffffff);
                    tw_last$d = t2_last$q;
                    tw_eta_addr$d = t2_eta_addr$q;
                    tw_eps_addr$d = t2_eps_addr$q;
                    if (tw_v$q) begin
                        eta_write_address = tw_eta_addr$q;
                        eta_write = 1'b1;
                        if (tw_last$q) begin
                            eps_write_address = tw_eps_addr$q;
                            eps_write = 1'b1;
                        end
                    end
                    if ((i_n$y >= shape$n_groups) & ~q1_v$q & ~t2_v$q) begin
                        phase$d = Phase$Done;
                        if (supervised$q) begin
                            phase$d = Phase$Psum;
                            i$d = 32'h0;
                            psum$d = 32'h0;
                        end
                    end
                end
            Phase$Psum:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (i_n$y < shape$n_out) begin
                        readout$read_address = i_n$y;
                        q1_v$d = 1'b1;
                        i$d = i_n$y + 32'h1;
                    end
                    if (q1_v$q) begin
                        psum$d = psum_n$y + learn$p;
                    end
                    if ((i_n$y == shape$n_out) & ~q1_v$q) begin
                        phase$d = Phase$Div;
                        i$d = 32'h0;
                        rem$d = 32'h0;
                        recip$d = 32'h0;
                    end
                end
            Phase$Div:
                begin
                    cnt$d = cnt$q + 32'h1;
                    if (i_n$y < 32'h20) begin
                        if (rem_shift >= psum_n$y) begin
                            rem$d = rem_shift - psum_n$y;
                            recip$d = (recip_n$y << 32'h1) | 32'h1;
                        end
                        else begin
                            rem$d = rem_shift;
                            recip$d = recip_n$y << 32'h1;
                        end
                        i$d = i_n$y + 32'h1;
                    end
                    else begin
                        phase$d = Phase$Err;
                        i$d = 32'h0;
                        readout$read_address = 32'h0;
                    end
                end
            Phase$Err:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (i_n$y < shape$n_out) begin
                        if (i_n$y != shape$n_out - 32'h1) begin
                            readout$read_address = i_n$y + 32'h1;
                        end
                        q1_v$d = 1'b1;
                        q1_i$d = i_n$y;
                        i$d = i_n$y + 32'h1;
                    end
                    q2_i$d = q1_i_n$y;
                    if (q1_i_n$y == ((label$q) & 32'hffffffff)) begin
                        err_word$d = learn$pi - shape$prob_one;
                    end
                    else begin
                        err_word$d = learn$pi;
                    end
                    if (err_v$q) begin
                        output_errors$write_address = q2_i_n$y;
                        output_errors$write_data = err_word$q;
                        output_errors$write_enable = 1'b1;
                    end
                    if ((i_n$y == shape$n_out) & ~q1_v$q) begin
                        phase$d = Phase$Sig;
                        i$d = 32'h0;
                        idx$d = 32'h0;
                        base$d = 32'h0;
                        aux$d = 32'h0;
                        n_m$d = 32'h0;
                    end
                end
            Phase$Sig:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (i_n$y < shape$hid_groups) begin
                        q1_v$d = 1'b1;
                        q1_i$d = i_n$y;
                        q1_last$d = idx_n$y == shape$n_out;
                        if (idx_n$y == shape$n_out) begin
                            lane_row_read = i_n$y;
                            idx$d = 32'h0;
                            i$d = i_n$y + 32'h1;
                            base$d = (i_n$y + 32'h1) << shape$lane_bits;
                        end
                        else begin
                            u_read_address = base_n$y;
                            lane_row_read = aux_n$y;
                            output_errors$read_address = idx_n$y;
                            rot$d = ((idx_n$y & shape$lane_mask) & 8'hff);
                            idx$d = idx_n$y + 32'h1;
                            base$d = base_n$y + u_row_step;
                            aux$d = aux_n$y + 32'h1;
                        end
                    end
                    q2_i$d = q1_i_n$y;
                    if (sm_last$q) begin
                        lane_row_write = sm_i$q;
                    end
                    if ((i_n$y == shape$hid_groups) & ~q1_v$q & ~sb_last$q & ~sg_last$q) begin
                        i$d = 32'h0;
                        idx$d = 32'h0;
                        base$d = 32'h0;
                        total_g$d = 32'h0;
                        if (learn_w | need_q) begin
                            phase$d = Phase$Check;
                        end
                        else if (learn_u) begin
                            phase$d = Phase$Rupd;
                            zeta_read_address = 32'h0;
                            output_errors$read_address = 32'h0;
                        end
                        else begin
                            phase$d = Phase$Done;
                        end
                    end
                end
            Phase$Check:
                begin
                    cnt$d = cnt$q + 32'h1;
                    if (i_n$y < shape$n_hid) begin
                        ms_read_address = i_n$y;
                        m_fresh$d = 1'b1;
                        phase$d = Phase$Decide;
                        m_pend$d = 32'h0;
                        if ((((i_n$y >> shape$lane_bits) << shape$lane_bits) + lane_id$0) < shape$n_hid) begin
                            m_pend$d = (m_pend$d & ~(1 << (0)) | ((1'b1) << (0)));
                        end
                    end
                    else begin
                        idx$d = 32'h0;
                        if (learn_a) begin
                            phase$d = Phase$MeanG;
                        end
                        else if (learn_u) begin
                            phase$d = Phase$Rupd;
                            i$d = 32'h0;
                            base$d = 32'h0;
                            zeta_read_address = 32'h0;
                            output_errors$read_address = 32'h0;
                        end
                        else begin
                            phase$d = Phase$Done;
                        end
                    end
                end
            Phase$Decide:
                begin
                    cnt$d = cnt$q + 32'h1;
                    m_fresh$d = 1'b0;
                    m_pend$d = m_pending & (m_pending - 32'h1);
                    m_cur$d = m_ext$y;
                    sh_w$d = shifts$q[(32'h0)+:(8)];
                    idx$d = 32'h0;
                    aux$d = 32'h0;
                    mean$d = 32'h0;
                    d_read_address = base_n$y;
                    src_read = 32'h0;
                    rot$d = ((m_pick) & 8'hff);
                    i$d = ((i_n$y >> shape$lane_bits) << shape$lane_bits) | m_pick;
                    if (m_pending == 32'h0) begin
                        phase$d = Phase$Check;
                        i$d = ((i_n$y >> shape$lane_bits) + 32'h1) << shape$lane_bits;
                        base$d = base_n$y + shape$n_src;
                    end
                    else if (need_q) begin
                        phase$d = Phase$Pass1;
                    end
                    else begin
                        phase$d = Phase$Lead;
                    end
                end
            Phase$Pass1:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (idx_n$y < shape$n_groups) begin
                        w_read_address = base_n$y + (idx_n$y << shape$lane_bits);
                        lane_row_read = idx_n$y;
                        if (idx_n$y != shape$n_groups - 32'h1) begin
                            d_read_address = base_n$y + ((idx_n$y + 32'h1) << shape$lane_bits);
                            src_read = (idx_n$y + 32'h1) << shape$lane_bits;
                        end
                        q1_v$d = 1'b1;
                        q1_i$d = idx_n$y;
                        q1_base$d = aux_n$y;
                        idx$d = idx_n$y + 32'h1;
                        aux$d = aux_n$y + shape$depth;
                    end
                    q2_v$d = q1_v$q;
                    q2_s$d = q1_i_n$y;
                    if (q2_v$q) begin
                        p3_v$d = 1'b1;
                        p3_i$d = q2_s_n$y;
                    end
                    if ((idx_n$y == shape$n_groups) & ~q1_v$q & ~q2_v$q) begin
                        idx$d = 32'h0;
                        phase$d = Phase$Mean;
                    end
                end
            Phase$Mean:
                begin
                    cnt$d = cnt$q + 32'h1;
                    if (idx_n$y != shape$lane_bits + 32'h2) begin
                        idx$d = idx_n$y + 32'h1;
                        if (idx_n$y == shape$lane_bits + 32'h1) begin
                            d_read_address = base_n$y;
                            src_read = 32'h0;
                        end
                    end
                    else begin
                        if (center) begin
                            mean$d = mean_q$mean;
                        end
                        total_g$d = total_g_n$y + l_acc_n$0$y;
                        idx$d = 32'h0;
                        aux$d = 32'h0;
                        if (shape$n_groups > 32'h1) begin
                            d_read_address = base_n$y + shape$lane_mask + 32'h1;
                            src_read = shape$lane_mask + 32'h1;
                        end
                        phase$d = Phase$Pass2;
                    end
                end
            Phase$Lead:
                begin
                    cnt$d = cnt$q + 32'h1;
                    if (shape$n_groups > 32'h1) begin
                        d_read_address = base_n$y + shape$lane_mask + 32'h1;
                        src_read = shape$lane_mask + 32'h1;
                    end
                    phase$d = Phase$Pass2;
                end
            Phase$Pass2:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (idx_n$y < shape$n_groups) begin
                        w_read_address = base_n$y + (idx_n$y << shape$lane_bits);
                        lane_row_read = idx_n$y;
                        if ((idx_n$y != shape$n_groups - 32'h1) & (idx_n$y != shape$n_groups - 32'h2)) begin
                            d_read_address = base_n$y + ((idx_n$y + 32'h2) << shape$lane_bits);
                            src_read = (idx_n$y + 32'h2) << shape$lane_bits;
                        end
                        q1_v$d = 1'b1;
                        q1_i$d = idx_n$y;
                        q1_base$d = aux_n$y;
                        idx$d = idx_n$y + 32'h1;
                        aux$d = aux_n$y + shape$depth;
                    end
                    q2_v$d = q1_v$q;
                    q2_s$d = q1_i_n$y;
                    if (q2_v$q) begin
                        p3_v$d = 1'b1;
                        p3_i$d = q2_s_n$y;
                    end
                    if ((idx_n$y == shape$n_groups) & ~q1_v$q & ~q2_v$q) begin
                        if (m_pend$q == 32'h0) begin
                            phase$d = Phase$Check;
                            i$d = ((i_n$y >> shape$lane_bits) + 32'h1) << shape$lane_bits;
                            base$d = base_n$y + shape$n_src;
                        end
                        else begin
                            phase$d = Phase$Decide;
                        end
                    end
                end
            Phase$MeanG:
                begin
                    cnt$d = cnt$q + 32'h1;
                    mean$d = 32'h0;
                    if (center) begin
                        mean$d = mean_g_reg$q;
                    end
                    idx$d = 32'h0;
                    q2_v$d = 1'b0;
                    phase$d = Phase$Axon;
                end
            Phase$Axon:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (idx_n$y < shape$n_groups) begin
                        src_read = idx_n$y << shape$lane_bits;
                        ag_read_address = idx_n$y << shape$lane_bits;
                        q1_v$d = 1'b1;
                        q1_i$d = idx_n$y;
                        idx$d = idx_n$y + 32'h1;
                    end
                    q2_v$d = q1_v$q;
                    q2_s$d = q1_i_n$y;
                    if (q1_v$q) begin
                        ag_write_address = q1_i_n$y << shape$lane_bits;
                        ag_write_data = 32'h0;
                        ag_write = 1'b1;
                    end
                    if (q2_v$q) begin
                        p3_v$d = 1'b1;
                        p3_i$d = q2_s_n$y;
                    end
                    if (p3_v$q) begin
                        ax3_v$d = 1'b1;
                        ax3_i$d = p3_i_n$y;
                    end
                    if ((idx_n$y == shape$n_groups) & ~q1_v$q & ~q2_v$q) begin
                        i$d = 32'h0;
                        idx$d = 32'h0;
                        base$d = 32'h0;
                        if (learn_u) begin
                            phase$d = Phase$Rupd;
                            zeta_read_address = 32'h0;
                            output_errors$read_address = 32'h0;
                        end
                        else begin
                            phase$d = Phase$Done;
                        end
                    end
                end
            Phase$Rupd:
                begin
                    cnt$d = cnt$q + 32'h1;
                    q1_v$d = 1'b0;
                    if (i_n$y != shape$n_out) begin
                        if ((idx_n$y == row_last) & (i_n$y != shape$n_out - 32'h1)) begin
                            output_errors$read_address = i_n$y + 32'h1;
                        end
                        else begin
                            output_errors$read_address = i_n$y;
                        end
                        q1_v$d = 1'b1;
                        q1_i$d = idx_n$y;
                        q1_bias$d = learn_b & (idx_n$y == row_last);
                        rot$d = ((i_n$y & shape$lane_mask) & 8'hff);
                        q1_ub$d = ((i_n$y & shape$lane_mask) & 8'hff);
                        if ((idx_n$y != shape$hid_groups - 32'h1) & (idx_n$y != shape$hid_groups)) begin
                            lane_row_read = idx_n$y + 32'h1;
                        end
                        if (learn_b & (idx_n$y == row_last)) begin
                            readout_biases$read_address = i_n$y;
                            q1_base$d = i_n$y;
                        end
                        else begin
                            u_read_address = base_n$y + (idx_n$y << shape$lane_bits);
                            q1_base$d = base_n$y + (idx_n$y << shape$lane_bits);
                        end
                        if (idx_n$y == row_last) begin
                            idx$d = 32'h0;
                            i$d = i_n$y + 32'h1;
                            base$d = base_n$y + u_row_step;
                        end
                        else begin
                            idx$d = idx_n$y + 32'h1;
                        end
                    end
                    if (q1_v$q) begin
                        rupd_v$d = 1'b1;
                        rupd_bias$d = q1_bias$q;
                        rupd_i$d = q1_base_n$y;
                        rupd_ub$d = q1_ub$q;
                        p3_i$d = q1_i_n$y;
                        if (q1_bias$q) begin
                            xt_reg$d = learn$xt;
                            r_reg$d = stream_next$7$drawn;
                            w_reg$d = readout_biases$read_data;
                            sh_w$d = shifts$q[(32'h20)+:(8)];
                        end
                        else begin
                            sh_w$d = shifts$q[(32'h18)+:(8)];
                        end
                    end
                    if ((i_n$y == shape$n_out) & ~q1_v$q) begin
                        phase$d = Phase$Done;
                    end
                end
            Phase$Done:
                begin
                    if (o4_wins) begin
                        pred$d = ((o4_i_n$y) & 16'hffff);
                    end
                    else begin
                        pred$d = pred_work$q;
                    end
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
        if (o4_v$q) begin
            decision_sums$write_address = o4_i_n$y;
            decision_sums$write_data = o4_sum;
            decision_sums$write_enable = 1'b1;
        end
        if (o4_wins) begin
            best$d = o4_sum;
            pred_work$d = ((o4_i_n$y) & 16'hffff);
        end
        if (o4_v$q & ((o4_i_n$y == 32'h0) | ((o4_y_n$y ^ shape$msb) > (ymax_n$y ^ shape$msb)))) begin
            ymax$d = o4_y_n$y;
        end
        in_pass2$d = phase$d == Phase$Pass2;
        in_axon$d = phase$d == Phase$Axon;
        in_rupd$d = phase$d == Phase$Rupd;
        sb_v$d = (phase$q == Phase$Sig) & q1_v$q & ~q1_last$q;
        sb_last$d = (phase$q == Phase$Sig) & q1_v$q & q1_last$q;
        sg_v$d = sb_v$q;
        sg_last$d = sb_last$q;
        sm_last$d = sg_last$q;
        s_e$d = output_errors$read_data;
        sg_rot$d = wr_rot$q;
        sg_i$d = q2_i_n$y;
        sm_i$d = sg_i$q;
        err_p$d = learn$p;
        err_v$d = (phase$q == Phase$Err) & q1_v$q;
        p4_row$d = p3_i_n$y;
        t2_v$d = (phase$q == Phase$Trace) & q1_v$q;
        tw_v$d = t2_v$q;
        l_syn$0$d = wd_r8$0 >> 32'h20;
        l_ax$0$d = hist_lanes$0$a_word;
        l_syn1$0$d = l_syn$0$q;
        l_ax1$0$d = l_ax$0$q;
        if (in_rupd$q) begin
            l_eps$0$d = zeta_banks$0$word;
        end
        else begin
            l_eps$0$d = eps_banks$0$word;
        end
        l_g_n$0$x = dg_banks$0$word;
        l_ag_n$0$x = ag_banks$0$word;
        l_v1$0 = q1_v$q & ~(in_rupd$q & q1_bias$q) & ((q1_i_n$y != lane_last) | (lane_id$0 < lane_tail));
        l_v3$0 = p3_v$q & (((p3_i_n$y << shape$lane_bits) + lane_id$0) < shape$n_src);
        pass_taps$0$axonal = l_ax$0$q;
        pass_taps$0$synaptic = l_syn$0$q;
        pass_taps$0$word = 32'h0;
        pass_taps$0$spike = 1'b0;
        l_fifo$0 = fifo_base$q | ((((head$q) & 32'hffffffff) - pass_taps$0$tap_index) & shape$depth_mask);
        pass_lanes$0$m = l_m$q;
        pass_lanes$0$eps = l_eps$0$q;
        pass_lanes$0$w_q = wd_r8$0 & 64'hffffffff;
        pass_lanes$0$w_reg = l_w$0$q;
        pass_lanes$0$mw_reg = l_mw$0$q;
        pass_lanes$0$eta = l_eta$0$q;
        pass_lanes$0$xt_reg = l_xt$0$q;
        pass_lanes$0$r = l_r3$0$q;
        pass_lanes$0$sh_w = sh_w$q;
        pass_lanes$0$dec_w = sh_dec$0$q;
        pass_lanes$0$g = l_g$0$q;
        pass_lanes$0$mean = mean_n$y;
        pass_lanes$0$gm_reg = l_g3$0$q;
        pass_lanes$0$sh_d = sh_d$q;
        pass_lanes$0$dec_d = sh_dec$1$q;
        l_yw$0$d = pass_lanes$0$yw;
        l_yd$0$d = pass_lanes$0$yd;
        l_w4$0$d = l_w3$0$q;
        l_d4$0$d = l_d3$0$q;
        l_hi4$0$d = l_hi3$0$q;
        l_dh4$0$d = l_d3$0$q - l_hi3$0$q - 32'h1;
        pass_lanes$0$yw_reg = l_yw$0$q;
        pass_lanes$0$yd_reg = l_yd$0$q;
        pass_lanes$0$w = l_w4$0$q;
        pass_lanes$0$d = l_d4$0$q;
        pass_lanes$0$hi = l_hi4$0$q;
        pass_lanes$0$dh = l_dh4$0$q;
        l_dg_data$0$d = pass_lanes$0$q;
        pass_lanes$0$q_reg = l_dg_data$0$q;
        l_g4$0$d = l_g3$0$q;
        l_ag_data$0 = l_g4$0$q + l_dg_data$0$q;
        l_dg_write$0$d = (phase$q == Phase$Pass1) & l_v3$0;
        l_ag_write$0$d = (phase$q == Phase$Pass1) & l_v3$0 & learn_a;
        wb_word$0 = ((pass_lanes$0$d_next & 64'hffffffff) << 32'h20) | (pass_lanes$0$w_next & 64'hffffffff);
        s_b$0$d = u_word$0;
        sig_lanes$0$b = s_b$0$q;
        sig_lanes$0$e = s_e$q;
        sig_lanes$0$acc = s_acc_n$0$y;
        sig_lanes$0$psi = sg_psi$0$q;
        sig_lanes$0$lp_reg = sm_lp$0$q;
        sig_lanes$0$sat_reg = sm_sat$0$q;
        sig_lanes$0$blp_reg = sm_blp$0$q;
        s_psi$0$d = psi_banks$0$word;
        sg_psi$0$d = s_psi$0$q;
        s_prod$0$d = sig_lanes$0$prod;
        sm_lp$0$d = sig_lanes$0$lp;
        sm_sat$0$d = sig_lanes$0$sat;
        sm_blp$0$d = sig_lanes$0$blp;
        sm_lv$0$d = l_v2r$0$q;
        if (in_pass2$q) begin
            fifo_base$d = aux_n$y + shape$depth;
        end
        else if ((phase$q == Phase$Mean) | (phase$q == Phase$Lead)) begin
            fifo_base$d = 32'h0;
        end
        else begin
            fifo_base$d = aux_n$y;
        end
        if (in_rupd$q) begin
            l_m$d = e_ext$y;
        end
        else begin
            l_m$d = m_cur_n$y;
        end
        s_nm = 32'h0;
        if ((phase$q == Phase$Err) | sg_last$q) begin
            s_acc$0$d = 32'h0;
        end
        else if (sg_v$q) begin
            s_acc$0$d = s_acc_n$0$y + pr_r8$0;
        end
        if (sm_lv$0$q & (sig_lanes$0$m != 32'h0)) begin
            s_nm = s_nm | (((1'b1) & 16'hffff) << lane_id$0);
        end
        if (sm_last$q) begin
            nm_pend$d = s_nm;
        end
        else begin
            nm_pend$d = 32'h0;
        end
        nm_count$x = nm_pend$q;
        if (nm_pend$q != 32'h0) begin
            n_m$d = n_m_n$y + ((nm_count$y) & 32'hffffffff);
        end
        if (wrot[32'h0]) begin
            wb_r1$0 = wb_word$0;
        end
        else begin
            wb_r1$0 = wb_word$0;
        end
        if (wrot[32'h1]) begin
            wb_r2$0 = wb_r1$0;
        end
        else begin
            wb_r2$0 = wb_r1$0;
        end
        if (wrot[32'h2]) begin
            wb_r4$0 = wb_r2$0;
        end
        else begin
            wb_r4$0 = wb_r2$0;
        end
        if (wrot[32'h3]) begin
            wb_r8$0 = wb_r4$0;
        end
        else begin
            wb_r8$0 = wb_r4$0;
        end
        if ((phase$q == Phase$Trace) & (i_n$y < shape$n_groups) & (idx_n$y == 32'h0)) begin
            hist_reg$0$d = hist_lanes$0$h_word;
            pf_eps$0$d = eps_banks$0$word;
            eta_fwd$0$d = eta_banks$0$word;
        end
        else if (phase$q == Phase$Trace) begin
            hist_reg$0$d = hist_alt$0$q;
            eta_fwd$0$d = traces$0$eta_next;
        end
        hist_alt$0$d = hist_reg$0$q;
        t_eta_p$0$d = traces$0$eta_p;
        t_eps_p$0$d = traces$0$eps_p;
        t_k$0$d = traces$0$k;
        t_spike$0$d = traces$0$spike;
        tw_eps$0$d = traces$0$eps_next;
        tw_eta$0$d = traces$0$eta_next;
        l_v2$0$d = l_v1$0;
        l_v2r$0$d = l_v2$0$q;
        if (phase$q == Phase$Decide) begin
            l_acc$0$d = 32'h0;
        end
        else if (l_dg_write$0$q) begin
            l_acc$0$d = l_acc_n$0$y + pass_lanes$0$q_wide;
        end
        if (((phase$q == Phase$Pass1) | in_pass2$q) & q1_v$q) begin
            l_w$0$d = pass_lanes$0$w_word;
        end
        if (((phase$q == Phase$Pass1) | in_axon$q) & q1_v$q) begin
            l_g$0$d = l_ag_n$0$y;
        end
        else if (in_pass2$q & q1_v$q) begin
            l_g$0$d = l_g_n$0$y;
        end
        if ((in_pass2$q | in_axon$q) & q1_v$q) begin
            l_r$0$d = st_r8$0;
        end
        if (in_pass2$q & q1_v$q) begin
            l_d$0$d = l_syn1$0$q;
            l_a$0$d = l_ax1$0$q;
        end
        else if (in_axon$q & q1_v$q) begin
            l_d$0$d = hist_lanes$0$a_word;
        end
        l_eta$0$d = eta_banks$0$word;
        l_mw$0$d = pass_lanes$0$mw;
        if ((in_pass2$q & q2_v$q) | (in_rupd$q & q1_v$q & ~q1_bias$q)) begin
            l_xt$0$d = pass_lanes$0$xt;
        end
        if (in_pass2$q & q2_v$q) begin
            l_w3$0$d = l_w$0$q;
        end
        else if (in_rupd$q & q1_v$q & ~q1_bias$q) begin
            l_w3$0$d = u_r8$0 & 64'hffffffff;
        end
        if (in_pass2$q & q2_v$q) begin
            l_r3$0$d = l_r$0$q;
        end
        else if (in_rupd$q & q1_v$q & ~q1_bias$q) begin
            l_r3$0$d = st_r8$0;
        end
        else if (in_axon$q & q2_v$q) begin
            l_r3$0$d = (l_r$0$q << 32'h10) | (l_r$0$q >> 32'h10);
        end
        if (in_pass2$q & q2_v$q) begin
            l_d3$0$d = l_d$0$q;
            l_g3$0$d = pass_lanes$0$gm;
            if (shape$has_axonal) begin
                l_hi3$0$d = shape$delay_max - l_a$0$q;
            end
            else begin
                l_hi3$0$d = shape$delay_max;
            end
        end
        else if (in_axon$q & q2_v$q) begin
            l_d3$0$d = l_d$0$q;
            l_g3$0$d = pass_lanes$0$gm;
            l_hi3$0$d = shape$delay_max;
        end
        else if ((phase$q == Phase$Pass1) & q2_v$q) begin
            l_g3$0$d = l_g$0$q;
        end
        wr_w$d = in_pass2$q & p3_v$q;
        wr_u$d = in_rupd$q & rupd_v$q & ~rupd_bias$q;
        wr_b$d = in_rupd$q & rupd_v$q & rupd_bias$q;
        wr_i$d = p3_i_n$y;
        b_y$d = learn$y;
        if (in_rupd$q) begin
            wr_addr$d = rupd_i_n$y;
            wr_rot$d = rupd_ub$q;
        end
        else begin
            wr_addr$d = base_n$y + (p3_i_n$y << shape$lane_bits);
            wr_rot$d = rot$q;
        end
        if (wr_b$q) begin
            readout_biases$write_address = wr_addr$q;
            readout_biases$write_data = learn$w_next;
            readout_biases$write_enable = 1'b1;
        end
        if (in_pass2$q & q2_v$q) begin
            sh_d$d = shifts$q[(32'h8)+:(8)];
        end
        else if (in_axon$q & q2_v$q) begin
            sh_d$d = shifts$q[(32'h10)+:(8)];
        end
        sh_decode$0$shift = sh_w$d;
        sh_decode$1$shift = sh_d$d;
        sh_dec$0$clock = clock;
        sh_dec$0$d = sh_decode$0$dec;
        sh_dec$1$clock = clock;
        sh_dec$1$d = sh_decode$1$dec;
        mean_g_reg$clock = clock;
        mean_g_reg$d = mean_g$mean;
        mean_q_lo$d = mean_q$lo;
        mean_q_hi$d = mean_q$hi;
        mean_g_lo$d = mean_g$lo;
        mean_g_hi$d = mean_g$hi;
        sb_amount = (((q1_i_n$y << shape$lane_bits) & 32'hf) & 8'hff);
        sb_mark = 32'h0;
        if (in_pass2$q | in_axon$q | (in_rupd$q & ~q1_bias$q)) begin
            sb_mark = (sb_mark & ~(1 << (0)) | ((l_v1$0) << (0)));
        end
        sb_marked = (((sb_mark | (sb_mark << 32'h10)) << ((sb_amount) & 32'hffffffff)) >> 32'h10) & 64'hffff;
        seed_word$d = ((cmd_data) & 32'hffffffff);
        seed_hit$d = 32'h0;
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$0)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (0)) | ((1'b1) << (0)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$1)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (1)) | ((1'b1) << (1)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$2)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (2)) | ((1'b1) << (2)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$3)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (3)) | ((1'b1) << (3)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$4)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (4)) | ((1'b1) << (4)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$5)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (5)) | ((1'b1) << (5)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$6)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (6)) | ((1'b1) << (6)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$7)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (7)) | ((1'b1) << (7)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$8)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (8)) | ((1'b1) << (8)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$9)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (9)) | ((1'b1) << (9)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$10)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (10)) | ((1'b1) << (10)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$11)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (11)) | ((1'b1) << (11)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$12)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (12)) | ((1'b1) << (12)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$13)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (13)) | ((1'b1) << (13)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$14)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (14)) | ((1'b1) << (14)));
        end
        if (host_write & (region == map$r_lfsr) & (index[(32'h0)+:(4)] == stream_id$15)) begin
            seed_hit$d = (seed_hit$d & ~(1 << (15)) | ((1'b1) << (15)));
        end
        if (sb_marked[0]) begin
            streams$0$d = stream_next$0$drawn;
        end
        if (seed_hit$q[0]) begin
            streams$0$d = seed_word$q;
        end
        if (sb_marked[1]) begin
            streams$1$d = stream_next$1$drawn;
        end
        if (seed_hit$q[1]) begin
            streams$1$d = seed_word$q;
        end
        if (sb_marked[2]) begin
            streams$2$d = stream_next$2$drawn;
        end
        if (seed_hit$q[2]) begin
            streams$2$d = seed_word$q;
        end
        if (sb_marked[3]) begin
            streams$3$d = stream_next$3$drawn;
        end
        if (seed_hit$q[3]) begin
            streams$3$d = seed_word$q;
        end
        if (sb_marked[4]) begin
            streams$4$d = stream_next$4$drawn;
        end
        if (seed_hit$q[4]) begin
            streams$4$d = seed_word$q;
        end
        if (sb_marked[5]) begin
            streams$5$d = stream_next$5$drawn;
        end
        if (seed_hit$q[5]) begin
            streams$5$d = seed_word$q;
        end
        if (sb_marked[6]) begin
            streams$6$d = stream_next$6$drawn;
        end
        if (seed_hit$q[6]) begin
            streams$6$d = seed_word$q;
        end
        if (sb_marked[7]) begin
            streams$7$d = stream_next$7$drawn;
        end
        if (seed_hit$q[7]) begin
            streams$7$d = seed_word$q;
        end
        if (sb_marked[8]) begin
            streams$8$d = stream_next$8$drawn;
        end
        if (seed_hit$q[8]) begin
            streams$8$d = seed_word$q;
        end
        if (sb_marked[9]) begin
            streams$9$d = stream_next$9$drawn;
        end
        if (seed_hit$q[9]) begin
            streams$9$d = seed_word$q;
        end
        if (sb_marked[10]) begin
            streams$10$d = stream_next$10$drawn;
        end
        if (seed_hit$q[10]) begin
            streams$10$d = seed_word$q;
        end
        if (sb_marked[11]) begin
            streams$11$d = stream_next$11$drawn;
        end
        if (seed_hit$q[11]) begin
            streams$11$d = seed_word$q;
        end
        if (sb_marked[12]) begin
            streams$12$d = stream_next$12$drawn;
        end
        if (seed_hit$q[12]) begin
            streams$12$d = seed_word$q;
        end
        if (sb_marked[13]) begin
            streams$13$d = stream_next$13$drawn;
        end
        if (seed_hit$q[13]) begin
            streams$13$d = seed_word$q;
        end
        if (sb_marked[14]) begin
            streams$14$d = stream_next$14$drawn;
        end
        if (seed_hit$q[14]) begin
            streams$14$d = seed_word$q;
        end
        if (sb_marked[15]) begin
            streams$15$d = stream_next$15$drawn;
        end
        if (seed_hit$q[15]) begin
            streams$15$d = seed_word$q;
        end
        if (q1_v$q & in_rupd$q & q1_bias$q) begin
            streams$7$d = stream_next$7$drawn;
        end
        lif_lanes$0$clock = clock;
        lif_lanes$0$s2_close = q2_close$q;
        lif_lanes$0$first = q2_i_n$y;
        lif_lanes$0$v_word = v_banks$0$word;
        lif_lanes$0$z_word = zeta_banks$0$word;
        lif_lanes$0$current = lanes$0$acc;
        v_banks$0$clock = clock;
        v_banks$0$read_bank = ((v_read_address & shape$lane_mask) & 8'hff);
        v_banks$0$write_bank = ((v_write_address & shape$lane_mask) & 8'hff);
        v_banks$0$write = v_write;
        if (in_syn$q) begin
            v_banks$0$read_address = lif_lanes$0$row3;
            v_banks$0$write_address = lif_lanes$0$row5;
            v_banks$0$write_data = lif_lanes$0$v_next;
            v_banks$0$lane_write = lif_lanes$0$write5;
        end
        else begin
            v_banks$0$read_address = v_read_address >> shape$lane_bits;
            v_banks$0$write_address = v_write_address >> shape$lane_bits;
            v_banks$0$write_data = v_write_data;
            v_banks$0$lane_write = 1'b0;
        end
        v_banks$0$chain_in = 32'h0;
        sp_acc$0 = 32'h0;
        if (lif_lanes$0$spike6) begin
            sp_acc$0 = 32'h1;
        end
        spike_list$clock = clock;
        spike_list$append = lif_lanes$0$write6;
        spike_list$spikes = sp_acc$0;
        spike_list$first = ((lif_lanes$0$row6 << shape$lane_bits) & 64'hffffffffffffffff);
        spike_list$count = n_spk_n$y;
        spike_list$read_address = sl_read_address;
        wd_write_bank = ((index & shape$lane_mask) & 8'hff);
        w_read_bank = ((index & shape$lane_mask) & 8'hff);
        d_read_bank = ((index & shape$lane_mask) & 8'hff);
        row_banks$d = (phase$d == Phase$Decide) | (phase$d == Phase$Pass1) | (phase$d == Phase$Mean) | (phase$d == Phase$Lead) | (phase$d == Phase$Pass2);
        in_syn$d = phase$d == Phase$Syn;
        b_off$0 = (lane_id$0 - lane_row) & shape$lane_mask;
        b_woff$0 = (lane_id$0 - ((wr_rot$q) & 32'hffffffff)) & shape$lane_mask;
        b_valid$0 = ((wr_i$q << shape$lane_bits) + b_woff$0) < lane_limit;
        w_banks$0$clock = clock;
        w_banks$0$write_bank = wd_write_bank;
        w_banks$0$write = w_write;
        w_banks$0$read_bank = w_read_bank;
        d_banks$0$clock = clock;
        d_banks$0$write_bank = wd_write_bank;
        d_banks$0$write = d_write;
        d_banks$0$read_bank = d_read_bank;
        if (row_banks$q) begin
            w_banks$0$read_address = w_read_address + b_off$0;
            d_banks$0$read_address = d_read_address + b_off$0;
        end
        else begin
            w_banks$0$read_address = wd_flat_address;
            d_banks$0$read_address = wd_flat_address;
        end
        if (wr_w$q) begin
            w_banks$0$write_address = wr_addr$q + b_woff$0;
            w_banks$0$write_data = wb_r8$0 & 64'hffffffff;
            w_banks$0$lane_write = learn_w & b_valid$0;
            d_banks$0$write_address = wr_addr$q + b_woff$0;
            d_banks$0$write_data = wb_r8$0 >> 32'h20;
            d_banks$0$lane_write = learn_d & b_valid$0;
        end
        else begin
            w_banks$0$write_address = wd_write_address;
            w_banks$0$write_data = w_write_data;
            w_banks$0$lane_write = 1'b0;
            d_banks$0$write_address = wd_write_address;
            d_banks$0$write_data = d_write_data;
            d_banks$0$lane_write = 1'b0;
        end
        u_banks$0$clock = clock;
        u_banks$0$write_bank = u_write_bank;
        u_banks$0$write = u_write;
        u_banks$0$read_bank = u_read_bank;
        if (in_rupd$q | (phase$q == Phase$Sig)) begin
            u_banks$0$read_address = u_read_address + b_off$0;
        end
        else begin
            u_banks$0$read_address = u_flat_address;
        end
        if (wr_u$q) begin
            u_banks$0$write_address = wr_addr$q + b_woff$0;
            u_banks$0$write_data = wb_r8$0 & 64'hffffffff;
            u_banks$0$lane_write = b_valid$0;
        end
        else begin
            u_banks$0$write_address = u_write_address;
            u_banks$0$write_data = u_write_data;
            u_banks$0$lane_write = 1'b0;
        end
        eps_banks$0$clock = clock;
        eps_banks$0$read_bank = (((eps_read_address >> shape$depth_bits) & shape$lane_mask) & 8'hff);
        eps_banks$0$write_bank = (((eps_write_address >> shape$depth_bits) & shape$lane_mask) & 8'hff);
        eta_banks$0$clock = clock;
        eta_banks$0$read_bank = (((eta_read_address >> shape$depth_bits) & shape$lane_mask) & 8'hff);
        eta_banks$0$write_bank = (((eta_write_address >> shape$depth_bits) & shape$lane_mask) & 8'hff);
        if (phase$q == Phase$Clear) begin
            eps_banks$0$write_address = i_n$y;
            eps_banks$0$write_data = 32'h0;
            eps_banks$0$write = 1'b0;
            eps_banks$0$lane_write = i_n$y < shape$n_fifo;
            eta_banks$0$write_address = i_n$y;
            eta_banks$0$write_data = 32'h0;
            eta_banks$0$write = 1'b0;
            eta_banks$0$lane_write = i_n$y < shape$n_fifo;
        end
        else begin
            eps_banks$0$write_address = (((eps_write_address >> shape$depth_bits) >> shape$lane_bits) << shape$depth_bits) | (eps_write_address & shape$depth_mask);
            eta_banks$0$write_address = (((eta_write_address >> shape$depth_bits) >> shape$lane_bits) << shape$depth_bits) | (eta_write_address & shape$depth_mask);
            if (phase$q == Phase$Trace) begin
                eps_banks$0$write_data = tw_eps$0$q;
                eps_banks$0$write = 1'b0;
                eps_banks$0$lane_write = eps_write & l_v2r$0$q;
                eta_banks$0$write_data = tw_eta$0$q;
                eta_banks$0$write = 1'b0;
                eta_banks$0$lane_write = eta_write & l_v2r$0$q;
            end
            else begin
                eps_banks$0$write_data = eps_write_data;
                eps_banks$0$write = eps_write;
                eps_banks$0$lane_write = 1'b0;
                eta_banks$0$write_data = eta_write_data;
                eta_banks$0$write = eta_write;
                eta_banks$0$lane_write = 1'b0;
            end
        end
        if (row_banks$q) begin
            eps_banks$0$read_address = l_fifo$0;
            eta_banks$0$read_address = l_fifo$0;
        end
        else begin
            eps_banks$0$read_address = (((eps_read_address >> shape$depth_bits) >> shape$lane_bits) << shape$depth_bits) | (eps_read_address & shape$depth_mask);
            eta_banks$0$read_address = (((eta_read_address >> shape$depth_bits) >> shape$lane_bits) << shape$depth_bits) | (eta_read_address & shape$depth_mask);
        end
        dg_banks$0$clock = clock;
        dg_banks$0$read_bank = ((dg_read_address & shape$lane_mask) & 8'hff);
        dg_banks$0$write_bank = ((dg_write_address & shape$lane_mask) & 8'hff);
        dg_banks$0$write = dg_write;
        ag_banks$0$clock = clock;
        ag_banks$0$read_bank = ((ag_read_address & shape$lane_mask) & 8'hff);
        ag_banks$0$write_bank = ((ag_write_address & shape$lane_mask) & 8'hff);
        ag_banks$0$write = ag_write & (phase$q != Phase$Axon);
        psi_banks$0$clock = clock;
        psi_banks$0$read_bank = ((psi_read_address & shape$lane_mask) & 8'hff);
        psi_banks$0$write_bank = ((psi_write_address & shape$lane_mask) & 8'hff);
        psi_banks$0$write = psi_write;
        if (in_syn$q) begin
            psi_banks$0$write_address = lif_lanes$0$row6;
            psi_banks$0$write_data = lif_lanes$0$psi6;
            psi_banks$0$lane_write = lif_lanes$0$write6;
        end
        else begin
            psi_banks$0$write_address = psi_write_address >> shape$lane_bits;
            psi_banks$0$write_data = psi_write_data;
            psi_banks$0$lane_write = 1'b0;
        end
        ms_banks$0$clock = clock;
        ms_banks$0$read_bank = ((ms_read_address & shape$lane_mask) & 8'hff);
        if (row_banks$q | (phase$q == Phase$Check)) begin
            ms_banks$0$read_address = i_n$y >> shape$lane_bits;
        end
        else begin
            ms_banks$0$read_address = ms_read_address >> shape$lane_bits;
        end
        ms_banks$0$write_bank = ((ms_write_address & shape$lane_mask) & 8'hff);
        ms_banks$0$write = ms_write;
        fb_banks$0$clock = clock;
        fb_banks$0$read_bank = ((index & shape$lane_mask) & 8'hff);
        fb_banks$0$write_bank = ((index & shape$lane_mask) & 8'hff);
        fb_banks$0$write_address = bank_index;
        fb_banks$0$write_data = cmd_data;
        fb_banks$0$write = fb_write;
        fb_banks$0$lane_write = 1'b0;
        if (phase$q == Phase$Sig) begin
            psi_banks$0$read_address = lane_row_read;
            fb_banks$0$read_address = lane_row_read;
            ms_banks$0$write_address = lane_row_write;
            ms_banks$0$write_data = sig_lanes$0$m;
            ms_banks$0$lane_write = sm_last$q & sm_lv$0$q;
        end
        else begin
            psi_banks$0$read_address = psi_read_address >> shape$lane_bits;
            fb_banks$0$read_address = bank_index;
            ms_banks$0$write_address = ms_write_address >> shape$lane_bits;
            ms_banks$0$write_data = ms_write_data;
            ms_banks$0$lane_write = 1'b0;
        end
        zeta_banks$0$clock = clock;
        zeta_banks$0$read_bank = ((zeta_read_address & shape$lane_mask) & 8'hff);
        zeta_banks$0$write_bank = ((zeta_write_address & shape$lane_mask) & 8'hff);
        zeta_banks$0$write = zeta_write;
        if (in_syn$q) begin
            zeta_banks$0$write_address = lif_lanes$0$row5;
            zeta_banks$0$write_data = lif_lanes$0$z_next;
            zeta_banks$0$lane_write = lif_lanes$0$write5;
        end
        else begin
            zeta_banks$0$write_address = zeta_write_address >> shape$lane_bits;
            zeta_banks$0$write_data = zeta_write_data;
            zeta_banks$0$lane_write = 1'b0;
        end
        if (in_rupd$q) begin
            zeta_banks$0$read_address = lane_row_read;
        end
        else if (in_syn$q) begin
            zeta_banks$0$read_address = lif_lanes$0$row3;
        end
        else begin
            zeta_banks$0$read_address = zeta_read_address >> shape$lane_bits;
        end
        if (row_banks$q) begin
            dg_banks$0$read_address = lane_row_read;
            dg_banks$0$write_address = p4_row$q;
            dg_banks$0$write_data = l_dg_data$0$q;
            dg_banks$0$lane_write = l_dg_write$0$q;
            ag_banks$0$read_address = lane_row_read;
            ag_banks$0$write_address = p4_row$q;
            ag_banks$0$write_data = l_ag_data$0;
            ag_banks$0$lane_write = l_ag_write$0$q;
        end
        else begin
            dg_banks$0$read_address = dg_read_address >> shape$lane_bits;
            dg_banks$0$write_address = dg_write_address >> shape$lane_bits;
            dg_banks$0$write_data = dg_write_data;
            dg_banks$0$lane_write = 1'b0;
            ag_banks$0$read_address = ag_read_address >> shape$lane_bits;
            ag_banks$0$write_address = ag_write_address >> shape$lane_bits;
            ag_banks$0$write_data = ag_write_data;
            ag_banks$0$lane_write = ag_write & in_axon$q & l_v1$0;
        end
        buf_banks$0$clock = clock;
        buf_banks$0$read_bank = (((index >> shape$depth_bits) & shape$lane_mask) & 8'hff);
        buf_banks$0$write_bank = (((index >> shape$depth_bits) & shape$lane_mask) & 8'hff);
        if (in_syn$q) begin
            buf_banks$0$read_address = lanes$0$buf_read_address;
            buf_banks$0$write_address = lanes$0$buf_write_address;
            buf_banks$0$write_data = lanes$0$buf_write_data;
            buf_banks$0$write = 1'b0;
            buf_banks$0$lane_write = lanes$0$buf_write;
        end
        else begin
            buf_banks$0$read_address = (((index >> shape$depth_bits) >> shape$lane_bits) << shape$depth_bits) | (index & shape$depth_mask);
            if (phase$q == Phase$Clear) begin
                buf_banks$0$write_address = i_n$y;
                buf_banks$0$write_data = 32'h0;
                buf_banks$0$write = 1'b0;
                buf_banks$0$lane_write = i_n$y < shape$n_buf;
            end
            else begin
                buf_banks$0$write_address = (((index >> shape$depth_bits) >> shape$lane_bits) << shape$depth_bits) | (index & shape$depth_mask);
                buf_banks$0$write_data = cmd_data;
                buf_banks$0$write = host_write & (region == map$r_current_buffer);
                buf_banks$0$lane_write = 1'b0;
            end
        end
        buf_banks$0$chain_in = 32'h0;
        w_banks$0$chain_in = 32'h0;
        d_banks$0$chain_in = 32'h0;
        u_banks$0$chain_in = 32'h0;
        eps_banks$0$chain_in = 32'h0;
        eta_banks$0$chain_in = 32'h0;
        dg_banks$0$chain_in = 32'h0;
        ag_banks$0$chain_in = 32'h0;
        zeta_banks$0$chain_in = 32'h0;
        psi_banks$0$chain_in = 32'h0;
        ms_banks$0$chain_in = 32'h0;
        fb_banks$0$chain_in = 32'h0;
        lanes$0$clock = clock;
        lanes$0$wd = wd_r8$0;
        lanes$0$axonal = a_rdata;
        lanes$0$s2_valid = lane_s2;
        lanes$0$first = q2_i_n$y;
        lanes$0$s3_word = s3_word$q;
        lanes$0$clear = lane_clear;
        lanes$0$events = events;
        lanes$0$s2_close = q2_close$q;
        lanes$0$t_slot = t$q & shape$depth_mask;
        lanes$0$buf_word = buf_banks$0$word;
        hist_lanes$0$clock = clock;
        hist_lanes$0$read_source = src_read;
        hist_lanes$0$write_source = src_write;
        hist_lanes$0$write_data = src_wdata;
        hist_lanes$0$h_write = h_write;
        hist_lanes$0$a_write = a_write;
        hist_lanes$0$in_write = in_write;
        hist_lanes$0$sp_write = sp_write;
        hist_lanes$0$hist_wb = hist_wb;
        hist_lanes$0$a_lane = ax3_v$q;
        hist_lanes$0$a_data = pass_lanes$0$d_next;
        if (ax3_v$q) begin
            hist_lanes$0$group = ax3_i$q;
        end
        else begin
            hist_lanes$0$group = q1_i_n$y;
        end
        hist_lanes$0$hist_clear = hist_clear;
        hist_lanes$0$clear_all = clear_all;
        hist_lanes$0$clear_address = i_n$y;
        hist_lanes$0$syn = in_syn$q;
        hist_lanes$0$act_idx = act_idx;
        hist_lanes$0$act_count = act_count;
        hist_lanes$0$latch = latch_start;
        hist_lanes$0$events = events;
        hist_lanes$0$sp_lanes = lif_lanes$0$write6;
        hist_lanes$0$sp_group = lif_lanes$0$row6;
        hist_lanes$0$sp_bit = lif_lanes$0$spike6;
        hist_lanes$0$sp_live = lif_lanes$0$write6;
        hist_lanes$0$h_chain_in = 32'h0;
        hist_lanes$0$a_chain_in = 32'h0;
        hist_lanes$0$in_chain_in = 32'h0;
        hist_lanes$0$sp_chain_in = 32'h0;
        hist_lanes$0$act_chain_in = 32'h0;
        hist_lanes$0$start_in = 32'h0;
        hist_lanes$0$span1_in = 32'h0;
        hist_lanes$0$span2_in = 32'h0;
        hist_lanes$0$span3_in = 32'h0;
        hist_lanes$0$span4_in = 32'h0;
        out_lanes$0$clock = clock;
        out_lanes$0$weight = u_r8$0;
        out_lanes$0$s2_valid = out_s2;
        out_lanes$0$first = q2_i_n$y;
        out_lanes$0$shift = out_shift;
        out_lanes$0$close = out_close;
        out_lanes$0$clear = out_clear;
        out_lanes$0$acc_in = 32'h0;
    end
    
endmodule // top


module top$ag_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$ag_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$ag_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$ag_banks$0


module top$ag_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [36:0] mem [0:9];
    
    always @(posedge clock) begin
       read_data <= {27'b0, mem[read_address[3:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[3:0] == read_address[3:0]) begin
          read_data <= {27'b0, mem[read_address[3:0]]} ^ {27'b0, {37{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[3:0]] <= write_data[36:0];
       end
    end
endmodule // top$ag_banks$0$memory


module top$ag_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ag_banks$0$sel


module top$aux(d,q,clock);
    
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
          
endmodule // top$aux


module top$aux_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$aux_n


module top$ax3_i(d,q,clock);
    
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
          
endmodule // top$ax3_i


module top$ax3_v(d,q,clock);
    
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
          
endmodule // top$ax3_v


module top$b_y(d,q,clock);
    
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
          
endmodule // top$b_y


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


module top$base_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$base_n


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


module top$bext(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{56{x[7]}}, x[7:0]};
endmodule // top$bext


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


module top$buf_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$buf_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$buf_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$buf_banks$0


module top$buf_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [11:0] mem [0:111];
    
    always @(posedge clock) begin
       read_data <= {52'b0, mem[read_address[6:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[6:0] == read_address[6:0]) begin
          read_data <= {52'b0, mem[read_address[6:0]]} ^ {52'b0, {12{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[6:0]] <= write_data[11:0];
       end
    end
endmodule // top$buf_banks$0$memory


module top$buf_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$buf_banks$0$sel


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


module top$d_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$d_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$d_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$d_banks$0


module top$d_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    always @(posedge clock) read_data <= 64'h0;
endmodule // top$d_banks$0$memory


module top$d_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$d_banks$0$sel


module top$dacc_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{16{x[47]}}, x[47:0]};
endmodule // top$dacc_n


module top$decision_sums(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [63:0] mem [0:2];
    
    always @(posedge clock) begin
       read_data <= mem[read_address[1:0]];
    `ifndef SYNTHESIS
       if (write_enable && write_address[1:0] == read_address[1:0]) begin
          read_data <= mem[read_address[1:0]] ^ {64{1'b1}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[1:0]] <= write_data[63:0];
       end
    end
endmodule // top$decision_sums


module top$dg_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$dg_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$dg_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$dg_banks$0


module top$dg_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [33:0] mem [0:9];
    
    always @(posedge clock) begin
       read_data <= {30'b0, mem[read_address[3:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[3:0] == read_address[3:0]) begin
          read_data <= {30'b0, mem[read_address[3:0]]} ^ {30'b0, {34{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[3:0]] <= write_data[33:0];
       end
    end
endmodule // top$dg_banks$0$memory


module top$dg_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$dg_banks$0$sel


module top$e_ext(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{47{x[16]}}, x[16:0]};
endmodule // top$e_ext


module top$eps_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$eps_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$eps_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$eps_banks$0


module top$eps_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [11:0] mem [0:159];
    
    always @(posedge clock) begin
       read_data <= {52'b0, mem[read_address[7:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[7:0] == read_address[7:0]) begin
          read_data <= {52'b0, mem[read_address[7:0]]} ^ {52'b0, {12{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[7:0]] <= write_data[11:0];
       end
    end
endmodule // top$eps_banks$0$memory


module top$eps_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eps_banks$0$sel


module top$err_p(d,q,clock);
    
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
          
endmodule // top$err_p


module top$err_v(d,q,clock);
    
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
          
endmodule // top$err_v


module top$err_word(d,q,clock);
    
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
          
endmodule // top$err_word


module top$eta_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$eta_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$eta_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$eta_banks$0


module top$eta_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [11:0] mem [0:159];
    
    always @(posedge clock) begin
       read_data <= {52'b0, mem[read_address[7:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[7:0] == read_address[7:0]) begin
          read_data <= {52'b0, mem[read_address[7:0]]} ^ {52'b0, {12{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[7:0]] <= write_data[11:0];
       end
    end
endmodule // top$eta_banks$0$memory


module top$eta_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eta_banks$0$sel


module top$eta_fwd$0(d,q,clock);
    
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
          
endmodule // top$eta_fwd$0


module top$fb_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$fb_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$fb_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$fb_banks$0


module top$fb_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    always @(posedge clock) read_data <= 64'h0;
endmodule // top$fb_banks$0$memory


module top$fb_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$fb_banks$0$sel


module top$fifo_base(d,q,clock);
    
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
          
endmodule // top$fifo_base


module top$flags(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$flags


module top$head(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$head


module top$hist_alt$0(d,q,clock);
    
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
          
endmodule // top$hist_alt$0


module top$hist_lanes$0(clock,read_source,write_source,write_data,h_write,a_write,a_lane,a_data,in_write,sp_write,sp_lanes,sp_bit,sp_live,sp_group,h_chain_in,a_chain_in,in_chain_in,sp_chain_in,h_chain_out,a_chain_out,h_word,a_word,in_chain_out,sp_chain_out,hist_wb,group,hist_clear,clear_all,clear_address,syn,act_idx,act_count,act_chain_in,act_chain_out,latch,events,start_in,start_out,span1_in,span2_in,span3_in,span4_in,span0_out,span1_out,span2_out,span3_out);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_source;
    input wire  [31:0] write_source;
    input wire  [63:0] write_data;
    input wire  h_write;
    input wire  a_write;
    input wire  a_lane;
    input wire  [63:0] a_data;
    input wire  in_write;
    input wire  sp_write;
    input wire  sp_lanes;
    input wire  sp_bit;
    input wire  sp_live;
    input wire  [31:0] sp_group;
    input wire  [63:0] h_chain_in;
    input wire  [63:0] a_chain_in;
    input wire  [63:0] in_chain_in;
    input wire  [63:0] sp_chain_in;
    output reg  [63:0] h_chain_out;
    output reg  [63:0] a_chain_out;
    output reg  [63:0] h_word;
    output reg  [63:0] a_word;
    output reg  [63:0] in_chain_out;
    output reg  [63:0] sp_chain_out;
    input wire  hist_wb;
    input wire  [31:0] group;
    input wire  hist_clear;
    input wire  clear_all;
    input wire  [31:0] clear_address;
    input wire  syn;
    input wire  [31:0] act_idx;
    input wire  act_count;
    input wire  [63:0] act_chain_in;
    output reg  [63:0] act_chain_out;
    input wire  latch;
    input wire  events;
    input wire  [31:0] start_in;
    output reg  [31:0] start_out;
    input wire  [31:0] span1_in;
    input wire  [31:0] span2_in;
    input wire  [31:0] span3_in;
    input wire  [31:0] span4_in;
    output reg  [31:0] span0_out;
    output reg  [31:0] span1_out;
    output reg  [31:0] span2_out;
    output reg  [31:0] span3_out;
    
    // Constant declarations
    localparam  index = 32'h0;
    localparam  lane_mask = 32'h0;
    localparam  lane_bits = 32'h0;
    localparam  n_in = 32'ha;
    localparam  n_src = 32'ha;
    localparam  spike_row0 = 32'ha;
    localparam  sp_row = 32'h0;
    localparam  synaptic = 1'b0;
    
    // Stub signals
    reg  history$clock;
    reg  [31:0] history$read_address;
    wire  [63:0] history$read_data;
    reg  [31:0] history$write_address;
    reg  [63:0] history$write_data;
    reg  history$write_enable;
    reg  inputs$clock;
    reg  [31:0] inputs$read_address;
    wire  [63:0] inputs$read_data;
    reg  [31:0] inputs$write_address;
    reg  [63:0] inputs$write_data;
    reg  inputs$write_enable;
    reg  spikes$clock;
    reg  [31:0] spikes$read_address;
    wire  [63:0] spikes$read_data;
    reg  [31:0] spikes$write_address;
    reg  [63:0] spikes$write_data;
    reg  spikes$write_enable;
    reg  axonal$clock;
    reg  [31:0] axonal$read_address;
    wire  [63:0] axonal$read_data;
    reg  [31:0] axonal$write_address;
    reg  [63:0] axonal$write_data;
    reg  axonal$write_enable;
    reg  active$clock;
    reg  [31:0] active$read_address;
    wire  [63:0] active$read_data;
    reg  [31:0] active$write_address;
    reg  [63:0] active$write_data;
    reg  active$write_enable;
    reg  [63:0] push$word;
    reg  push$spike;
    reg  [63:0] push$axonal;
    reg  [63:0] push$synaptic;
    wire  [63:0] push$pushed;
    wire  [7:0] push$tap;
    wire  [31:0] push$tap_index;
    wire  push$tap_bit;
    wire  push$pushed_bit;
    reg  [63:0] h_reg$d;
    wire  [63:0] h_reg$q;
    reg  h_reg$clock;
    reg  [63:0] a_reg$d;
    wire  [63:0] a_reg$q;
    reg  a_reg$clock;
    reg  in_reg$d;
    wire  in_reg$q;
    reg  in_reg$clock;
    reg  sp_reg$d;
    wire  sp_reg$q;
    reg  sp_reg$clock;
    reg  sel$d;
    wire  sel$q;
    reg  sel$clock;
    reg  asel$d;
    wire  asel$q;
    reg  asel$clock;
    reg  acount$d;
    wire  acount$q;
    reg  acount$clock;
    reg  [31:0] count$d;
    wire  [31:0] count$q;
    reg  count$clock;
    reg  aw_v$d;
    wire  aw_v$q;
    reg  aw_v$clock;
    reg  [31:0] aw_address$d;
    wire  [31:0] aw_address$q;
    reg  aw_address$clock;
    reg  [31:0] aw_source$d;
    wire  [31:0] aw_source$q;
    reg  aw_source$clock;
    reg  [31:0] start$d;
    wire  [31:0] start$q;
    reg  start$clock;
    reg  [31:0] count_n$x;
    wire  [31:0] count_n$y;
    reg  [31:0] span1_n$x;
    wire  [31:0] span1_n$y;
    reg  [31:0] span2_n$x;
    wire  [31:0] span2_n$y;
    reg  [31:0] span3_n$x;
    wire  [31:0] span3_n$y;
    reg  [31:0] start_n$x;
    wire  [31:0] start_n$y;
    reg  [31:0] entry_n$x;
    wire  [31:0] entry_n$y;
    
    // Local signals
    reg  [31:0] source;
    reg  is_input;
    reg  valid;
    reg  appends;
    reg  write_hit;
    reg  [31:0] entry;
    
    // Sub module instances
    top$hist_lanes$0$history history(
        .clock(history$clock),
        .read_address(history$read_address),
        .read_data(history$read_data),
        .write_address(history$write_address),
        .write_data(history$write_data),
        .write_enable(history$write_enable)
    );
    top$hist_lanes$0$inputs inputs(
        .clock(inputs$clock),
        .read_address(inputs$read_address),
        .read_data(inputs$read_data),
        .write_address(inputs$write_address),
        .write_data(inputs$write_data),
        .write_enable(inputs$write_enable)
    );
    top$hist_lanes$0$spikes spikes(
        .clock(spikes$clock),
        .read_address(spikes$read_address),
        .read_data(spikes$read_data),
        .write_address(spikes$write_address),
        .write_data(spikes$write_data),
        .write_enable(spikes$write_enable)
    );
    top$hist_lanes$0$axonal axonal(
        .clock(axonal$clock),
        .read_address(axonal$read_address),
        .read_data(axonal$read_data),
        .write_address(axonal$write_address),
        .write_data(axonal$write_data),
        .write_enable(axonal$write_enable)
    );
    top$hist_lanes$0$active active(
        .clock(active$clock),
        .read_address(active$read_address),
        .read_data(active$read_data),
        .write_address(active$write_address),
        .write_data(active$write_data),
        .write_enable(active$write_enable)
    );
    top$hist_lanes$0$push push(
        .word(push$word),
        .spike(push$spike),
        .axonal(push$axonal),
        .synaptic(push$synaptic),
        .pushed(push$pushed),
        .tap(push$tap),
        .tap_index(push$tap_index),
        .tap_bit(push$tap_bit),
        .pushed_bit(push$pushed_bit)
    );
    top$hist_lanes$0$h_reg h_reg(
        .d(h_reg$d),
        .q(h_reg$q),
        .clock(h_reg$clock)
    );
    top$hist_lanes$0$a_reg a_reg(
        .d(a_reg$d),
        .q(a_reg$q),
        .clock(a_reg$clock)
    );
    top$hist_lanes$0$in_reg in_reg(
        .d(in_reg$d),
        .q(in_reg$q),
        .clock(in_reg$clock)
    );
    top$hist_lanes$0$sp_reg sp_reg(
        .d(sp_reg$d),
        .q(sp_reg$q),
        .clock(sp_reg$clock)
    );
    top$hist_lanes$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    top$hist_lanes$0$asel asel(
        .d(asel$d),
        .q(asel$q),
        .clock(asel$clock)
    );
    top$hist_lanes$0$acount acount(
        .d(acount$d),
        .q(acount$q),
        .clock(acount$clock)
    );
    top$hist_lanes$0$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$hist_lanes$0$aw_v aw_v(
        .d(aw_v$d),
        .q(aw_v$q),
        .clock(aw_v$clock)
    );
    top$hist_lanes$0$aw_address aw_address(
        .d(aw_address$d),
        .q(aw_address$q),
        .clock(aw_address$clock)
    );
    top$hist_lanes$0$aw_source aw_source(
        .d(aw_source$d),
        .q(aw_source$q),
        .clock(aw_source$clock)
    );
    top$hist_lanes$0$start start(
        .d(start$d),
        .q(start$q),
        .clock(start$clock)
    );
    top$hist_lanes$0$count_n count_n(
        .x(count_n$x),
        .y(count_n$y)
    );
    top$hist_lanes$0$span1_n span1_n(
        .x(span1_n$x),
        .y(span1_n$y)
    );
    top$hist_lanes$0$span2_n span2_n(
        .x(span2_n$x),
        .y(span2_n$y)
    );
    top$hist_lanes$0$span3_n span3_n(
        .x(span3_n$x),
        .y(span3_n$y)
    );
    top$hist_lanes$0$start_n start_n(
        .x(start_n$x),
        .y(start_n$y)
    );
    top$hist_lanes$0$entry_n entry_n(
        .x(entry_n$x),
        .y(entry_n$y)
    );
    
    // Update code
    always @(*) begin
        h_reg$clock = clock;
        a_reg$clock = clock;
        in_reg$clock = clock;
        sp_reg$clock = clock;
        sel$clock = clock;
        asel$clock = clock;
        acount$clock = clock;
        count$clock = clock;
        start$clock = clock;
        aw_v$clock = clock;
        aw_address$clock = clock;
        aw_source$clock = clock;
        h_reg$d = h_reg$q;
        a_reg$d = a_reg$q;
        in_reg$d = in_reg$q;
        sp_reg$d = sp_reg$q;
        sel$d = sel$q;
        asel$d = asel$q;
        acount$d = acount$q;
        count$d = count$q;
        start$d = start$q;
        aw_v$d = aw_v$q;
        aw_address$d = aw_address$q;
        aw_source$d = aw_source$q;
        history$clock = clock;
        inputs$clock = clock;
        spikes$clock = clock;
        axonal$clock = clock;
        active$clock = clock;
        history$read_address = read_source >> lane_bits;
        inputs$read_address = read_source >> lane_bits;
        axonal$read_address = read_source >> lane_bits;
        spikes$read_address = (read_source >> lane_bits) - spike_row0;
        sel$d = (read_source & lane_mask) == index;
        h_word = history$read_data;
        a_word = axonal$read_data;
        if (sel$q) begin
            h_chain_out = h_chain_in | history$read_data;
            a_chain_out = a_chain_in | axonal$read_data;
            in_chain_out = in_chain_in | inputs$read_data;
            sp_chain_out = sp_chain_in | spikes$read_data;
        end
        else begin
            h_chain_out = h_chain_in;
            a_chain_out = a_chain_in;
            in_chain_out = in_chain_in;
            sp_chain_out = sp_chain_in;
        end
        source = (group << lane_bits) | index;
        valid = source < n_src;
        is_input = source < n_in;
        h_reg$d = history$read_data;
        a_reg$d = axonal$read_data;
        in_reg$d = inputs$read_data[32'h0];
        sp_reg$d = spikes$read_data[32'h0];
        push$word = h_reg$q;
        push$axonal = a_reg$q;
        push$synaptic = 32'h0;
        if (((group << lane_bits) | index) < n_in) begin
            push$spike = in_reg$q;
        end
        else begin
            push$spike = sp_reg$q;
        end
        if (events) begin
            appends = hist_wb & valid & push$pushed[32'h0];
        end
        else if (synaptic) begin
            appends = hist_wb & valid & |push$pushed;
        end
        else begin
            appends = hist_wb & valid & push$pushed_bit;
        end
        write_hit = (write_source & lane_mask) == index;
        history$write_address = write_source >> lane_bits;
        history$write_data = write_data;
        history$write_enable = h_write & write_hit;
        inputs$write_address = write_source >> lane_bits;
        inputs$write_data = write_data;
        inputs$write_enable = in_write & write_hit;
        spikes$write_address = (write_source >> lane_bits) - spike_row0;
        spikes$write_data = write_data;
        spikes$write_enable = sp_write & write_hit;
        if (sp_lanes) begin
            spikes$write_address = sp_group + sp_row;
            spikes$write_data = ((sp_bit) & 64'hffffffffffffffff);
            spikes$write_enable = sp_live;
        end
        axonal$write_address = write_source >> lane_bits;
        axonal$write_data = write_data;
        axonal$write_enable = a_write & write_hit;
        if (a_lane) begin
            axonal$write_address = group;
            axonal$write_data = a_data;
            axonal$write_enable = valid;
        end
        if (hist_wb) begin
            history$write_address = group;
            history$write_data = push$pushed;
            history$write_enable = valid;
            inputs$write_address = group;
            inputs$write_data = 32'h0;
            inputs$write_enable = valid & is_input;
        end
        if (clear_all) begin
            history$write_address = clear_address;
            history$write_data = 32'h0;
            history$write_enable = 1'b1;
            inputs$write_address = clear_address;
            inputs$write_data = 32'h0;
            inputs$write_enable = 1'b1;
            spikes$write_address = clear_address;
            spikes$write_data = 32'h0;
            spikes$write_enable = 1'b1;
        end
        count_n$x = count$q;
        aw_v$d = appends;
        aw_address$d = count_n$y;
        aw_source$d = source;
        active$write_address = aw_address$q;
        active$write_data = ((aw_source$q) & 64'hffffffffffffffff);
        active$write_enable = aw_v$q;
        if (hist_clear) begin
            count$d = 32'h0;
        end
        else if (appends) begin
            count$d = count_n$y + 32'h1;
        end
        span1_n$x = count_n$y + span1_in;
        span2_n$x = span1_n$y + span2_in;
        span3_n$x = span2_n$y + span3_in;
        start_n$x = span3_n$y + span4_in;
        span0_out = count_n$y;
        span1_out = span1_n$y;
        span2_out = span2_n$y;
        span3_out = span3_n$y;
        start_out = start_n$y;
        if (latch) begin
            start$d = start_in;
        end
        entry_n$x = act_idx - start$q;
        entry = entry_n$y;
        if (syn) begin
            active$read_address = entry;
            asel$d = entry < count_n$y;
        end
        else begin
            active$read_address = act_idx >> lane_bits;
            asel$d = (act_idx & lane_mask) == index;
        end
        acount$d = act_count;
        if (asel$q & acount$q) begin
            act_chain_out = act_chain_in | ((count_n$y) & 64'hffffffffffffffff);
        end
        else if (asel$q) begin
            act_chain_out = act_chain_in | active$read_data;
        end
        else begin
            act_chain_out = act_chain_in;
        end
    end
    
endmodule // top$hist_lanes$0


module top$hist_lanes$0$a_reg(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$a_reg


module top$hist_lanes$0$acount(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$acount


module top$hist_lanes$0$active(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [3:0] mem [0:9];
    
    always @(posedge clock) begin
       read_data <= {60'b0, mem[read_address[3:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[3:0] == read_address[3:0]) begin
          read_data <= {60'b0, mem[read_address[3:0]]} ^ {60'b0, {4{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[3:0]] <= write_data[3:0];
       end
    end
endmodule // top$hist_lanes$0$active


module top$hist_lanes$0$asel(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$asel


module top$hist_lanes$0$aw_address(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$aw_address


module top$hist_lanes$0$aw_source(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$aw_source


module top$hist_lanes$0$aw_v(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$aw_v


module top$hist_lanes$0$axonal(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [6:0] mem [0:9];
    reg [3:0] read_q;
    
    always @(posedge clock) begin
       read_q <= read_address[3:0];
       if (write_enable) begin
          mem[write_address[3:0]] <= write_data[6:0];
       end
    end
    `ifndef SYNTHESIS
    reg collided;
    always @(posedge clock) collided <= write_enable && write_address[3:0] == read_address[3:0];
    always @(*) read_data = {57'b0, mem[read_q]} ^ (collided ? {57'b0, {7{1'b1}}} : 64'h0);
    `else
    always @(*) read_data = {57'b0, mem[read_q]};
    `endif
endmodule // top$hist_lanes$0$axonal


module top$hist_lanes$0$count(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$count


module top$hist_lanes$0$count_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {27'b0, x[4:0]};
endmodule // top$hist_lanes$0$count_n


module top$hist_lanes$0$entry_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {27'b0, x[4:0]};
endmodule // top$hist_lanes$0$entry_n


module top$hist_lanes$0$h_reg(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$h_reg


module top$hist_lanes$0$history(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:9];
    reg [3:0] read_q;
    
    always @(posedge clock) begin
       read_q <= read_address[3:0];
       if (write_enable) begin
          mem[write_address[3:0]] <= write_data[15:0];
       end
    end
    `ifndef SYNTHESIS
    reg collided;
    always @(posedge clock) collided <= write_enable && write_address[3:0] == read_address[3:0];
    always @(*) read_data = {48'b0, mem[read_q]} ^ (collided ? {48'b0, {16{1'b1}}} : 64'h0);
    `else
    always @(*) read_data = {48'b0, mem[read_q]};
    `endif
endmodule // top$hist_lanes$0$history


module top$hist_lanes$0$in_reg(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$in_reg


module top$hist_lanes$0$inputs(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [0:0] mem [0:9];
    reg [3:0] read_q;
    
    always @(posedge clock) begin
       read_q <= read_address[3:0];
       if (write_enable) begin
          mem[write_address[3:0]] <= write_data[0:0];
       end
    end
    `ifndef SYNTHESIS
    reg collided;
    always @(posedge clock) collided <= write_enable && write_address[3:0] == read_address[3:0];
    always @(*) read_data = {63'b0, mem[read_q]} ^ (collided ? {63'b0, {1{1'b1}}} : 64'h0);
    `else
    always @(*) read_data = {63'b0, mem[read_q]};
    `endif
endmodule // top$hist_lanes$0$inputs


module top$hist_lanes$0$push(word,spike,axonal,synaptic,pushed,tap,tap_index,tap_bit,pushed_bit);
    
    // Module arguments
    input wire  [63:0] word;
    input wire  spike;
    input wire  [63:0] axonal;
    input wire  [63:0] synaptic;
    output reg  [63:0] pushed;
    output reg  [7:0] tap;
    output reg  [31:0] tap_index;
    output reg  tap_bit;
    output reg  pushed_bit;
    
    // Constant declarations
    localparam  mask = 64'hffff;
    localparam  half = 64'h4;
    localparam  frac = 8'h3;
    localparam  last_tap = 64'hf;
    localparam  beyond = 64'hfffffffffffffff0;
    
    // Local signals
    reg  [63:0] path;
    
    // Update code
    always @(*) begin
        pushed = ((word << 32'h1) | ((spike) & 64'hffffffffffffffff)) & mask;
        path = (axonal + synaptic + half) >> frac;
        if ((path & beyond) != 32'h0) begin
            tap = ((last_tap) & 8'hff);
            tap_index = ((last_tap) & 32'hffffffff);
        end
        else begin
            tap = ((path) & 8'hff);
            tap_index = ((path) & 32'hffffffff);
        end
        tap_bit = word[tap];
        pushed_bit = pushed[tap];
    end
    
endmodule // top$hist_lanes$0$push


module top$hist_lanes$0$sel(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$sel


module top$hist_lanes$0$sp_reg(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$sp_reg


module top$hist_lanes$0$span1_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {27'b0, x[4:0]};
endmodule // top$hist_lanes$0$span1_n


module top$hist_lanes$0$span2_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {27'b0, x[4:0]};
endmodule // top$hist_lanes$0$span2_n


module top$hist_lanes$0$span3_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {27'b0, x[4:0]};
endmodule // top$hist_lanes$0$span3_n


module top$hist_lanes$0$spikes(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [0:0] mem [0:6];
    reg [2:0] read_q;
    
    always @(posedge clock) begin
       read_q <= read_address[2:0];
       if (write_enable) begin
          mem[write_address[2:0]] <= write_data[0:0];
       end
    end
    `ifndef SYNTHESIS
    reg collided;
    always @(posedge clock) collided <= write_enable && write_address[2:0] == read_address[2:0];
    always @(*) read_data = {63'b0, mem[read_q]} ^ (collided ? {63'b0, {1{1'b1}}} : 64'h0);
    `else
    always @(*) read_data = {63'b0, mem[read_q]};
    `endif
endmodule // top$hist_lanes$0$spikes


module top$hist_lanes$0$start(d,q,clock);
    
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
          
endmodule // top$hist_lanes$0$start


module top$hist_lanes$0$start_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {27'b0, x[4:0]};
endmodule // top$hist_lanes$0$start_n


module top$hist_reg$0(d,q,clock);
    
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
          
endmodule // top$hist_reg$0


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


module top$i_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$i_n


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


module top$idx_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$idx_n


module top$in_axon(d,q,clock);
    
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
          
endmodule // top$in_axon


module top$in_pass2(d,q,clock);
    
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
          
endmodule // top$in_pass2


module top$in_rupd(d,q,clock);
    
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
          
endmodule // top$in_rupd


module top$in_syn(d,q,clock);
    
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
          
endmodule // top$in_syn


module top$l_a$0(d,q,clock);
    
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
          
endmodule // top$l_a$0


module top$l_acc$0(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$l_acc$0


module top$l_acc_n$0(x,y);
    
    // Module arguments
    input wire  [127:0] x;
    output reg  [127:0] y;
    
    // Update code (custom)
    always @(*) y = {{90{x[37]}}, x[37:0]};
endmodule // top$l_acc_n$0


module top$l_ag_n$0(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{27{x[36]}}, x[36:0]};
endmodule // top$l_ag_n$0


module top$l_ag_write$0(d,q,clock);
    
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
          
endmodule // top$l_ag_write$0


module top$l_ax$0(d,q,clock);
    
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
          
endmodule // top$l_ax$0


module top$l_ax1$0(d,q,clock);
    
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
          
endmodule // top$l_ax1$0


module top$l_d$0(d,q,clock);
    
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
          
endmodule // top$l_d$0


module top$l_d3$0(d,q,clock);
    
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
          
endmodule // top$l_d3$0


module top$l_d4$0(d,q,clock);
    
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
          
endmodule // top$l_d4$0


module top$l_dg_data$0(d,q,clock);
    
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
          
endmodule // top$l_dg_data$0


module top$l_dg_write$0(d,q,clock);
    
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
          
endmodule // top$l_dg_write$0


module top$l_dh4$0(d,q,clock);
    
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
          
endmodule // top$l_dh4$0


module top$l_eps$0(d,q,clock);
    
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
          
endmodule // top$l_eps$0


module top$l_eta$0(d,q,clock);
    
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
          
endmodule // top$l_eta$0


module top$l_g$0(d,q,clock);
    
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
          
endmodule // top$l_g$0


module top$l_g3$0(d,q,clock);
    
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
          
endmodule // top$l_g3$0


module top$l_g4$0(d,q,clock);
    
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
          
endmodule // top$l_g4$0


module top$l_g_n$0(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{30{x[33]}}, x[33:0]};
endmodule // top$l_g_n$0


module top$l_hi3$0(d,q,clock);
    
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
          
endmodule // top$l_hi3$0


module top$l_hi4$0(d,q,clock);
    
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
          
endmodule // top$l_hi4$0


module top$l_m(d,q,clock);
    
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
          
endmodule // top$l_m


module top$l_mw$0(d,q,clock);
    
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
          
endmodule // top$l_mw$0


module top$l_r$0(d,q,clock);
    
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
          
endmodule // top$l_r$0


module top$l_r3$0(d,q,clock);
    
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
          
endmodule // top$l_r3$0


module top$l_syn$0(d,q,clock);
    
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
          
endmodule // top$l_syn$0


module top$l_syn1$0(d,q,clock);
    
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
          
endmodule // top$l_syn1$0


module top$l_v2$0(d,q,clock);
    
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
          
endmodule // top$l_v2$0


module top$l_v2r$0(d,q,clock);
    
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
          
endmodule // top$l_v2r$0


module top$l_w$0(d,q,clock);
    
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
          
endmodule // top$l_w$0


module top$l_w3$0(d,q,clock);
    
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
          
endmodule // top$l_w3$0


module top$l_w4$0(d,q,clock);
    
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
          
endmodule // top$l_w4$0


module top$l_xt$0(d,q,clock);
    
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
          
endmodule // top$l_xt$0


module top$l_yd$0(d,q,clock);
    
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
          
endmodule // top$l_yd$0


module top$l_yw$0(d,q,clock);
    
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
          
endmodule // top$l_yw$0


module top$label(d,q,clock);
    
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
          
endmodule // top$label


module top$lanes$0(clock,wd,axonal,s2_valid,first,s3_word,clear,acc,events,s2_close,t_slot,buf_word,buf_read_address,buf_write_address,buf_write_data,buf_write);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] wd;
    input wire  [63:0] axonal;
    input wire  s2_valid;
    input wire  [31:0] first;
    input wire  [63:0] s3_word;
    input wire  clear;
    output reg  [63:0] acc;
    input wire  events;
    input wire  s2_close;
    input wire  [31:0] t_slot;
    input wire  [63:0] buf_word;
    output reg  [31:0] buf_read_address;
    output reg  [31:0] buf_write_address;
    output reg  [63:0] buf_write_data;
    output reg  buf_write;
    
    // Constant declarations
    localparam  lane_bits = 32'h0;
    localparam  depth_bits = 32'h4;
    localparam  depth_mask = 32'hf;
    localparam  index = 8'h0;
    localparam  hidden = 32'h7;
    localparam  low32 = 64'hffffffff;
    
    // Stub signals
    reg  [63:0] delay_tap$word;
    reg  delay_tap$spike;
    reg  [63:0] delay_tap$axonal;
    reg  [63:0] delay_tap$synaptic;
    wire  [63:0] delay_tap$pushed;
    wire  [7:0] delay_tap$tap;
    wire  [31:0] delay_tap$tap_index;
    wire  delay_tap$tap_bit;
    wire  delay_tap$pushed_bit;
    reg  s3_close$d;
    wire  s3_close$q;
    reg  s3_close$clock;
    reg  s3_c$d;
    wire  s3_c$q;
    reg  s3_c$clock;
    reg  [31:0] s3_row$d;
    wire  [31:0] s3_row$q;
    reg  s3_row$clock;
    reg  r4_v$d;
    wire  r4_v$q;
    reg  r4_v$clock;
    reg  r4_c$d;
    wire  r4_c$q;
    reg  r4_c$clock;
    reg  r4_close$d;
    wire  r4_close$q;
    reg  r4_close$clock;
    reg  [63:0] r4_sum$d;
    wire  [63:0] r4_sum$q;
    reg  r4_sum$clock;
    reg  [31:0] r4_addr$d;
    wire  [31:0] r4_addr$q;
    reg  r4_addr$clock;
    reg  [63:0] r4_w$d;
    wire  [63:0] r4_w$q;
    reg  r4_w$clock;
    reg  r5_v$d;
    wire  r5_v$q;
    reg  r5_v$clock;
    reg  r5_c$d;
    wire  r5_c$q;
    reg  r5_c$clock;
    reg  [31:0] r5_addr$d;
    wire  [31:0] r5_addr$q;
    reg  r5_addr$clock;
    reg  [63:0] r5_w$d;
    wire  [63:0] r5_w$q;
    reg  r5_w$clock;
    reg  [63:0] r5_word$d;
    wire  [63:0] r5_word$q;
    reg  r5_word$clock;
    reg  r5_m6$d;
    wire  r5_m6$q;
    reg  r5_m6$clock;
    reg  r5_m7$d;
    wire  r5_m7$q;
    reg  r5_m7$clock;
    reg  r6_v$d;
    wire  r6_v$q;
    reg  r6_v$clock;
    reg  [31:0] r6_addr$d;
    wire  [31:0] r6_addr$q;
    reg  r6_addr$clock;
    reg  [63:0] r6_sum$d;
    wire  [63:0] r6_sum$q;
    reg  r6_sum$clock;
    reg  [63:0] r7_sum$d;
    wire  [63:0] r7_sum$q;
    reg  r7_sum$clock;
    reg  [63:0] buf_n$x;
    wire  [63:0] buf_n$y;
    reg  [63:0] word_n$x;
    wire  [63:0] word_n$y;
    reg  [63:0] r6_sum_n$x;
    wire  [63:0] r6_sum_n$y;
    reg  [63:0] r7_sum_n$x;
    wire  [63:0] r7_sum_n$y;
    reg  s3_v$d;
    wire  s3_v$q;
    reg  s3_v$clock;
    reg  [63:0] s3_d$d;
    wire  [63:0] s3_d$q;
    reg  s3_d$clock;
    reg  [63:0] s3_a$d;
    wire  [63:0] s3_a$q;
    reg  s3_a$clock;
    reg  [63:0] s3_w$d;
    wire  [63:0] s3_w$q;
    reg  s3_w$clock;
    reg  [63:0] sum$d;
    wire  [63:0] sum$q;
    reg  sum$clock;
    reg  [63:0] sum_n$x;
    wire  [63:0] sum_n$y;
    reg  [63:0] hold$d;
    wire  [63:0] hold$q;
    reg  hold$clock;
    reg  [63:0] hold_n$x;
    wire  [63:0] hold_n$y;
    reg  [63:0] s3_w_n$x;
    wire  [63:0] s3_w_n$y;
    
    // Local signals
    reg  m5;
    reg  m6;
    reg  [63:0] base;
    reg  [63:0] slot_sum;
    reg  live;
    reg  hit;
    
    // Sub module instances
    top$lanes$0$delay_tap delay_tap(
        .word(delay_tap$word),
        .spike(delay_tap$spike),
        .axonal(delay_tap$axonal),
        .synaptic(delay_tap$synaptic),
        .pushed(delay_tap$pushed),
        .tap(delay_tap$tap),
        .tap_index(delay_tap$tap_index),
        .tap_bit(delay_tap$tap_bit),
        .pushed_bit(delay_tap$pushed_bit)
    );
    top$lanes$0$s3_close s3_close(
        .d(s3_close$d),
        .q(s3_close$q),
        .clock(s3_close$clock)
    );
    top$lanes$0$s3_c s3_c(
        .d(s3_c$d),
        .q(s3_c$q),
        .clock(s3_c$clock)
    );
    top$lanes$0$s3_row s3_row(
        .d(s3_row$d),
        .q(s3_row$q),
        .clock(s3_row$clock)
    );
    top$lanes$0$r4_v r4_v(
        .d(r4_v$d),
        .q(r4_v$q),
        .clock(r4_v$clock)
    );
    top$lanes$0$r4_c r4_c(
        .d(r4_c$d),
        .q(r4_c$q),
        .clock(r4_c$clock)
    );
    top$lanes$0$r4_close r4_close(
        .d(r4_close$d),
        .q(r4_close$q),
        .clock(r4_close$clock)
    );
    top$lanes$0$r4_sum r4_sum(
        .d(r4_sum$d),
        .q(r4_sum$q),
        .clock(r4_sum$clock)
    );
    top$lanes$0$r4_addr r4_addr(
        .d(r4_addr$d),
        .q(r4_addr$q),
        .clock(r4_addr$clock)
    );
    top$lanes$0$r4_w r4_w(
        .d(r4_w$d),
        .q(r4_w$q),
        .clock(r4_w$clock)
    );
    top$lanes$0$r5_v r5_v(
        .d(r5_v$d),
        .q(r5_v$q),
        .clock(r5_v$clock)
    );
    top$lanes$0$r5_c r5_c(
        .d(r5_c$d),
        .q(r5_c$q),
        .clock(r5_c$clock)
    );
    top$lanes$0$r5_addr r5_addr(
        .d(r5_addr$d),
        .q(r5_addr$q),
        .clock(r5_addr$clock)
    );
    top$lanes$0$r5_w r5_w(
        .d(r5_w$d),
        .q(r5_w$q),
        .clock(r5_w$clock)
    );
    top$lanes$0$r5_word r5_word(
        .d(r5_word$d),
        .q(r5_word$q),
        .clock(r5_word$clock)
    );
    top$lanes$0$r5_m6 r5_m6(
        .d(r5_m6$d),
        .q(r5_m6$q),
        .clock(r5_m6$clock)
    );
    top$lanes$0$r5_m7 r5_m7(
        .d(r5_m7$d),
        .q(r5_m7$q),
        .clock(r5_m7$clock)
    );
    top$lanes$0$r6_v r6_v(
        .d(r6_v$d),
        .q(r6_v$q),
        .clock(r6_v$clock)
    );
    top$lanes$0$r6_addr r6_addr(
        .d(r6_addr$d),
        .q(r6_addr$q),
        .clock(r6_addr$clock)
    );
    top$lanes$0$r6_sum r6_sum(
        .d(r6_sum$d),
        .q(r6_sum$q),
        .clock(r6_sum$clock)
    );
    top$lanes$0$r7_sum r7_sum(
        .d(r7_sum$d),
        .q(r7_sum$q),
        .clock(r7_sum$clock)
    );
    top$lanes$0$buf_n buf_n(
        .x(buf_n$x),
        .y(buf_n$y)
    );
    top$lanes$0$word_n word_n(
        .x(word_n$x),
        .y(word_n$y)
    );
    top$lanes$0$r6_sum_n r6_sum_n(
        .x(r6_sum_n$x),
        .y(r6_sum_n$y)
    );
    top$lanes$0$r7_sum_n r7_sum_n(
        .x(r7_sum_n$x),
        .y(r7_sum_n$y)
    );
    top$lanes$0$s3_v s3_v(
        .d(s3_v$d),
        .q(s3_v$q),
        .clock(s3_v$clock)
    );
    top$lanes$0$s3_d s3_d(
        .d(s3_d$d),
        .q(s3_d$q),
        .clock(s3_d$clock)
    );
    top$lanes$0$s3_a s3_a(
        .d(s3_a$d),
        .q(s3_a$q),
        .clock(s3_a$clock)
    );
    top$lanes$0$s3_w s3_w(
        .d(s3_w$d),
        .q(s3_w$q),
        .clock(s3_w$clock)
    );
    top$lanes$0$sum sum(
        .d(sum$d),
        .q(sum$q),
        .clock(sum$clock)
    );
    top$lanes$0$sum_n sum_n(
        .x(sum_n$x),
        .y(sum_n$y)
    );
    top$lanes$0$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    top$lanes$0$hold_n hold_n(
        .x(hold_n$x),
        .y(hold_n$y)
    );
    top$lanes$0$s3_w_n s3_w_n(
        .x(s3_w_n$x),
        .y(s3_w_n$y)
    );
    
    // Update code
    always @(*) begin
        s3_v$clock = clock;
        s3_d$clock = clock;
        s3_a$clock = clock;
        s3_w$clock = clock;
        sum$clock = clock;
        hold$clock = clock;
        s3_close$clock = clock;
        s3_c$clock = clock;
        s3_row$clock = clock;
        r4_v$clock = clock;
        r4_c$clock = clock;
        r4_close$clock = clock;
        r4_sum$clock = clock;
        r4_addr$clock = clock;
        r4_w$clock = clock;
        r5_v$clock = clock;
        r5_c$clock = clock;
        r5_addr$clock = clock;
        r5_w$clock = clock;
        r5_word$clock = clock;
        r5_m6$clock = clock;
        r5_m7$clock = clock;
        r6_v$clock = clock;
        r6_addr$clock = clock;
        r6_sum$clock = clock;
        r7_sum$clock = clock;
        s3_v$d = s3_v$q;
        s3_d$d = s3_d$q;
        s3_a$d = s3_a$q;
        s3_w$d = s3_w$q;
        sum$d = sum$q;
        hold$d = hold$q;
        s3_close$d = s3_close$q;
        s3_c$d = s3_c$q;
        s3_row$d = s3_row$q;
        r4_v$d = r4_v$q;
        r4_c$d = r4_c$q;
        r4_close$d = r4_close$q;
        r4_sum$d = r4_sum$q;
        r4_addr$d = r4_addr$q;
        r4_w$d = r4_w$q;
        r5_v$d = r5_v$q;
        r5_c$d = r5_c$q;
        r5_addr$d = r5_addr$q;
        r5_w$d = r5_w$q;
        r5_word$d = r5_word$q;
        r5_m6$d = r5_m6$q;
        r5_m7$d = r5_m7$q;
        r6_v$d = r6_v$q;
        r6_addr$d = r6_addr$q;
        r6_sum$d = r6_sum$q;
        r7_sum$d = r7_sum$q;
        live = (first + ((index) & 32'hffffffff)) < hidden;
        s3_v$d = s2_valid & live;
        s3_d$d = wd >> 32'h20;
        s3_a$d = axonal;
        s3_w$d = wd & low32;
        s3_close$d = s2_close;
        s3_c$d = s2_close & live;
        s3_row$d = (first >> lane_bits) << depth_bits;
        delay_tap$word = s3_word;
        delay_tap$spike = 1'b0;
        delay_tap$axonal = s3_a$q;
        delay_tap$synaptic = s3_d$q;
        s3_w_n$x = s3_w$q;
        sum_n$x = sum$q;
        hold_n$x = hold$q;
        acc = hold_n$y;
        hit = s3_word[delay_tap$tap];
        if (s3_c$q) begin
            buf_read_address = s3_row$q | t_slot;
        end
        else begin
            buf_read_address = s3_row$q | ((t_slot + delay_tap$tap_index) & depth_mask);
        end
        r4_v$d = s3_v$q & events;
        r4_c$d = s3_c$q & events;
        r4_close$d = s3_close$q;
        r4_sum$d = sum_n$y;
        r4_addr$d = buf_read_address;
        r4_w$d = s3_w_n$y;
        word_n$x = r5_word$q;
        r6_sum_n$x = r6_sum$q;
        r7_sum_n$x = r7_sum$q;
        if (r5_m6$q) begin
            base = r6_sum_n$y;
        end
        else if (r5_m7$q) begin
            base = r7_sum_n$y;
        end
        else begin
            base = word_n$y;
        end
        slot_sum = base + r5_w$q;
        buf_write_address = r5_addr$q;
        buf_write = r5_v$q | r5_c$q;
        if (r5_c$q) begin
            buf_write_data = 32'h0;
        end
        else begin
            buf_write_data = slot_sum;
        end
        r6_v$d = r5_v$q | r5_c$q;
        r6_addr$d = r5_addr$q;
        r6_sum$d = buf_write_data;
        r7_sum$d = r6_sum$q;
        m5 = (r5_v$q | r5_c$q) & (r5_addr$q == r4_addr$q);
        m6 = r6_v$q & (r6_addr$q == r4_addr$q);
        r5_v$d = r4_v$q;
        r5_c$d = r4_c$q;
        r5_addr$d = r4_addr$q;
        r5_w$d = r4_w$q;
        r5_word$d = buf_word;
        r5_m6$d = m5;
        r5_m7$d = m6 & ~m5;
        buf_n$x = buf_word;
        if (clear | s3_close$q) begin
            sum$d = 32'h0;
        end
        else if (s3_v$q & hit & ~events) begin
            sum$d = sum_n$y + s3_w_n$y;
        end
        if (r4_close$q) begin
            if (~events) begin
                hold$d = r4_sum$q;
            end
            else if (r4_c$q & m5) begin
                hold$d = buf_write_data;
            end
            else if (r4_c$q & m6) begin
                hold$d = r6_sum_n$y;
            end
            else if (r4_c$q) begin
                hold$d = buf_n$y;
            end
            else begin
                hold$d = 32'h0;
            end
        end
    end
    
endmodule // top$lanes$0


module top$lanes$0$buf_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{52{x[11]}}, x[11:0]};
endmodule // top$lanes$0$buf_n


module top$lanes$0$delay_tap(word,spike,axonal,synaptic,pushed,tap,tap_index,tap_bit,pushed_bit);
    
    // Module arguments
    input wire  [63:0] word;
    input wire  spike;
    input wire  [63:0] axonal;
    input wire  [63:0] synaptic;
    output reg  [63:0] pushed;
    output reg  [7:0] tap;
    output reg  [31:0] tap_index;
    output reg  tap_bit;
    output reg  pushed_bit;
    
    // Constant declarations
    localparam  mask = 64'hffff;
    localparam  half = 64'h4;
    localparam  frac = 8'h3;
    localparam  last_tap = 64'hf;
    localparam  beyond = 64'hfffffffffffffff0;
    
    // Local signals
    reg  [63:0] path;
    
    // Update code
    always @(*) begin
        pushed = ((word << 32'h1) | ((spike) & 64'hffffffffffffffff)) & mask;
        path = (axonal + synaptic + half) >> frac;
        if ((path & beyond) != 32'h0) begin
            tap = ((last_tap) & 8'hff);
            tap_index = ((last_tap) & 32'hffffffff);
        end
        else begin
            tap = ((path) & 8'hff);
            tap_index = ((path) & 32'hffffffff);
        end
        tap_bit = word[tap];
        pushed_bit = pushed[tap];
    end
    
endmodule // top$lanes$0$delay_tap


module top$lanes$0$hold(d,q,clock);
    
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
          
endmodule // top$lanes$0$hold


module top$lanes$0$hold_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{38{x[25]}}, x[25:0]};
endmodule // top$lanes$0$hold_n


module top$lanes$0$r4_addr(d,q,clock);
    
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
          
endmodule // top$lanes$0$r4_addr


module top$lanes$0$r4_c(d,q,clock);
    
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
          
endmodule // top$lanes$0$r4_c


module top$lanes$0$r4_close(d,q,clock);
    
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
          
endmodule // top$lanes$0$r4_close


module top$lanes$0$r4_sum(d,q,clock);
    
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
          
endmodule // top$lanes$0$r4_sum


module top$lanes$0$r4_v(d,q,clock);
    
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
          
endmodule // top$lanes$0$r4_v


module top$lanes$0$r4_w(d,q,clock);
    
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
          
endmodule // top$lanes$0$r4_w


module top$lanes$0$r5_addr(d,q,clock);
    
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
          
endmodule // top$lanes$0$r5_addr


module top$lanes$0$r5_c(d,q,clock);
    
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
          
endmodule // top$lanes$0$r5_c


module top$lanes$0$r5_m6(d,q,clock);
    
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
          
endmodule // top$lanes$0$r5_m6


module top$lanes$0$r5_m7(d,q,clock);
    
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
          
endmodule // top$lanes$0$r5_m7


module top$lanes$0$r5_v(d,q,clock);
    
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
          
endmodule // top$lanes$0$r5_v


module top$lanes$0$r5_w(d,q,clock);
    
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
          
endmodule // top$lanes$0$r5_w


module top$lanes$0$r5_word(d,q,clock);
    
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
          
endmodule // top$lanes$0$r5_word


module top$lanes$0$r6_addr(d,q,clock);
    
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
          
endmodule // top$lanes$0$r6_addr


module top$lanes$0$r6_sum(d,q,clock);
    
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
          
endmodule // top$lanes$0$r6_sum


module top$lanes$0$r6_sum_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{52{x[11]}}, x[11:0]};
endmodule // top$lanes$0$r6_sum_n


module top$lanes$0$r6_v(d,q,clock);
    
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
          
endmodule // top$lanes$0$r6_v


module top$lanes$0$r7_sum(d,q,clock);
    
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
          
endmodule // top$lanes$0$r7_sum


module top$lanes$0$r7_sum_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{52{x[11]}}, x[11:0]};
endmodule // top$lanes$0$r7_sum_n


module top$lanes$0$s3_a(d,q,clock);
    
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
          
endmodule // top$lanes$0$s3_a


module top$lanes$0$s3_c(d,q,clock);
    
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
          
endmodule // top$lanes$0$s3_c


module top$lanes$0$s3_close(d,q,clock);
    
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
          
endmodule // top$lanes$0$s3_close


module top$lanes$0$s3_d(d,q,clock);
    
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
          
endmodule // top$lanes$0$s3_d


module top$lanes$0$s3_row(d,q,clock);
    
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
          
endmodule // top$lanes$0$s3_row


module top$lanes$0$s3_v(d,q,clock);
    
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
          
endmodule // top$lanes$0$s3_v


module top$lanes$0$s3_w(d,q,clock);
    
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
          
endmodule // top$lanes$0$s3_w


module top$lanes$0$s3_w_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{56{x[7]}}, x[7:0]};
endmodule // top$lanes$0$s3_w_n


module top$lanes$0$sum(d,q,clock);
    
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
          
endmodule // top$lanes$0$sum


module top$lanes$0$sum_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{38{x[25]}}, x[25:0]};
endmodule // top$lanes$0$sum_n


module top$lanes$0$word_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{52{x[11]}}, x[11:0]};
endmodule // top$lanes$0$word_n


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


module top$learn(x,trace,xt_reg,w,r_w,sh_w,dec_w,y_reg,y_gap,recip,p_reg,xt,y,w_next,p,pi);
    
    // Module arguments
    input wire  [63:0] x;
    input wire  [63:0] trace;
    input wire  [63:0] xt_reg;
    input wire  [63:0] w;
    input wire  [31:0] r_w;
    input wire  [7:0] sh_w;
    input wire  [127:0] dec_w;
    input wire  [63:0] y_reg;
    input wire  [63:0] y_gap;
    input wire  [63:0] recip;
    input wire  [63:0] p_reg;
    output reg  [63:0] xt;
    output reg  [63:0] y;
    output reg  [63:0] w_next;
    output reg  [63:0] p;
    output reg  [63:0] pi;
    
    // Constant declarations
    localparam  w_sign = 64'h80;
    localparam  w_min = 64'hffffffffffffff80;
    localparam  w_max = 64'h7f;
    localparam  w_high = 64'hffffffffffffff80;
    
    // Stub signals
    reg  [63:0] mul_xt$a;
    reg  [63:0] mul_xt$b;
    wire  [63:0] mul_xt$p;
    reg  [63:0] mul_pi$a;
    reg  [63:0] mul_pi$b;
    wire  [63:0] mul_pi$p;
    reg  [63:0] sr_w$x;
    reg  [31:0] sr_w$r;
    reg  [7:0] sr_w$shift;
    reg  [127:0] sr_w$dec;
    wire  [63:0] sr_w$y;
    reg  [63:0] exp_rom$x;
    wire  [63:0] exp_rom$data;
    reg  [63:0] w_ext$x;
    wire  [63:0] w_ext$y;
    reg  [63:0] w_pre$x;
    wire  [63:0] w_pre$y;
    
    // Local signals
    reg  [63:0] w_hi;
    
    // Sub module instances
    top$learn$mul_xt mul_xt(
        .a(mul_xt$a),
        .b(mul_xt$b),
        .p(mul_xt$p)
    );
    top$learn$mul_pi mul_pi(
        .a(mul_pi$a),
        .b(mul_pi$b),
        .p(mul_pi$p)
    );
    top$learn$sr_w sr_w(
        .x(sr_w$x),
        .r(sr_w$r),
        .shift(sr_w$shift),
        .dec(sr_w$dec),
        .y(sr_w$y)
    );
    top$learn$exp_rom exp_rom(
        .x(exp_rom$x),
        .data(exp_rom$data)
    );
    top$learn$w_ext w_ext(
        .x(w_ext$x),
        .y(w_ext$y)
    );
    top$learn$w_pre w_pre(
        .x(w_pre$x),
        .y(w_pre$y)
    );
    
    // Update code
    always @(*) begin
        w_ext$x = w;
        mul_xt$a = x;
        mul_xt$b = trace;
        xt = mul_xt$p;
        sr_w$x = xt_reg;
        sr_w$r = r_w;
        sr_w$shift = sh_w;
        sr_w$dec = dec_w;
        y = sr_w$y;
        w_pre$x = w_ext$y - y_reg;
        w_hi = w_pre$y & w_high;
        if (~w_pre$y[32'h3f] & (w_hi != 32'h0)) begin
            w_next = w_max;
        end
        else if (w_pre$y[32'h3f] & (w_hi != w_high)) begin
            w_next = w_min;
        end
        else begin
            w_next = w_pre$y;
        end
        exp_rom$x = y_gap;
        p = exp_rom$data;
        mul_pi$a = p_reg;
        mul_pi$b = recip;
        pi = mul_pi$p >> 32'h10;
    end
    
endmodule // top$learn


module top$learn$exp_rom(x,data);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] data;
    
    // Update code (custom)
    function [15:0] lookup;
       input [31:0] a;
       case (a)
          0: lookup = 16'h8000;
          1: lookup = 16'h70f6;
          2: lookup = 16'h63b0;
          3: lookup = 16'h57f9;
          4: lookup = 16'h4da3;
          5: lookup = 16'h4483;
          6: lookup = 16'h3c77;
          7: lookup = 16'h355c;
          8: lookup = 16'h2f17;
          9: lookup = 16'h298e;
          10: lookup = 16'h24ac;
          11: lookup = 16'h205d;
          12: lookup = 16'h1c90;
          13: lookup = 16'h1934;
          14: lookup = 16'h163e;
          15: lookup = 16'h13a1;
          16: lookup = 16'h1153;
          17: lookup = 16'hf4a;
          18: lookup = 16'hd7e;
          19: lookup = 16'hbe8;
          20: lookup = 16'ha82;
          21: lookup = 16'h946;
          22: lookup = 16'h82f;
          23: lookup = 16'h739;
          24: lookup = 16'h65f;
          25: lookup = 16'h5a0;
          26: lookup = 16'h4f7;
          27: lookup = 16'h461;
          28: lookup = 16'h3de;
          29: lookup = 16'h369;
          30: lookup = 16'h303;
          31: lookup = 16'h2a8;
          32: lookup = 16'h258;
          33: lookup = 16'h212;
          34: lookup = 16'h1d3;
          35: lookup = 16'h19c;
          36: lookup = 16'h16c;
          37: lookup = 16'h141;
          38: lookup = 16'h11b;
          39: lookup = 16'hfa;
          40: lookup = 16'hdd;
          41: lookup = 16'hc3;
          42: lookup = 16'hac;
          43: lookup = 16'h98;
          44: lookup = 16'h86;
          45: lookup = 16'h76;
          46: lookup = 16'h68;
          47: lookup = 16'h5c;
          48: lookup = 16'h51;
          49: lookup = 16'h48;
          50: lookup = 16'h3f;
          51: lookup = 16'h38;
          52: lookup = 16'h31;
          53: lookup = 16'h2b;
          54: lookup = 16'h26;
          55: lookup = 16'h22;
          56: lookup = 16'h1e;
          57: lookup = 16'h1a;
          58: lookup = 16'h17;
          59: lookup = 16'h15;
          60: lookup = 16'h12;
          61: lookup = 16'h10;
          62: lookup = 16'he;
          63: lookup = 16'hc;
          default: lookup = 16'h0;
       endcase
    endfunction
    wire signed [16:0] sx = x[16:0];
    wire signed [16:0] index = (sx + 17'sd0) >>> 7;
    wire in_table = ~|index[16:6];
    wire signed [31:0] a = index;
    wire [15:0] e = in_table ? lookup(a) : 16'h0;
    always @(*) data = {48'b0, e};
endmodule // top$learn$exp_rom

// v-- Setting output parameters to net type for wrapped code.


module top$learn$mul_pi(a,b,p);
    
    // Module arguments
    input wire  [63:0] a;
    input wire  [63:0] b;
    output wire  [63:0] p;
    
    // Update code (wrapper)
    delaytile_mul_17x18 product(.a(a[16:0]), .b(b[17:0]), .p(p));
endmodule // top$learn$mul_pi

// v-- Setting output parameters to net type for wrapped code.


module top$learn$mul_xt(a,b,p);
    
    // Module arguments
    input wire  [63:0] a;
    input wire  [63:0] b;
    output wire  [63:0] p;
    
    // Update code (wrapper)
    delaytile_mul_17x13 product(.a(a[16:0]), .b(b[12:0]), .p(p));
endmodule // top$learn$mul_xt

// v-- Setting output parameters to net type for wrapped code.


module top$learn$sr_w(x,r,shift,dec,y);
    
    // Module arguments
    input wire  [63:0] x;
    input wire  [31:0] r;
    input wire  [7:0] shift;
    input wire  [127:0] dec;
    output wire  [63:0] y;
    
    // Update code (wrapper)
    wire [33:0] yk;
    delaytile_sshift_30_34 round(.x(x[29:0]), .r(r), .shift(shift), .dec(dec), .yk(yk));
    assign y = {{30{yk[33]}}, yk};
endmodule // top$learn$sr_w


module top$learn$w_ext(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{56{x[7]}}, x[7:0]};
endmodule // top$learn$w_ext


module top$learn$w_pre(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{29{x[34]}}, x[34:0]};
endmodule // top$learn$w_pre


module top$learn_on(d,q,clock);
    
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
          
endmodule // top$learn_on


module top$lif_lanes$0(clock,s2_close,first,v_word,z_word,current,row3,v_next,z_next,row5,write5,psi6,spike6,row6,write6);
    
    // Module arguments
    input wire  clock;
    input wire  s2_close;
    input wire  [31:0] first;
    input wire  [63:0] v_word;
    input wire  [63:0] z_word;
    input wire  [63:0] current;
    output reg  [31:0] row3;
    output reg  [63:0] v_next;
    output reg  [63:0] z_next;
    output reg  [31:0] row5;
    output reg  write5;
    output reg  [63:0] psi6;
    output reg  spike6;
    output reg  [31:0] row6;
    output reg  write6;
    
    // Constant declarations
    localparam  index = 32'h0;
    localparam  hidden = 32'h7;
    localparam  lane_bits = 32'h0;
    
    // Stub signals
    reg  [63:0] leak$x;
    reg  [63:0] leak$add;
    wire  [63:0] leak$y;
    reg  [63:0] lif$leaked;
    reg  [63:0] lif$current;
    wire  [63:0] lif$v_pre;
    wire  [63:0] lif$v_next;
    wire  lif$spike;
    reg  [63:0] rtrace$zeta;
    reg  rtrace$spike;
    reg  [63:0] rtrace$decayed_reg;
    wire  [63:0] rtrace$decayed;
    wire  [63:0] rtrace$zeta_next;
    reg  [63:0] psi$x;
    wire  [63:0] psi$data;
    reg  v3$d;
    wire  v3$q;
    reg  v3$clock;
    reg  v4$d;
    wire  v4$q;
    reg  v4$clock;
    reg  v5$d;
    wire  v5$q;
    reg  v5$clock;
    reg  v6$d;
    wire  v6$q;
    reg  v6$clock;
    reg  [31:0] r3$d;
    wire  [31:0] r3$q;
    reg  r3$clock;
    reg  [31:0] r4$d;
    wire  [31:0] r4$q;
    reg  r4$clock;
    reg  [31:0] r5$d;
    wire  [31:0] r5$q;
    reg  r5$clock;
    reg  [31:0] r6$d;
    wire  [31:0] r6$q;
    reg  r6$clock;
    reg  [63:0] leak5$d;
    wire  [63:0] leak5$q;
    reg  leak5$clock;
    reg  [63:0] zdec5$d;
    wire  [63:0] zdec5$q;
    reg  zdec5$clock;
    reg  [63:0] vpre6$d;
    wire  [63:0] vpre6$q;
    reg  vpre6$clock;
    reg  spk6$d;
    wire  spk6$q;
    reg  spk6$clock;
    reg  [31:0] r3_n$x;
    wire  [31:0] r3_n$y;
    reg  [63:0] leak5_n$x;
    wire  [63:0] leak5_n$y;
    reg  [63:0] zdec5_n$x;
    wire  [63:0] zdec5_n$y;
    reg  [63:0] vpre6_n$x;
    wire  [63:0] vpre6_n$y;
    
    // Sub module instances
    top$lif_lanes$0$leak leak(
        .x(leak$x),
        .add(leak$add),
        .y(leak$y)
    );
    top$lif_lanes$0$lif lif(
        .leaked(lif$leaked),
        .current(lif$current),
        .v_pre(lif$v_pre),
        .v_next(lif$v_next),
        .spike(lif$spike)
    );
    top$lif_lanes$0$rtrace rtrace(
        .zeta(rtrace$zeta),
        .spike(rtrace$spike),
        .decayed_reg(rtrace$decayed_reg),
        .decayed(rtrace$decayed),
        .zeta_next(rtrace$zeta_next)
    );
    top$lif_lanes$0$psi psi(
        .x(psi$x),
        .data(psi$data)
    );
    top$lif_lanes$0$v3 v3(
        .d(v3$d),
        .q(v3$q),
        .clock(v3$clock)
    );
    top$lif_lanes$0$v4 v4(
        .d(v4$d),
        .q(v4$q),
        .clock(v4$clock)
    );
    top$lif_lanes$0$v5 v5(
        .d(v5$d),
        .q(v5$q),
        .clock(v5$clock)
    );
    top$lif_lanes$0$v6 v6(
        .d(v6$d),
        .q(v6$q),
        .clock(v6$clock)
    );
    top$lif_lanes$0$r3 r3(
        .d(r3$d),
        .q(r3$q),
        .clock(r3$clock)
    );
    top$lif_lanes$0$r4 r4(
        .d(r4$d),
        .q(r4$q),
        .clock(r4$clock)
    );
    top$lif_lanes$0$r5 r5(
        .d(r5$d),
        .q(r5$q),
        .clock(r5$clock)
    );
    top$lif_lanes$0$r6 r6(
        .d(r6$d),
        .q(r6$q),
        .clock(r6$clock)
    );
    top$lif_lanes$0$leak5 leak5(
        .d(leak5$d),
        .q(leak5$q),
        .clock(leak5$clock)
    );
    top$lif_lanes$0$zdec5 zdec5(
        .d(zdec5$d),
        .q(zdec5$q),
        .clock(zdec5$clock)
    );
    top$lif_lanes$0$vpre6 vpre6(
        .d(vpre6$d),
        .q(vpre6$q),
        .clock(vpre6$clock)
    );
    top$lif_lanes$0$spk6 spk6(
        .d(spk6$d),
        .q(spk6$q),
        .clock(spk6$clock)
    );
    top$lif_lanes$0$r3_n r3_n(
        .x(r3_n$x),
        .y(r3_n$y)
    );
    top$lif_lanes$0$leak5_n leak5_n(
        .x(leak5_n$x),
        .y(leak5_n$y)
    );
    top$lif_lanes$0$zdec5_n zdec5_n(
        .x(zdec5_n$x),
        .y(zdec5_n$y)
    );
    top$lif_lanes$0$vpre6_n vpre6_n(
        .x(vpre6_n$x),
        .y(vpre6_n$y)
    );
    
    // Update code
    always @(*) begin
        v3$clock = clock;
        v4$clock = clock;
        v5$clock = clock;
        v6$clock = clock;
        r3$clock = clock;
        r4$clock = clock;
        r5$clock = clock;
        r6$clock = clock;
        leak5$clock = clock;
        zdec5$clock = clock;
        vpre6$clock = clock;
        spk6$clock = clock;
        v3$d = v3$q;
        v4$d = v4$q;
        v5$d = v5$q;
        v6$d = v6$q;
        r3$d = r3$q;
        r4$d = r4$q;
        r5$d = r5$q;
        r6$d = r6$q;
        leak5$d = leak5$q;
        zdec5$d = zdec5$q;
        vpre6$d = vpre6$q;
        spk6$d = spk6$q;
        v3$d = s2_close & ((first + index) < hidden);
        r3$d = first >> lane_bits;
        r3_n$x = r3$q;
        row3 = r3_n$y;
        v4$d = v3$q;
        r4$d = r3_n$y;
        leak$x = v_word;
        leak$add = 32'h0;
        rtrace$zeta = z_word;
        leak5$d = leak$y;
        zdec5$d = rtrace$decayed;
        v5$d = v4$q;
        r5$d = r4$q;
        leak5_n$x = leak5$q;
        zdec5_n$x = zdec5$q;
        lif$leaked = leak5_n$y;
        lif$current = current;
        rtrace$decayed_reg = zdec5_n$y;
        rtrace$spike = lif$spike;
        v_next = lif$v_next;
        z_next = rtrace$zeta_next;
        row5 = r5$q;
        write5 = v5$q;
        v6$d = v5$q;
        r6$d = r5$q;
        vpre6$d = lif$v_pre;
        spk6$d = lif$spike & v5$q;
        vpre6_n$x = vpre6$q;
        psi$x = vpre6_n$y;
        psi6 = psi$data;
        spike6 = spk6$q;
        row6 = r6$q;
        write6 = v6$q;
    end
    
endmodule // top$lif_lanes$0


module top$lif_lanes$0$leak(x,add,y);
    
    // Module arguments
    input wire  [63:0] x;
    input wire  [63:0] add;
    output reg  [63:0] y;
    
    // Update code (custom)
    wire signed [33:0] prod = $signed(x[15:0]) * $signed({1'b0, 17'd62259});
    wire signed [33:0] biased = prod + (x[15] ? 34'd65535 : 34'd0);
    wire signed [16:0] sr = biased[33:16];
    always @(*) y = {{47{sr[16]}}, sr};
endmodule // top$lif_lanes$0$leak


module top$lif_lanes$0$leak5(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$leak5


module top$lif_lanes$0$leak5_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{47{x[16]}}, x[16:0]};
endmodule // top$lif_lanes$0$leak5_n


module top$lif_lanes$0$lif(leaked,current,v_pre,v_next,spike);
    
    // Module arguments
    input wire  [63:0] leaked;
    input wire  [63:0] current;
    output reg  [63:0] v_pre;
    output reg  [63:0] v_next;
    output reg  spike;
    
    // Constant declarations
    localparam  high = 64'hffffffffffff8000;
    localparam  w_to_v = 8'h4;
    localparam  v_min = 64'hffffffffffff8000;
    localparam  v_max = 64'h7fff;
    localparam  theta = 64'h400;
    localparam  reset_zero = 1'b1;
    
    // Stub signals
    reg  [63:0] sum$x;
    wire  [63:0] sum$y;
    reg  [63:0] above$x;
    wire  [63:0] above$y;
    
    // Local signals
    reg  outside;
    reg  over;
    reg  under;
    
    // Sub module instances
    top$lif_lanes$0$lif$sum sum(
        .x(sum$x),
        .y(sum$y)
    );
    top$lif_lanes$0$lif$above above(
        .x(above$x),
        .y(above$y)
    );
    
    // Update code
    always @(*) begin
        sum$x = leaked + (current << w_to_v);
        above$x = sum$y - theta;
        outside = ((sum$y & high) != 32'h0) & ((sum$y & high) != high);
        over = outside & ~sum$y[32'h3f];
        under = outside & sum$y[32'h3f];
        if (over) begin
            v_pre = v_max;
        end
        else if (under) begin
            v_pre = v_min;
        end
        else begin
            v_pre = sum$y;
        end
        spike = ~above$y[32'h3f];
        if (~spike) begin
            v_next = v_pre;
        end
        else if (reset_zero) begin
            v_next = 32'h0;
        end
        else if (over) begin
            v_next = v_max - theta;
        end
        else begin
            v_next = above$y;
        end
    end
    
endmodule // top$lif_lanes$0$lif


module top$lif_lanes$0$lif$above(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{32{x[31]}}, x[31:0]};
endmodule // top$lif_lanes$0$lif$above


module top$lif_lanes$0$lif$sum(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{33{x[30]}}, x[30:0]};
endmodule // top$lif_lanes$0$lif$sum


module top$lif_lanes$0$psi(x,data);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] data;
    
    // Update code (custom)
    function [6:0] lookup;
       input [31:0] a;
       case (a)
          0: lookup = 7'h0;
          1: lookup = 7'h0;
          2: lookup = 7'h0;
          3: lookup = 7'h0;
          4: lookup = 7'h0;
          5: lookup = 7'h0;
          6: lookup = 7'h0;
          7: lookup = 7'h1;
          8: lookup = 7'h1;
          9: lookup = 7'h1;
          10: lookup = 7'h2;
          11: lookup = 7'h3;
          12: lookup = 7'h4;
          13: lookup = 7'h5;
          14: lookup = 7'h7;
          15: lookup = 7'h9;
          16: lookup = 7'hc;
          17: lookup = 7'hf;
          18: lookup = 7'h12;
          19: lookup = 7'h17;
          20: lookup = 7'h1b;
          21: lookup = 7'h20;
          22: lookup = 7'h26;
          23: lookup = 7'h2c;
          24: lookup = 7'h31;
          25: lookup = 7'h37;
          26: lookup = 7'h3d;
          27: lookup = 7'h42;
          28: lookup = 7'h46;
          29: lookup = 7'h49;
          30: lookup = 7'h4b;
          31: lookup = 7'h4d;
          32: lookup = 7'h4d;
          33: lookup = 7'h4b;
          34: lookup = 7'h49;
          35: lookup = 7'h46;
          36: lookup = 7'h42;
          37: lookup = 7'h3d;
          38: lookup = 7'h37;
          39: lookup = 7'h31;
          40: lookup = 7'h2c;
          41: lookup = 7'h26;
          42: lookup = 7'h20;
          43: lookup = 7'h1b;
          44: lookup = 7'h17;
          45: lookup = 7'h12;
          46: lookup = 7'hf;
          47: lookup = 7'hc;
          48: lookup = 7'h9;
          49: lookup = 7'h7;
          50: lookup = 7'h5;
          51: lookup = 7'h4;
          52: lookup = 7'h3;
          53: lookup = 7'h2;
          54: lookup = 7'h1;
          55: lookup = 7'h1;
          56: lookup = 7'h1;
          57: lookup = 7'h0;
          58: lookup = 7'h0;
          59: lookup = 7'h0;
          60: lookup = 7'h0;
          61: lookup = 7'h0;
          62: lookup = 7'h0;
          63: lookup = 7'h0;
          default: lookup = 7'h0;
       endcase
    endfunction
    wire signed [16:0] sx = x[16:0];
    wire signed [17:0] index = (sx + 18'sd1024) >>> 6;
    wire in_table = ~|index[17:6];
    wire signed [31:0] a = index;
    wire [6:0] e = in_table ? lookup(a) : 7'h0;
    always @(*) data = {57'b0, e};
endmodule // top$lif_lanes$0$psi


module top$lif_lanes$0$r3(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$r3


module top$lif_lanes$0$r3_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$lif_lanes$0$r3_n


module top$lif_lanes$0$r4(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$r4


module top$lif_lanes$0$r5(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$r5


module top$lif_lanes$0$r6(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$r6


module top$lif_lanes$0$rtrace(zeta,spike,decayed_reg,decayed,zeta_next);
    
    // Module arguments
    input wire  [63:0] zeta;
    input wire  spike;
    input wire  [63:0] decayed_reg;
    output reg  [63:0] decayed;
    output reg  [63:0] zeta_next;
    
    // Constant declarations
    localparam  trace_one = 64'h80;
    localparam  eps_max = 64'hfff;
    localparam  high = 64'hfffffffffffff000;
    
    // Stub signals
    reg  [63:0] leak$x;
    reg  [63:0] leak$add;
    wire  [63:0] leak$y;
    reg  [63:0] sum$x;
    wire  [63:0] sum$y;
    
    // Local signals
    reg  [63:0] hi;
    
    // Sub module instances
    top$lif_lanes$0$rtrace$leak leak(
        .x(leak$x),
        .add(leak$add),
        .y(leak$y)
    );
    top$lif_lanes$0$rtrace$sum sum(
        .x(sum$x),
        .y(sum$y)
    );
    
    // Update code
    always @(*) begin
        leak$x = zeta;
        leak$add = 32'h0;
        decayed = leak$y;
        if (spike) begin
            sum$x = decayed_reg + trace_one;
        end
        else begin
            sum$x = decayed_reg;
        end
        hi = sum$y & high;
        if (~sum$y[32'h3f] & (hi != 32'h0)) begin
            zeta_next = eps_max;
        end
        else begin
            zeta_next = sum$y;
        end
    end
    
endmodule // top$lif_lanes$0$rtrace

// v-- Setting output parameters to net type for wrapped code.


module top$lif_lanes$0$rtrace$leak(x,add,y);
    
    // Module arguments
    input wire  [63:0] x;
    input wire  [63:0] add;
    output wire  [63:0] y;
    
    // Update code (wrapper)
    wire [13:0] sr;
    delaytile_decay_13_58982 leak(.x(x[12:0]), .sr(sr));
    assign y = {{50{sr[13]}}, sr};
endmodule // top$lif_lanes$0$rtrace$leak


module top$lif_lanes$0$rtrace$sum(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{49{x[14]}}, x[14:0]};
endmodule // top$lif_lanes$0$rtrace$sum


module top$lif_lanes$0$spk6(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$spk6


module top$lif_lanes$0$v3(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$v3


module top$lif_lanes$0$v4(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$v4


module top$lif_lanes$0$v5(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$v5


module top$lif_lanes$0$v6(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$v6


module top$lif_lanes$0$vpre6(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$vpre6


module top$lif_lanes$0$vpre6_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{48{x[15]}}, x[15:0]};
endmodule // top$lif_lanes$0$vpre6_n


module top$lif_lanes$0$zdec5(d,q,clock);
    
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
          
endmodule // top$lif_lanes$0$zdec5


module top$lif_lanes$0$zdec5_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {52'b0, x[11:0]};
endmodule // top$lif_lanes$0$zdec5_n


module top$m_cur(d,q,clock);
    
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
          
endmodule // top$m_cur


module top$m_cur_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{48{x[15]}}, x[15:0]};
endmodule // top$m_cur_n


module top$m_ext(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{48{x[15]}}, x[15:0]};
endmodule // top$m_ext


module top$m_fresh(d,q,clock);
    
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
          
endmodule // top$m_fresh


module top$m_pend(d,q,clock);
    
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
          
endmodule // top$m_pend

// v-- Setting output parameters to net type for wrapped code.


module top$map(r_weights,r_synaptic_delays,r_axonal_delays,r_readout_weights,r_readout_biases,r_feedback_weights,r_spike_history,r_membranes,r_spikes,r_readout,r_decision_sums,r_input_spikes,r_active_sources,r_spike_list,r_readout_traces,r_psi,r_eps_trace_fifo,r_eta_trace_fifo,r_output_errors,r_modulated_signals,r_delay_gradients,r_axonal_gradients,r_current_buffer,r_lfsr,r_registers,reg_learn,reg_label,reg_sup_start,reg_flags,reg_shifts,reg_head,reg_modulated,reg_budget,reg_active,reg_spikes,reg_step,reg_bad_spike,reg_id,op_write,op_read,op_spike,op_step,op_clear,id_magic);
    
    // Module arguments
    output wire  [5:0] r_weights;
    output wire  [5:0] r_synaptic_delays;
    output wire  [5:0] r_axonal_delays;
    output wire  [5:0] r_readout_weights;
    output wire  [5:0] r_readout_biases;
    output wire  [5:0] r_feedback_weights;
    output wire  [5:0] r_spike_history;
    output wire  [5:0] r_membranes;
    output wire  [5:0] r_spikes;
    output wire  [5:0] r_readout;
    output wire  [5:0] r_decision_sums;
    output wire  [5:0] r_input_spikes;
    output wire  [5:0] r_active_sources;
    output wire  [5:0] r_spike_list;
    output wire  [5:0] r_readout_traces;
    output wire  [5:0] r_psi;
    output wire  [5:0] r_eps_trace_fifo;
    output wire  [5:0] r_eta_trace_fifo;
    output wire  [5:0] r_output_errors;
    output wire  [5:0] r_modulated_signals;
    output wire  [5:0] r_delay_gradients;
    output wire  [5:0] r_axonal_gradients;
    output wire  [5:0] r_current_buffer;
    output wire  [5:0] r_lfsr;
    output wire  [5:0] r_registers;
    output wire  [31:0] reg_learn;
    output wire  [31:0] reg_label;
    output wire  [31:0] reg_sup_start;
    output wire  [31:0] reg_flags;
    output wire  [31:0] reg_shifts;
    output wire  [31:0] reg_head;
    output wire  [31:0] reg_modulated;
    output wire  [31:0] reg_budget;
    output wire  [31:0] reg_active;
    output wire  [31:0] reg_spikes;
    output wire  [31:0] reg_step;
    output wire  [31:0] reg_bad_spike;
    output wire  [31:0] reg_id;
    output wire  [3:0] op_write;
    output wire  [3:0] op_read;
    output wire  [3:0] op_spike;
    output wire  [3:0] op_step;
    output wire  [3:0] op_clear;
    output wire  [63:0] id_magic;
    
    // Update code (wrapper)
    assign r_weights = 6'd0;
    assign r_synaptic_delays = 6'd1;
    assign r_axonal_delays = 6'd2;
    assign r_readout_weights = 6'd3;
    assign r_readout_biases = 6'd4;
    assign r_feedback_weights = 6'd5;
    assign r_spike_history = 6'd6;
    assign r_membranes = 6'd7;
    assign r_spikes = 6'd8;
    assign r_readout = 6'd9;
    assign r_decision_sums = 6'd10;
    assign r_input_spikes = 6'd11;
    assign r_active_sources = 6'd12;
    assign r_spike_list = 6'd13;
    assign r_readout_traces = 6'd16;
    assign r_psi = 6'd17;
    assign r_eps_trace_fifo = 6'd14;
    assign r_eta_trace_fifo = 6'd15;
    assign r_output_errors = 6'd19;
    assign r_modulated_signals = 6'd20;
    assign r_delay_gradients = 6'd21;
    assign r_axonal_gradients = 6'd22;
    assign r_current_buffer = 6'd23;
    assign r_lfsr = 6'd18;
    assign r_registers = 6'd63;
    assign reg_learn = 32'd6;
    assign reg_label = 32'd7;
    assign reg_sup_start = 32'd8;
    assign reg_flags = 32'd9;
    assign reg_shifts = 32'd10;
    assign reg_head = 32'd11;
    assign reg_modulated = 32'd12;
    assign reg_budget = 32'd0;
    assign reg_active = 32'd1;
    assign reg_spikes = 32'd2;
    assign reg_step = 32'd3;
    assign reg_bad_spike = 32'd4;
    assign reg_id = 32'd5;
    assign op_write = 4'd1;
    assign op_read = 4'd2;
    assign op_spike = 4'd3;
    assign op_step = 4'd4;
    assign op_clear = 4'd5;
    assign id_magic = 64'd75128797676801;
endmodule // top$map


module top$mean(d,q,clock);
    
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
          
endmodule // top$mean

// v-- Setting output parameters to net type for wrapped code.


module top$mean_g(total,lo_reg,hi_reg,lo,hi,mean);
    
    // Module arguments
    input wire  [127:0] total;
    input wire  [127:0] lo_reg;
    input wire  [127:0] hi_reg;
    output wire  [127:0] lo;
    output wire  [127:0] hi;
    output wire  [63:0] mean;
    
    // Update code (wrapper)
    wire [39:0] pl;
    wire [41:0] ph;
    delaytile_mean_41_6554 scale(.t(total[40:0]), .lo(pl), .hi(ph));
    assign lo = {{88{1'b0}}, pl};
    assign hi = {{86{ph[41]}}, ph};
    wire signed [61:0] prod = ($signed(hi_reg[61:0]) <<< 20) + $signed({1'b0, lo_reg[39:0]});
    wire signed [61:0] shifted = prod >>> 16;
    wire signed [127:0] wide = shifted;
    assign mean = wide[63:0];
endmodule // top$mean_g


module top$mean_g_hi(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mean_g_hi


module top$mean_g_lo(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mean_g_lo


module top$mean_g_reg(d,q,clock);
    
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
          
endmodule // top$mean_g_reg


module top$mean_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{27{x[36]}}, x[36:0]};
endmodule // top$mean_n

// v-- Setting output parameters to net type for wrapped code.


module top$mean_q(total,lo_reg,hi_reg,lo,hi,mean);
    
    // Module arguments
    input wire  [127:0] total;
    input wire  [127:0] lo_reg;
    input wire  [127:0] hi_reg;
    output wire  [127:0] lo;
    output wire  [127:0] hi;
    output wire  [63:0] mean;
    
    // Update code (wrapper)
    wire [38:0] pl;
    wire [39:0] ph;
    delaytile_mean_38_6554 scale(.t(total[37:0]), .lo(pl), .hi(ph));
    assign lo = {{89{1'b0}}, pl};
    assign hi = {{88{ph[39]}}, ph};
    wire signed [58:0] prod = ($signed(hi_reg[58:0]) <<< 19) + $signed({1'b0, lo_reg[38:0]});
    wire signed [58:0] shifted = prod >>> 16;
    wire signed [127:0] wide = shifted;
    assign mean = wide[63:0];
endmodule // top$mean_q


module top$mean_q_hi(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mean_q_hi


module top$mean_q_lo(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mean_q_lo


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


module top$ms_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$ms_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$ms_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$ms_banks$0


module top$ms_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:6];
    
    always @(posedge clock) begin
       read_data <= {48'b0, mem[read_address[2:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[2:0] == read_address[2:0]) begin
          read_data <= {48'b0, mem[read_address[2:0]]} ^ {48'b0, {16{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[2:0]] <= write_data[15:0];
       end
    end
endmodule // top$ms_banks$0$memory


module top$ms_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ms_banks$0$sel


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


module top$n_act_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$n_act_n


module top$n_m(d,q,clock);
    
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
          
endmodule // top$n_m


module top$n_m_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$n_m_n


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


module top$n_spk_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$n_spk_n


module top$nm_count(x,y);
    
    // Module arguments
    input wire  [15:0] x;
    output reg  [15:0] y;
    
    // Local signals
    reg  [15:0] pairs;
    reg  [15:0] nibbles;
    reg  [15:0] bytes;
    
    // Update code
    always @(*) begin
        pairs = (x & 64'h5555) + ((x >> 32'h1) & 64'h5555);
        nibbles = (pairs & 64'h3333) + ((pairs >> 32'h2) & 64'h3333);
        bytes = (nibbles & 64'hf0f) + ((nibbles >> 32'h4) & 64'hf0f);
        y = (bytes & 64'hff) + (bytes >> 32'h8);
    end
    
endmodule // top$nm_count


module top$nm_pend(d,q,clock);
    
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
          
endmodule // top$nm_pend


module top$o3_i(d,q,clock);
    
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
          
endmodule // top$o3_i


module top$o3_i_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$o3_i_n


module top$o3_sum(d,q,clock);
    
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
          
endmodule // top$o3_sum


module top$o3_sum_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{37{x[26]}}, x[26:0]};
endmodule // top$o3_sum_n


module top$o3_v(d,q,clock);
    
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
          
endmodule // top$o3_v


module top$o3_y(d,q,clock);
    
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
          
endmodule // top$o3_y


module top$o3_y_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{47{x[16]}}, x[16:0]};
endmodule // top$o3_y_n


module top$o4_cs_diff_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{14{x[49]}}, x[49:0]};
endmodule // top$o4_cs_diff_n


module top$o4_i(d,q,clock);
    
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
          
endmodule // top$o4_i


module top$o4_i_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$o4_i_n


module top$o4_sum_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{16{x[47]}}, x[47:0]};
endmodule // top$o4_sum_n


module top$o4_v(d,q,clock);
    
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
          
endmodule // top$o4_v


module top$o4_y(d,q,clock);
    
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
          
endmodule // top$o4_y


module top$o4_y_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{48{x[15]}}, x[15:0]};
endmodule // top$o4_y_n


module top$out(leaked,sum,y_next);
    
    // Module arguments
    input wire  [63:0] leaked;
    input wire  [63:0] sum;
    output reg  [63:0] y_next;
    
    // Constant declarations
    localparam  w_to_y = 8'h4;
    localparam  y_min = 64'hffffffffffff8000;
    localparam  y_max = 64'h7fff;
    localparam  high = 64'hffffffffffff8000;
    
    // Stub signals
    reg  [63:0] pre$x;
    wire  [63:0] pre$y;
    
    // Local signals
    reg  [63:0] hi;
    
    // Sub module instances
    top$out$pre pre(
        .x(pre$x),
        .y(pre$y)
    );
    
    // Update code
    always @(*) begin
        pre$x = leaked + (sum << w_to_y);
        hi = pre$y & high;
        if (~pre$y[32'h3f] & (hi != 32'h0)) begin
            y_next = y_max;
        end
        else if (pre$y[32'h3f] & (hi != high)) begin
            y_next = y_min;
        end
        else begin
            y_next = pre$y;
        end
    end
    
endmodule // top$out


module top$out$pre(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{32{x[31]}}, x[31:0]};
endmodule // top$out$pre


module top$out_lanes$0(clock,weight,s2_valid,first,shift,close,clear,acc_in,acc);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] weight;
    input wire  s2_valid;
    input wire  [31:0] first;
    input wire  shift;
    input wire  close;
    input wire  clear;
    input wire  [63:0] acc_in;
    output reg  [63:0] acc;
    
    // Constant declarations
    localparam  index = 8'h0;
    localparam  count = 32'h3;
    
    // Stub signals
    reg  [63:0] sum$d;
    wire  [63:0] sum$q;
    reg  sum$clock;
    reg  [63:0] sum_n$x;
    wire  [63:0] sum_n$y;
    reg  [63:0] hold$d;
    wire  [63:0] hold$q;
    reg  hold$clock;
    reg  [63:0] hold_n$x;
    wire  [63:0] hold_n$y;
    reg  [63:0] w_n$x;
    wire  [63:0] w_n$y;
    
    // Local signals
    reg  live;
    
    // Sub module instances
    top$out_lanes$0$sum sum(
        .d(sum$d),
        .q(sum$q),
        .clock(sum$clock)
    );
    top$out_lanes$0$sum_n sum_n(
        .x(sum_n$x),
        .y(sum_n$y)
    );
    top$out_lanes$0$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    top$out_lanes$0$hold_n hold_n(
        .x(hold_n$x),
        .y(hold_n$y)
    );
    top$out_lanes$0$w_n w_n(
        .x(w_n$x),
        .y(w_n$y)
    );
    
    // Update code
    always @(*) begin
        sum$clock = clock;
        hold$clock = clock;
        sum$d = sum$q;
        hold$d = hold$q;
        live = (first + ((index) & 32'hffffffff)) < count;
        sum_n$x = sum$q;
        hold_n$x = hold$q;
        acc = hold_n$y;
        w_n$x = weight;
        if (clear | close) begin
            sum$d = 32'h0;
        end
        else if (s2_valid & live) begin
            sum$d = sum_n$y + w_n$y;
        end
        if (close) begin
            hold$d = sum_n$y;
        end
        else if (shift) begin
            hold$d = acc_in;
        end
    end
    
endmodule // top$out_lanes$0


module top$out_lanes$0$hold(d,q,clock);
    
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
          
endmodule // top$out_lanes$0$hold


module top$out_lanes$0$hold_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{38{x[25]}}, x[25:0]};
endmodule // top$out_lanes$0$hold_n


module top$out_lanes$0$sum(d,q,clock);
    
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
          
endmodule // top$out_lanes$0$sum


module top$out_lanes$0$sum_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{38{x[25]}}, x[25:0]};
endmodule // top$out_lanes$0$sum_n


module top$out_lanes$0$w_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{56{x[7]}}, x[7:0]};
endmodule // top$out_lanes$0$w_n


module top$out_leak(x,add,y);
    
    // Module arguments
    input wire  [63:0] x;
    input wire  [63:0] add;
    output reg  [63:0] y;
    
    // Update code (custom)
    wire signed [33:0] prod = $signed(x[15:0]) * $signed({1'b0, 17'd58982});
    wire signed [33:0] biased = prod + (x[15] ? 34'd65535 : 34'd0);
    wire signed [16:0] sr = biased[33:16];
    always @(*) y = {{47{sr[16]}}, sr};
endmodule // top$out_leak


module top$output_errors(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [16:0] mem [0:2];
    
    always @(posedge clock) begin
       read_data <= {47'b0, mem[read_address[1:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[1:0] == read_address[1:0]) begin
          read_data <= {47'b0, mem[read_address[1:0]]} ^ {47'b0, {17{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[1:0]] <= write_data[16:0];
       end
    end
endmodule // top$output_errors


module top$p3_i(d,q,clock);
    
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
          
endmodule // top$p3_i


module top$p3_i_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$p3_i_n


module top$p3_v(d,q,clock);
    
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
          
endmodule // top$p3_v


module top$p4_row(d,q,clock);
    
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
          
endmodule // top$p4_row


module top$pass_lanes$0(m,w_q,w_reg,mw_reg,eta,q_reg,eps,xt_reg,w,r,sh_w,dec_w,g,mean,gm_reg,yw_reg,yd_reg,d,hi,dh,sh_d,dec_d,mw,w_word,q,q_wide,xt,yw,w_next,gm,yd,d_next);
    
    // Module arguments
    input wire  [63:0] m;
    input wire  [63:0] w_q;
    input wire  [63:0] w_reg;
    input wire  [63:0] mw_reg;
    input wire  [63:0] eta;
    input wire  [63:0] q_reg;
    input wire  [63:0] eps;
    input wire  [63:0] xt_reg;
    input wire  [63:0] w;
    input wire  [31:0] r;
    input wire  [7:0] sh_w;
    input wire  [127:0] dec_w;
    input wire  [63:0] g;
    input wire  [63:0] mean;
    input wire  [63:0] gm_reg;
    input wire  [63:0] yw_reg;
    input wire  [63:0] yd_reg;
    input wire  [63:0] d;
    input wire  [63:0] hi;
    input wire  [63:0] dh;
    input wire  [7:0] sh_d;
    input wire  [127:0] dec_d;
    output reg  [63:0] mw;
    output reg  [63:0] w_word;
    output reg  [63:0] q;
    output reg  [127:0] q_wide;
    output reg  [63:0] xt;
    output reg  [63:0] yw;
    output reg  [63:0] w_next;
    output reg  [63:0] gm;
    output reg  [63:0] yd;
    output reg  [63:0] d_next;
    
    // Constant declarations
    localparam  w_min = 64'hffffffffffffff80;
    localparam  w_max = 64'h7f;
    localparam  w_high = 64'hffffffffffffff80;
    localparam  high128 = 128'hffffffffffffffff0000000000000000;
    
    // Stub signals
    reg  [63:0] mul_xw$a;
    reg  [63:0] mul_xw$b;
    wire  [63:0] mul_xw$p;
    reg  [63:0] mul_q$a;
    reg  [63:0] mul_q$b;
    wire  [63:0] mul_q$p;
    reg  [63:0] mul_xt$a;
    reg  [63:0] mul_xt$b;
    wire  [63:0] mul_xt$p;
    reg  [63:0] sr_w$x;
    reg  [31:0] sr_w$r;
    reg  [7:0] sr_w$shift;
    reg  [127:0] sr_w$dec;
    wire  [63:0] sr_w$y;
    reg  [63:0] sr_d$x;
    reg  [31:0] sr_d$r;
    reg  [7:0] sr_d$shift;
    reg  [127:0] sr_d$dec;
    wire  [63:0] sr_d$y;
    reg  [63:0] w_pre$x;
    wire  [63:0] w_pre$y;
    reg  [63:0] d_pre$x;
    wire  [63:0] d_pre$y;
    reg  [63:0] w_reg_n$x;
    wire  [63:0] w_reg_n$y;
    reg  [63:0] w_n$x;
    wire  [63:0] w_n$y;
    reg  [63:0] dh_pre$x;
    wire  [63:0] dh_pre$y;
    
    // Local signals
    reg  [63:0] w_hi;
    
    // Sub module instances
    top$pass_lanes$0$mul_xw mul_xw(
        .a(mul_xw$a),
        .b(mul_xw$b),
        .p(mul_xw$p)
    );
    top$pass_lanes$0$mul_q mul_q(
        .a(mul_q$a),
        .b(mul_q$b),
        .p(mul_q$p)
    );
    top$pass_lanes$0$mul_xt mul_xt(
        .a(mul_xt$a),
        .b(mul_xt$b),
        .p(mul_xt$p)
    );
    top$pass_lanes$0$sr_w sr_w(
        .x(sr_w$x),
        .r(sr_w$r),
        .shift(sr_w$shift),
        .dec(sr_w$dec),
        .y(sr_w$y)
    );
    top$pass_lanes$0$sr_d sr_d(
        .x(sr_d$x),
        .r(sr_d$r),
        .shift(sr_d$shift),
        .dec(sr_d$dec),
        .y(sr_d$y)
    );
    top$pass_lanes$0$w_pre w_pre(
        .x(w_pre$x),
        .y(w_pre$y)
    );
    top$pass_lanes$0$d_pre d_pre(
        .x(d_pre$x),
        .y(d_pre$y)
    );
    top$pass_lanes$0$w_reg_n w_reg_n(
        .x(w_reg_n$x),
        .y(w_reg_n$y)
    );
    top$pass_lanes$0$w_n w_n(
        .x(w_n$x),
        .y(w_n$y)
    );
    top$pass_lanes$0$dh_pre dh_pre(
        .x(dh_pre$x),
        .y(dh_pre$y)
    );
    
    // Update code
    always @(*) begin
        w_word = w_q;
        mul_xw$a = m;
        w_reg_n$x = w_reg;
        mul_xw$b = w_reg_n$y;
        mw = mul_xw$p;
        mul_q$a = mw_reg;
        mul_q$b = eta;
        q = mul_q$p;
        if (q_reg[32'h3f]) begin
            q_wide = ((q_reg) & 128'hffffffffffffffffffffffffffffffff) | high128;
        end
        else begin
            q_wide = ((q_reg) & 128'hffffffffffffffffffffffffffffffff);
        end
        mul_xt$a = m;
        mul_xt$b = eps;
        xt = mul_xt$p;
        sr_w$x = xt_reg;
        sr_w$r = r;
        sr_w$shift = sh_w;
        sr_w$dec = dec_w;
        yw = sr_w$y;
        w_n$x = w;
        w_pre$x = (((w_n$y << 32'h1) | 32'h1) + ((~yw_reg << 32'h1) | (~yw_reg >> 32'h3f))) >> 32'h1;
        w_hi = w_pre$y & w_high;
        if (~w_pre$y[32'h3f] & (w_hi != 32'h0)) begin
            w_next = w_max;
        end
        else if (w_pre$y[32'h3f] & (w_hi != w_high)) begin
            w_next = w_min;
        end
        else begin
            w_next = w_pre$y;
        end
        gm = g - mean;
        sr_d$x = gm_reg;
        sr_d$r = (r << 32'h10) | (r >> 32'h10);
        sr_d$shift = sh_d;
        sr_d$dec = dec_d;
        yd = sr_d$y;
        d_pre$x = (((d << 32'h1) | 32'h1) + ((~yd_reg << 32'h1) | (~yd_reg >> 32'h3f))) >> 32'h1;
        dh_pre$x = (((dh << 32'h1) | 32'h1) + ((~yd_reg << 32'h1) | (~yd_reg >> 32'h3f))) >> 32'h1;
        if (~dh_pre$y[32'h3f]) begin
            d_next = hi;
        end
        else if (d_pre$y[32'h3f]) begin
            d_next = 32'h0;
        end
        else begin
            d_next = d_pre$y;
        end
    end
    
endmodule // top$pass_lanes$0


module top$pass_lanes$0$d_pre(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{54{x[9]}}, x[9:0]};
endmodule // top$pass_lanes$0$d_pre


module top$pass_lanes$0$dh_pre(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{54{x[9]}}, x[9:0]};
endmodule // top$pass_lanes$0$dh_pre

// v-- Setting output parameters to net type for wrapped code.


module top$pass_lanes$0$mul_q(a,b,p);
    
    // Module arguments
    input wire  [63:0] a;
    input wire  [63:0] b;
    output wire  [63:0] p;
    
    // Update code (wrapper)
    delaytile_mul_24x12 product(.a(a[23:0]), .b(b[11:0]), .p(p));
endmodule // top$pass_lanes$0$mul_q

// v-- Setting output parameters to net type for wrapped code.


module top$pass_lanes$0$mul_xt(a,b,p);
    
    // Module arguments
    input wire  [63:0] a;
    input wire  [63:0] b;
    output wire  [63:0] p;
    
    // Update code (wrapper)
    delaytile_mul_17x13 product(.a(a[16:0]), .b(b[12:0]), .p(p));
endmodule // top$pass_lanes$0$mul_xt

// v-- Setting output parameters to net type for wrapped code.


module top$pass_lanes$0$mul_xw(a,b,p);
    
    // Module arguments
    input wire  [63:0] a;
    input wire  [63:0] b;
    output wire  [63:0] p;
    
    // Update code (wrapper)
    delaytile_mul_16x8 product(.a(a[15:0]), .b(b[7:0]), .p(p));
endmodule // top$pass_lanes$0$mul_xw

// v-- Setting output parameters to net type for wrapped code.


module top$pass_lanes$0$sr_d(x,r,shift,dec,y);
    
    // Module arguments
    input wire  [63:0] x;
    input wire  [31:0] r;
    input wire  [7:0] shift;
    input wire  [127:0] dec;
    output wire  [63:0] y;
    
    // Update code (wrapper)
    wire [9:0] yk;
    delaytile_sshift_38_9_split round(.x(x[37:0]), .r(r), .shift(shift), .dec(dec), .yk(yk));
    assign y = {yk[9], {54{yk[8]}}, yk[8:0]};
endmodule // top$pass_lanes$0$sr_d

// v-- Setting output parameters to net type for wrapped code.


module top$pass_lanes$0$sr_w(x,r,shift,dec,y);
    
    // Module arguments
    input wire  [63:0] x;
    input wire  [31:0] r;
    input wire  [7:0] shift;
    input wire  [127:0] dec;
    output wire  [63:0] y;
    
    // Update code (wrapper)
    wire [10:0] yk;
    delaytile_sshift_30_10_split round(.x(x[29:0]), .r(r), .shift(shift), .dec(dec), .yk(yk));
    assign y = {yk[10], {53{yk[9]}}, yk[9:0]};
endmodule // top$pass_lanes$0$sr_w


module top$pass_lanes$0$w_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{56{x[7]}}, x[7:0]};
endmodule // top$pass_lanes$0$w_n


module top$pass_lanes$0$w_pre(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{53{x[10]}}, x[10:0]};
endmodule // top$pass_lanes$0$w_pre


module top$pass_lanes$0$w_reg_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{56{x[7]}}, x[7:0]};
endmodule // top$pass_lanes$0$w_reg_n


module top$pass_taps$0(word,spike,axonal,synaptic,pushed,tap,tap_index,tap_bit,pushed_bit);
    
    // Module arguments
    input wire  [63:0] word;
    input wire  spike;
    input wire  [63:0] axonal;
    input wire  [63:0] synaptic;
    output reg  [63:0] pushed;
    output reg  [7:0] tap;
    output reg  [31:0] tap_index;
    output reg  tap_bit;
    output reg  pushed_bit;
    
    // Constant declarations
    localparam  mask = 64'hffff;
    localparam  half = 64'h4;
    localparam  frac = 8'h3;
    localparam  last_tap = 64'hf;
    localparam  beyond = 64'hfffffffffffffff0;
    
    // Local signals
    reg  [63:0] path;
    
    // Update code
    always @(*) begin
        pushed = ((word << 32'h1) | ((spike) & 64'hffffffffffffffff)) & mask;
        path = (axonal + synaptic + half) >> frac;
        if ((path & beyond) != 32'h0) begin
            tap = ((last_tap) & 8'hff);
            tap_index = ((last_tap) & 32'hffffffff);
        end
        else begin
            tap = ((path) & 8'hff);
            tap_index = ((path) & 32'hffffffff);
        end
        tap_bit = word[tap];
        pushed_bit = pushed[tap];
    end
    
endmodule // top$pass_taps$0


module top$pf_eps$0(d,q,clock);
    
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
          
endmodule // top$pf_eps$0


module top$phase(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Enums
    localparam Phase$Idle = 0;
    localparam Phase$Clear = 1;
    localparam Phase$Hist = 2;
    localparam Phase$Syn = 3;
    localparam Phase$Out = 4;
    localparam Phase$Trace = 5;
    localparam Phase$Psum = 6;
    localparam Phase$Div = 7;
    localparam Phase$Err = 8;
    localparam Phase$Sig = 9;
    localparam Phase$Check = 10;
    localparam Phase$Decide = 11;
    localparam Phase$Pass1 = 12;
    localparam Phase$Mean = 13;
    localparam Phase$Lead = 14;
    localparam Phase$Pass2 = 15;
    localparam Phase$MeanG = 16;
    localparam Phase$Axon = 17;
    localparam Phase$Rupd = 18;
    localparam Phase$Done = 19;
    
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


module top$psi_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$psi_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$psi_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$psi_banks$0


module top$psi_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [7:0] mem [0:6];
    
    always @(posedge clock) begin
       read_data <= {56'b0, mem[read_address[2:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[2:0] == read_address[2:0]) begin
          read_data <= {56'b0, mem[read_address[2:0]]} ^ {56'b0, {8{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[2:0]] <= write_data[7:0];
       end
    end
endmodule // top$psi_banks$0$memory


module top$psi_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$psi_banks$0$sel


module top$psum(d,q,clock);
    
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
          
endmodule // top$psum


module top$psum_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {47'b0, x[16:0]};
endmodule // top$psum_n


module top$q1_ahead(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q1_ahead


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


module top$q1_base_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$q1_base_n


module top$q1_bias(d,q,clock);
    
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
          
endmodule // top$q1_bias


module top$q1_close(d,q,clock);
    
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
          
endmodule // top$q1_close


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


module top$q1_i_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$q1_i_n


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


module top$q1_m(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q1_m


module top$q1_ub(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q1_ub


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


module top$q2_close(d,q,clock);
    
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
          
endmodule // top$q2_close


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


module top$q2_i_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$q2_i_n


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


module top$q2_s(d,q,clock);
    
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
          
endmodule // top$q2_s


module top$q2_s_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$q2_s_n


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


module top$r_reg(d,q,clock);
    
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
          
endmodule // top$r_reg


module top$readout(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:2];
    
    always @(posedge clock) begin
       read_data <= {48'b0, mem[read_address[1:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[1:0] == read_address[1:0]) begin
          read_data <= {48'b0, mem[read_address[1:0]]} ^ {48'b0, {16{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[1:0]] <= write_data[15:0];
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
    (* no_rw_check *)
    reg [7:0] mem [0:2];
    
    always @(posedge clock) begin
       read_data <= {56'b0, mem[read_address[1:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[1:0] == read_address[1:0]) begin
          read_data <= {56'b0, mem[read_address[1:0]]} ^ {56'b0, {8{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[1:0]] <= write_data[7:0];
       end
    end
endmodule // top$readout_biases


module top$recip(d,q,clock);
    
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
          
endmodule // top$recip


module top$recip_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {31'b0, x[32:0]};
endmodule // top$recip_n


module top$rem(d,q,clock);
    
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
          
endmodule // top$rem


module top$rem_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {46'b0, x[17:0]};
endmodule // top$rem_n


module top$rot(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rot


module top$row_banks(d,q,clock);
    
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
          
endmodule // top$row_banks


module top$rsp_part$0(d,q,clock);
    
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
          
endmodule // top$rsp_part$0


module top$rsp_part$1(d,q,clock);
    
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
          
endmodule // top$rsp_part$1


module top$rsp_part$2(d,q,clock);
    
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
          
endmodule // top$rsp_part$2


module top$rsp_part$3(d,q,clock);
    
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
          
endmodule // top$rsp_part$3


module top$rsp_part$4(d,q,clock);
    
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
          
endmodule // top$rsp_part$4


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


module top$rsp_sel(d,q,clock);
    
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
          
endmodule // top$rsp_sel


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


module top$rsp_v2(d,q,clock);
    
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
          
endmodule // top$rsp_v2


module top$rupd_bias(d,q,clock);
    
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
          
endmodule // top$rupd_bias


module top$rupd_i(d,q,clock);
    
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
          
endmodule // top$rupd_i


module top$rupd_i_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$rupd_i_n


module top$rupd_ub(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rupd_ub


module top$rupd_v(d,q,clock);
    
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
          
endmodule // top$rupd_v


module top$s3_word(d,q,clock);
    
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
          
endmodule // top$s3_word


module top$s_acc$0(d,q,clock);
    
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
          
endmodule // top$s_acc$0


module top$s_acc_n$0(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{38{x[25]}}, x[25:0]};
endmodule // top$s_acc_n$0


module top$s_b$0(d,q,clock);
    
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
          
endmodule // top$s_b$0


module top$s_e(d,q,clock);
    
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
          
endmodule // top$s_e


module top$s_prod$0(d,q,clock);
    
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
          
endmodule // top$s_prod$0


module top$s_psi$0(d,q,clock);
    
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
          
endmodule // top$s_psi$0


module top$sb_last(d,q,clock);
    
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
          
endmodule // top$sb_last


module top$sb_v(d,q,clock);
    
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
          
endmodule // top$sb_v


module top$seed_hit(d,q,clock);
    
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
          
endmodule // top$seed_hit


module top$seed_word(d,q,clock);
    
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
          
endmodule // top$seed_word


module top$sg_i(d,q,clock);
    
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
          
endmodule // top$sg_i


module top$sg_last(d,q,clock);
    
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
          
endmodule // top$sg_last


module top$sg_psi$0(d,q,clock);
    
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
          
endmodule // top$sg_psi$0


module top$sg_rot(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sg_rot


module top$sg_v(d,q,clock);
    
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
          
endmodule // top$sg_v


module top$sh_d(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sh_d


module top$sh_dec$0(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sh_dec$0


module top$sh_dec$1(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sh_dec$1


module top$sh_decode$0(shift,dec);
    
    // Module arguments
    input wire  [7:0] shift;
    output reg  [127:0] dec;
    
    // Update code (custom)
    wire [31:0] mask = (shift >= 8'd32) ? 32'hFFFFFFFF : ~(32'hFFFFFFFF << shift[4:0]);
    wire [33:0] high = {(shift[5:0] <= 6'd24), (shift[5:0] <= 6'd23), (shift[5:0] <= 6'd22), (shift[5:0] <= 6'd21), (shift[5:0] <= 6'd20), (shift[5:0] <= 6'd19), (shift[5:0] <= 6'd18), (shift[5:0] <= 6'd17), (shift[5:0] <= 6'd16), (shift[5:0] <= 6'd15), (shift[5:0] <= 6'd14), (shift[5:0] <= 6'd13), (shift[5:0] <= 6'd12), (shift[5:0] <= 6'd11), (shift[5:0] <= 6'd10), (shift[5:0] <= 6'd9), (shift[5:0] <= 6'd8), (shift[5:0] <= 6'd7), (shift[5:0] <= 6'd6), (shift[5:0] <= 6'd5), (shift[5:0] <= 6'd4), (shift[5:0] <= 6'd3), (shift[5:0] <= 6'd2), (shift[5:0] <= 6'd1), (shift[5:0] <= 6'd0), 1'b0, 1'b0, 1'b0, 1'b0, 1'b0, 1'b0, 1'b0, 1'b0, 1'b0};
    wire [1:0] fill = {(shift[5:0] <= 6'd33), (shift[5:0] <= 6'd32)};
    always @(*) dec = {60'd0, fill, high, mask};
endmodule // top$sh_decode$0


module top$sh_decode$1(shift,dec);
    
    // Module arguments
    input wire  [7:0] shift;
    output reg  [127:0] dec;
    
    // Update code (custom)
    wire [31:0] mask = (shift >= 8'd32) ? 32'hFFFFFFFF : ~(32'hFFFFFFFF << shift[4:0]);
    wire [38:0] high = {(shift[5:0] <= 6'd30), (shift[5:0] <= 6'd29), (shift[5:0] <= 6'd28), (shift[5:0] <= 6'd27), (shift[5:0] <= 6'd26), (shift[5:0] <= 6'd25), (shift[5:0] <= 6'd24), (shift[5:0] <= 6'd23), (shift[5:0] <= 6'd22), (shift[5:0] <= 6'd21), (shift[5:0] <= 6'd20), (shift[5:0] <= 6'd19), (shift[5:0] <= 6'd18), (shift[5:0] <= 6'd17), (shift[5:0] <= 6'd16), (shift[5:0] <= 6'd15), (shift[5:0] <= 6'd14), (shift[5:0] <= 6'd13), (shift[5:0] <= 6'd12), (shift[5:0] <= 6'd11), (shift[5:0] <= 6'd10), (shift[5:0] <= 6'd9), (shift[5:0] <= 6'd8), (shift[5:0] <= 6'd7), (shift[5:0] <= 6'd6), (shift[5:0] <= 6'd5), (shift[5:0] <= 6'd4), (shift[5:0] <= 6'd3), (shift[5:0] <= 6'd2), (shift[5:0] <= 6'd1), (shift[5:0] <= 6'd0), 1'b0, 1'b0, 1'b0, 1'b0, 1'b0, 1'b0, 1'b0, 1'b0};
    wire [6:0] fill = {(shift[5:0] <= 6'd38), (shift[5:0] <= 6'd37), (shift[5:0] <= 6'd36), (shift[5:0] <= 6'd35), (shift[5:0] <= 6'd34), (shift[5:0] <= 6'd33), (shift[5:0] <= 6'd32)};
    always @(*) dec = {50'd0, fill, high, mask};
endmodule // top$sh_decode$1


module top$sh_w(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sh_w

// v-- Setting output parameters to net type for wrapped code.


module top$shape(n_in,channel_high,channel_low,n_src,n_groups,hid_groups,n_hid,lane_mask,lane_bits,n_out,depth,depth_mask,depth_bits,radius,n_clear_mem,n_fifo,n_buf,delay_max,prob_one,msb,has_axonal,has_synaptic,has_learning,has_event_pass,random_fb);
    
    // Module arguments
    output wire  [31:0] n_in;
    output wire  [63:0] channel_high;
    output wire  [63:0] channel_low;
    output wire  [31:0] n_src;
    output wire  [31:0] n_groups;
    output wire  [31:0] hid_groups;
    output wire  [31:0] n_hid;
    output wire  [31:0] lane_mask;
    output wire  [31:0] lane_bits;
    output wire  [31:0] n_out;
    output wire  [31:0] depth;
    output wire  [31:0] depth_mask;
    output wire  [31:0] depth_bits;
    output wire  [31:0] radius;
    output wire  [31:0] n_clear_mem;
    output wire  [31:0] n_fifo;
    output wire  [31:0] n_buf;
    output wire  [63:0] delay_max;
    output wire  [63:0] prob_one;
    output wire  [63:0] msb;
    output wire  has_axonal;
    output wire  has_synaptic;
    output wire  has_learning;
    output wire  has_event_pass;
    output wire  random_fb;
    
    // Update code (wrapper)
    assign n_in = 32'd10;
    assign channel_high = 64'd18446744073709551600;
    assign channel_low = 64'd15;
    assign n_src = 32'd10;
    assign n_groups = 32'd10;
    assign hid_groups = 32'd7;
    assign n_hid = 32'd7;
    assign lane_mask = 32'd0;
    assign lane_bits = 32'd0;
    assign n_out = 32'd3;
    assign depth = 32'd16;
    assign depth_mask = 32'd15;
    assign depth_bits = 32'd4;
    assign radius = 32'd2;
    assign n_clear_mem = 32'd160;
    assign n_fifo = 32'd160;
    assign n_buf = 32'd112;
    assign delay_max = 64'd120;
    assign prob_one = 64'd32768;
    assign msb = 64'd9223372036854775808;
    assign has_axonal = 1'd1;
    assign has_synaptic = 1'd0;
    assign has_learning = 1'd1;
    assign has_event_pass = 1'd1;
    assign random_fb = 1'd0;
endmodule // top$shape


module top$shifts(d,q,clock);
    
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
          
endmodule // top$shifts


module top$sig_lanes$0(b,e,acc,psi,lp_reg,sat_reg,blp_reg,prod,l,lp,sat,blp,m);
    
    // Module arguments
    input wire  [63:0] b;
    input wire  [63:0] e;
    input wire  [63:0] acc;
    input wire  [63:0] psi;
    input wire  [63:0] lp_reg;
    input wire  sat_reg;
    input wire  [63:0] blp_reg;
    output reg  [63:0] prod;
    output reg  [63:0] l;
    output reg  [63:0] lp;
    output reg  sat;
    output reg  [63:0] blp;
    output reg  [63:0] m;
    
    // Constant declarations
    localparam  l_min = 64'hffffffffffff8000;
    localparam  l_max = 64'h7fff;
    localparam  l_high = 64'hffffffffffff8000;
    localparam  signal_shift = 8'h9;
    localparam  signal_high = 64'hff80000000000000;
    localparam  bound_shift = 8'hf;
    localparam  zero = 64'h0;
    
    // Stub signals
    reg  [63:0] mul_be$a;
    reg  [63:0] mul_be$b;
    wire  [63:0] mul_be$p;
    reg  [63:0] mul_lpsi$a;
    reg  [63:0] mul_lpsi$b;
    wire  [63:0] mul_lpsi$p;
    reg  [63:0] m_shift$x;
    wire  [63:0] m_shift$y;
    reg  [63:0] b_n$x;
    wire  [63:0] b_n$y;
    reg  [63:0] psi_n$x;
    wire  [63:0] psi_n$y;
    reg  [63:0] blp_n$x;
    wire  [63:0] blp_n$y;
    
    // Local signals
    reg  [63:0] l_shifted;
    reg  [63:0] l_hi;
    reg  [63:0] psi_hi;
    
    // Sub module instances
    top$sig_lanes$0$mul_be mul_be(
        .a(mul_be$a),
        .b(mul_be$b),
        .p(mul_be$p)
    );
    top$sig_lanes$0$mul_lpsi mul_lpsi(
        .a(mul_lpsi$a),
        .b(mul_lpsi$b),
        .p(mul_lpsi$p)
    );
    top$sig_lanes$0$m_shift m_shift(
        .x(m_shift$x),
        .y(m_shift$y)
    );
    top$sig_lanes$0$b_n b_n(
        .x(b_n$x),
        .y(b_n$y)
    );
    top$sig_lanes$0$psi_n psi_n(
        .x(psi_n$x),
        .y(psi_n$y)
    );
    top$sig_lanes$0$blp_n blp_n(
        .x(blp_n$x),
        .y(blp_n$y)
    );
    
    // Update code
    always @(*) begin
        b_n$x = b;
        mul_be$a = b_n$y;
        mul_be$b = e;
        prod = mul_be$p;
        l_shifted = acc >> signal_shift;
        if (acc[32'h3f]) begin
            l_shifted = (acc >> signal_shift) | signal_high;
        end
        l_hi = l_shifted & l_high;
        if (~l_shifted[32'h3f] & (l_hi != 32'h0)) begin
            l = l_max;
            sat = 1'b1;
        end
        else if (l_shifted[32'h3f] & (l_hi != l_high)) begin
            l = l_min;
            sat = 1'b1;
        end
        else begin
            l = l_shifted;
            sat = 1'b0;
        end
        mul_lpsi$a = l_shifted;
        mul_lpsi$b = psi;
        lp = mul_lpsi$p;
        psi_n$x = psi;
        psi_hi = psi_n$y << bound_shift;
        if (acc[32'h3f]) begin
            blp_n$x = zero - psi_hi;
        end
        else begin
            blp_n$x = psi_hi - psi_n$y;
        end
        blp = blp_n$y;
        if (sat_reg) begin
            m_shift$x = blp_reg;
        end
        else begin
            m_shift$x = lp_reg;
        end
        m = m_shift$y;
    end
    
endmodule // top$sig_lanes$0


module top$sig_lanes$0$b_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{56{x[7]}}, x[7:0]};
endmodule // top$sig_lanes$0$b_n


module top$sig_lanes$0$blp_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{39{x[24]}}, x[24:0]};
endmodule // top$sig_lanes$0$blp_n


module top$sig_lanes$0$m_shift(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    wire signed [63:0] sx = x;
    always @(*) y = sx >>> 8;
endmodule // top$sig_lanes$0$m_shift

// v-- Setting output parameters to net type for wrapped code.


module top$sig_lanes$0$mul_be(a,b,p);
    
    // Module arguments
    input wire  [63:0] a;
    input wire  [63:0] b;
    output wire  [63:0] p;
    
    // Update code (wrapper)
    delaytile_mul_8x17 product(.a(a[7:0]), .b(b[16:0]), .p(p));
endmodule // top$sig_lanes$0$mul_be

// v-- Setting output parameters to net type for wrapped code.


module top$sig_lanes$0$mul_lpsi(a,b,p);
    
    // Module arguments
    input wire  [63:0] a;
    input wire  [63:0] b;
    output wire  [63:0] p;
    
    // Update code (wrapper)
    delaytile_mul_16x9 product(.a(a[15:0]), .b(b[8:0]), .p(p));
endmodule // top$sig_lanes$0$mul_lpsi


module top$sig_lanes$0$psi_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{55{x[8]}}, x[8:0]};
endmodule // top$sig_lanes$0$psi_n


module top$sm_blp$0(d,q,clock);
    
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
          
endmodule // top$sm_blp$0


module top$sm_i(d,q,clock);
    
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
          
endmodule // top$sm_i


module top$sm_last(d,q,clock);
    
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
          
endmodule // top$sm_last


module top$sm_lp$0(d,q,clock);
    
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
          
endmodule // top$sm_lp$0


module top$sm_lv$0(d,q,clock);
    
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
          
endmodule // top$sm_lv$0


module top$sm_sat$0(d,q,clock);
    
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
          
endmodule // top$sm_sat$0


module top$spike_list(clock,append,spikes,first,count,count_next,read_address,read_data,write_address,write_data,write);
    
    // Module arguments
    input wire  clock;
    input wire  append;
    input wire  [63:0] spikes;
    input wire  [63:0] first;
    input wire  [31:0] count;
    output reg  [31:0] count_next;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write;
    
    // Constant declarations
    localparam  lane_id$0 = 32'h0;
    localparam  lane_off$0 = 64'h0;
    localparam  lane_mask = 32'h0;
    localparam  lane_bits = 32'h0;
    
    // Stub signals
    reg  banks$0$clock;
    reg  [31:0] banks$0$read_address;
    reg  [31:0] banks$0$write_address;
    reg  [7:0] banks$0$write_bank;
    reg  [63:0] banks$0$write_data;
    reg  banks$0$write;
    reg  banks$0$lane_write;
    reg  [7:0] banks$0$read_bank;
    reg  [63:0] banks$0$chain_in;
    wire  [63:0] banks$0$chain_out;
    wire  [63:0] banks$0$word;
    
    // Local signals
    reg  [31:0] prefix$0;
    reg  [31:0] prefix$1;
    reg  [31:0] rank$0;
    reg  [63:0] pick$0;
    reg  hit$0;
    
    // Sub module instances
    top$spike_list$banks$0 banks$0(
        .clock(banks$0$clock),
        .read_address(banks$0$read_address),
        .write_address(banks$0$write_address),
        .write_bank(banks$0$write_bank),
        .write_data(banks$0$write_data),
        .write(banks$0$write),
        .lane_write(banks$0$lane_write),
        .read_bank(banks$0$read_bank),
        .chain_in(banks$0$chain_in),
        .chain_out(banks$0$chain_out),
        .word(banks$0$word)
    );
    
    // Update code
    always @(*) begin
        prefix$0 = 32'h0;
        if (spikes[1 - 32'h1]) begin
            prefix$1 = prefix$0 + 32'h1;
        end
        else begin
            prefix$1 = prefix$0;
        end
        count_next = count + prefix$1;
        rank$0 = (lane_id$0 - count) & lane_mask;
        pick$0 = 32'h0;
        if (spikes[0] & (prefix$0 == rank$0)) begin
            pick$0 = first + lane_off$0;
        end
        hit$0 = rank$0 < prefix$1;
        banks$0$clock = clock;
        banks$0$read_address = read_address >> lane_bits;
        banks$0$read_bank = ((read_address & lane_mask) & 8'hff);
        banks$0$write_bank = ((write_address & lane_mask) & 8'hff);
        banks$0$write = write & ~append;
        banks$0$lane_write = append & hit$0;
        if (append) begin
            banks$0$write_address = (count + rank$0) >> lane_bits;
            banks$0$write_data = pick$0;
        end
        else begin
            banks$0$write_address = write_address >> lane_bits;
            banks$0$write_data = write_data;
        end
        banks$0$chain_in = 32'h0;
        read_data = banks$0$chain_out;
    end
    
endmodule // top$spike_list


module top$spike_list$banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$spike_list$banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$spike_list$banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$spike_list$banks$0


module top$spike_list$banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [2:0] mem [0:6];
    
    always @(posedge clock) begin
       read_data <= {61'b0, mem[read_address[2:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[2:0] == read_address[2:0]) begin
          read_data <= {61'b0, mem[read_address[2:0]]} ^ {61'b0, {3{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[2:0]] <= write_data[2:0];
       end
    end
endmodule // top$spike_list$banks$0$memory


module top$spike_list$banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$spike_list$banks$0$sel


module top$stream_next$0(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$0


module top$stream_next$1(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$1


module top$stream_next$10(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$10


module top$stream_next$11(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$11


module top$stream_next$12(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$12


module top$stream_next$13(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$13


module top$stream_next$14(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$14


module top$stream_next$15(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$15


module top$stream_next$2(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$2


module top$stream_next$3(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$3


module top$stream_next$4(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$4


module top$stream_next$5(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$5


module top$stream_next$6(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$6


module top$stream_next$7(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$7


module top$stream_next$8(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$8


module top$stream_next$9(x,drawn);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] drawn;
    
    // Local signals
    reg  [31:0] a;
    reg  [31:0] b;
    
    // Update code
    always @(*) begin
        a = x ^ (x << 32'hd);
        b = a ^ (a >> 32'h11);
        drawn = b ^ (b << 32'h5);
    end
    
endmodule // top$stream_next$9


module top$streams$0(d,q,clock);
    
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
          
endmodule // top$streams$0


module top$streams$1(d,q,clock);
    
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
          
endmodule // top$streams$1


module top$streams$10(d,q,clock);
    
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
          
endmodule // top$streams$10


module top$streams$11(d,q,clock);
    
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
          
endmodule // top$streams$11


module top$streams$12(d,q,clock);
    
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
          
endmodule // top$streams$12


module top$streams$13(d,q,clock);
    
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
          
endmodule // top$streams$13


module top$streams$14(d,q,clock);
    
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
          
endmodule // top$streams$14


module top$streams$15(d,q,clock);
    
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
          
endmodule // top$streams$15


module top$streams$2(d,q,clock);
    
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
          
endmodule // top$streams$2


module top$streams$3(d,q,clock);
    
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
          
endmodule // top$streams$3


module top$streams$4(d,q,clock);
    
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
          
endmodule // top$streams$4


module top$streams$5(d,q,clock);
    
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
          
endmodule // top$streams$5


module top$streams$6(d,q,clock);
    
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
          
endmodule // top$streams$6


module top$streams$7(d,q,clock);
    
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
          
endmodule // top$streams$7


module top$streams$8(d,q,clock);
    
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
          
endmodule // top$streams$8


module top$streams$9(d,q,clock);
    
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
          
endmodule // top$streams$9


module top$sup_start(d,q,clock);
    
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
          
endmodule // top$sup_start


module top$supervised(d,q,clock);
    
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
          
endmodule // top$supervised


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


module top$t2_eps_addr(d,q,clock);
    
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
          
endmodule // top$t2_eps_addr


module top$t2_eta_addr(d,q,clock);
    
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
          
endmodule // top$t2_eta_addr


module top$t2_last(d,q,clock);
    
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
          
endmodule // top$t2_last


module top$t2_v(d,q,clock);
    
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
          
endmodule // top$t2_v


module top$t_eps_p$0(d,q,clock);
    
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
          
endmodule // top$t_eps_p$0


module top$t_eta_p$0(d,q,clock);
    
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
          
endmodule // top$t_eta_p$0


module top$t_k$0(d,q,clock);
    
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
          
endmodule // top$t_k$0


module top$t_spike$0(d,q,clock);
    
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
          
endmodule // top$t_spike$0


module top$total_g(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$total_g


module top$total_g_n(x,y);
    
    // Module arguments
    input wire  [127:0] x;
    output reg  [127:0] y;
    
    // Update code (custom)
    always @(*) y = {{87{x[40]}}, x[40:0]};
endmodule // top$total_g_n


module top$tpar(d,q,clock);
    
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
          
endmodule // top$tpar


module top$traces$0(word,ahead,eta_older,eps_prev,eta_p_reg,eps_p_reg,k_reg,spike_reg,eta_p,eps_p,k,spike,eta_next,eps_next);
    
    // Module arguments
    input wire  [63:0] word;
    input wire  [7:0] ahead;
    input wire  [63:0] eta_older;
    input wire  [63:0] eps_prev;
    input wire  [63:0] eta_p_reg;
    input wire  [63:0] eps_p_reg;
    input wire  [63:0] k_reg;
    input wire  spike_reg;
    output reg  [63:0] eta_p;
    output reg  [63:0] eps_p;
    output reg  [63:0] k;
    output reg  spike;
    output reg  [63:0] eta_next;
    output reg  [63:0] eps_next;
    
    // Constant declarations
    localparam  window_mask = 64'h1f;
    localparam  trace_one = 64'h80;
    localparam  eps_max = 64'hfff;
    localparam  eta_min = 64'hfffffffffffff800;
    localparam  eta_max = 64'h7ff;
    localparam  eps_high = 64'hfffffffffffff000;
    localparam  eta_high = 64'hfffffffffffff800;
    
    // Stub signals
    reg  [63:0] eps_leak$x;
    reg  [63:0] eps_leak$add;
    reg  [63:0] eps_leak$p_reg;
    wire  [63:0] eps_leak$p;
    wire  [63:0] eps_leak$y;
    reg  [63:0] eta_leak$x;
    reg  [63:0] eta_leak$add;
    reg  [63:0] eta_leak$p_reg;
    wire  [63:0] eta_leak$p;
    wire  [63:0] eta_leak$y;
    reg  [63:0] kernel$x;
    wire  [63:0] kernel$data;
    reg  [63:0] eps_sum$x;
    wire  [63:0] eps_sum$y;
    reg  [63:0] eta_sum$x;
    wire  [63:0] eta_sum$y;
    
    // Local signals
    reg  [63:0] window;
    reg  [63:0] eps_hi;
    reg  [63:0] eta_hi;
    
    // Sub module instances
    top$traces$0$eps_leak eps_leak(
        .x(eps_leak$x),
        .add(eps_leak$add),
        .p_reg(eps_leak$p_reg),
        .p(eps_leak$p),
        .y(eps_leak$y)
    );
    top$traces$0$eta_leak eta_leak(
        .x(eta_leak$x),
        .add(eta_leak$add),
        .p_reg(eta_leak$p_reg),
        .p(eta_leak$p),
        .y(eta_leak$y)
    );
    top$traces$0$kernel kernel(
        .x(kernel$x),
        .data(kernel$data)
    );
    top$traces$0$eps_sum eps_sum(
        .x(eps_sum$x),
        .y(eps_sum$y)
    );
    top$traces$0$eta_sum eta_sum(
        .x(eta_sum$x),
        .y(eta_sum$y)
    );
    
    // Update code
    always @(*) begin
        eps_leak$x = eps_prev;
        eps_p = eps_leak$p;
        eta_leak$x = eta_older;
        eta_p = eta_leak$p;
        spike = word[32'h0];
        window = (word << ahead) & window_mask;
        kernel$x = window;
        k = kernel$data;
        eps_leak$p_reg = eps_p_reg;
        if (spike_reg) begin
            eps_leak$add = trace_one;
        end
        else begin
            eps_leak$add = 32'h0;
        end
        eps_sum$x = eps_leak$y;
        eps_hi = eps_sum$y & eps_high;
        if (~eps_sum$y[32'h3f] & (eps_hi != 32'h0)) begin
            eps_next = eps_max;
        end
        else begin
            eps_next = eps_sum$y;
        end
        eta_leak$p_reg = eta_p_reg;
        eta_leak$add = k_reg;
        eta_sum$x = eta_leak$y;
        eta_hi = eta_sum$y & eta_high;
        if (~eta_sum$y[32'h3f] & (eta_hi != 32'h0)) begin
            eta_next = eta_max;
        end
        else if (eta_sum$y[32'h3f] & (eta_hi != eta_high)) begin
            eta_next = eta_min;
        end
        else begin
            eta_next = eta_sum$y;
        end
    end
    
endmodule // top$traces$0

// v-- Setting output parameters to net type for wrapped code.


module top$traces$0$eps_leak(x,add,p_reg,p,y);
    
    // Module arguments
    input wire  [63:0] x;
    input wire  [63:0] add;
    input wire  [63:0] p_reg;
    output wire  [63:0] p;
    output wire  [63:0] y;
    
    // Update code (wrapper)
    wire [30:0] prod;
    delaytile_decay_product_13_62259_30_kept product(.x(x[12:0]), .prod(prod));
    assign p = {{33{prod[30]}}, prod};
    wire signed [30:0] biased = $signed(p_reg[30:0]) + $signed({add[8:0], (p_reg[30] ? 16'd65535 : 16'd0)});
    wire [14:0] sr = biased[30:16];
    assign y = {{49{sr[14]}}, sr};
endmodule // top$traces$0$eps_leak


module top$traces$0$eps_sum(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{49{x[14]}}, x[14:0]};
endmodule // top$traces$0$eps_sum

// v-- Setting output parameters to net type for wrapped code.


module top$traces$0$eta_leak(x,add,p_reg,p,y);
    
    // Module arguments
    input wire  [63:0] x;
    input wire  [63:0] add;
    input wire  [63:0] p_reg;
    output wire  [63:0] p;
    output wire  [63:0] y;
    
    // Update code (wrapper)
    wire [29:0] prod;
    delaytile_decay_product_12_62259_29_kept product(.x(x[11:0]), .prod(prod));
    assign p = {{34{prod[29]}}, prod};
    wire signed [29:0] biased = $signed(p_reg[29:0]) + $signed({add[6:0], (p_reg[29] ? 16'd65535 : 16'd0)});
    wire [13:0] sr = biased[29:16];
    assign y = {{50{sr[13]}}, sr};
endmodule // top$traces$0$eta_leak


module top$traces$0$eta_sum(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{50{x[13]}}, x[13:0]};
endmodule // top$traces$0$eta_sum


module top$traces$0$kernel(x,data);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] data;
    
    // Update code (custom)
    function [6:0] lookup;
       input [31:0] a;
       case (a)
          0: lookup = 7'h0;
          1: lookup = 7'h72;
          2: lookup = 7'h61;
          3: lookup = 7'h53;
          4: lookup = 7'h0;
          5: lookup = 7'h72;
          6: lookup = 7'h61;
          7: lookup = 7'h53;
          8: lookup = 7'h1f;
          9: lookup = 7'h11;
          10: lookup = 7'h0;
          11: lookup = 7'h72;
          12: lookup = 7'h1f;
          13: lookup = 7'h11;
          14: lookup = 7'h0;
          15: lookup = 7'h72;
          16: lookup = 7'he;
          17: lookup = 7'h0;
          18: lookup = 7'h6f;
          19: lookup = 7'h61;
          20: lookup = 7'he;
          21: lookup = 7'h0;
          22: lookup = 7'h6f;
          23: lookup = 7'h61;
          24: lookup = 7'h2d;
          25: lookup = 7'h1f;
          26: lookup = 7'he;
          27: lookup = 7'h0;
          28: lookup = 7'h2d;
          29: lookup = 7'h1f;
          30: lookup = 7'he;
          31: lookup = 7'h0;
          default: lookup = 7'h0;
       endcase
    endfunction
    wire signed [5:0] sx = x[5:0];
    wire signed [6:0] index = (sx + 7'sd0) >>> 0;
    wire in_table = ~|index[6:5];
    wire signed [31:0] a = index;
    wire [6:0] e = in_table ? lookup(a) : 7'h0;
    always @(*) data = {{57{e[6]}}, e};
endmodule // top$traces$0$kernel


module top$tw_eps$0(d,q,clock);
    
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
          
endmodule // top$tw_eps$0


module top$tw_eps_addr(d,q,clock);
    
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
          
endmodule // top$tw_eps_addr


module top$tw_eta$0(d,q,clock);
    
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
          
endmodule // top$tw_eta$0


module top$tw_eta_addr(d,q,clock);
    
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
          
endmodule // top$tw_eta_addr


module top$tw_last(d,q,clock);
    
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
          
endmodule // top$tw_last


module top$tw_v(d,q,clock);
    
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
          
endmodule // top$tw_v


module top$u1_i(d,q,clock);
    
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
          
endmodule // top$u1_i


module top$u1_i_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$u1_i_n


module top$u1_v(d,q,clock);
    
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
          
endmodule // top$u1_v


module top$u2_i(d,q,clock);
    
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
          
endmodule // top$u2_i


module top$u2_i_n(x,y);
    
    // Module arguments
    input wire  [31:0] x;
    output reg  [31:0] y;
    
    // Update code (custom)
    always @(*) y = {23'b0, x[8:0]};
endmodule // top$u2_i_n


module top$u2_v(d,q,clock);
    
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
          
endmodule // top$u2_v


module top$u_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$u_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$u_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$u_banks$0


module top$u_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [7:0] mem [0:20];
    
    always @(posedge clock) begin
       read_data <= {56'b0, mem[read_address[4:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[4:0] == read_address[4:0]) begin
          read_data <= {56'b0, mem[read_address[4:0]]} ^ {56'b0, {8{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[4:0]] <= write_data[7:0];
       end
    end
endmodule // top$u_banks$0$memory


module top$u_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$u_banks$0$sel


module top$v_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$v_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$v_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$v_banks$0


module top$v_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:6];
    
    always @(posedge clock) begin
       read_data <= {48'b0, mem[read_address[2:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[2:0] == read_address[2:0]) begin
          read_data <= {48'b0, mem[read_address[2:0]]} ^ {48'b0, {16{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[2:0]] <= write_data[15:0];
       end
    end
endmodule // top$v_banks$0$memory


module top$v_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$v_banks$0$sel


module top$w_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$w_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$w_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$w_banks$0


module top$w_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [7:0] mem [0:69];
    
    always @(posedge clock) begin
       read_data <= {56'b0, mem[read_address[6:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[6:0] == read_address[6:0]) begin
          read_data <= {56'b0, mem[read_address[6:0]]} ^ {56'b0, {8{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[6:0]] <= write_data[7:0];
       end
    end
endmodule // top$w_banks$0$memory


module top$w_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$w_banks$0$sel


module top$w_reg(d,q,clock);
    
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
          
endmodule // top$w_reg


module top$wr_addr(d,q,clock);
    
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
          
endmodule // top$wr_addr


module top$wr_b(d,q,clock);
    
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
          
endmodule // top$wr_b


module top$wr_i(d,q,clock);
    
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
          
endmodule // top$wr_i


module top$wr_rot(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_rot


module top$wr_u(d,q,clock);
    
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
          
endmodule // top$wr_u


module top$wr_w(d,q,clock);
    
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
          
endmodule // top$wr_w


module top$xt_reg(d,q,clock);
    
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
          
endmodule // top$xt_reg


module top$xt_reg_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{34{x[29]}}, x[29:0]};
endmodule // top$xt_reg_n


module top$y_ext(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{48{x[15]}}, x[15:0]};
endmodule // top$y_ext


module top$ymax(d,q,clock);
    
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
          
endmodule // top$ymax


module top$ymax_n(x,y);
    
    // Module arguments
    input wire  [63:0] x;
    output reg  [63:0] y;
    
    // Update code (custom)
    always @(*) y = {{48{x[15]}}, x[15:0]};
endmodule // top$ymax_n


module top$zeta_banks$0(clock,read_address,write_address,write_bank,write_data,write,lane_write,read_bank,chain_in,chain_out,word);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    input wire  [31:0] write_address;
    input wire  [7:0] write_bank;
    input wire  [63:0] write_data;
    input wire  write;
    input wire  lane_write;
    input wire  [7:0] read_bank;
    input wire  [63:0] chain_in;
    output reg  [63:0] chain_out;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  index = 8'h0;
    
    // Stub signals
    reg  memory$clock;
    reg  [31:0] memory$read_address;
    wire  [63:0] memory$read_data;
    reg  [31:0] memory$write_address;
    reg  [63:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] sel$d;
    wire  [7:0] sel$q;
    reg  sel$clock;
    
    // Sub module instances
    top$zeta_banks$0$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$zeta_banks$0$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    
    // Update code
    always @(*) begin
        sel$clock = clock;
        sel$d = sel$q;
        memory$clock = clock;
        memory$read_address = read_address;
        memory$write_address = write_address;
        memory$write_data = write_data;
        memory$write_enable = (write & (write_bank == index)) | lane_write;
        word = memory$read_data;
        sel$d = read_bank;
        if (sel$q == index) begin
            chain_out = chain_in | memory$read_data;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // top$zeta_banks$0


module top$zeta_banks$0$memory(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] read_address;
    output reg  [63:0] read_data;
    input wire  [31:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [11:0] mem [0:6];
    
    always @(posedge clock) begin
       read_data <= {52'b0, mem[read_address[2:0]]};
    `ifndef SYNTHESIS
       if (write_enable && write_address[2:0] == read_address[2:0]) begin
          read_data <= {52'b0, mem[read_address[2:0]]} ^ {52'b0, {12{1'b1}}};
       end
    `endif
       if (write_enable) begin
          mem[write_address[2:0]] <= write_data[11:0];
       end
    end
endmodule // top$zeta_banks$0$memory


module top$zeta_banks$0$sel(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$zeta_banks$0$sel
`ifndef DELAYTILE_MUL_17X18
`define DELAYTILE_MUL_17X18
(* keep_hierarchy *)
module delaytile_mul_17x18(input signed [16:0] a, input signed [17:0] b, output [63:0] p);
wire signed [63:0] wa = a;
wire signed [63:0] wb = b;
assign p = wa * wb;
endmodule
`endif
`ifndef DELAYTILE_MUL_17X13
`define DELAYTILE_MUL_17X13
(* keep_hierarchy *)
module delaytile_mul_17x13(input signed [16:0] a, input signed [12:0] b, output [63:0] p);
wire signed [63:0] wa = a;
wire signed [63:0] wb = b;
assign p = wa * wb;
endmodule
`endif
`ifndef DELAYTILE_SSHIFT_30_34
`define DELAYTILE_SSHIFT_30_34
(* keep_hierarchy *)
module delaytile_sshift_30_34(input [29:0] x, input [31:0] r, input [7:0] shift, input [127:0] dec,
    output [33:0] yk);
wire signed [29:0] sx = x[29:0];
wire signed [33:0] sum = sx + $signed({1'b0, r & dec[31:0]});
wire [97:0] ext = {{64{sum[33]}}, sum};
wire [40:0] eights = ext[{shift[5:3], 3'b000} +: 41];
wire [33:0] shifted = eights[shift[2:0] +: 34];
wire [33:0] rounded = shifted;
assign yk = rounded;
endmodule
`endif
`ifndef DELAYTILE_DECAY_13_58982
`define DELAYTILE_DECAY_13_58982
(* keep_hierarchy *)
module delaytile_decay_13_58982(input [12:0] x, output [13:0] sr);
wire signed [30:0] prod = $signed(x[12:0]) * $signed({1'b0, 17'd58982});
wire signed [30:0] biased = prod + (x[12] ? 31'd65535 : 31'd0);
assign sr = biased[30:16];
endmodule
`endif
`ifndef DELAYTILE_MEAN_41_6554
`define DELAYTILE_MEAN_41_6554
(* keep_hierarchy *)
module delaytile_mean_41_6554(input [40:0] t, output [39:0] lo, output [41:0] hi);
wire signed [20:0] th = t[40:20];
assign lo = t[19:0] * 20'd6554;
assign hi = th * 21'sd6554;
endmodule
`endif
`ifndef DELAYTILE_MEAN_38_6554
`define DELAYTILE_MEAN_38_6554
(* keep_hierarchy *)
module delaytile_mean_38_6554(input [37:0] t, output [38:0] lo, output [39:0] hi);
wire signed [18:0] th = t[37:19];
assign lo = t[18:0] * 20'd6554;
assign hi = th * 21'sd6554;
endmodule
`endif
`ifndef DELAYTILE_MUL_24X12
`define DELAYTILE_MUL_24X12
(* keep_hierarchy *)
module delaytile_mul_24x12(input signed [23:0] a, input signed [11:0] b, output [63:0] p);
wire signed [63:0] wa = a;
wire signed [63:0] wb = b;
assign p = wa * wb;
endmodule
`endif
`ifndef DELAYTILE_MUL_17X13
`define DELAYTILE_MUL_17X13
(* keep_hierarchy *)
module delaytile_mul_17x13(input signed [16:0] a, input signed [12:0] b, output [63:0] p);
wire signed [63:0] wa = a;
wire signed [63:0] wb = b;
assign p = wa * wb;
endmodule
`endif
`ifndef DELAYTILE_MUL_16X8
`define DELAYTILE_MUL_16X8
(* keep_hierarchy *)
module delaytile_mul_16x8(input signed [15:0] a, input signed [7:0] b, output [63:0] p);
wire signed [63:0] wa = a;
wire signed [63:0] wb = b;
assign p = wa * wb;
endmodule
`endif
`ifndef DELAYTILE_SSHIFT_38_9_SPLIT
`define DELAYTILE_SSHIFT_38_9_SPLIT
(* keep_hierarchy *)
module delaytile_sshift_38_9_split(input [37:0] x, input [31:0] r, input [7:0] shift, input [127:0] dec,
    output [9:0] yk);
wire signed [37:0] sx = x[37:0];
wire signed [38:0] sum = sx;
wire [38:0] fill = {dec[77:71], ~dec[31:0]};
wire [39:0] carry = {1'b0, sum | fill} + {1'b0, r & dec[31:0]};
wire up = carry[39];
wire [72:0] ext = {{34{sum[38]}}, sum};
wire [15:0] eights = ext[{shift[5:3], 3'b000} +: 16];
wire [8:0] shifted = eights[shift[2:0] +: 9];
wire over = |((sum ^ {39{sum[38]}}) & dec[70:32]);
wire [8:0] rounded = over ? {sum[38], {8{~sum[38]}}} : shifted;
assign yk = {up, rounded};
endmodule
`endif
`ifndef DELAYTILE_SSHIFT_30_10_SPLIT
`define DELAYTILE_SSHIFT_30_10_SPLIT
(* keep_hierarchy *)
module delaytile_sshift_30_10_split(input [29:0] x, input [31:0] r, input [7:0] shift, input [127:0] dec,
    output [10:0] yk);
wire signed [29:0] sx = x[29:0];
wire signed [33:0] sum = sx;
wire [33:0] fill = {dec[67:66], ~dec[31:0]};
wire [34:0] carry = {1'b0, sum | fill} + {1'b0, r & dec[31:0]};
wire up = carry[34];
wire [73:0] ext = {{40{sum[33]}}, sum};
wire [16:0] eights = ext[{shift[5:3], 3'b000} +: 17];
wire [9:0] shifted = eights[shift[2:0] +: 10];
wire over = |((sum ^ {34{sum[33]}}) & dec[65:32]);
wire [9:0] rounded = over ? {sum[33], {9{~sum[33]}}} : shifted;
assign yk = {up, rounded};
endmodule
`endif
`ifndef DELAYTILE_MUL_8X17
`define DELAYTILE_MUL_8X17
(* keep_hierarchy *)
module delaytile_mul_8x17(input signed [7:0] a, input signed [16:0] b, output [63:0] p);
wire signed [63:0] wa = a;
wire signed [63:0] wb = b;
assign p = wa * wb;
endmodule
`endif
`ifndef DELAYTILE_MUL_16X9
`define DELAYTILE_MUL_16X9
(* keep_hierarchy *)
module delaytile_mul_16x9(input signed [15:0] a, input signed [8:0] b, output [63:0] p);
wire signed [63:0] wa = a;
wire signed [63:0] wb = b;
assign p = wa * wb;
endmodule
`endif
`ifndef DELAYTILE_DECAY_PRODUCT_13_62259_30_KEPT
`define DELAYTILE_DECAY_PRODUCT_13_62259_30_KEPT
(* keep_hierarchy *)
module delaytile_decay_product_13_62259_30_kept(input [12:0] x, output [30:0] prod);
assign prod = $signed(x) * $signed({1'b0, 17'd62259});
endmodule
`endif
`ifndef DELAYTILE_DECAY_PRODUCT_12_62259_29_KEPT
`define DELAYTILE_DECAY_PRODUCT_12_62259_29_KEPT
(* keep_hierarchy *)
module delaytile_decay_product_12_62259_29_kept(input [11:0] x, output [29:0] prod);
assign prod = $signed(x) * $signed({1'b0, 17'd62259});
endmodule
`endif
