"""A button that shows a short word and is announced with what it acts on."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

Handler = Callable[[], Awaitable[None]] | Callable[[], None]


def named_button(text: str, name: str, icon: ft.IconData, on_click: Handler | None = None,
                 disabled: bool = False, *, filled: bool = False,
                 action: ft.CopyToClipboard | ft.ShareText | None = None) -> ft.Control:
    """A button (outlined, or ``filled``) that shows a short ``text`` but is announced as ``name``.

    The short word keeps a card tidy; the full name ("Edit Aspirin") tells a
    screen reader user which item the button is for. Keep the shown word
    inside the name (WCAG 2.5.3) so voice control finds it. The name sits on
    the text itself: a Semantics node around it was a second control inside
    the button (axe: nested-interactive, once a card is listed).
    """
    kind = ft.FilledButton if filled else ft.OutlinedButton
    return kind(content=ft.Text(text, semantics_label=name), icon=icon, on_click=on_click,
                action=action, disabled=disabled, style=ft.ButtonStyle(padding=16))
