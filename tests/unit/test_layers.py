"""The layers stay apart: content -> store -> state -> ui.

Like harlequin's import contract: content never imports Flet or TinyDB, only
the store imports TinyDB, and the UI never reaches the store directly.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "second_opinion"


def _imports(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (PACKAGE / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[path.name] = names
    return found


def _offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return [f"{file}: {name}" for file, names in _imports(folder).items()
            for name in names if name.startswith(forbidden)]


def test_content_imports_neither_flet_nor_tinydb() -> None:
    assert _offenders("content", ("flet", "tinydb", "second_opinion.store",
                                  "second_opinion.state", "second_opinion.ui")) == []


def test_only_the_store_imports_tinydb() -> None:
    for layer in ("content", "state", "ui"):
        assert _offenders(layer, ("tinydb",)) == [], layer


def test_ui_never_touches_the_store() -> None:
    assert _offenders("ui", ("second_opinion.store",)) == []


def test_content_loads_without_flet_in_a_fresh_interpreter() -> None:
    code = ("import sys; import second_opinion.content.guide; "
            "assert 'flet' not in sys.modules and 'tinydb' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True,
                   cwd=PACKAGE.parent, env={"PYTHONPATH": str(PACKAGE.parent)})
