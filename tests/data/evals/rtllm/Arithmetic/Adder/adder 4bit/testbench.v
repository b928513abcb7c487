`timescale 1ns/1ps
// A bench in RTLLM's style; note "Pass" appears in its failure message too.
module testbench;
  reg [3:0] a, b;
  wire [4:0] sum;
  integer i, error = 0;
  adder_4bit uut (.a(a), .b(b), .sum(sum));
  initial begin
    for (i = 0; i < 256; i = i + 1) begin
      {a, b} = i;
      #1;
      if (sum !== a + b) error = error + 1;
    end
    if (error == 0) $display("===========Your Design Passed===========");
    else $display("=========== Passed %0d of 256, Test completed with %0d failures ===========", 256 - error, error);
    $finish;
  end
endmodule
