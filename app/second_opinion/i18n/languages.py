"""The language registry and choosing a language from the device's list.

``locales/languages.json`` is the one registry (code, name in its own
script, direction, font); adding a language is a catalog plus one line there.
Babel's ``negotiate_locale`` alone finds no match for ``zh-TW`` against
``zh_Hant`` or for ``tl`` against ``fil``: we resolve aliases and likely
scripts first (CLDR's likely subtags), then negotiate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

PACKAGE_REGISTRY = Path(__file__).resolve().parents[1] / "locales" / "languages.json"
SOURCE_REGISTRY = Path(__file__).resolve().parents[3] / "locales" / "languages.json"
DEFAULT = "en"

#: Language codes CLDR knows under another name.
ALIASES = {"tl": "fil", "iw": "he", "in": "id"}


@dataclass(frozen=True)
class Language:
    code: str          # the catalog's folder name, e.g. "zh_Hant"
    name: str          # in its own script, e.g. "中文（繁體）"
    english_name: str
    rtl: bool
    font: str          # font family used by the theme for this language
    formats: str = ""  # CLDR locale for dates and times, if not ``code`` (es -> es_US)

    @property
    def format_locale(self) -> str:
        return self.formats or self.code


@lru_cache(maxsize=1)
def languages() -> tuple[Language, ...]:
    path = PACKAGE_REGISTRY if PACKAGE_REGISTRY.exists() else SOURCE_REGISTRY
    entries = json.loads(path.read_text(encoding="utf-8"))
    return tuple(Language(code=e["code"], name=e["name"], english_name=e["english_name"],
                          rtl=e["dir"] == "rtl", font=e["font"], formats=e.get("formats", ""))
                 for e in entries)


def format_locale(code: str) -> str:
    """The CLDR locale for dates and times of ``code`` (itself unless the registry says)."""
    for language in languages():
        if language.code == code:
            return language.format_locale
    return code


def by_code(code: str) -> Language:
    for language in languages():
        if language.code == code:
            return language
    return by_code(DEFAULT)


def _expanded(tag: str) -> tuple[str, str | None] | None:
    """(language, script) of a device tag: ``zh-TW`` -> zh/Hant, ``tl-PH`` -> fil/None."""
    parts = tag.replace("-", "_").split("_")
    parts[0] = ALIASES.get(parts[0].lower(), parts[0].lower())
    try:
        locale = Locale.parse("_".join(parts))
    except (ValueError, UnknownLocaleError):
        try:
            locale = Locale.parse(parts[0])
        except (ValueError, UnknownLocaleError):
            return None
    return locale.language, locale.script or _likely_script(locale)


def _likely_script(locale: Locale) -> str | None:
    """CLDR's likely script: zh_TW -> Hant, zh_HK -> Hant, zh / zh_SG -> Hans."""
    from babel.core import get_global

    likely = get_global("likely_subtags")
    keys = [f"{locale.language}_{locale.territory}"] if locale.territory else []
    for key in [*keys, locale.language]:
        parts = likely.get(key, "").split("_")
        if len(parts) >= 2 and len(parts[1]) == 4:
            return parts[1]
    return None


def negotiate(device_tags: list[str]) -> str:
    """The best shipped language for the device's preferred list, else English."""
    for tag in device_tags:
        wanted = _expanded(tag)
        if wanted is None:
            continue
        for language in languages():
            shipped = Locale.parse(language.code)
            if shipped.language == wanted[0] and shipped.script in (None, wanted[1]):
                return language.code
    return DEFAULT
