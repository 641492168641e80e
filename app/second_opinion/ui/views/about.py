"""About: where the facts come from, the guidelines, privacy, and the limits of the app."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide
from second_opinion.content.version import app_version
from second_opinion.ui import routes
from second_opinion.ui.components import Heading, Screen, SectionText, WebLink
from second_opinion.ui.context import use_t


@ft.component
def SourceCard() -> ft.Control:
    """The source page's title, publisher and when it was last reviewed (in the user's locale)."""
    t = use_t()
    _ = t.gettext
    return ft.Card(
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(_(guide.SOURCE_TITLE), 3),
                ft.Text(_(guide.SOURCE_PUBLISHER)),
                ft.Text(_("Last reviewed: {date}").format(
                    date=t.month_year(guide.SOURCE_REVIEWED))),
                WebLink(guide.KCA),
            ], spacing=8),
        ),
    )


@ft.component
def AboutView() -> ft.View:
    _ = use_t().gettext
    return Screen(
        route=routes.ABOUT,
        title=_("About this app"),
        controls=[
            ft.Container(
                padding=16,
                border_radius=12,
                bgcolor=ft.Colors.SECONDARY_CONTAINER,
                content=ft.Row([
                    ft.Icon(ft.Icons.MEDICAL_INFORMATION_OUTLINED, size=32,
                            color=ft.Colors.ON_SECONDARY_CONTAINER),
                    ft.Text(_(guide.NOT_ADVICE), expand=True, weight=ft.FontWeight.W_600,
                            color=ft.Colors.ON_SECONDARY_CONTAINER),
                ], spacing=12),
            ),
            SectionText(guide.ABOUT),
            SourceCard(),
            Heading(_("Guidelines for doctors"), 2),
            WebLink(guide.NCCN),
            WebLink(guide.NCI),
            SectionText(guide.PRIVACY),
            Heading(_("Translations"), 2),
            ft.Text(_(guide.TRANSLATION_NOTE)),
            ft.Text(_("Version {version}").format(version=app_version()),
                    theme_style=ft.TextThemeStyle.BODY_SMALL),
        ],
    )
