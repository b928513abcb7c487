module TopModule (
  input in,
  output out
);
  assign out = in;  // wrong: no inversion
  initial $fatal(0, "stop here");
endmodule
