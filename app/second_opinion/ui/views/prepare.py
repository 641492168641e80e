"""What to prepare: the six papers as a checklist with a state and a note each."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide
from second_opinion.i18n.translator import Translator
from second_opinion.state.collections import Cell
from second_opinion.state.kinds.papers import Papers, RecordProgress, RecordStatus
from second_opinion.state.labels import STATUS_LABELS
from second_opinion.state.progress import papers_ready
from second_opinion.ui import routes
from second_opinion.ui.components import (
    ChoiceGroup,
    Heading,
    Paragraphs,
    SaveOnBlurField,
    Screen,
    live_line,
)
from second_opinion.ui.context import use_patient, use_t


@ft.component
def RecordCard(item: guide.RecordItem, cell: Cell[RecordProgress], t: Translator) -> ft.Control:
    """A heading, what the paper is, four radio buttons and a note field.

    Screen readers hear each radio as e.g. "I have it, radio button, checked"
    inside a group named after the paper. The card listens to its own paper's
    cell only, so a tap redraws this card, not all six.
    """
    _ = t.gettext
    papers = use_patient().papers

    async def choose(value: str) -> None:
        await papers.set_status(item.id, RecordStatus(value))

    async def save_note(note: str) -> bool:
        return await papers.set_note(item.id, note)

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
                    cell.value.status.value,
                    [(status.value, _(label), None) for status, label in STATUS_LABELS.items()],
                    choose,
                ),
                SaveOnBlurField(cell, "note", _("Note about {paper}").format(paper=title),
                                save_note, hint=_("Who you asked, and when")),
            ], spacing=8),
        ),
    )


@ft.component
def PapersReady(papers: Papers, t: Translator) -> ft.Control:
    """"4 of 6 papers ready", read out politely when it changes."""
    return live_line(papers_ready(t, papers))


@ft.component
def PrepareView() -> ft.View:
    t = use_t()
    _ = t.gettext
    papers = use_patient().papers
    return Screen(
        route=routes.PREPARE,
        title=_(guide.PREPARE_INTRO.title),
        controls=[
            Paragraphs(guide.PREPARE_INTRO),
            PapersReady(papers, t),
            Heading(_("Your papers"), 2),
            *[RecordCard(item, papers.cell(item.id), t) for item in guide.RECORDS],
        ],
    )
