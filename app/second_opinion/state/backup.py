"""A backup file of everything the patient saved, and reading one back.

The file is JSON in the app's own shape, not the store's: it names a format
and its version, so an app of any later version can read it. Reading is
strict. A file that is too big, is not JSON, is not ours, comes from a newer
app or holds anything out of shape is refused as a whole with the reason,
and nothing changes; every text is checked against the limits typing has.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from second_opinion.state.models import (
    MAX_LONG,
    MAX_SHORT,
    CustomPhrase,
    Doctor,
    DoctorRole,
    Medicine,
    RecordProgress,
    RecordStatus,
)
from second_opinion.state.settings import Settings

FORMAT = "second-opinion-backup"
FORMAT_VERSION = 1
#: A full backup is a few hundred KB at most; anything far bigger is not ours.
MAX_BYTES = 2_000_000
MAX_ITEMS = 500
_ID = re.compile(r"^[A-Za-z0-9_:.-]{1,80}$")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})?$")
_TIME = re.compile(r"^(\d{2}:\d{2})?$")


class BackupProblem(StrEnum):
    TOO_BIG = "too_big"
    NOT_A_BACKUP = "not_a_backup"   # not JSON, or JSON that is not our backup
    NEWER = "newer"                 # made by a newer version of the app
    DAMAGED = "damaged"             # our backup, but something in it is out of shape


class BackupError(ValueError):
    def __init__(self, problem: BackupProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem


@dataclass(frozen=True)
class PatientBackup:
    """Everything the patient saved, as typed values."""

    records: dict[str, RecordProgress] = field(default_factory=dict)
    steps_done: dict[str, bool] = field(default_factory=dict)
    medicines: list[Medicine] = field(default_factory=list)
    doctors: dict[DoctorRole, Doctor] = field(default_factory=dict)
    answers: dict[str, str] = field(default_factory=dict)
    phrases: list[CustomPhrase] = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)
    made_at: str = ""

    def to_json(self, now: datetime | None = None) -> bytes:
        made_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        document = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "made_at": made_at,
            "records": {key: value.to_doc() for key, value in self.records.items()},
            "steps_done": self.steps_done,
            "medicines": [medicine.to_doc() for medicine in self.medicines],
            "doctors": {role.value: doctor.to_doc() for role, doctor in self.doctors.items()},
            "answers": self.answers,
            "phrases": [{"uid": p.uid, "text": p.text} for p in self.phrases],
            "settings": self.settings.to_doc(),
        }
        return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def file_name(today: datetime) -> str:
    return f"second-opinion-backup-{today:%Y-%m-%d}.json"


def read_backup(raw: bytes) -> PatientBackup:
    """The backup in ``raw``, or ``BackupError`` saying why it cannot be used."""
    if len(raw) > MAX_BYTES:
        raise BackupError(BackupProblem.TOO_BIG)
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BackupError(BackupProblem.NOT_A_BACKUP, type(error).__name__) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BackupError(BackupProblem.NOT_A_BACKUP)
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BackupError(BackupProblem.DAMAGED, "format_version")
    if version > FORMAT_VERSION:
        raise BackupError(BackupProblem.NEWER)
    try:
        return _parse(document)
    except (TypeError, ValueError, KeyError) as error:
        raise BackupError(BackupProblem.DAMAGED, str(error)) from None


def _parse(document: dict[str, Any]) -> PatientBackup:
    records = {_id(key): RecordProgress(RecordStatus(_text(doc, "status", MAX_SHORT)),
                                        _text(doc, "note", MAX_LONG))
               for key, doc in _mapping(document, "records").items()}
    steps = {_id(key): _bool(done) for key, done in _mapping(document, "steps_done").items()}
    medicines = [Medicine(name=_text(doc, "name", MAX_SHORT, required=True),
                          dose=_text(doc, "dose", MAX_SHORT), when=_text(doc, "when", MAX_SHORT),
                          note=_text(doc, "note", MAX_LONG), uid=_id(_text(doc, "uid", 80)))
                 for doc in _items(document, "medicines")]
    doctors = {DoctorRole(role): _doctor(doc)
               for role, doc in _mapping(document, "doctors").items()}
    answers = {_id(key): _checked(text, MAX_LONG)
               for key, text in _mapping(document, "answers").items()}
    phrases = [CustomPhrase(text=_text(doc, "text", MAX_LONG, required=True),
                            uid=_id(_text(doc, "uid", 80)))
               for doc in _items(document, "phrases")]
    settings = document.get("settings", {})
    if not isinstance(settings, dict):
        raise TypeError("settings")
    made_at = document.get("made_at", "")
    return PatientBackup(records, steps, medicines, doctors, answers, phrases,
                         Settings.from_doc(settings), made_at if isinstance(made_at, str) else "")


def _doctor(doc: Any) -> Doctor:
    doctor = Doctor(**{name: _text(doc, name, MAX_SHORT)
                       for name in ("name", "place", "phone", "visit_date", "visit_time")})
    if not _DATE.match(doctor.visit_date) or not _TIME.match(doctor.visit_time):
        raise ValueError("visit date or time")
    return doctor


def _mapping(document: dict[str, Any], name: str) -> dict[str, Any]:
    value = document.get(name, {})
    if not isinstance(value, dict) or len(value) > MAX_ITEMS:
        raise TypeError(name)
    return value


def _items(document: dict[str, Any], name: str) -> list[Any]:
    value = document.get(name, [])
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise TypeError(name)
    return value


def _text(doc: Any, name: str, limit: int, *, required: bool = False) -> str:
    if not isinstance(doc, dict):
        raise TypeError(name)
    value = doc.get(name, "")
    if required and not (isinstance(value, str) and value.strip()):
        raise ValueError(name)
    return _checked(value, limit)


def _checked(value: Any, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("text")
    return value


def _id(value: Any) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise ValueError("id")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("bool")
    return value
