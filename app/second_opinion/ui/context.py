"""What every component can reach: the language, the patient's data and the settings.

``use_patient()`` gives the ``PatientData`` service, a plain object: reaching
it subscribes a component to nothing, so any component can call an intent.
A component listens only to the observables it is *given as arguments*
(a record's ``Cell``, a collection, the ``Saver``): Flet subscribes a
component to its observable arguments. So a component redraws when what it
shows changes, and reads it from that argument at that moment.
"""

from __future__ import annotations

from typing import cast

import flet as ft

from second_opinion.i18n.translator import Translator
from second_opinion.state.patient import PatientData
from second_opinion.state.settings import SettingsState

I18nContext = ft.create_context(Translator())
PatientContext = ft.create_context(cast(PatientData, None))
SettingsContext = ft.create_context(cast(SettingsState, None))


def use_t() -> Translator:
    """The translator of the chosen language."""
    return ft.use_context(I18nContext)


def use_patient() -> PatientData:
    """The patient's data and intents; listens to nothing."""
    return ft.use_context(PatientContext)


def use_settings() -> SettingsState:
    """The settings; the component redraws when they change (they are observable)."""
    return ft.use_context(SettingsContext)


def go(route: str) -> None:
    """Open another screen; the browser's back button returns."""
    ft.context.page.navigate(route)
