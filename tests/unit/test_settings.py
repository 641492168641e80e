"""Settings follow the device until the user chooses; old saved values still read."""

from __future__ import annotations

import flet as ft

from second_opinion.i18n.languages import by_code
from second_opinion.state.settings import Contrast, DeviceFeatures, Settings
from second_opinion.ui.theme import STILL, build_theme

ASKS_FOR_CONTRAST = DeviceFeatures(high_contrast=True)


def test_contrast_follows_the_device_until_the_user_chooses() -> None:
    assert Settings().contrast_on(ASKS_FOR_CONTRAST) is Contrast.HIGH
    assert Settings().contrast_on(DeviceFeatures()) is Contrast.STANDARD
    assert Settings(contrast=Contrast.STANDARD).contrast_on(ASKS_FOR_CONTRAST) is Contrast.STANDARD
    assert Settings(contrast=Contrast.HIGH).contrast_on(DeviceFeatures()) is Contrast.HIGH


def test_saved_contrast_reads_back_including_the_old_default() -> None:
    assert Settings.from_doc({"contrast": "standard"}).contrast is Contrast.STANDARD
    assert Settings.from_doc({"contrast": None}).contrast is None
    assert Settings.from_doc({"contrast": "blinding"}).contrast is None
    for settings in (Settings(), Settings(contrast=Contrast.HIGH)):
        assert Settings.from_doc(settings.to_doc()) == settings


def test_less_motion_when_the_device_asks() -> None:
    english = by_code("en")
    still = build_theme(Settings(), english, dark=False, device=DeviceFeatures(reduce_motion=True))
    moving = build_theme(Settings(), english, dark=False, device=DeviceFeatures())
    assert still.page_transitions == STILL
    assert moving.page_transitions == ft.PageTransitionsTheme()
