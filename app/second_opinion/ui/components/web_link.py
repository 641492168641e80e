"""A link to a web page, which says plainly that it needs internet."""

from __future__ import annotations

import flet as ft

from second_opinion.content.guide import Link
from second_opinion.ui.context import use_t


@ft.component
def WebLink(link: Link) -> ft.Control:
    """A button that opens ``link`` in the browser, and a line saying it needs internet.

    Screen readers hear the button as "Open <title>. Needs internet.", on
    every screen. ``ft.OpenUrl`` opens it on the client inside the tap, so
    browsers do not block the new tab as a pop-up.
    """
    _ = use_t().gettext
    title = _(link.title)
    return ft.Column([
        *([ft.Text(_(link.detail))] if link.detail else []),
        ft.OutlinedButton(
            content=ft.Text(_("Open {title}").format(title=title),
                            semantics_label=_("Open {title}. Needs internet.")
                            .format(title=title)),
            icon=ft.Icons.OPEN_IN_NEW,
            action=ft.OpenUrl(link.url, target=ft.UrlTarget.BLANK),
            style=ft.ButtonStyle(padding=16),
        ),
        ft.Text(_("Opens in your web browser. Needs internet."),
                theme_style=ft.TextThemeStyle.BODY_SMALL),
    ], spacing=4)
