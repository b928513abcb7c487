"""chipsmith against a real vLLM server, and the command that starts one.

The tests marked ``vllm`` need a running server: ``scripts/vllm-cpu.sh`` starts one on a
CPU-only machine, then ``CHIPSMITH_VLLM_URL=http://127.0.0.1:8000/v1 pytest -m vllm
tests/test_vllm.py``. Without that variable they are skipped (CI does not install vLLM).
Nothing else may talk to the server while they run: they compare its counters' deltas
with the calls they made.
"""

from __future__ import annotations

import json
import os
import re
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from chipsmith.agents.kvcache import (
    ServerTokenizer,
    metrics_reuse,
    simulate_calls,
    summarise_calls,
)
from chipsmith.agents.layout import build_messages
from chipsmith.agents.llm import LLM, OpenAIBackend, server_metrics
from chipsmith.agents.router import route_schema
from chipsmith.agents.serve import (
    VLLM_CPU_VERSION,
    VllmInstall,
    find_vllm,
    serve_vllm,
    vllm_command,
)
from chipsmith.core.errors import BackendUnavailable, ConfigError
from chipsmith.core.rundir import RunRecord

VLLM_URL = os.environ.get("CHIPSMITH_VLLM_URL", "")
live = pytest.mark.skipif(not VLLM_URL, reason="no vLLM server: start one with scripts/vllm-cpu.sh and set "
                                               "CHIPSMITH_VLLM_URL=http://127.0.0.1:8000/v1")

# About 600 tokens of design brief: several 32-token blocks on the CPU build, dozens of 16-token blocks on a GPU.
BRIEF = "## Design brief\n" + " ".join(
    f"Register {i} of the UART holds the divisor latch bits {i} to {i + 7}, reset to zero, written on the rising clock edge."
    for i in range(24))


# --------------------------------------------------------------------------- the command (no server needed)

def test_vllm_command_turns_on_prefix_caching_and_cached_token_counts(tmp_path: Path) -> None:
    model = tmp_path / "SmolLM2-135M-Instruct"
    model.mkdir()
    args, env = vllm_command(VllmInstall(tmp_path / "bin" / "python", cpu=True), str(model), 8123)
    assert args[:3] == [str(tmp_path / "bin" / "python"), "-m", "vllm.entrypoints.openai.api_server"]
    assert {"--enable-prefix-caching", "--enable-prompt-tokens-details", "--enforce-eager"} <= set(args)
    assert args[args.index("--port") + 1] == "8123" and args[args.index("--host") + 1] == "127.0.0.1"
    assert args[args.index("--served-model-name") + 1] == "SmolLM2-135M-Instruct"
    assert int(args[args.index("--block-size") + 1]) % 32 == 0  # what the CPU backend accepts without a warning
    assert env["VLLM_CPU_KVCACHE_SPACE"] and env["VLLM_SERVER_DEV_MODE"] == "1"

    gpu_args, gpu_env = vllm_command(VllmInstall(Path("/usr/bin/python3"), cpu=False), "Qwen/Qwen2.5-Coder-7B-Instruct", 8000)
    assert {"--enable-prefix-caching", "--enable-prompt-tokens-details"} <= set(gpu_args)
    assert "--enforce-eager" not in gpu_args and "--served-model-name" not in gpu_args
    assert "VLLM_CPU_KVCACHE_SPACE" not in gpu_env or gpu_env["VLLM_CPU_KVCACHE_SPACE"] == os.environ.get("VLLM_CPU_KVCACHE_SPACE")


@pytest.mark.skipif(find_vllm() is not None and not find_vllm().cpu,  # type: ignore[union-attr]
                    reason="vLLM is importable here, and it comes before the CPU environment")
def test_serve_finds_the_cpu_environment_and_its_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIPSMITH_VLLM_HOME", str(tmp_path))
    assert find_vllm() is None
    with pytest.raises(ConfigError, match="scripts/vllm-cpu.sh"):
        serve_vllm(None, 8000)
    python = tmp_path / f"vllm-cpu-{VLLM_CPU_VERSION}" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.touch()
    install = find_vllm()
    assert install is not None and install.python == python and install.cpu and install.default_model is None
    with pytest.raises(ConfigError, match="--model"):  # no model written yet, none given
        serve_vllm(None, 8000)
    (tmp_path / "models" / "SmolLM2-135M-Instruct").mkdir(parents=True)
    (tmp_path / "models" / "SmolLM2-135M-Instruct" / "config.json").write_text("{}")
    install = find_vllm()
    assert install is not None and install.default_model == tmp_path / "models" / "SmolLM2-135M-Instruct"


class _RefusingServer(BaseHTTPRequestHandler):
    """Answers every request as vLLM 0.32 answers a prompt longer than its context."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps({"error": {
            "message": "This model's maximum context length is 8192 tokens. However, your prompt contains at least "
                       "8193 input tokens, which exceeds this limit even without any output tokens.",
            "type": "BadRequestError", "param": "input_tokens", "code": 400}}).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_a_refused_request_carries_the_servers_reason() -> None:
    """The user reads why the server refused, not only that it answered 400."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RefusingServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        llm = LLM(OpenAIBackend(f"http://127.0.0.1:{server.server_address[1]}/v1", model="m"), max_retries=0)
        with pytest.raises(BackendUnavailable) as err:
            llm.chat([{"role": "user", "content": "hi"}], agent="general")
    finally:
        server.shutdown()
        server.server_close()
    assert "(400)" in str(err.value) and "the server said: This model's maximum context length is 8192" in str(err.value)


