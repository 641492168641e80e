"""Home: what the app does, progress at a glance, the next step, every part."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide
from second_opinion.content.markers import N_
from second_opinion.state.kinds.medicines import Medicines
from second_opinion.state.kinds.papers import Papers
from second_opinion.state.kinds.steps import Steps
from second_opinion.state.progress import papers_ready
from second_opinion.ui import routes
from second_opinion.ui.components import Heading, NavCard, Screen, StoreNotice
from second_opinion.ui.context import go, use_patient, use_t


def next_step(steps: Steps, papers: Papers, medicines: Medicines) -> tuple[str, str]:
    """(route, label) of the first thing still to do."""
    if steps.finished < len(guide.STEPS):
        return routes.GET_ONE, N_("Next: check the steps to get a second opinion")
    if papers.ready < len(guide.RECORDS):
        return routes.PREPARE, N_("Next: gather your papers")
    if not medicines.cells:
        return routes.MEDICINES, N_("Next: list your medicines")
    return routes.SUMMARY, N_("Next: look at your visit summary")


@ft.component
def Progress(steps: Steps, papers: Papers, medicines: Medicines) -> ft.Control:
    """Screen readers hear e.g. "4 of 6 papers ready" and the next step button."""
    t = use_t()
    _ = t.gettext
    ready, total = papers.ready, len(guide.RECORDS)
    label = papers_ready(t, papers)
    route, next_label = next_step(steps, papers, medicines)
    return ft.Card(
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(_("Your progress"), 2),
                # One node says it all: the bar, named "4 of 6 papers ready". Without
                # the container the whole card became the bar and the words came twice.
                ft.Semantics(exclude_semantics=True, content=ft.Text(
                    label, theme_style=ft.TextThemeStyle.TITLE_MEDIUM)),
                ft.Semantics(container=True, content=ft.ProgressBar(
                    value=ready / total, height=10, border_radius=5,
                    semantics_label=label)),
                ft.FilledButton(_(next_label), icon=ft.Icons.ARROW_FORWARD,
                                on_click=lambda: go(route)),
            ], spacing=12),
        ),
    )


@ft.component
def HomeView() -> ft.View:
    _ = use_t().gettext
    patient = use_patient()
    parts = [
        (ft.Icons.HELP_OUTLINE, _("Why a second opinion"), _("What it is and why it helps"),
         routes.WHY),
        (ft.Icons.RECORD_VOICE_OVER_OUTLINED, _("How to ask"), _("Words you can use or show"),
         routes.ASK),
        (ft.Icons.CHECKLIST, _("Getting one"), _("Steps to take"), routes.GET_ONE),
        (ft.Icons.FOLDER_OPEN, _("What to prepare"), _("Papers for the new doctor"),
         routes.PREPARE),
        (ft.Icons.MEDICATION_OUTLINED, _("My medicines"), _("Names, doses and times"),
         routes.MEDICINES),
        (ft.Icons.PERSON_OUTLINE, _("Doctors and visits"), _("Who you see and when"),
         routes.DOCTORS),
        (ft.Icons.QUESTION_ANSWER_OUTLINED, _("After the second opinion"),
         _("What to do and what to ask"), routes.AFTER),
        (ft.Icons.SUMMARIZE_OUTLINED, _("Visit summary"), _("Show or share it"),
         routes.SUMMARY),
        (ft.Icons.SETTINGS_OUTLINED, _("Settings"), _("Language, text size, colors"),
         routes.SETTINGS),
        (ft.Icons.INFO_OUTLINE, _("About this app"), _("Where the facts come from"),
         routes.ABOUT),
    ]
    return Screen(
        route=routes.HOME,
        title=_("Second Opinion"),
        controls=[
            StoreNotice(patient.notice),
            ft.Text(_("This app helps you get a second opinion about kidney cancer. "
                      "It keeps your notes on this phone."),
                      theme_style=ft.TextThemeStyle.BODY_LARGE),
            Progress(patient.steps, patient.papers, patient.medicines),
            *[NavCard(icon, title, subtitle, route) for icon, title, subtitle, route in parts],
        ],
    )
