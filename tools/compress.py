"""Write ``.br`` and ``.gz`` beside every compressible file of ``dist/``.

A static host (and ``tools/serve.py``) sends them to browsers that accept
them, so a first visit moves far fewer bytes: wasm and JavaScript shrink to
a third or less. Already-compressed files (woff2, png, zip) are left, except
the zips the build stores uncompressed for this (``STORED_ARCHIVES``).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import brotli

COMPRESSIBLE = {".js", ".mjs", ".wasm", ".json", ".html", ".css", ".otf", ".ttf",
                ".webmanifest", ".frag", ".txt", ".svg"}
MIN_SIZE = 1024
APP_ARCHIVE = "app.zip"
#: Zips whose entries are stored, not deflated, so that they are compressed here.
STORED_ARCHIVES = (APP_ARCHIVE, "python_stdlib.zip")
BROTLI_QUALITY = 9
#: Files this big get brotli's best quality, 11: 10-15 % smaller than 9 (about
#: 1.1 MB less on a first visit) for about 20 s a file on this machine, so
#: its output is kept in ``BEST_CACHE`` by content and each file pays once.
BIG = 1_000_000
BEST_QUALITY = 11
BEST_CACHE = Path(__file__).resolve().parents[1] / "build" / "brotli"


def compressible(path: Path) -> bool:
    return (path.suffix in COMPRESSIBLE or path.name in ("NOTICES", *STORED_ARCHIVES)) and \
        path.stat().st_size >= MIN_SIZE


#: The siblings ``compress_file`` writes, by the encoding a browser asks for.
SIBLINGS = {"br": ".br", "gzip": ".gz"}


def sibling(path: Path, encoding: str) -> Path:
    return path.with_name(path.name + SIBLINGS[encoding])


def is_sibling(path: Path) -> bool:
    return path.suffix in SIBLINGS.values()


def brotli_bytes(data: bytes, cache: Path = BEST_CACHE) -> bytes:
    if len(data) < BIG:
        return bytes(brotli.compress(data, quality=BROTLI_QUALITY))
    cached = cache / f"{hashlib.sha256(data).hexdigest()}-q{BEST_QUALITY}.br"
    if cached.is_file():
        return cached.read_bytes()
    best = bytes(brotli.compress(data, quality=BEST_QUALITY))
    cache.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.part")
    partial.write_bytes(best)
    partial.replace(cached)  # whole or absent, even if two builds race
    return best


def compress_file(path: Path) -> None:
    data = path.read_bytes()
    sibling(path, "br").write_bytes(brotli_bytes(data))
    sibling(path, "gzip").write_bytes(gzip.compress(data, 9, mtime=0))


def compress_tree(dist: Path) -> int:
    """Compress every eligible file, biggest first, on every core; return how many."""
    files = sorted((p for p in dist.rglob("*")
                    if p.is_file() and not is_sibling(p) and compressible(p)),
                   key=lambda p: (-p.stat().st_size, p))
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(compress_file, files))
    return len(files)


def zip_files(archive: Path) -> list[tuple[str, bytes]]:
    """Every entry of ``archive`` as (name, content), in the zip's order."""
    with zipfile.ZipFile(archive) as source:
        return [(info.filename, source.read(info)) for info in source.infolist()]


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
