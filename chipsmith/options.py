"""Command-line options shared by every subcommand that talks to a model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from chipsmith.core.config import Settings, load_settings

F = Callable[..., Any]

_LLM_OPTIONS: list[tuple[tuple[str, ...], dict[str, Any]]] = [
    (("--llm",), {"help": "backend: embedded (default), http://host:port/v1, script:PATH or replay:RUN_DIR  [env CHIPSMITH_LLM]"}),
    (("--model",), {"help": "model name sent to the server (default: what the server serves)  [env CHIPSMITH_MODEL]"}),
    (("--gguf",), {"help": "GGUF file for the embedded server instead of the packaged SmolLM2-135M  [env CHIPSMITH_GGUF]"}),
    (("--threads",), {"type": int, "help": "CPU threads for the embedded server (default 1)  [env CHIPSMITH_THREADS]"}),
    (("--temperature",), {"type": float, "help": "sampling temperature (default 0)"}),
    (("--top-p", "top_p"), {"type": float, "help": "nucleus sampling top-p (default 1)"}),
    (("--max-tokens", "max_tokens"), {"type": int, "help": "tokens per answer (default 512)"}),
    (("--seed",), {"type": int, "help": "sampling seed, recorded in the run"}),
    (("--data-dir", "data_dir"), {"type": click.Path(path_type=Path), "help": "checkpoints and knowledge store  [env CHIPSMITH_DATA_DIR]"}),
]


_SAMPLING = {"--temperature", "--top-p", "--max-tokens", "--seed"}


def llm_options(fn: F) -> F:
    """Add the backend and sampling options to a click command."""
    for names, kwargs in reversed(_LLM_OPTIONS):
        fn = click.option(*names, default=None, **kwargs)(fn)
    return fn


def backend_options(fn: F) -> F:
    """Add the backend options only, for commands that generate nothing (sampling would do nothing there)."""
    for names, kwargs in reversed(_LLM_OPTIONS):
        if names[0] not in _SAMPLING:
            fn = click.option(*names, default=None, **kwargs)(fn)
    return fn


def settings_from(options: dict[str, Any], **extra: Any) -> Settings:
    """Settings from the options a command received (None = not given), plus ``extra`` flags."""
    keys = {"llm", "model", "gguf", "threads", "temperature", "top_p", "max_tokens", "seed", "data_dir"}
    flags = {k: options.get(k) for k in keys}
    flags.update(extra)
    return load_settings(**flags)
