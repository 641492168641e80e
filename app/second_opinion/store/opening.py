"""Open the store where this platform keeps app data, whatever state it is in.

The app must start even when its data cannot be read: it then keeps a copy
of what it found (never deletes it), starts with an empty store, and says so.
Where the browser gives no storage (private mode, quota), the app runs on an
in-memory store for the session and says nothing will be kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from second_opinion.store.database import Store
from second_opinion.store.location import data_file, in_browser
from second_opinion.store.schema import NewerDataError


class StoreProblem(StrEnum):
    UNREADABLE = "unreadable"   # broken file: a copy was kept, the app starts fresh
    NEWER = "newer"             # written by a newer app: a copy was kept
    NOT_KEPT = "not_kept"       # no storage here: nothing will be kept after this visit


@dataclass(frozen=True)
class OpenedStore:
    store: Store
    problem: StoreProblem | None = None
    kept_copy: Path | None = None


def keep_aside(path: Path) -> Path:
    """Move an unreadable file next to itself under a dated name; return the new path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.unreadable-{stamp}{path.suffix}")
    path.replace(target)
    return target


def open_file_safely(path: Path,
                     open_file: Callable[[Path], Store] = Store.open_file) -> OpenedStore:
    """Open ``path``; if it cannot be read, keep it aside and start an empty store."""
    try:
        return OpenedStore(open_file(path))
    except NewerDataError:
        problem = StoreProblem.NEWER
    except (ValueError, UnicodeDecodeError, KeyError, TypeError):
        problem = StoreProblem.UNREADABLE  # json.JSONDecodeError is a ValueError
    kept = keep_aside(path)
    return OpenedStore(open_file(path), problem, kept)


async def open_store() -> OpenedStore:
    """The patient's store: IndexedDB-backed in the page, a file elsewhere."""
    path = data_file()
    if not in_browser():
        return open_file_safely(path)
    from second_opinion.store import browser

    try:
        await browser.mount(path.parent)
    except OSError:
        return OpenedStore(Store.in_memory(), StoreProblem.NOT_KEPT)
    sync = browser.BrowserSync()
    # The in-memory file system gains nothing from fsync; IndexedDB is the disk.
    return open_file_safely(path, lambda p: Store.open_file(p, sync.flush, fsync=False))
