"""A large tappable card that opens one part of the app."""

from __future__ import annotations

import flet as ft

from second_opinion.ui.context import go


@ft.memo  # its arguments are all it shows: skipped when a record changes
@ft.component
def NavCard(icon: ft.IconData, title: str, subtitle: str, route: str) -> ft.Control:
    """One button; screen readers hear its title and subtitle as its name."""
    return ft.Card(
        content=ft.ListTile(
            leading=ft.Icon(icon, size=32),
            title=ft.Text(title, weight=ft.FontWeight.W_600),
            subtitle=ft.Text(subtitle) if subtitle else None,
            trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT),
            min_height=64,
            on_click=lambda: go(route),
        ),
    )
