"""The visit summary: what the patient gathered, in plain text for a doctor.

A ``VisitSummary`` holds only values: guide items, what the patient typed and
the day it was made. It has no words of its own until ``sections`` or
``to_text`` is given a ``Translator``, which may speak another language than
the app (the patient reads Spanish, the doctor gets English). Typed text is
kept exactly as typed: the result is plain text, nothing is escaped.

No Flet here: ``PatientData`` is only read, never imported at run time.
Medicines and doctors list their typed fields in their table's order, so a
field added to a kind's table shows here without a change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from second_opinion.content import guide
from second_opinion.i18n.translator import Translator
from second_opinion.state.kinds.calls import Call
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.state.kinds.medicines import Medicine
from second_opinion.state.kinds.papers import RecordProgress
from second_opinion.state.kinds.questions import OwnQuestion
from second_opinion.state.labels import CALL_TOPIC_LABELS, ROLE_LABELS, STATUS_LABELS

if TYPE_CHECKING:
    from second_opinion.state.patient import PatientData

BULLET = "- "
INDENT = "  "
PARTS = " — "


@dataclass(frozen=True)
class Paper:
    item: guide.RecordItem
    progress: RecordProgress


@dataclass(frozen=True)
class QuestionAnswers:
    question: guide.Question
    first: str = ""
    second: str = ""


@dataclass(frozen=True)
class SummaryItem:
    """One line of a section, and the lines that belong to it."""

    title: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummarySection:
    title: str
    items: tuple[SummaryItem, ...]


@dataclass(frozen=True)
class VisitSummary:
    made_on: date
    papers: tuple[Paper, ...] = ()
    medicines: tuple[Medicine, ...] = ()
    doctors: tuple[tuple[DoctorRole, Doctor], ...] = ()
    answers: tuple[QuestionAnswers, ...] = ()
    questions: tuple[OwnQuestion, ...] = ()
    calls: tuple[Call, ...] = ()

    @classmethod
    def of(cls, patient: PatientData, made_on: date | None = None) -> VisitSummary:
        """Everything the patient saved, in the guide's order; ``made_on`` defaults to today."""
        answers = patient.answers
        return cls(
            made_on=made_on or date.today(),
            papers=tuple(Paper(item, patient.papers.get(item.id)) for item in guide.RECORDS),
            medicines=tuple(patient.medicines.values()),
            doctors=tuple((role, patient.doctors.doctor(role)) for role in DoctorRole),
            answers=tuple(QuestionAnswers(question,
                                          answers.answer(question.id, DoctorRole.FIRST),
                                          answers.answer(question.id, DoctorRole.SECOND))
                          for question in guide.QUESTIONS),
            questions=tuple(patient.questions.values()),
            calls=tuple(patient.calls.values()),
        )

    def doctor(self, role: DoctorRole) -> Doctor:
        return dict(self.doctors).get(role, Doctor())

    # Words ---------------------------------------------------------------
    def title(self, t: Translator) -> str:
        return t.gettext("Visit summary")

    def made_on_line(self, t: Translator) -> str:
        return t.gettext("Made on {date}").format(date=t.date(self.made_on))

    def footer(self, t: Translator) -> str:
        return t.gettext("Made with the Second Opinion app. It does not replace a "
                         "doctor's advice.")

    def sections(self, t: Translator) -> tuple[SummarySection, ...]:
        return (
            SummarySection(t.gettext("Papers"), tuple(_paper(p, t) for p in self.papers)),
            SummarySection(t.gettext("Medicines"), self._medicine_items(t)),
            SummarySection(t.gettext("Doctors"), self._doctor_items(t)),
            SummarySection(t.gettext("Questions and answers"),
                           tuple(self._answer_item(a, t) for a in self.answers)),
            SummarySection(t.gettext("My questions"), self._own_question_items(t)),
            SummarySection(t.gettext("Calls"), self._call_items(t)),
        )

    def to_text(self, t: Translator) -> str:
        """The whole summary as plain text, in the translator's language."""
        lines = [self.title(t), self.made_on_line(t)]
        for section in self.sections(t):
            lines += ["", section.title]
            for item in section.items:
                lines += _item_lines(item)
        lines += ["", self.footer(t)]
        return "\n".join(lines) + "\n"

    def to_text_in_two(self, first: Translator, second: Translator) -> str:
        """The summary with each part in ``first``'s language, then in ``second``'s.

        What reads the same in both (a medicine's name, a typed answer) is
        written once.
        """
        lines = _both(self.title(first), self.title(second))
        lines += _both(self.made_on_line(first), self.made_on_line(second))
        for one, other in zip(self.sections(first), self.sections(second), strict=True):
            lines += ["", *_both(one.title, other.title)]
            for item, again in zip(one.items, other.items, strict=True):
                lines += _item_lines(item)
                if again != item:
                    lines += _item_lines(again)
        lines += ["", *_both(self.footer(first), self.footer(second))]
        return "\n".join(lines) + "\n"

    # Sections ------------------------------------------------------------
    def _medicine_items(self, t: Translator) -> tuple[SummaryItem, ...]:
        items = tuple(SummaryItem(PARTS.join(part for part in m.typed_values() if part))
                      for m in self.medicines)
        return items or (SummaryItem(t.gettext("No medicines listed yet.")),)

    def _doctor_items(self, t: Translator) -> tuple[SummaryItem, ...]:
        items = tuple(_doctor(role, doctor, t) for role, doctor in self.doctors
                      if not doctor.is_empty)
        return items or (SummaryItem(t.gettext("No doctors saved yet.")),)

    def _answer_item(self, answers: QuestionAnswers, t: Translator) -> SummaryItem:
        lines = tuple(
            # TRANSLATORS: {doctor} is a name or "First doctor"; {answer} is as typed.
            t.gettext("{doctor}: {answer}").format(
                doctor=doctor_label(role, self.doctor(role), t),
                answer=text or t.gettext("No answer yet"))
            for role, text in ((DoctorRole.FIRST, answers.first),
                               (DoctorRole.SECOND, answers.second)))
        return SummaryItem(t.gettext(answers.question.text), lines)


    def _own_question_items(self, t: Translator) -> tuple[SummaryItem, ...]:
        items = tuple(self._own_question_item(q, t) for q in self.questions)
        return items or (SummaryItem(t.gettext("No questions of your own yet.")),)

    def _own_question_item(self, question: OwnQuestion, t: Translator) -> SummaryItem:
        lines = tuple(
            t.gettext("{doctor}: {answer}").format(
                doctor=doctor_label(role, self.doctor(role), t),
                answer=question.answer(role) or t.gettext("No answer yet"))
            for role in DoctorRole if question.audience.asks(role))
        return SummaryItem(question.question, lines)

    def _call_items(self, t: Translator) -> tuple[SummaryItem, ...]:
        items = tuple(call_item(call, t) for call in self.calls)
        return items or (SummaryItem(t.gettext("No calls written down yet.")),)


