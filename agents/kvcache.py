"""KV-cache reuse: measured from the server where it reports it, simulated where it does not.

Three sources, each labelled in reports:

- ``reported``: ``usage.prompt_tokens_details.cached_tokens`` per call (vLLM with
  ``--enable-prompt-tokens-details``, llama.cpp always);
- ``metrics``: deltas of the server's Prometheus counters over a run
  (``vllm:prefix_cache_hits_total`` / ``vllm:prefix_cache_queries_total``, or
  ``llamacpp:prompt_tokens_cached_total`` / ``llamacpp:prompt_tokens_total``);
- ``simulated``: :class:`PrefixCacheSimulator` replays the recorded token sequences
  through a block-hash prefix cache with LRU eviction, as vLLM's automatic prefix
  caching does, for backends that report nothing.
"""

from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.request
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from chipsmith.core.errors import BackendUnavailable


class PrefixCacheSimulator:
    """A block-hash prefix cache like vLLM's automatic prefix caching.

    A prompt is cut into full blocks of ``block_size`` tokens; each block is named by the
    hash of its parent's name and its own tokens, so a block is shared only when the whole
    prefix before it is identical. A request's cache hit is its longest run of leading
    blocks already cached, never the whole prompt (the last token is always computed, as
    in vLLM and llama.cpp). After the request, its blocks (prompt and, optionally, the
    generated tokens) are cached; when more than ``capacity_blocks`` are held, the least
    recently used are evicted.
    """

    def __init__(self, block_size: int = 16, capacity_blocks: int | None = None) -> None:
        if block_size < 1:
            raise ValueError("block_size must be >= 1")
        self.block_size = block_size
        self.capacity = capacity_blocks
        self._blocks: OrderedDict[bytes, None] = OrderedDict()
        self.queried_tokens = 0
        self.hit_tokens = 0

    def _hashes(self, tokens: Sequence[int]) -> list[bytes]:
        out: list[bytes] = []
        parent = b""
        for i in range(0, len(tokens) - len(tokens) % self.block_size, self.block_size):
            block = tokens[i:i + self.block_size]
            parent = hashlib.blake2b(parent + b"|" + ",".join(map(str, block)).encode(), digest_size=16).digest()
            out.append(parent)
        return out

    def request(self, prompt: Sequence[int], generated: Sequence[int] = ()) -> int:
        """Serve one request; returns the number of prompt tokens served from the cache."""
        hashes = self._hashes(prompt)
        hit_blocks = 0
        for h in hashes:
            if h not in self._blocks:
                break
            hit_blocks += 1
        hit = min(hit_blocks * self.block_size, max(len(prompt) - 1, 0))
        hit -= hit % self.block_size if self.block_size > 1 else 0
        for h in hashes[:hit_blocks]:
            self._blocks.move_to_end(h)
        for h in self._hashes(list(prompt) + list(generated)):
            self._blocks[h] = None
            self._blocks.move_to_end(h)
        if self.capacity is not None:
            while len(self._blocks) > self.capacity:
                self._blocks.popitem(last=False)
        self.queried_tokens += len(prompt)
        self.hit_tokens += hit
        return hit

    @property
    def hit_rate(self) -> float:
        return self.hit_tokens / self.queried_tokens if self.queried_tokens else 0.0


