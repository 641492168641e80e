"""A named group of radio buttons: "Status of Pathology report", then each choice.

The naming ``Semantics`` sits inside the ``RadioGroup``: wrapped around it,
its node lay over the radios and took their taps (Playwright: "intercepts
pointer events"); screen readers hear the group's name either way.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

import flet as ft

#: (value, label, optional label style)
Choice = tuple[str, str, ft.TextStyle | None]


@ft.component
def ChoiceGroup(label: str, value: str, choices: Sequence[Choice],
                on_change: Callable[[str], Awaitable[None]]) -> ft.Control:
    return radio_group(label, value, choices, on_change)


def radio_group(label: str, value: str, choices: Sequence[Choice],
                on_change: Callable[[str], Awaitable[None]]) -> ft.Control:
    """The group itself, as a plain function: dialogs are built in event
    handlers, where a component call fails (see ``Heading``)."""
    async def changed(event: ft.Event[ft.RadioGroup]) -> None:
        await on_change(event.control.value or value)

    return ft.RadioGroup(
        value=value,
        on_change=changed,
        content=ft.Semantics(
            label=label,
            container=True,
            content=ft.Column([
                ft.Radio(value=choice, label=text, label_style=style)
                for choice, text, style in choices
            ], spacing=0),
        ),
    )
