"""Dates and times in each language's own words and habits, through Babel."""

from __future__ import annotations

import datetime as dt

import pytest

from second_opinion.i18n.translator import Translator

VISIT = dt.date(2026, 12, 3)


@pytest.mark.parametrize(("code", "expected"), [
    ("en", "December 3, 2026"),
    ("es", "3 de diciembre de 2026"),
    ("fr", "3 décembre 2026"),
    ("ht", "3 desanm 2026"),   # CLDR has no Creole names; Babel alone says "décembre"
    ("ru", "3 декабря 2026\u202fг."),
])
def test_visit_dates_in_each_language(code: str, expected: str) -> None:
    assert Translator(code).date(VISIT) == expected


def test_spanish_uses_us_times() -> None:
    """US Latino patients read 2:30 p.m., not 14:30."""
    assert Translator("es").time(dt.time(14, 30)).replace("\u202f", " ").replace(
        "\xa0", " ") == "2:30 p.m."


def test_last_reviewed_month_in_creole_and_arabic() -> None:
    assert Translator("ht").month_year(dt.date(2025, 1, 1)) == "janvye 2025"
    assert "2025" in Translator("ar").month_year(dt.date(2025, 1, 1))
    assert "January" not in Translator("ar").month_year(dt.date(2025, 1, 1))
