`timescale 1ns/1ns
// Reads its expected values from a data file by relative path, as RTLLM's FIFO benches do.
module lut_rom_tb;
  reg clk = 0;
  reg [1:0] addr = 0;
  wire [3:0] dout;
  reg [3:0] expected [0:3];
  integer i, error = 0;
  lut_rom #(.W(4)) dut (.clk(clk), .addr(addr), .dout(dout));
  always #5 clk = ~clk;
  initial begin
    $readmemh("expected.txt", expected);
    for (i = 0; i < 4; i = i + 1) begin
      addr = i;
      @(posedge clk); #1;
      if (dout !== expected[i]) error = error + 1;
    end
    if (error == 0) $display("=========== Your Design Passed ===========");
    else $display("=========== Test completed with %d /4 failures ===========", error);
    $finish;
  end
endmodule
