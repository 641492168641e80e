"""After the second opinion: what to do, the questions for both doctors, their answers."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide
from second_opinion.content.markers import N_
from second_opinion.i18n.translator import Translator
from second_opinion.state.collections import Cell
from second_opinion.state.kinds.answers import Answer
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.state.kinds.questions import OwnQuestion, OwnQuestions
from second_opinion.state.visit_summary import doctor_label
from second_opinion.ui import routes
from second_opinion.ui.components import (
    Heading,
    SaveOnBlurField,
    Screen,
    SectionText,
    WebLink,
    keyed,
)
from second_opinion.ui.context import go, use_patient, use_t

#: (visible label, accessible name naming the question) of each doctor's answer field.
ANSWER_LABELS = {
    DoctorRole.FIRST: (N_("Answer from your first doctor"),
                       N_("First doctor's answer to: {question}")),
    DoctorRole.SECOND: (N_("Answer from your second-opinion doctor"),
                        N_("Second-opinion doctor's answer to: {question}")),
}


@ft.component
def AnswerField(question: guide.Question, role: DoctorRole, cell: Cell[Answer]) -> ft.Control:
    """A multiline field, saved when it loses focus.

    Screen readers hear e.g. "First doctor's answer to: How did you choose
    this treatment plan?", so each of the ten fields has its own name.
    Text that cannot be saved stays in the field with a message under it.
    """
    _ = use_t().gettext
    answers = use_patient().answers
    visible, spoken = ANSWER_LABELS[role]

    async def save(text: str) -> bool:
        return await answers.set_answer(question.id, role, text)

    # A Text label with a semantics_label names the field: Semantics around
    # the label or the field leaves the textbox itself without a name.
    label = ft.Text(_(visible), semantics_label=_(spoken).format(question=_(question.text)))
    return SaveOnBlurField(cell, "text", label, save, lines=(2, 8))


@ft.component
def QuestionCard(question: guide.Question) -> ft.Control:
    """The question as a level-3 heading, what it means, its links and both answers."""
    _ = use_t().gettext
    answers = use_patient().answers
    return ft.Card(
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(_(question.text), 3),
                *([ft.Text(_(question.detail))] if question.detail else []),
                *[WebLink(link) for link in question.links],
                *[AnswerField(question, role, answers.answer_cell(question.id, role))
                  for role in DoctorRole],
            ], spacing=12, horizontal_alignment=ft.CrossAxisAlignment.STRETCH),
        ),
    )


@ft.component
def AfterView() -> ft.View:
    _ = use_t().gettext
    return Screen(
        route=routes.AFTER,
        title=_("After the second opinion"),
        controls=[
            SectionText(guide.AFTER_AGREE),
            SectionText(guide.AFTER_DIFFER),
            Heading(_("Questions for both doctors"), 2),
            *[QuestionCard(question) for question in guide.QUESTIONS],
            ft.FilledButton(_("See both answers side by side"), icon=ft.Icons.COMPARE_ARROWS,
                            on_click=lambda: go(routes.COMPARE),
                            style=ft.ButtonStyle(padding=16)),
        ],
    )


# Side by side ---------------------------------------------------------------

@ft.component
def AnswerBox(role: DoctorRole, answer: Cell[Answer], doctor: Cell[Doctor]) -> ft.Control:
    """Who answered (the name the patient saved, else the role) and what they said."""
    return answer_box(role, answer.value.text, doctor, use_t())


def answer_box(role: DoctorRole, text: str, doctor: Cell[Doctor], t: Translator) -> ft.Control:
    """One doctor's answer in its box (the guide's questions and the patient's own)."""
    _ = t.gettext
    who = doctor_label(role, doctor.value, t)
    return ft.Container(
        col={"xs": 12, "sm": 6},
        padding=12,
        border=ft.Border.all(1, ft.Colors.OUTLINE),
        border_radius=8,
        # One node per doctor, so a screen reader hears who and what together, in order.
        content=ft.MergeSemantics(content=ft.Column([
            ft.Text(who, weight=ft.FontWeight.BOLD),
            ft.Text(text) if text else ft.Text(_("No answer yet"), italic=True),
        ], spacing=4)),
    )


@ft.component
def CompareCard(question: guide.Question) -> ft.Control:
    """Both answers in a row on a wide screen, one under the other on a phone.

    The answers can be selected (SelectionArea; ``Text(selectable=True)`` would
    hide them from screen readers).
    """
    _ = use_t().gettext
    patient = use_patient()
    boxes = [AnswerBox(role, patient.answers.answer_cell(question.id, role),
                       patient.doctors.cell(role.value)) for role in DoctorRole]
    return ft.Column([
        Heading(_(question.text), 2),
        ft.SelectionArea(content=ft.ResponsiveRow(boxes, spacing=12, run_spacing=12)),
    ], spacing=8)


@ft.component
def OwnCompareCard(cell: Cell[OwnQuestion]) -> ft.Control:
    """One of the patient's own questions, with the answer of each doctor it is for."""
    t = use_t()
    doctors = use_patient().doctors
    question = cell.value
    boxes = [answer_box(role, question.answer(role), doctors.cell(role.value), t)
             for role in DoctorRole if question.audience.asks(role)]
    return ft.Column([
        Heading(question.question, 2),
        ft.SelectionArea(content=ft.ResponsiveRow(boxes, spacing=12, run_spacing=12)),
    ], spacing=8)


@ft.component
def OwnCompareCards(questions: OwnQuestions) -> ft.Control:
    """Listens to the list, so a question added or removed shows here too."""
    _ = use_t().gettext
    cells = questions.cells
    change = ft.OutlinedButton(_("Change the answers to my questions"),
                               icon=ft.Icons.EDIT_OUTLINED, on_click=lambda: go(routes.QUESTIONS),
                               style=ft.ButtonStyle(padding=16))
    return ft.Column([*[keyed(cell.value.uid, OwnCompareCard, cell) for cell in cells],
                      *([change] if cells else [])], spacing=24)


@ft.component
def CompareView() -> ft.View:
    _ = use_t().gettext
    return Screen(
        route=routes.COMPARE,
        title=_("Both answers"),
        controls=[
            *[CompareCard(question) for question in guide.QUESTIONS],
            OwnCompareCards(use_patient().questions),
            ft.OutlinedButton(_("Change the answers"), icon=ft.Icons.EDIT_OUTLINED,
                              on_click=lambda: go(routes.AFTER),
                              style=ft.ButtonStyle(padding=16)),
        ],
    )
