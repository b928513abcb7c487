import inspect

import httpx
import openai
import pytest

from chipsmith.agents.llm import ERROR_TABLE, LLM, OpenAIBackend, Request, classify
from chipsmith.core.errors import BackendError


def _client_exceptions() -> list[type[BaseException]]:
    return [obj for _, obj in inspect.getmembers(openai, inspect.isclass)
            if issubclass(obj, openai.OpenAIError) and not obj.__name__.startswith("_")]


def test_error_table_names_every_client_exception():
    unknown = [cls.__name__ for cls in _client_exceptions() if cls not in ERROR_TABLE]
    assert unknown == [], f"add these to ERROR_TABLE with a sentence for the user: {unknown}"


def _status_error(cls: type, code: int) -> BaseException:
    req = httpx.Request("POST", "http://x/v1/chat/completions")
    return cls("boom", response=httpx.Response(code, request=req), body=None)


def test_retry_rules():
    req = httpx.Request("POST", "http://x")
    assert classify(openai.APIConnectionError(request=req)).retry
    assert classify(openai.APITimeoutError(request=req)).retry
    assert classify(_status_error(openai.RateLimitError, 429)).retry
    assert classify(_status_error(openai.InternalServerError, 503)).retry
    assert not classify(_status_error(openai.AuthenticationError, 401)).retry
    assert not classify(_status_error(openai.BadRequestError, 400)).retry
    assert not classify(_status_error(openai.APIStatusError, 418)).retry
    assert classify(_status_error(openai.APIStatusError, 502)).retry


class _Flaky:
    name = "flaky"
    url = "http://127.0.0.1:9/v1"

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def model_id(self) -> str:
        return "m"

    def complete(self, req: Request):
        from chipsmith.agents.llm import LLMReply

        self.calls += 1
        if self.calls <= self.failures:
            raise openai.APIConnectionError(request=httpx.Request("POST", self.url))
        return LLMReply(content="ok")


def test_backoff_retries_then_succeeds():
    sleeps: list[float] = []
    backend = _Flaky(failures=2)
    llm = LLM(backend, max_retries=3, sleep=sleeps.append)
    assert llm.chat([{"role": "user", "content": "hi"}], agent="general").content == "ok"
    assert backend.calls == 3 and len(sleeps) == 2 and sleeps[1] > sleeps[0]
    assert llm.stats.retries == 2


def test_gives_up_with_a_sentence_naming_the_url():
    llm = LLM(_Flaky(failures=10), max_retries=2, sleep=lambda s: None)
    with pytest.raises(BackendError, match=r"cannot reach the LLM server at http://127.0.0.1:9/v1.*2 retries"):
        llm.chat([{"role": "user", "content": "hi"}], agent="general")


def test_unreachable_real_server_is_a_backend_error():
    llm = LLM(OpenAIBackend("http://127.0.0.1:9/v1", model="m", timeout=2), max_retries=1, sleep=lambda s: None)
    with pytest.raises(BackendError, match="127.0.0.1:9"):
        llm.chat([{"role": "user", "content": "hi"}], agent="general")
