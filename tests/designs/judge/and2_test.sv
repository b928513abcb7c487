`timescale 1 ps/1 ps

module stimulus_gen (
	input clk,
	output reg a, b
);
	initial begin
		repeat (20) @(posedge clk, negedge clk) {a, b} <= $random;
		#1 $finish;
	end
endmodule

module tb();
	typedef struct packed {
		int errors;
		int errortime;
		int clocks;
	} stats;
	stats stats1;

	reg clk = 0;
	initial forever #5 clk = ~clk;

	logic a, b;
	logic out_ref, out_dut;

	initial begin
		$dumpfile("wave.vcd");
		$dumpvars(1, stim1.clk, tb_mismatch, a, b, out_ref, out_dut);
	end

	wire tb_match;
	wire tb_mismatch = ~tb_match;

	stimulus_gen stim1 (.clk, .*, .a, .b);
	RefModule good1 (.a, .b, .out(out_ref));
	TopModule top_module1 (.a, .b, .out(out_dut));

	final begin
		if (stats1.errors) $display("Hint: Output '%s' has %0d mismatches. First mismatch occurred at time %0d.", "out", stats1.errors, stats1.errortime);
		else $display("Hint: Output '%s' has no mismatches.", "out");
		$display("Simulation finished at %0d ps", $time);
		$display("Mismatches: %1d in %1d samples", stats1.errors, stats1.clocks);
	end

	assign tb_match = ({out_ref} === ({out_ref} ^ {out_dut} ^ {out_ref}));
	always @(posedge clk, negedge clk) begin
		stats1.clocks++;
		if (!tb_match) begin
			if (stats1.errors == 0) stats1.errortime = $time;
			stats1.errors++;
		end
	end

	initial begin
		#1000000
		$display("TIMEOUT");
		$finish();
	end
endmodule
