"""The layers stay apart: content and i18n -> store -> state -> ui.

The import contracts live in ``pyproject.toml`` (import-linter, run by
``make lint``). What import-linter cannot see is checked here: a name the
UI imports from the state must not be a store type passed on (re-exported),
and the lower layers must load without Flet in a fresh interpreter (as the
build tools and a fast start need).
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "second_opinion"


def _imported_names(folder: str) -> list[tuple[str, str, str]]:
    """(file, module, name) for every ``from second_opinion… import name`` under ``folder``."""
    found = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("second_"):
                found += [(path.name, node.module or "", alias.name) for alias in node.names]
    return found


def test_the_ui_gets_no_store_type_through_a_re_export() -> None:
    leaks = []
    for file, module, name in _imported_names("ui"):
        value = getattr(importlib.import_module(module), name, None)
        origin = getattr(value, "__module__", None) or getattr(value, "__name__", "")
        if str(origin).startswith("second_opinion.store"):
            leaks.append(f"{file}: {module}.{name} comes from {origin}")
    assert leaks == []


def test_content_and_i18n_load_without_flet_in_a_fresh_interpreter() -> None:
    code = ("import sys; import second_opinion.content.guide, second_opinion.i18n.translator; "
            "assert 'flet' not in sys.modules and 'tinydb' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True,
                   cwd=PACKAGE.parent, env={"PYTHONPATH": str(PACKAGE.parent)})
