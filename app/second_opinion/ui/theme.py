"""Colours and text sizes: calm, high contrast, large text that scales.

Flet 1.0.5 has no page-level text scale, so every text style of the theme
is scaled here; components use theme styles, never fixed sizes.
"""

from __future__ import annotations

import flet as ft

from second_opinion.state.languages import Language
from second_opinion.state.settings import Brightness, Contrast, Settings

SEED = "#1B5E8C"

#: Fonts loaded in every language, as fallbacks after the language's own:
#: Arabic in full (56 KB; Arabic speakers type it whatever the app's language),
#: and the few Chinese and Korean glyphs of the languages' own names ("中文").
#: A glyph no loaded font has makes Flutter download Noto fallbacks: offline, a box.
ALWAYS_FONTS = ["NotoSansArabic", "LanguageNamesCJK"]

#: Material 3 sizes, a step larger for tired eyes (body text is 16, not 14).
BASE_SIZES = {
    "display_small": 36, "headline_large": 32, "headline_medium": 28, "headline_small": 26,
    "title_large": 22, "title_medium": 18, "title_small": 16,
    "body_large": 18, "body_medium": 16, "body_small": 14,
    "label_large": 16, "label_medium": 14, "label_small": 13,
}

HIGH_CONTRAST_LIGHT = ft.ColorScheme(
    primary="#00315A", on_primary="#FFFFFF", secondary="#1F2A33", on_secondary="#FFFFFF",
    surface="#FFFFFF", on_surface="#000000", on_surface_variant="#111111",
    outline="#000000", error="#8C0009", on_error="#FFFFFF",
    primary_container="#00315A", on_primary_container="#FFFFFF",
)
HIGH_CONTRAST_DARK = ft.ColorScheme(
    primary="#CFE5FF", on_primary="#000000", secondary="#E0E8F0", on_secondary="#000000",
    surface="#000000", on_surface="#FFFFFF", on_surface_variant="#EEEEEE",
    outline="#FFFFFF", error="#FFB4AB", on_error="#000000",
    primary_container="#CFE5FF", on_primary_container="#000000",
)


def language_name_style() -> ft.TextStyle:
    """For a language's own name ("中文", "العربية") shown in any language."""
    return ft.TextStyle(font_family_fallback=["Roboto", *ALWAYS_FONTS])


def text_theme(scale: float, font: str | None) -> ft.TextTheme:
    styles = {name: ft.TextStyle(size=round(size * scale, 1), font_family=font,
                                 font_family_fallback=["Roboto", *ALWAYS_FONTS])
              for name, size in BASE_SIZES.items()}
    return ft.TextTheme(**styles)


def button_style(scale: float, font: str | None) -> ft.ButtonStyle:
    """Buttons at least 48 px high (WCAG 2.5.8 asks 24; tired hands need more).

    The text style must name the language's font again: a button's own text
    style replaces the theme's, and Arabic or Chinese labels became boxes.
    """
    return ft.ButtonStyle(
        padding=ft.Padding.symmetric(horizontal=20, vertical=14),
        text_style=ft.TextStyle(size=round(BASE_SIZES["label_large"] * scale, 1),
                                weight=ft.FontWeight.W_600, font_family=font,
                                font_family_fallback=["Roboto", *ALWAYS_FONTS]),
        icon_size=round(22 * scale),
    )


def build_theme(settings: Settings, language: Language, dark: bool) -> ft.Theme:
    high = settings.contrast is Contrast.HIGH
    scheme = (HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT) if high else None
    font = None if language.font == "Roboto" else language.font
    return ft.Theme(
        color_scheme_seed=None if high else SEED,
        color_scheme=scheme,
        font_family=font,
        text_theme=text_theme(settings.text_scale, font),
        visual_density=ft.VisualDensity.STANDARD,
        button_theme=ft.ButtonTheme(style=button_style(settings.text_scale, font)),
        filled_button_theme=ft.FilledButtonTheme(style=button_style(settings.text_scale, font)),
        outlined_button_theme=ft.OutlinedButtonTheme(style=button_style(settings.text_scale, font)),
        text_button_theme=ft.TextButtonTheme(style=button_style(settings.text_scale, font)),
        icon_button_theme=ft.IconButtonTheme(style=ft.ButtonStyle(padding=12)),
    )


def theme_mode(settings: Settings) -> ft.ThemeMode:
    return {Brightness.SYSTEM: ft.ThemeMode.SYSTEM, Brightness.LIGHT: ft.ThemeMode.LIGHT,
            Brightness.DARK: ft.ThemeMode.DARK}[settings.brightness]
