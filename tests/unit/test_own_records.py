"""The patient's own questions, their calls and their letters: state and words, no screen."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from second_opinion.content import letters as letter_words
from second_opinion.i18n.translator import Translator
from second_opinion.state.fields import LONG, RecordInvalid
from second_opinion.state.kinds.calls import Call, CallTopic
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.state.kinds.letters import LetterKind, Signer
from second_opinion.state.kinds.medicines import Medicine
from second_opinion.state.kinds.offices import Office, OfficeRole
from second_opinion.state.kinds.papers import RecordStatus
from second_opinion.state.kinds.questions import Audience, OwnQuestion
from second_opinion.state.letter_text import BLANK, LetterFacts, write_letter
from second_opinion.state.patient import PatientData
from second_opinion.state.visit_summary import VisitSummary
from second_opinion.store.database import Store

TYPED = "سؤال 🙂 <b>bold?</b> & \"quotes\""
DAY = date(2026, 12, 1)
EN, ES = Translator("en"), Translator("es")


def run(coroutine: object) -> object:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


@pytest.fixture
def patient() -> PatientData:
    return PatientData(Store.in_memory())


# My questions ---------------------------------------------------------------

def test_own_questions_keep_each_doctors_answer_and_survive_a_restart(
        patient: PatientData) -> None:
    first = OwnQuestion(question=TYPED)
    second = OwnQuestion(question="Is there a trial for me?", audience=Audience.SECOND)
    run(patient.questions.add(first))
    run(patient.questions.add(second))
    run(patient.questions.set_answer(first.uid, DoctorRole.FIRST, "Yes " + TYPED))
    run(patient.questions.set_answer(first.uid, DoctorRole.SECOND, "No"))
    run(patient.questions.move(second.uid, -1))
    reopened = PatientData(patient.saver.store).questions.values()
    assert [q.question for q in reopened] == ["Is there a trial for me?", TYPED]
    assert (reopened[1].first_answer, reopened[1].second_answer) == ("Yes " + TYPED, "No")
    assert reopened[0].audience is Audience.SECOND


def test_a_removed_question_comes_back_in_its_place_with_its_answers(
        patient: PatientData) -> None:
    for words in ("one", "two", "three"):
        run(patient.questions.add(OwnQuestion(question=words, first_answer=words + "!")))
    middle = patient.questions.values()[1]
    removed = run(patient.questions.remove(middle.uid))
    assert [q.question for q in patient.questions.values()] == ["one", "three"]
    run(patient.questions.put_back(removed))  # type: ignore[arg-type]
    assert patient.questions.values()[1] == middle


def test_a_question_too_long_or_empty_is_refused_and_nothing_changes(
        patient: PatientData) -> None:
    with pytest.raises(RecordInvalid) as refused:
        run(patient.questions.add(OwnQuestion(question="x" * 1001)))
    assert refused.value.problems == {"question": "too_long"}
    with pytest.raises(RecordInvalid):
        run(patient.questions.add(OwnQuestion(question="   ")))
    run(patient.questions.add(OwnQuestion(question="ok")))
    uid = patient.questions.values()[0].uid
    with pytest.raises(RecordInvalid):
        run(patient.questions.set_answer(uid, DoctorRole.FIRST, "x" * (LONG + 1)))
    assert patient.questions.values()[0].first_answer == ""


def test_audience_says_which_doctors_are_asked() -> None:
    assert Audience.BOTH.asks(DoctorRole.FIRST) and Audience.BOTH.asks(DoctorRole.SECOND)
    assert Audience.FIRST.asks(DoctorRole.FIRST) and not Audience.FIRST.asks(DoctorRole.SECOND)
    assert not Audience.SECOND.asks(DoctorRole.FIRST)


# Calls ----------------------------------------------------------------------

def test_a_logged_call_goes_on_top_and_its_next_step_can_be_ticked_off(
        patient: PatientData) -> None:
    run(patient.calls.log(Call(topic=CallTopic.RECORDS, who="Sam")))
    run(patient.calls.log(Call(topic=CallTopic.INSURANCE, day="2026-12-01", time="09:15",
                               who="Maria", reference="REF-123 ✓", said=TYPED,
                               next_step="Send the referral form")))
    newest = patient.calls.values()[0]
    assert newest.who == "Maria" and patient.calls.steps_left == 1
    run(patient.calls.set_next_done(newest.uid, True))
    reopened = PatientData(patient.saver.store).calls
    assert reopened.values()[0].next_done and reopened.steps_left == 0
    assert reopened.values()[0].said == TYPED


def test_a_call_shows_in_the_summary_with_its_reference_and_step(
        patient: PatientData) -> None:
    run(patient.calls.log(Call(topic=CallTopic.INSURANCE, day="2026-12-01", time="09:15",
                               who="Maria", reference="REF-123", said=TYPED,
                               next_step="Send the form", next_done=True)))
    text = VisitSummary.of(patient, made_on=DAY).to_text(EN)
    assert "- Health insurance plan: December 1, 2026 at 9:15\u202fAM\n" in text
    assert "  Spoke with: Maria\n  Reference number: REF-123\n" in text
    assert f"  What they said: {TYPED}\n  Next step: Send the form (Done)\n" in text


def test_own_questions_show_in_the_summary_with_the_doctors_asked(
        patient: PatientData) -> None:
    run(patient.doctors.save(DoctorRole.SECOND, Doctor(name="Dr. Wang 王")))
    run(patient.questions.add(OwnQuestion(question=TYPED, audience=Audience.SECOND,
                                          second_answer="Yes")))
    text = VisitSummary.of(patient, made_on=DAY).to_text(EN)
    assert f"My questions\n- {TYPED}\n  Dr. Wang 王: Yes\n\nCalls\n" in text
    assert "First doctor: " not in text.split("My questions")[1]


# Letters --------------------------------------------------------------------

def records_facts(patient: PatientData) -> LetterFacts:
    run(patient.papers.set_status("pathology", RecordStatus.HAVE_IT))
    run(patient.papers.set_status("operative", RecordStatus.NOT_NEEDED))
    run(patient.offices.save(OfficeRole.RECORDS, Office(name="City Hospital records",
                                                        address="1 Main St\nSpringfield")))
    run(patient.signer.save(Signer(name="Ana López ♥", birth_date="March 4, 1961")))
    return LetterFacts.of(patient)


def test_the_records_letter_names_only_the_papers_still_to_do_and_the_law(
        patient: PatientData) -> None:
    letter = write_letter(LetterKind.RECORDS, records_facts(patient), EN, DAY)
    assert letter.startswith("December 1, 2026\n\nTo: City Hospital records\n1 Main St\n")
    wanted = letter.split("Please send me these papers:\n")[1].split("\n\n")[0].splitlines()
    assert "- Imaging reports" in wanted[0] or wanted[0].startswith("- ")
    assert "- A CD with the pictures from my scans" in wanted
    assert not any("Pathology" in line or "Operative" in line for line in wanted)
    assert "HIPAA" in letter and "30 days" in letter and "fair fee" in letter
    assert "My name: Ana López ♥\nMy date of birth: March 4, 1961\n" in letter
    assert letter.rstrip().endswith("Thank you,\nAna López ♥")
    assert f"My phone: {BLANK}" in letter


def test_the_phone_keeps_its_order_in_a_right_to_left_letter(patient: PatientData) -> None:
    run(patient.signer.save(Signer(name="آنا", birth_date="4/3/1961", phone="+20 2 1234 5678")))
    arabic = Translator("ar")
    letter = write_letter(LetterKind.RECORDS, LetterFacts.of(patient), arabic, DAY)
    mine = arabic.gettext(letter_words.MY_PHONE)
    assert mine != letter_words.MY_PHONE, "no Arabic catalog compiled"
    # As typed, between LRI and PDI: without them it reads "5678 1234 2 20+".
    assert mine.format(phone="\u2066+20 2 1234 5678\u2069") in letter


def test_with_every_paper_in_hand_the_letter_asks_for_the_full_record(
        patient: PatientData) -> None:
    from second_opinion.content import guide
    for item in guide.RECORDS:
        run(patient.papers.set_status(item.id, RecordStatus.HAVE_IT))
    letter = write_letter(LetterKind.RECORDS, LetterFacts.of(patient), EN, DAY)
    assert EN.gettext(letter_words.RECORDS_NO_PAPERS) in letter
    assert "CD" not in letter


def test_the_joint_review_letter_is_addressed_to_both_saved_doctors(
        patient: PatientData) -> None:
    run(patient.doctors.save(DoctorRole.FIRST, Doctor(name="Dr. Ana Ruiz")))
    run(patient.doctors.save(DoctorRole.SECOND, Doctor(name="د. أمل")))
    letter = write_letter(LetterKind.JOINT_REVIEW, LetterFacts.of(patient), EN, DAY)
    assert "To: Dr. Ana Ruiz\nTo: د. أمل\n" in letter
    assert "Dear Dr. Ana Ruiz and د. أمل," in letter
    assert "look at my case together" in letter


def test_a_letter_is_written_in_the_language_asked_for(patient: PatientData) -> None:
    facts = records_facts(patient)
    english = write_letter(LetterKind.RECORDS, facts, EN, DAY)
    spanish = write_letter(LetterKind.RECORDS, facts, ES, DAY)
    assert spanish != english
    assert spanish.startswith("1 de diciembre de 2026\n")
    assert "HIPAA" in spanish and "Ana López ♥" in spanish


def test_an_edited_letter_is_kept_until_it_is_written_again(patient: PatientData) -> None:
    run(patient.letters.set_language(LetterKind.JOINT_REVIEW, "es"))
    run(patient.letters.set_text(LetterKind.JOINT_REVIEW, TYPED))
    reopened = PatientData(patient.saver.store).letters
    assert reopened.draft(LetterKind.JOINT_REVIEW).text == TYPED
    assert reopened.draft(LetterKind.JOINT_REVIEW).language == "es"
    run(reopened.write_again(LetterKind.JOINT_REVIEW))
    assert reopened.draft(LetterKind.JOINT_REVIEW).text == ""
    assert reopened.draft(LetterKind.JOINT_REVIEW).language == "es"


# The summary in two languages --------------------------------------------------

def test_the_summary_in_two_languages_gives_each_item_in_both(patient: PatientData) -> None:
    run(patient.papers.set_status("pathology", RecordStatus.HAVE_IT))
    run(patient.medicines.add(Medicine(name=TYPED)))
    summary = VisitSummary.of(patient, made_on=DAY)
    text = summary.to_text_in_two(EN, ES)
    assert text.startswith(f"Visit summary\n{ES.gettext('Visit summary')}\n")
    english_item = "- Pathology report: I have it\n"
    spanish_item = "- " + ES.gettext("{paper}: {status}").format(
        paper=ES.gettext("Pathology report"), status=ES.gettext("I have it")) + "\n"
    assert english_item + spanish_item in text, "each item, then the same in Spanish"
    assert text.count(f"- {TYPED}\n") == 1, "what reads the same is written once"
