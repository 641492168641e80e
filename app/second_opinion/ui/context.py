"""What every component can reach: the language and the patient's state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import flet as ft

from second_opinion.i18n.translator import Translator
from second_opinion.state.patient import PatientState
from second_opinion.state.settings import SettingsState

I18nContext = ft.create_context(Translator())
PatientContext = ft.create_context(cast(PatientState, None))


def use_t() -> Translator:
    """The translator of the chosen language."""
    return ft.use_context(I18nContext)


def use_patient() -> PatientState:
    """The patient's state; the component redraws on every change to it."""
    return ft.use_context(PatientContext)


@dataclass(frozen=True)
class PatientHandle:
    """The state in a plain box: Flet subscribes to a context value only if
    it is observable, so a component can reach the state without listening."""

    state: PatientState


PatientHandleContext = ft.create_context(cast(PatientHandle, None))


def use_patient_quietly() -> PatientState:
    """The patient's state, without redrawing on each change to it.

    For a memoized component whose arguments say when it must redraw, so a
    tap redraws one card, not all of them. It still reads what it shows
    from the state, never from those arguments (docs/flet-web-offline.md).
    """
    return ft.use_context(PatientHandleContext).state


def go(route: str) -> None:
    """Open another screen; the browser's back button returns."""
    ft.context.page.navigate(route)


SettingsContext = ft.create_context(cast(SettingsState, None))


def use_settings() -> SettingsState:
    return ft.use_context(SettingsContext)
