"""Facts the app and the page around it share are written in one place each.

The brand colour lives in ``content/brand.py`` and the page channel's name in
``content/shell_channel.py``; every other file reads them from there, and the
build writes them into the page's files (``tools/pwa.py``). A test for what
the build writes is in ``test_build.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from second_opinion.content.brand import BRAND_HEX, brand_rgb
from second_opinion.content.shell_channel import SHELL_CHANNEL
from tools import pwa

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("app", "assets", "tools", "tests", "docs", "locales")
TEXT = {".py", ".js", ".css", ".html", ".json", ".md", ".toml", ".cfg", ".txt", ".po", ".pot",
        ".webmanifest", ".svg"}
SKIPPED = {"__pycache__", ".pytest_cache"}


def _text_files() -> list[Path]:
    files = [ROOT / name for name in ("README.md", "Makefile", "pyproject.toml", "babel.cfg")]
    for folder in FOLDERS:
        files += [p for p in (ROOT / folder).rglob("*")
                  if p.is_file() and p.suffix in TEXT and not SKIPPED & set(p.parts)]
    return [p for p in files if p.is_file()]


def _written_in(pattern: re.Pattern[str]) -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in _text_files()
                  if pattern.search(p.read_text(encoding="utf-8", errors="replace")))


def test_brand_colour_is_written_only_in_content_brand() -> None:
    red, green, blue = brand_rgb()
    hex_form = re.compile(re.escape(BRAND_HEX.lstrip("#")), re.I)
    rgb_form = re.compile(rf"\b{red}\D{{1,3}}{green}\D{{1,3}}{blue}\b")
    assert _written_in(hex_form) == ["app/second_opinion/content/brand.py"]
    assert _written_in(rgb_form) == []


def test_brand_rgb_is_the_hex_colour() -> None:
    assert "#{:02X}{:02X}{:02X}".format(*brand_rgb()) == BRAND_HEX.upper()


def test_channel_name_is_written_only_in_content_shell_channel() -> None:
    assert _written_in(re.compile(re.escape(SHELL_CHANNEL))) == [
        "app/second_opinion/content/shell_channel.py"]


def test_app_and_page_use_the_one_channel_name() -> None:
    from second_opinion.ui import web_shell

    assert web_shell.SHELL_CHANNEL is SHELL_CHANNEL
    bridge = (ROOT / "assets/web/shell/page-bridge.js").read_text(encoding="utf-8")
    assert 'new BroadcastChannel("__SHELL_CHANNEL__")' in bridge


def test_theme_and_icons_use_the_brand_colour() -> None:
    from second_opinion.ui import theme
    from tools import icons

    assert theme.SEED == BRAND_HEX
    assert brand_rgb() == icons.BRAND


def test_the_build_fills_every_placeholder() -> None:
    page = pwa.fill("index.html", (ROOT / "assets/web/index.html").read_text(encoding="utf-8"))
    assert f'<meta name="theme-color" content="{BRAND_HEX}">' in page


def test_an_unknown_placeholder_stops_the_build() -> None:
    with pytest.raises(SystemExit, match="__BRAND_COLOUR__"):
        pwa.fill("shell.css", "a { color: __BRAND_COLOUR__; }")
