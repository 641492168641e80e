"""Calls: the log of each call the patient made for their second opinion."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from second_opinion.state.collections import ListKind, RecordList
from second_opinion.state.fields import LONG, Record, choice, flag, text, uid
from second_opinion.state.kinds.doctors import DATE_PATTERN, TIME_PATTERN


class CallTopic(StrEnum):
    """Whom the call was to: the calls a second opinion takes, and any other."""

    INSURANCE = "insurance"
    RECORDS = "records"
    SECOND_OFFICE = "second_office"
    OTHER = "other"


@dataclass(frozen=True)
class Call(Record):
    topic: CallTopic = choice(CallTopic.INSURANCE)
    day: str = text(pattern=DATE_PATTERN)
    time: str = text(pattern=TIME_PATTERN)
    who: str = text()
    reference: str = text()
    said: str = text(LONG)
    next_step: str = text(LONG)
    next_done: bool = flag()
    uid: str = uid()


KIND = ListKind(Call, table="calls", backup_key="calls")


class Calls(RecordList[Call]):
    """The log, newest first as the patient adds them; ticking a next step off."""

    async def log(self, call: Call) -> bool:
        """A new call goes on top: the latest is what the patient looks for."""
        return await self._save([call.checked(), *self.values()])

    async def set_next_done(self, uid: str, done: bool) -> bool:
        cell = self.find(uid)
        if cell is None:
            return False
        return await self.update(replace(cell.value, next_done=done))

    @property
    def steps_left(self) -> int:
        return sum(1 for call in self.values() if call.next_step and not call.next_done)
