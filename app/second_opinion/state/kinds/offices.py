"""The offices a patient calls besides the doctors: the insurance plan and the records office."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from second_opinion.state.collections import KeyedKind, KeyedRecords
from second_opinion.state.fields import Record, text


class OfficeRole(StrEnum):
    INSURANCE = "insurance"
    RECORDS = "records"


@dataclass(frozen=True)
class Office(Record):
    name: str = text()
    phone: str = text()
    address: str = text(500)


def is_office(key: str) -> bool:
    return key in {role.value for role in OfficeRole}


KIND = KeyedKind(Office, table="offices", backup_key="offices", valid_key=is_office)


class Offices(KeyedRecords[Office]):
    def office(self, role: OfficeRole) -> Office:
        return self.get(role.value)

    async def save(self, role: OfficeRole, office: Office) -> bool:
        return await self.put(role.value, office)
