"""Letters: asking for copies of my records, and asking both doctors to review my case.

The app writes each letter from what is saved (``state/letter_text.py``), in
English by default (the office's language) or any of the app's languages.
The patient can change the words before they copy, share or print it; what
they type is kept until they ask the app to write it again. Beside the
letter (under it on a phone) the same letter, as the app wrote it, in the
patient's own language, so they know what they send.

Direction: the letter's field takes the letter's language's direction. In
an Arabic app an English letter cannot be made left-to-right (Flet's
``rtl=False`` only inherits, docs/flet-web-offline.md), so each of its lines
is held between two invisible left-to-right marks while it is in the field,
and aligned left; the marks never reach what is saved, copied or printed.
Language: Flet 1.0.5 gives no control a ``lang`` of its own, so the field is
read in the page's language; Print hands the page the letter's ``lang`` and
direction with its text (``web_shell.print_text``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

import flet as ft

from second_opinion.content import letters as words
from second_opinion.content.markers import N_
from second_opinion.i18n import languages
from second_opinion.i18n.bidi import left_to_right
from second_opinion.i18n.translator import Translator
from second_opinion.state.collections import Cell
from second_opinion.state.fields import RecordInvalid
from second_opinion.state.kinds.letters import ME, LetterDraft, LetterKind, Signer
from second_opinion.state.letter_text import LetterFacts, title, write_letter
from second_opinion.ui import routes, web_shell
from second_opinion.ui.components import Heading, Screen, full_width, save_cancel_row, use_form
from second_opinion.ui.components.language_choice import LanguageChoice
from second_opinion.ui.components.named_button import named_button
from second_opinion.ui.components.notice import show_notice
from second_opinion.ui.context import go, use_patient, use_t
from second_opinion.ui.words import too_long

LARGE = ft.TextThemeStyle.BODY_LARGE
#: A letter is written in English unless the patient chooses another language.
ENGLISH = languages.DEFAULT
#: The invisible left-to-right mark (U+200E).
LRM = "\u200e"

#: One line on each letter's card: what the letter is for.
PURPOSES = {
    LetterKind.RECORDS: N_("Ask the records office for copies of your papers and the "
                           "pictures from your scans."),
    LetterKind.JOINT_REVIEW: N_("Ask your two doctors to talk about your case together."),
}


# Pure helpers ----------------------------------------------------------------------------------

def letter_language(draft: LetterDraft) -> str:
    """The code of the language the letter is written in ("" is English)."""
    return draft.language or ENGLISH


def stored_language(code: str) -> str:
    """What is saved for a chosen language: nothing for English, the default."""
    return "" if code == ENGLISH else code


def marked(text: str) -> str:
    """Each line between two left-to-right marks, for an English letter in an RTL app.

    The field's paragraphs then start and end left to right: "Dear records
    office," keeps its comma at the end, "- Surgery report" its dash at the
    start. Empty lines stay empty.
    """
    return "\n".join(f"{LRM}{line}{LRM}" if line else line for line in text.split("\n"))


def unmarked(text: str) -> str:
    """The letter as typed, without the marks ``marked`` put at each line's ends."""
    return "\n".join(line.strip(LRM) for line in text.split("\n"))


def to_keep(shown: str, written: str) -> str:
    """What to save from the field: "" when it is the app's own letter (nothing changed)."""
    text = unmarked(shown)
    return "" if text == written else text


def paragraphs(letter: str) -> list[str]:
    """The letter's blocks, as its blank lines part them; each keeps its own line breaks."""
    return [block.strip("\n") for block in letter.split("\n\n") if block.strip()]


def spoken(t: Translator, action: str, kind: LetterKind) -> str:
    """A control's name that says which letter: "Copy: Asking for copies of my records"."""
    # TRANSLATORS: a control's spoken name: {action} is its own words ("Copy"),
    # {words} what it acts on (here a letter's title).
    return t.gettext("{action}: {words}").format(action=action, words=t.gettext(title(kind)))


# The list of letters ---------------------------------------------------------------------------

