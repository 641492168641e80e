"""Papers to gather: where the patient is with each of the guide's papers, and a note."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from second_opinion.content import guide
from second_opinion.state.collections import KeyedKind, KeyedRecords
from second_opinion.state.fields import LONG, Record, choice, text


class RecordStatus(StrEnum):
    """Where the patient is with one paper to bring."""

    TO_DO = "to_do"
    REQUESTED = "requested"
    HAVE_IT = "have_it"
    NOT_NEEDED = "not_needed"

    @property
    def is_ready(self) -> bool:
        """Ready means nothing more to do: in hand, or not needed for me."""
        return self in (RecordStatus.HAVE_IT, RecordStatus.NOT_NEEDED)


@dataclass(frozen=True)
class RecordProgress(Record):
    status: RecordStatus = choice(RecordStatus.TO_DO)
    note: str = text(LONG)


KIND = KeyedKind(RecordProgress, table="records", backup_key="records")


class Papers(KeyedRecords[RecordProgress]):
    """One ``RecordProgress`` per paper of the guide, keyed by the paper's id."""

    @property
    def ready(self) -> int:
        return sum(1 for item in guide.RECORDS if self.get(item.id).status.is_ready)

    def to_gather(self) -> tuple[guide.RecordItem, ...]:
        """The guide's papers not in hand nor ruled out, in the guide's order: what
        the records office is asked for, the calendar's notes list, a letter names."""
        return tuple(item for item in guide.RECORDS if not self.get(item.id).status.is_ready)

    async def set_status(self, paper_id: str, status: RecordStatus) -> bool:
        return await self.put(paper_id, replace(self.get(paper_id), status=status))

    async def set_note(self, paper_id: str, note: str) -> bool:
        return await self.put(paper_id, replace(self.get(paper_id), note=note))
