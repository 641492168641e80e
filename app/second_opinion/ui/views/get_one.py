"""Getting one: the reassurance that there is time, and the steps as a checklist."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide
from second_opinion.i18n.translator import Translator
from second_opinion.state.collections import Cell
from second_opinion.state.kinds.steps import Step, Steps
from second_opinion.state.progress import steps_done
from second_opinion.ui import routes
from second_opinion.ui.components import (
    CheckRow,
    Heading,
    Screen,
    SectionText,
    WebLink,
    live_line,
)
from second_opinion.ui.context import go, use_patient, use_t


@ft.component
def StepCard(step: guide.Step, cell: Cell[Step]) -> ft.Control:
    """A checkbox named after the step ("Check if your insurance pays, checkbox, checked")."""
    _ = use_t().gettext
    steps = use_patient().steps

    async def toggle(done: bool) -> None:
        await steps.set_done(step.id, done)

    return ft.Card(
        content=ft.Container(
            padding=16,
            content=ft.Column([
                CheckRow(_(step.title), cell.value.done, toggle),
                ft.Text(_(step.detail)),
                *([WebLink(step.link)] if step.link else []),
            ], spacing=8),
        ),
    )


@ft.component
def StepsDone(steps: Steps, t: Translator) -> ft.Control:
    """"2 of 3 steps done", read out politely when it changes."""
    return live_line(steps_done(t, steps))


@ft.component
def GetOneView() -> ft.View:
    t = use_t()
    _ = t.gettext
    steps = use_patient().steps
    return Screen(
        route=routes.GET_ONE,
        title=_("Getting one"),
        controls=[
            SectionText(guide.GET_ONE),
            Heading(_("Steps to take"), 2),
            StepsDone(steps, t),
            *[StepCard(step, steps.cell(step.id)) for step in guide.STEPS],
            ft.FilledButton(_("Next: what to prepare"), icon=ft.Icons.ARROW_FORWARD,
                            on_click=lambda: go(routes.PREPARE)),
        ],
    )
