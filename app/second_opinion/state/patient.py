"""The patient's records as observable state, with the user's intents.

Each intent changes the state, writes through the store at once and waits
until the change is durable; ``saving`` tells the UI where that stands.
Components only render this state and call these methods.

A change is *published* (observers re-render) at once, before it is
durable. Publishing only once durable made "Saved" some 25 ms quicker, but
after two quick taps on one radio group the screen now and then kept the
first while the store had the second (docs/flet-web-offline.md, "Publish a
change at once").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import flet as ft

from second_opinion.content import guide
from second_opinion.state.backup import PatientBackup
from second_opinion.state.models import (
    MAX_LONG,
    CustomPhrase,
    Doctor,
    DoctorRole,
    Medicine,
    RecordProgress,
    RecordStatus,
    checked,
)
from second_opinion.state.settings import SETTINGS_KEY, Settings
from second_opinion.store.database import Document, Store
from second_opinion.store.opening import StoreProblem

__all__ = ["PatientState", "SaveState", "StoreProblem"]

LIST_KEY = "list"


class SaveState(StrEnum):
    IDLE = "idle"
    SAVING = "saving"
    SAVED = "saved"
    FAILED = "failed"


@ft.observable
@dataclass
class SaveIndicator:
    """Its own observable: "Saving…" redraws only the status, not every screen."""

    state: SaveState = SaveState.IDLE


@ft.observable
@dataclass
class PatientState:
    store: Store
    records: dict[str, RecordProgress] = field(default_factory=dict)
    steps_done: dict[str, bool] = field(default_factory=dict)
    medicines: list[Medicine] = field(default_factory=list)
    doctors: dict[DoctorRole, Doctor] = field(default_factory=dict)
    answers: dict[str, str] = field(default_factory=dict)  # "question:role" -> text
    phrases: list[CustomPhrase] = field(default_factory=list)
    saving: SaveIndicator = field(default_factory=SaveIndicator)
    store_problem: StoreProblem | None = None
    _writes_in_flight: int = field(default=0, init=False, repr=False, compare=False)

    @classmethod
    def load(cls, store: Store, problem: StoreProblem | None = None) -> PatientState:
        state = cls(store=store, store_problem=problem)
        state.reload()
        return state

    def dismiss_store_problem(self) -> None:
        """The user has read the notice about their saved data."""
        self.store_problem = None

    def reload(self) -> None:
        """Read everything from the store (at start, and after an import)."""
        store = self.store
        self.records = {d["key"]: RecordProgress.from_doc(d) for d in store.all("records")}
        self.steps_done = {d["key"]: bool(d.get("done")) for d in store.all("steps")}
        medicines = (store.get("medicines", LIST_KEY) or {}).get("items", [])
        self.medicines = [Medicine.from_doc(d) for d in medicines if isinstance(d, dict)]
        self.doctors = {DoctorRole(d["key"]): Doctor.from_doc(d) for d in store.all("doctors")
                        if d["key"] in {r.value for r in DoctorRole}}
        self.answers = {d["key"]: str(d.get("text", "")) for d in store.all("answers")}
        phrases = (store.get("phrases", LIST_KEY) or {}).get("items", [])
        self.phrases = [CustomPhrase(text=str(p.get("text", "")), uid=str(p.get("uid")))
                        for p in phrases if isinstance(p, dict)]

    @property
    def save_state(self) -> SaveState:
        return self.saving.state

    async def _save(self, table: str, key: str, document: dict[str, Any]) -> None:
        """Write one change; "Saved" only once no other write is still on its way.

        With two quick taps, the first write can finish while the second is
        still going: saying "Saved" then would be a lie if the page closed.
        """
        self.saving.state = SaveState.SAVING
        self._writes_in_flight += 1
        try:
            self.store.put(table, key, document)
            await self.store.saved()
        except OSError:
            self.saving.state = SaveState.FAILED
            raise
        finally:
            self._writes_in_flight -= 1
        if self._writes_in_flight == 0 and self.saving.state is SaveState.SAVING:
            self.saving.state = SaveState.SAVED

    async def forget_everything(self) -> None:
        """Delete every record from this phone (the user asked, and confirmed)."""
        self.saving.state = SaveState.SAVING
        self.store.drop_everything()
        await self.store.saved()
        self.reload()
        self.saving.state = SaveState.IDLE

    # Backup and restore ------------------------------------------------
    def backup(self, settings: Settings) -> PatientBackup:
        return PatientBackup(records=self.records, steps_done=self.steps_done,
                             medicines=self.medicines, doctors=self.doctors,
                             answers=self.answers, phrases=self.phrases, settings=settings)

    async def restore(self, backup: PatientBackup) -> None:
        """Replace everything on this phone by ``backup``, in one write."""
        self.saving.state = SaveState.SAVING
        try:
            self.store.replace_everything(_tables(backup))
            await self.store.saved()
        except OSError:
            self.saving.state = SaveState.FAILED
            raise
        self.reload()
        self.saving.state = SaveState.SAVED

    # Records to gather -------------------------------------------------
    def record(self, record_id: str) -> RecordProgress:
        return self.records.get(record_id, RecordProgress())

    @property
    def records_ready(self) -> int:
        return sum(1 for item in guide.RECORDS if self.record(item.id).status.is_ready)

    async def set_record_status(self, record_id: str, status: RecordStatus) -> None:
        progress = replace(self.record(record_id), status=status)
        self.records = {**self.records, record_id: progress}
        await self._save("records", record_id, progress.to_doc())

    async def set_record_note(self, record_id: str, note: str) -> None:
        progress = replace(self.record(record_id), note=checked(note, MAX_LONG))
        self.records = {**self.records, record_id: progress}
        await self._save("records", record_id, progress.to_doc())

    # Steps to get one --------------------------------------------------
    @property
    def steps_finished(self) -> int:
        return sum(1 for step in guide.STEPS if self.steps_done.get(step.id))

    async def set_step_done(self, step_id: str, done: bool) -> None:
        self.steps_done = {**self.steps_done, step_id: done}
        await self._save("steps", step_id, {"done": done})

    # Medicines -----------------------------------------------------------
    async def _save_medicines(self, medicines: list[Medicine]) -> None:
        self.medicines = medicines
        await self._save("medicines", LIST_KEY, {"items": [m.to_doc() for m in medicines]})

    async def add_medicine(self, medicine: Medicine) -> None:
        await self._save_medicines([*self.medicines, _checked_medicine(medicine)])

    async def update_medicine(self, medicine: Medicine) -> None:
        medicine = _checked_medicine(medicine)
        await self._save_medicines([medicine if m.uid == medicine.uid else m
                                    for m in self.medicines])

    async def remove_medicine(self, uid: str) -> tuple[int, Medicine] | None:
        """Remove one; return (position, medicine) so the UI can offer undo."""
        for index, medicine in enumerate(self.medicines):
            if medicine.uid == uid:
                await self._save_medicines([m for m in self.medicines if m.uid != uid])
                return index, medicine
        return None

    async def restore_medicine(self, index: int, medicine: Medicine) -> None:
        medicines = list(self.medicines)
        medicines.insert(min(index, len(medicines)), medicine)
        await self._save_medicines(medicines)

    async def move_medicine(self, uid: str, offset: int) -> None:
        medicines = list(self.medicines)
        index = next(i for i, m in enumerate(medicines) if m.uid == uid)
        target = max(0, min(len(medicines) - 1, index + offset))
        medicines.insert(target, medicines.pop(index))
        await self._save_medicines(medicines)

    # Doctors ---------------------------------------------------------------
    def doctor(self, role: DoctorRole) -> Doctor:
        return self.doctors.get(role, Doctor())

    async def save_doctor(self, role: DoctorRole, doctor: Doctor) -> None:
        for value in (doctor.name, doctor.place, doctor.phone):
            checked(value)
        self.doctors = {**self.doctors, role: doctor}
        await self._save("doctors", role.value, doctor.to_doc())

    # Answers ---------------------------------------------------------------
    def answer(self, question_id: str, role: DoctorRole) -> str:
        return self.answers.get(f"{question_id}:{role.value}", "")

    async def set_answer(self, question_id: str, role: DoctorRole, text: str) -> None:
        key = f"{question_id}:{role.value}"
        self.answers = {**self.answers, key: checked(text, MAX_LONG)}
        await self._save("answers", key, {"question": question_id, "role": role.value,
                                          "text": text})

    # The patient's own phrases --------------------------------------------
    async def _save_phrases(self, phrases: list[CustomPhrase]) -> None:
        self.phrases = phrases
        await self._save("phrases", LIST_KEY,
                         {"items": [{"uid": p.uid, "text": p.text} for p in phrases]})

    async def add_phrase(self, text: str) -> None:
        await self._save_phrases([*self.phrases, CustomPhrase(text=_checked_phrase(text))])

    async def edit_phrase(self, uid: str, text: str) -> None:
        _checked_phrase(text)
        await self._save_phrases([replace(p, text=text) if p.uid == uid else p
                                  for p in self.phrases])

    async def remove_phrase(self, uid: str) -> tuple[int, CustomPhrase] | None:
        for index, phrase in enumerate(self.phrases):
            if phrase.uid == uid:
                await self._save_phrases([p for p in self.phrases if p.uid != uid])
                return index, phrase
        return None

    async def restore_phrase(self, index: int, phrase: CustomPhrase) -> None:
        phrases = list(self.phrases)
        phrases.insert(min(index, len(phrases)), phrase)
        await self._save_phrases(phrases)


def _tables(backup: PatientBackup) -> dict[str, dict[str, Document]]:
    """The store's documents for ``backup``, in the shape each intent above writes."""
    return {
        "records": {key: progress.to_doc() for key, progress in backup.records.items()},
        "steps": {key: {"done": done} for key, done in backup.steps_done.items()},
        "medicines": {LIST_KEY: {"items": [m.to_doc() for m in backup.medicines]}},
        "doctors": {role.value: doctor.to_doc() for role, doctor in backup.doctors.items()},
        "answers": {key: {"question": key.partition(":")[0], "role": key.partition(":")[2],
                          "text": text} for key, text in backup.answers.items()},
        "phrases": {LIST_KEY: {"items": [{"uid": p.uid, "text": p.text}
                                         for p in backup.phrases]}},
        "settings": {SETTINGS_KEY: backup.settings.to_doc()},
    }


def _checked_phrase(text: str) -> str:
    if not text.strip():
        raise ValueError("empty")
    return checked(text, MAX_LONG)


def _checked_medicine(medicine: Medicine) -> Medicine:
    if not medicine.name.strip():
        raise ValueError("name")
    for value in (medicine.name, medicine.dose, medicine.when):
        checked(value)
    checked(medicine.note, MAX_LONG)
    return medicine
