"""The saved data's shape version and the steps that upgrade older data.

Each change of shape adds one function to ``MIGRATIONS`` (from version N to
N+1) and a test that opens data written by every earlier version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 1
META_TABLE = "meta"

Data = dict[str, dict[str, Any]]

#: ``MIGRATIONS[n]`` upgrades data of version ``n`` to ``n + 1``.
MIGRATIONS: dict[int, Callable[[Data], Data]] = {}


class NewerDataError(Exception):
    """The data was written by a newer version of the app."""


def version_of(data: Data) -> int:
    meta = data.get(META_TABLE, {})
    for document in meta.values():
        if isinstance(document, dict) and "schema" in document:
            return int(document["schema"])
    return SCHEMA_VERSION if not data else 0


def upgrade(data: Data) -> Data:
    """Bring ``data`` to ``SCHEMA_VERSION`` through each step in order."""
    version = version_of(data)
    if version > SCHEMA_VERSION:
        raise NewerDataError(f"Saved data has version {version}; this app knows {SCHEMA_VERSION}.")
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return stamped(data)


def stamped(data: Data) -> Data:
    """``data`` marked as written in the current shape."""
    data[META_TABLE] = {"1": {"schema": SCHEMA_VERSION}}
    return data
