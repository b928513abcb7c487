"""The specialists the router can choose from.

Each entry names the function that runs the specialist (``module:function``) so the
router can describe every specialist without importing heavy modules. A specialist
whose module is not importable is left out of routing and named by ``--agent``'s error.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chipsmith.core.errors import ConfigError

if TYPE_CHECKING:
    from chipsmith.agents.context import AgentContext
    from chipsmith.agents.state import ChipState

SpecialistFn = Callable[["ChipState", "AgentContext"], dict[str, Any]]


@dataclass(frozen=True)
class SpecialistInfo:
    name: str
    description: str
    target: str
    keywords: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()  # words that lean towards this specialist without deciding alone (half a point)


SPECIALISTS: dict[str, SpecialistInfo] = {
    s.name: s
    for s in (
        SpecialistInfo(
            "general", "answers questions about electronics and digital/analog design in words; writes no files",
            "chipsmith.agents.general:run",
            ("what", "why", "how does", "explain", "difference", "?"),
        ),
        SpecialistInfo(
            "verilog_writer", "writes Verilog/SystemVerilog RTL from a spec and verifies it in simulation with a bounded fix loop",
            "chipsmith.agents.verilog:run",
            ("verilog", "systemverilog", "rtl", "module", "fifo", "counter", "fsm", "state machine", "testbench", "flip-flop design",
             "adder", "mux", "multiplexer", "shift register", "arbiter", "ram", "rom", "pwm", "lfsr", "clock divider",
             "frequency divider", "decoder", "encoder", "debouncer", "edge detector", "uart", "spi", "i2c", "axi",
             "synchronizer", "synchroniser", "register file", "alu", "multiplier", "barrel shifter", "flip-flop", "latch",
             "7-segment", "seven-segment", "moore", "mealy", "pipeline", "pipelined"),
            weak=("clock", "reset", "bit", "bits", "comparator"),
        ),
        SpecialistInfo(
            "netlist_translator", "converts netlists between ngspice, HSPICE, Spectre, LTspice, Xyce and structural Verilog",
            "chipsmith.agents.netlist_translator:run",
            ("convert", "translate", "spectre", "hspice", "ltspice", "xyce", "ngspice", "pspice", "cdl", "netlist",
             "spice deck", "deck"),
        ),
        SpecialistInfo(
            "circuit_sizer", "sizes transistors and passives of an analog circuit against specs with ngspice in the loop",
            "chipsmith.agents.circuit_sizer:run",
            ("size", "sizing", "sized", "resize", "op-amp", "opamp", "op amp", "ota", "gain", "ugbw", "gbw", "ugf",
             "unity-gain", "unity gain", "phase margin", "ldo", "bias", "folded cascode", "telescopic", "w/l",
             "transistor widths", "device sizes"),
            weak=("amplifier", "cascode", "miller"),
        ),
        SpecialistInfo(
            "datasheet_extractor", "extracts parameters with citations from a PDF datasheet and builds a checked SPICE model",
            "chipsmith.agents.datasheet_extractor:run",
            ("datasheet", "data sheet", "extract", "extraction", "pdf", "spice model", "model card"),
        ),
        SpecialistInfo(
            "rf_designer", "designs LC filters (Butterworth, Chebyshev, Bessel, elliptic; LP/HP/BP/BS) verified with S-parameters",
            "chipsmith.agents.rf_designer:run",
            ("filter", "band-pass", "bandpass", "band pass", "low-pass", "lowpass", "low pass", "high-pass", "highpass",
             "high pass", "band-stop", "bandstop", "band stop", "band reject", "notch", "lpf", "hpf", "bpf", "bsf",
             "butterworth", "chebyshev", "elliptic", "bessel", "s-parameter", "rf", "anti-alias", "anti-aliasing",
             "preselector", "diplexer"),
            weak=("ghz", "mhz", "khz", "ohm", "ripple", "stopband", "passband", "rolloff", "roll-off"),
        ),
    )
}


def is_available(name: str) -> bool:
    info = SPECIALISTS.get(name)
    if info is None:
        return False
    module = info.target.split(":")[0]
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def available() -> list[SpecialistInfo]:
    return [s for s in SPECIALISTS.values() if is_available(s.name)]


def check_name(name: str) -> str:
    """``name`` if it is a specialist this build has, else a ConfigError listing the valid ones."""
    if name not in SPECIALISTS or not is_available(name):
        valid = ", ".join(s.name for s in available())
        raise ConfigError(f"unknown agent {name!r}; choose one of: {valid}")
    return name


def load(name: str) -> SpecialistFn:
    info = SPECIALISTS[check_name(name)]
    module, func = info.target.split(":")
    return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]
