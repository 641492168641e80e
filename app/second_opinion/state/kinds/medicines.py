"""My medicines: the list the patient shows each doctor, in their own order."""

from __future__ import annotations

from dataclasses import dataclass

from second_opinion.state.collections import ListKind, RecordList
from second_opinion.state.fields import LONG, Record, text, uid


@dataclass(frozen=True)
class Medicine(Record):
    name: str = text(required=True)
    purpose: str = text()
    dose: str = text()
    when: str = text()
    note: str = text(LONG)
    uid: str = uid()


KIND = ListKind(Medicine, table="medicines", backup_key="medicines")


class Medicines(RecordList[Medicine]):
    """Add, change, move and remove (with undo): the intents are ``RecordList``'s."""
