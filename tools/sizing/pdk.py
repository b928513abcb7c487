"""Process design kits and corners: a model library with one section per process corner, and PVT points.

A PDK is named by a packaged name (``sky130``) or a library file (``models.lib``, optionally
``models.lib:tt`` to pick the nominal section). Its sections are the ``.lib NAME`` ... ``.endl``
blocks of that file; a file without sections (``ptm45``, a list of .model cards) is one process
corner, read whole. A corner is a process section (or a model file of its own), a
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
_MODEL_CARD = re.compile(r"^\s*\.(?:model|subckt)\s", re.IGNORECASE)
NOMINAL_TEMP = 27.0


@dataclass(frozen=True)
class Pdk:
    """A model library and the corner sections it holds."""

    library: Path
    sections: tuple[str, ...]
    nominal: str
    name: str

    def model(self, lib: str) -> ModelLibrary:
        """The library (section) a corner's ``lib`` names: a section of this PDK (the whole file when it has none)."""
        if not self.sections and not lib:
            return ModelLibrary(self.library, "")
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


def _has_models(path: Path) -> bool:
    with open(path, encoding="utf-8", errors="replace") as fh:
        return any(_MODEL_CARD.match(line) for line in fh)


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
        # one model file (PTM cards, a vendor's .model list): a single process corner, read with .include
        if section or nominal:
            raise InputError(f"pdk {path}: no '.lib SECTION' blocks in it, so no section {section or nominal!r}; "
                             "name the file alone (its corners then vary temp and vdd)")
        if not _has_models(path):
            raise InputError(f"pdk {path}: neither '.lib SECTION' blocks nor .model/.subckt cards in it; is it a model library?")
        return Pdk(path, (), "", name)
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


# ----------------------------------------------------------------------------- mismatch

# A PDK written for Spectre's per-instance mismatch statistics declares one global factor per
# varied parameter, 0 for plain runs (sky130: ``.param sky130_fd_pr__nfet_01v8__vth0_slope_spectre = 0.0``),
# and its models read ``param = nominal + FACTOR*(slope/sqrt(l*w*mult))`` -- the Pelgrom form.
# Spectre's ``vary FACTOR dist=gauss std=1`` draws the factor per instance; ngspice 39 has no
# per-instance draw of a global, so the derived library turns each factor into a parameter of
# the device subcircuit (default 0) that an instance line sets to its own normal draw.
_FACTOR = re.compile(r"^\s*\.param\s+(\w+_slope_spectre)\s*=\s*0(?:\.0*)?(?:e[-+]?\d+)?\s*$", re.IGNORECASE | re.MULTILINE)
_SUBCKT = re.compile(r"^\s*\.subckt\s+(\S+)", re.IGNORECASE | re.MULTILINE)
_SUBCKT_PARAMS = re.compile(r"^(\s*\.param\s+l\s*=.*\bw\s*=.*)$", re.IGNORECASE | re.MULTILINE)
_INCLUDE = re.compile(r"""^(\s*\.(?:include|inc|lib)\s+)(["']?)([^"'\s]+)\2(.*)$""", re.IGNORECASE)
_SCALE_OPTION = re.compile(r"^\s*\.options?\b.*\bscale\s*=", re.IGNORECASE | re.MULTILINE)
# The sky130 slopes are per square micron of gate (its own decks set .option scale=1e-6 and give W
# and L in microns); a library without a scale option takes W and L in metres.
_AREA_IN_UM2 = "sqrt(l*w*mult*1e12)"


@dataclass(frozen=True)
class MismatchLibrary:
    """A PDK's library with per-instance mismatch factors: ``devices`` maps a device subcircuit to its factors."""

    library: Path
    devices: dict[str, tuple[str, ...]]
    source: Path

    def model(self, lib: str) -> ModelLibrary:
        return ModelLibrary(self.library, lib)


def _library_files(library: Path) -> list[Path]:
    """The library file and every file it includes, transitively (``.include``/``.lib FILE SECTION``)."""
    seen: list[Path] = []
    todo = [library.resolve()]
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.append(path)
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            m = _INCLUDE.match(line)
            # '.lib NAME' opens a section (one word); '.lib FILE NAME' reads one
            if m and (m.group(0).lstrip()[:4].lower() != ".lib" or m.group(4).strip()):
                todo.append((path.parent / m.group(3)).resolve())
    return seen


def mismatch_library(pdk: Pdk, dest: Path) -> MismatchLibrary | None:
    """Write ``pdk``'s library with per-instance mismatch factors under ``dest``; None when it has none.

    Files under the library's folder are copied with the global factors removed, each factor
    added to its device subcircuit's default parameters and, without a scale option, the gate
    area of the Pelgrom term taken in square microns; files elsewhere are read where they are."""
    root = pdk.library.parent.resolve()
    files = _library_files(pdk.library)
    texts = {f: f.read_text(encoding="utf-8", errors="replace") for f in files}
    in_um = not any(_SCALE_OPTION.search(t) for t in texts.values())
    devices: dict[str, tuple[str, ...]] = {}
    out: dict[Path, str] = {}
    for f, text in texts.items():
        if root not in f.parents and f != pdk.library.resolve():
            continue
        factors = tuple(dict.fromkeys(m.group(1) for m in _FACTOR.finditer(text)))
        sub, at = _SUBCKT.search(text), _SUBCKT_PARAMS.search(text)
        if factors and sub and at:
            defaults = " ".join(f"{n} = 0" for n in factors)
            text = f"{text[:at.end(1)]} {defaults}{text[at.end(1):]}"
            text = _FACTOR.sub("", text)
            if in_um:
                text = re.sub(r"sqrt\(\s*l\s*\*\s*w\s*\*\s*mult\s*\)", _AREA_IN_UM2, text, flags=re.IGNORECASE)
            devices[sub.group(1).lower()] = factors
        lines = []
        for line in text.splitlines():
            m = _INCLUDE.match(line)
            target = (f.parent / m.group(3)).resolve() if m else None
            if m and target is not None and target.is_file() and root not in target.parents:
                line = f'{m.group(1)}"{target}"{m.group(4)}'  # read in place: only files under the folder are copied
            lines.append(line)
        out[f] = "\n".join(lines) + "\n"
    if not devices:
        return None
    for f, text in out.items():
        target = dest / f.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return MismatchLibrary(dest / pdk.library.resolve().relative_to(root), devices, pdk.library)
