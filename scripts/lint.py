"""The static checks of the test command: import layers, types and style.

    .venv/bin/python scripts/lint.py            # all three; exit 1 if any fails

- ``lint-imports``: the layer contracts in pyproject.toml.
- ``mypy``: the configuration in pyproject.toml (strict on chipsmith.core and chipsmith.tools).
- ``ruff check``: the rule set in pyproject.toml.

The subpackages live in top-level folders mapped by setuptools ``package-dir`` (agents/ is
``chipsmith.agents``). import-linter walks the root package's folder and mypy cannot follow
an editable install's import hook, so both check a copy laid out as a wheel would be; their
messages name the files in the source tree.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def lay_out(dest: Path) -> dict[str, str]:
    """Copy the Python sources to ``dest`` as installed; return {copy prefix: source prefix}."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    mapping: dict[str, str] = config["tool"]["setuptools"]["package-dir"]
    back: dict[str, str] = {}
    for package, folder in sorted(mapping.items(), key=lambda kv: kv[0].count(".")):
        target = dest.joinpath(*package.split("."))
        shutil.copytree(ROOT / folder, target, dirs_exist_ok=True,
                        ignore=lambda _d, names: [n for n in names if n == "__pycache__"
                                                  or (not n.endswith(".py") and "." in n)])
        if folder != "chipsmith":
            back[str(target.relative_to(dest)) + "/"] = folder + "/"
    return back


def _run(title: str, cmd: list[str], cwd: Path, env: dict[str, str], back: dict[str, str]) -> bool:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    out = proc.stdout + proc.stderr
    for copy, src in back.items():
        out = re.sub(rf"(?m)^{re.escape(copy)}", src, out)
    status = "ok" if proc.returncode == 0 else "FAILED"
    print(f"== {title}: {status}")
    if proc.returncode != 0:
        print(out.rstrip())
    return proc.returncode == 0


def main() -> int:
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp)
        back = lay_out(dest)
        env = {**os.environ, "PYTHONPATH": str(dest), "MYPYPATH": str(dest)}
        ok &= _run("import layers (lint-imports)",
                   [str(BIN / "lint-imports"), str(ROOT / "pyproject.toml"), "--no-cache"], dest, env, back)
        ok &= _run("types (mypy)", [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
                                    "--no-incremental", "-p", "chipsmith"], dest, env, back)
    ok &= _run("style (ruff)", [str(BIN / "ruff"), "check", "."], ROOT, dict(os.environ), {})
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
