"""Save and Cancel under every form, the same everywhere."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from second_opinion.i18n.translator import Translator


def save_cancel_row(t: Translator, save: Callable[[], Awaitable[None]],
                    cancel: Callable[[], None]) -> ft.Control:
    _ = t.gettext
    return ft.Row([
        ft.FilledButton(_("Save"), icon=ft.Icons.CHECK, on_click=save,
                        style=ft.ButtonStyle(padding=16)),
        ft.OutlinedButton(_("Cancel"), on_click=cancel, style=ft.ButtonStyle(padding=16)),
    ], wrap=True, spacing=12)
