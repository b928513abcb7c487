"""Check the import-layer contracts in pyproject.toml with import-linter.

The subpackages live in top-level folders mapped by setuptools ``package-dir`` (agents/ is
``chipsmith.agents``), which import-linter's graph builder does not follow: it walks the
root package's folder. So lay the package out as a wheel would, in a temporary directory,
and check that copy.

    .venv/bin/python scripts/check_layers.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    mapping: dict[str, str] = config["tool"]["setuptools"]["package-dir"]
    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp)
        # longest names first, so chipsmith/ is copied before its mapped subpackages land in it
        for package, folder in sorted(mapping.items(), key=lambda kv: kv[0].count(".")):
            target = dest.joinpath(*package.split("."))
            shutil.copytree(ROOT / folder, target, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "data", "corpus", "*.md", "*.yaml", "*.json"))
        env = {**os.environ, "PYTHONPATH": str(dest)}
        lint = Path(sys.executable).with_name("lint-imports")
        return subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml"), "--no-cache"], cwd=dest, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
