"""House rules that keep the tree readable (issue: one clear house)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("chipsmith", "agents", "tools", "knowledge", "prompts", "evals")
MAX_LINES = 500

# Long modules that are not one unit and are still to be split, each with the split it needs.
# The list may only shrink: a module that falls under the limit must leave it (tested below).
TO_SPLIT = {
    "agents/verilog.py": "the writer node, the verifier loop and the report",
}


def _modules() -> list[Path]:
    return [p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")
            if "data" not in p.relative_to(ROOT).parts and "corpus" not in p.relative_to(ROOT).parts]


def test_a_module_over_500_lines_says_why_it_is_one_unit() -> None:
    long = []
    for path in _modules():
        text = path.read_text()
        if text.count("\n") <= MAX_LINES:
            continue
        doc = ast.get_docstring(ast.parse(text)) or ""
        if "One unit:" not in doc and str(path.relative_to(ROOT)) not in TO_SPLIT:
            long.append(f"{path.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    assert not long, "split these modules, or say in the docstring why each is one unit ('One unit: ...'):\n" + "\n".join(long)


def test_the_list_of_modules_to_split_only_shrinks() -> None:
    for rel in TO_SPLIT:
        path = ROOT / rel
        assert path.is_file() and path.read_text().count("\n") > MAX_LINES, f"{rel} is split or short now: take it off TO_SPLIT"


def test_nothing_below_the_entry_layer_prints() -> None:
    """Output goes through the core console; a bare print() below the entry layer bypasses --json and --quiet."""
    offenders = []
    for path in _modules():
        rel = path.relative_to(ROOT)
        if rel.parts[0] == "chipsmith" and rel.parts[1] != "core":
            continue  # the entry layer may print
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                offenders.append(f"{rel}:{node.lineno}")
    assert not offenders, "print() below the entry layer: " + ", ".join(offenders)


def test_every_subpackage_is_listed_for_the_wheel() -> None:
    """An editable install finds an unlisted subpackage by path; a wheel leaves it out."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    folders = {v: k for k, v in config["package-dir"].items()}
    wanted = set()
    for init in (p for pkg in PACKAGES for p in (ROOT / pkg).rglob("__init__.py")):
        rel = init.parent.relative_to(ROOT).parts
        wanted.add(".".join([folders[rel[0]], *rel[1:]]))
    assert wanted <= set(config["packages"]), sorted(wanted - set(config["packages"]))
