"""Doctors and visits: the first doctor and the second-opinion doctor."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from second_opinion.state.collections import KeyedKind, KeyedRecords
from second_opinion.state.fields import Record, text

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"   # ISO date, e.g. "2026-12-03"
TIME_PATTERN = r"^\d{2}:\d{2}$"         # "HH:MM", 24-hour


class DoctorRole(StrEnum):
    FIRST = "first"
    SECOND = "second"


@dataclass(frozen=True)
class Doctor(Record):
    name: str = text()
    place: str = text()
    phone: str = text()
    visit_date: str = text(pattern=DATE_PATTERN)
    visit_time: str = text(pattern=TIME_PATTERN)

    @property
    def is_empty(self) -> bool:
        return not any(self.to_doc().values())


def is_role(key: str) -> bool:
    return key in {role.value for role in DoctorRole}


KIND = KeyedKind(Doctor, table="doctors", backup_key="doctors", valid_key=is_role)


class Doctors(KeyedRecords[Doctor]):
    def doctor(self, role: DoctorRole) -> Doctor:
        return self.get(role.value)

    async def save(self, role: DoctorRole, doctor: Doctor) -> bool:
        return await self.put(role.value, doctor)
