"""The bounded child: every way it can run out is one InputError naming the limit; the host stays small."""

from __future__ import annotations

import resource

import pytest

from chipsmith.core.bounded import MB, Limits, run_bounded
from chipsmith.core.errors import InputError


def test_result_comes_back() -> None:
    assert run_bounded("math:gcd", 12, 18, what="x") == 6


def test_memory_limit_is_an_input_error_and_the_host_does_not_allocate() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InputError, match=r"^big\.pdf: PDF too large when decompressed: .*the 512 MB memory limit"):
        run_bounded("builtins:bytearray", 3 << 30, limits=Limits(memory_bytes=512 * MB), what="big.pdf")
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024  # KiB: the 3 GB was the child's


def test_cpu_limit_is_an_input_error() -> None:
    with pytest.raises(InputError, match="more than the 1 s CPU limit"):
        run_bounded("math:factorial", 10**8, limits=Limits(cpu_seconds=1), what="slow.pdf")


def test_an_oversized_result_is_refused_before_the_host_reads_it() -> None:
    with pytest.raises(InputError, match="more than the 1 MB limit"):
        run_bounded("builtins:bytes", 8 * MB, limits=Limits(result_bytes=1 * MB), what="wide.pdf")


def test_only_chipsmith_types_come_back() -> None:
    with pytest.raises(InputError, match="the parser failed"):
        run_bounded("collections:OrderedDict", what="odd.pdf")


def test_an_input_error_in_the_child_keeps_its_message(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from chipsmith.tools.pdf_reader import read_pdf

    (tmp_path / "x.pdf").write_text("not a pdf")
    with pytest.raises(InputError, match=r"x\.pdf: not a PDF \(no %PDF- header\)"):
        read_pdf(tmp_path / "x.pdf")
