"""Knowledge cards: the structured YAML facts the seed corpus (and users) write.

A card file is a YAML list of cards. A component card carries the part numbers,
pinout, key parameters (value with unit, and the conditions), the typical use and
SPICE modelling hints; a design card (idiom, rule) carries a markdown body.
Errors name the file and the line of the card that is wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from chipsmith.core.errors import InputError
from chipsmith.core.yamlfile import reject_aliases

Kind = Literal["component", "idiom", "rule", "document"]
KINDS: tuple[str, ...] = ("component", "idiom", "rule", "document")


class Param(BaseModel):
    """One key parameter: ``value`` carries its unit (``"3 to 32 V"``), ``conditions`` when it holds."""

    model_config = ConfigDict(extra="forbid")

    name: str
    value: str
    conditions: str = ""

    @field_validator("value", mode="before")
    @classmethod
    def _as_text(cls, v: Any) -> str:
        return str(v)


class Card(BaseModel):
    """One card; becomes one chunk (or a few, for a long design card) in the store."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    kind: Kind
    title: str = Field(min_length=3)
    category: str = Field(min_length=2)
    summary: str = Field(min_length=10)
    parts: list[str] = Field(default_factory=list)
    package: str = ""
    pinout: dict[str, str] | str = ""
    parameters: list[Param] = Field(default_factory=list)
    use: str = ""
    spice: str = ""
    body: str = ""
    tags: list[str] = Field(default_factory=list)

    @field_validator("pinout", mode="before")
    @classmethod
    def _pin_keys_as_text(cls, v: Any) -> Any:
        # YAML reads pin numbers as ints; a pinout is a table of names, so keep them text.
        if isinstance(v, dict):
            return {str(k): str(val) for k, val in v.items()}
        return v

    @field_validator("parts", "tags", mode="before")
    @classmethod
    def _items_as_text(cls, v: Any) -> Any:
        return [str(x) for x in v] if isinstance(v, list) else v

    @model_validator(mode="after")
    def _complete(self) -> Card:
        if self.kind == "component":
            missing = [name for name in ("parts", "pinout", "use", "spice") if not getattr(self, name)]
            if len(self.parameters) < 3:
                missing.append("parameters (at least 3)")
            if missing:
                raise ValueError(f"component card {self.id!r} lacks {', '.join(missing)}")
        elif not self.body:
            raise ValueError(f"{self.kind} card {self.id!r} needs a body")
        return self

    @property
    def label(self) -> str:
        """What a citation calls this card: the part number for a component, else the title."""
        return self.id if self.kind == "component" else self.title

    def to_text(self) -> str:
        """The chunk text. Meaning first (title, summary, use), because the embedding model reads only ~256 word pieces."""
        lines = [f"{self.title} [{self.category}]"]
        if self.parts:
            lines.append("Parts: " + ", ".join(self.parts))
        lines.append(self.summary.strip())
        if self.use:
            lines.append("Typical use: " + self.use.strip())
        if self.parameters:
            lines.append("Key parameters:")
            for p in self.parameters:
                cond = f" ({p.conditions})" if p.conditions else ""
                lines.append(f"- {p.name}: {p.value}{cond}")
        if self.pinout:
            head = f"Pinout ({self.package})" if self.package else "Pinout"
            if isinstance(self.pinout, dict):
                lines.append(head + ": " + "; ".join(f"{k} {v}" for k, v in self.pinout.items()))
            else:
                lines.append(head + ": " + self.pinout.strip())
        if self.spice:
            lines.append("SPICE modelling: " + self.spice.strip())
        if self.body:
            lines.append(self.body.strip())
        if self.tags:
            lines.append("Tags: " + ", ".join(self.tags))
        return "\n".join(lines)


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader (libyaml when available: ~10x faster) that remembers the line each mapping starts on."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_cards(text: str, where: str) -> list[Card]:
    """Parse a card file's text; ``where`` names it in errors (``file:line: ...``)."""
    reject_aliases(text, where)
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"{where}{line}: not valid YAML ({problem}); fix the file and add it again") from None
    if not isinstance(data, list) or not data:
        raise InputError(f"{where}: a card file must be a non-empty YAML list of cards (- id: ..., kind: ..., title: ...)")
    cards: list[Card] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data):
        if not isinstance(raw, dict):
            raise InputError(f"{where}: item {i + 1} is not a card (a mapping with id, kind, title, ...)")
        line = raw.pop("__line__", 0)
        _strip_lines(raw)
        try:
            card = Card.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "card"
            raise InputError(f"{where}:{line}: card {raw.get('id', '?')!r}: {field}: {first['msg']}") from None
        if card.id in seen:
            raise InputError(f"{where}:{line}: card id {card.id!r} already used on line {seen[card.id]}; ids must be unique")
        seen[card.id] = line
        cards.append(card)
    return cards


def _strip_lines(obj: Any) -> None:
    """Remove the loader's ``__line__`` keys from nested mappings (parameters, pinouts)."""
    if isinstance(obj, dict):
        obj.pop("__line__", None)
        for v in obj.values():
            _strip_lines(v)
    elif isinstance(obj, list):
        for v in obj:
            _strip_lines(v)


def load_card_file(path: Path) -> list[Card]:
    """Read and validate one card file from disk."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}); save the card file as UTF-8") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    return parse_cards(text, str(path))
