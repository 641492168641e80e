"""What to prepare: the six papers as a checklist with a state and a note each."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide
from second_opinion.i18n.translator import Translator
from second_opinion.state.labels import STATUS_LABELS
from second_opinion.state.models import InputTooLong, RecordProgress, RecordStatus
from second_opinion.state.progress import papers_ready
from second_opinion.ui import routes
from second_opinion.ui.components import ChoiceGroup, Heading, Paragraphs, Screen
from second_opinion.ui.context import use_patient, use_patient_quietly, use_t


@ft.memo
@ft.component
def RecordCard(item: guide.RecordItem, progress: RecordProgress, t: Translator) -> ft.Control:
    """A heading, what the paper is, four radio buttons and a note field.

    Screen readers hear each radio as e.g. "I have it, radio button, checked"
    inside a group named after the paper.

    Memoized on ``progress``, so a tap redraws its own card, not all six;
    the card does not listen to the state. What it shows it still reads
    from the state: a card that drew ``progress`` could redraw (its note's
    error) with the value from before a change, and its radios then went
    back to it while the store kept the new one (docs/flet-web-offline.md).
    """
    _ = t.gettext
    patient = use_patient_quietly()
    now = patient.record(item.id)
    unsaved: str | None = None  # a note too long to save stays in the field
    draft, set_draft = ft.use_state(unsaved)
    error, set_error = ft.use_state("")

    async def choose(value: str) -> None:
        await patient.set_record_status(item.id, RecordStatus(value))

    async def save_note(event: ft.Event[ft.TextField]) -> None:
        note = event.control.value or ""
        try:
            await patient.set_record_note(item.id, note)
            set_draft(None)
            set_error("")
        except InputTooLong as too_long:
            set_draft(note)
            set_error(_("This note is too long. Keep it under {limit} letters.")
                      .format(limit=too_long.limit))

    title = _(item.title)
    return ft.Card(
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(title, 2),
                ft.Text(_(item.detail)),
                *([ft.Text(_(item.only_if), italic=True)] if item.only_if else []),
                ChoiceGroup(
                    _("Status of {paper}").format(paper=title),
                    now.status.value,
                    [(status.value, _(label), None) for status, label in STATUS_LABELS.items()],
                    choose,
                ),
                # Its own node: else the Card's node becomes the text field and
                # screen readers hear the paper's whole description as its name.
                ft.Semantics(container=True, content=ft.TextField(
                    label=_("Note about {paper}").format(paper=title),
                    hint_text=_("Who you asked, and when"),
                    value=now.note if draft is None else draft,
                    multiline=True,
                    min_lines=1,
                    max_lines=4,
                    on_blur=save_note,
                    error=error or None,
                    error_max_lines=3,
                )),
            ], spacing=8),
        ),
    )


@ft.component
def PrepareView() -> ft.View:
    t = use_t()
    _ = t.gettext
    patient = use_patient()
    return Screen(
        route=routes.PREPARE,
        title=_(guide.PREPARE_INTRO.title),
        controls=[
            Paragraphs(guide.PREPARE_INTRO),
            ft.Semantics(
                live_region=True,
                content=ft.Text(
                    papers_ready(t, patient),
                    theme_style=ft.TextThemeStyle.TITLE_MEDIUM, weight=ft.FontWeight.W_600),
            ),
            Heading(_("Your papers"), 2),
            *[RecordCard(item, patient.record(item.id), t) for item in guide.RECORDS],
        ],
    )
