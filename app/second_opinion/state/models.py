"""The patient's own records, as plain typed values (no Flet, no TinyDB)."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

#: Longest text we keep in one field; longer input gets a message, not a crash.
MAX_SHORT = 200
MAX_LONG = 4000


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
class RecordProgress:
    status: RecordStatus = RecordStatus.TO_DO
    note: str = ""

    def to_doc(self) -> dict[str, Any]:
        return {"status": self.status.value, "note": self.note}

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> RecordProgress:
        try:
            status = RecordStatus(doc.get("status", RecordStatus.TO_DO.value))
        except ValueError:
            status = RecordStatus.TO_DO
        return cls(status=status, note=str(doc.get("note", "")))


def new_uid() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class Medicine:
    name: str
    dose: str = ""
    when: str = ""
    note: str = ""
    uid: str = field(default_factory=new_uid)

    def to_doc(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Medicine:
        return cls(**{k: str(doc.get(k, "")) for k in ("name", "dose", "when", "note")},
                   uid=str(doc.get("uid") or new_uid()))


class DoctorRole(StrEnum):
    FIRST = "first"
    SECOND = "second"


@dataclass(frozen=True)
class Doctor:
    name: str = ""
    place: str = ""
    phone: str = ""
    visit_date: str = ""   # ISO date, e.g. "2026-12-03"; empty if not set
    visit_time: str = ""   # "HH:MM", 24-hour; empty if not set

    def to_doc(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Doctor:
        return cls(**{k: str(doc.get(k, "")) for k in
                      ("name", "place", "phone", "visit_date", "visit_time")})


@dataclass(frozen=True)
class Answer:
    """What one doctor said to one question."""

    question_id: str
    role: DoctorRole
    text: str


@dataclass(frozen=True)
class CustomPhrase:
    text: str
    uid: str = field(default_factory=new_uid)


class InputTooLong(ValueError):
    """Text over the limit; the UI says so and keeps what was typed."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def checked(text: str, limit: int = MAX_SHORT) -> str:
    """Text exactly as typed, or ``InputTooLong``. Nothing is escaped or trimmed inside."""
    if len(text) > limit:
        raise InputTooLong(limit)
    return text
