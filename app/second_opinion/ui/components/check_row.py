"""A checklist line whose text wraps at any text size.

Flet's ``Checkbox`` keeps its label on one line, so at 200% text on a narrow
phone the label is cut off. This row draws the box as an icon beside a
wrapping text; screen readers hear "<label>, checkbox, checked".
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

BOX_SIZE = 32


@ft.component
def CheckRow(label: str, value: bool,
             on_change: Callable[[bool], Awaitable[None]]) -> ft.Control:
    async def toggle() -> None:
        await on_change(not value)

    return ft.Semantics(
        checked=value,
        container=True,
        content=ft.Container(
            on_click=toggle,
            ink=True,
            border_radius=8,
            padding=ft.Padding.symmetric(vertical=8, horizontal=4),
            content=ft.Row(
                [
                    ft.Icon(ft.Icons.CHECK_BOX if value else ft.Icons.CHECK_BOX_OUTLINE_BLANK,
                            size=BOX_SIZE, color=ft.Colors.PRIMARY),
                    ft.Text(label, expand=True, weight=ft.FontWeight.W_600,
                            theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
                ],
                spacing=12,
                vertical_alignment=ft.CrossAxisAlignment.START,
            ),
        ),
    )
