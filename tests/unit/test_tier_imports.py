"""No file imports a test module: shared helpers live in helper modules.

A test module (``test_*.py``) or a ``conftest.py`` that others import from
is a hidden dependency: pytest may collect it twice, and moving or renaming
a test breaks unrelated ones. Helpers that tests share live in modules such
as ``tests/e2e/journeys.py`` and ``tests/e2e/driver.py``; fixtures reach
tests through pytest, never through an import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


def is_test_module(module: str) -> bool:
    last = module.rsplit(".", 1)[-1]
    return module.split(".")[0] == "tests" and (last.startswith("test_") or last == "conftest")


def package_of(path: Path) -> list[str]:
    return list(path.relative_to(ROOT).with_suffix("").parts[:-1])


def imported_modules(source: str, path: Path) -> list[tuple[int, str]]:
    """(line, dotted module) for every import in ``source``, even inside a function.

    ``from pkg import name`` yields both ``pkg`` and ``pkg.name``: ``name``
    may be a module. Relative imports are resolved against ``path``.
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = package_of(path)
                base = package[:len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def offenders(source: str, path: Path) -> list[str]:
    where = path.relative_to(ROOT)
    return [f"{where}:{line} imports {module}"
            for line, module in imported_modules(source, path) if is_test_module(module)]


def test_no_file_under_tests_imports_a_test_module_or_conftest() -> None:
    found = [offence for path in sorted(TESTS.rglob("*.py"))
             for offence in offenders(path.read_text(encoding="utf-8"), path)]
    assert found == [], "move shared helpers out of test modules:\n" + "\n".join(found)


@pytest.mark.parametrize("source", [
    "from tests.e2e.test_medicines_doctors import add_medicine",
    "from tests.e2e.conftest import PHONE",
    "import tests.e2e.test_foundation",
    "from tests.e2e import test_accessibility",
    "from tests.unit import conftest",
    "from .test_fault_injection import shown",
    "from . import conftest",
    "def f():\n    from tests.e2e.test_accessibility import SCREENS\n",
])
def test_the_check_sees_every_way_to_import_a_test_module(source: str) -> None:
    assert offenders(source, TESTS / "e2e" / "test_example.py") != []


@pytest.mark.parametrize("source", [
    "from tests.e2e.journeys import add_medicine",
    "from tests.e2e.driver import AppDriver",
    "from . import journeys",
    "from tools.build import build",
    "import pytest",
    "from second_opinion.state import testing_helpers",
])
def test_helper_modules_may_be_imported(source: str) -> None:
    assert offenders(source, TESTS / "e2e" / "test_example.py") == []
