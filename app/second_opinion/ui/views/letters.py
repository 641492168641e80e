"""Placeholder: being written (issue #14)."""

from __future__ import annotations

import flet as ft

from second_opinion.ui.components import Screen


@ft.component
def LettersView() -> ft.View:
    return Screen(route="/", title="…", controls=[])


@ft.component
def LetterView() -> ft.View:
    return Screen(route="/", title="…", controls=[])


@ft.component
def SignerEditView() -> ft.View:
    return Screen(route="/", title="…", controls=[])
