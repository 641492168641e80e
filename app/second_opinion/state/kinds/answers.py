"""Each doctor's answer to each of the guide's questions."""

from __future__ import annotations

from dataclasses import dataclass

from second_opinion.state.collections import Cell, KeyedKind, KeyedRecords
from second_opinion.state.fields import LONG, Record, text
from second_opinion.state.kinds.doctors import DoctorRole


@dataclass(frozen=True)
class Answer(Record):
    """What one doctor said to one question."""

    text: str = text(LONG)


KIND = KeyedKind(Answer, table="answers", backup_key="answers", backup_field="text")


def answer_key(question_id: str, role: DoctorRole) -> str:
    return f"{question_id}:{role.value}"


class Answers(KeyedRecords[Answer]):
    def answer_cell(self, question_id: str, role: DoctorRole) -> Cell[Answer]:
        return self.cell(answer_key(question_id, role))

    def answer(self, question_id: str, role: DoctorRole) -> str:
        return self.get(answer_key(question_id, role)).text

    async def set_answer(self, question_id: str, role: DoctorRole, text: str) -> bool:
        return await self.put(answer_key(question_id, role), Answer(text=text))
