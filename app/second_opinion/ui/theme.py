"""Colours and text sizes: calm, high contrast, large text that scales.

Flet 1.0.5 has no page-level text scale, so every text style of the theme
is scaled here; components use theme styles, never fixed sizes.
"""

from __future__ import annotations

import flet as ft

from second_opinion.content.brand import BRAND_HEX
from second_opinion.i18n.languages import Language, languages
from second_opinion.state.settings import Brightness, Contrast, DeviceFeatures, Settings

SEED = BRAND_HEX

#: Fonts loaded in every language, as fallbacks after the language's own:
#: Arabic in full (56 KB; Arabic speakers type it whatever the app's language),
#: and the few Chinese and Korean glyphs of the languages' own names ("中文").
#: A glyph no loaded font has makes Flutter download Noto fallbacks: offline, a box.
ALWAYS_FONTS = ["NotoSansArabic", "LanguageNamesCJK"]


def fallback_fonts() -> list[str]:
    """Every style's fallbacks: Roboto, the fonts always loaded, then every
    language's own font (one not loaded now is skipped at no cost).

    A screen under the one shown keeps drawing its cards and buttons in the
    style it had before a language change: Flutter's ``Material`` animates
    its text style, and a screen out of sight does not animate. With the
    new language's font in the old style's fallbacks, its words still find
    their glyphs; without it, Korean words on home under Settings made
    Flutter ask for Noto fallbacks again and again, 40 a second.
    """
    own = [language.font for language in languages() if language.font != "Roboto"]
    return list(dict.fromkeys(["Roboto", *ALWAYS_FONTS, *own]))


#: Material 3 sizes, a step larger for tired eyes (body text is 16, not 14).
BASE_SIZES = {
    "display_small": 36, "headline_large": 32, "headline_medium": 28, "headline_small": 26,
    "title_large": 22, "title_medium": 18, "title_small": 16,
    "body_large": 18, "body_medium": 16, "body_small": 14,
    "label_large": 16, "label_medium": 14, "label_small": 13,
}

# Every colour role a screen draws is given in all four schemes, so
# tests/unit/test_contrast.py can compute its contrast: a role left out would
# be filled by Flutter at run time from the seed, and no test could see it.
# The normal schemes are Flutter's own Material 3 "tonal spot" tones for SEED
# (materialyoucolor's SchemeTonalSpot, spec 2021), written out.

LIGHT = ft.ColorScheme(
    primary="#2D628C", on_primary="#FFFFFF",
    primary_container="#CDE5FF", on_primary_container="#0B4A72",
    secondary="#51606F", on_secondary="#FFFFFF",
    secondary_container="#D4E4F6", on_secondary_container="#3A4857",
    error="#BA1A1A", on_error="#FFFFFF",
    error_container="#FFDAD6", on_error_container="#93000A",
    surface="#F7F9FF", on_surface="#181C20", on_surface_variant="#42474E",
    outline="#72787F", outline_variant="#C2C7CF",
    surface_container_lowest="#FFFFFF", surface_container_low="#F1F4F9",
    surface_container="#ECEEF3", surface_container_high="#E6E8EE",
    surface_container_highest="#E0E2E8",
    inverse_surface="#2D3135", on_inverse_surface="#EEF1F6", inverse_primary="#9ACBFA",
    surface_tint="#2D628C",
)
DARK = ft.ColorScheme(
    primary="#9ACBFA", on_primary="#003352",
    primary_container="#0B4A72", on_primary_container="#CDE5FF",
    secondary="#B9C8DA", on_secondary="#233240",
    secondary_container="#3A4857", on_secondary_container="#D4E4F6",
    error="#FFB4AB", on_error="#690005",
    error_container="#93000A", on_error_container="#FFDAD6",
    surface="#101418", on_surface="#E0E2E8", on_surface_variant="#C2C7CF",
    outline="#8C9198", outline_variant="#42474E",
    surface_container_lowest="#0B0F12", surface_container_low="#181C20",
    surface_container="#1C2024", surface_container_high="#272A2E",
    surface_container_highest="#313539",
    inverse_surface="#E0E2E8", on_inverse_surface="#2D3135", inverse_primary="#2D628C",
    surface_tint="#9ACBFA",
)
HIGH_CONTRAST_LIGHT = ft.ColorScheme(
    primary="#00315A", on_primary="#FFFFFF",
    primary_container="#00315A", on_primary_container="#FFFFFF",
    secondary="#1F2A33", on_secondary="#FFFFFF",
    secondary_container="#E0E8F0", on_secondary_container="#000000",
    error="#8C0009", on_error="#FFFFFF",
    error_container="#FFDAD6", on_error_container="#410002",
    surface="#FFFFFF", on_surface="#000000", on_surface_variant="#111111",
    outline="#000000", outline_variant="#444444",
    surface_container_lowest="#FFFFFF", surface_container_low="#F7F7F7",
    surface_container="#F0F0F0", surface_container_high="#EBEBEB",
    surface_container_highest="#E3E3E3",
    inverse_surface="#000000", on_inverse_surface="#FFFFFF", inverse_primary="#CFE5FF",
    surface_tint="#00315A",
)
HIGH_CONTRAST_DARK = ft.ColorScheme(
    primary="#CFE5FF", on_primary="#000000",
    primary_container="#CFE5FF", on_primary_container="#000000",
    secondary="#E0E8F0", on_secondary="#000000",
    secondary_container="#1F2A33", on_secondary_container="#FFFFFF",
    error="#FFB4AB", on_error="#000000",
    error_container="#4A0002", on_error_container="#FFFFFF",
    surface="#000000", on_surface="#FFFFFF", on_surface_variant="#EEEEEE",
    outline="#FFFFFF", outline_variant="#BBBBBB",
    surface_container_lowest="#000000", surface_container_low="#0A0A0A",
    surface_container="#121212", surface_container_high="#1A1A1A",
    surface_container_highest="#242424",
    inverse_surface="#FFFFFF", on_inverse_surface="#000000", inverse_primary="#00315A",
    surface_tint="#CFE5FF",
)


def color_scheme(contrast: Contrast, dark: bool) -> ft.ColorScheme:
    """The scheme for these settings; every role the screens use is in it."""
    if contrast is Contrast.HIGH:
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    return DARK if dark else LIGHT


def language_name_style() -> ft.TextStyle:
    """For a language's own name ("中文", "العربية") shown in any language."""
    return ft.TextStyle(font_family_fallback=fallback_fonts())


def text_theme(scale: float, font: str | None) -> ft.TextTheme:
    styles = {name: ft.TextStyle(size=round(size * scale, 1), font_family=font,
                                 font_family_fallback=fallback_fonts())
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
                                font_family_fallback=fallback_fonts()),
        icon_size=round(22 * scale),
    )


#: Screens change without sliding when the device asks for less motion.
STILL = ft.PageTransitionsTheme(**{platform: ft.PageTransitionTheme.NONE for platform in (
    "android", "ios", "linux", "macos", "windows")})


def build_theme(settings: Settings, language: Language, dark: bool,
                device: DeviceFeatures) -> ft.Theme:
    font = None if language.font == "Roboto" else language.font
    return ft.Theme(
        # The seed only fills roles no screen uses; the scheme gives the rest.
        color_scheme_seed=SEED,
        color_scheme=color_scheme(settings.contrast_on(device), dark),
        page_transitions=STILL if device.reduce_motion else ft.PageTransitionsTheme(),
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
