"""One form hook for every record a person types: medicines, doctors, own words.

What is typed lives in the form's state, so a re-render (an error shown, a
picker closed, a save finishing) never loses it. The limits and required
fields come from the record's own table (``state/fields.py``); the form only
words the messages.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import flet as ft

from second_opinion.i18n.translator import Translator
from second_opinion.state.fields import Problem, Record
from second_opinion.ui.words import too_long

R = TypeVar("R", bound=Record)


@dataclass
class Form(Generic[R]):
    start: R
    values: dict[str, str]
    errors: dict[str, str]
    #: The latest keystrokes: a tap on Save can arrive before the re-render
    #: that would give the handler the new ``values``.
    typed: dict[str, str]
    _set_values: Callable[[Callable[[dict[str, str]], dict[str, str]]], None]
    _set_errors: Callable[[dict[str, str] | Callable[[dict[str, str]], dict[str, str]]], None]

    def set(self, key: str, value: str) -> None:
        self.typed[key] = value
        self._set_values(lambda old: {**old, key: value})
        self._set_errors(lambda old: {k: v for k, v in old.items() if k != key})

    def field(self, key: str, label: str, *, hint: str | None = None,
              lines: tuple[int, int | None] = (1, 1), autofocus: bool = False,
              keyboard: ft.KeyboardType = ft.KeyboardType.TEXT) -> ft.TextField:
        """A text field for ``key``; long text wraps onto up to ``lines[1]`` lines, in view."""
        def changed(event: ft.Event[ft.TextField]) -> None:
            self.set(key, event.control.value or "")

        return ft.TextField(
            label=label, hint_text=hint, value=self.values[key], keyboard_type=keyboard,
            multiline=lines[1] != 1, min_lines=lines[0], max_lines=lines[1],
            autofocus=autofocus, on_change=changed,
            # Leaving the field also carries its final text (a picker opened
            # right after typing came before the last change).
            on_blur=changed,
            error=self.errors.get(key) or None, error_max_lines=3,
        )

    async def submit(self, t: Translator, required: dict[str, str],
                     save: Callable[[R], Awaitable[bool]]) -> bool:
        """Save what was typed; on a problem, show it under its field and keep everything.

        ``required`` words the message for each required field left empty.
        """
        record = self.start.with_values(dict(self.typed))
        problems = record.problems()
        if problems:
            limits = record.limits()
            self._set_errors({
                key: too_long(t, limits[key]) if problem is Problem.TOO_LONG else required[key]
                for key, problem in problems.items()
            })
            return False
        await save(record)
        return True


def use_form(start: R) -> Form[R]:
    """A form that starts from ``start`` (the record as saved, or a new one)."""
    first = {key: str(value) for key, value in start.to_doc().items() if key in start.limits()}
    values, set_values = ft.use_state(first)
    no_errors: dict[str, str] = {}
    errors, set_errors = ft.use_state(no_errors)
    typed: dict[str, str] = ft.use_memo(lambda: dict(first), dependencies=[])
    return Form(start, values, errors, typed, set_values, set_errors)
