"""A screen reader user's journey, and what the app announces to them.

Every control is found in Chromium's accessibility tree by role and
accessible name and activated through that node: no coordinates, no
identifiers, no CSS selectors. Announcements are read from Flutter's
announcement elements (``flt-announcement-polite`` / ``-assertive``), where a
screen reader hears them; the app's live regions ("4 of 6 papers ready",
"Saved", a refused backup) are spoken through them.
"""

from __future__ import annotations

import re

from tests.e2e.driver import AppDriver
from tests.e2e.journeys import QUESTION, RUN_AXE, StartApp, first_answer, put_in_axe

#: Records every text Flutter puts into its announcement live regions
#: (it clears them again after a moment).
RECORD_ANNOUNCEMENTS = """
window.__announced = [];
new MutationObserver(() => {
  for (const region of document.querySelectorAll(
      "flt-announcement-polite, flt-announcement-assertive")) {
    const text = region.textContent.trim();
    const kind = region.tagName.toLowerCase().replace("flt-announcement-", "");
    const last = window.__announced[window.__announced.length - 1];
    if (text && !(last && last.text === text && last.kind === kind)) {
      window.__announced.push({kind, text});
    }
  }
}).observe(document, {subtree: true, childList: true, characterData: true});
"""

def announced(app: AppDriver) -> list[tuple[str, str]]:
    return [(a["kind"], a["text"]) for a in app.page.evaluate("() => window.__announced")]


def wait_announced(app: AppDriver, kind: str, text: str) -> None:
    for _ in range(60):
        if (kind, text) in announced(app):
            return
        app.page.wait_for_timeout(250)
    raise AssertionError(f"never announced {kind} {text!r}: {announced(app)}")


def back_home(app: AppDriver) -> None:
    app.ax_press("button", "Back")
    app.ax_find("heading", "Second Opinion")


def remove_and_undo(app: AppDriver, medicine: str) -> None:
    """Remove: the message is heard, sits in a status with Undo and Close,
    and leaves axe-core nothing to find (no text outside every landmark)."""
    app.ax_press("button", f"Remove {medicine}")
    wait_announced(app, "polite", f"Removed {medicine}")
    notice = app.page.get_by_role("status").filter(
        has=app.page.get_by_role("button", name="Undo"))
    notice.wait_for(timeout=15_000)
    assert f"Removed {medicine}" in notice.aria_snapshot()
    # Flutter spoke it already: the status itself stays quiet, or it is heard twice.
    assert notice.get_attribute("aria-live") == "off"
    put_in_axe(app.page)
    assert app.page.evaluate(RUN_AXE) == []
    notice.get_by_role("button", name="Close").wait_for(state="attached")
    app.ax_press("button", "Undo")
    app.ax_find("heading", medicine)


def undo_stays_with_its_screen(app: AppDriver, medicine: str) -> None:
    """An Undo waits for a slow reader, but not on other screens: home has none."""
    app.ax_press("button", f"Remove {medicine}")
    wait_announced(app, "polite", f"Removed {medicine}")
    app.page.wait_for_timeout(5000)  # longer than a message that goes by itself
    app.ax_find("button", "Undo")
    back_home(app)
    app.page.get_by_role("status").wait_for(state="detached", timeout=15_000)
    assert not [node for node in app.ax_tree() if node.name == "Undo"]


def test_main_tasks_by_accessible_name_alone(empty_app: StartApp) -> None:
    app = empty_app(init_script=RECORD_ANNOUNCEMENTS)

    app.ax_press("button", re.compile("^What to prepare"))
    app.ax_press("radio", "I have it", within=("group", "Status of Pathology report"))
    wait_announced(app, "polite", "1 of 6 papers ready")
    back_home(app)
    app.ax_find("progressbar", re.compile(r"^1 of 6 papers ready\b"))

    app.ax_press("button", re.compile("^My medicines"))
    app.ax_press("button", "Add a medicine")
    app.ax_find("heading", "Add a medicine")  # the new screen is there before typing
    app.ax_type("Medicine name", "Sunitinib 50 mg")
    app.ax_press("button", "Save")
    app.ax_find("heading", "Sunitinib 50 mg")
    remove_and_undo(app, "Sunitinib 50 mg")
    undo_stays_with_its_screen(app, "Sunitinib 50 mg")

    app.ax_press("button", re.compile("^After the second opinion"))
    app.ax_find("heading", "After the second opinion")
    app.ax_type(first_answer(QUESTION), "Surgery first.")
    app.page.keyboard.press("Tab")
    app.ax_find(None, "Saved")
    wait_announced(app, "polite", "Saved")
    back_home(app)

    app.ax_press("button", re.compile("^Settings"))
    app.ax_press("radio", "200%", within=("group", "Text size"))
    app.ax_press("radio", "Español", within=("group", "Language"))
    app.ax_find("heading", "Ajustes")
    assert next(node for node in app.ax_tree()
                if node.role == "radio" and node.name == "200%").properties["checked"] == "true"
    app.ax_press("button", "Atrás")
    app.ax_press("button", re.compile("^Qué preparar"))
    app.ax_find(None, "1 de 6 documentos listos")
