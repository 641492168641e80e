"""Every colour pair the screens draw meets WCAG 2.2 contrast, in all four schemes.

Normal light and dark: text 4.5:1 (1.4.3), controls, their borders and focus
indicators 3:1 (1.4.11). Strong contrast: text 7:1 (1.4.6), controls 3:1.
The pairs are the ones Flutter's Material 3 widgets draw with the roles the
app uses (body text on the page, a card's text on surface_container_low, a
dialog's on surface_container_high, a snack bar's on inverse_surface, …) plus
every ``ft.Colors.*`` a file under ``app/second_opinion/ui`` names.
"""

from __future__ import annotations

import re
from pathlib import Path

import flet as ft
import pytest

from second_opinion.state.settings import Contrast
from second_opinion.ui.theme import color_scheme

UI = Path(__file__).resolve().parents[2] / "app" / "second_opinion" / "ui"

#: (foreground role, background role, where the app draws it)
TEXT_PAIRS = [
    ("on_surface", "surface", "body text, headings, radio and switch labels"),
    ("on_surface_variant", "surface", "app bar actions, field labels and hints"),
    ("primary", "surface", "text and outlined buttons, links"),
    ("on_primary", "primary", "filled buttons"),
    ("on_primary_container", "primary_container", "floating action button"),
    ("on_error_container", "error_container", "store notice (components/store_notice.py)"),
    ("primary", "error_container", "the store notice's OK button"),
    ("error", "surface", "a text field's error message"),
    ("on_error", "error", "'Delete everything' button (views/settings.py)"),
    ("on_secondary_container", "secondary_container", "'not a substitute' note (views/about.py)"),
    ("on_surface", "surface_container_low", "text in cards (home, about)"),
    ("on_surface_variant", "surface_container_low", "nav card subtitles"),
    ("primary", "surface_container_low", "buttons and links inside cards"),
    ("on_surface", "surface_container", "dropdown menu items"),
    ("on_surface", "surface_container_high", "dialog titles, date and time pickers"),
    ("on_surface_variant", "surface_container_high", "dialog text"),
    ("primary", "surface_container_high", "dialog buttons"),
    ("on_inverse_surface", "inverse_surface", "snack bar text"),
    ("inverse_primary", "inverse_surface", "snack bar 'Undo'"),
]

GRAPHIC_PAIRS = [
    ("outline", "surface", "outlined button, text field and switch borders, focus"),
    ("outline", "surface_container_low", "outlined button borders inside cards"),
    ("outline", "surface_container_high", "text fields in dialogs and pickers"),
    ("primary", "surface", "selected radio, check box icon, focused field border"),
    ("on_surface_variant", "surface", "an unselected radio"),
    ("primary", "surface_container_low", "progress bar in the home card"),
    ("primary", "secondary_container", "progress bar against its track"),
    ("on_primary", "primary", "switch thumb on its track"),
]

#: Colours named in the UI only for decoration (no information, no control).
DECORATIVE: set[str] = set()

SCHEMES = {
    "light": (Contrast.STANDARD, False),
    "dark": (Contrast.STANDARD, True),
    "strong light": (Contrast.HIGH, False),
    "strong dark": (Contrast.HIGH, True),
}


def relative_luminance(hex_color: str) -> float:
    """WCAG 2.2 relative luminance of an sRGB colour "#RRGGBB"."""
    value = hex_color.lstrip("#")
    assert re.fullmatch(r"[0-9A-Fa-f]{6}", value), f"not #RRGGBB: {hex_color}"
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted((relative_luminance(foreground),
                              relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def role(scheme: ft.ColorScheme, name: str) -> str:
    value = getattr(scheme, name)
    assert isinstance(value, str), f"{name} is not given in the scheme: Flutter would pick it"
    return value


def failures(scheme: ft.ColorScheme, pairs: list[tuple[str, str, str]],
             minimum: float) -> list[str]:
    found = []
    for fg, bg, where in pairs:
        ratio = contrast_ratio(role(scheme, fg), role(scheme, bg))
        if ratio < minimum:
            found.append(f"{fg} on {bg} ({where}): {ratio:.2f} < {minimum}")
    return found


def test_the_formula_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#999999", "#FFFFFF") == pytest.approx(2.85, abs=0.01)


def test_the_check_fails_on_grey_text() -> None:
    grey = ft.ColorScheme(on_surface="#999999", surface="#FFFFFF")
    assert failures(grey, [("on_surface", "surface", "grey text")], 4.5) == [
        "on_surface on surface (grey text): 2.85 < 4.5"]


@pytest.mark.parametrize("name", list(SCHEMES))
def test_text_contrast(name: str) -> None:
    contrast, dark = SCHEMES[name]
    minimum = 7.0 if contrast is Contrast.HIGH else 4.5
    assert failures(color_scheme(contrast, dark), TEXT_PAIRS, minimum) == []


@pytest.mark.parametrize("name", list(SCHEMES))
def test_control_and_outline_contrast(name: str) -> None:
    contrast, dark = SCHEMES[name]
    assert failures(color_scheme(contrast, dark), GRAPHIC_PAIRS, 3.0) == []


def named_colors() -> dict[str, list[str]]:
    """Every ``ft.Colors.X`` a UI file names (the theme itself aside): role -> files."""
    found: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py":
            continue
        for match in re.finditer(r"ft\.Colors\.([A-Z_]+)", path.read_text(encoding="utf-8")):
            found.setdefault(match.group(1).lower(), []).append(path.relative_to(UI).as_posix())
    return found


def test_every_colour_the_ui_names_is_in_a_checked_pair() -> None:
    named = named_colors()
    assert named, "the scan found no ft.Colors: the pattern is broken"
    checked = {r for fg, bg, _ in TEXT_PAIRS + GRAPHIC_PAIRS for r in (fg, bg)}
    unchecked = {r: files for r, files in named.items()
                 if r not in checked and r not in DECORATIVE}
    assert unchecked == {}


@pytest.mark.parametrize("name", list(SCHEMES))
def test_every_role_used_is_given_explicitly(name: str) -> None:
    scheme = color_scheme(*SCHEMES[name])
    used = {r for fg, bg, _ in TEXT_PAIRS + GRAPHIC_PAIRS for r in (fg, bg)} | set(named_colors())
    missing = sorted(r for r in used if not isinstance(getattr(scheme, r, None), str))
    assert missing == []
