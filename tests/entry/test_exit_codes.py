"""One exit-code table for every command: the README's table, ExitCode, and what run/eval/netlist return."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from chipsmith.core.errors import ExitCode

ROOT = Path(__file__).resolve().parents[2]


def _chipsmith(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHIPSMITH_MAX_RETRIES": "1"}
    return subprocess.run([sys.executable, "-m", "chipsmith.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=600)


def test_readme_table_is_the_exit_code_enum() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| `(\d+)` \| ([a-z ]+?) \|", section, flags=re.M))
    assert {int(k) for k in rows} == {int(c) for c in ExitCode}
    assert rows[str(int(ExitCode.FAILED))] == "failed verdict"
    assert rows[str(int(ExitCode.BAD_INPUT))] == "bad input"
    assert rows[str(int(ExitCode.UNAVAILABLE))] == "backend unavailable"
    assert rows[str(int(ExitCode.INTERNAL))] == "internal error"


@pytest.mark.parametrize("args", [("",), ("   ",), ("hello", "--agent", "nope")])
def test_refused_before_running_writes_nothing(tmp_path: Path, args: tuple[str, ...],
                                               script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    script = script_file([("general", "never asked")])
    res = _chipsmith("run", *args, "--llm", f"script:{script}", "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert res.returncode == ExitCode.BAD_INPUT, res.stderr
    assert not (tmp_path / "o").exists()
    assert len([line for line in res.stderr.splitlines() if line.startswith("error:")]) == 1


def test_tasks_file_refused_whole_when_one_task_names_an_unknown_agent(tmp_path: Path,
                                                                       script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    script = script_file([("general", "never asked")])
    tasks = tmp_path / "tasks.yaml"
    tasks.write_text("- request: what is a latch?\n  agent: general\n- request: and a flop?\n  agent: nope\n")
    res = _chipsmith("run", str(tasks), "--llm", f"script:{script}", "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert res.returncode == ExitCode.BAD_INPUT and "task 2" in res.stderr and "unknown agent 'nope'" in res.stderr
    assert not (tmp_path / "o").exists()  # task 1 did not run either


def test_backend_without_answers_exits_3_and_records_why(tmp_path: Path,
                                                         script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    script = script_file([])
    res = _chipsmith("run", "What does a latch do?", "--agent", "general", "--no-knowledge", "--llm", f"script:{script}",
                     "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert res.returncode == ExitCode.UNAVAILABLE, res.stderr
    result = json.loads((tmp_path / "o" / "run" / "result.json").read_text())
    assert result["verdict"] == "error" and result["exit_code"] == ExitCode.UNAVAILABLE
    assert "no answer left" in result["error"] and result["request"] == "What does a latch do?"


def test_failed_verdict_exits_1_with_a_result(tmp_path: Path, script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    # Infeasible at any order the designer builds: the tools say so, the run finishes, the verdict fails.
    res = _chipsmith("run", "1 GHz low-pass, 0.1 dB ripple, 60 dB rejection at 1.01 GHz, 50 ohm", "--agent", "rf_designer",
                     "--no-knowledge", "--llm", f"script:{script_file([])}", "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert res.returncode == ExitCode.FAILED, res.stderr
    result = json.loads((tmp_path / "o" / "run" / "result.json").read_text())
    assert result["verdict"] in ("fail", "error") and "order above" in result["answer"]


def test_internal_error_exits_4_and_records_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    from chipsmith import cli
    from chipsmith.agents import general

    def broken(state: object, ctx: object) -> dict[str, object]:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(general, "run", broken)
    with pytest.raises(SystemExit) as stop:
        cli.main(["run", "What is a latch?", "--agent", "general", "--llm", f"script:{script_file([])}",
                  "--out", str(tmp_path / "o")])
    assert stop.value.code == ExitCode.INTERNAL
    result = json.loads((tmp_path / "o" / "run" / "result.json").read_text())
    assert result["exit_code"] == ExitCode.INTERNAL and "ZeroDivisionError: a bug" in result["error"]


def test_netlist_and_eval_use_the_same_table(tmp_path: Path) -> None:
    garbage = ROOT / "tests" / "data" / "netlist" / "garbage.cir"
    res = _chipsmith("netlist", "convert", str(garbage), "--to", "spectre", cwd=tmp_path)
    assert res.returncode == ExitCode.BAD_INPUT and "NUL byte" in res.stderr
    missing = _chipsmith("eval", "verilogeval", "--dataset", str(tmp_path / "nowhere"), "--out", str(tmp_path / "r"),
                         cwd=tmp_path)
    assert missing.returncode == ExitCode.BAD_INPUT and "Traceback" not in missing.stderr
    usage = _chipsmith("run", cwd=tmp_path)  # no REQUEST: a usage error is bad input too
    assert usage.returncode == ExitCode.BAD_INPUT and "Missing argument" in usage.stderr


def test_tasks_file_with_a_missing_input_is_refused_before_any_task_runs(
        tmp_path: Path, script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    script = script_file([("general", "never asked")])
    folder = tmp_path / "jobs"
    folder.mkdir()
    (folder / "amp.cir").write_text("* amp\nR1 a 0 1k\n.end\n")
    tasks = folder / "tasks.yaml"
    tasks.write_text("- request: convert this\n  agent: netlist_translator\n  inputs: {input: amp.cir, to: spectre}\n"
                     "- request: and this\n  agent: netlist_translator\n  inputs: {input: missing.cir, to: spectre}\n")
    # run from another folder: input paths are read from the YAML file's folder, not the working directory
    res = _chipsmith("run", str(tasks), "--llm", f"script:{script}", "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert res.returncode == ExitCode.BAD_INPUT and "task 2: inputs.input: missing.cir not found" in res.stderr
    assert not (tmp_path / "o").exists()
