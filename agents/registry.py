"""The specialists the router can choose from.

Each entry names the function that runs the specialist (``module:function``) so the
router can describe every specialist without importing heavy modules. A specialist
whose module is not importable is left out of routing and named by ``--agent``'s error.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

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
            ("verilog", "systemverilog", "rtl", "module", "fifo", "counter", "fsm", "state machine", "testbench", "flip-flop design", "adder", "mux", "shift register"),
        ),
        SpecialistInfo(
            "netlist_translator", "converts netlists between ngspice, HSPICE, Spectre, LTspice, Xyce and structural Verilog",
            "chipsmith.agents.netlist_translator:run",
            ("convert", "translate", "spectre", "hspice", "ltspice", "xyce", "netlist"),
        ),
        SpecialistInfo(
            "circuit_sizer", "sizes transistors and passives of an analog circuit against specs with ngspice in the loop",
            "chipsmith.agents.circuit_sizer:run",
            ("size", "sizing", "op-amp", "opamp", "ota", "gain", "ugbw", "phase margin", "ldo", "bias"),
        ),
        SpecialistInfo(
            "datasheet_extractor", "extracts parameters with citations from a PDF datasheet and builds a checked SPICE model",
            "chipsmith.agents.datasheet_extractor:run",
            ("datasheet", "extract", "pdf", "spice model", "model card"),
        ),
        SpecialistInfo(
            "rf_designer", "designs LC filters (Butterworth, Chebyshev, Bessel, elliptic; LP/HP/BP/BS) verified with S-parameters",
            "chipsmith.agents.rf_designer:run",
            ("filter", "band-pass", "bandpass", "low-pass", "lowpass", "high-pass", "band-stop", "ghz", "mhz", "butterworth", "chebyshev", "elliptic", "s-parameter", "rf"),
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
