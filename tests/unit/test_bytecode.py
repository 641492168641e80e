"""Swapping sources for bytecode in a zip, without Node (tools/bytecode.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tools import bytecode, compress


def make_zip(path: Path, files: dict[str, bytes]) -> None:
    compress.write_stored_zip(path, sorted(files.items()))


def test_each_compiled_source_is_replaced_and_the_rest_kept(tmp_path: Path) -> None:
    archive = tmp_path / "app.zip"
    make_zip(archive, {"main.py": b"print(1)", "pkg/__init__.py": b"", "pkg/later.py": b"x = 1",
                       "pkg/data.dat": b"\x00data"})
    bytecode.swap_in(archive, {"main.py": b"MAIN", "pkg/__init__.py": b"INIT"})
    with zipfile.ZipFile(archive) as opened:
        found = {name: opened.read(name) for name in opened.namelist()}
    assert found == {"main.pyc": b"MAIN", "pkg/__init__.pyc": b"INIT", "pkg/later.py": b"x = 1",
                     "pkg/data.dat": b"\x00data"}


def test_a_module_the_zip_does_not_hold_stops_the_build(tmp_path: Path) -> None:
    archive = tmp_path / "app.zip"
    make_zip(archive, {"main.py": b""})
    with pytest.raises(bytecode.BytecodeError, match="gone.py"):
        bytecode.swap_in(archive, {"gone.py": b"X"})

