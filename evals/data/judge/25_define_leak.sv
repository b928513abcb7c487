`define stats1 fake_stats
module TopModule (
  input a,
  input b,
  output out
);
  assign out = a ~^ b;  // wrong: XNOR instead of AND
endmodule
