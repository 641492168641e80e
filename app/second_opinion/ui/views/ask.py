"""How to ask: conversation starters to copy or show, and the patient's own words."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide
from second_opinion.content.markers import N_
from second_opinion.state.models import InputTooLong
from second_opinion.state.patient import PatientState
from second_opinion.ui import routes
from second_opinion.ui.components import Heading, Screen, SectionText, keyed
from second_opinion.ui.context import go, use_patient, use_t


def phrase_text(patient: PatientState, uid: str) -> str | None:
    """The words of a built-in phrase (in English, translated on display) or the patient's own."""
    for phrase in guide.PHRASES:
        if phrase.id == uid:
            return phrase.text
    for own in patient.phrases:
        if own.uid == uid:
            return own.text
    return None


def _label(visible: str, spoken: str) -> ft.Text:
    """A short button text whose spoken name also says which words it acts on."""
    return ft.Text(visible, semantics_label=spoken)


@ft.component
def PhraseCard(uid: str, text: str, own: bool) -> ft.Control:
    """The words in large type, with Copy and Show large; the patient's own can be changed."""
    _ = use_t().gettext
    patient = use_patient()
    page = ft.context.page

    def copied() -> None:
        page.show_dialog(ft.SnackBar(ft.Text(_("Copied"))))

    async def remove() -> None:
        removed = await patient.remove_phrase(uid)
        if removed is None:
            return

        async def undo() -> None:
            await patient.restore_phrase(*removed)

        page.show_dialog(ft.SnackBar(ft.Text(_("Removed your words")),
                                     action=_("Undo"), on_action=undo))

    short = text if len(text) <= 40 else text[:40] + "…"
    def named(verb: str) -> ft.Text:
        return _label(_(verb), _("{action}: {words}").format(action=_(verb), words=short))

    actions: list[ft.Control] = [
        ft.OutlinedButton(named(N_("Copy")), icon=ft.Icons.COPY,
                          action=ft.CopyToClipboard(text), on_click=copied),
        ft.FilledButton(named(N_("Show large")), icon=ft.Icons.FULLSCREEN,
                        on_click=lambda: go(f"{routes.ASK}/show/{uid}")),
    ]
    if own:
        actions += [
            ft.OutlinedButton(named(N_("Edit")), icon=ft.Icons.EDIT_OUTLINED,
                              on_click=lambda: go(f"{routes.ASK}/edit/{uid}")),
            ft.OutlinedButton(named(N_("Remove")), icon=ft.Icons.DELETE_OUTLINE, on_click=remove),
        ]
    return ft.Card(
        content=ft.Container(
            padding=16,
            content=ft.Column([
                ft.Text(text, theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
                ft.Row(actions, wrap=True, spacing=8, run_spacing=8),
            ], spacing=12),
        ),
    )


@ft.component
def AskView() -> ft.View:
    _ = use_t().gettext
    patient = use_patient()
    return Screen(
        route=routes.ASK,
        title=_("How to ask"),
        controls=[
            SectionText(guide.ASK_INTRO),
            Heading(_("Words you can use"), 2),
            *[PhraseCard(p.id, _(p.text), own=False) for p in guide.PHRASES],
            Heading(_("Your own words"), 2),
            *([keyed(p.uid, PhraseCard, p.uid, p.text, own=True) for p in patient.phrases]
              or [ft.Text(_("You can write your own words here, in your own way."))]),
            ft.FilledButton(_("Add your own words"), icon=ft.Icons.ADD,
                            on_click=lambda: go(f"{routes.ASK}/new")),
        ],
    )


@ft.component
def PhraseEditView() -> ft.View:
    """Add new words (``/ask/new``) or change the patient's own (``/ask/edit/:uid``)."""
    _ = use_t().gettext
    patient = use_patient()
    uid = ft.use_route_params().get("uid")
    saved: str = (phrase_text(patient, uid) or "") if uid else ""
    text, set_text = ft.use_state(saved)
    # The latest keystrokes, for a tap on Save that arrives before the re-render.
    typed: dict[str, str] = ft.use_memo(lambda: {"text": saved}, dependencies=[])
    error, set_error = ft.use_state("")

    def change(event: ft.Event[ft.TextField]) -> None:
        typed["text"] = event.control.value or ""
        set_text(typed["text"])

    async def save() -> None:
        text = typed["text"]
        if not text.strip():
            set_error(_("Please write some words first."))
            return
        try:
            if uid:
                await patient.edit_phrase(uid, text)
            else:
                await patient.add_phrase(text)
        except InputTooLong as too_long:
            set_error(_("This is too long. Keep it under {limit} letters.")
                      .format(limit=too_long.limit))
            return
        go(routes.ASK)

    return Screen(
        route=f"{routes.ASK}/edit/{uid}" if uid else f"{routes.ASK}/new",
        title=_("Change your words") if uid else _("Add your own words"),
        controls=[
            ft.TextField(label=_("Your words"), value=text, multiline=True, min_lines=3,
                         autofocus=True, error=error or None,
                         on_change=change),
            ft.Row([
                ft.FilledButton(_("Save"), icon=ft.Icons.CHECK, on_click=save),
                ft.OutlinedButton(_("Cancel"), on_click=lambda: go(routes.ASK)),
            ], wrap=True, spacing=12),
        ],
    )


@ft.component
def PhraseShowView() -> ft.View:
    """The words alone, very large, dark on light: to hand the phone to a doctor."""
    _ = use_t().gettext
    patient = use_patient()
    uid = ft.use_route_params().get("uid", "")
    text = phrase_text(patient, uid)
    shown = _(text) if text and any(p.id == uid for p in guide.PHRASES) else text
    return ft.View(
        route=f"{routes.ASK}/show/{uid}",
        appbar=ft.AppBar(
            title=Heading(_("Please read"), level=1),
            automatically_imply_leading=False,
            actions=[ft.TextButton(_("Close"), icon=ft.Icons.CLOSE,
                                   on_click=lambda: go(routes.ASK))],
        ),
        scroll=ft.ScrollMode.AUTO,
        padding=24,
        controls=[
            ft.Text(shown or _("These words are gone."),
                    theme_style=ft.TextThemeStyle.DISPLAY_SMALL, weight=ft.FontWeight.W_600),
        ],
    )
