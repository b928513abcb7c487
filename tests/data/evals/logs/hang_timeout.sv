module TopModule(input a, input b, output reg out);
  always @(a or b) begin
    out = a ^ b;
    while (a & b) out = 1'b0;
  end
endmodule
