"""Every character a language's catalog shows is in the font its theme uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from second_opinion.i18n.languages import languages
from tools.fonts import catalog_characters, common_characters

ROOT = Path(__file__).resolve().parents[2]
ROBOTO = ROOT / ".venv/lib/python3.11/site-packages/flet_web/web/assets/fonts/roboto.woff2"


def _font_path(family: str) -> Path:
    return ROBOTO if family == "Roboto" else ROOT / "assets" / "fonts" / f"{family}.woff2"


@pytest.mark.parametrize("language", languages(), ids=lambda language: language.code)
def test_catalog_characters_are_in_the_languages_font(language: object) -> None:
    code, family = language.code, language.font  # type: ignore[attr-defined]
    cmap = TTFont(str(_font_path(family))).getBestCmap()
    roboto = TTFont(str(ROBOTO)).getBestCmap()
    missing = sorted(c for c in catalog_characters(code)
                     if not c.isspace() and ord(c) not in cmap and ord(c) not in roboto
                     and c not in "\u200e\u200f\u2068\u2069")
    assert missing == [], f"{family} lacks {''.join(missing)!r}: run tools/fonts.py"


@pytest.mark.parametrize("code,family", [("zh_Hans", "NotoSansSC"), ("zh_Hant", "NotoSansTC"),
                                         ("ko", "NotoSansKR"), ("ar", "NotoSansArabic")])
def test_commonly_typed_characters_render(code: str, family: str) -> None:
    cmap = TTFont(str(_font_path(family))).getBestCmap()
    roboto = TTFont(str(ROBOTO)).getBestCmap()
    typed = [c for c in common_characters(code) if c.strip()]
    missing = [c for c in typed if ord(c) not in cmap and ord(c) not in roboto]
    assert len(missing) < len(typed) * 0.02, missing[:20]
