`timescale 1ns/1ps
// Checks speak only when they fail: $error per wrong sample, $fatal when too many.
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
        $error("q is %0d, expected %0d", q, expected);
        if (errors > 3) $fatal(1, "counter broken: %0d wrong samples", errors);
      end
    end
    $finish;
  end
endmodule
