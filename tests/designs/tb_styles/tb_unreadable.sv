`timescale 1ns/1ps
// Prints values and nothing else: no verdict anyone could read without being told how.
module tb;
  reg clk = 0, reset = 1;
  wire [3:0] q;
  counter dut (.clk(clk), .reset(reset), .q(q));
  always #5 clk = ~clk;
  initial begin
    @(negedge clk) reset = 0;
    repeat (5) @(negedge clk) $display("q = %0d", q);
    $display("done");
    $finish;
  end
endmodule
