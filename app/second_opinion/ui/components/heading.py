"""A heading a screen reader announces as one, with its level."""

from __future__ import annotations

import flet as ft


def Heading(text: str, level: int = 2) -> ft.Control:
    """Screen readers hear: "<text>, heading level <level>".

    A plain function, not a component: dialogs are built in event handlers,
    where Flet has no renderer and a component call fails.
    """
    style = {1: ft.TextThemeStyle.HEADLINE_SMALL, 2: ft.TextThemeStyle.TITLE_LARGE}.get(
        level, ft.TextThemeStyle.TITLE_MEDIUM)
    return ft.Semantics(
        header=True,
        heading_level=level,
        label=text,
        exclude_semantics=True,
        container=True,
        content=ft.Text(text, theme_style=style, weight=ft.FontWeight.BOLD),
    )
