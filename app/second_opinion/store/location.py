"""Where the saved data lives on each platform."""

from __future__ import annotations

import os
import sys
from pathlib import Path

FILE_NAME = "second-opinion.json"

#: In the page: a folder that ``store.browser`` mounts on IndexedDB.
BROWSER_DATA_DIR = Path("/data")


def in_browser() -> bool:
    """True when running under Pyodide in a web page."""
    return sys.platform == "emscripten"


def data_dir() -> Path:
    """The app-data folder: IndexedDB-backed in the page; the platform's elsewhere.

    ``flet run`` and built mobile/desktop apps set ``FLET_APP_STORAGE_DATA``;
    a plain ``python`` run falls back to the XDG data folder.
    """
    if in_browser():
        return BROWSER_DATA_DIR
    configured = os.environ.get("FLET_APP_STORAGE_DATA")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "second-opinion"


def data_file() -> Path:
    return data_dir() / FILE_NAME
