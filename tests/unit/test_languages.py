"""Choosing the app's language from the device's list, as Babel sees locales."""

from __future__ import annotations

import pytest

from second_opinion.i18n.languages import by_code, languages, negotiate


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
