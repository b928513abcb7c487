module TopModule (
  input clk,
  input reset,
  input en,
  output reg [3:0] q,
  output wrap
);
  always @(posedge clk) begin
    if (reset)
      q <= 4'd0;
    else if (en)
      q <= q + 4'd1;
  end
  assign wrap = en & (q == 4'd15);
endmodule
