"""After the second opinion and the visit summary: answers kept, compared, summed up, copied."""

from __future__ import annotations

import re
from datetime import date

from playwright.sync_api import BrowserContext

from second_opinion.i18n.translator import Translator
from tests.e2e.driver import AppDriver

QUESTION = "How did you choose this treatment plan?"
FIRST_FIELD = f"First doctor's answer to: {QUESTION}"
SECOND_FIELD = f"Second-opinion doctor's answer to: {QUESTION}"
FIRST_TEXT = "Surgery first, then scans 🙂 <b>x</b>"
SECOND_TEXT = "مراقبة نشطة أولاً"


def open_after(app: AppDriver) -> None:
    app.click("button", re.compile("After the second opinion"))
    app.ax_find("heading", "After the second opinion")


def note(app: AppDriver, field: str, text: str) -> None:
    """Type an answer and leave the field, which saves it."""
    app.fill(field, text)
    app.page.keyboard.press("Tab")


def field_value(app: AppDriver, field: str) -> str:
    """Flutter puts a field's text in the page only once it has focus."""
    box = app.role("textbox", field)
    box.click()
    return box.input_value()


def note_both(app: AppDriver) -> None:
    open_after(app)
    note(app, FIRST_FIELD, FIRST_TEXT)
    note(app, SECOND_FIELD, SECOND_TEXT)


def test_answers_from_both_doctors_survive_a_reload(app: AppDriver) -> None:
    open_after(app)
    note(app, FIRST_FIELD, FIRST_TEXT)
    app.ax_find(None, "Saved")
    app.reload()  # after a reload nothing says "Saved" until the next save
    note(app, SECOND_FIELD, SECOND_TEXT)
    app.ax_find(None, "Saved")
    app.reload()
    app.ax_find("heading", "After the second opinion")
    assert field_value(app, FIRST_FIELD) == FIRST_TEXT
    assert field_value(app, SECOND_FIELD) == SECOND_TEXT


def test_every_answer_field_names_its_question(app: AppDriver) -> None:
    open_after(app)
    names = [node.name for node in app.ax_tree() if node.role == "textbox"]
    assert len(names) == len(set(names)) == 10
    assert FIRST_FIELD in names and SECOND_FIELD in names


def test_too_long_answer_is_kept_with_a_message(app: AppDriver) -> None:
    open_after(app)
    note(app, FIRST_FIELD, "x" * 4001)
    app.ax_find(None, "This is too long. Keep it under 4000 letters.")
    assert field_value(app, FIRST_FIELD) == "x" * 4001


def test_compare_shows_both_answers(app: AppDriver) -> None:
    note_both(app)
    app.click("button", "See both answers side by side")
    app.ax_find("heading", "Both answers")
    app.ax_find(None, re.compile(r"^First doctor\s+" + re.escape(FIRST_TEXT) + "$"))
    app.ax_find(None, re.compile(r"^Second-opinion doctor\s+" + re.escape(SECOND_TEXT) + "$"))
    app.ax_find(None, re.compile(r"^First doctor\s+No answer yet$"))
    app.screenshot("after-compare")


def open_summary(app: AppDriver) -> None:
    """From home or a screen right under it, without reloading the page."""
    if app.page.url.rstrip("/") != app.base_url.rstrip("/"):
        app.click("button", "Back")
    app.click("button", re.compile("Visit summary"))
    app.ax_find("heading", "Visit summary")


def test_summary_shows_answers_and_no_medicines(app: AppDriver) -> None:
    note_both(app)
    open_summary(app)
    app.ax_find(None, "No medicines listed yet.")
    app.ax_find(None, f"First doctor: {FIRST_TEXT}")
    app.ax_find(None, f"Second-opinion doctor: {SECOND_TEXT}")
    app.ax_find(None, "Made with the Second Opinion app. It does not replace a doctor's advice.")
    app.screenshot("summary")


def test_copy_puts_the_summary_on_the_clipboard(app: AppDriver, context: BrowserContext) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    note_both(app)
    open_summary(app)
    app.click("button", "Copy")
    app.ax_find(None, "Copied")
    copied = app.page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Visit summary\n")
    assert f"  First doctor: {FIRST_TEXT}\n" in copied


def test_summary_in_another_language_than_the_app(app: AppDriver) -> None:
    open_summary(app)
    app.click("button", "Language of the summary: English")
    app.click("radio", "Español")
    app.ax_find("button", "Language of the summary: Español")
    made_on = Translator("es").date(date.today())
    app.ax_find(None, re.compile(re.escape(made_on)))
    app.ax_find(None, Translator("es").gettext("Visit summary"))
    app.ax_find("button", "Copy")  # the app itself stays in English


def test_print_hands_the_plain_text_to_the_page(app: AppDriver) -> None:
    note_both(app)
    open_summary(app)
    app.page.evaluate("window.print = () => { window.printed = true; }")
    app.click("button", "Print")
    app.page.wait_for_function("() => window.printed === true", timeout=15_000)
    printed = app.page.locator("#print-text").text_content() or ""
    assert printed.startswith("Visit summary\n")
    assert FIRST_TEXT in printed
