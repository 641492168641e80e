"""The frame of every screen: title bar with back button, one scrolling column."""

from __future__ import annotations

import flet as ft

from second_opinion.ui.components.heading import Heading
from second_opinion.ui.components.save_status import SaveStatus
from second_opinion.ui.context import use_patient

MAX_WIDTH = 640


@ft.component
def Screen(route: str, title: str, controls: list[ft.Control],
           floating: ft.FloatingActionButton | None = None) -> ft.View:
    """A screen at ``route``; its title is the page's level-1 heading.

    The title sits at the top of the scrolling column, not in the app bar:
    the bar is one line high, and at 200% text long titles were cut off
    ("Your second-opinion do…"). The bar keeps the back button (the
    browser's back works too) and the save status, announced politely.
    """
    return ft.View(
        route=route,
        # Symmetric padding: "Saved" keeps clear of the edge in both directions.
        appbar=ft.AppBar(actions=[SaveStatus(use_patient().saver)],
                         actions_padding=ft.Padding.symmetric(horizontal=16)),
        floating_action_button=floating,
        scroll=ft.ScrollMode.AUTO,
        padding=ft.Padding.symmetric(horizontal=16, vertical=12),
        controls=[
            ft.SafeArea(
                content=ft.Container(
                    content=ft.Column([Heading(title, level=1), *controls], spacing=16),
                    width=MAX_WIDTH,
                ),
            )
        ],
        horizontal_alignment=ft.CrossAxisAlignment.CENTER,
    )
