"""My questions: the patient's own questions, who to ask, and what each doctor said.

Each question is a card with one answer field per doctor it is for, saved
when the field loses focus (as the guide's questions on "After the second
opinion"). Ideas for questions sit below the list; adding one makes it the
patient's own, in the words of the language they read it in.
"""

from __future__ import annotations

from dataclasses import replace

import flet as ft

from second_opinion.content import own_questions
from second_opinion.i18n.translator import Translator
from second_opinion.state.collections import Cell
from second_opinion.state.kinds.doctors import DoctorRole
from second_opinion.state.kinds.questions import ANSWER_FIELDS, Audience, OwnQuestion, OwnQuestions
from second_opinion.state.labels import AUDIENCE_LABELS
from second_opinion.ui import routes
from second_opinion.ui.components import (
    ChoiceGroup,
    Heading,
    SaveOnBlurField,
    Screen,
    full_width,
    keyed,
    remove_with_undo,
    save_cancel_row,
    use_form,
)
from second_opinion.ui.components.named_button import named_button
from second_opinion.ui.components.notice import show_notice
from second_opinion.ui.context import go, use_patient, use_t
from second_opinion.ui.views.after import ANSWER_LABELS
from second_opinion.ui.views.ask import short_words

LARGE = ft.TextThemeStyle.BODY_LARGE


def answer_field(questions: OwnQuestions, cell: Cell[OwnQuestion], role: DoctorRole,
                 t: Translator) -> ft.Control:
    """One doctor's answer; screen readers hear which doctor and which question.

    A plain function, not a component: only the field listens to the cell.
    A component given the cell inside another given the same cell was
    redrawn after its parent had replaced it, outside every context
    (docs/flet-web-offline.md, "One listener per cell on a path").
    """
    _ = t.gettext
    uid = cell.value.uid
    visible, spoken = ANSWER_LABELS[role]

    async def save(text: str) -> bool:
        return await questions.set_answer(uid, role, text)

    label = ft.Text(_(visible), semantics_label=_(spoken).format(
        question=short_words(cell.value.question)))
    return SaveOnBlurField(cell, ANSWER_FIELDS[role], label, save, lines=(2, 8))


@ft.component
def QuestionCard(uid: str, index: int, count: int) -> ft.Control:
    """The question as a heading, who to ask, an answer field per doctor, and its actions.

    Redrawn by the list (which listens to every change of it); the card
    itself is given only the question's id and listens to nothing, so its
    answer fields are the cell's only listeners here.
    """
    t = use_t()
    _ = t.gettext
    questions = use_patient().questions
    cell = questions.find(uid)
    if cell is None:
        return ft.Container()
    question = cell.value
    words = short_words(question.question)

    async def remove() -> None:
        await remove_with_undo(questions, uid, _("Removed your question"), t)

    async def move_up() -> None:
        await questions.move(uid, -1)

    async def move_down() -> None:
        await questions.move(uid, 1)

    return ft.Card(
        semantic_container=False,
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(question.question, 2),
                ft.Text(_(AUDIENCE_LABELS[question.audience]), italic=True),
                *[answer_field(questions, cell, role, t) for role in DoctorRole
                  if question.audience.asks(role)],
                ft.Row([
                    named_button(_("Edit"), _("Edit: {words}").format(words=words),
                                 ft.Icons.EDIT_OUTLINED, lambda: go(routes.question(uid))),
                    named_button(_("Up"), _("Move up: {words}").format(words=words),
                                 ft.Icons.ARROW_UPWARD, move_up, disabled=index == 0),
                    named_button(_("Down"), _("Move down: {words}").format(words=words),
                                 ft.Icons.ARROW_DOWNWARD, move_down,
                                 disabled=index == count - 1),
                    named_button(_("Remove"), _("Remove: {words}").format(words=words),
                                 ft.Icons.DELETE_OUTLINE, remove),
                ], wrap=True, spacing=8, run_spacing=8),
            ], spacing=12, horizontal_alignment=ft.CrossAxisAlignment.STRETCH),
        ),
    )