def signer_lines(t: Translator, signer: Signer) -> list[str]:
    """What the letters will say about the patient, each as saved."""
    _ = t.gettext
    lines = [
        (_("Name: {name}"), {"name": signer.name}, signer.name),
        (_("Date of birth: {date}"), {"date": signer.birth_date}, signer.birth_date),
        (_("Phone: {phone}"), {"phone": left_to_right(signer.phone)}, signer.phone),
    ]
    return [text.format(**values) for text, values, present in lines if present]


@ft.component
def SignerCard(cell: Cell[Signer]) -> ft.Control:
    """Who signs the letters: the saved name, date of birth and phone, or "Not added yet"."""
    t = use_t()
    _ = t.gettext
    lines = signer_lines(t, cell.value)
    return ft.Card(
        semantic_container=False,
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(_("Your details for the letters"), 2),
                *([ft.Text(line, theme_style=LARGE) for line in lines]
                  or [ft.Text(_("Not added yet"), italic=True, theme_style=LARGE)]),
                ft.FilledButton(_("Edit your details"), icon=ft.Icons.EDIT_OUTLINED,
                                on_click=lambda: go(routes.SIGNER),
                                style=ft.ButtonStyle(padding=16)),
            ], spacing=8),
        ),
    )


@ft.component
def LetterCard(kind: LetterKind, cell: Cell[LetterDraft]) -> ft.Control:
    """The letter's title as a heading, what it is for, whether it was changed, and Open.

    Screen readers hear the button as "Open: Asking for copies of my records".
    """
    t = use_t()
    _ = t.gettext
    return ft.Card(
        semantic_container=False,
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(_(title(kind)), 2),
                ft.Text(_(PURPOSES[kind]), theme_style=LARGE),
                *([ft.Text(_("You changed the words of this letter."), italic=True)]
                  if cell.value.text else []),
                named_button(_("Open"), spoken(t, _("Open"), kind), ft.Icons.ARROW_FORWARD,
                             filled=True, on_click=lambda: go(routes.letter(kind.value))),
            ], spacing=8),
        ),
    )


@ft.component
def LettersView() -> ft.View:
    _ = use_t().gettext
    patient = use_patient()
    return Screen(
        route=routes.LETTERS,
        title=_("Letters"),
        controls=[full_width([
            ft.Text(_(words.INTRO), theme_style=LARGE),
            ft.Text(_(words.NOT_LEGAL_ADVICE), theme_style=LARGE, weight=ft.FontWeight.W_600),
            SignerCard(patient.signer.cell(ME)),
            *[LetterCard(kind, patient.letters.cell(kind.value)) for kind in LetterKind],
        ])],
    )


# Who signs -------------------------------------------------------------------------------------

@ft.component
def SignerEditView() -> ft.View:
    return SignerForm(use_patient().signer.cell(ME))


@ft.component
def SignerForm(cell: Cell[Signer]) -> ft.View:
    """Name, date of birth and phone as the letters will show them; Save and Cancel."""
    t = use_t()
    _ = t.gettext
    signer = use_patient().signer
    form = use_form(cell.value)

    async def save() -> None:
        if await form.submit(t, {}, signer.save):
            go(routes.LETTERS)

    example = t.date(date(1962, 3, 4), "long")
    return Screen(
        route=routes.SIGNER,
        title=_("Your details for the letters"),
        controls=[full_width([
            ft.Text(_("The letters use these to say who you are. Write them the way you "
                      "want them in the letter."), theme_style=LARGE),
            form.field("name", _("Your name")),
            form.field("birth_date", _("Your date of birth"),
                       hint=_("For example: {date}").format(date=example)),
            form.field("phone", _("Your phone number"), keyboard=ft.KeyboardType.PHONE),
            save_cancel_row(t, save, lambda: go(routes.LETTERS)),
        ])],
    )


# One letter ------------------------------------------------------------------------------------

class Typed(ft.Observable):
    """What the letter's field holds now, saved or not: the screen's own state.

    The field writes to it at each key, so Copy, Share and Print (given it
    too) always act on the words on screen, even when a tap on Copy is what
    takes the focus out of the field, before the field's text is saved.
    """

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.error = ""


