"""A named group of radio buttons: "Status of Pathology report", then each choice.

The naming ``Semantics`` sits inside the ``RadioGroup``: wrapped around it,
its node lay over the radios and took their taps (Playwright: "intercepts
pointer events"); screen readers hear the group's name either way.

Each choice is drawn here, not by ``ft.Radio(label=...)``: Flet puts that
label in a row where it cannot wrap, so at 200 % text on a 320 px phone it
ran off the screen. Here the label takes the rest of the row and wraps;
``MergeSemantics`` makes radio and label one node (role radio, its label as
name, checked state), and a tap on the label picks the choice, as a tap on
Flet's own label does.
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
                choice_row(choice, text, style, on_change)
                for choice, text, style in choices
            ], spacing=0),
        ),
    )


def choice_row(choice: str, text: str, style: ft.TextStyle | None,
               on_change: Callable[[str], Awaitable[None]]) -> ft.Control:
    """One radio with a label that wraps; the label's tap is not a second
    action for screen readers (the radio's own tap is the node's)."""
    async def tapped() -> None:
        await on_change(choice)

    return ft.MergeSemantics(content=ft.GestureDetector(
        exclude_from_semantics=True,
        mouse_cursor=ft.MouseCursor.CLICK,
        on_tap=tapped,
        content=ft.Row([
            ft.Radio(value=choice),
            ft.Text(text, style=style, expand=True),
        ], spacing=0),
    ))
