"""Data saved by the app as it landed (tests/data/landed, before the reshaping) opens unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

from second_opinion.state.backup import read_backup
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.state.kinds.medicines import Medicine
from second_opinion.state.kinds.own_words import OwnPhrase
from second_opinion.state.kinds.papers import RecordProgress, RecordStatus
from second_opinion.state.patient import PatientData
from second_opinion.state.settings import Brightness, Contrast, Settings
from second_opinion.store.database import Store

LANDED = Path(__file__).resolve().parents[1] / "data" / "landed"

PAPERS = {
    "pathology": RecordProgress(RecordStatus.HAVE_IT, "Dr. Lee's office 📞 <b>call</b>"),
    "imaging": RecordProgress(RecordStatus.REQUESTED, ""),
    "discharge": RecordProgress(RecordStatus.NOT_NEEDED, ""),
}
MEDICINES = [
    Medicine(name="Sunitinib", dose="50 mg", when="morning", note="<b>with food</b>",
             uid="a1b2c3d4e5f6"),
    Medicine(name="دواء 💊", when="مساءً", uid="b2c3d4e5f6a1"),
]
DOCTORS = {
    "first": Doctor("Dr. Ana Ruiz", "City Hospital", "+1 555-0100", "2026-12-03", "14:30"),
    "second": Doctor("Dr. 王", "", "", "2027-01-15", ""),
}
SETTINGS = Settings(language="es", summary_language="en", text_scale=1.5,
                    contrast=Contrast.HIGH, brightness=Brightness.DARK)


def check(patient: PatientData) -> None:
    assert {key: patient.papers.get(key) for key in PAPERS} == PAPERS
    assert patient.papers.get("surgery") == RecordProgress()
    assert patient.steps.get("insurance").done is True
    assert patient.medicines.values() == MEDICINES
    assert {role: patient.doctors.doctor(DoctorRole(role)) for role in DOCTORS} == DOCTORS
    assert patient.answers.answer("how_decided", DoctorRole.SECOND) == "مراقبة نشطة"
    assert patient.answers.answer("how_decided", DoctorRole.FIRST) == "Line one\nline two"
    assert [p.text for p in patient.own_words.values()] == ["I need a minute.",
                                                            "¿Puede repetirlo? 🙏"]
    assert patient.settings.value == SETTINGS


def test_the_landed_store_opens_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    shutil.copy(LANDED / "store-0.1.0.json", path)
    check(PatientData(Store.open_file(path)))


def test_the_landed_backup_restores_unchanged() -> None:
    import asyncio

    patient = PatientData(Store.in_memory())
    assert asyncio.run(patient.restore(read_backup((LANDED / "backup-0.1.0.json").read_bytes())))
    check(patient)
    check(PatientData(patient.saver.store))


def test_a_backup_made_today_keeps_the_landed_format_and_adds_sections() -> None:
    """Version 2 is version 1 as the landed app wrote it, plus new sections only.

    Each part the landed app wrote is unchanged (a medicine gains only fields
    it ignores, empty ones); the version says what the new sections are.
    """
    import asyncio
    import json

    patient = PatientData(Store.in_memory())
    asyncio.run(patient.restore(read_backup((LANDED / "backup-0.1.0.json").read_bytes())))
    ours = json.loads(patient.backup().to_json())
    landed = json.loads((LANDED / "backup-0.1.0.json").read_bytes())
    assert ours.keys() - landed.keys() == {"questions", "calls", "offices", "letters", "signer"}
    assert landed.keys() <= ours.keys()
    assert (landed["format_version"], ours["format_version"]) == (1, 2)
    for key in landed.keys() - {"made_at", "medicines", "format_version", "settings"}:
        assert ours[key] == landed[key], key
    for mine, theirs in zip(ours["medicines"], landed["medicines"], strict=True):
        assert {k: v for k, v in mine.items() if k in theirs} == theirs
        assert {k: v for k, v in mine.items() if k not in theirs} == {"purpose": ""}
    settings = ours["settings"]
    assert {k: v for k, v in settings.items() if k in landed["settings"]} == landed["settings"]
    assert {k: v for k, v in settings.items() if k not in landed["settings"]} == {
        "summary_both": False}
    assert OwnPhrase.table().keys() == {"text", "uid"}
