"""Visit summary: everything gathered, in large text, to copy or share with a doctor.

The summary can be in another language than the app: the patient reads the
buttons in their language and hands the doctor the summary in theirs.

Print sends the plain text to the page around the app (``web_shell``): a
print of the Flutter canvas would show only the visible part.
"""

from __future__ import annotations

import flet as ft

from second_opinion.i18n import languages
from second_opinion.i18n.languages import Language
from second_opinion.i18n.translator import Translator
from second_opinion.state.visit_summary import SummaryItem, SummarySection, VisitSummary
from second_opinion.ui import routes, web_shell
from second_opinion.ui.components import Heading, Screen
from second_opinion.ui.components.language_choice import LanguageChoice
from second_opinion.ui.components.notice import show_notice
from second_opinion.ui.context import use_patient, use_settings, use_t


@ft.component
def SummaryActions(text: str, subject: str, language: Language) -> ft.Control:
    """Copy and Share act on the page inside the tap, so browsers allow them.

    Print hands the plain text to the page (``web_shell``), which prints it
    instead of the app's canvas; it exists only in the browser.
    """
    _ = use_t().gettext

    def copied() -> None:
        show_notice(_("Copied"))

    def print_summary() -> None:
        web_shell.print_text(text, language.code, language.rtl)

    buttons: list[ft.Control] = [
        ft.FilledButton(_("Copy"), icon=ft.Icons.COPY, action=ft.CopyToClipboard(text),
                        on_click=copied),
        ft.OutlinedButton(_("Share"), icon=ft.Icons.SHARE,
                          action=ft.ShareText(text, subject=subject)),
    ]
    if web_shell.in_browser():
        buttons.append(ft.OutlinedButton(_("Print"), icon=ft.Icons.PRINT,
                                         on_click=print_summary))
    return ft.Row(buttons, wrap=True, spacing=12, run_spacing=12)


@ft.component
def SectionBlock(section: SummarySection) -> ft.Control:
    """A heading, then each item in large text with its lines under it."""
    rows: list[ft.Control] = [Heading(section.title, 2)]
    for item in section.items:
        rows += item_block(item)
    return ft.Column(rows, spacing=6)


@ft.component
def SummaryBody(summary: VisitSummary, t: Translator) -> ft.Control:
    """The summary as the doctor will read it, in its own language and direction.

    One SelectionArea makes all of it selectable: ``Text(selectable=True)``
    turns each text into a disabled, nameless textbox for screen readers.
    Its own title is bold text, not a heading: in the app's language it is
    the screen's title again, and a screen reader would say it twice.
    """
    return ft.Container(
        rtl=languages.by_code(t.code).rtl,
        padding=16,
        border=ft.Border.all(1, ft.Colors.OUTLINE),
        border_radius=12,
        content=ft.SelectionArea(content=ft.Column([
            ft.Text(summary.title(t), theme_style=ft.TextThemeStyle.TITLE_LARGE,
                    weight=ft.FontWeight.BOLD),
            ft.Text(summary.made_on_line(t), theme_style=ft.TextThemeStyle.BODY_LARGE),
            *[SectionBlock(section) for section in summary.sections(t)],
            ft.Text(summary.footer(t), italic=True),
        ], spacing=16)),
    )


def item_block(item: SummaryItem) -> list[ft.Control]:
    return [ft.Text(item.title, weight=ft.FontWeight.W_600,
                    theme_style=ft.TextThemeStyle.BODY_LARGE),
            *[ft.Text(line, theme_style=ft.TextThemeStyle.BODY_LARGE) for line in item.lines]]


