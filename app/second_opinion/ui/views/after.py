"""After the second opinion: what to do, the questions for both doctors, their answers."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide
from second_opinion.content.markers import N_
from second_opinion.state.models import DoctorRole, InputTooLong
from second_opinion.state.visit_summary import doctor_label
from second_opinion.ui import routes
from second_opinion.ui.components import Heading, Screen, SectionText
from second_opinion.ui.context import go, use_patient, use_t

COMPARE = f"{routes.AFTER}/compare"

#: (visible label, accessible name naming the question) of each doctor's answer field.
ANSWER_LABELS = {
    DoctorRole.FIRST: (N_("Answer from your first doctor"),
                       N_("First doctor's answer to: {question}")),
    DoctorRole.SECOND: (N_("Answer from your second-opinion doctor"),
                        N_("Second-opinion doctor's answer to: {question}")),
}


@ft.component
def QuestionLink(link: guide.Link) -> ft.Control:
    """A button that opens ``link`` in the browser, through the UrlLauncher service.

    ``ft.OpenUrl`` runs on the client inside the tap, so browsers do not block
    the new tab as a pop-up.
    """
    _ = use_t().gettext
    title = _(link.title)
    return ft.Column([
        *([ft.Text(_(link.detail))] if link.detail else []),
        ft.OutlinedButton(
            content=ft.Text(_("Open {title}").format(title=title)),
            icon=ft.Icons.OPEN_IN_NEW,
            action=ft.OpenUrl(link.url, target=ft.UrlTarget.BLANK),
            style=ft.ButtonStyle(padding=16),
        ),
        ft.Text(_("Opens in your web browser. Needs internet."),
                theme_style=ft.TextThemeStyle.BODY_SMALL),
    ], spacing=4)


@ft.component
def AnswerField(question: guide.Question, role: DoctorRole) -> ft.Control:
    """A multiline field, saved when it loses focus.

    Screen readers hear e.g. "First doctor's answer to: How did you choose
    this treatment plan?", so each of the ten fields has its own name.
    Text that cannot be saved stays in the field with a message under it.
    """
    _ = use_t().gettext
    patient = use_patient()
    unsaved: str | None = None  # typed text that could not be saved
    draft, set_draft = ft.use_state(unsaved)
    error, set_error = ft.use_state("")
    visible, spoken = ANSWER_LABELS[role]
    saved = patient.answer(question.id, role)

    async def save(event: ft.Event[ft.TextField]) -> None:
        text = event.control.value or ""
        try:
            if text != saved:
                await patient.set_answer(question.id, role, text)
            set_draft(None)
            set_error("")
        except InputTooLong as too_long:
            set_draft(text)
            set_error(_("This answer is too long. Keep it under {limit} letters.")
                      .format(limit=too_long.limit))

    return ft.TextField(
        # A Text label with a semantics_label names the field: Semantics around
        # the label or the field leaves the textbox itself without a name.
        label=ft.Text(_(visible),
                      semantics_label=_(spoken).format(question=_(question.text))),
        value=saved if draft is None else draft,
        multiline=True,
        min_lines=2,
        max_lines=8,
        on_blur=save,
        error=error or None,
        error_max_lines=3,
    )


@ft.component
def QuestionCard(question: guide.Question) -> ft.Control:
    """The question as a level-3 heading, what it means, its links and both answers."""
    _ = use_t().gettext
    return ft.Card(
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(_(question.text), 3),
                *([ft.Text(_(question.detail))] if question.detail else []),
                *[QuestionLink(link) for link in question.links],
                *[AnswerField(question, role) for role in DoctorRole],
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
                            on_click=lambda: go(COMPARE), style=ft.ButtonStyle(padding=16)),
        ],
    )


# Side by side ---------------------------------------------------------------

@ft.component
def AnswerBox(question: guide.Question, role: DoctorRole) -> ft.Control:
    """Who answered (the name the patient saved, else the role) and what they said."""
    t = use_t()
    _ = t.gettext
    patient = use_patient()
    text = patient.answer(question.id, role)
    who = doctor_label(role, patient.doctor(role), t)
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
    return ft.Column([
        Heading(_(question.text), 2),
        ft.SelectionArea(content=ft.ResponsiveRow(
            [AnswerBox(question, role) for role in DoctorRole], spacing=12, run_spacing=12)),
    ], spacing=8)


@ft.component
def CompareView() -> ft.View:
    _ = use_t().gettext
    return Screen(
        route=COMPARE,
        title=_("Both answers"),
        controls=[
            *[CompareCard(question) for question in guide.QUESTIONS],
            ft.OutlinedButton(_("Change the answers"), icon=ft.Icons.EDIT_OUTLINED,
                              on_click=lambda: go(routes.AFTER),
                              style=ft.ButtonStyle(padding=16)),
        ],
    )
