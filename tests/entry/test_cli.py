"""The CLI: one-line errors, exit codes, no tracebacks without --debug."""

import json
import os
import subprocess
import sys


def _run(*args, cwd=None):
    env = {**os.environ, "CHIPSMITH_MAX_RETRIES": "1"}
    return subprocess.run([sys.executable, "-m", "chipsmith.cli", *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_unreachable_backend_one_line(tmp_path):
    res = _run("run", "hello", "--llm", "http://127.0.0.1:9/v1", "--agent", "general", "--out", str(tmp_path / "o"))
    assert res.returncode == 3
    assert "127.0.0.1:9" in res.stderr and "Traceback" not in res.stderr
    assert len([ln for ln in res.stderr.splitlines() if ln.startswith("error:")]) == 1


def test_malformed_script_names_line(tmp_path):
    bad = tmp_path / "s.jsonl"
    bad.write_text('{"agent": "general", "content": "x"}\n{oops\n')
    res = _run("run", "hi", "--llm", f"script:{bad}", "--out", str(tmp_path / "o"))
    assert res.returncode == 2 and f"{bad}:2" in res.stderr and "Traceback" not in res.stderr


def test_unknown_agent_lists_valid(tmp_path, script_file):
    res = _run("run", "hi", "--agent", "nope", "--llm", f"script:{script_file([])}", "--out", str(tmp_path / "o"))
    assert res.returncode == 2 and "choose one of:" in res.stderr and "general" in res.stderr


def test_run_json_with_scripted_model(tmp_path, script_file):
    script = script_file([("general", "Latches data on the clock edge. (scripted answer)")])
    res = _run("run", "What does a D flip-flop do?", "--agent", "general", "--llm", f"script:{script}", "--json",
               "--out", str(tmp_path / "o"))
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["verdict"] == "answered" and out["plan"] == ["general"] and "scripted" in out["answer"]
    run_dir = tmp_path / "o" / "run"
    settings = json.loads((run_dir / "settings.json").read_text())
    versions = json.loads((run_dir / "versions.json").read_text())
    assert settings["settings"]["llm"].startswith("script:") and "iverilog" in versions["tools"]
    assert (run_dir / "llm_calls.jsonl").read_text().count("\n") == 1


def test_debug_shows_traceback(tmp_path):
    res = _run("--debug", "run", "hello", "--llm", "nonsense", "--out", str(tmp_path / "o"))
    assert res.returncode != 0 and "Traceback" in res.stderr


def test_bad_setting_is_a_config_error(tmp_path):
    res = _run("run", "hello", "--llm", "nonsense", "--out", str(tmp_path / "o"))
    assert res.returncode == 2 and "not a backend" in res.stderr and "Traceback" not in res.stderr


def test_doctor_reports_tools_and_fixes(tmp_path):
    res = _run("doctor", "--json", "--llm", "http://127.0.0.1:9/v1")
    checks = {c["name"]: c for c in json.loads(res.stdout)}
    assert {"iverilog", "verilator", "yosys", "ngspice", "model", "backend"} <= set(checks)
    assert checks["backend"]["ok"] is False and "chipsmith serve" in checks["backend"]["fix"]
    assert res.returncode == 1


def test_serve_vllm_without_vllm_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("CHIPSMITH_VLLM_HOME", str(tmp_path))  # not the CPU environment scripts/vllm-cpu.sh may have made
    res = _run("serve", "--engine", "vllm", "--model", "Qwen/Qwen2.5-0.5B-Instruct")
    assert res.returncode == 2 and "vLLM is not installed" in res.stderr and "Traceback" not in res.stderr


def test_serve_embedded_prints_a_working_url(tmp_path):
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "chipsmith.cli", "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().strip()
        assert url == f"http://127.0.0.1:{port}/v1"
        deadline = time.time() + 60
        while True:
            try:
                models = json.loads(urllib.request.urlopen(url + "/models", timeout=5).read())
                break
            except OSError:
                assert time.time() < deadline
                time.sleep(0.5)
        assert models["data"] and models["data"][0]["id"]
        metrics = urllib.request.urlopen(url[:-3] + "/metrics", timeout=5).read().decode()
        assert "llamacpp:prompt_tokens_total" in metrics
    finally:
        proc.terminate()
        proc.wait(timeout=20)
