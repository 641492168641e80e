"""Home: what the app does, progress at a glance, the next step, every part."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide, home
from second_opinion.content.markers import N_
from second_opinion.state.kinds.medicines import Medicines
from second_opinion.state.kinds.papers import Papers
from second_opinion.state.kinds.steps import Steps
from second_opinion.state.progress import papers_ready
from second_opinion.ui import routes, web_shell
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
    # The page shows this line at the next start, before Python runs.
    ft.on_updated(lambda: web_shell.save_start(progress=label), [label])
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


#: Each part's icon and screen, by its id in ``content.home``.
PART_ICONS = {
    "why": (ft.Icons.HELP_OUTLINE, routes.WHY),
    "ask": (ft.Icons.RECORD_VOICE_OVER_OUTLINED, routes.ASK),
    "get-one": (ft.Icons.CHECKLIST, routes.GET_ONE),
    "prepare": (ft.Icons.FOLDER_OPEN, routes.PREPARE),
    "medicines": (ft.Icons.MEDICATION_OUTLINED, routes.MEDICINES),
    "doctors": (ft.Icons.PERSON_OUTLINE, routes.DOCTORS),
    "questions": (ft.Icons.LIVE_HELP_OUTLINED, routes.QUESTIONS),
    "calls": (ft.Icons.PHONE_OUTLINED, routes.CALLS),
    "letters": (ft.Icons.MAIL_OUTLINE, routes.LETTERS),
    "after": (ft.Icons.QUESTION_ANSWER_OUTLINED, routes.AFTER),
    "summary": (ft.Icons.SUMMARIZE_OUTLINED, routes.SUMMARY),
    "settings": (ft.Icons.SETTINGS_OUTLINED, routes.SETTINGS),
    "about": (ft.Icons.INFO_OUTLINE, routes.ABOUT),
}


@ft.component
def HomeView() -> ft.View:
    _ = use_t().gettext
    patient = use_patient()
    return Screen(
        route=routes.HOME,
        title=_(home.NAME),
        controls=[
            StoreNotice(patient.notice),
            ft.Text(_(home.PURPOSE), theme_style=ft.TextThemeStyle.BODY_LARGE),
            Progress(patient.steps, patient.papers, patient.medicines),
            *[NavCard(PART_ICONS[part.id][0], _(part.title), _(part.subtitle),
                      PART_ICONS[part.id][1])
              for part in home.PARTS],
        ],
    )
