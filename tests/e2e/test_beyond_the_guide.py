"""Beyond the guide, as a new patient would use it, in English and in Spanish.

One journey per language on one started app: two questions of the patient's
own (one from the ideas) with both doctors' answers, the visit summary in
two languages at once; then all of it is still there offline after a reload,
and after a backup is restored in another browser profile.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from second_opinion.content import own_questions
from second_opinion.i18n.translator import Translator
from tests.e2e.driver import AppDriver
from tests.e2e.journeys import (
    StartApp,
    at_home,
    note,
    open_part,
    wait_for_service_worker,
)

OWN = "¿Puedo seguir trabajando? 🙂 <b>sí</b> هل"
FIRST_SAYS = "Yes, part time 👍"
SECOND_SAYS = "Sí — مع الراحة"
IDEA_SAYS = "Surgery, or a trial <i>NCT</i>"

Words = Callable[[str], str]


#: The title bar's Back, as Flutter names it in each language of the journey
#: (on a screen opened from a sub-screen its tooltip is said twice: "Back Back").
BACK = re.compile(r"^(Back|Atrás)\b")


def home(app: AppDriver) -> None:
    """Back up to home with the title bar's Back (a sub-screen is two steps away)."""
    for _ in range(3):
        if at_home(app):
            break
        before = app.page.url
        app.click("button", BACK)
        app.page.wait_for_function("(before) => location.href !== before", arg=before,
                                   timeout=15_000)
    assert at_home(app)
    app.page.get_by_role("button", name=BACK).first.wait_for(state="detached", timeout=15_000)


def open_from_home(app: AppDriver, part: str) -> None:
    """A part far down home, pressed as a screen reader does (no scrolling needed)."""
    home(app)
    app.ax_press("button", re.compile("^" + re.escape(part)))
    app.ax_find("heading", part)


def add_questions(app: AppDriver, _: Words) -> str:
    """One idea added as it is, one written; both doctors answer each. The idea's words."""
    open_part(app, _("My questions"))
    idea = _(own_questions.SUGGESTED[1])
    app.click("button", _("Add: {words}").format(words=idea))
    app.ax_find("heading", idea)
    app.click("button", _("Write a question"))
    app.ax_find("heading", _("Write a question"))
    app.fill(_("Your question"), OWN)
    app.click("radio", _("Ask both doctors"))
    app.click("button", _("Save"))
    app.ax_find("heading", OWN)
    for question, first, second in ((idea, IDEA_SAYS, FIRST_SAYS), (OWN, FIRST_SAYS,
                                                                     SECOND_SAYS)):
        note(app, answer_field(_, "First doctor's answer to: {question}", question), first)
        note(app, answer_field(_, "Second-opinion doctor's answer to: {question}", question),
             second)
    app.ax_find(None, _("Saved"))
    return idea


def answer_field(_: Words, name: str, question: str) -> str:
    short = question if len(question) <= 40 else question[:40] + "…"
    return _(name).format(question=short)


def show_summary_in_two(app: AppDriver, _: Words, other: str, other_words: Words) -> None:
    """The summary in the doctor's language, with the patient's language too."""
    open_from_home(app, _("Visit summary"))
    app.click("button", re.compile("^" + re.escape(_("Language of the summary"))))
    app.click("radio", other)
    app.click("switch", _("Show your language too"))
    app.ax_find(None, re.compile(re.escape(other_words("My questions"))))
    app.ax_find(None, re.compile(re.escape(_("My questions"))))


def check_everything(app: AppDriver, _: Words, idea: str, other_words: Words) -> None:
    """What the patient saved, seen on the screens a patient would look at."""
    home(app)
    open_part(app, _("My questions"))
    app.ax_find("heading", OWN)
    app.ax_find("heading", idea)
    app.click("button", _("See both answers side by side"))
    app.ax_find("heading", _("Both answers"))
    app.ax_find(None, re.compile(re.escape(SECOND_SAYS) + "$"))
    app.ax_find(None, re.compile(re.escape(IDEA_SAYS) + "$"))
    open_from_home(app, _("Visit summary"))
    app.ax_find(None, re.compile(re.escape(other_words("My questions"))))
    app.ax_find(None, re.compile(re.escape(OWN)))


@pytest.mark.parametrize(("locale", "code", "other", "other_code"), [
    ("en-US", "en", "Español", "es"),
    ("es-ES", "es", "English", "en"),
])
def test_a_new_patient_goes_beyond_the_guide(empty_app: StartApp, tmp_path: Path, locale: str,
                                             code: str, other: str, other_code: str) -> None:
    _ = Translator(code).gettext
    other_words = Translator(other_code).gettext
    app = empty_app(locale=locale)
    app.ax_find("heading", _("Second Opinion"))
    idea = add_questions(app, _)
    home(app)
    show_summary_in_two(app, _, other, other_words)
    app.screenshot(f"beyond-summary-in-two-{code}")

    # Offline, after a reload: all of it is still there.
    wait_for_service_worker(app)
    app.page.context.set_offline(True)
    try:
        app.reload()
        check_everything(app, _, idea, other_words)
    finally:
        app.page.context.set_offline(False)

    # A backup restored in another browser brings all of it.
    home(app)
    open_part(app, _("Settings"))
    saved = save_backup_in(app, _, tmp_path)
    other_phone = empty_app("/settings", locale=locale)
    restore_in(other_phone, _, saved)
    check_everything(other_phone, _, idea, other_words)


def save_backup_in(app: AppDriver, _: Words, folder: Path) -> Path:
    with app.page.expect_download(timeout=30_000) as download:
        app.click("button", _("Save a backup file"))
    path = folder / download.value.suggested_filename
    download.value.save_as(path)
    return path


def restore_in(app: AppDriver, _: Words, saved: Path) -> None:
    app.ax_find("heading", _("Backup"))
    with app.page.expect_file_chooser(timeout=30_000) as chooser:
        app.click("button", _("Restore from a backup file"))
    chooser.value.set_files(str(saved))
    app.ax_find("heading", _("Restore this backup?"))
    app.click("button", _("Restore"))
    app.ax_find(None, _("Your backup is restored."))
    app.reload()
    home(app)