# --------------------------------------------------------------------------- against the server

def _base(url: str) -> str:
    return url[:-3] if url.rstrip("/").endswith("/v1") else url.rstrip("/")


def _reset_prefix_cache(url: str) -> bool:
    try:
        req = urllib.request.Request(_base(url) + "/reset_prefix_cache", data=b"", method="POST")
        with urllib.request.urlopen(req, timeout=30) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _block_size(url: str) -> int:
    """The server's KV block size, from the labels of ``vllm:cache_config_info``."""
    with urllib.request.urlopen(_base(url) + "/metrics", timeout=10) as resp:
        text = resp.read().decode()
    match = re.search(r'^vllm:cache_config_info\{[^}]*\bblock_size="(\d+)"', text, re.MULTILINE)
    assert match, "vllm:cache_config_info has no block_size label"
    return int(match.group(1))


@pytest.mark.vllm
@live
def test_router_structured_output_through_guided_decoding() -> None:
    names = ["verilog_writer", "verifier", "circuit_sizer", "netlist_translator", "datasheet_extractor", "rf_designer",
             "general"]
    schema = route_schema(names)
    llm = LLM(OpenAIBackend(VLLM_URL), max_tokens=200)
    messages = build_messages("router", "Route this request: design a 2.4 GHz band-pass filter, then give me its "
                                        "Spectre netlist", BRIEF)
    route, reply = llm.structured(messages, schema, agent="router")
    # A 135M model does not follow a schema by itself: a valid answer means the server constrained it.
    assert reply.finish_reason == "stop"
    assert 1 <= len(route.steps) <= 3 and set(route.steps) <= set(names)  # type: ignore[attr-defined]
    assert json.loads(reply.content)["steps"] == route.steps  # type: ignore[attr-defined]


@pytest.mark.vllm
@live
def test_cached_tokens_on_a_shared_prefix_streamed_and_not() -> None:
    llm = LLM(OpenAIBackend(VLLM_URL), max_tokens=16)
    cold = _reset_prefix_cache(VLLM_URL)
    block = _block_size(VLLM_URL)
    first = llm.chat(build_messages("verilog_writer", "Write the register file.", BRIEF), agent="verilog_writer")
    pieces: list[str] = []
    second = llm.chat(build_messages("verifier", "Write a testbench for it.", BRIEF), agent="verifier",
                      stream=pieces.append)
    if cold:
        assert first.usage.cached_tokens == 0
    # The system preamble and the brief are shared; only the role and task at the end differ.
    assert second.usage.cached_tokens >= 0.8 * first.usage.prompt_tokens
    assert second.usage.cached_tokens % block == 0 and second.usage.cached_tokens < second.usage.prompt_tokens
    # Streaming carries the usage too (stream_options.include_usage), and the first token's time.
    assert pieces and "".join(pieces) == second.content and second.ttft is not None and second.ttft > 0


@pytest.mark.vllm
@live
def test_counter_deltas_equal_the_reported_usage_and_the_simulator_agrees(tmp_path: Path) -> None:
    record = RunRecord(tmp_path / "run")
    llm = LLM(OpenAIBackend(VLLM_URL), max_tokens=24, record=record)
    _reset_prefix_cache(VLLM_URL)
    before = server_metrics(VLLM_URL)
    for agent, task in [("general", "Explain the divisor latch."), ("verilog_writer", "Write the register file."),
                        ("verifier", "Write a testbench."), ("general", "Explain it again, briefly.")]:
        llm.chat(build_messages(agent, task, BRIEF), agent=agent)
    after = server_metrics(VLLM_URL)
    counters = metrics_reuse(before, after)
    reported = summarise_calls(record.llm_calls())
    assert counters["engine"] == "vllm" and reported.source == "reported"
    # vLLM's counters are in tokens: queries are the prompt tokens, hits the cached ones, exactly.
    assert counters["query_tokens"] == reported.prompt_tokens
    assert counters["hit_tokens"] == reported.cached_tokens > 0
    tokenizer = ServerTokenizer(VLLM_URL, llm.model_id())
    simulated = simulate_calls(record.llm_calls(), tokenizer, block_size=_block_size(VLLM_URL), include_generated=True)
    assert simulated.prompt_tokens == reported.prompt_tokens  # the server's /tokenize counts what it prefilled
    assert abs(simulated.cached_tokens - reported.cached_tokens) <= 0.05 * reported.prompt_tokens


@pytest.mark.vllm
@live
def test_a_prompt_longer_than_the_context_reads_as_the_servers_own_reason() -> None:
    llm = LLM(OpenAIBackend(VLLM_URL), max_tokens=4, max_retries=0)
    with pytest.raises(BackendUnavailable) as err:
        llm.chat([{"role": "user", "content": "word " * 40_000}], agent="general")
    assert "(400)" in str(err.value) and "maximum context length" in str(err.value)
