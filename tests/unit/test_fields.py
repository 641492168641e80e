"""One field table per kind: the stored document, the backup reader and form limits follow it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from second_opinion.state.fields import LONG, SHORT, Problem, Record, RecordInvalid, text, uid
from second_opinion.state.kinds import KINDS
from second_opinion.state.kinds.doctors import Doctor
from second_opinion.state.kinds.medicines import Medicine


@dataclass(frozen=True)
class Letter(Record):
    """A kind made up for this test: two lines of table, nothing else."""

    to: str = text(required=True)
    body: str = text(LONG)
    uid: str = uid()


def test_the_table_gives_the_document_and_reads_it_back() -> None:
    letter = Letter(to="Records office", body="Please send 📄 <b>all</b>")
    assert letter.to_doc() == {"to": "Records office", "body": "Please send 📄 <b>all</b>",
                               "uid": letter.uid}
    assert Letter.from_doc(letter.to_doc()) == letter
    assert Letter.parse(letter.to_doc()) == letter


def test_the_table_gives_the_form_its_limits_and_problems() -> None:
    assert Letter.limits() == {"to": SHORT, "body": LONG}
    assert Letter(to=" ", body="x" * (LONG + 1)).problems() == {
        "to": Problem.REQUIRED, "body": Problem.TOO_LONG}
    with pytest.raises(RecordInvalid) as invalid:
        Letter(to="x" * (SHORT + 1)).checked()
    assert invalid.value.problems == {"to": Problem.TOO_LONG}
    assert invalid.value.limits["to"] == SHORT


def test_saved_data_is_read_leniently_but_a_backup_strictly() -> None:
    odd = {"to": 7, "body": None, "uid": "../etc", "extra": "ignored"}
    lenient = Letter.from_doc(odd)
    assert (lenient.to, lenient.body) == ("7", "")
    assert lenient.uid != "../etc"
    for broken in (odd, {"to": "A", "body": 5}, {"to": ""}, {"to": "A", "uid": "a b"}, "text"):
        with pytest.raises((TypeError, ValueError)):
            Letter.parse(broken)


def test_typed_values_follow_the_table_order_without_dates() -> None:
    medicine = Medicine(name="Aspirin", dose="100 mg", when="", note="with food")
    assert medicine.typed_values() == ["Aspirin", "", "100 mg", "", "with food"]
    doctor = Doctor(name="Dr. Lee", phone="555", visit_date="2026-12-03", visit_time="09:00")
    assert doctor.typed_values() == ["Dr. Lee", "", "555"]


def test_dates_and_times_must_have_their_shape_in_a_backup() -> None:
    with pytest.raises(ValueError):
        Doctor.parse({"visit_date": "tomorrow"})
    assert Doctor.parse({"visit_date": "", "visit_time": "09:30"}).visit_time == "09:30"


def test_every_kind_has_its_own_table_and_backup_key() -> None:
    assert len({kind.table for kind in KINDS}) == len(KINDS)
    assert len({kind.backup_key for kind in KINDS}) == len(KINDS)
    for kind in KINDS:
        assert kind.record.table(), kind.record.__name__
