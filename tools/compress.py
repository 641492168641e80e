"""Write ``.br`` and ``.gz`` beside every compressible file of ``dist/``.

A static host (and ``tools/serve.py``) sends them to browsers that accept
them, so a first visit moves far fewer bytes: wasm and JavaScript shrink to
a third or less. Already-compressed files (woff2, png, zip) are left, except
the zips the build stores uncompressed for this (``STORED_ARCHIVES``).
"""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

import brotli

COMPRESSIBLE = {".js", ".mjs", ".wasm", ".json", ".html", ".css", ".otf", ".ttf",
                ".webmanifest", ".frag", ".txt", ".svg"}
MIN_SIZE = 1024
APP_ARCHIVE = "app.zip"
#: Zips whose entries are stored, not deflated, so that they are compressed here.
STORED_ARCHIVES = (APP_ARCHIVE, "python_stdlib.zip")
#: Brotli quality 11 costs minutes for 40 MB on two cores; 9 is within a few percent.
BROTLI_QUALITY = 9


def compressible(path: Path) -> bool:
    return (path.suffix in COMPRESSIBLE or path.name in ("NOTICES", *STORED_ARCHIVES)) and \
        path.stat().st_size >= MIN_SIZE


#: The siblings ``compress_file`` writes, by the encoding a browser asks for.
SIBLINGS = {"br": ".br", "gzip": ".gz"}


def sibling(path: Path, encoding: str) -> Path:
    return path.with_name(path.name + SIBLINGS[encoding])


def is_sibling(path: Path) -> bool:
    return path.suffix in SIBLINGS.values()


def compress_file(path: Path) -> None:
    data = path.read_bytes()
    sibling(path, "br").write_bytes(brotli.compress(data, quality=BROTLI_QUALITY))
    sibling(path, "gzip").write_bytes(gzip.compress(data, 9, mtime=0))


def compress_tree(dist: Path) -> int:
    """Compress every eligible file; return how many."""
    files = sorted(p for p in dist.rglob("*")
                   if p.is_file() and not is_sibling(p) and compressible(p))
    for path in files:
        compress_file(path)
    return len(files)


def write_stored_zip(target: Path, files: list[tuple[str, bytes]]) -> None:
    """Write a reproducible, *uncompressed* zip: fixed order, times and modes.

    Stored, not deflated: the server sends it brotli-compressed as a whole
    (``compress_tree``), 1.45 MB where a tar.gz was 1.78 MB, and the browser
    decompresses it natively instead of zlib running in Pyodide.
    """
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
