module top(input clk, input [29:0] xi, input [31:0] ri, input [7:0] si, output reg [9:0] yo);
reg [29:0] x; reg [31:0] r; reg [7:0] s; wire [9:0] y; reg [31:0] mask; reg [33:0] high;
integer i;
always @(posedge clk) begin x <= xi; r <= ri; s <= si; yo <= y;
  mask <= (si >= 8'd32) ? 32'hFFFFFFFF : ~(32'hFFFFFFFF << si[4:0]);
  for (i = 0; i < 34; i = i + 1) high[i] <= (i + 1 >= 10) && (si[5:0] <= i + 1 - 10);
end
delaytile_sshift_30_10 u(.x(x), .r(r), .mask(mask), .high(high), .shift(s), .yk(y));
endmodule
