// A 4-bit counter with enable, for the chat UI's waveform fixtures.
module counter (input clk, input rst, input en, output reg [3:0] count);
  always @(posedge clk)
    if (rst) count <= 4'd0;
    else if (en) count <= count + 4'd1;
endmodule