class ServerTokenizer:
    """Token ids of a chat request as the server sees them (llama.cpp or vLLM endpoints)."""

    def __init__(self, url: str, model: str = "", timeout: float = 30.0) -> None:
        self.base = url[:-3] if url.rstrip("/").endswith("/v1") else url.rstrip("/")
        self.model = model
        self.timeout = timeout

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        req = urllib.request.Request(self.base + path, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
            return json.loads(resp.read())  # type: ignore[no-any-return]

    def chat_tokens(self, messages: list[dict[str, str]]) -> list[int]:
        try:  # llama.cpp: apply the chat template, then tokenize with special tokens
            prompt = self._post("/apply-template", {"messages": messages})["prompt"]
            return list(self._post("/tokenize", {"content": prompt, "add_special": True})["tokens"])
        except (urllib.error.HTTPError, KeyError):
            pass
        except (urllib.error.URLError, OSError) as exc:
            raise BackendUnavailable(f"cannot tokenize at {self.base}: {exc}") from None
        try:  # vLLM: /tokenize accepts chat messages
            return list(self._post("/tokenize", {"model": self.model, "messages": messages})["tokens"])
        except (urllib.error.URLError, OSError, KeyError) as exc:
            raise BackendUnavailable(f"the server at {self.base} has no tokenize endpoint ({exc})") from None

    def text_tokens(self, text: str) -> list[int]:
        try:
            return list(self._post("/tokenize", {"content": text, "add_special": False})["tokens"])
        except (urllib.error.URLError, OSError, KeyError):
            return list(self._post("/tokenize", {"model": self.model, "prompt": text, "add_special_tokens": False})["tokens"])


@dataclass
class ReuseSummary:
    """Cached-token totals of a run and where they came from."""

    calls: int
    prompt_tokens: int
    cached_tokens: int
    source: str  # "reported" | "simulated" | "none"

    @property
    def share(self) -> float:
        return self.cached_tokens / self.prompt_tokens if self.prompt_tokens else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"calls": self.calls, "prompt_tokens": self.prompt_tokens, "cached_tokens": self.cached_tokens,
                "cached_share": round(self.share, 4), "source": self.source}


def summarise_calls(calls: Iterable[dict[str, Any]]) -> ReuseSummary:
    """Totals over recorded LLM calls (``llm_calls.jsonl`` rows); source says whether the server reported them."""
    n = prompt = cached = 0
    sources: set[str] = set()
    for call in calls:
        resp = call.get("response")
        if not resp:
            continue
        usage = resp.get("usage", {})
        n += 1
        prompt += int(usage.get("prompt_tokens", 0))
        cached += int(usage.get("cached_tokens", 0))
        sources.add(resp.get("cached_source", "server"))
    source = "reported" if prompt and sources <= {"server", "replay"} else "none"
    return ReuseSummary(n, prompt, cached, source)


def simulate_calls(calls: Iterable[dict[str, Any]], tokenizer: ServerTokenizer, *, block_size: int = 16,
                   capacity_blocks: int | None = None, include_generated: bool = True) -> ReuseSummary:
    """Replay recorded calls through :class:`PrefixCacheSimulator`, tokenized by the server."""
    sim = PrefixCacheSimulator(block_size, capacity_blocks)
    n = 0
    for call in calls:
        resp = call.get("response")
        if not resp:
            continue
        prompt = tokenizer.chat_tokens(call["messages"])
        generated = tokenizer.text_tokens(resp["content"]) if include_generated and resp.get("content") else []
        sim.request(prompt, generated)
        n += 1
    return ReuseSummary(n, sim.queried_tokens, sim.hit_tokens, "simulated")


METRIC_PAIRS = {
    "vllm": ("vllm:prefix_cache_hits_total", "vllm:prefix_cache_queries_total"),
    "llamacpp": ("llamacpp:prompt_tokens_cached_total", None),
}


def metrics_reuse(before: dict[str, float], after: dict[str, float]) -> dict[str, Any]:
    """Cache reuse from the server's counters over a run, or {} when the server exports none."""
    hits, queries = METRIC_PAIRS["vllm"]
    if hits in after and queries in after:
        h = after[hits] - before.get(hits, 0.0)
        q = after[queries] - before.get(queries, 0.0)
        return {"engine": "vllm", "hit_tokens": h, "query_tokens": q, "share": round(h / q, 4) if q else 0.0}
    cached = "llamacpp:prompt_tokens_cached_total"
    evaluated = "llamacpp:prompt_tokens_total"  # excludes cached tokens
    if cached in after and evaluated in after:
        c = after[cached] - before.get(cached, 0.0)
        e = after[evaluated] - before.get(evaluated, 0.0)
        return {"engine": "llamacpp", "hit_tokens": c, "query_tokens": c + e, "share": round(c / (c + e), 4) if c + e else 0.0}
    return {}
