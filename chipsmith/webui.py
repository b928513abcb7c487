"""The web chat: ``chipsmith ui``, built with Gradio.

Each agent step is a collapsible panel with the tool's command and the end of its
log; code is highlighted (Pygments, which knows Verilog and SystemVerilog); VCD
waveforms, Touchstone S-parameters and AC tables are drawn as plots; every file a
conversation produced can be downloaded; past conversations of this browser are
listed and resumed. Every browser session has its own conversation, held in its own
Gradio session state, so several people can use one server at once. It listens on
127.0.0.1 unless told otherwise and never opens a public share link unless asked.

The service behind the page (sessions, uploads, turns) is ``chipsmith.web_service``; what it
shows of a turn (panels, highlighting) is ``chipsmith.web_panels``; both need no Gradio.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click

from chipsmith.core.config import Settings
from chipsmith.core.errors import ChipsmithError, InputError
from chipsmith.core.files import write_atomic
from chipsmith.options import llm_options, settings_from
from chipsmith.web_panels import _notice
from chipsmith.web_service import ChatService

if TYPE_CHECKING:
    pass

# Gradio phones home for analytics unless told not to; this tool runs offline.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


_CSS = """
#chipsmith-title h1 { margin-bottom: 0; }
.chipsmith-code { font-size: 0.85em; }
/* tables in answers keep whole words in every column and scroll sideways when wide */
#chat table { table-layout: auto !important; width: max-content !important; max-width: none !important; }
#chat th, #chat td { white-space: nowrap !important; overflow: visible !important; text-overflow: clip !important;
                     min-width: max-content; }
#chat .message-content:has(table), #chat .prose:has(table) { overflow-x: auto; }
#files-by-turn code { white-space: nowrap; }
"""

# After a turn ends, the chat shows the start of the new exchange (the request, then the answer) rather
# than its bottom: a turn that ends in plots would otherwise leave the answer above the view. Gradio's own
# autoscroll may still go to the bottom some 300 ms after the last update, and plots loading move the rows,
# so the view is held on the request for a few seconds, until the reader scrolls or clicks in the chat.
_SCROLL_TO_ANSWER = """
() => {
  const wrap = document.querySelector('#chat .bubble-wrap');
  if (!wrap) return;
  const anchor = () => {
    const rows = wrap.querySelectorAll('.message-row.user-row');
    const last = rows[rows.length - 1];
    if (last) wrap.scrollTop += last.getBoundingClientRect().top - wrap.getBoundingClientRect().top;
  };
  let moved = false;
  const stop = () => { moved = true; };
  const events = ['wheel', 'touchstart', 'keydown', 'mousedown'];
  for (const name of events) wrap.addEventListener(name, stop, {passive: true});
  const again = () => { if (!moved) anchor(); };
  wrap.addEventListener('load', again, true);
  anchor();
  const until = Date.now() + 8000;
  const timer = setInterval(() => {
    if (moved || Date.now() > until) {
      clearInterval(timer);
      wrap.removeEventListener('load', again, true);
      for (const name of events) wrap.removeEventListener(name, stop);
      return;
    }
    again();
  }, 250);
}
"""


def browser_secret(settings: Settings) -> str:
    """The key that encrypts each browser's conversation list; kept in the data dir so lists survive a restart."""
    path = settings.data_dir / "webui.secret"
    if path.is_file():
        return path.read_text().strip()
    secret = secrets.token_urlsafe(24)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(path, secret)
    path.chmod(0o600)
    return secret


