"""A cocotb test of the 4-bit counter: after reset it counts up by one each clock."""

import cocotb
from cocotb.clock import Clock
from cocotb.triggers import FallingEdge


@cocotb.test()
async def counts_up(dut):
    cocotb.start_soon(Clock(dut.clk, 10, unit="ns").start())
    dut.reset.value = 1
    await FallingEdge(dut.clk)
    dut.reset.value = 0
    for expected in range(1, 20):
        await FallingEdge(dut.clk)
        assert int(dut.q.value) == expected % 16, f"q is {int(dut.q.value)}, expected {expected % 16}"