def in_other_language(controls: list[ft.Control], t: Translator) -> ft.Control:
    """The second language's words, aligned at their own start, set off by a line there.

    Flet's ``rtl=False`` only inherits: in an Arabic app an English block
    stays right to left. So its texts are aligned left by hand, and the line
    is drawn on the physical side where that language starts; the block
    spans the width (the columns around it stretch), so the line is at the
    edge, not beside a short line of text.
    """
    rtl = languages.by_code(t.code).rtl
    for control in controls:
        if isinstance(control, ft.Text):
            control.text_align = ft.TextAlign.RIGHT if rtl else ft.TextAlign.LEFT
    side = ft.BorderSide(4, ft.Colors.PRIMARY)
    return ft.Container(
        rtl=rtl,
        padding=ft.Padding.only(right=12) if rtl else ft.Padding.only(left=12),
        border=ft.Border.only(right=side) if rtl else ft.Border.only(left=side),
        content=ft.Column(controls, spacing=4,
                          horizontal_alignment=ft.CrossAxisAlignment.STRETCH),
    )


@ft.component
def SectionInTwo(one: SummarySection, other: SummarySection, t: Translator) -> ft.Control:
    """A section's title and each item in the app's language, then in the doctor's.

    On a phone one above the other reads best: each item is complete in
    one language before the other starts. What reads the same in both (a
    medicine's name) is shown once.
    """
    rows: list[ft.Control] = [Heading(one.title, 2)]
    if other.title != one.title:
        rows.append(in_other_language([ft.Text(other.title, weight=ft.FontWeight.BOLD)], t))
    for item, again in zip(one.items, other.items, strict=True):
        rows += item_block(item)
        if again != item:
            rows.append(in_other_language(item_block(again), t))
    return ft.Column(rows, spacing=6, horizontal_alignment=ft.CrossAxisAlignment.STRETCH)


@ft.component
def SummaryBodyInTwo(summary: VisitSummary, app_t: Translator, t: Translator) -> ft.Control:
    """The summary with every part in both languages (see ``SummaryBody``)."""
    return ft.Container(
        padding=16,
        border=ft.Border.all(1, ft.Colors.OUTLINE),
        border_radius=12,
        content=ft.SelectionArea(content=ft.Column([
            ft.Text(summary.title(app_t), theme_style=ft.TextThemeStyle.TITLE_LARGE,
                    weight=ft.FontWeight.BOLD),
            in_other_language([ft.Text(summary.title(t), weight=ft.FontWeight.BOLD)], t),
            ft.Text(summary.made_on_line(app_t), theme_style=ft.TextThemeStyle.BODY_LARGE),
            in_other_language([ft.Text(summary.made_on_line(t))], t),
            *[SectionInTwo(one, other, t) for one, other in
              zip(summary.sections(app_t), summary.sections(t), strict=True)],
            ft.Text(summary.footer(app_t), italic=True),
            in_other_language([ft.Text(summary.footer(t), italic=True)], t),
        ], spacing=16, horizontal_alignment=ft.CrossAxisAlignment.STRETCH)),
    )


@ft.component
def SummaryView() -> ft.View:
    app_t = use_t()
    _ = app_t.gettext
    patient = use_patient()
    settings = use_settings()  # listens: the summary's language is a setting
    code = settings.value.summary_language or app_t.code
    t = app_t if code == app_t.code else Translator(code)

    async def set_code(chosen: str) -> None:
        await settings.update(summary_language=None if chosen == app_t.code else chosen)

    async def set_both(event: ft.Event[ft.Switch]) -> None:
        await settings.update(summary_both=bool(event.control.value))

    summary = VisitSummary.of(patient)
    both = settings.value.summary_both and code != app_t.code
    text = summary.to_text_in_two(app_t, t) if both else summary.to_text(t)
    return Screen(
        route=routes.SUMMARY,
        title=_("Visit summary"),
        controls=[
            ft.Text(_("Show this to your doctor, or copy it and send it."),
                    theme_style=ft.TextThemeStyle.BODY_LARGE),
            LanguageChoice(_("Language of the summary"), code, set_code),
            ft.Switch(label=_("Show your language too"), value=settings.value.summary_both,
                      disabled=code == app_t.code, on_change=set_both),
            *([ft.Text(_("To use this, first choose the doctor's language above."))]
              if code == app_t.code else []),
            SummaryActions(text, summary.title(t),
                           languages.by_code(app_t.code if both else code)),
            SummaryBodyInTwo(summary, app_t, t) if both else SummaryBody(summary, t),
        ],
    )
