"""Transistor model libraries shipped with the project, so a fresh clone can size on a real process.

``sky130`` is the SkyWater SKY130 1.8 V nfet/pfet subset (Apache-2.0; see ``sky130/README.md``);
``ptm45`` the PTM 45 nm bulk cards, one model file without corner sections (see ``ptm/README.md``).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

# name -> (library file inside this package, nominal section)
# (a library without sections has "" as its nominal: the whole file is its one corner)
PACKAGED: dict[str, tuple[str, str]] = {"sky130": ("sky130/sky130_1v8.lib", "tt"), "ptm45": ("ptm/45nm_bulk.txt", "")}


def packaged_library(name: str) -> tuple[Path, str] | None:
    """The library file and nominal section of a packaged PDK, or None for another name."""
    entry = PACKAGED.get(name.lower())
    if entry is None:
        return None
    return Path(str(resources.files("chipsmith.tools.pdk").joinpath(entry[0]))), entry[1]
