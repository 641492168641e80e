"""The root component: settings, language and patient state for all, and the router."""

from __future__ import annotations

import flet as ft

from second_opinion.i18n import languages
from second_opinion.i18n.translator import Translator
from second_opinion.state.patient import PatientData
from second_opinion.state.settings import SettingsState
from second_opinion.ui import views, web_shell
from second_opinion.ui.context import I18nContext, PatientContext, SettingsContext
from second_opinion.ui.theme import ALWAYS_FONTS, build_theme, theme_mode

ROUTES = [
    ft.Route(path="/", component=views.HomeView, children=[
        ft.Route(path="why", component=views.WhyView),
        ft.Route(path="ask", component=views.AskView, children=[
            ft.Route(path="new", component=views.PhraseEditView),
            ft.Route(path="edit/:uid", component=views.PhraseEditView),
            ft.Route(path="show/:uid", component=views.PhraseShowView),
        ]),
        ft.Route(path="get-one", component=views.GetOneView),
        ft.Route(path="prepare", component=views.PrepareView),
        ft.Route(path="medicines", component=views.MedicinesView, children=[
            ft.Route(path="new", component=views.MedicineEditView),
            ft.Route(path="edit/:uid", component=views.MedicineEditView),
        ]),
        ft.Route(path="doctors", component=views.DoctorsView, children=[
            ft.Route(path=":role", component=views.DoctorEditView),
        ]),
        ft.Route(path="questions", component=views.QuestionsView, children=[
            ft.Route(path="new", component=views.QuestionEditView),
            ft.Route(path="edit/:uid", component=views.QuestionEditView),
        ]),
        ft.Route(path="calls", component=views.CallsView, children=[
            ft.Route(path="new", component=views.CallEditView),
            ft.Route(path="edit/:uid", component=views.CallEditView),
            ft.Route(path="office/:role", component=views.OfficeEditView),
        ]),
        ft.Route(path="letters", component=views.LettersView, children=[
            ft.Route(path="me", component=views.SignerEditView),
            ft.Route(path="write/:kind", component=views.LetterView),
        ]),
        ft.Route(path="after", component=views.AfterView, children=[
            ft.Route(path="compare", component=views.CompareView),
        ]),
        ft.Route(path="summary", component=views.SummaryView),
        ft.Route(path="about", component=views.AboutView),
        ft.Route(path="settings", component=views.SettingsView),
    ]),
]


@ft.component
def App(patient: PatientData) -> ft.Control:
    """The root; it re-renders only when the settings change (its one observable argument)."""
    return Root(patient, patient.settings)


@ft.component
def Root(patient: PatientData, settings: SettingsState) -> ft.Control:
    value = settings.value
    code = settings.language_code
    translator = ft.use_memo(lambda: Translator(code), dependencies=[code])
    ft.on_updated(lambda: apply_page_settings(ft.context.page, settings), [code, value])
    return SettingsContext(
        settings,
        lambda: I18nContext(
            translator,
            lambda: PatientContext(
                patient,
                lambda: ft.Router(ROUTES, not_found=views.HomeView, manage_views=True),
            ),
        ),
    )


def apply_page_settings(page: ft.Page, settings: SettingsState) -> None:
    """The page's language, fonts, themes and title, and the start snapshot.

    ``main`` applies them before the first frame too. A screen drawn before
    them kept Flet's default text style: a Korean, Chinese or Arabic
    address opened straight (not home) left home's cards under it in
    Roboto, and Flutter asked for Noto fallbacks without end (``fallback_fonts``).
    """
    value = settings.value
    code = settings.language_code
    language = languages.by_code(code)
    page.rtl = language.rtl
    page.fonts = {family: f"/fonts/{family}.woff2" for family in page_fonts(language)}
    page.locale_configuration = ft.LocaleConfiguration(
        supported_locales=[flet_locale(lang.format_locale) for lang in languages.languages()],
        current_locale=flet_locale(language.format_locale),
    )
    page.theme = build_theme(value, language, dark=False, device=settings.device)
    page.dark_theme = build_theme(value, language, dark=True, device=settings.device)
    page.theme_mode = theme_mode(value)
    page.title = Translator(code).gettext("Second Opinion")
    page.update()
    web_shell.set_language(code, language.rtl,
                           None if language.font == "Roboto" else language.font)
    web_shell.save_start(
        language=code, chosen=value.language is not None, rtl=language.rtl,
        scale=value.text_scale, brightness=value.brightness.value,
        contrast=value.contrast_on(settings.device).value,
        contrast_chosen=value.contrast is not None)


def page_fonts(language: languages.Language) -> list[str]:
    """The chosen language's font, and the tiny fonts that show every language's name."""
    extra = [] if language.font in ("Roboto", *ALWAYS_FONTS) else [language.font]
    return [*extra, *ALWAYS_FONTS]


def flet_locale(code: str) -> ft.Locale:
    """``zh_Hant`` -> Locale("zh", script_code="Hant"); ``es_US`` -> Locale("es", "US").

    Flutter's own words, dates and clock follow the language's formats
    (``Language.format_locale``), as the app's do: Spanish is written for
    the United States, so its time picker has a.m. and p.m. like the app.
    """
    language, _, rest = code.partition("_")
    if len(rest) == 4:
        return ft.Locale(language, script_code=rest)
    return ft.Locale(language, country_code=rest or None)