@ft.component
def QuestionList(questions: OwnQuestions) -> ft.Control:
    """The cards in the patient's order; redraws when the list changes."""
    _ = use_t().gettext
    cells = questions.cells
    return full_width(
        [keyed(cell.value.uid, QuestionCard, cell.value.uid, i, len(cells))
         for i, cell in enumerate(cells)]
        or [ft.Text(_("No questions yet. Write your own, or add one of the ideas below."),
                    italic=True)])


@ft.component
def Suggestions(questions: OwnQuestions) -> ft.Control:
    """Each idea with an Add button; an idea already on the list says so instead."""
    t = use_t()
    _ = t.gettext

    def row(idea: str) -> ft.Control:
        words = _(idea)
        added = questions.has(words)

        async def add() -> None:
            await questions.add(OwnQuestion(question=words))
            show_notice(_("Added to your questions"))

        name = _("Added: {words}") if added else _("Add: {words}")
        button = named_button(_("Added") if added else _("Add"),
                              name.format(words=short_words(words)),
                              ft.Icons.CHECK if added else ft.Icons.ADD, add, disabled=added)
        return ft.Column([ft.Text(words, theme_style=LARGE), button], spacing=4)

    return full_width([row(idea) for idea in own_questions.SUGGESTED])


@ft.component
def QuestionsView() -> ft.View:
    _ = use_t().gettext
    questions = use_patient().questions
    return Screen(
        route=routes.QUESTIONS,
        title=_("My questions"),
        controls=[full_width([
            ft.Text(_(own_questions.INTRO), theme_style=LARGE),
            QuestionList(questions),
            ft.FilledButton(_("Write a question"), icon=ft.Icons.ADD,
                            on_click=lambda: go(routes.NEW_QUESTION),
                            style=ft.ButtonStyle(padding=20)),
            ft.OutlinedButton(_("See both answers side by side"),
                              icon=ft.Icons.COMPARE_ARROWS, on_click=lambda: go(routes.COMPARE),
                              style=ft.ButtonStyle(padding=16)),
            Heading(_("Ideas for questions"), 2),
            Suggestions(questions),
        ])],
    )


@ft.component
def QuestionEditView() -> ft.View:
    """Write a question (``/questions/new``) or change one (``/questions/edit/:uid``)."""
    _ = use_t().gettext
    uid = ft.use_route_params().get("uid")
    if uid is None:
        return QuestionForm(routes.NEW_QUESTION, _("Write a question"), None)
    route, title = routes.question(uid), _("Change a question")
    found = use_patient().questions.find(uid)
    if found is None:
        return Screen(route=route, title=title, controls=[
            ft.Text(_("This question is no longer on your list."), theme_style=LARGE),
            ft.FilledButton(_("Back to my questions"), on_click=lambda: go(routes.QUESTIONS),
                            style=ft.ButtonStyle(padding=16)),
        ])
    return QuestionForm(route, title, found)


@ft.component
def QuestionForm(route: str, title: str, cell: Cell[OwnQuestion] | None) -> ft.View:
    """The words and who to ask; Save and Cancel. Answers are written on the list."""
    t = use_t()
    _ = t.gettext
    questions = use_patient().questions
    start = cell.value if cell else OwnQuestion()
    form = use_form(start)
    audience, set_audience = ft.use_state(start.audience)

    async def choose(value: str) -> None:
        set_audience(Audience(value))

    async def save() -> None:
        async def keep(question: OwnQuestion) -> bool:
            question = replace(question, audience=audience)
            return await (questions.update(question) if cell else questions.add(question))

        if await form.submit(t, {"question": _("Please write your question first.")}, keep):
            go(routes.QUESTIONS)

    label = _("Who do you want to ask?")
    return Screen(
        route=route,
        title=title,
        controls=[full_width([
            form.field("question", _("Your question"), lines=(2, 6), autofocus=cell is None),
            Heading(label, 2),
            ChoiceGroup(label, audience.value,
                        [(choice.value, _(AUDIENCE_LABELS[choice]), None) for choice in Audience],
                        choose),
            save_cancel_row(t, save, lambda: go(routes.QUESTIONS)),
        ])],
    )
