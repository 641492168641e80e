"""Everything the patient keeps on this phone, as one service.

``PatientData`` holds each kind of record (``state/kinds/``), the settings,
the one ``Saver`` and the notice about unreadable saved data. It is a plain
object, not an observable: components reach it through a context without
listening to it, and listen only to the cells and collections they are
given. Backup, restore and delete-all live here and cover every kind and
the settings, so no screen ever re-syncs a state by hand.

A change is *published* (observers re-render) at once, before it is
durable; only "Saved" waits for the write (docs/flet-web-offline.md,
"Publish a change at once").
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import flet as ft

from second_opinion.state.backup import PatientBackup
from second_opinion.state.collections import KeyedRecords, RecordList
from second_opinion.state.kinds import (
    answers,
    calls,
    doctors,
    letters,
    medicines,
    offices,
    own_words,
    papers,
    questions,
    steps,
)
from second_opinion.state.saver import Saver
from second_opinion.state.settings import (
    SETTINGS_KEY,
    SETTINGS_TABLE,
    DeviceFeatures,
    SettingsState,
)
from second_opinion.store.database import Document, Store
from second_opinion.store.opening import StoreProblem


class DataProblem(StrEnum):
    """``StoreProblem`` in the state's words: the UI never sees a store type."""

    UNREADABLE = StoreProblem.UNREADABLE.value   # a copy was kept, the app starts fresh
    NEWER = StoreProblem.NEWER.value             # written by a newer app: a copy was kept
    NOT_KEPT = StoreProblem.NOT_KEPT.value       # no storage here: nothing will be kept


class SavedDataNotice(ft.Observable):
    """Why saved data could not be read or kept, until the patient has read it."""

    def __init__(self, problem: StoreProblem | None) -> None:
        self.problem = DataProblem(problem.value) if problem else None

    def dismiss(self) -> None:
        self.problem = None


class PatientData:
    def __init__(self, store: Store, device_languages: list[str] | None = None,
                 device: DeviceFeatures | None = None,
                 problem: StoreProblem | None = None) -> None:
        self.saver = Saver(store)
        self.settings = SettingsState(self.saver, device_languages or [], device)
        self.papers = papers.Papers(papers.KIND, self.saver)
        self.steps = steps.Steps(steps.KIND, self.saver)
        self.medicines = medicines.Medicines(medicines.KIND, self.saver)
        self.doctors = doctors.Doctors(doctors.KIND, self.saver)
        self.answers = answers.Answers(answers.KIND, self.saver)
        self.own_words = own_words.OwnWords(own_words.KIND, self.saver)
        self.questions = questions.OwnQuestions(questions.KIND, self.saver)
        self.calls = calls.Calls(calls.KIND, self.saver)
        self.offices = offices.Offices(offices.KIND, self.saver)
        self.letters = letters.Letters(letters.KIND, self.saver)
        self.signer = letters.SignerRecords(letters.SIGNER_KIND, self.saver)
        self.notice = SavedDataNotice(problem)
        self.reload()

    @property
    def collections(self) -> tuple[KeyedRecords[Any] | RecordList[Any], ...]:
        """Every kind's live records, in the order of ``kinds.KINDS``."""
        return (self.papers, self.steps, self.medicines, self.doctors, self.answers,
                self.own_words, self.questions, self.calls, self.offices, self.letters,
                self.signer)

    def reload(self) -> None:
        """Show what the store holds (at start, after a restore or a delete)."""
        store = self.saver.store
        for collection in self.collections:
            collection.load(store)
        self.settings.load(store)

    def backup(self) -> PatientBackup:
        return PatientBackup(
            records={c.kind.backup_key: c.values() for c in self.collections},
            settings=self.settings.value,
        )

    async def restore(self, backup: PatientBackup) -> bool:
        """Replace everything on this phone by ``backup``, in one atomic write."""
        tables = _tables(backup, self)
        saved = await self.saver.write(lambda store: store.replace_everything(tables))
        self.reload()
        return saved

    async def forget_everything(self) -> bool:
        """Delete every record and setting from this phone (the patient asked, and confirmed)."""
        saved = await self.saver.write(lambda store: store.drop_everything())
        self.reload()
        return saved


def _tables(backup: PatientBackup, patient: PatientData) -> dict[str, dict[str, Document]]:
    """The store's documents for ``backup``, in the shape each kind writes."""
    tables = {c.kind.table: c.kind.documents(backup.of(c.kind.backup_key))
              for c in patient.collections}
    return {**tables, SETTINGS_TABLE: {SETTINGS_KEY: backup.settings.to_doc()}}
