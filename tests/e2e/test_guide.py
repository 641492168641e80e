"""The guide's screens, as a user reaches them from home: read, tick, add words.

The tests share the module's ``phone``; only the own-words test writes own
words and only the checklist test ticks steps, so each finds them empty.
"""

from __future__ import annotations

import re

from tests.e2e.driver import AppDriver

TYPED = "Mi médico 👩‍⚕️ <b>no</b> & هل يمكنني رأي ثانٍ؟"


def test_why_lists_what_it_is_and_all_six_reasons(phone: AppDriver) -> None:
    app = phone
    app.click("button", re.compile("Why a second opinion"))
    app.ax_find("heading", "What is a second opinion?")
    for reason in ("You want to know all your choices", "Your doctor is not sure what is wrong",
                   "Your diagnosis is rare", "Your doctor is not an expert in your type",
                   "It is hard to talk to your doctor", "No team looks at your case"):
        node = app.ax_find("heading", reason)
        assert node.properties.get("level") == 3
    app.screenshot("why")


def test_a_phrase_can_be_shown_large_for_the_doctor(phone: AppDriver) -> None:
    app = phone
    app.click("button", re.compile("How to ask"))
    app.click("button", re.compile(r"^Show large: If you had my kind of cancer"))
    app.ax_find("heading", "Please read")
    app.ax_find(None, "If you had my kind of cancer, who would you go to?")
    app.screenshot("ask-show-large")
    app.click("button", "Close")
    app.ax_find("heading", "How to ask")


def test_own_words_are_kept_exactly_as_typed(phone: AppDriver) -> None:
    app = phone
    app.click("button", re.compile("How to ask"))
    app.click("button", "Add your own words")
    app.click("button", "Save")
    app.ax_find(None, "Please write some words first.")
    app.fill("Your words", TYPED)
    app.click("button", "Save")
    app.ax_find("heading", "How to ask")
    app.ax_find(None, TYPED)
    app.reload()
    app.ax_find(None, TYPED)
    app.click("button", re.compile(r"^Remove: Mi médico"))
    app.ax_find(None, "You can write your own words here, in your own way.")
    app.click("button", "Undo")
    app.ax_find(None, TYPED)


def test_steps_are_a_checklist_that_counts(phone: AppDriver) -> None:
    app = phone
    app.click("button", re.compile("Getting one"))
    app.ax_find(None, re.compile("0 of 3 steps done"))
    app.click("checkbox", "Check if your insurance pays")
    app.ax_find(None, re.compile("1 of 3 steps done"))
    node = app.ax_find("checkbox", "Check if your insurance pays")
    assert node.properties.get("checked") == "true"
    app.ax_find("button", "Open Treatment Center Finder. Needs internet.")
    app.reload()
    assert app.ax_find("checkbox", "Check if your insurance pays").properties["checked"] == "true"


def test_about_names_the_source_and_says_it_is_not_advice(phone: AppDriver) -> None:
    app = phone
    app.click("button", re.compile("About this app"))
    app.ax_find("heading", "Getting a Second Opinion")
    app.ax_find(None, re.compile("Last reviewed: January 2025"))
    app.ax_find(None, re.compile("does not take the place of advice from your doctor"))
    app.ax_find("button", "Open NCCN guidelines. Needs internet.")
    app.ax_find("button", "Open National Cancer Institute. Needs internet.")
    app.ax_find(None, re.compile("has not checked the translations"))


def test_too_long_paper_note_is_kept_with_a_message(phone: AppDriver) -> None:
    app = phone
    app.click("button", re.compile("What to prepare"))
    text = "ب" * 4001
    app.fill("Note about Pathology report", text)
    app.page.keyboard.press("Tab")
    app.ax_find(None, "This is too long. Keep it under 4000 letters.")
    box = app.role("textbox", "Note about Pathology report")
    box.click()
    assert box.input_value() == text
