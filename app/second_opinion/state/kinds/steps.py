"""Steps to get a second opinion: which of the guide's steps the patient has done."""

from __future__ import annotations

from dataclasses import dataclass

from second_opinion.content import guide
from second_opinion.state.collections import KeyedKind, KeyedRecords
from second_opinion.state.fields import Record, flag


@dataclass(frozen=True)
class Step(Record):
    done: bool = flag()


KIND = KeyedKind(Step, table="steps", backup_key="steps_done", backup_field="done")


class Steps(KeyedRecords[Step]):
    @property
    def finished(self) -> int:
        return sum(1 for step in guide.STEPS if self.get(step.id).done)

    async def set_done(self, step_id: str, done: bool) -> bool:
        return await self.put(step_id, Step(done=done))
