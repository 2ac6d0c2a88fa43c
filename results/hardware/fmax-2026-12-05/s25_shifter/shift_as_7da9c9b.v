(* keep_hierarchy *)
module delaytile_sshift_30_10(input [29:0] x, input [31:0] r, input [7:0] shift, output [9:0] yk);
wire signed [29:0] sx = x[29:0];
wire [31:0] mask = (shift >= 8'd32) ? 32'hFFFFFFFF : ~(32'hFFFFFFFF << shift[4:0]);
wire signed [33:0] sum = sx + $signed({1'b0, r & mask});
wire signed [33:0] shifted = sum >>> shift[5:0];
wire [33:0] high = {(shift[5:0] <= 6'd24), (shift[5:0] <= 6'd23), (shift[5:0] <= 6'd22), (shift[5:0] <= 6'd21), (shift[5:0] <= 6'd20), (shift[5:0] <= 6'd19), (shift[5:0] <= 6'd18), (shift[5:0] <= 6'd17), (shift[5:0] <= 6'd16), (shift[5:0] <= 6'd15), (shift[5:0] <= 6'd14), (shift[5:0] <= 6'd13), (shift[5:0] <= 6'd12), (shift[5:0] <= 6'd11), (shift[5:0] <= 6'd10), (shift[5:0] <= 6'd9), (shift[5:0] <= 6'd8), (shift[5:0] <= 6'd7), (shift[5:0] <= 6'd6), (shift[5:0] <= 6'd5), (shift[5:0] <= 6'd4), (shift[5:0] <= 6'd3), (shift[5:0] <= 6'd2), (shift[5:0] <= 6'd1), (shift[5:0] <= 6'd0), 1'b0, 1'b0, 1'b0, 1'b0, 1'b0, 1'b0, 1'b0, 1'b0, 1'b0};
wire over = |((sum ^ {34{sum[33]}}) & high);
wire [9:0] rounded = over ? {sum[33], {9{~sum[33]}}} : shifted[9:0];
assign yk = rounded;
endmodule
