"""The two shapes a kind of record comes in, and how each is stored and backed up.

- ``KeyedKind``: one record per fixed key (a paper's id, a doctor's role);
  the store keeps one document per key.
- ``ListKind``: a list the patient orders (medicines, their own words);
  the store keeps the whole list in one document, so its order is one write.

Each kind is a value (``KIND`` in its module) that reads the store, writes
documents and reads and writes its part of a backup file. The live,
observable side is ``KeyedRecords`` and ``RecordList``:

- every record sits in its own ``Cell``. A component that shows one record
  takes the cell as its argument: Flet then redraws it when that record
  changes, and it reads what it shows from ``cell.value`` at that moment. It
  is never given the record itself, so it cannot draw an old copy;
- the collection is observable too (``revision``): a component that shows a
  count or the list's order takes the collection;
- intents (``put``, ``add``, ``move``…) are plain methods: calling them
  subscribes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import flet as ft

from second_opinion.state.fields import Record, is_id
from second_opinion.state.saver import Saver
from second_opinion.store.database import Document, Store

R = TypeVar("R", bound=Record)
LIST_KEY = "list"
#: Most records of one kind a backup file may hold; far more is not ours.
MAX_ITEMS = 500


class Cell(ft.Observable, Generic[R]):
    """One record; components given a cell redraw when it changes."""

    def __init__(self, value: R) -> None:
        self.value = value


@dataclass(frozen=True)
class KeyedKind(Generic[R]):
    record: type[R]
    table: str
    backup_key: str
    #: The backup keeps only this field's value per key (``{"insurance": true}``).
    backup_field: str | None = None
    valid_key: Callable[[str], bool] = is_id

    def read_store(self, store: Store) -> dict[str, R]:
        return {doc["key"]: self.record.from_doc(doc) for doc in store.all(self.table)
                if isinstance(doc.get("key"), str) and self.valid_key(doc["key"])}

    def documents(self, values: dict[str, R]) -> dict[str, Document]:
        return {key: record.to_doc() for key, record in values.items()}

    def to_backup(self, values: dict[str, R]) -> dict[str, Any]:
        if self.backup_field is None:
            return self.documents(values)
        return {key: record.to_doc()[self.backup_field] for key, record in values.items()}

    def parse_backup(self, section: Any) -> dict[str, R]:
        if not isinstance(section, dict) or len(section) > MAX_ITEMS:
            raise TypeError(self.backup_key)
        if not all(isinstance(key, str) and self.valid_key(key) for key in section):
            raise ValueError(f"{self.backup_key}: key")
        field = self.backup_field
        return {key: self.record.parse({field: value} if field else value)
                for key, value in section.items()}

    def empty(self) -> dict[str, R]:
        return {}


@dataclass(frozen=True)
class ListKind(Generic[R]):
    record: type[R]
    table: str
    backup_key: str

    def read_store(self, store: Store) -> list[R]:
        items = (store.get(self.table, LIST_KEY) or {}).get("items", [])
        return [self.record.from_doc(doc) for doc in items if isinstance(doc, dict)]

    def documents(self, values: list[R]) -> dict[str, Document]:
        return {LIST_KEY: {"items": self.to_backup(values)}}

    def to_backup(self, values: list[R]) -> list[dict[str, Any]]:
        return [record.to_doc() for record in values]

    def parse_backup(self, section: Any) -> list[R]:
        if not isinstance(section, list) or len(section) > MAX_ITEMS:
            raise TypeError(self.backup_key)
        return [self.record.parse(doc) for doc in section]

    def empty(self) -> list[R]:
        return []


AnyKind = KeyedKind[Any] | ListKind[Any]


class KeyedRecords(ft.Observable, Generic[R]):
    """The live records of a ``KeyedKind``; a key never set reads as the default record."""

    def __init__(self, kind: KeyedKind[R], saver: Saver) -> None:
        self.kind = kind
        self.revision = 0
        self._saver = saver
        self._cells: dict[str, Cell[R]] = {}
        self._set: set[str] = set()

    def cell(self, key: str) -> Cell[R]:
        if key not in self._cells:
            self._cells[key] = Cell(self.kind.record())
        return self._cells[key]

    def get(self, key: str) -> R:
        return self.cell(key).value

    def values(self) -> dict[str, R]:
        """Every record that was ever set, by key."""
        return {key: self._cells[key].value for key in sorted(self._set)}

    def load(self, store: Store) -> None:
        """Show what the store holds; cells are kept, so components keep listening."""
        found = self.kind.read_store(store)
        for key in set(self._cells) | set(found):
            self.cell(key).value = found.get(key, self.kind.record())
        self._set = set(found)
        self.revision += 1

    async def put(self, key: str, record: R) -> bool:
        """Keep ``record`` under ``key``; ``RecordInvalid`` (nothing changes) if it can't be."""
        record = record.checked()
        if key in self._set and self.cell(key).value == record and not self._saver.failed:
            return True  # e.g. one tap on a radio reported twice: nothing to redraw or write
        self.cell(key).value = record
        self._set.add(key)
        self.revision += 1
        document = record.to_doc()
        return await self._saver.write(lambda store: store.put(self.kind.table, key, document))


