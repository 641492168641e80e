"""Layout helpers the screens share."""

from __future__ import annotations

import flet as ft


def full_width(controls: list[ft.Control]) -> ft.Control:
    """A column whose cards and fields use the whole width of the screen.

    ``Screen``'s column leaves children at their own width: a card with
    short text, or a text field, would be narrow.
    """
    return ft.Column(controls, spacing=16, horizontal_alignment=ft.CrossAxisAlignment.STRETCH)
