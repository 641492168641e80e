"""Placeholder: being written (issue #14)."""

from __future__ import annotations

import flet as ft

from second_opinion.ui.components import Screen


@ft.component
def CallsView() -> ft.View:
    return Screen(route="/", title="…", controls=[])


@ft.component
def CallEditView() -> ft.View:
    return Screen(route="/", title="…", controls=[])


@ft.component
def OfficeEditView() -> ft.View:
    return Screen(route="/", title="…", controls=[])
