"""The web chat keeps every turn's files in its own folder, lists them turn by turn, and Resume brings plots back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from chipsmith.core.config import load_settings
from chipsmith.web_service import ChatService

RF = "1 GHz low-pass, 0.5 dB ripple, 40 dB rejection at 2 GHz, 50 ohm"


def _turn(service: ChatService, tid: str, text: str, history: list, agent: str) -> list:  # type: ignore[type-arg]
    views = list(service.turn(tid, text, [], history, agent))
    assert views[-1].done
    return views


def test_two_turns_keep_their_own_files_and_resume_shows_each_turns_plots(tmp_path: Path,
                                                                         script_file: Callable[..., Path]) -> None:
    service = ChatService(load_settings(llm=f"script:{script_file([])}", data_dir=tmp_path / "data"), knowledge=False)
    tid = service.new_thread_id()
    first = _turn(service, tid, RF, [], "rf_designer")[-1]
    second = _turn(service, tid, RF.replace("1 GHz", "2 GHz").replace("2 GHz,", "4 GHz,"), first.messages, "rf_designer")[-1]
    conv = service.conversation_dir(tid)
    one, two = (conv / "turn-01" / "filter.s2p"), (conv / "turn-02" / "filter.s2p")
    assert one.is_file() and two.is_file() and one.read_bytes() != two.read_bytes()  # the second did not overwrite the first
    assert str(one) in second.files and str(two) in second.files
    lines = second.files_md.splitlines()
    assert lines[0].startswith("**turn 1** · ") and lines[1].startswith("**turn 2** · ") and "`filter.s2p`" in lines[1]
    assert all(Path(f).stat().st_size > 0 for f in second.files)

    service.close()
    again = ChatService(load_settings(llm=f"script:{script_file([])}", data_dir=tmp_path / "data"), knowledge=False)
    view = again.resume(tid)
    kinds = ["plot" if isinstance(m["content"], dict) else m["role"] for m in view.messages]
    answers = [i for i, m in enumerate(view.messages) if m["role"] == "assistant" and isinstance(m["content"], str)
               and "metadata" not in m]
    assert len(answers) == 2
    plots_after_first = [m for m in view.messages[answers[0] + 1:answers[1]] if isinstance(m["content"], dict)]
    plots_after_second = [m for m in view.messages[answers[1] + 1:] if isinstance(m["content"], dict)]
    assert plots_after_first and plots_after_second, kinds  # each turn's plots under its own answer
    assert all(Path(m["content"]["path"]).is_file() for m in plots_after_first + plots_after_second)
    assert any("turn-01" in m["content"]["alt_text"] for m in plots_after_first)
    assert any("turn-02" in m["content"]["alt_text"] for m in plots_after_second)


def test_each_try_panel_shows_its_own_tool_runs() -> None:
    from chipsmith.agents.state import Artefact, Evidence, Step
    from chipsmith.web_panels import step_panel

    ev = [Evidence(tool="vvp", verdict=v, command=["vvp", f"try{n}.vvp"], cwd="/w", try_index=n)
          for n, v in ((1, "mismatch"), (2, "pass"))]
    arts = [Artefact(name="counter.sv", kind="verilog", agent="verilog_writer", path="", evidence=ev)]
    steps = [Step(agent="verilog_writer", summary=f"try {n}: {v}", verdict=v, tools=["vvp"]) for n, v in ((1, "fail"), (2, "pass"))]
    first, second = (step_panel(s, arts, []) for s in steps)
    assert first["metadata"]["title"] == "verilog_writer · try 1 · vvp · fail"
    assert second["metadata"]["title"] == "verilog_writer · try 2 · vvp · pass"
    assert "try1.vvp" in first["content"] and "try2.vvp" not in first["content"]
    assert "try2.vvp" in second["content"] and "try1.vvp" not in second["content"]
