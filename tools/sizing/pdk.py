"""Process design kits and corners: a model library with one section per process corner, and PVT points.

A PDK is named by a packaged name (``sky130``) or a library file (``models.lib``, optionally
``models.lib:tt`` to pick the nominal section). Its sections are the ``.lib NAME`` ... ``.endl``
blocks of that file. A corner is a process section (or a model file of its own), a
temperature and a supply voltage; ``pvt:`` gives them as a product of lists.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chipsmith.core.errors import InputError
from chipsmith.tools.ngspice import ModelLibrary
from chipsmith.tools.pdk import PACKAGED, packaged_library

_SECTION = re.compile(r"^\s*\.lib\s+([A-Za-z_][\w.+-]*)\s*$", re.IGNORECASE)
NOMINAL_TEMP = 27.0


@dataclass(frozen=True)
class Pdk:
    """A model library and the corner sections it holds."""

    library: Path
    sections: tuple[str, ...]
    nominal: str
    name: str

    def model(self, lib: str) -> ModelLibrary:
        """The library (section) a corner's ``lib`` names: a section of this PDK."""
        if lib.lower() not in (s.lower() for s in self.sections):
            raise InputError(f"{self.library}: no section {lib!r} (it has {', '.join(self.sections) or 'none'})")
        return ModelLibrary(self.library, lib)


def library_sections(path: Path) -> tuple[str, ...]:
    """The ``.lib NAME`` sections of a model library file, in file order."""
    found: list[str] = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            m = _SECTION.match(line)
            if m and m.group(1) not in found:
                found.append(m.group(1))
    return tuple(found)


def load_pdk(spec: str | Path, base: Path | None = None, nominal: str | None = None) -> Pdk:
    """A PDK from a packaged name (``sky130``) or a library path (``lib.spice`` or ``lib.spice:tt``).

    A relative path resolves from ``base`` (the problem's folder), else from the current
    directory. A path that does not exist, a file without sections, or a nominal section the
    file lacks is an :class:`InputError` of one line naming it."""
    text = str(spec).strip()
    if not text:
        raise InputError("pdk: empty; give a packaged name (" + ", ".join(PACKAGED) + ") or a model library file")
    section = None
    if ":" in text and not Path(text).exists():
        text, section = text.rsplit(":", 1)
        nominal = nominal or section
    packaged = packaged_library(text)
    if packaged is not None:
        path, default = packaged
        name = text.lower()
    else:
        p = Path(text).expanduser()
        if not p.is_absolute() and base is not None and (base / p).exists():
            p = base / p
        if not p.is_file():
            raise InputError(f"pdk {text!r}: no such model library file (or packaged PDK: {', '.join(PACKAGED)})")
        path, default, name = p.resolve(), "", p.stem
    sections = library_sections(path)
    if not sections:
        raise InputError(f"pdk {path}: no '.lib SECTION' blocks in it; a PDK names its corners as library sections")
    chosen = nominal or default or sections[0]
    if chosen.lower() not in (s.lower() for s in sections):
        raise InputError(f"pdk {path}: no section {chosen!r} (it has {', '.join(sections)})")
    chosen = next(s for s in sections if s.lower() == chosen.lower())
    return Pdk(path, sections, chosen, name)


@dataclass(frozen=True)
class Corner:
    """One PVT point: a process section (or model file), a temperature in °C, a supply in volts (None: the netlist's)."""

    lib: str = ""
    temp: float = NOMINAL_TEMP
    vdd: float | None = None

    @property
    def label(self) -> str:
        parts = [self.lib] if self.lib else []
        parts.append(f"{self.temp:g} °C")
        if self.vdd is not None:
            parts.append(f"{self.vdd:g} V")
        return "/".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {"lib": self.lib, "temp": self.temp, "vdd": self.vdd}


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InputError(f"{where}: {value!r} is not a number")
    try:
        return float(str(value).strip().rstrip("CcVv").strip())
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a number") from None


def parse_corners(data: dict[str, Any], where: str, nominal_lib: str) -> list[Corner]:
    """``corners:`` (a list of {lib, temp, vdd}) and/or ``pvt:`` ({lib: [...], temp: [...], vdd: [...]}).

    The first corner is the nominal point the search screens with; without either key the
    nominal point alone (the PDK's nominal section at 27 °C)."""
    out: list[Corner] = []
    for i, c in enumerate(data.get("corners") or []):
        w = f"{where}: corners[{i}]"
        if not isinstance(c, dict) or not set(c) <= {"lib", "temp", "vdd"}:
            raise InputError(f"{w}: expected a mapping with lib, temp and vdd")
        out.append(Corner(str(c.get("lib", nominal_lib) or ""), _number(c.get("temp", NOMINAL_TEMP), f"{w}.temp"),
                          _number(c["vdd"], f"{w}.vdd") if c.get("vdd") is not None else None))
    pvt = data.get("pvt")
    if pvt is not None:
        if not isinstance(pvt, dict) or not set(pvt) <= {"lib", "temp", "vdd"}:
            raise InputError(f"{where}: pvt: expected lists under lib, temp and vdd")

        def listed(key: str, default: list[Any]) -> list[Any]:
            v = pvt.get(key, default)
            return list(v) if isinstance(v, (list, tuple)) else [v]

        for lib, temp, vdd in itertools.product(listed("lib", [nominal_lib]), listed("temp", [NOMINAL_TEMP]),
                                                listed("vdd", [None])):
            c = Corner(str(lib or ""), _number(temp, f"{where}: pvt.temp"),
                       None if vdd is None else _number(vdd, f"{where}: pvt.vdd"))
            if c not in out:
                out.append(c)
    return out or [Corner(nominal_lib, NOMINAL_TEMP, None)]
