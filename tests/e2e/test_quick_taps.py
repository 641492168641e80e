"""Two quick actions in a row: the screen and the store both keep the second.

A card that drew itself from arguments redrew with the value from before
the taps; its radios then showed the first tap, or the old status, while the
store had the second (and "Saved" was on screen). The same race is tried on
the medicines' order and on editing one's own words. The tests share the
module's ``phone``; each keeps to its own screen.
"""

from __future__ import annotations

import re

from tests.e2e.driver import AppDriver
from tests.e2e.journeys import (
    add_medicine,
    medicine_headings,
    open_medicines,
    open_part,
    shown_statuses,
    tap_quickly,
    tap_status,
    wait_for_order,
)

PAPER = "Scan reports and pictures"
PAIRS = [("Asked for it", "I have it"), ("Not needed for me", "Asked for it"),
         ("I have it", "To do"), ("To do", "Not needed for me")]
ROUNDS = 16
MEDICINES = ["Cabozantinib", "Nivolumab", "Lenvatinib"]
WORDS = ["Can I see a kidney cancer expert?", "Can I see an expert in kidney cancer? 🙏",
         "¿Puedo ver a un experto en cáncer de riñón?"]


def test_the_second_of_two_quick_taps_is_shown_and_kept(phone: AppDriver) -> None:
    app = phone
    open_part(app, "What to prepare")
    wrong = []
    for round_ in range(ROUNDS):
        first, second = PAIRS[round_ % len(PAIRS)]
        tap_status(app, PAPER, first)
        tap_status(app, PAPER, second)
        app.page.wait_for_timeout(800)
        if shown_statuses(app)[PAPER] != second:
            wrong.append((round_, first, second, shown_statuses(app)[PAPER]))
    assert not wrong, wrong
    last = PAIRS[(ROUNDS - 1) % len(PAIRS)][1]
    app.ax_find(None, "Saved")
    app.reload()
    app.ax_find("heading", "What to prepare")
    assert shown_statuses(app)[PAPER] == last


def test_two_quick_moves_up_are_both_kept(phone: AppDriver) -> None:
    app = phone
    open_medicines(app)
    for name in MEDICINES:
        add_medicine(app, name)
    wait_for_order(app, MEDICINES)
    last = MEDICINES[-1]
    tap_quickly(app, "button", f"Move {last} up")
    tap_quickly(app, "button", f"Move {last} up")  # sent before the list has redrawn
    expected = [last, *MEDICINES[:-1]]
    wait_for_order(app, expected)
    app.expect_text("Saved")
    shown = medicine_headings(app)
    app.reload()
    app.ax_find("heading", "My medicines")
    wait_for_order(app, expected)
    assert medicine_headings(app) == shown == expected


def edit_words(app: AppDriver, words: str) -> None:
    """Edit the only own words there are, type ``words``, Save; no wait for "Saved".

    Only for the screen before to slide away: a patient cannot tap Edit sooner.
    """
    app.page.get_by_role("heading", name=re.compile("^(Change|Add) your")).first.wait_for(
        state="detached", timeout=30_000)
    app.click("button", re.compile("^Edit: "))
    app.ax_find("heading", "Change your words")
    app.fill("Your words", words)
    app.click("button", "Save")


def test_two_quick_edits_of_own_words_keep_the_second(phone: AppDriver) -> None:
    app = phone
    open_part(app, "How to ask")
    app.click("button", "Add your own words")
    app.fill("Your words", WORDS[0])
    app.click("button", "Save")
    app.ax_find(None, WORDS[0])
    edit_words(app, WORDS[1])
    edit_words(app, WORDS[2])  # right after the first edit's Save
    app.ax_find("heading", "How to ask")
    app.ax_find(None, WORDS[2])
    app.expect_text("Saved")
    app.reload()
    app.ax_find("heading", "How to ask")
    app.ax_find(None, WORDS[2])
    shown = {node.name for node in app.ax_tree()}
    assert WORDS[0] not in shown and WORDS[1] not in shown, "an older edit came back"
    assert app.page.get_by_role("button", name=re.compile("^Edit: ")).count() == 1
