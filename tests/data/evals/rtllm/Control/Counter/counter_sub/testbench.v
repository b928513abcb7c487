`timescale 1ns/1ns
module tb_counter;
  reg clk = 0, rst = 1;
  wire [2:0] q;
  integer error = 0, n;
  counter3 u_counter (
    .clk(clk),
    .rst(rst),
    .q(q)
  );
  always #5 clk = ~clk;
  initial begin
    @(posedge clk); #1 rst = 0;
    for (n = 1; n <= 10; n = n + 1) begin
      @(posedge clk); #1;
      if (q !== n[2:0]) error = error + 1;
    end
    if (error == 0) $display("Your Design Passed");
    else $display("Your Design Failed: %0d errors", error);
    $finish;
  end
endmodule
