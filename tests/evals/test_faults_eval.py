"""The LLM server dies in the middle of `chipsmith eval`: the run stops with a clear message,
and --resume finishes it with no result lost or duplicated."""

from __future__ import annotations

import json
import shutil
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipsmith.cli_eval import verilogeval as cli_verilogeval
from chipsmith.evals.harness import load_results, result_path

pytestmark = [pytest.mark.fault, pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")]
DATASET = Path(__file__).parents[1] / "data" / "evals" / "verilogeval"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    answers_left = 1_000_000


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._send({"object": "list", "data": [{"id": "m", "object": "model", "owned_by": "tests"}]})

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.server.answers_left <= 0:  # the server process is gone: the connection just drops
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.server.answers_left -= 1
        code = "module TopModule(input clk, input d, output reg q); always @(posedge clk) q <= d; endmodule"
        self._send({"id": "x", "object": "chat.completion", "created": 0, "model": "m",
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": f"[BEGIN]\n{code}\n[DONE]"}}],
                    "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}})

    def _send(self, obj: object) -> None:
        body = json.dumps(obj).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_server_dies_mid_eval_then_resume_finishes(tmp_path, monkeypatch):
    monkeypatch.setenv("CHIPSMITH_MAX_RETRIES", "0")
    server = _Server(("127.0.0.1", 0), _Handler)
    server.answers_left = 1  # answers the first problem, then dies
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    run = tmp_path / "run"
    args = ["--dataset", str(DATASET), "--mode", "single-shot", "--jobs", "1", "--llm", url, "--out", str(run)]
    try:
        first = CliRunner().invoke(cli_verilogeval, args)
        assert first.exit_code != 0
        message = str(first.exception) + first.output
        assert url in message and "Traceback" not in first.output
        done = load_results(run)
        assert len(done) == 1
        kept = result_path(run, done[0]["problem"], 1)
        stamp = kept.stat().st_mtime_ns

        server.answers_left = 1_000_000  # the server is back
        second = CliRunner().invoke(cli_verilogeval, [*args, "--resume"])
        assert second.exit_code == 0, second.output
        results = load_results(run)
        assert sorted(r["problem"] for r in results) == sorted({r["problem"] for r in results})  # no duplicates
        assert len(results) == 2  # nothing lost
        assert kept.stat().st_mtime_ns == stamp  # the finished sample was not redone
    finally:
        server.shutdown()
