"""How to ask: conversation starters to copy or show, and the patient's own words."""

from __future__ import annotations

import flet as ft

from second_opinion.content import guide
from second_opinion.content.markers import N_
from second_opinion.i18n.translator import Translator
from second_opinion.state.collections import Cell
from second_opinion.state.kinds.own_words import OwnPhrase, OwnWords
from second_opinion.state.patient import PatientData
from second_opinion.ui import routes
from second_opinion.ui.components import (
    Heading,
    Screen,
    SectionText,
    banner_landmark,
    keyed,
    main_landmark,
    read_alone,
    remove_with_undo,
    save_cancel_row,
    use_form,
)
from second_opinion.ui.components.notice import show_notice
from second_opinion.ui.context import go, use_patient, use_t


def phrase_text(patient: PatientData, uid: str) -> str | None:
    """The words of a built-in phrase (in English, translated on display) or the patient's own."""
    for phrase in guide.PHRASES:
        if phrase.id == uid:
            return phrase.text
    return patient.own_words.words(uid)


def short_words(text: str, limit: int = 40) -> str:
    """The start of ``text``, for a button's spoken name ("Copy: Can you tell me…")."""
    return text if len(text) <= limit else text[:limit] + "…"


def phrase_card(t: Translator, uid: str, text: str, own_actions: list[ft.Control]) -> ft.Control:
    """The words in large type, with Copy and Show large, then ``own_actions``."""
    _ = t.gettext

    def copied() -> None:
        show_notice(_("Copied"))

    actions: list[ft.Control] = [
        ft.OutlinedButton(named(t, N_("Copy"), text), icon=ft.Icons.COPY,
                          action=ft.CopyToClipboard(text), on_click=copied),
        ft.FilledButton(named(t, N_("Show large"), text), icon=ft.Icons.FULLSCREEN,
                        on_click=lambda: go(routes.phrase_shown(uid))),
        *own_actions,
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


def named(t: Translator, verb: str, text: str) -> ft.Text:
    """A short button text whose spoken name also says which words it acts on."""
    _ = t.gettext
    return ft.Text(_(verb), semantics_label=_("{action}: {words}").format(
        action=_(verb), words=short_words(text)))


@ft.component
def PhraseCard(phrase: guide.Phrase) -> ft.Control:
    """One of the guide's phrases, in the app's language."""
    t = use_t()
    return phrase_card(t, phrase.id, t.gettext(phrase.text), [])


@ft.memo
@ft.component
def OwnPhraseCard(cell: Cell[OwnPhrase]) -> ft.Control:
    """The patient's own words, which they can also change or remove; listens to its cell."""
    t = use_t()
    own_words = use_patient().own_words
    text, uid = cell.value.text, cell.value.uid

    async def remove() -> None:
        await remove_with_undo(own_words, uid, t.gettext("Removed your words"), t)

    return phrase_card(t, uid, text, [
        ft.OutlinedButton(named(t, N_("Edit"), text), icon=ft.Icons.EDIT_OUTLINED,
                          on_click=lambda: go(routes.phrase(uid))),
        ft.OutlinedButton(named(t, N_("Remove"), text), icon=ft.Icons.DELETE_OUTLINE,
                          on_click=remove),
    ])


@ft.component
def OwnWordsList(own_words: OwnWords) -> ft.Control:
    _ = use_t().gettext
    return ft.Column(
        [keyed(cell.value.uid, OwnPhraseCard, cell) for cell in own_words.cells]
        or [ft.Text(_("You can write your own words here, in your own way."))],
        spacing=16)


@ft.component
def AskView() -> ft.View:
    _ = use_t().gettext
    return Screen(
        route=routes.ASK,
        title=_("How to ask"),
        controls=[
            SectionText(guide.ASK_INTRO),
            Heading(_("Words you can use"), 2),
            *[PhraseCard(phrase) for phrase in guide.PHRASES],
            Heading(_("Your own words"), 2),
            OwnWordsList(use_patient().own_words),
            ft.FilledButton(_("Add your own words"), icon=ft.Icons.ADD,
                            on_click=lambda: go(routes.NEW_PHRASE)),
        ],
    )


@ft.component
def PhraseEditView() -> ft.View:
    """Add new words (``/ask/new``) or change the patient's own (``/ask/edit/:uid``)."""
    uid = ft.use_route_params().get("uid")
    cell = use_patient().own_words.find(uid) if uid else None
    return PhraseForm(uid, cell)


@ft.component
def PhraseForm(uid: str | None, cell: Cell[OwnPhrase] | None) -> ft.View:
    t = use_t()
    _ = t.gettext
    own_words = use_patient().own_words
    form = use_form(cell.value if cell else OwnPhrase())

    async def save() -> None:
        keep = own_words.update if cell else own_words.add
        if await form.submit(t, {"text": _("Please write some words first.")}, keep):
            go(routes.ASK)

    return Screen(
        route=routes.phrase(uid) if uid else routes.NEW_PHRASE,
        title=_("Change your words") if uid else _("Add your own words"),
        controls=[
            form.field("text", _("Your words"), lines=(3, None), autofocus=True),
            save_cancel_row(t, save, lambda: go(routes.ASK)),
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
        route=routes.phrase_shown(uid),
        appbar=ft.AppBar(
            title=Heading(_("Please read"), level=1),
            automatically_imply_leading=False,
            actions=[banner_landmark(ft.TextButton(_("Close"), icon=ft.Icons.CLOSE,
                                                   on_click=lambda: go(routes.ASK)))],
        ),
        scroll=ft.ScrollMode.AUTO,
        padding=24,
        controls=[
            main_landmark(read_alone(ft.Text(shown or _("These words are gone."),
                                             theme_style=ft.TextThemeStyle.DISPLAY_SMALL,
                                             weight=ft.FontWeight.W_600))),
        ],
    )