def call_item(call: Call, t: Translator) -> SummaryItem:
    """A call as the log and the summary show it: whom and when, then what was said."""
    _ = t.gettext
    when = _when(call.day, call.time, t)
    topic = _(CALL_TOPIC_LABELS[call.topic])
    # TRANSLATORS: e.g. "Health insurance plan: December 1, 2026 at 9:15 AM".
    title = _("{topic}: {when}").format(topic=topic, when=when) if when else topic
    done = _("Done") if call.next_done else _("Not done yet")
    lines = (
        (_("Spoke with: {name}"), {"name": call.who}, call.who),
        (_("Reference number: {number}"), {"number": call.reference}, call.reference),
        (_("What they said: {words}"), {"words": call.said}, call.said),
        # TRANSLATORS: {step} is as typed; {done} is "Done" or "Not done yet".
        (_("Next step: {step} ({done})"), {"step": call.next_step, "done": done},
         call.next_step),
    )
    return SummaryItem(title, tuple(line.format(**values) for line, values, present in lines
                                    if present))


def _item_lines(item: SummaryItem) -> list[str]:
    return [BULLET + item.title, *[INDENT + line for line in item.lines]]


def _both(one: str, other: str) -> list[str]:
    return [one] if one == other else [one, other]


def doctor_label(role: DoctorRole, doctor: Doctor, t: Translator) -> str:
    """The doctor's name as the patient typed it, else "First doctor" and the like."""
    return doctor.name or t.gettext(ROLE_LABELS[role])


def _paper(paper: Paper, t: Translator) -> SummaryItem:
    # TRANSLATORS: e.g. "Pathology report: I have it".
    title = t.gettext("{paper}: {status}").format(
        paper=t.gettext(paper.item.title),
        status=t.gettext(STATUS_LABELS[paper.progress.status]))
    note = paper.progress.note
    return SummaryItem(title, (t.gettext("Note: {note}").format(note=note),) if note else ())


def _doctor(role: DoctorRole, doctor: Doctor, t: Translator) -> SummaryItem:
    details = ", ".join(part for part in doctor.typed_values() if part)
    # TRANSLATORS: e.g. "First doctor: Dr. Ana Ruiz, City Hospital, 555-0100".
    title = t.gettext("{role}: {details}").format(role=t.gettext(ROLE_LABELS[role]),
                                                  details=details or "—")
    when = visit_when(doctor, t)
    return SummaryItem(title, (t.gettext("Visit: {when}").format(when=when),) if when else ())


def visit_when(doctor: Doctor, t: Translator) -> str:
    """The visit's date and time in the translator's language ("" if not set)."""
    return _when(doctor.visit_date, doctor.visit_time, t)


def _when(iso_day: str, hh_mm: str, t: Translator) -> str:
    day, hour = t.saved_date(iso_day), t.saved_time(hh_mm)
    if day and hour:
        # TRANSLATORS: the day and hour of a visit, e.g. "December 3, 2026 at 2:30 PM".
        return t.gettext("{date} at {time}").format(date=day, time=hour)
    return day or hour