@dataclass(frozen=True)
class Removed(Generic[R]):
    """What ``remove`` took away and where, so the patient can undo it."""

    index: int
    record: R


def _uid(record: Record) -> str:
    """A listed record's own id: every ``ListKind`` record has a ``uid()`` field."""
    return str(getattr(record, "uid", ""))


class RecordList(ft.Observable, Generic[R]):
    """The live records of a ``ListKind``, in the patient's order."""

    def __init__(self, kind: ListKind[R], saver: Saver) -> None:
        self.kind = kind
        self.revision = 0
        self._saver = saver
        self._cells: list[Cell[R]] = []

    @property
    def cells(self) -> tuple[Cell[R], ...]:
        return tuple(self._cells)

    def values(self) -> list[R]:
        return [cell.value for cell in self._cells]

    def find(self, uid: str) -> Cell[R] | None:
        return next((cell for cell in self._cells if _uid(cell.value) == uid), None)

    def load(self, store: Store) -> None:
        self._replace_cells(self.kind.read_store(store))

    def _replace_cells(self, records: list[R]) -> None:
        """The list in this order; a record that stays keeps its cell."""
        old = {_uid(cell.value): cell for cell in self._cells}
        cells = []
        for record in records:
            cell = old.get(_uid(record)) or Cell(record)
            cell.value = record
            cells.append(cell)
        self._cells = cells
        self.revision += 1

    async def _save(self, records: list[R]) -> bool:
        self._replace_cells(records)
        documents = self.kind.documents(records)
        return await self._saver.write(
            lambda store: store.put(self.kind.table, LIST_KEY, documents[LIST_KEY]))

    async def add(self, record: R) -> bool:
        return await self._save([*self.values(), record.checked()])

    async def update(self, record: R) -> bool:
        record = record.checked()
        uid = _uid(record)
        return await self._save([record if _uid(old) == uid else old
                                 for old in self.values()])

    async def remove(self, uid: str) -> Removed[R] | None:
        """Take one away; the answer lets the UI offer undo."""
        records = self.values()
        for index, record in enumerate(records):
            if _uid(record) == uid:
                await self._save(records[:index] + records[index + 1:])
                return Removed(index, record)
        return None

    async def put_back(self, removed: Removed[R]) -> bool:
        records = self.values()
        records.insert(min(removed.index, len(records)), removed.record)
        return await self._save(records)

    async def move(self, uid: str, offset: int) -> bool:
        records = self.values()
        index = next((i for i, r in enumerate(records) if _uid(r) == uid), None)
        if index is None:
            return False
        target = max(0, min(len(records) - 1, index + offset))
        records.insert(target, records.pop(index))
        return await self._save(records)