def build_app(service: ChatService) -> Any:
    """The Gradio Blocks app for ``service``."""
    import gradio as gr

    from chipsmith.agents.registry import available

    backend = service.settings.llm
    badge = ("**scripted model**: answers are queued lines from a file, not a model's work" if service.scripted
             else f"backend `{backend}`")
    agents = [("auto (router chooses)", "")] + [(s.name, s.name) for s in available()]

    with gr.Blocks(title="chipsmith") as demo:
        thread = gr.State("")
        owned = gr.BrowserState([], storage_key="chipsmith-conversations", secret=browser_secret(service.settings))
        gr.Markdown(f"# chipsmith\nA design assistant whose answers carry the simulator evidence that checked them · {badge}",
                    elem_id="chipsmith-title")
        with gr.Row():
            with gr.Column(scale=1, min_width=240):
                # the choices come per browser (demo.load): a value from before they arrive is checked by resume(),
                # so Gradio need not warn that it is "not in the list of choices"
                convs = gr.Dropdown(label="Past conversations", choices=[], value=None, interactive=True, allow_custom_value=True,
                                    elem_id="conversations")
                by_id = gr.Textbox(label="…or a conversation id", placeholder="from `chipsmith chat` /history",
                                   elem_id="by-id", max_lines=1)
                with gr.Row():
                    resume_btn = gr.Button("Resume", elem_id="resume", size="sm")
                    new_btn = gr.Button("New conversation", elem_id="new", size="sm")
                agent = gr.Dropdown(label="Agent", choices=agents, value="", interactive=True, elem_id="agent")
                files = gr.File(label="Files (download)", file_count="multiple", interactive=False, elem_id="files")
                files_md = gr.Markdown(elem_id="files-by-turn")
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="chat", height=640, elem_id="chat", group_consecutive_messages=False,
                                     buttons=["copy"])
                box = gr.MultimodalTextbox(placeholder="Ask for a design, a check or an explanation; attach netlists, "
                                           "Verilog, datasheets, VCD or Touchstone files", file_count="multiple",
                                           sources=["upload"], elem_id="message", show_label=False)
                with gr.Row():
                    gr.Markdown("Enter sends · attach files with the clip · Stop cancels the running step")
                    stop_btn = gr.Button("Stop", elem_id="stop", size="sm", variant="stop", scale=0, min_width=80)
                with gr.Tab("Plots"):
                    gallery = gr.Gallery(label="plots", columns=3, height=360, elem_id="plots", object_fit="contain",
                                         allow_preview=False)
                with gr.Tab("Code"):
                    code = gr.HTML(elem_id="code")

        def send(message: dict[str, Any], history: list[dict[str, Any]], tid: str, agent_name: str,
                 mine: list[str]) -> Iterator[tuple[Any, ...]]:
            text = (message or {}).get("text", "") or ""
            paths = [f if isinstance(f, str) else f.get("path") for f in (message or {}).get("files", []) or []]
            history = [_plain(m) for m in history or []]
            view = None
            cleared = False  # the box is emptied once, at the first update; what is typed after that is the user's next message
            for view in service.turn(tid, text, paths, history, agent_name or None):
                if not view.done:
                    box_value = gr.MultimodalTextbox() if cleared else gr.MultimodalTextbox(value={"text": "", "files": []})
                    cleared = True
                    yield (view.messages, box_value, gr.File(), gr.Markdown(), gr.Gallery(), gr.HTML(), gr.Dropdown(),
                           view.thread_id, mine)
            if view is None:
                return
            mine = list(mine or [])
            if view.thread_id not in mine and service.session(view.thread_id).state() is not None:
                mine.append(view.thread_id)
            choices = service.conversations(mine)
            kept = view.kept_text or ""  # a refused message comes back to be edited; otherwise leave the box alone
            last_box = gr.MultimodalTextbox(value={"text": kept, "files": []}) if kept or not cleared else gr.MultimodalTextbox()
            yield (view.messages, last_box,
                   view.files or None, view.files_md, view.plots or None, view.code_html,
                   gr.Dropdown(choices=choices, value=view.thread_id),
                   view.thread_id, mine)

        def resume(tid: str | None, typed: str, mine: list[str]) -> tuple[Any, ...]:
            from chipsmith.conversations import find_thread

            mine = list(mine or [])
            try:
                if typed.strip():
                    # knowing the id is the key: a conversation from the terminal, another browser or a colleague
                    tid = find_thread(service.settings.checkpoint_db, typed.strip())
                    if len(typed.strip()) < 12 and tid not in mine:
                        raise InputError("give the whole 12-character id to open a conversation this browser did not start")
                    if tid not in mine:
                        mine.append(tid)
                if not tid:
                    raise InputError("choose a conversation, or type its id")
                if tid not in mine:  # the list only offers this browser's own conversations
                    raise InputError("that conversation is not one of this browser's; type its id to open it")
                view = service.resume(tid)
            except ChipsmithError as exc:
                raise gr.Error(str(exc)) from None
            return (view.messages, view.files or None, view.files_md, view.plots or None, view.code_html, tid, mine,
                    gr.Dropdown(choices=service.conversations(mine), value=tid), "")

        def new() -> tuple[Any, ...]:
            return [], None, "", None, "", "", gr.Dropdown(value=None)

        def load(mine: list[str]) -> Any:
            return gr.Dropdown(choices=service.conversations(mine or []), value=None)

        outputs = [chatbot, box, files, files_md, gallery, code, convs, thread, owned]
        event = box.submit(send, [box, chatbot, thread, agent, owned], outputs, concurrency_limit=None)
        event.then(None, None, None, js=_SCROLL_TO_ANSWER)
        def stopped(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
            history = [_plain(m) for m in history or []]
            for m in history:
                if m.get("metadata", {}).get("status") == "pending":
                    m["metadata"] = {**m["metadata"], "status": "done"}
            if history:
                history.append(_notice("stopped; the conversation is kept up to the last finished step"))
            return history

        # cancel first, then tidy the page: a late update of the cancelled turn cannot overwrite the note
        stop_btn.click(None, None, None, cancels=[event]).then(stopped, [chatbot], [chatbot])
        resume_btn.click(resume, [convs, by_id, owned], [chatbot, files, files_md, gallery, code, thread, owned, convs, by_id])
        new_btn.click(new, None, [chatbot, files, files_md, gallery, code, thread, convs])
        demo.load(load, [owned], [convs])
    return demo


def _plain(message: Any) -> dict[str, Any]:
    """A chat message from the page as a plain dict (Gradio hands back dicts or ChatMessage objects)."""
    if isinstance(message, dict):
        m = dict(message)
    else:
        m = {"role": getattr(message, "role", "assistant"), "content": getattr(message, "content", ""),
             "metadata": getattr(message, "metadata", {}) or {}}
    content = m.get("content")
    if isinstance(content, list) and len(content) == 1:
        content = content[0]
    if isinstance(content, dict) and content.get("type") == "text":
        content = content.get("text", "")
    elif isinstance(content, dict) and content.get("file"):
        f = content["file"]
        content = {"path": f.get("path"), "alt_text": content.get("alt_text") or f.get("orig_name") or ""}
    m["content"] = content
    if not m.get("metadata"):
        m.pop("metadata", None)
    return {k: v for k, v in m.items() if k in ("role", "content", "metadata")}


def launch(service: ChatService, *, host: str = "127.0.0.1", port: int | None = None, share: bool = False,
           block: bool = True) -> Any:
    """Start the web chat; returns the Gradio app (already serving when ``block`` is False)."""
    from chipsmith.plots import keep_sigpipe_ignored

    keep_sigpipe_ignored()  # a library may have set SIGPIPE's default action, which would let one closed socket kill the server
    demo = build_app(service)
    demo.queue(default_concurrency_limit=16)
    from chipsmith.web_serve import start

    return start(demo, server_name=host, server_port=port, share=share, prevent_thread_lock=not block, quiet=True,
                 allowed_paths=[str(service.settings.data_dir / "conversations")], css=_CSS, show_error=True, inbrowser=False)


@click.command("ui")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on (0.0.0.0 exposes it to the network)")
@click.option("--port", type=int, default=7860, show_default=True, help="port to listen on")
@click.option("--share", is_flag=True, default=False, help="also open a public Gradio share link (off unless asked)")
@click.option("--knowledge/--no-knowledge", default=True, show_default=True, help="let agents look things up in the knowledge store")
@click.option("--router", type=click.Choice(["hybrid", "llm", "keywords"]), help="how to choose specialists")
@llm_options
@click.pass_context
def ui(ctx: click.Context, host: str, port: int, share: bool, knowledge: bool, router: str | None, **options: Any) -> None:
    """Web chat in the browser: agent steps, code, logs, waveforms, plots and downloads."""
    from chipsmith.agents.llm import make_backend

    settings = settings_from(options, router=router)
    make_backend(settings)  # a wrong --llm fails here, not at the first message
    service = ChatService(settings, knowledge=knowledge, debug=bool((ctx.obj or {}).get("debug")))
    click.echo(f"chipsmith web chat on http://{host}:{port} (Ctrl-C stops it)"
               + (" and a public share link (--share)" if share else ""), err=True)
    try:
        launch(service, host=host, port=port, share=share)
    finally:
        service.close()
