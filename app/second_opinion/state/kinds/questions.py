"""My questions: the patient's own questions, who they are for, and each doctor's answer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from second_opinion.state.collections import ListKind, RecordList
from second_opinion.state.fields import LONG, Record, choice, text, uid
from second_opinion.state.kinds.doctors import DoctorRole

#: A question is a sentence or two; an answer can be long.
QUESTION_LIMIT = 1000


class Audience(StrEnum):
    """Which doctor the patient means to ask."""

    FIRST = "first"
    SECOND = "second"
    BOTH = "both"

    def asks(self, role: DoctorRole) -> bool:
        return self is Audience.BOTH or self.value == role.value


@dataclass(frozen=True)
class OwnQuestion(Record):
    question: str = text(QUESTION_LIMIT, required=True)
    audience: Audience = choice(Audience.BOTH)
    first_answer: str = text(LONG)
    second_answer: str = text(LONG)
    uid: str = uid()

    def answer(self, role: DoctorRole) -> str:
        return self.first_answer if role is DoctorRole.FIRST else self.second_answer


#: The field that holds each doctor's answer.
ANSWER_FIELDS = {DoctorRole.FIRST: "first_answer", DoctorRole.SECOND: "second_answer"}

KIND = ListKind(OwnQuestion, table="questions", backup_key="questions")


class OwnQuestions(RecordList[OwnQuestion]):
    """Add, change, move and remove (with undo) are ``RecordList``'s; answers are here."""

    async def set_answer(self, uid: str, role: DoctorRole, answer: str) -> bool:
        cell = self.find(uid)
        if cell is None:
            return False
        if role is DoctorRole.FIRST:
            return await self.update(replace(cell.value, first_answer=answer))
        return await self.update(replace(cell.value, second_answer=answer))

    async def set_audience(self, uid: str, audience: Audience) -> bool:
        cell = self.find(uid)
        if cell is None or cell.value.audience is audience:
            return cell is not None
        return await self.update(replace(cell.value, audience=audience))

    def has(self, words: str) -> bool:
        """Whether this question is on the list already (a suggestion added twice)."""
        return any(cell.value.question == words for cell in self.cells)
