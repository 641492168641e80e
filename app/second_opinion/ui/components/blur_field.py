"""A text field that saves one field of a record when it loses focus."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import flet as ft

from second_opinion.state.collections import Cell
from second_opinion.state.fields import RecordInvalid
from second_opinion.ui.context import use_t
from second_opinion.ui.words import too_long


@ft.component
def SaveOnBlurField(cell: Cell[Any], name: str, label: str | ft.Text,
                    save: Callable[[str], Awaitable[bool]], *, hint: str | None = None,
                    lines: tuple[int, int] = (1, 4)) -> ft.Control:
    """Shows ``cell.value.<name>`` as saved now; text too long to save stays, with a message.

    It listens to ``cell`` (its argument) and reads the value from it at
    each redraw, so it never shows an older copy than the store holds.
    """
    t = use_t()
    unsaved: str | None = None
    draft, set_draft = ft.use_state(unsaved)
    error, set_error = ft.use_state("")
    saved = str(cell.value.to_doc()[name])

    async def blurred(event: ft.Event[ft.TextField]) -> None:
        text = event.control.value or ""
        if text == saved and draft is None:
            return
        try:
            await save(text)
        except RecordInvalid as invalid:
            set_draft(text)
            set_error(too_long(t, invalid.limits[name]))
            return
        set_draft(None)
        set_error("")

    # Its own node: else a Card around it becomes the text field and screen
    # readers hear the card's whole text as the field's name.
    return ft.Semantics(container=True, content=ft.TextField(
        label=label, hint_text=hint, value=saved if draft is None else draft,
        multiline=True, min_lines=lines[0], max_lines=lines[1], on_blur=blurred,
        error=error or None, error_max_lines=3,
    ))
