"""The installed layout: chipsmith.* only; nothing named agents or tools at the top level."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_import_agents_fails_outside_the_repo(tmp_path):
    res = subprocess.run([sys.executable, "-c", "import agents"], cwd=tmp_path, capture_output=True, text=True)
    assert res.returncode != 0 and "No module named 'agents'" in res.stderr
    res = subprocess.run([sys.executable, "-c", "import chipsmith.agents, chipsmith.tools, chipsmith.evals; print('ok')"],
                         cwd=tmp_path, capture_output=True, text=True)
    assert res.returncode == 0 and res.stdout.strip() == "ok"


@pytest.mark.slow
def test_wheel_has_only_the_chipsmith_package(tmp_path):
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                          str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    wheel = next(tmp_path.glob("chipsmith-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops <= {"chipsmith", f"{wheel.name.split('-')[0]}-{wheel.name.split('-')[1]}.dist-info"}, tops
    assert "chipsmith/agents/llm.py" in names and "chipsmith/prompts/preamble.md" in names
