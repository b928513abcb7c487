`timescale 1ns/1ps
// A self-checking bench in the common style: ERROR lines, then PASS or "FAIL: N errors".
module tb;
  reg clk = 0, reset = 1;
  wire [3:0] q;
  integer errors = 0, i;
  reg [3:0] expected;
  counter dut (.clk(clk), .reset(reset), .q(q));
  always #5 clk = ~clk;
  initial begin
    @(negedge clk) reset = 0;
    expected = 0;
    for (i = 0; i < 20; i = i + 1) begin
      @(negedge clk);
      expected = expected + 1;
      if (q !== expected) begin
        errors = errors + 1;
        $display("ERROR: q is %0d, expected %0d at time %0t", q, expected, $time);
      end
    end
    if (errors == 0) $display("PASS");
    else $display("FAIL: %0d errors", errors);
    $finish;
  end
endmodule
