"""Issue 3's promise: every kind of record is saved at once and is there after an offline reload."""

from __future__ import annotations

import re

from playwright.sync_api import BrowserContext

from tests.e2e.driver import AppDriver
from tests.e2e.test_foundation import wait_for_service_worker

QUESTION = "How did you choose this treatment plan?"
ANSWER = "Surgery, then scans 🩺"
PHRASE = "¿Puedo pedir una segunda opinión? 🙏"
MEDICINE = "Sunitinib سونيتينيب"


def home(app: AppDriver) -> None:
    """The title bar's Back: every screen is a child of home."""
    app.click("button", "Back")
    app.ax_find("heading", "Second Opinion")


def test_each_kind_of_record_survives_an_offline_reload(
        app: AppDriver, context: BrowserContext) -> None:
    app.click("button", re.compile("What to prepare"))
    app.page.get_by_role("group", name="Status of Pathology report").get_by_role(
        "radio", name="I have it").click()
    app.ax_find(None, re.compile("1 of 6 papers ready"))
    home(app)

    app.click("button", re.compile("My medicines"))
    app.click("button", "Add a medicine")
    app.fill("Medicine name", MEDICINE)
    app.click("button", "Save")
    app.ax_find("heading", MEDICINE)
    home(app)

    app.click("button", re.compile("After the second opinion"))
    app.fill(f"First doctor's answer to: {QUESTION}", ANSWER)
    app.page.keyboard.press("Tab")
    app.expect_text("Saved")
    home(app)

    app.click("button", re.compile("How to ask"))
    app.click("button", "Add your own words")
    app.fill("Your words", PHRASE)
    app.click("button", "Save")
    app.ax_find(None, PHRASE)

    wait_for_service_worker(app)
    context.set_offline(True)
    app.open("/")
    app.ax_find("progressbar", re.compile("1 of 6 papers ready"))
    app.click("button", re.compile("My medicines"))
    app.ax_find("heading", MEDICINE)
    home(app)
    app.click("button", re.compile("How to ask"))
    app.ax_find(None, PHRASE)
    home(app)
    app.click("button", re.compile("Visit summary"))
    app.ax_find(None, f"First doctor: {ANSWER}")
    app.screenshot("offline-summary")


def test_too_long_paper_note_is_kept_with_a_message(app: AppDriver) -> None:
    app.click("button", re.compile("What to prepare"))
    text = "ب" * 4001
    app.fill("Note about Pathology report", text)
    app.page.keyboard.press("Tab")
    app.ax_find(None, "This is too long. Keep it under 4000 letters.")
    box = app.role("textbox", "Note about Pathology report")
    box.click()
    assert box.input_value() == text
