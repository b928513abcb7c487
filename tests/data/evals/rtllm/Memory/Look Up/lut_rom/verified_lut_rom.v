module lut_rom #(parameter W = 4) (input clk, input [1:0] addr, output reg [W-1:0] dout);
  always @(posedge clk) dout <= addr * addr;
endmodule
