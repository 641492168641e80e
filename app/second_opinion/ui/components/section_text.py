"""A section of the guide: its heading and its short paragraphs."""

from __future__ import annotations

import flet as ft

from second_opinion.content.guide import Section
from second_opinion.ui.components.heading import Heading
from second_opinion.ui.context import use_t


@ft.component
def SectionText(section: Section, level: int = 2) -> ft.Control:
    """Screen readers hear the heading, then each paragraph."""
    _ = use_t().gettext
    return ft.Column([Heading(_(section.title), level), Paragraphs(section)], spacing=8)


@ft.component
def Paragraphs(section: Section) -> ft.Control:
    """Only the paragraphs: for a section whose title is already the screen's."""
    _ = use_t().gettext
    return ft.Column([ft.Text(_(paragraph)) for paragraph in section.paragraphs], spacing=8)
