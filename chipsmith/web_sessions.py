"""Many conversations at once through one web chat service: ``chipsmith sessions`` and its in-process and HTTP checks."""

from __future__ import annotations

import json
import threading
import time
from typing import TYPE_CHECKING, Any

import click

from chipsmith.core.config import Settings
from chipsmith.options import llm_options, settings_from
from chipsmith.web_service import ChatService, TurnView
from chipsmith.webui import launch

if TYPE_CHECKING:
    pass

def hold_sessions(settings: Settings, n: int, *, knowledge: bool = False) -> dict[str, Any]:
    """Run ``n`` conversations at once through the service; check every one finished and saw only its own turn."""
    service = ChatService(settings, knowledge=knowledge)
    ids = [service.new_thread_id() for _ in range(n)]
    views: dict[str, TurnView] = {}
    errors: list[str] = []
    start = time.monotonic()

    def one(i: int, tid: str) -> None:
        try:
            for view in service.turn(tid, f"session {i} marker-{tid}: what does a latch do?", [], [], "general"):
                views[tid] = view
        except BaseException as exc:  # collected and reported: a load check must not hide a crash
            errors.append(f"{tid}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=one, args=(i, t)) for i, t in enumerate(ids)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    isolated = 0
    for tid in ids:
        state = service.session(tid).state()
        if state is None:
            continue
        users = [m.content for m in state.messages if m.role == "user"]
        if len(users) == 1 and f"marker-{tid}" in users[0] and views.get(tid) and views[tid].done \
                and not any(f"marker-{o}" in json.dumps(views[tid].messages, default=str) for o in ids if o != tid):
            isolated += 1
    held = service.held()
    service.close()
    return {"sessions": n, "held": held, "completed_and_isolated": isolated, "errors": errors,
            "seconds": round(time.monotonic() - start, 2)}


def hold_sessions_http(settings: Settings, n: int, *, knowledge: bool = False) -> dict[str, Any]:
    """Like :func:`hold_sessions`, but through the running web app over HTTP: one Gradio client (browser session) each."""
    import socket

    from gradio_client import Client

    service = ChatService(settings, knowledge=knowledge)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    demo = launch(service, port=port, block=False)
    url = f"http://127.0.0.1:{port}/"
    replies: dict[int, Any] = {}
    errors: list[str] = []
    start = time.monotonic()

    def one(i: int) -> None:
        try:
            client = Client(url, verbose=False)
            replies[i] = client.predict({"text": f"session {i} marker-{i}-end: what does a latch do?", "files": []},
                                        [], "general", [], api_name="/send")
        except Exception as exc:  # collected and reported: a load check must not hide a failure
            errors.append(f"session {i}: {type(exc).__name__}: {exc}")

    try:
        threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        isolated = 0
        threads_seen: set[str] = set()
        for i, reply in replies.items():
            text = json.dumps(reply[0], default=str)
            owned = reply[-1]  # the last output is the browser-state list of this session's conversations
            tid = owned[0] if isinstance(owned, list) and len(owned) == 1 else ""
            others = [j for j in range(n) if j != i and f"marker-{j}-end" in text]
            state = service.session(tid).state() if tid else None
            users = [m.content for m in state.messages if m.role == "user"] if state else []
            if f"marker-{i}-end" in text and not others and len(users) == 1 and f"marker-{i}-end" in users[0] \
                    and tid not in threads_seen:
                isolated += 1
            threads_seen.add(tid)
        held = service.held()
    finally:
        demo.close()
        service.close()
    return {"sessions": n, "held": held, "completed_and_isolated": isolated, "errors": errors, "via": "http",
            "seconds": round(time.monotonic() - start, 2)}


@click.command("sessions")
@click.option("-n", "--sessions", "n", type=int, default=8, show_default=True, help="conversations to run at once")
@click.option("--http", "via_http", is_flag=True, help="go through the web app over HTTP, one Gradio client per session")
@llm_options
def sessions_check(n: int, via_http: bool, **options: Any) -> None:
    """Run N chat sessions at once (use --llm script:FILE) and print "sessions held: N"."""
    settings = settings_from(options)
    report = hold_sessions_http(settings, n) if via_http else hold_sessions(settings, n)
    click.echo(json.dumps(report, indent=2), err=True)
    click.echo(f"sessions held: {report['completed_and_isolated']}")
    if report["completed_and_isolated"] != n:
        raise click.ClickException(f"only {report['completed_and_isolated']} of {n} sessions completed with their own state")


if __name__ == "__main__":
    sessions_check()
