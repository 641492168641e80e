"""The visit summary: every part, typed text exactly as typed, dates through Babel."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from second_opinion.content import guide
from second_opinion.i18n.translator import Translator
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.state.kinds.medicines import Medicine
from second_opinion.state.kinds.papers import RecordStatus
from second_opinion.state.patient import PatientData
from second_opinion.state.visit_summary import VisitSummary
from second_opinion.store.database import Store

DAY = date(2026, 3, 14)
TYPED = "دواء 💊 <b>x</b> & \"quotes\""


def filled_patient() -> PatientData:
    patient = PatientData(Store.in_memory())

    async def fill() -> None:
        await patient.papers.set_status("pathology", RecordStatus.HAVE_IT)
        await patient.papers.set_note("pathology", "Dr. Lee's office 📞")
        await patient.medicines.add(Medicine(name="Sunitinib", dose="50 mg", when="morning",
                                            note=TYPED))
        await patient.medicines.add(Medicine(name="Amlodipine", purpose="blood pressure"))
        await patient.doctors.save(DoctorRole.FIRST, Doctor(
            name="Dr. Ana Ruiz", place="City Hospital", phone="555-0100",
            visit_date="2026-12-03", visit_time="14:30"))
        await patient.answers.set_answer("how_decided", DoctorRole.FIRST, "Surgery first 🙂")
        await patient.answers.set_answer("how_decided", DoctorRole.SECOND, "مراقبة نشطة <b>x</b>")

    asyncio.run(fill())
    return patient


@pytest.fixture
def summary() -> VisitSummary:
    return VisitSummary.of(filled_patient(), made_on=DAY)


def test_text_has_every_part_in_order(summary: VisitSummary) -> None:
    text = summary.to_text(Translator("en"))
    parts = ["Visit summary", "Made on March 14, 2026", "Papers", "Medicines", "Doctors",
             "Questions and answers",
             "Made with the Second Opinion app. It does not replace a doctor's advice."]
    positions = [text.index(part) for part in parts]
    assert positions == sorted(positions)
    assert text.splitlines()[0] == "Visit summary"
    assert text.rstrip().splitlines()[-1] == parts[-1]


def test_papers_show_status_and_note(summary: VisitSummary) -> None:
    text = summary.to_text(Translator("en"))
    assert "- Pathology report: I have it\n  Note: Dr. Lee's office 📞\n" in text
    assert "- Scan reports and pictures: To do\n" in text
    assert all(item.title in text for item in guide.RECORDS)


def test_medicine_parts_joined_and_typed_text_kept_exactly(summary: VisitSummary) -> None:
    text = summary.to_text(Translator("en"))
    assert f"- Sunitinib — 50 mg — morning — {TYPED}\n" in text
    assert "- Amlodipine — blood pressure\n" in text, "a new table field shows with no change here"
    assert "&amp;" not in text and "&lt;" not in text


def test_doctors_with_visit_date_and_time(summary: VisitSummary) -> None:
    text = summary.to_text(Translator("en"))
    assert "- First doctor: Dr. Ana Ruiz, City Hospital, 555-0100\n" in text
    assert "  Visit: December 3, 2026 at 2:30\u202fPM\n" in text
    assert "Second-opinion doctor:" not in text.split("Questions and answers")[0]


def test_answers_by_doctor_name_or_role(summary: VisitSummary) -> None:
    text = summary.to_text(Translator("en"))
    assert ("- How did you choose this treatment plan?\n"
            "  Dr. Ana Ruiz: Surgery first 🙂\n"
            "  Second-opinion doctor: مراقبة نشطة <b>x</b>\n") in text
    assert "  Second-opinion doctor: No answer yet\n" in text
    assert all(question.text in text for question in guide.QUESTIONS)


@pytest.mark.parametrize("code,month", [("de", "Dezember"), ("fr", "décembre"),
                                        ("es", "diciembre")])
def test_dates_follow_the_summary_language_not_the_app(
        summary: VisitSummary, code: str, month: str) -> None:
    text = summary.to_text(Translator(code))
    assert month in text
    assert "December" not in text


def test_empty_patient_says_what_is_missing() -> None:
    summary = VisitSummary.of(PatientData(Store.in_memory()), made_on=DAY)
    text = summary.to_text(Translator("en"))
    assert "- No medicines listed yet.\n" in text
    assert "- No doctors saved yet.\n" in text
    assert text.count("No answer yet") == 2 * len(guide.QUESTIONS)


def test_built_from_plain_values() -> None:
    summary = VisitSummary(made_on=DAY, medicines=(Medicine(name="A"),),
                           doctors=((DoctorRole.SECOND, Doctor(visit_time="09:05")),))
    text = summary.to_text(Translator("en"))
    assert "- A\n" in text
    assert "- Second-opinion doctor: —\n  Visit: 9:05\u202fAM\n" in text
    assert "No doctors saved yet." not in text


def test_unreadable_visit_date_is_shown_as_saved() -> None:
    summary = VisitSummary(made_on=DAY, doctors=((DoctorRole.FIRST, Doctor(
        name="B", visit_date="next Tuesday")),))
    assert "  Visit: next Tuesday\n" in summary.to_text(Translator("en"))


def test_sections_match_the_text(summary: VisitSummary) -> None:
    t = Translator("en")
    text = summary.to_text(t)
    for section in summary.sections(t):
        assert f"\n{section.title}\n" in text
        for item in section.items:
            assert f"- {item.title}\n" in text
