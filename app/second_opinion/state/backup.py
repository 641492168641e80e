"""A backup file of everything the patient saved, and reading one back.

The file is JSON in the app's own shape, not the store's: it names a format
and its version, so an app of any later version can read it. Reading is
strict. A file that is too big, is not JSON, is not ours, comes from a newer
app or holds anything out of shape is refused as a whole with the reason,
and nothing changes; every text is checked against the limits typing has.
Each kind of record reads and writes its own part (``kinds.KINDS``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from second_opinion.state.kinds import KINDS
from second_opinion.state.settings import Settings

FORMAT = "second-opinion-backup"
#: 2 added the patient's own questions, calls, offices and letters. A version 1
#: file has none of them and reads with those empty.
FORMAT_VERSION = 2
#: A full backup is a few hundred KB at most; anything far bigger is not ours.
MAX_BYTES = 2_000_000
SETTINGS = "settings"


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
    """Everything the patient saved: each kind's records by its backup key, and the settings."""

    records: dict[str, Any] = field(default_factory=dict)
    settings: Settings = field(default_factory=Settings)
    made_at: str = ""

    def of(self, backup_key: str) -> Any:
        """One kind's records (a dict or a list), empty if the file had none."""
        kind = next(kind for kind in KINDS if kind.backup_key == backup_key)
        return self.records.get(backup_key, kind.empty())

    def to_json(self, now: datetime | None = None) -> bytes:
        made_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        document: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "made_at": made_at,
            **{kind.backup_key: kind.to_backup(self.of(kind.backup_key)) for kind in KINDS},
            SETTINGS: self.settings.to_doc(),
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
    records = {kind.backup_key: kind.parse_backup(document.get(kind.backup_key, kind.empty()))
               for kind in KINDS}
    settings = document.get(SETTINGS, {})
    if not isinstance(settings, dict):
        raise TypeError(SETTINGS)
    made_at = document.get("made_at", "")
    return PatientBackup(records, Settings.from_doc(settings),
                         made_at if isinstance(made_at, str) else "")
