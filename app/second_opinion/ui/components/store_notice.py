"""A plain notice when saved data could not be read, or cannot be kept here."""

from __future__ import annotations

import flet as ft

from second_opinion.content.markers import N_
from second_opinion.state.patient import DataProblem, SavedDataNotice
from second_opinion.ui import routes
from second_opinion.ui.context import go, use_t

MESSAGES = {
    DataProblem.UNREADABLE: N_("We could not read the notes saved on this phone. We kept a "
                                "copy of them and started fresh. Nothing was thrown away."),
    DataProblem.NEWER: N_("Your notes were saved by a newer version of this app. We kept "
                           "them and started fresh. Please update the app to see them."),
    DataProblem.NOT_KEPT: N_("This browser does not let the app save. You can use it now, "
                              "but your notes will be gone when you close it."),
}


@ft.component
def StoreNotice(notice: SavedDataNotice) -> ft.Control:
    """Read out at once (assertive live region); stays until the user taps OK."""
    _ = use_t().gettext
    problem = notice.problem
    if problem is None:
        return ft.Container()
    return ft.Semantics(
        live_region=True,
        container=True,
        content=ft.Container(
            padding=16,
            border_radius=12,
            bgcolor=ft.Colors.ERROR_CONTAINER,
            content=ft.Column([
                ft.Row([ft.Icon(ft.Icons.WARNING_AMBER_ROUNDED, color=ft.Colors.ON_ERROR_CONTAINER),
                        ft.Text(_(MESSAGES[problem]), expand=True,
                                color=ft.Colors.ON_ERROR_CONTAINER)],
                       vertical_alignment=ft.CrossAxisAlignment.START),
                ft.Row([
                    ft.TextButton(_("OK"), on_click=notice.dismiss),
                    *([ft.TextButton(_("Restore from a backup file"),
                                     on_click=lambda: go(routes.SETTINGS))]
                      if problem is not DataProblem.NOT_KEPT else []),
                ], wrap=True),
            ]),
        ),
    )
