"""What the browser tests share: the Chromium they drive, a free loopback port, and pages on a started web chat."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from chipsmith.core.config import load_settings

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def pages(height: int = 900) -> Iterator[Callable[[str], Any]]:
    """``open_page(llm)``: a web chat on its own port and a Chromium page on it, waited for until the message box shows."""
    from playwright.sync_api import sync_playwright

    from chipsmith.web_service import ChatService
    from chipsmith.webui import launch

    started: list[tuple[Any, Any]] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)

        def open_page(llm: str) -> Any:
            service = ChatService(load_settings(llm=llm), knowledge=False)
            port = free_port()
            started.append((launch(service, port=port, block=False), service))
            page = browser.new_page(viewport={"width": 1400, "height": height})
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector("#message textarea", timeout=120000)
            return page

        try:
            yield open_page
        finally:
            browser.close()
            for demo, service in started:
                demo.close()
                service.close()
