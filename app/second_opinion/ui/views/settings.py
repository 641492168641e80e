"""Settings: language, text size, contrast and light or dark."""

from __future__ import annotations

import flet as ft

from second_opinion.content.markers import N_
from second_opinion.i18n import languages
from second_opinion.state.settings import MIN_TEXT_SCALE, Brightness, Contrast
from second_opinion.ui import routes
from second_opinion.ui.components import ChoiceGroup, Heading, Screen
from second_opinion.ui.components.notice import show_notice
from second_opinion.ui.context import use_patient, use_settings, use_t
from second_opinion.ui.theme import language_name_style
from second_opinion.ui.views.backup import BackupSection

FOLLOW_DEVICE = "device"
TEXT_SIZES = [round(MIN_TEXT_SCALE * 100) + step * 25 for step in range(5)]  # 100 … 200
BRIGHTNESS_LABELS = {
    Brightness.SYSTEM: N_("Same as my phone"),
    Brightness.LIGHT: N_("Light"),
    Brightness.DARK: N_("Dark"),
}


@ft.component
def LanguagePicker() -> ft.Control:
    """Radio buttons named in each language's own script, e.g. "Español"."""
    _ = use_t().gettext
    settings = use_settings()

    async def choose(code: str) -> None:
        await settings.update(language=None if code == FOLLOW_DEVICE else code)

    return ft.Column([
        Heading(_("Language"), 2),
        ChoiceGroup(
            _("Language"),
            settings.value.language or FOLLOW_DEVICE,
            [(FOLLOW_DEVICE, _("Same as my phone"), None),
             *[(language.code, language.name, language_name_style())
               for language in languages.languages()]],
            choose,
        ),
    ])


@ft.component
def TextSize() -> ft.Control:
    """A slider from 100% to 200%; screen readers hear its value as a percent."""
    _ = use_t().gettext
    settings = use_settings()
    percent = round(settings.value.text_scale * 100)

    async def change(value: str) -> None:
        await settings.update(text_scale=int(value) / 100)

    # Five named choices rather than a slider: Flet's Slider gets no
    # accessible name, and a tap on "150%" is easier than dragging.
    return ft.Column([
        Heading(_("Text size"), 2),
        ChoiceGroup(
            _("Text size"),
            str(percent if percent in TEXT_SIZES else 100),
            [(str(size), f"{size}%", None) for size in TEXT_SIZES],
            change,
        ),
        ft.Text(_("This is how your text will look."),
                theme_style=ft.TextThemeStyle.BODY_LARGE),
    ])


@ft.component
def Look() -> ft.Control:
    _ = use_t().gettext
    settings = use_settings()

    async def set_contrast(event: ft.Event[ft.Switch]) -> None:
        await settings.update(contrast=Contrast.HIGH if event.control.value else Contrast.STANDARD)

    async def set_brightness(value: str) -> None:
        await settings.update(brightness=Brightness(value))

    return ft.Column([
        Heading(_("Colors"), 2),
        ft.Switch(label=_("Strong contrast"),
                  value=settings.value.contrast_on(settings.device) is Contrast.HIGH,
                  on_change=set_contrast),
        ChoiceGroup(
            _("Light or dark"),
            settings.value.brightness.value,
            [(b.value, _(label), None) for b, label in BRIGHTNESS_LABELS.items()],
            set_brightness,
        ),
    ])


@ft.component
def DeleteEverything() -> ft.Control:
    """Delete all my data, after a plain confirmation that says what goes."""
    _ = use_t().gettext
    patient = use_patient()
    page = ft.context.page

    async def delete() -> None:
        page.pop_dialog()
        if await patient.forget_everything():
            show_notice(_("Everything is deleted from this phone."))

    def confirm() -> None:
        page.show_dialog(ft.AlertDialog(
            # Not modal: Escape or a tap outside keeps the data, the safe choice.
            modal=False,
            title=Heading(_("Delete everything?"), 2),
            content=ft.Text(_("Your papers, medicines, doctors, answers and own words will be "
                              "gone from this phone. You cannot undo this.")),
            actions=[
                ft.TextButton(_("Keep my data"), on_click=lambda: page.pop_dialog()),
                ft.FilledButton(_("Delete everything"), on_click=delete,
                                style=ft.ButtonStyle(bgcolor=ft.Colors.ERROR,
                                                     color=ft.Colors.ON_ERROR)),
            ],
        ))

    return ft.Column([
        Heading(_("Your data"), 2),
        ft.Text(_("Everything you write stays on this phone. No one else can see it.")),
        ft.OutlinedButton(_("Delete all my data"), icon=ft.Icons.DELETE_FOREVER,
                          on_click=confirm),
    ])


@ft.component
def SettingsView() -> ft.View:
    _ = use_t().gettext
    return Screen(route=routes.SETTINGS, title=_("Settings"),
                  controls=[LanguagePicker(), TextSize(), Look(), BackupSection(),
                            DeleteEverything()])