@ft.component
def LetterView() -> ft.View:
    """One letter (``/letters/write/records`` or ``/letters/write/joint_review``)."""
    _ = use_t().gettext
    value = ft.use_route_params().get("kind", "")
    if value not in {kind.value for kind in LetterKind}:
        return Screen(route=routes.letter(value), title=_("Letters"), controls=[
            ft.Text(_("This page does not exist."), theme_style=LARGE),
            ft.FilledButton(_("Back to letters"), on_click=lambda: go(routes.LETTERS),
                            style=ft.ButtonStyle(padding=16)),
        ])
    kind = LetterKind(value)
    return LetterScreen(kind, use_patient().letters.cell(kind.value))


@ft.component
def LetterScreen(kind: LetterKind, cell: Cell[LetterDraft]) -> ft.View:
    """The letter's language, its words to change, Copy / Share / Print, and the
    same letter in the patient's language beside it (once, if the two are one).

    It listens to the letter's cell; everything it draws is worked out from
    ``cell.value`` here, and its parts get plain values or the ``Typed`` state.
    """
    app_t = use_t()
    _ = app_t.gettext
    patient = use_patient()
    letters = patient.letters
    draft = cell.value
    code = letter_language(draft)
    letter = languages.by_code(code)
    letter_t = app_t if code == app_t.code else Translator(code)
    facts = LetterFacts.of(patient)
    today = date.today()
    written = write_letter(kind, facts, letter_t, today)
    text = draft.text or written
    needs_marks = languages.by_code(app_t.code).rtl and not letter.rtl
    shown = marked(text) if needs_marks else text
    fresh = marked(written) if needs_marks else written
    typed = ft.use_memo(lambda: Typed(shown), dependencies=[shown])

    async def save(field_text: str) -> None:
        keep = to_keep(field_text, written)
        if keep == letters.draft(kind).text:
            typed.error = ""
            return
        try:
            await letters.set_text(kind, keep)
        except RecordInvalid as invalid:
            typed.error = too_long(app_t, invalid.limits["text"])
            return
        typed.error = ""

    async def restore(old: LetterDraft) -> None:
        await letters.set_language(kind, old.language)
        await letters.set_text(kind, old.text)

    def tell(message: str, old: LetterDraft) -> None:
        """A message at the bottom; with Undo when the patient's own words were dropped."""
        async def undo() -> None:
            await restore(old)

        show_notice(message, action=_("Undo") if old.text else None,
                    on_action=undo if old.text else None)

    async def choose_language(chosen: str) -> None:
        old = letters.draft(kind)
        if chosen == letter_language(old):
            return
        await letters.set_language(kind, stored_language(chosen))
        tell(_("The app wrote the letter again in {language}.").format(
            language=languages.by_code(chosen).name), old)

    async def write_again() -> None:
        old = letters.draft(kind)
        await letters.write_again(kind)
        # Words typed but never saved (too long) are dropped too: when nothing
        # saved changes, nothing else would redraw the field.
        typed.shown, typed.error = fresh, ""
        tell(_("The app wrote the letter again from what you saved."), old)

    letter_side = ft.Column([
        Heading(_("The letter, in {language}").format(language=letter.name), 2),
        LetterField(typed, _("Your letter"), spoken(app_t, _("Your letter"), kind), letter.rtl,
                    needs_marks, save),
        LetterActions(typed, kind, code, letter_t.gettext(title(kind))),
        named_button(_("Write it again from what I saved"),
                     spoken(app_t, _("Write it again from what I saved"), kind),
                     ft.Icons.REFRESH, on_click=write_again),
    ], spacing=12, horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
        col={"xs": 12, "sm": 6})
    sides: list[ft.Control] = [letter_side]
    if code != app_t.code:
        own = write_letter(kind, facts, app_t, today)
        sides.append(InYourLanguage(own, bool(draft.text)))
    return Screen(
        route=routes.letter(kind.value),
        title=_(title(kind)),
        controls=[full_width([
            ft.Text(_(words.NOT_LEGAL_ADVICE), theme_style=LARGE, weight=ft.FontWeight.W_600),
            LetterLanguage(kind, code, choose_language),
            ft.ResponsiveRow(sides, spacing=16, run_spacing=24),
        ])],
    )


