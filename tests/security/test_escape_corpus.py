"""The escape corpus: attacks delivered the way a malicious model answer or input file arrives.

Each attack goes in through a public entry point (a model's answer to the Verilog writer, a deck
given to the netlist translator, a sizing problem, a knowledge folder, a web upload, a tasks
file, a datasheet PDF) with canaries outside the work directory:

- a secret file (mode 0600) whose token must appear in no answer, log, run record or artefact;
- a folder of host files that must not change, and write targets that must not appear;
- the host process: no crash (an exception that is not a ChipsmithError), no hang (the test's
  timeout), and no more than 1 GiB of growth for any one input (``host_growth_kb``: the process's
  peak after the attack less its size before it; the process peak and the largest child's are
  recorded too, for the reliability table).

Every attack that runs a tool is tried with bubblewrap and in the limits-only mode
(``CHIPSMITH_SANDBOX=none``), where the guards must hold on their own. A failure message starts
with ESCAPE, CRASH or MEMORY so that ``scripts/reliability.py`` can count them.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import resource
import secrets
import subprocess
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from chipsmith.core.config import load_settings
from chipsmith.core.errors import ChipsmithError
from chipsmith.tools.runner import isolation

pytestmark = [pytest.mark.attack, pytest.mark.timeout(600)]

MEMORY_LIMIT_KB = 1 << 20  # 1 GiB of growth of the host process for any one input


@dataclass
class Arena:
    """The host around one attack: a secret, files that must not change, and the user's folder."""

    root: Path
    token: str
    host: Path = field(init=False)
    user: Path = field(init=False)
    out: Path = field(init=False)

    def __post_init__(self) -> None:
        self.host = self.root / "host"
        self.user = self.root / "user"
        self.out = self.root / "out"
        for d in (self.host, self.user):
            d.mkdir()
        self.secret.write_text(f"{self.token}\n.model {self.token.lower()} nmos level=1\n")
        os.chmod(self.secret, 0o600)
        self.appendee.write_text("root-owned log, append nothing\n")
        os.chmod(self.appendee, 0o600)

    @property
    def secret(self) -> Path:
        return self.host / "secret.txt"

    @property
    def appendee(self) -> Path:
        return self.host / "existing.log"

    @property
    def pwned(self) -> Path:
        return self.host / "pwned"

    @property
    def tmp_pwned(self) -> Path:
        # named from the token, not with it: the attack's own text must not carry the secret
        return Path(f"/tmp/chipsmith-pwned-{hashlib.sha256(self.token.encode()).hexdigest()[:16]}")

    def fill(self, text: str) -> str:
        return (text.replace("{secret}", str(self.secret)).replace("{host}", str(self.host))
                .replace("{pwned}", str(self.pwned)).replace("{tmp_pwned}", str(self.tmp_pwned))
                .replace("{appendee}", str(self.appendee)))

    def snapshot(self) -> dict[str, str]:
        return {str(p.relative_to(self.host)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() and not p.is_symlink()
                else "other" for p in sorted(self.host.rglob("*"))}

    def leaks(self, extra_text: str) -> list[str]:
        """Where the secret's token shows up outside the host folder."""
        found = [("answer or message" if self.token in extra_text else "")]
        for p in self.root.rglob("*"):
            if self.host in p.parents or p.is_symlink() or not p.is_file():
                continue
            try:
                if self.token.encode() in p.read_bytes():
                    found.append(str(p.relative_to(self.root)))
            except OSError:
                continue
        return [f for f in found if f]


@dataclass(frozen=True)
class Attack:
    name: str
    klass: str  # the escape class of issue 15 it belongs to (1-5), or "resources"
    deliver: Callable[[Arena], str]  # returns what the user was shown
    runs_tools: bool = True


# --------------------------------------------------------------------------- delivery

_TB = ("module tb; reg a = 0; wire y; TopModule dut(.a(a), .y(y)); initial begin #1 "
       'if (y !== a) $display("Mismatches: 1 in 1 samples"); else $display("Mismatches: 0 in 1 samples"); '
       "$finish; end endmodule\n")


def _session_ask(arena: Arena, agent: str, request: str, inputs: dict[str, str], answers: list[str] = (), **settings) -> str:
    from chipsmith.api import Session

    script = arena.user / "script.jsonl"
    script.write_text("".join(json.dumps({"agent": "*", "content": a}) + "\n" for a in answers))
    cfg = load_settings(llm=f"script:{script}", data_dir=arena.root / "data", max_tries=1, **settings)
    with Session(cfg, out_dir=arena.out, checkpoints=False) as s:
        result = s.ask(request, agent=agent, inputs={"knowledge": "off", **inputs})
    return f"{result.verdict}\n{result.answer}"


def verilog(design: str, *, tb: str = _TB, tb_name: str = "tb.sv", reference: str | None = None,
            ref_name: str = "ref.sv", raw: bool = False) -> Callable[[Arena], str]:
    """A model's answer to the Verilog writer, judged with the user's test bench."""

    def go(arena: Arena) -> str:
        (arena.user / tb_name).write_text(arena.fill(tb))
        inputs = {"testbench": str(arena.user / tb_name)}
        if reference is not None:
            (arena.user / ref_name).write_text(arena.fill(reference))
            inputs["reference"] = str(arena.user / ref_name)
        body = arena.fill(design)
        answer = body if raw else f"```verilog\n{body}\n```"
        return _session_ask(arena, "verilog_writer", "a buffer TopModule(input a, output y)", inputs, [answer] * 2)

    return go


def deck(text: str, *, name: str = "deck.cir", to: str = "hspice", rewrite: list[str] = ()) -> Callable[[Arena], str]:
    """A deck the user gives the netlist translator (its co-simulation runs ngspice); ``rewrite`` is
    the model's answer for the lines the parser rejects (by default it drops them)."""

    def go(arena: Arena) -> str:
        (arena.user / name).write_text(arena.fill(text))
        answer = json.dumps({"lines": [arena.fill(line) for line in rewrite]})
        return _session_ask(arena, "netlist_translator", f"convert this to {to}", {"input": str(arena.user / name), "to": to},
                            [answer] * 3)

    return go


def spice_run(text: str) -> Callable[[Arena], str]:
    """A deck run straight through the ngspice tool, as the sizer and the RF verifier run theirs."""

    def go(arena: Arena) -> str:
        from chipsmith.tools.ngspice import Ngspice

        work = arena.root / "work"
        work.mkdir(exist_ok=True)
        res = Ngspice(timeout=60).run(arena.fill(text), work)
        return f"{res.verdict}\n{json.dumps(res.measures, default=str)}\n{res.outcome.output if res.outcome else ''}"

    return go


_OTA = """* a resistor divider stands in for the amplifier
.param r1=1k
V1 in 0 DC 1
R1 in out {r1}
R2 out 0 1k
.end
"""


def sizing(problem: str, *, netlist: str = _OTA, netlist_name: str = "amp.cir", link: str | None = None) -> Callable[[Arena], str]:
    """A sizing problem file (and its netlist) given to the circuit sizer."""

    def go(arena: Arena) -> str:
        (arena.user / netlist_name).write_text(arena.fill(netlist))
        if link is not None:
            (arena.user / link).symlink_to(arena.secret)
        (arena.user / "problem.yaml").write_text(arena.fill(problem))
        return _session_ask(arena, "circuit_sizer", "size it", {"netlist": str(arena.user / "problem.yaml"), "budget": "2"})

    return go


def _problem(testbench: list[str], netlist: str = "amp.cir", derived: str = "") -> str:
    lines = [f"netlist: {netlist}", "params: {r1: {min: 100, max: 10k, unit: ohm}}",
             "testbench: " + json.dumps(testbench), "specs: {vout: {min: 0.1}}"]
    if derived:
        lines.append(f"derived: {{vout2: {json.dumps(derived)}}}")
    return "\n".join(lines) + "\n"


def upload(setup: Callable[[Arena], Path]) -> Callable[[Arena], str]:
    """A file dropped into the web chat."""

    def go(arena: Arena) -> str:
        from chipsmith.web_service import ChatService

        service = ChatService(load_settings(llm="script:none", data_dir=arena.root / "data"), knowledge=False)
        tid = service.new_thread_id()
        up = service.accept_upload(tid, setup(arena))
        return str(up)

    return go


def tasks_file(text: str) -> Callable[[Arena], str]:
    """A tasks.yaml given to `chipsmith run`."""

    def go(arena: Arena) -> str:
        from click.testing import CliRunner

        from chipsmith.cli import cli

        path = arena.user / "tasks.yaml"
        path.write_text(arena.fill(text))
        script = arena.user / "script.jsonl"
        script.write_text(json.dumps({"agent": "*", "content": "ok"}) + "\n")
        res = CliRunner().invoke(cli, ["run", str(path), "--llm", f"script:{script}", "--out", str(arena.out),
                                       "--data-dir", str(arena.root / "data")])
        if res.exception is not None and not isinstance(res.exception, (SystemExit, ChipsmithError)):
            raise res.exception
        return res.output

    return go


@functools.lru_cache(maxsize=2)
def _flate_bomb(expanded: int = 3 << 29) -> bytes:
    """A small PDF whose content stream inflates to ``expanded`` bytes (1.5 GiB) of zeros."""
    comp = zlib.compressobj(6)
    chunk = b"\0" * (1 << 20)
    body = b"".join(comp.compress(chunk) for _ in range(expanded >> 20)) + comp.flush()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def datasheet_pdf(data: Callable[[], bytes]) -> Callable[[Arena], str]:
    def go(arena: Arena) -> str:
        pdf = arena.user / "part.pdf"
        pdf.write_bytes(data())
        return _session_ask(arena, "datasheet_extractor", "extract the parameters", {"input": str(pdf)})

    return go


def knowledge_folder(setup: Callable[[Arena, Path], None]) -> Callable[[Arena], str]:
    """`chipsmith knowledge add FOLDER`, then a search for what the attack tried to index."""

    def go(arena: Arena) -> str:
        from click.testing import CliRunner

        from chipsmith.commands.knowledge import knowledge
        from chipsmith.knowledge import store as store_mod

        docs = arena.user / "docs"
        docs.mkdir()
        (docs / "notes.md").write_text("# Notes\n\nThe QP9 regulator needs 10 uF on its input.\n")
        setup(arena, docs)
        small = [f for f in store_mod.seed_files() if f[0] == "amplifiers.yaml"]
        original = store_mod.seed_files
        store_mod.seed_files = lambda: small  # type: ignore[assignment]  # a one-file seed keeps the attack quick
        try:
            runner = CliRunner()
            added = runner.invoke(knowledge, ["--data-dir", str(arena.root / "data"), "add", str(docs)])
            found = runner.invoke(knowledge, ["--data-dir", str(arena.root / "data"), "search", arena.token])
        finally:
            store_mod.seed_files = original  # type: ignore[assignment]
        for res in (added, found):
            if res.exception is not None and not isinstance(res.exception, (SystemExit, ChipsmithError)):
                raise res.exception
        return added.output + found.output

    return go


def in_child(code: str, *, prlimit_as: int | None = None) -> Callable[[Arena], str]:
    """Python run in a child process (for attacks on the host process's own limits)."""

    def go(arena: Arena) -> str:
        cmd = [sys.executable, "-c", arena.fill(code)]
        if prlimit_as:  # hard and soft, and as a parent without CAP_SYS_RESOURCE that cannot raise it again
            drop = ["setpriv", "--bounding-set=-sys_resource", "--"] if os.geteuid() == 0 else []
            cmd = ["prlimit", f"--as={prlimit_as}:{prlimit_as}", "--", *drop, *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=arena.user)
        if proc.returncode != 0:
            raise AssertionError(f"CRASH: the child exited {proc.returncode}: {proc.stderr[-2000:]}")
        return proc.stdout

    return go


# --------------------------------------------------------------------------- the corpus

_BUF = "module TopModule(input a, output y); assign y = a; {extra} endmodule"


def _v(extra: str) -> str:
    return _BUF.replace("{extra}", extra)


VERILOG = [
    Attack("v-system-task", "5", verilog(_v('initial $system("cat {secret} > {tmp_pwned}");'))),
    Attack("v-fopen-absolute", "5", verilog(_v('integer f; initial begin f = $fopen("{pwned}", "w"); $fdisplay(f, "x"); end'))),
    Attack("v-fopen-append-host", "5", verilog(_v('integer f; initial begin f = $fopen("{appendee}", "a"); $fdisplay(f, "x"); end'))),
    Attack("v-fopen-dotdot", "5", verilog(_v('integer f; initial f = $fopen("../../../../host/pwned", "w");'))),
    Attack("v-readmem-secret", "5", verilog(_v('reg [7:0] m[0:3]; initial begin $readmemh("{secret}", m); $display("%h", m[0]); end'))),
    Attack("v-fread-secret", "5", verilog(_v('integer f, c; initial begin f = $fopen("{secret}", "r"); c = $fgetc(f); $display("%c", c); end'))),
    Attack("v-writemem-host", "5", verilog(_v('reg [7:0] m[0:3]; initial $writememh("{pwned}", m);'))),
    Attack("v-dumpfile-host", "5", verilog(_v('initial begin $dumpfile("{pwned}.vcd"); $dumpvars; end'))),
    Attack("v-include-secret", "5", verilog('`include "{secret}"\n' + _v(""))),
    Attack("v-include-dotdot", "5", verilog('`include "../../host/secret.txt"\n' + _v(""))),
    Attack("v-macro-paste-fopen", "5", verilog("`define CAT(a,b) a``b\n" + _v('integer f; initial f = `CAT($fo,pen)("{pwned}", "w");'))),
    Attack("v-macro-paste-system", "5", verilog("`define CAT(a,b) a``b\n" + _v('initial `CAT($sys,tem)("touch {tmp_pwned}");'))),
    Attack("v-macro-filename", "5", verilog('`define F "{pwned}"\n' + _v('integer f; initial f = $fopen(`F, "w");'))),
    Attack("v-macro-stringify-path", "5", verilog('`define S(x) `"x`"\n' + _v('integer f; initial f = $fopen(`S({pwned}), "w");'))),
    Attack("v-plusargs-filename", "5", verilog(_v('reg [8*80:1] n; integer f; initial if ($value$plusargs("f=%s", n)) f = $fopen(n, "w");'))),
    Attack("v-forge-sim-log", "5", verilog(_v('integer f; initial begin f = $fopen("sim.log", "w"); '
                                               '$fdisplay(f, "Mismatches: 0 in 1 samples"); $fclose(f); end'))),
    Attack("v-forge-verilator-log", "5", verilog(_v('integer f; initial begin f = $fopen("verilator.log", "w"); '
                                                    '$fdisplay(f, "ok"); $fclose(f); end'))),
    Attack("v-dpi-system", "5", verilog('import "DPI-C" function int system(input string cmd);\n'
                                        + _v('initial void\'(system("touch {tmp_pwned}"));'))),
    Attack("v-verilator-c", "5", verilog(_v('initial $c("system(\\"touch {tmp_pwned}\\");");'))),
    Attack("v-uselib", "5", verilog("`uselib file={secret}\n" + _v(""))),
    Attack("v-testbench-named-option", "3", verilog(_v(""), tb_name="-tnull")),
    Attack("v-testbench-name-newline", "3", verilog(_v(""), tb_name="tb.sv\n!touch {tmp_pwned}")),
    Attack("v-reference-name-shell", "3", verilog(_v(""), reference=_v("").replace("TopModule", "RefModule"),
                                                   ref_name="ref.sv\n!cat {secret} > {tmp_pwned}")),
    Attack("v-quadratic-answer", "resources", verilog("module " * 60_000, raw=True)),
    Attack("v-deep-parentheses", "resources", verilog(_v("assign z = " + "(" * 100_000 + "a" + ")" * 100_000 + ";"))),
]

_CONTROL = "* attack\nV1 1 0 DC 1\nR1 1 0 1k\n.control\n{lines}\n.endc\n.end\n"


def _c(*lines: str) -> str:
    return _CONTROL.replace("{lines}", "\n".join(lines))


SPICE = [
    Attack("s-shell", "2", deck(_c("op", "shell cat {secret} > {tmp_pwned}"))),
    Attack("s-echo-then-source", "2", deck(_c("echo shell touch {tmp_pwned} > s2.cir", "source s2.cir"))),
    Attack("s-echo-append-then-source", "2", deck(_c("echo * two > s2.cir", "echo .control >> s2.cir",
                                                       "echo shell touch {tmp_pwned} >> s2.cir", "echo .endc >> s2.cir",
                                                       "source s2.cir"))),
    Attack("s-incl-absolute", "2", deck("* attack\n.incl {secret}\nR1 1 0 1k\n.end\n")),
    Attack("s-include-dotdot", "2", deck('* attack\n.include "../host/secret.txt"\nR1 1 0 1k\n.end\n')),
    Attack("s-lib-absolute", "2", deck("* attack\n.lib {secret} tt\nR1 1 0 1k\n.end\n")),
    Attack("s-wrdata-host", "2", deck(_c("op", "wrdata {pwned} v(1)"))),
    Attack("s-print-redirect-host", "2", deck(_c("op", "print v(1) > {pwned}"))),
    Attack("s-second-redirection", "2", deck(_c("op", "print v(1) > out.txt > {pwned}"))),
    Attack("s-append-existing", "2", deck(_c("op", "print v(1) >> {appendee}"))),
    Attack("s-write-raw-host", "2", deck(_c("op", "write {pwned}.raw v(1)"))),
    Attack("s-source-secret", "2", deck(_c("source {secret}"))),
    Attack("s-load-secret", "2", deck(_c("load {secret}"))),
    Attack("s-codemodel", "2", deck(_c("codemodel {host}/evil.cm"))),
    Attack("s-pre-osdi", "2", deck(_c("pre_osdi {host}/evil.osdi"))),
    Attack("s-sourcepath", "2", deck(_c("set sourcepath = ( {host} )", "source secret.txt"))),
    Attack("s-cd-out", "2", deck(_c("cd {host}", "op", "wrdata pwned v(1)"))),
    Attack("s-ng-script", "2", deck("*ng_script\n.control\nshell touch {tmp_pwned}\n.endc\n")),
    Attack("s-model-rewrite-shell", "2", deck("* attack\nV1 1 0 DC 1\nR1 1 0 1k\nB1 2 0 V=wat(\n.tran 1u 10u\n.end\n",
                                                rewrite=["B1 2 0 V=1", ".control", "shell cat {secret} > {tmp_pwned}", ".endc"])),
    Attack("s-model-rewrite-include", "2", deck("* attack\nV1 1 0 DC 1\nR1 1 0 1k\nB1 2 0 V=wat(\n.op\n.end\n",
                                                  rewrite=[".include {secret}"])),
    Attack("s-symlink-log", "1", spice_run(_c("op", "shell ln -s {secret} ngspice.log", "print v(1)"))),
    Attack("s-wrdata-link-to-secret", "1", spice_run(_c("op", "shell ln -sf {secret} out.data", "wrdata out.data v(1)"))),
    Attack("s-wrdata-fifo", "1", spice_run(_c("op", "shell mkfifo fifo.data", "wrdata fifo.data v(1)"))),
    Attack("s-variable-redirect", "2", spice_run(_c("op", "set f = {pwned}", "print v(1) > $f"))),
    Attack("s-quoted-redirect", "2", spice_run(_c("op", 'print v(1) > "{pwned}"'))),
    Attack("s-nested-subckt", "resources", deck("* deep\n" + "".join(f".subckt s{i} a b\n" for i in range(3000))
                                                 + ".ends\n" * 3000 + "R1 1 0 1k\n.end\n"), runs_tools=False),
]

SIZER = [
    Attack("z-netlist-dotdot", "4", sizing(_problem(["op", "print v(out)"], netlist="../host/secret.txt"))),
    Attack("z-netlist-absolute", "4", sizing(_problem(["op", "print v(out)"], netlist="{secret}"))),
    Attack("z-netlist-symlink", "4", sizing(_problem(["op", "print v(out)"], netlist="link.cir"), link="link.cir")),
    Attack("z-testbench-shell", "2", sizing(_problem(["op", "shell cat {secret} > {tmp_pwned}", "print v(out)"]))),
    Attack("z-testbench-echo-source", "2", sizing(_problem(["op", "echo shell touch {tmp_pwned} > x.cir", "source x.cir"]))),
    Attack("z-testbench-wrdata-host", "2", sizing(_problem(["op", "wrdata {pwned} v(out)"]))),
    Attack("z-derived-python", "4", sizing(_problem(["op", "let vout = v(out)", "print vout"],
                                                    derived="__import__('os').system('touch {tmp_pwned}')"))),
    Attack("z-problem-yaml-alias", "resources", sizing("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                                                        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c]\n"),
           runs_tools=False),
]


def _link(name: str) -> Callable[[Arena], Path]:
    def setup(arena: Arena) -> Path:
        p = arena.user / name
        p.symlink_to(arena.secret)
        return p
    return setup


def _plain(name: str) -> Callable[[Arena], Path]:
    def setup(arena: Arena) -> Path:
        p = arena.user / name
        p.write_text("module m; endmodule\n")
        return p
    return setup


def _fifo(arena: Arena) -> Path:
    p = arena.user / "design.v"
    os.mkfifo(p)
    return p


def _secret_link(arena: Arena, docs: Path) -> None:
    (docs / "leak.md").symlink_to(arena.secret)
    (docs / "linked").symlink_to(arena.host, target_is_directory=True)


def _pdf_bomb(arena: Arena, docs: Path) -> None:
    (docs / "bomb.pdf").write_bytes(_flate_bomb())


OTHER = [
    Attack("u-symlink", "4", upload(_link("design.v")), runs_tools=False),
    Attack("u-fifo", "4", upload(_fifo), runs_tools=False),
    Attack("u-name-newline", "4", upload(_plain("a\nb.v")), runs_tools=False),
    Attack("u-name-bidi", "4", upload(_plain("evil\u202ev.exe")), runs_tools=False),
    Attack("k-symlink-out", "4", knowledge_folder(_secret_link), runs_tools=False),
    Attack("k-flate-bomb", "resources", knowledge_folder(_pdf_bomb), runs_tools=False),
    Attack("d-flate-bomb", "resources", datasheet_pdf(_flate_bomb), runs_tools=False),
    Attack("t-billion-laughs", "resources", tasks_file('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
                                                       + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n"
                                                                 for i in range(8))), runs_tools=False),
    Attack("t-input-absolute", "4", tasks_file('- request: size it\n  agent: circuit_sizer\n  inputs: {netlist: "{secret}"}\n'),
           runs_tools=False),
    Attack("t-input-dotdot", "4", tasks_file("- request: convert it\n  agent: netlist_translator\n"
                                             "  inputs: {input: ../host/secret.txt, to: hspice}\n"), runs_tools=False),
    Attack("t-out-dotdot", "4", tasks_file('- request: what is a latch\n  agent: general\n  out: ../../host/pwned\n'),
           runs_tools=False),
    Attack("r-lower-parent-address-space", "resources", in_child(
        "from pathlib import Path\nfrom chipsmith.tools.ngspice import Ngspice\nPath('w').mkdir()\n"
        "r = Ngspice(timeout=60).run('* t\\nV1 1 0 DC 1\\nR1 1 0 1k\\n.control\\nop\\nprint v(1)\\n.endc\\n.end\\n', Path('w').resolve())\n"
        "assert r.ok, r.outcome.output if r.outcome else r\nprint('ran')\n", prlimit_as=3 << 30), runs_tools=False),
]

