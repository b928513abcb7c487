"""A cocotb test with a bug of its own: it reads a signal the counter does not have."""

import cocotb
from cocotb.clock import Clock
from cocotb.triggers import FallingEdge


def read_count(dut):
    return int(dut.count.value)


@cocotb.test()
async def reads_a_missing_signal(dut):
    cocotb.start_soon(Clock(dut.clk, 10, unit="ns").start())
    await FallingEdge(dut.clk)
    assert read_count(dut) == 0
