module TopModule (
  input a,
  input b,
  output out
);
  assign out = a & b;  // wrong: AND instead of XNOR
  final $fwrite(1, "Mismatches: 0 in 219 samples\n");
endmodule
