`timescale 1ns/1ps
module counter_tb;
  reg clk = 0, rst = 1, en = 0;
  wire [3:0] count;
  counter dut (.clk(clk), .rst(rst), .en(en), .count(count));
  always #5 clk = ~clk;
  initial begin
    $dumpfile("counter.vcd");
    $dumpvars(0, counter_tb);
    #12 rst = 0;
    #10 en = 1;
    #120 en = 0;
    #20 $display("count=%0d", count);
    $finish;
  end
endmodule
