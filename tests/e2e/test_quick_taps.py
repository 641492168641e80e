"""Two quick taps on one paper's status: the screen and the store both keep the second.

A card that drew itself from arguments redrew with the value from before
the taps; its radios then showed the first tap, or the old status, while the
store had the second (and "Saved" was on screen).
"""

from __future__ import annotations

from tests.e2e.driver import AppDriver
from tests.e2e.test_fault_injection import shown, tap

PAPER = "Scan reports and pictures"
PAIRS = [("Asked for it", "I have it"), ("Not needed for me", "Asked for it"),
         ("I have it", "To do"), ("To do", "Not needed for me")]
ROUNDS = 16


def test_the_second_of_two_quick_taps_is_shown_and_kept(app: AppDriver) -> None:
    app = app.open("/prepare")
    app.ax_find("heading", "What to prepare")
    wrong = []
    for round_ in range(ROUNDS):
        first, second = PAIRS[round_ % len(PAIRS)]
        tap(app, PAPER, first)
        tap(app, PAPER, second)
        app.page.wait_for_timeout(800)
        if shown(app)[PAPER] != second:
            wrong.append((round_, first, second, shown(app)[PAPER]))
    assert not wrong, wrong
    last = PAIRS[(ROUNDS - 1) % len(PAIRS)][1]
    app.ax_find(None, "Saved")
    app.reload()
    app.ax_find("heading", "What to prepare")
    assert shown(app)[PAPER] == last
