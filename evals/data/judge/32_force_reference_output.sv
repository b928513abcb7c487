module TopModule (
  input in,
  output out
);
  assign out = 1'b0;  // wrong: constant
  initial force tb.out_ref = 1'b0;  // and the reference's answer forced to match it
endmodule
