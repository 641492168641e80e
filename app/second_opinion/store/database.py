"""The store: the only code that opens TinyDB.

Documents live in named tables and are found by their ``key`` field. Every
change is written at once (atomically, see ``storage.py``); ``saved()``
returns when the change is durable (in the page: copied to IndexedDB).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.storages import MemoryStorage

from second_opinion.store import schema
from second_opinion.store.storage import AtomicJSONStorage

Document = dict[str, Any]
Flush = Callable[[], Awaitable[None]]


async def _nothing_to_flush() -> None:
    return None


class Store:
    """Keyed documents in tables, written through at once."""

    def __init__(self, db: TinyDB, flush: Flush = _nothing_to_flush) -> None:
        self._db = db
        self._flush = flush
        self._migrate()

    @classmethod
    def open_file(cls, path: Path, flush: Flush = _nothing_to_flush, *,
                  fsync: bool = True) -> Store:
        return cls(TinyDB(path, storage=AtomicJSONStorage, fsync=fsync), flush)

    @classmethod
    def in_memory(cls) -> Store:
        """A store that keeps nothing: for tests, and when the browser refuses storage."""
        return cls(TinyDB(storage=MemoryStorage))

    def _migrate(self) -> None:
        storage = self._db.storage
        data = storage.read() or {}
        if schema.version_of(data) != schema.SCHEMA_VERSION or not data:
            storage.write(schema.upgrade(data))
            self._db.clear_cache()

    def get(self, table: str, key: str) -> Document | None:
        found = self._db.table(table).get(Query().key == key)
        return dict(found) if isinstance(found, dict) else None

    def all(self, table: str) -> list[Document]:
        return [dict(document) for document in self._db.table(table).all()]

    def put(self, table: str, key: str, document: Document) -> None:
        """Insert or replace the document with this ``key``."""
        self._db.table(table).upsert({**document, "key": key}, Query().key == key)

    def delete(self, table: str, key: str) -> None:
        self._db.table(table).remove(Query().key == key)

    def drop_everything(self) -> None:
        self._db.drop_tables()
        self._migrate()

    def replace_everything(self, tables: dict[str, dict[str, Document]]) -> None:
        """Replace all data by ``tables`` (table -> key -> document) in one write.

        One atomic write, so a reload in the middle of a restore leaves the
        old data or the new, never half of each.
        """
        data: schema.Data = {
            table: {str(number): {**document, "key": key}
                    for number, (key, document) in enumerate(documents.items(), start=1)}
            for table, documents in tables.items() if documents
        }
        self._db.storage.write(schema.stamped(data))
        self._db.clear_cache()

    async def saved(self) -> None:
        """Wait until every change so far is durable."""
        await self._flush()

    def close(self) -> None:
        self._db.close()
