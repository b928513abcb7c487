`timescale 1ns/1ns
module tb;
  reg clk = 0, reset = 1, en = 0;
  wire [3:0] q;
  wire wrap;
  reg [3:0] q_exp;
  integer errors = 0, errors_q = 0, errors_wrap = 0, first_q = -1, first_wrap = -1, samples = 0, i;
  TopModule dut (.clk(clk), .reset(reset), .en(en), .q(q), .wrap(wrap));
  always #5 clk = ~clk;
  initial begin
    $dumpfile("wave.vcd");
    $dumpvars(1, tb);
  end
  // behavioural model of the brief
  always @(posedge clk) begin
    if (reset) q_exp <= 0;
    else if (en) q_exp <= q_exp + 1;
  end
  always @(negedge clk) begin
    samples = samples + 1;
    if (q !== q_exp) begin errors_q = errors_q + 1; if (first_q < 0) first_q = $time; end
    if (wrap !== (en & (q_exp == 15))) begin errors_wrap = errors_wrap + 1; if (first_wrap < 0) first_wrap = $time; end
    if (q !== q_exp || wrap !== (en & (q_exp == 15))) errors = errors + 1;
  end
  initial begin
    @(negedge clk); @(negedge clk); reset = 0; en = 1;
    for (i = 0; i < 60; i = i + 1) begin
      @(negedge clk); en = (i % 7) != 3;
    end
    reset = 1; @(negedge clk); reset = 0;
    repeat (20) @(negedge clk);
    if (errors_q) $display("Hint: Output '%s' has %0d mismatches. First mismatch occurred at time %0d.", "q", errors_q, first_q);
    else $display("Hint: Output '%s' has no mismatches.", "q");
    if (errors_wrap) $display("Hint: Output '%s' has %0d mismatches. First mismatch occurred at time %0d.", "wrap", errors_wrap, first_wrap);
    else $display("Hint: Output '%s' has no mismatches.", "wrap");
    $display("Mismatches: %0d in %0d samples", errors, samples);
    $finish;
  end
endmodule
