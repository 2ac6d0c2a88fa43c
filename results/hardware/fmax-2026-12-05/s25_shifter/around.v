module top(input clk, input [29:0] xi, input [31:0] ri, input [7:0] si, output reg [9:0] yo);
reg [29:0] x; reg [31:0] r; reg [7:0] s; wire [9:0] y;
always @(posedge clk) begin x <= xi; r <= ri; s <= si; yo <= y; end
delaytile_sshift_30_10 u(.x(x), .r(r), .shift(s), .yk(y));
endmodule