CORPUS = VERILOG + SPICE + SIZER + OTHER
CASES = [pytest.param(a, mode, id=f"{a.name}-{mode}") for a in CORPUS
         for mode in (("bwrap", "none") if a.runs_tools else ("auto",))]


def test_corpus_has_an_attack_per_class() -> None:
    assert len(CORPUS) >= 60
    assert {a.klass for a in CORPUS} >= {"1", "2", "3", "4", "5", "resources"}
    assert len({a.name for a in CORPUS}) == len(CORPUS)


def _rss_kb() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)


def _reset_peak() -> bool:
    """Reset this process's peak-memory mark (VmHWM), so the next reading is this attack's own peak."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _peak_kb() -> int:
    """The process's peak resident memory since the last reset (ru_maxrss never resets)."""
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))


@pytest.mark.parametrize("attack, mode", CASES)
def test_attack_does_not_escape(attack: Attack, mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                record_property: Callable[[str, object], None]) -> None:
    if mode == "bwrap" and isolation().mode != "bwrap":
        pytest.skip("bubblewrap cannot create namespaces here")
    if mode != "auto":
        monkeypatch.setenv("CHIPSMITH_SANDBOX", mode)
    arena = Arena(tmp_path, "CANARY" + secrets.token_hex(8))
    before = arena.snapshot()
    rss_before = _rss_kb()
    resettable = _reset_peak()
    try:
        shown = attack.deliver(arena)
    except ChipsmithError as exc:  # refused with a message the user reads: not an escape
        shown = str(exc)
    except AssertionError:
        raise
    except Exception as exc:
        raise AssertionError(f"CRASH: {attack.name}: {type(exc).__name__}: {exc}") from exc
    finally:
        peak = _peak_kb() if resettable else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        record_property("host_rss_peak_kb", peak)
        record_property("host_growth_kb", max(0, peak - rss_before))
        record_property("child_rss_peak_kb", children)
    assert peak - rss_before < MEMORY_LIMIT_KB, f"MEMORY: {attack.name} grew the host by {(peak - rss_before) >> 10} MB"
    leaks = arena.leaks(shown)
    assert not leaks, f"ESCAPE: {attack.name}: the secret was read into {leaks}"
    assert arena.snapshot() == before, f"ESCAPE: {attack.name}: files outside the work directory changed"
    assert not arena.tmp_pwned.exists(), f"ESCAPE: {attack.name}: created {arena.tmp_pwned}"


def test_flate_bomb_fixture_is_a_real_bomb() -> None:
    """The bomb used above inflates to gigabytes: otherwise the memory attacks prove nothing."""
    pdf = _flate_bomb(64 << 20)
    start = pdf.index(b"stream\n") + len(b"stream\n")
    length = int(pdf[pdf.index(b"/Length ") + 8:].split(b" ")[0])
    assert len(pdf) < 200_000 and len(zlib.decompress(pdf[start:start + length])) == 64 << 20
