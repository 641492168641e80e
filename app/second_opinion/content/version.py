"""The app's version, shown on About so a patient or a helper can say which one they have.

The build writes it into the app archive (``second_opinion/VERSION``) from
``pyproject.toml``; run from the source tree, it is read from there.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

PACKAGE_VERSION = Path(__file__).resolve().parents[1] / "VERSION"
PYPROJECT = Path(__file__).resolve().parents[3] / "pyproject.toml"


@cache
def app_version() -> str:
    if PACKAGE_VERSION.is_file():
        return PACKAGE_VERSION.read_text(encoding="utf-8").strip()
    if PYPROJECT.is_file():
        found = re.search(r'^version = "([^"]+)"', PYPROJECT.read_text(encoding="utf-8"), re.M)
        if found:
            return found.group(1)
    return "?"
