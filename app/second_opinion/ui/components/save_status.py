"""A small "Saved" note in the title bar, read out politely when it changes."""

from __future__ import annotations

import flet as ft

from second_opinion.state.saver import Saver, SaveState
from second_opinion.ui.context import use_t


@ft.component
def SaveStatus(saver: Saver) -> ft.Control:
    """Screen readers hear "Saved" (or "Saving…", "Could not save") as a live region.

    Takes the saver as its argument, so Flet re-renders it alone when the
    state changes.
    """
    _ = use_t().gettext
    state = saver.state
    text = {
        SaveState.IDLE: "",
        SaveState.SAVING: _("Saving…"),
        SaveState.SAVED: _("Saved"),
        SaveState.FAILED: _("Could not save"),
    }[state]
    icon = ft.Icons.ERROR_OUTLINE if state is SaveState.FAILED else ft.Icons.CHECK_CIRCLE_OUTLINE
    # exclude_semantics: without it Flutter sometimes merges the Text into the
    # label and a screen reader hears "Saved Saved".
    return ft.Semantics(
        live_region=True,
        label=text,
        exclude_semantics=True,
        content=ft.Row(
            [ft.Icon(icon, size=20), ft.Text(text)] if text else [],
            spacing=4,
        ),
    )
