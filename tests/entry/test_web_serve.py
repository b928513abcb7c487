"""The web chat's start waits for its own address instead of Gradio's one three-second request."""

from __future__ import annotations

import pytest

from chipsmith.web_serve import answers, start

from .browser import free_port


def test_a_closed_port_does_not_answer() -> None:
    assert answers(f"http://127.0.0.1:{free_port()}/", patience=0.0) is False


def test_start_returns_a_serving_app_without_blocking() -> None:
    gr = pytest.importorskip("gradio")
    with gr.Blocks() as demo:
        gr.Markdown("hello")
    port = free_port()
    start(demo, server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        assert demo.local_url.rstrip("/").endswith(str(port))
        assert answers(demo.local_url, patience=0.0) is True
    finally:
        demo.close()
