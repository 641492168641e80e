"""Compression the build does beside each file (tools/compress.py)."""

from __future__ import annotations

from pathlib import Path

from tools import compress


def test_best_brotli_is_kept_by_content(tmp_path: Path) -> None:
    data = bytes(range(256)) * (compress.BIG // 256 + 1)
    first = compress.brotli_bytes(data, cache=tmp_path)
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(b"from the cache")
    assert compress.brotli_bytes(data, cache=tmp_path) == b"from the cache"
    assert first != b"from the cache"
