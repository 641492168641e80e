"""A TinyDB storage that never leaves a half-written file behind."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from tinydb.storages import Storage


class AtomicJSONStorage(Storage):
    """JSON on disk, replaced atomically on every write.

    TinyDB's own ``JSONStorage`` truncates and rewrites the file in place, so
    a crash or a page reload mid-write can leave broken JSON. Here a write
    goes to a temporary file first and then replaces the old one in a single
    ``os.replace``: a reader sees the old state or the new one, never a mix.
    """

    def __init__(self, path: str | Path, *, fsync: bool = True) -> None:
        super().__init__()
        self._path = Path(path)
        self._fsync = fsync
        self._last_stamp = 0
        self._path.parent.mkdir(parents=True, exist_ok=True)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            text = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        if not text.strip():
            return None
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("The saved data is not a JSON object.")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        temporary = self._path.with_name(self._path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
            handle.flush()
            if self._fsync:
                os.fsync(handle.fileno())
        os.replace(temporary, self._path)
        self._stamp()

    def _stamp(self) -> None:
        """Give every write a later modification time than the one before.

        Pyodide's IndexedDB sync copies a file only if its time differs from
        the copy's, to the millisecond. Two quick writes in one millisecond
        kept the first one's contents in IndexedDB: "Saved", yet lost.
        """
        stamp = max(time.time_ns(), self._last_stamp + 1_000_000)
        self._last_stamp = stamp
        os.utime(self._path, ns=(stamp, stamp))

    def close(self) -> None:
        """Nothing stays open between writes."""