@ft.component
def LetterLanguage(kind: LetterKind, code: str,
                   choose: Callable[[str], Awaitable[None]]) -> ft.Control:
    """The language button (``LanguageChoice``), named with the letter's title.

    The line under the button says that another language starts the letter
    again; the dialog holds only the choices, which at 200 % text would
    otherwise start below its fold.
    """
    t = use_t()
    _ = t.gettext
    label = _("Language of the letter")
    again = _("If you choose another language, the app writes the letter again in it. "
              "Changes you made to the words are not kept.")

    return ft.Column([
        LanguageChoice(label, code, choose, spoken=lambda shown: spoken(t, shown, kind),
                       style=ft.ButtonStyle(padding=16)),
        ft.Text(again),
    ], spacing=8, horizontal_alignment=ft.CrossAxisAlignment.START)


@ft.component
def LetterField(typed: Typed, label: str, name: str, rtl: bool, left_aligned: bool,
                save: Callable[[str], Awaitable[None]]) -> ft.Control:
    """The letter's words, to change; saved when the field loses focus.

    It grows with the letter (the screen scrolls, not the field). Text too
    long to save stays as typed, with a message under it. Screen readers
    hear e.g. "Your letter: Asking for copies of my records".
    """
    def changed(event: ft.Event[ft.TextField]) -> None:
        typed.shown = event.control.value or ""

    async def blurred(event: ft.Event[ft.TextField]) -> None:
        typed.shown = event.control.value or ""
        await save(typed.shown)

    field = ft.TextField(
        # A Text label with a spoken name names the field itself (see after.AnswerField).
        label=ft.Text(label, semantics_label=name),
        value=typed.shown, multiline=True, min_lines=8, max_lines=None,
        text_align=ft.TextAlign.LEFT if left_aligned else ft.TextAlign.START,
        on_change=changed, on_blur=blurred,
        error=typed.error or None, error_max_lines=3,
    )
    # Its own node, so the column around it does not become part of its name.
    return ft.Semantics(container=True, content=ft.Container(rtl=rtl, content=field))


@ft.component
def LetterActions(typed: Typed, kind: LetterKind, code: str, subject: str) -> ft.Control:
    """Copy, Share and Print the words in the field, as they are now.

    Copy and Share act on the page inside the tap, so browsers allow them.
    Print hands the text to the page (``web_shell``) with the letter's
    language and direction; it exists only in the browser.
    """
    t = use_t()
    _ = t.gettext
    text = unmarked(typed.shown)
    letter = languages.by_code(code)

    def copied() -> None:
        show_notice(_("Copied"))

    def print_letter() -> None:
        web_shell.print_text(text, code, letter.rtl)

    buttons = [
        named_button(_("Copy"), spoken(t, _("Copy"), kind), ft.Icons.COPY, filled=True,
                     action=ft.CopyToClipboard(text), on_click=copied),
        named_button(_("Share"), spoken(t, _("Share"), kind), ft.Icons.SHARE,
                     action=ft.ShareText(text, subject=subject)),
    ]
    if web_shell.in_browser():
        buttons.append(named_button(_("Print"), spoken(t, _("Print"), kind), ft.Icons.PRINT,
                                    on_click=print_letter))
    return ft.Row(buttons, wrap=True, spacing=12, run_spacing=12)


@ft.component
def InYourLanguage(letter: str, changed: bool) -> ft.Control:
    """The app's letter in the app's language, to read: what the letter says.

    When the patient changed the words, a line says this is the app's
    version, without their changes.
    """
    t = use_t()
    _ = t.gettext
    own = languages.by_code(t.code).name
    return ft.Column([
        Heading(_("What this letter says, in {language}").format(language=own), 2),
        *([ft.Text(_("You changed the letter. This is the letter the app wrote, without "
                     "your changes."), italic=True, theme_style=LARGE)] if changed else []),
        ft.Container(
            padding=16,
            border=ft.Border.all(1, ft.Colors.OUTLINE),
            border_radius=12,
            content=ft.Column([ft.Text(block, theme_style=LARGE)
                               for block in paragraphs(letter)], spacing=12),
        ),
    ], spacing=12, horizontal_alignment=ft.CrossAxisAlignment.STRETCH, col={"xs": 12, "sm": 6})
