"""``chipsmith netlist convert IN --to DIALECT``: translate a netlist and print the proof."""

from __future__ import annotations

import json
from pathlib import Path

import click

from chipsmith.core.errors import VerdictFailed
from chipsmith.core.files import write_atomic


@click.group("netlist")
def netlist() -> None:
    """Translate netlists between ngspice, HSPICE, LTspice, Xyce, Spectre and structural Verilog (and a JSON graph)."""


@netlist.command("convert")
@click.argument("infile", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--to", "target", required=True, help="target: ngspice, hspice, ltspice, xyce, spectre, verilog (structural), json")
@click.option("--from", "source", default=None, help="source dialect (guessed from the extension and content when omitted)")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="output file (default: stdout)")
@click.option("--model-dir", "model_dirs", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="extra directory includes may read from (repeatable)")
@click.option("--drop", multiple=True, type=click.Choice(["control", "directives"]),
              help="leave out .control scripts / simulator-specific cards the target cannot express (listed as warnings)")
@click.option("--json", "as_json", is_flag=True, help="print the proof and warnings as JSON on stdout")
def convert(infile: Path, target: str, source: str | None, out: Path | None, model_dirs: tuple[Path, ...],
            drop: tuple[str, ...], as_json: bool) -> None:
    """Convert INFILE to another dialect; the output is re-parsed and proven isomorphic to the input."""
    from chipsmith.tools.netlist.translate import parse_file, translate

    net = parse_file(infile, source, allowed_dirs=list(model_dirs))
    tr = translate(net, target, drop=frozenset(drop))
    if tr.proof is None or not tr.proof.ok:
        raise VerdictFailed(f"{infile}: the {target} output does not reproduce the circuit "
                            f"({tr.proof.summary() if tr.proof else 'no proof'}); nothing was written")
    if out is not None:
        write_atomic(out, tr.text)
    report = {"input": str(infile), "from": net.dialect, "to": tr.target, "output": str(out) if out else None,
              "proof": tr.proof.summary(), "warnings": list(dict.fromkeys(tr.warnings))}
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    if out is None:
        click.echo(tr.text, nl=False)
    click.echo(f"{net.dialect} -> {tr.target}: {tr.proof.summary() if tr.proof else 'no proof'}", err=True)
    for w in dict.fromkeys(tr.warnings):  # each warning once, in the order it was first given
        click.echo(f"warning: {w}", err=True)
