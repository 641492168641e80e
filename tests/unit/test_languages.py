"""Choosing the app's language from the device's list, as Babel sees locales."""

from __future__ import annotations

from pathlib import Path

import pytest

from second_opinion.i18n.languages import by_code, languages, negotiate
from tools import catalogs, fonts, vendor

TOOLS = Path(__file__).resolve().parents[2] / "tools"


@pytest.mark.parametrize(("device", "expected"), [
    ("es-MX", "es"), ("es", "es"),
    ("zh-TW", "zh_Hant"), ("zh-HK", "zh_Hant"), ("zh-MO", "zh_Hant"), ("zh-Hant", "zh_Hant"),
    ("zh-CN", "zh_Hans"), ("zh-SG", "zh_Hans"), ("zh", "zh_Hans"), ("zh-Hans-HK", "zh_Hans"),
    ("tl-PH", "fil"), ("tl", "fil"), ("fil-PH", "fil"),
    ("vi-VN", "vi"), ("ko-KR", "ko"), ("ar-EG", "ar"), ("ar", "ar"), ("ru-RU", "ru"),
    ("ht-HT", "ht"), ("fr-CA", "fr"), ("en-GB", "en"),
    ("de-DE", "en"), ("ja", "en"), ("not-a-tag", "en"),
])
def test_device_language_finds_the_nearest_shipped_one(device: str, expected: str) -> None:
    assert negotiate([device]) == expected


def test_first_match_in_the_device_list_wins() -> None:
    assert negotiate(["de-DE", "ko-KR", "es"]) == "ko"
    assert negotiate([]) == "en"


def test_registry_lists_eleven_languages_arabic_right_to_left() -> None:
    codes = [language.code for language in languages()]
    assert codes[0] == "en" and len(codes) == 11
    assert [language.code for language in languages() if language.rtl] == ["ar"]
    assert by_code("zh_Hans").name == "中文（简体）"
    assert by_code("unknown").code == "en"


def test_build_tools_read_the_registry_through_the_apps_loader() -> None:
    codes = [language.code for language in languages()]
    assert catalogs.language_codes() == codes
    assert vendor._shipped_babel_locales() == {code.split("_")[0] for code in codes}
    assert set("中文한국어العربية") <= fonts.language_names()
    readers = [p.name for p in sorted(TOOLS.glob("*.py")) if "languages.json" in p.read_text()]
    assert readers == []
