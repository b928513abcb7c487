"""Requests in an engineer's own words, read without a model: one typed spec and one reader per specialist.

``read(agent, text)`` gives the agent's spec read from ``text`` (one clause of the request: a
plan's step reads only its own clause), or None for an agent that takes no spec from words.
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel

from chipsmith.tools.requests import datasheet, netlist, rf, sizing

READERS: dict[str, Callable[[str], BaseModel]] = {
    "rf_designer": rf.read,
    "circuit_sizer": sizing.read,
    "netlist_translator": netlist.read,
    "datasheet_extractor": datasheet.read,
}


def read(agent: str, text: str) -> BaseModel | None:
    """The spec ``agent`` reads from ``text``; None when the agent takes no spec from words."""
    reader = READERS.get(agent)
    return reader(text) if reader is not None else None


def fields(spec: BaseModel | None) -> dict[str, object]:
    """The fields a reader filled (what it left unset is not claimed)."""
    return {} if spec is None else spec.model_dump(exclude_none=True, by_alias=True)
