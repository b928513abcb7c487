module TopModule (
  input a,
  input b,
  output out
);
  assign out = a ^ b;  // wrong: XOR
endmodule
module spy;
  initial force tb.tb_match = 1'b1;
endmodule
bind tb spy s();
