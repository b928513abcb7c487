"""One unit: start a Gradio app and wait, patiently, until its own address answers.

Gradio checks that its local address answers with one three-second request before it
returns; on a busy machine (load 20 on two cores) that request can time out although the
server is up, and ``launch`` then fails with a message about share links. Here the server
is started without that check and the address is polled for up to ``patience`` seconds;
only then is a clear error raised.
"""

from __future__ import annotations

import inspect
import time
from typing import Any

from chipsmith.core.errors import ToolError


def answers(url: str, *, patience: float = 90.0) -> bool:
    """True once ``url`` answers an HTTP request (any status below 500) within ``patience`` seconds."""
    import httpx

    deadline = time.monotonic() + patience
    while True:
        try:
            if httpx.head(url, timeout=10.0).status_code < 500:
                return True
        except httpx.HTTPError:
            pass
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.5)


def start(demo: Any, *, patience: float = 90.0, **launch_args: Any) -> Any:
    """``demo.launch(**launch_args)`` without Gradio's one-shot reachability check, then a patient one; blocks unless
    ``prevent_thread_lock`` is set, like ``launch``."""
    share = bool(launch_args.get("share"))
    if "_frontend" in inspect.signature(demo.launch).parameters and not share:
        launch_args["_frontend"] = False
    block = not launch_args.get("prevent_thread_lock", False)
    launch_args["prevent_thread_lock"] = True  # return at once so the address can be checked, then block below
    demo.launch(**launch_args)
    url = getattr(demo, "local_url", None)
    if url and not share and not answers(url, patience=patience):
        demo.close()
        raise ToolError(f"the web chat started but {url} did not answer within {patience:.0f} s; "
                        "check that nothing else holds the port and that localhost is not sent through a proxy")
    if block:
        demo.block_thread()
    return demo
