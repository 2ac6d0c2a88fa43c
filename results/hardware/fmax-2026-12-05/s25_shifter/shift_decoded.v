module delaytile_sshift_30_10(input [29:0] x, input [31:0] r, input [31:0] mask, input [33:0] high, input [7:0] shift, output [9:0] yk);
wire signed [29:0] sx = x[29:0];
wire signed [33:0] sum = sx + $signed({1'b0, r & mask});
wire [63:0] se = {{30{sum[33]}}, sum};
wire [16:0] coarse = se[{shift[5:3], 3'b000} +: 17];
wire [9:0] shifted = coarse[shift[2:0] +: 10];
wire over = |((sum ^ {34{sum[33]}}) & high);
wire [9:0] rounded = over ? {sum[33], {9{~sum[33]}}} : shifted[9:0];
assign yk = rounded;
endmodule
