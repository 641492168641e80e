"""The frame of every screen: title bar with back button, one scrolling column."""

from __future__ import annotations

import flet as ft

from second_opinion.ui.components.heading import Heading
from second_opinion.ui.components.save_status import SaveStatus

MAX_WIDTH = 640


@ft.component
def Screen(route: str, title: str, controls: list[ft.Control],
           floating: ft.FloatingActionButton | None = None) -> ft.View:
    """A screen at ``route``; its title is the page's level-1 heading.

    The app bar's back button (and the browser's) returns to the screen
    above; the save status is announced politely after each change.
    """
    return ft.View(
        route=route,
        appbar=ft.AppBar(title=Heading(title, level=1), actions=[SaveStatus()]),
        floating_action_button=floating,
        scroll=ft.ScrollMode.AUTO,
        padding=ft.Padding.symmetric(horizontal=16, vertical=12),
        controls=[
            ft.SafeArea(
                content=ft.Container(
                    content=ft.Column(controls, spacing=16),
                    width=MAX_WIDTH,
                ),
            )
        ],
        horizontal_alignment=ft.CrossAxisAlignment.CENTER,
    )
