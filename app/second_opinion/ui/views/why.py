"""Why a second opinion: what it is, and the page's six reasons."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide
from second_opinion.ui import routes
from second_opinion.ui.components import Heading, Screen, SectionText
from second_opinion.ui.context import go, use_t


@ft.component
def ReasonCard(reason: guide.Reason) -> ft.Control:
    """The reason as a level-3 heading, then one or two short sentences."""
    _ = use_t().gettext
    return ft.Card(
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(_(reason.title), 3),
                ft.Text(_(reason.detail)),
            ], spacing=8),
        ),
    )


@ft.component
def WhyView() -> ft.View:
    _ = use_t().gettext
    return Screen(
        route=routes.WHY,
        title=_("Why a second opinion"),
        controls=[
            SectionText(guide.WHAT_IS),
            Heading(_(guide.REASONS_TITLE), 2),
            *[ReasonCard(reason) for reason in guide.REASONS],
            ft.FilledButton(_("Next: how to ask"), icon=ft.Icons.ARROW_FORWARD,
                            on_click=lambda: go(routes.ASK)),
        ],
    )
