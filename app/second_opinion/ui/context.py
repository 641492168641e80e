"""What every component can reach: the language and the patient's state."""

from __future__ import annotations

from typing import cast

import flet as ft

from second_opinion.state.i18n import Translator
from second_opinion.state.patient import PatientState
from second_opinion.state.settings import SettingsState

I18nContext = ft.create_context(Translator())
PatientContext = ft.create_context(cast(PatientState, None))


def use_t() -> Translator:
    """The translator of the chosen language."""
    return ft.use_context(I18nContext)


def use_patient() -> PatientState:
    return ft.use_context(PatientContext)


def go(route: str) -> None:
    """Open another screen; the browser's back button returns."""
    ft.context.page.navigate(route)


SettingsContext = ft.create_context(cast(SettingsState, None))


def use_settings() -> SettingsState:
    return ft.use_context(SettingsContext)
