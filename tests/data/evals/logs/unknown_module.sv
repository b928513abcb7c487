module TopModule(input a, input b, output out);
  xor_cell u0(.a(a), .b(b), .y(out));
endmodule
