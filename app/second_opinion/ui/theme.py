"""Colours and text sizes: calm, high contrast, large targets."""

from __future__ import annotations

import flet as ft

SEED = "#1B5E8C"


def apply_theme(page: ft.Page) -> None:
    page.theme = ft.Theme(color_scheme_seed=SEED, visual_density=ft.VisualDensity.STANDARD)
    page.dark_theme = ft.Theme(color_scheme_seed=SEED, visual_density=ft.VisualDensity.STANDARD)
    page.theme_mode = ft.ThemeMode.SYSTEM
