`timescale 1ns/1ps
// A concurrent assertion (SVA): Verilator runs it, Icarus 11 cannot.
module tb;
  reg clk = 0, reset = 1;
  wire [3:0] q;
  counter dut (.clk(clk), .reset(reset), .q(q));
  always #5 clk = ~clk;
  count_up: assert property (@(posedge clk) disable iff (reset) !$past(reset) |-> q == $past(q) + 4'd1)
    else $error("q did not count up by one");
  initial begin
    #12 reset = 0;
    #200 $finish;
  end
endmodule
