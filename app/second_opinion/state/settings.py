"""The user's settings: a typed, versioned value kept in the store.

One frozen value, provided to every component through a context; changing a
setting replaces the value, so each change applies at once.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any

import flet as ft

from second_opinion.i18n import languages
from second_opinion.state.saver import Saver
from second_opinion.store.database import Store

SETTINGS_TABLE = "settings"
SETTINGS_KEY = "app"
MIN_TEXT_SCALE = 1.0
MAX_TEXT_SCALE = 2.0


class Contrast(StrEnum):
    STANDARD = "standard"
    HIGH = "high"


class Brightness(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class DeviceFeatures:
    """What the phone or browser asks for, as Flet reports it at start.

    In the page Flutter reads ``prefers-reduced-motion`` and ``forced-colors``.
    """

    high_contrast: bool = False
    reduce_motion: bool = False


@dataclass(frozen=True)
class Settings:
    language: str | None = None
    """Chosen language code, e.g. ``"es"``; ``None`` follows the device."""

    summary_language: str | None = None
    """Language of the visit summary for the doctor; ``None`` is the app's language."""

    summary_both: bool = False
    """Show the summary in the app's language and the summary's language together."""

    text_scale: float = 1.0
    """Multiplies every text size, from 1.0 (100 %) to 2.0 (200 %)."""

    contrast: Contrast | None = None
    """High contrast uses colours at 7:1 or more; ``None`` follows the device."""

    brightness: Brightness = Brightness.SYSTEM
    """Light, dark, or as the device is set."""

    def to_doc(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["contrast"] = self.contrast.value if self.contrast else None
        doc["brightness"] = self.brightness.value
        return doc

    def contrast_on(self, device: DeviceFeatures) -> Contrast:
        """The user's choice, else what the device asks for."""
        if self.contrast is not None:
            return self.contrast
        return Contrast.HIGH if device.high_contrast else Contrast.STANDARD

    @classmethod
    def from_doc(cls, doc: dict[str, Any] | None) -> Settings:
        """Unknown or broken values fall back to defaults, one field at a time."""
        settings = cls()
        known = {f.name for f in fields(cls)}
        for name, value in (doc or {}).items():
            if name not in known:
                continue
            try:
                settings = replace(settings, **{name: _coerce(name, value)})
            except (TypeError, ValueError):
                continue
        return settings


def _coerce(name: str, value: Any) -> Any:
    if name == "text_scale":
        return min(MAX_TEXT_SCALE, max(MIN_TEXT_SCALE, float(value)))
    if name == "contrast":
        return None if value is None else Contrast(value)
    if name == "brightness":
        return Brightness(value)
    if name == "summary_both":
        if not isinstance(value, bool):
            raise TypeError(name)
        return value
    if value is not None and not isinstance(value, str):
        raise TypeError(name)
    return value


class SettingsState(ft.Observable):
    """Holds the current ``Settings``; each change is saved through the one ``Saver``.

    Restoring a backup or deleting everything reloads it from the store
    (``PatientData``): no screen has to re-sync it by hand.
    """

    def __init__(self, saver: Saver, device_languages: list[str],
                 device: DeviceFeatures | None = None) -> None:
        self._saver = saver
        self.device_languages = device_languages
        self.device = device or DeviceFeatures()
        self.value = Settings()

    @property
    def language_code(self) -> str:
        """The language the app speaks: the patient's choice, else the device's best match."""
        return self.value.language or languages.negotiate(self.device_languages)

    def load(self, store: Store) -> None:
        self.value = Settings.from_doc(store.get(SETTINGS_TABLE, SETTINGS_KEY))

    async def update(self, **changes: Any) -> bool:
        self.value = replace(self.value, **changes)
        document = self.value.to_doc()
        return await self._saver.write(
            lambda store: store.put(SETTINGS_TABLE, SETTINGS_KEY, document))
