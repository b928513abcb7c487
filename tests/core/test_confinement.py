"""Paths named by inputs stay inside the folders the user chose (issue 15, class 4)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chipsmith.core.errors import InputError
from chipsmith.core.files import confined_path, read_regular, safe_file_name

pytestmark = pytest.mark.attack


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "secret").write_text("CANARY\n")
    work = tmp_path / "a" / "b" / "c"
    (work / "sub").mkdir(parents=True)
    (work / "net.cir").write_text("* mine\n")
    (work / "sub" / "inner.cir").write_text("* mine too\n")
    return work


@pytest.mark.parametrize("name", ["../../../secret", "sub/../../../../secret", "ABS"])
def test_dotdot_and_absolute_names_leading_out_are_refused(tree: Path, name: str) -> None:
    name = str(tree.parents[2] / "secret") if name == "ABS" else name
    with pytest.raises(InputError, match=r"p\.yaml: netlist: .* leads outside"):
        confined_path(name, tree, key="netlist", where=str(tree / "p.yaml"))


def test_a_symlink_out_is_refused_and_one_inside_is_followed(tree: Path) -> None:
    (tree / "link.cir").symlink_to(tree.parents[2] / "secret")
    with pytest.raises(InputError, match="leads outside"):
        confined_path("link.cir", tree, key="netlist", where="p.yaml")
    (tree / "dirlink").symlink_to(tree.parents[2], target_is_directory=True)
    with pytest.raises(InputError, match="leads outside"):
        confined_path("dirlink/secret", tree, key="netlist", where="p.yaml")
    (tree / "alias.cir").symlink_to("sub/inner.cir")
    assert confined_path("alias.cir", tree, key="netlist", where="p.yaml") == (tree / "sub" / "inner.cir").resolve()
    assert confined_path("net.cir", tree, key="netlist", where="p.yaml") == (tree / "net.cir").resolve()


def test_a_directory_the_user_named_is_also_allowed(tree: Path) -> None:
    other = tree.parents[2]
    assert confined_path("../../../secret", tree, key="netlist", where="p.yaml", roots=[other]) == (other / "secret").resolve()


def test_fifo_control_characters_and_missing_files_are_refused(tree: Path) -> None:
    os.mkfifo(tree / "pipe.cir")
    with pytest.raises(InputError, match="not a regular file"):
        confined_path("pipe.cir", tree, key="netlist", where="p.yaml")
    with pytest.raises(InputError, match="U\\+000A"):
        confined_path("net.cir\n", tree, key="netlist", where="p.yaml")
    with pytest.raises(InputError, match="not found"):
        confined_path("nope.cir", tree, key="netlist", where="p.yaml")


def test_read_regular_refuses_links_fifos_and_oversize(tree: Path) -> None:
    (tree / "link.cir").symlink_to(tree / "net.cir")
    with pytest.raises(InputError, match="symbolic link"):
        read_regular(tree / "link.cir", max_bytes=100, what="x")
    os.mkfifo(tree / "pipe")
    with pytest.raises(InputError, match="not a regular file"):  # and it did not block
        read_regular(tree / "pipe", max_bytes=100, what="x")
    with pytest.raises(InputError, match="limit"):
        read_regular(tree / "net.cir", max_bytes=3, what="x")
    assert read_regular(tree / "net.cir", max_bytes=100, what="x") == b"* mine\n"


def test_safe_file_name_drops_directories_and_invisible_characters() -> None:
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("evil\u202ev.ppa") == "evil_v.ppa"
    assert safe_file_name("a\nb\r.v") == "a_b_.v"
    assert safe_file_name("...") == "upload"
