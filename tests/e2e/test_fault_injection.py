"""Reload or kill the page at random moments during bursts of edits: nothing saved is lost.

Each round taps a few paper statuses quickly, waits a random moment (most
often one short enough to catch a write on its way), reads
what the screen shows (and whether it says "Saved"), then reloads the page
or closes it and opens a new one. After each restart the store must open
(no "could not read" notice) and hold what the screen showed: exactly, if it
said "Saved"; otherwise each paper is at its old or its new status, because
only a change still being written may be lost.
"""

from __future__ import annotations

import os
import random
import re

from playwright.sync_api import BrowserContext

from tests.e2e.driver import AppDriver
from tests.e2e.journeys import PAPERS, STATUSES, StartApp, open_part, shown_statuses, tap_status

#: 10 in ``make test``, each run with a new seed; ``make soak`` runs 200.
ROUNDS = int(os.environ.get("FAULT_ROUNDS", "10"))
UNREADABLE = re.compile("We could not read the notes saved on this phone")


def pause_ms(rng: random.Random) -> int:
    """How long after the taps the page is restarted.

    Mostly within 250 ms of the taps, while their writes and the "Saved"
    that follows them may still be on their way, where a restart can catch
    one half done; else at any moment up to 1.5 s, so the rounds also
    restart after "Saved" and while nothing is written.
    """
    return rng.randint(0, 250) if rng.random() < 0.7 else rng.randint(0, 1500)


def says_saved(app: AppDriver) -> bool:
    return any(node.name == "Saved" for node in app.ax_tree())


def restart(app: AppDriver, context: BrowserContext, kill: bool) -> AppDriver:
    if not kill:
        return app.reload()
    app.page.close()
    return AppDriver(context.new_page(), app.base_url).open("/prepare")


def test_random_reloads_during_edits_never_lose_a_saved_change(empty_app: StartApp) -> None:
    app = empty_app()
    context = app.page.context
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    open_part(app, "What to prepare")
    before = shown_statuses(app)
    for round_ in range(ROUNDS):
        for _ in range(rng.randint(1, 4)):
            tap_status(app, rng.choice(PAPERS), rng.choice(STATUSES))
        app.page.wait_for_timeout(pause_ms(rng))
        saved = says_saved(app)
        now = shown_statuses(app)
        app = restart(app, context, kill=rng.random() < 0.3)
        app.ax_find("heading", "What to prepare")
        assert not any(UNREADABLE.search(n.name) for n in app.ax_tree()), (seed, round_)
        after = shown_statuses(app)
        where = f"seed {seed}, round {round_}, saved={saved}"
        if saved:
            assert after == now, where
        else:
            assert all(after[p] in (before[p], now[p]) for p in PAPERS), (where, before, now, after)
        before = after
