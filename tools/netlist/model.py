"""The neutral circuit model every parser produces and every emitter reads.

A netlist is an ordered list of items (devices, subcircuits, models, parameters,
analyses, directives) so that order-dependent constructs (``.param`` chains,
``.if`` blocks) survive a translation. Device kinds are the SPICE element
letters, the lingua franca of netlists; Spectre masters and Verilog cells map
onto them.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, Field

Dialect = Literal["ngspice", "hspice", "ltspice", "xyce", "spectre", "verilog"]
DIALECTS: tuple[str, ...] = ("ngspice", "hspice", "ltspice", "xyce", "spectre", "verilog")
SPICE_FAMILY: tuple[str, ...] = ("ngspice", "hspice", "ltspice", "xyce")


class SourcePos(BaseModel):
    """Where an item came from, for error messages (``file:line``)."""

    file: str = ""
    line: int = 0

    def __str__(self) -> str:
        return f"{self.file or '<text>'}:{self.line}"


class Device(BaseModel):
    """One element or instance.

    ``args`` are positional tokens after the nodes and the model (values such as a
    resistance, an area factor, a source specification), kept as written with
    numbers in canonical form; ``params`` are ``key=value`` pairs in order.
    ``behaviour`` holds a behavioural specification (B sources, E/G ``VALUE=``,
    ``POLY``, ``TABLE``) verbatim; ``refs`` names other devices (the controlling
    source of F/H/W, the inductors of K).
    """

    type: Literal["device"] = "device"
    name: str
    kind: str
    nodes: list[str] = Field(default_factory=list)
    model: str = ""
    args: list[str] = Field(default_factory=list)
    params: dict[str, str] = Field(default_factory=dict)
    refs: list[str] = Field(default_factory=list)
    pins: list[str] = Field(default_factory=list)
    behaviour: str = ""
    raw: str = ""
    pos: SourcePos = Field(default_factory=SourcePos)


class Model(BaseModel):
    """A ``.model`` card: name, device type (``nmos``, ``d``, ``npn``...) and parameters."""

    type: Literal["model"] = "model"
    name: str
    mtype: str
    params: dict[str, str] = Field(default_factory=dict)
    raw: str = ""
    pos: SourcePos = Field(default_factory=SourcePos)


class Param(BaseModel):
    """A ``.param`` / ``parameters`` assignment."""

    type: Literal["param"] = "param"
    name: str
    value: str
    pos: SourcePos = Field(default_factory=SourcePos)


class Include(BaseModel):
    """An ``.include`` or ``.lib FILE SECTION``; the file is parsed for checking but not inlined."""

    type: Literal["include"] = "include"
    path: str
    section: str = ""
    pos: SourcePos = Field(default_factory=SourcePos)


class Analysis(BaseModel):
    """An analysis card: ``op``, ``dc``, ``ac``, ``tran``, ``noise``... with its arguments."""

    type: Literal["analysis"] = "analysis"
    kind: str
    args: list[str] = Field(default_factory=list)
    params: dict[str, str] = Field(default_factory=dict)
    pos: SourcePos = Field(default_factory=SourcePos)


class Directive(BaseModel):
    """Any other control card, kept verbatim for the dialects that share its syntax.

    ``dialects`` lists the targets that understand ``text`` as written; emitting to
    any other target is an error, never a silent drop.
    """

    type: Literal["directive"] = "directive"
    name: str
    text: str
    params: dict[str, str] = Field(default_factory=dict)
    dialects: list[str] = Field(default_factory=list)
    pos: SourcePos = Field(default_factory=SourcePos)


class Control(BaseModel):
    """An ngspice ``.control`` ... ``.endc`` script, verbatim."""

    type: Literal["control"] = "control"
    text: str
    pos: SourcePos = Field(default_factory=SourcePos)


Item = Annotated[Union[Device, Model, Param, Include, Analysis, Directive, Control, "Subckt", "Section"],
                 Field(discriminator="type")]


class Subckt(BaseModel):
    """A subcircuit (or a Verilog module): ports, default parameters, its own items."""

    type: Literal["subckt"] = "subckt"
    name: str
    ports: list[str] = Field(default_factory=list)
    params: dict[str, str] = Field(default_factory=dict)
    items: list[Item] = Field(default_factory=list)
    pos: SourcePos = Field(default_factory=SourcePos)


class Section(BaseModel):
    """A library section (``.lib NAME`` ... ``.endl``, Spectre ``section``)."""

    type: Literal["section"] = "section"
    name: str
    items: list[Item] = Field(default_factory=list)
    pos: SourcePos = Field(default_factory=SourcePos)


class Rejected(BaseModel):
    """A line the parser could not read: kept with its position for the LLM fallback or the error."""

    text: str
    reason: str
    scope: str = ""
    pos: SourcePos = Field(default_factory=SourcePos)


class Netlist(BaseModel):
    """A whole file: a deck (with a title line) or a library of models and subcircuits."""

    dialect: str
    title: str = ""
    is_deck: bool = True
    items: list[Item] = Field(default_factory=list)
    source: str = ""
    warnings: list[str] = Field(default_factory=list)
    rejected: list[Rejected] = Field(default_factory=list)
    case_sensitive: bool = False

    def walk(self) -> list[tuple[str, Item]]:
        """Every item with the scope path it lives in (``""`` for the top level)."""
        out: list[tuple[str, Item]] = []

        def rec(scope: str, items: list[Item]) -> None:
            for it in items:
                out.append((scope, it))
                if isinstance(it, (Subckt, Section)):
                    rec(f"{scope}/{it.name}" if scope else it.name, it.items)

        rec("", self.items)
        return out


Subckt.model_rebuild()
Section.model_rebuild()
Netlist.model_rebuild()
