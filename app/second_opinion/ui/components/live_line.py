"""A line of progress ("4 of 6 papers ready") that screen readers hear when it changes."""

from __future__ import annotations

import flet as ft


def live_line(text: str) -> ft.Control:
    return ft.Semantics(
        live_region=True,
        content=ft.Text(text, theme_style=ft.TextThemeStyle.TITLE_MEDIUM,
                        weight=ft.FontWeight.W_600),
    )
