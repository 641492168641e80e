"""Letters: written from what is saved, changed by the patient, kept, copied.

One journey with empty saved data, as a patient would go: one paper in hand
on What to prepare, both doctors' names, their own details; then the
records letter asks for a paper still to do and not the one in hand, and
says the law (HIPAA), also when the app starts at the letter's own address;
their change to it survives a reload and is what Copy takes; in another
language the letter is written again and the app's version shows beside it
in English, and Undo brings back their words; the joint-review letter is
addressed to both saved doctors. ``tests/unit/test_views_letters.py`` checks
the helpers (right-to-left marks, what is saved, the controls' names).
"""

from __future__ import annotations

import re

from second_opinion.i18n.translator import Translator
from tests.e2e.driver import AppDriver
from tests.e2e.journeys import (
    StartApp,
    field_value,
    go_home,
    mark_paper,
    note,
    open_part,
    open_screen,
    papers_ready,
)

RECORDS = "Asking for copies of my records"
JOINT = "Asking both doctors to review my case together"
RECORDS_FIELD = f"Your letter: {RECORDS}"
JOINT_FIELD = f"Your letter: {JOINT}"
FIRST, SECOND = "Dr. Ana Ruiz", "Dr. Amal حداد"
ME = "Rosa Díaz"
OWN_WORDS = "P.S. Please send them by mail. 🙂"
NOT_LEGAL = "This letter is not legal advice. It is a start that you can change."


def save_doctor(app: AppDriver, button: str, heading: str, name: str) -> None:
    """On Doctors and visits: open a doctor, write only the name, save."""
    app.click("button", button)
    app.ax_find("heading", heading)
    app.fill("Name", name)
    app.click("button", "Save")
    app.ax_find(None, f"Name: {name}")


def test_letters_are_written_from_what_is_saved_and_keep_the_patients_words(
        empty_app: StartApp) -> None:
    app = empty_app()  # its profile may read and write the clipboard

    # What is saved: one paper in hand, both doctors, who I am.
    open_part(app, "What to prepare")
    mark_paper(app, "Pathology report", "I have it")
    app.ax_find(None, papers_ready(1))
    go_home(app)
    open_part(app, "Doctors and visits")
    save_doctor(app, "Edit your first doctor", "Your first doctor", FIRST)
    save_doctor(app, "Edit your second-opinion doctor", "Your second-opinion doctor", SECOND)
    go_home(app)
    open_part(app, "Letters")
    app.ax_find(None, NOT_LEGAL)
    app.ax_find(None, "Not added yet")
    app.click("button", "Edit your details")
    app.ax_find("heading", "Your details for the letters")
    app.fill("Your name", ME)
    app.click("button", "Save")
    app.ax_find(None, f"Name: {ME}")
    app.screenshot("letters")

    # The records letter: the papers still to do, not the one in hand; the law.
    # Opened, then started again at its own address: after a start nothing says
    # "Saved" until the next save, so "Saved" below is the letter's own.
    open_screen(app, f"Open: {RECORDS}")  # the card's heading is the letter's title too
    app.reload()
    app.ax_find("heading", RECORDS)
    app.ax_find(None, NOT_LEGAL)
    app.ax_find("button", f"Language of the letter: English: {RECORDS}")
    letter = field_value(app, RECORDS_FIELD)
    assert "- Surgery report\n" in letter and "Pathology report" not in letter
    assert "A CD with the pictures from my scans" in letter
    assert "Under US law (HIPAA), I have the right to get copies" in letter
    assert "within 30 days" in letter
    assert f"My name: {ME}\n" in letter and letter.rstrip().endswith(ME)
    # Letter and app in English: the letter is shown once.
    assert not [node for node in app.ax_tree() if node.name.startswith("What this letter says")]

    # My change is kept across a reload, and Copy takes it.
    note(app, RECORDS_FIELD, letter + OWN_WORDS)
    app.ax_find(None, "Saved")
    app.reload()
    app.ax_find("heading", RECORDS)
    assert field_value(app, RECORDS_FIELD) == letter + OWN_WORDS
    app.page.keyboard.press("Tab")
    app.click("button", f"Copy: {RECORDS}")
    app.ax_find(None, "Copied")
    assert app.page.evaluate("navigator.clipboard.readText()") == letter + OWN_WORDS
    app.screenshot("letter-records")

    # Another language writes it again; the app's letter shows beside it in English.
    app.click("button", f"Language of the letter: English: {RECORDS}")
    app.click("radio", "Español")
    app.ax_find("button", f"Language of the letter: Español: {RECORDS}")
    app.ax_find(None, "The app wrote the letter again in Español.")
    app.ax_find("heading", "What this letter says, in English")
    app.ax_find(None, re.compile(r"^Under US law \(HIPAA\)"))
    spanish = field_value(app, RECORDS_FIELD)
    es = Translator("es")
    assert OWN_WORDS not in spanish
    assert es.gettext("Subject: Copies of my medical records") in spanish
    app.click("button", "Undo")  # the English letter with my words comes back
    app.ax_find("button", f"Language of the letter: English: {RECORDS}")
    assert field_value(app, RECORDS_FIELD) == letter + OWN_WORDS
    app.page.keyboard.press("Tab")

    # The joint-review letter is addressed to both saved doctors.
    app.click("button", "Back")
    app.ax_find("heading", "Letters")
    app.ax_find(None, "You changed the words of this letter.")
    open_screen(app, f"Open: {JOINT}")
    joint = field_value(app, JOINT_FIELD)
    assert f"To: {FIRST}\nTo: {SECOND}\n" in joint
    assert f"Dear {FIRST} and {SECOND}," in joint
    app.screenshot("letter-joint")
