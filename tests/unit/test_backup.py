"""Backup files: what the app writes reads back the same; anything else is refused whole."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from second_opinion.state.backup import (
    FORMAT,
    FORMAT_VERSION,
    MAX_BYTES,
    BackupError,
    BackupProblem,
    read_backup,
)
from second_opinion.state.kinds.calls import Call, CallTopic
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.state.kinds.letters import LetterKind, Signer
from second_opinion.state.kinds.medicines import Medicine
from second_opinion.state.kinds.offices import Office, OfficeRole
from second_opinion.state.kinds.own_words import OwnPhrase
from second_opinion.state.kinds.papers import RecordStatus
from second_opinion.state.kinds.questions import Audience, OwnQuestion
from second_opinion.state.patient import PatientData
from second_opinion.state.settings import Contrast, Settings
from second_opinion.store.database import Store

STORES = Path(__file__).resolve().parents[1] / "data" / "stores"
TYPED = "دواء 💊 <b>x</b> & \"quotes\" \u200f"


def filled() -> PatientData:
    patient = PatientData(Store.in_memory())

    async def fill() -> None:
        await patient.papers.set_status("pathology", RecordStatus.HAVE_IT)
        await patient.papers.set_note("pathology", TYPED)
        await patient.steps.set_done("insurance", True)
        await patient.medicines.add(Medicine(name="Sunitinib", dose="50 mg", note=TYPED))
        await patient.medicines.add(Medicine(name="Paracetamol"))
        await patient.doctors.save(DoctorRole.SECOND, Doctor(
            name="Dr. Amal حداد", phone="+1 555", visit_date="2027-03-14", visit_time="14:30"))
        await patient.answers.set_answer("how_decided", DoctorRole.FIRST, TYPED)
        await patient.own_words.add(OwnPhrase(text="Please speak slowly 🙏"))
        await patient.questions.add(OwnQuestion(question=TYPED, audience=Audience.SECOND,
                                                second_answer="Yes, " + TYPED))
        await patient.calls.log(Call(topic=CallTopic.INSURANCE, day="2026-12-01",
                                     time="09:15", reference="A-77 ✓", said=TYPED,
                                     next_step="Send the form", next_done=True))
        await patient.offices.save(OfficeRole.RECORDS, Office(name="Records", phone="555"))
        await patient.letters.set_language(LetterKind.RECORDS, "es")
        await patient.letters.set_text(LetterKind.RECORDS, TYPED)
        await patient.signer.save(Signer(name="Ana ♥", birth_date="3/4/1961"))

    asyncio.run(fill())
    return patient


def contents(patient: PatientData) -> tuple[Any, ...]:
    return tuple(collection.values() for collection in patient.collections)


def restored(raw: bytes) -> PatientData:
    patient = PatientData(Store.in_memory())
    asyncio.run(patient.restore(read_backup(raw)))
    return patient


def test_a_backup_restores_everything_on_another_phone() -> None:
    patient = filled()
    mine = Settings(language="ar", text_scale=1.75, contrast=Contrast.HIGH)
    asyncio.run(patient.settings.update(**vars(mine)))
    raw = patient.backup().to_json()
    other = restored(raw)
    assert contents(other) == contents(patient)
    assert other.settings.value == mine, "settings come back without any screen's help"
    reopened = PatientData(other.saver.store)
    assert contents(reopened) == contents(patient)
    assert reopened.settings.value == mine


def test_the_file_says_what_it_is_and_keeps_text_readable() -> None:
    document = json.loads(filled().backup().to_json())
    assert document["format"] == FORMAT and document["format_version"] == FORMAT_VERSION
    assert document["made_at"]
    assert "دواء 💊 <b>x</b> &" in filled().backup().to_json().decode("utf-8")


def test_restore_replaces_what_was_there() -> None:
    patient = filled()
    empty = PatientData(Store.in_memory()).backup().to_json()
    asyncio.run(patient.restore(read_backup(empty)))
    assert all(not values for values in contents(patient))


def test_a_version_1_file_still_restores_with_the_new_kinds_empty() -> None:
    """Files made before questions, calls and letters existed (format version 1)."""
    document = valid_document()
    for key in ("questions", "calls", "offices", "letters", "signer"):
        del document[key]
    document["format_version"] = 1
    patient = restored(json.dumps(document).encode())
    assert patient.medicines.values()[0].name == "Sunitinib"
    assert patient.questions.values() == [] and patient.calls.values() == []
    assert patient.letters.values() == {} and patient.signer.values() == {}


def valid_document() -> dict[str, Any]:
    return json.loads(filled().backup().to_json())


def broken(change: Any) -> bytes:
    document = valid_document()
    change(document)
    return json.dumps(document).encode()


@pytest.mark.parametrize(("raw", "problem"), [
    (b"", BackupProblem.NOT_A_BACKUP),
    (b"\xff\xfe\x00binary", BackupProblem.NOT_A_BACKUP),
    (broken(lambda d: None)[:300], BackupProblem.NOT_A_BACKUP),  # cut short
    (b"[1, 2, 3]", BackupProblem.NOT_A_BACKUP),
    (b'{"format": "someone-else", "format_version": 1}', BackupProblem.NOT_A_BACKUP),
    (b"[" * 100_000 + b"]" * 100_000, BackupProblem.NOT_A_BACKUP),
    (b'{"format": "second-opinion-backup", "format_version": 3}', BackupProblem.NEWER),
    (b'{"format": "second-opinion-backup", "format_version": "1"}', BackupProblem.DAMAGED),
    (b'{"format": "second-opinion-backup", "format_version": true}', BackupProblem.DAMAGED),
    (b" " * (MAX_BYTES + 1), BackupProblem.TOO_BIG),
    (broken(lambda d: d["medicines"][0].update(name=["<script>"])), BackupProblem.DAMAGED),
    (broken(lambda d: d["medicines"][0].update(name="")), BackupProblem.DAMAGED),
    (broken(lambda d: d["medicines"][0].update(note="x" * 4001)), BackupProblem.DAMAGED),
    (broken(lambda d: d["medicines"].extend([d["medicines"][0]] * 501)), BackupProblem.DAMAGED),
    (broken(lambda d: d["records"]["pathology"].update(status="burnt")), BackupProblem.DAMAGED),
    (broken(lambda d: d["records"].update({"../../etc": {"status": "to_do"}})),
     BackupProblem.DAMAGED),
    (broken(lambda d: d["doctors"].update(third={})), BackupProblem.DAMAGED),
    (broken(lambda d: d["doctors"]["second"].update(visit_date="tomorrow")),
     BackupProblem.DAMAGED),
    (broken(lambda d: d.update(steps_done={"insurance": "yes"})), BackupProblem.DAMAGED),
    (broken(lambda d: d.update(answers=[])), BackupProblem.DAMAGED),
    (broken(lambda d: d.update(settings="dark")), BackupProblem.DAMAGED),
])
def test_a_bad_file_is_refused_and_changes_nothing(raw: bytes, problem: BackupProblem) -> None:
    patient = filled()
    before = contents(patient)
    with pytest.raises(BackupError) as refused:
        asyncio.run(patient.restore(read_backup(raw)))
    assert refused.value.problem is problem
    assert contents(patient) == before
    assert contents(PatientData(patient.saver.store)) == before


def test_data_written_by_every_earlier_version_opens(tmp_path: Path) -> None:
    """One file per schema version the app ever wrote (tests/data/stores/vN.json)."""
    versions = sorted(STORES.glob("v*.json"))
    assert versions, "add a vN.json for each schema version"
    for written in versions:
        path = tmp_path / written.name
        shutil.copy(written, path)
        patient = PatientData(Store.open_file(path))
        assert patient.papers.get("pathology").status is RecordStatus.HAVE_IT
        assert patient.medicines.values()[0].note == "<b>with food</b>"
        assert patient.doctors.doctor(DoctorRole.FIRST).visit_time == "14:30"
        assert patient.answers.answer("how_decided", DoctorRole.SECOND) == "مراقبة نشطة"
        assert patient.own_words.values()[0].text == "I need a minute."
        assert patient.settings.value.text_scale == 1.5


# Property-based: any text a person can type, and any JSON a file can hold ----------

typed_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)


@settings(max_examples=60, deadline=None)
@given(name=typed_text.filter(str.strip), note=typed_text, answer=typed_text,
       phrase=typed_text.filter(str.strip))
def test_any_typed_text_survives_store_and_backup(name: str, note: str, answer: str,
                                                  phrase: str) -> None:
    patient = PatientData(Store.in_memory())

    async def fill() -> None:
        await patient.medicines.add(Medicine(name=name[:200], note=note))
        await patient.answers.set_answer("together", DoctorRole.SECOND, answer)
        await patient.papers.set_note("imaging", note)
        await patient.own_words.add(OwnPhrase(text=phrase))

    asyncio.run(fill())
    again = restored(patient.backup().to_json())
    assert contents(again) == contents(patient)
    assert again.medicines.values()[0].name == name[:200]
    assert again.answers.answer("together", DoctorRole.SECOND) == answer


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | typed_text,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(typed_text, children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(extra=st.dictionaries(
    st.sampled_from(["records", "steps_done", "medicines", "doctors", "answers", "phrases",
                     "settings", "format_version", "made_at"]), json_values, max_size=4))
def test_any_json_is_either_a_backup_or_a_clear_refusal(extra: dict[str, Any]) -> None:
    document = {"format": FORMAT, "format_version": FORMAT_VERSION, **extra}
    raw = json.dumps(document).encode()
    try:
        backup = read_backup(raw)
    except BackupError as refused:
        assert refused.problem in BackupProblem
        return
    patient = PatientData(Store.in_memory())
    asyncio.run(patient.restore(backup))
    assert contents(PatientData(patient.saver.store)) == contents(patient)


@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=2000))
def test_any_bytes_are_refused_without_a_crash(raw: bytes) -> None:
    with pytest.raises(BackupError):
        read_backup(raw)


def test_delete_all_empties_every_kind_here_and_after_a_restart() -> None:
    patient = filled()
    assert all(values for values in contents(patient)), "every kind has something to delete"
    asyncio.run(patient.forget_everything())
    assert all(not values for values in contents(patient))
    assert all(not values for values in contents(PatientData(patient.saver.store)))


def test_the_patient_holds_every_kind_in_the_order_of_kinds() -> None:
    """``PatientData`` lists its kinds by hand beside ``kinds.KINDS``: they must agree."""
    from second_opinion.state.kinds import KINDS

    assert [c.kind for c in PatientData(Store.in_memory()).collections] == list(KINDS)
