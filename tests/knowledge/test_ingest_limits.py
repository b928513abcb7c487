"""knowledge add: links out of the folder are never indexed; a Flate bomb PDF is refused in bounded memory."""

from __future__ import annotations

import json
import resource
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipsmith.knowledge import store as store_mod
from chipsmith.knowledge.store import KnowledgeStore

pytestmark = pytest.mark.attack

CANARY = "ZQX-canary-4411 the root password is hunter2"


def test_symlinks_leading_out_of_the_folder_are_skipped_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chipsmith.commands.knowledge import knowledge

    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.md").write_text(f"# Secret\n\n{CANARY}\n")
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "notes.md").write_text("# Notes\n\nThe QP9 regulator needs 10 uF on its input.\n")
    (docs / "sub" / "more.md").write_text("# More\n\nThe QP9 enable pin is active high.\n")
    (docs / "leak.md").symlink_to(outside / "secret.md")
    (docs / "linked").symlink_to(outside, target_is_directory=True)
    (docs / "again.md").symlink_to(docs / "sub" / "more.md")  # inside the folder: fine, indexed once

    amplifiers = [f for f in store_mod.seed_files() if f[0] == "amplifiers.yaml"]
    monkeypatch.setattr(store_mod, "seed_files", lambda: amplifiers)
    data_dir = tmp_path / "data"
    runner = CliRunner()
    added = runner.invoke(knowledge, ["--data-dir", str(data_dir), "add", str(docs), "--json"])
    assert added.exit_code == 0, added.output
    report = json.loads(added.output)
    assert {r["source"] for r in report["added"]} == {"notes.md", "more.md"}
    skipped = " ".join(report["skipped"])
    assert "leak.md: a symbolic link to a file outside" in skipped and "linked: a symbolic link to a folder outside" in skipped
    store = KnowledgeStore(data_dir / "knowledge")
    hits = store.search("root password hunter2 canary", k=20)
    assert hits and all(CANARY not in h.text for h in hits)
    assert "secret.md" not in {r["source"] for r in store.list()}


def _deflated_zeros(megabytes: int) -> bytes:
    """A zlib stream of ``megabytes`` MB of zeros, ~1 kB per MB, built without inflating anything."""
    chunk = b"\0" * (1 << 20)
    c = zlib.compressobj(9)
    head = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    seg = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)  # after a full flush every 1 MB block encodes alike
    end = c.flush()[:-4]
    n = megabytes << 20
    return head + seg * (megabytes - 1) + end + struct.pack(">I", ((n % 65521) << 16) | 1)  # Adler-32 of n zeros


def flate_bomb(path: Path, megabytes: int = 1500) -> Path:
    """A one-page PDF whose content stream inflates to ``megabytes`` MB."""
    stream = _deflated_zeros(megabytes)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


HOST = """
import json, resource, sys
from chipsmith.core.errors import InputError
kind, path = sys.argv[1], sys.argv[2]
try:
    if kind == "extractor":
        from chipsmith.tools.pdf_reader import read_pdf
        read_pdf(path)
    else:
        from chipsmith.knowledge.ingest import read_chunks
        read_chunks(path)
    error = ""
except InputError as exc:
    error = str(exc)
except MemoryError:
    error = "MemoryError in the host"
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the process that forked this one (the
# whole test process), while VmHWM is the peak of this program's own memory since it started
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"error": error, "host_kb": hwm}))
"""


@pytest.mark.parametrize("kind", ["extractor", "knowledge"])
def test_flate_bomb_is_a_clear_error_and_the_host_stays_small(tmp_path: Path, kind: str) -> None:
    bomb = flate_bomb(tmp_path / "bomb.pdf")
    assert bomb.stat().st_size < 2_000_000  # 1.5 MB that inflates to 1.5 GB

    def cap() -> None:  # keeps the machine safe if the host did inflate it
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))

    proc = subprocess.run([sys.executable, "-c", HOST, kind, str(bomb)], capture_output=True, text=True, timeout=600,
                          preexec_fn=cap)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "PDF too large when decompressed" in result["error"] and "limit" in result["error"], result
    assert result["host_kb"] < 1024 * 1024, result  # the host process peaked under 1 GB
