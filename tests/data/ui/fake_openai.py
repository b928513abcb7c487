"""A tiny OpenAI-compatible server for the chat tests: slow streams and a backend that dies mid-answer.

Behaviour depends on the last line of a request's last user message (the task):

- contains "stall": sends nothing for five minutes (a long prefill), then one token;
- contains "slow": streams ``tok0 tok1 ...`` one token every 0.2 s for a minute (something to cancel);
- contains "ends-soon" (streamed requests only): streams ``brief0 brief1 ...`` one token every 0.2 s for three seconds, then ends normally;
- contains "die" (streamed requests only): streams three tokens, then drops the connection and refuses further connections;
- anything else: answers ``quick answer to: <message>`` at once.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "FakeOpenAI"

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        body = json.dumps({"object": "list", "data": [{"id": "fake-model", "object": "model", "owned_by": "tests"}]})
        self._send(200, body.encode(), "application/json")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        req = json.loads(self.rfile.read(length) or b"{}")
        # agents put the task last in the prompt; that line decides the behaviour
        last = [m for m in req.get("messages", []) if m.get("role") == "user"][-1]["content"].rstrip().splitlines()[-1]
        self.server.requests.append(last)
        if "stall" in last:  # a long prefill: no byte at all for minutes
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline and not self.server.closing:
                time.sleep(0.1)
            self._stream(["late "], delay=0.0)
        elif "die" in last and req.get("stream"):
            self._stream([f"tok{i} " for i in range(3)], delay=0.05, die=True)
        elif "slow" in last:
            self._stream([f"tok{i} " for i in range(300)], delay=0.2)
        elif "ends-soon" in last and req.get("stream"):
            self._stream([f"brief{i} " for i in range(15)], delay=0.2)
        elif req.get("stream"):
            self._stream([f"quick answer to: {last[:60]}"], delay=0.0)
        else:
            body = {"id": "x", "object": "chat.completion", "created": 0, "model": "fake-model",
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": f"quick answer to: {last[:60]}"}}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
            self._send(200, json.dumps(body).encode(), "application/json")

    def _send(self, code: int, body: bytes, ctype: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _stream(self, tokens: list[str], *, delay: float, die: bool = False) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for tok in tokens:
                chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "fake-model",
                         "choices": [{"index": 0, "delta": {"content": tok}, "finish_reason": None}]}
                self._chunk(f"data: {json.dumps(chunk)}\n\n".encode())
                time.sleep(delay)
            if die:
                self.server.dead = True
                # the backend goes away mid-answer: the chunked body never ends
                self.close_connection = True
                self.connection.shutdown(2)
                return
            end = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "fake-model",
                   "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                   "usage": {"prompt_tokens": 1, "completion_tokens": len(tokens), "total_tokens": 1 + len(tokens)}}
            self._chunk(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
            self._chunk(b"")
        except (BrokenPipeError, ConnectionResetError):  # the client cancelled
            self.server.client_hung_up = True


class FakeOpenAI(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[str] = []
        self.dead = False
        self.client_hung_up = False
        self.closing = False

    def verify_request(self, request: Any, client_address: Any) -> bool:
        return not self.dead  # once it "died" it accepts nothing more

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def __enter__(self) -> "FakeOpenAI":
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.closing = True
        self.shutdown()
        self.server_close()
