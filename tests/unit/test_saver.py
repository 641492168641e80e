"""One saver owns "Saving… / Saved / Could not save": no write path can leave "Saving…"."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from second_opinion.state.backup import read_backup
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.state.kinds.medicines import Medicine
from second_opinion.state.kinds.own_words import OwnPhrase
from second_opinion.state.kinds.papers import RecordStatus
from second_opinion.state.patient import PatientData
from second_opinion.state.saver import SaveState
from second_opinion.store.database import Store


class BrokenDisk(Store):
    """Every write fails as a full or refused disk does (``OSError``)."""

    def __init__(self) -> None:
        super().__init__(Store.in_memory()._db)
        self.failing = False

    def _fail(self) -> None:
        if self.failing:
            raise OSError(28, "No space left on device")

    def put(self, table: str, key: str, document: dict[str, object]) -> None:
        self._fail()
        super().put(table, key, document)

    def replace_everything(self, tables: dict[str, dict[str, dict[str, object]]]) -> None:
        self._fail()
        super().replace_everything(tables)

    def drop_everything(self) -> None:
        self._fail()
        super().drop_everything()


class FailingFlush:
    """The write reaches memory but IndexedDB refuses it (quota): the flush raises."""

    async def __call__(self) -> None:
        raise OSError("QuotaExceededError")


Path_ = Callable[[PatientData], Coroutine[Any, Any, bool]]
BACKUP = PatientData(Store.in_memory()).backup().to_json()

PATHS: dict[str, Path_] = {
    "paper status": lambda p: p.papers.set_status("pathology", RecordStatus.HAVE_IT),
    "paper note": lambda p: p.papers.set_note("pathology", "Asked"),
    "step": lambda p: p.steps.set_done("insurance", True),
    "medicine": lambda p: p.medicines.add(Medicine(name="Aspirin")),
    "doctor": lambda p: p.doctors.save(DoctorRole.FIRST, Doctor(name="Dr. Lee")),
    "answer": lambda p: p.answers.set_answer("how_decided", DoctorRole.FIRST, "Because"),
    "own words": lambda p: p.own_words.add(OwnPhrase(text="Slowly, please")),
    "settings": lambda p: p.settings.update(text_scale=1.5),
    "restore": lambda p: p.restore(read_backup(BACKUP)),
    "delete all": lambda p: p.forget_everything(),
}


@pytest.mark.parametrize("path", PATHS, ids=list(PATHS))
def test_a_failed_write_says_could_not_save_on_every_path(path: str) -> None:
    disk = BrokenDisk()
    patient = PatientData(disk)
    disk.failing = True
    assert asyncio.run(PATHS[path](patient)) is False
    assert patient.saver.state is SaveState.FAILED


@pytest.mark.parametrize("path", PATHS, ids=list(PATHS))
def test_a_failed_flush_says_could_not_save_on_every_path(path: str) -> None:
    patient = PatientData(Store(Store.in_memory()._db, FailingFlush()))
    assert asyncio.run(PATHS[path](patient)) is False
    assert patient.saver.state is SaveState.FAILED


@pytest.mark.parametrize("path", PATHS, ids=list(PATHS))
def test_a_good_write_says_saved_on_every_path(path: str) -> None:
    patient = PatientData(Store.in_memory())
    assert asyncio.run(PATHS[path](patient)) is True
    assert patient.saver.state is SaveState.SAVED


def test_a_bug_in_a_write_still_never_leaves_saving_on_screen() -> None:
    patient = PatientData(Store.in_memory())

    def broken(store: Store) -> None:
        raise KeyError("a bug")

    with pytest.raises(KeyError):
        asyncio.run(patient.saver.write(broken))
    assert patient.saver.state is SaveState.FAILED


def test_delete_all_also_resets_the_settings_without_any_screen_help() -> None:
    patient = PatientData(Store.in_memory())
    asyncio.run(patient.settings.update(language="es", text_scale=2.0))
    asyncio.run(patient.medicines.add(Medicine(name="Aspirin")))
    asyncio.run(patient.forget_everything())
    assert patient.settings.value.language is None
    assert patient.settings.value.text_scale == 1.0
    assert patient.medicines.values() == []


class CountingDisk(BrokenDisk):
    """Counts the writes that reach the store."""

    def __init__(self) -> None:
        super().__init__()
        self.puts = 0

    def put(self, table: str, key: str, document: dict[str, object]) -> None:
        self.puts += 1
        super().put(table, key, document)


def test_the_same_status_twice_is_written_once() -> None:
    """Flutter reports one tap on a radio twice; the second changes nothing."""
    disk = CountingDisk()
    patient = PatientData(disk)

    async def tap_twice() -> None:
        await patient.papers.set_status("pathology", RecordStatus.HAVE_IT)
        await patient.papers.set_status("pathology", RecordStatus.HAVE_IT)
        await patient.papers.set_status("pathology", RecordStatus.TO_DO)

    asyncio.run(tap_twice())
    assert disk.puts == 2
    assert patient.saver.state is SaveState.SAVED


def test_the_same_status_after_a_failed_write_is_written_again() -> None:
    disk = CountingDisk()
    patient = PatientData(disk)
    disk.failing = True
    assert asyncio.run(patient.papers.set_status("pathology", RecordStatus.HAVE_IT)) is False
    disk.failing = False
    assert asyncio.run(patient.papers.set_status("pathology", RecordStatus.HAVE_IT)) is True
    assert disk.puts == 2
    assert patient.saver.state is SaveState.SAVED
    assert PatientData(disk).papers.get("pathology").status is RecordStatus.HAVE_IT
