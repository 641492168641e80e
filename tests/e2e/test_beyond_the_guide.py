"""Beyond the guide, as a new patient would use it, in English and in Spanish.

One journey per language on one started app: two questions of the patient's
own (one from the ideas) with both doctors' answers; both doctors saved and
the second one's visit added to the calendar (the ``.ics`` file); a call to
the insurer with a reference number, its next step ticked off; the records
letter (naming the papers still to do) and the joint-review letter; the
visit summary in two languages at once. Then all of it is still there
offline after a reload, and (in Spanish) after a backup is restored in
another browser profile. The browser is at UTC+14 (Kiribati's Line Islands), as far from
Greenwich as a clock goes: the visit typed as 2:30 PM must reach the
calendar as 2:30 PM local, a floating time. ``test_letters`` tests the
letters further; the unit tests check every line of the calendar file and
each call's words.
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
    checked,
    field_value,
    note,
    open_part,
    wait_for_service_worker,
)

OWN = "¿Puedo seguir trabajando? 🙂 <b>sí</b> هل"
FIRST_DOCTOR, SECOND_DOCTOR = "Dr. Ana Ruiz", "Dr. Amal حداد"
REFERENCE = "REF-2026 ✓"
STEP = "Send the form <b>now</b> 📨"
#: Flutter's own OK in the date picker, in each language of the journey.
OK = re.compile("^(OK|ACEPTAR)$")
#: Flutter's own words in the time picker: hour box, minute box, afternoon.
TIME_PICKER = {"en": ("Hour", "Minute", "PM"), "es": ("Hora", "Minuto", "p.m.")}
VISIT_DAY = 20  # a day of this month: the picker opens on it
ZONE = "Pacific/Kiritimati"  # UTC+14
PLAN, PLAN_PHONE = "Blue Shield 🛡", "+1 555 0100"
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


def save_doctors_and_add_the_visit(app: AppDriver, _: Words, folder: Path, code: str) -> None:
    """Both doctors by name, the second with a visit; the visit saved as a calendar file."""
    open_from_home(app, _("Doctors and visits"))
    for role, name in (("first", FIRST_DOCTOR), ("second-opinion", SECOND_DOCTOR)):
        app.click("button", _(f"Edit your {role} doctor"))
        app.ax_find("heading", _(f"Your {role} doctor"))
        app.fill(_("Name"), name)
        if name == SECOND_DOCTOR:
            pick_the_visit(app, _, TIME_PICKER[code])
        app.click("button", _("Save"))
        app.ax_find(None, _("Name: {name}").format(name=name))
    add = _("{action}: {words}").format(action=_("Add to calendar"),
                                        words=_("Your second-opinion doctor"))
    with app.page.expect_download(timeout=30_000) as download:
        app.click("button", add)
    path = folder / download.value.suggested_filename
    download.value.save_as(path)
    ics = path.read_bytes().decode("utf-8").replace("\r\n ", "")
    starts = re.findall(r"^DTSTART.*$", ics, re.MULTILINE)
    at = rf"DTSTART:\d{{6}}{VISIT_DAY}T143000\r"
    assert len(starts) == 1 and re.fullmatch(at, starts[0]), "2:30 PM where the patient is"
    assert SECOND_DOCTOR in ics and _("Papers still to gather:") in ics
    assert _("Scan reports and pictures") in ics


def pick_the_visit(app: AppDriver, _: Words, time_picker: tuple[str, str, str]) -> None:
    """The ``VISIT_DAY`` of this month, and 2:30 PM, through Flutter's own pickers.

    Typed into the time picker's boxes, as a screen reader user would: in
    Spanish too, whose picker once drew 24-hour boxes but read them as
    12-hour ones (``test_medicines_doctors`` types a 24-hour time).
    """
    hour, minute, afternoon = time_picker
    app.click("button", _("Choose the visit date"))
    app.click("button", re.compile(f"^{VISIT_DAY}, "))
    app.click("button", OK)
    app.ax_find("button", re.compile("^" + re.escape(_("Visit date: {date}").split("{")[0])))
    app.click("button", _("Choose the visit time"))
    app.fill(hour, "2")
    app.fill(minute, "30")
    app.click("radio", afternoon)
    app.click("button", OK)
    app.ax_find("button", re.compile("^" + re.escape(_("Visit time: {time}").split("{")[0])))


def log_a_call_to_the_insurer(app: AppDriver, _: Words) -> None:
    """The plan's phone gives a Call button; from the plan's card (its topic picked
    already) a call with a reference number and a next step, then ticked off."""
    open_from_home(app, _("Calls to make"))
    plan = _("Your health insurance plan")
    app.click("button", _("{action}: {words}").format(action=_("Edit name and phone"),
                                                      words=plan))
    app.ax_find("heading", plan)
    app.fill(_("Name"), PLAN)
    app.fill(_("Phone"), PLAN_PHONE)
    app.click("button", _("Save"))
    app.ax_find("heading", _("Calls to make"))
    call = _("Call {phone}").split("{")[0]
    app.ax_find("button", re.compile(rf"^{re.escape(call)}\W*{re.escape(PLAN_PHONE)}\W*: "
                                     + re.escape(plan)))
    app.click("button", _("{action}: {words}").format(action=_("Write down a call"), words=plan))
    app.ax_find("heading", _("Write down a call"))
    assert checked(app, "radio", _("Health insurance plan")) == "true"
    app.fill(_("Reference number"), REFERENCE)
    app.fill(_("Next step"), STEP)
    app.click("button", _("Save"))
    app.ax_find(None, _("Reference number: {number}").format(number=REFERENCE))
    done = _("Done: {step}").format(step=STEP)
    app.click("checkbox", done)
    app.wait_until(f"""() => [...document.querySelectorAll('flt-semantics')]
        .some(e => (e.getAttribute('aria-label') || e.textContent).includes({STEP!r})
                   && e.getAttribute('aria-checked') === 'true')""", timeout_s=15)


def make_both_letters(app: AppDriver, _: Words, own_language: str) -> None:
    """The records letter names the papers still to do; the other goes to both doctors.

    Both are in English, the offices' language; in a Spanish app the
    Spanish letter is shown beside it.
    """
    english = Translator("en").gettext
    open_from_home(app, _("Letters"))
    records = _("Asking for copies of my records")
    open_letter(app, _, records)
    letter = letter_text(app, _, records)
    assert f"- {english('Surgery report')}\n" in letter and "HIPAA" in letter
    if own_language != "English":
        app.ax_find("heading", _("What this letter says, in {language}").format(
            language=own_language))
        app.ax_find(None, re.compile(re.escape("- " + _("Surgery report"))))
    home(app)
    open_from_home(app, _("Letters"))
    joint = _("Asking both doctors to review my case together")
    open_letter(app, _, joint)
    letter = letter_text(app, _, joint)
    assert english("Dear {first} and {second},").format(first=FIRST_DOCTOR,
                                                   second=SECOND_DOCTOR) in letter


def open_letter(app: AppDriver, _: Words, title: str) -> None:
    app.click("button", _("{action}: {words}").format(action=_("Open"), words=title))
    app.ax_find("heading", title)


def letter_text(app: AppDriver, _: Words, title: str) -> str:
    return field_value(app, _("{action}: {words}").format(action=_("Your letter"), words=title))


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
    """What the patient saved, all of it on one screen: the visit summary (still in
    two languages) lists the questions with each doctor's answer by the doctor's
    name, the call with its reference and its step done, and both doctors."""
    open_from_home(app, _("Visit summary"))
    answer = _("{doctor}: {answer}")
    for line in (other_words("My questions"), OWN, idea,
                 answer.format(doctor=FIRST_DOCTOR, answer=IDEA_SAYS),
                 answer.format(doctor=SECOND_DOCTOR, answer=SECOND_SAYS),
                 _("Reference number: {number}").format(number=REFERENCE),
                 _("Next step: {step} ({done})").format(step=STEP, done=_("Done"))):
        app.ax_find(None, re.compile(re.escape(line)))


@pytest.mark.parametrize(("locale", "code", "other", "other_code"), [
    ("en-US", "en", "Español", "es"),
    ("es-ES", "es", "English", "en"),
])
def test_a_new_patient_goes_beyond_the_guide(empty_app: StartApp, tmp_path: Path, locale: str,
                                             code: str, other: str, other_code: str) -> None:
    _ = Translator(code).gettext
    other_words = Translator(other_code).gettext
    app = empty_app(locale=locale, timezone_id=ZONE)
    assert app.page.evaluate("new Date(2027, 0, 1).getTimezoneOffset()") == -14 * 60
    app.ax_find("heading", _("Second Opinion"))
    idea = add_questions(app, _)
    save_doctors_and_add_the_visit(app, _, tmp_path, code)
    log_a_call_to_the_insurer(app, _)
    make_both_letters(app, _, "English" if code == "en" else "Español")
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

    # A backup restored in another browser brings all of it (in Spanish only:
    # what a backup holds does not depend on the language, and test_backup
    # restores one in English).
    if code == "en":
        return
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
