"""Translations, plurals and dates through Babel, for one chosen language.

Catalogs are compiled ``.mo`` files: inside the package when built (the
build packs them there), else beside the ``.po`` files in ``locales/``
(development). A missing catalog falls back to English, the source language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_datetime, format_time, get_time_format
from babel.support import NullTranslations, Translations

from second_opinion.i18n import date_words, languages

PACKAGE_LOCALES = Path(__file__).resolve().parents[1] / "locales"
SOURCE_LOCALES = Path(__file__).resolve().parents[3] / "locales"
DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=16)
def _catalog(code: str) -> NullTranslations:
    for folder in (PACKAGE_LOCALES, SOURCE_LOCALES):
        if (folder / code / "LC_MESSAGES" / "messages.mo").exists():
            return Translations.load(str(folder), [code])
    return NullTranslations()


@dataclass(frozen=True)
class Translator:
    """Everything the UI needs to speak one language."""

    code: str = DEFAULT_LANGUAGE

    @property
    def locale(self) -> Locale:
        """The CLDR locale for dates and times (Spanish uses US formats: 2:30 p.m.)."""
        return Locale.parse(languages.format_locale(self.code))

    @property
    def uses_24_hour_clock(self) -> bool:
        """Does this language write times on a 24-hour clock ("14:30", not "2:30 PM")?"""
        pattern = get_time_format("short", locale=self.locale).pattern
        return any(hour in pattern for hour in "Hk")

    def gettext(self, message: str) -> str:
        return _catalog(self.code).gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return _catalog(self.code).ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        return str(_catalog(self.code).pgettext(context, message))

    def date(self, value: dt.date, format: str = "long") -> str:  # noqa: A002
        return self._words(format_date(value, format=format, locale=self.locale))

    def saved_date(self, iso: str, format: str = "long") -> str:  # noqa: A002
        """A date as a record keeps it (ISO) in words; the text as saved if it is not one."""
        try:
            return self.date(dt.date.fromisoformat(iso), format)
        except ValueError:
            return iso

    def saved_time(self, hh_mm: str) -> str:
        """A time as a record keeps it ("14:30") as the reader is used to; else as saved."""
        try:
            return self.time(dt.time.fromisoformat(hh_mm))
        except ValueError:
            return hh_mm

    def month_year(self, value: dt.date) -> str:
        return self._words(format_date(value, format="MMMM y", locale=self.locale))

    def time(self, value: dt.time) -> str:
        return format_time(value, format="short", locale=self.locale)

    def datetime(self, value: dt.datetime) -> str:
        return self._words(format_datetime(value, format="medium", locale=self.locale))

    def _words(self, formatted: str) -> str:
        """Month and day names CLDR lacks for this language (see ``date_words``)."""
        for cldr, own in date_words.replacements(self.code):
            formatted = formatted.replace(cldr, own)
        return formatted
