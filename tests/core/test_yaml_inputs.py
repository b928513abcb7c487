"""YAML a user supplies: no aliases ("billion laughs"), scalars accepted, files kept in the folder."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from chipsmith.agents.state import ChipState
from chipsmith.cli import _tasks
from chipsmith.core.errors import InputError
from chipsmith.core.yamlfile import load_yaml, load_yaml_file

LAUGHS = "".join(
    [f"- &l0 [{', '.join(['lol'] * 9)}]\n"]
    + [f"- &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 10)]
)
TASKS_LAUGHS = ("- request: size the OTA\n  inputs:\n    lol: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                + "".join(f"    l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 10)))


@pytest.mark.attack
def test_aliases_are_refused_with_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^t\.yaml:2: YAML aliases \(\*l0\) are not accepted"):
        load_yaml(LAUGHS, "t.yaml")
    assert load_yaml("a: &x 1\nb: [2, 3]\n", "t.yaml") == {"a": 1, "b": [2, 3]}  # an anchor alone is harmless
    (tmp_path / "p.yaml").write_text("a: [1,\n")
    with pytest.raises(InputError, match=r"p\.yaml:\d+: not valid YAML"):
        load_yaml_file(tmp_path / "p.yaml")


@pytest.mark.attack
def test_billion_laughs_tasks_file_is_one_line_error_in_bounded_memory(tmp_path: Path) -> None:
    tasks = tmp_path / "tasks.yaml"
    tasks.write_text(TASKS_LAUGHS)
    limit = 2 << 30  # the file stands for 9**10 strings: refusing it must not need them

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    proc = subprocess.run([sys.executable, "-m", "chipsmith.cli", "run", str(tasks), "--llm", "script:none.jsonl"],
                          capture_output=True, text=True, timeout=120, preexec_fn=cap, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "tasks.yaml:4: YAML aliases (*l0) are not accepted" in " ".join(proc.stderr.split())  # the console wraps
    assert "Traceback" not in proc.stderr


def test_scalar_inputs_become_text_and_paths_resolve_beside_the_tasks_file(tmp_path: Path) -> None:
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "ota.yaml").write_text("netlist: ota.cir\n")
    tasks = tmp_path / "jobs" / "tasks.yaml"
    tasks.write_text("- request: size the OTA\n  inputs: {budget: 2, netlist: ota.yaml, samples: 1.5, knowledge: off}\n"
                     "  out: first\n")
    (task,) = _tasks(str(tasks), None, tmp_path / "out", {})
    assert task["inputs"] == {"budget": "2", "netlist": str((tmp_path / "jobs" / "ota.yaml").resolve()),
                              "samples": "1.5", "knowledge": "false"}
    assert task["out"] == tmp_path / "out" / "first"
    ChipState(request=task["request"], inputs=task["inputs"])  # what crashed with a pydantic traceback


@pytest.mark.attack
@pytest.mark.parametrize("body, message", [
    ("  inputs: {budget: [1, 2]}\n", r"task 1: inputs\.budget: give one value"),
    ("  inputs: {netlist: ../secret.yaml}\n", r"task 1: inputs\.netlist: \.\./secret\.yaml leads outside"),
    ("  inputs: {testbench: /etc/hostname}\n", r"inputs\.testbench: /etc/hostname leads outside"),
    ("  inputs: {interface: ../secret.yaml}\n", r"inputs\.interface: .* leads outside"),
    ("  out: ../../elsewhere\n", r"task 1: out: .*climbs out"),
])
def test_bad_task_values_name_the_task_and_key(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "secret.yaml").write_text("CANARY\n")
    (tmp_path / "jobs").mkdir()
    tasks = tmp_path / "jobs" / "tasks.yaml"
    tasks.write_text("- request: size the OTA\n" + body)
    with pytest.raises(InputError, match=message):
        _tasks(str(tasks), None, tmp_path / "out", {})


def _sizing(p: Path) -> object:
    from chipsmith.tools.sizing.problem import load_problem

    return load_problem(p)


def _rf_spec(p: Path) -> object:
    from chipsmith.agents.rf_designer import _spec_file

    return _spec_file(str(p))


def _rf_suite(p: Path) -> object:
    from chipsmith.evals.rf import load_suite

    return load_suite(p)


def _questions(p: Path) -> object:
    from chipsmith.knowledge.bench import load_questions

    return load_questions(p)


def _cards(p: Path) -> object:
    from chipsmith.knowledge.cards import parse_cards

    return parse_cards(p.read_text(), str(p))


@pytest.mark.attack
@pytest.mark.parametrize("reader", [_sizing, _rf_spec, _rf_suite, _questions, _cards])
def test_every_user_yaml_reader_refuses_aliases(tmp_path: Path, reader) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "input.yaml"
    p.write_text(LAUGHS)
    with pytest.raises(InputError, match=r"input\.yaml:2: YAML aliases"):
        reader(p)


def test_python_api_inputs_accept_scalars_and_name_a_bad_key() -> None:
    from chipsmith.api import _text_inputs

    assert _text_inputs({"budget": 2, "netlist": Path("a.yaml"), "samples": 1.5, "knowledge": False}) == {
        "budget": "2", "netlist": "a.yaml", "samples": "1.5", "knowledge": "false"}
    with pytest.raises(InputError, match=r"inputs\.pages: give one value"):
        _text_inputs({"pages": [1, 2]})
