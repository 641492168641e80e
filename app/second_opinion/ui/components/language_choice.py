"""A button that says a text's language and opens the list of languages.

Used for the visit summary's language and a letter's. Each language is a
radio named in its own script ("Español"), in a dialog: with Flet's
read-only drop-down, Tab went past it, so keyboard users could not change
the language at all. The dialog's side margins are narrow: at 200 % text
on a 320 px phone its title keeps its words whole.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from second_opinion.i18n import languages
from second_opinion.ui.components.choice_group import radio_group
from second_opinion.ui.components.heading import Heading
from second_opinion.ui.context import use_t
from second_opinion.ui.theme import language_name_style


def open_language_list(page: ft.Page, label: str, code: str, cancel: str,
                       choose: Callable[[str], Awaitable[None]]) -> None:
    async def picked(chosen: str) -> None:
        page.pop_dialog()
        await choose(chosen)

    choices = [(language.code, language.name, language_name_style())
               for language in languages.languages()]
    page.show_dialog(ft.AlertDialog(
        title=Heading(label, 2),
        content=ft.Column([radio_group(label, code, choices, picked)],
                          scroll=ft.ScrollMode.AUTO, tight=True),
        actions=[ft.TextButton(cancel, on_click=lambda: page.pop_dialog())],
        inset_padding=ft.Padding.symmetric(horizontal=12, vertical=24),
    ))


@ft.component
def LanguageChoice(label: str, code: str, choose: Callable[[str], Awaitable[None]],
                   spoken: Callable[[str], str] | None = None,
                   style: ft.ButtonStyle | None = None) -> ft.Control:
    """"<label>: <language>" on the button; ``spoken`` may add what it is for
    to its accessible name (the shown words stay at its start)."""
    _ = use_t().gettext
    page = ft.context.page
    # TRANSLATORS: on the button, e.g. "Language of the summary: Español".
    shown = _("{label}: {language}").format(label=label, language=languages.by_code(code).name)
    return ft.OutlinedButton(
        content=ft.Text(shown, semantics_label=spoken(shown) if spoken else None),
        icon=ft.Icons.TRANSLATE, style=style,
        on_click=lambda: open_language_list(page, label, code, _("Cancel"), choose),
    )
