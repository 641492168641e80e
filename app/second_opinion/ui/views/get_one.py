"""Getting one: the reassurance that there is time, and the steps as a checklist."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide
from second_opinion.state.progress import steps_done
from second_opinion.ui import routes
from second_opinion.ui.components import CheckRow, Heading, Screen, SectionText, WebLink
from second_opinion.ui.context import go, use_patient, use_t


@ft.component
def StepCard(step: guide.Step) -> ft.Control:
    """A checkbox named after the step ("Check if your insurance pays, checkbox, checked")."""
    _ = use_t().gettext
    patient = use_patient()

    async def toggle(done: bool) -> None:
        await patient.set_step_done(step.id, done)

    return ft.Card(
        content=ft.Container(
            padding=16,
            content=ft.Column([
                CheckRow(_(step.title), bool(patient.steps_done.get(step.id)), toggle),
                ft.Text(_(step.detail)),
                *([WebLink(step.link)] if step.link else []),
            ], spacing=8),
        ),
    )


@ft.component
def GetOneView() -> ft.View:
    t = use_t()
    _ = t.gettext
    patient = use_patient()
    return Screen(
        route=routes.GET_ONE,
        title=_("Getting one"),
        controls=[
            SectionText(guide.GET_ONE),
            Heading(_("Steps to take"), 2),
            ft.Semantics(
                live_region=True,
                content=ft.Text(
                    steps_done(t, patient),
                    theme_style=ft.TextThemeStyle.TITLE_MEDIUM, weight=ft.FontWeight.W_600),
            ),
            *[StepCard(step) for step in guide.STEPS],
            ft.FilledButton(_("Next: what to prepare"), icon=ft.Icons.ARROW_FORWARD,
                            on_click=lambda: go(routes.PREPARE)),
        ],
    )
