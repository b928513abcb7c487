module TopModule(input clk, input d, output reg q);
  wire reset = 1'b0;
  always @(posedge clk or posedge reset) q <= ~d;
endmodule
