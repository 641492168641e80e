"""Keep the data folder of the page in IndexedDB (Pyodide's IDBFS).

Pyodide's file system lives in memory and is gone on reload. Mounting IDBFS
on the data folder and calling ``FS.syncfs`` copies it to IndexedDB: once at
start (IndexedDB -> memory) and after every write (memory -> IndexedDB).
Only imported under Pyodide.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any


def _fs() -> Any:
    import pyodide_js  # type: ignore[import-not-found]

    return pyodide_js.FS


async def _syncfs(populate: bool) -> None:
    from pyodide.ffi import create_once_callable  # type: ignore[import-not-found]

    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()

    def finished(error: Any = None) -> None:
        if done.done():
            return
        if error:
            done.set_exception(OSError(f"IndexedDB sync failed: {error}"))
        else:
            done.set_result(None)

    _fs().syncfs(populate, create_once_callable(finished))
    await done


async def mount(folder: Path) -> None:
    """Mount IndexedDB on ``folder`` and load what was saved there."""
    fs = _fs()
    fs.mkdirTree(str(folder))
    fs.mount(fs.filesystems.IDBFS, {}, str(folder))
    await _syncfs(populate=True)


class BrowserSync:
    """Copies the data folder to IndexedDB, one sync at a time.

    Emscripten warns against overlapping syncs; a burst of edits becomes at
    most one running sync plus one queued after it.
    """

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._pending = 0

    async def flush(self) -> None:
        self._pending += 1
        async with self._lock:
            if self._pending == 0:
                return
            self._pending = 0
            await _syncfs(populate=False)
