"""A sizing problem cannot make the host read a file outside its own folder (issue 15, class 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chipsmith.agents.circuit_sizer import run
from chipsmith.agents.context import AgentContext
from chipsmith.agents.llm import make_llm
from chipsmith.agents.state import ChipState
from chipsmith.core.config import load_settings
from chipsmith.core.errors import InputError
from chipsmith.core.rundir import RunRecord

CANARY = "CANARY-7f3a secret line"
PROBLEM = "netlist: {net}\nparams: {{}}\ntestbench: [op, print v(a)]\nspecs: {{va: {{min: 0}}}}\n"


def _everything_written(root: Path) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in root.rglob("*") if p.is_file())


@pytest.mark.attack
@pytest.mark.parametrize("how", ["dotdot", "symlink"])
def test_problem_naming_a_file_outside_is_refused_and_nothing_leaks(tmp_path: Path, how: str) -> None:
    secret = tmp_path / "secret.cir"
    secret.write_text(f"* {CANARY}\nV1 a 0 1\nR1 a 0 1k\n.end\n")
    folder = tmp_path / "user" / "problems" / "p"
    folder.mkdir(parents=True)
    if how == "symlink":
        (folder / "amp.cir").symlink_to(secret)
        net = "amp.cir"
    else:
        net = "../../../secret.cir"
    (folder / "amp.yaml").write_text(PROBLEM.format(net=net))
    script = tmp_path / "script.jsonl"
    script.write_text('{"agent": "circuit_sizer", "content": "{}"}\n' * 4)
    settings = load_settings(llm=f"script:{script}", data_dir=tmp_path / "data")
    record = RunRecord(tmp_path / "run")
    ctx = AgentContext(settings=settings, llm=make_llm(settings, record), record=record, out_dir=tmp_path / "out")
    with pytest.raises(InputError, match=r"amp\.yaml: netlist: .*leads outside"):
        run(ChipState(request="size it", inputs={"netlist": str(folder / "amp.yaml"), "budget": "2"}), ctx)
    written = _everything_written(tmp_path / "out") + _everything_written(tmp_path / "run")
    assert CANARY not in written  # not in an artefact, a deck, a log or a prompt


def test_budget_that_is_not_a_number_is_an_input_error(tmp_path: Path) -> None:
    folder = Path(__file__).parents[1] / "data" / "sizer"
    (tmp_path / "script.jsonl").write_text("")
    settings = load_settings(llm=f"script:{tmp_path / 'script.jsonl'}", data_dir=tmp_path / "data")
    record = RunRecord(tmp_path / "run")
    ctx = AgentContext(settings=settings, llm=make_llm(settings, record), record=record, out_dir=tmp_path / "out")
    with pytest.raises(InputError, match="budget must be a whole number"):
        run(ChipState(request="size it", inputs={"netlist": str(folder / "cs_opt.yaml"), "budget": "two"}), ctx)
