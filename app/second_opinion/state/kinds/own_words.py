"""The patient's own words for asking, beside the guide's."""

from __future__ import annotations

from dataclasses import dataclass

from second_opinion.state.collections import ListKind, RecordList
from second_opinion.state.fields import LONG, Record, text, uid


@dataclass(frozen=True)
class OwnPhrase(Record):
    text: str = text(LONG, required=True)
    uid: str = uid()


KIND = ListKind(OwnPhrase, table="phrases", backup_key="phrases")


class OwnWords(RecordList[OwnPhrase]):
    def words(self, uid: str) -> str | None:
        cell = self.find(uid)
        return cell.value.text if cell else None
