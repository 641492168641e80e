"""The offline PWA: it starts, works offline, stays on its origin, installs, keeps data.

One journey from a first start to an offline restart and "Delete all my
data": a fresh profile costs a cold start, so everything that needs empty
storage and a restart is checked on the way.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext

from tests.e2e.driver import CHROMIUM, CHROMIUM_ARGS, PHONE, AppDriver, RequestLog
from tests.e2e.journeys import (
    ACTIONABLE,
    HOME,
    first_answer,
    go_home,
    mark_paper,
    open_medicines,
    open_part,
    open_settings,
    papers_ready,
    status_group,
    wait_for_service_worker,
)

PARTS = ("Why a second opinion", "How to ask", "Getting one", "What to prepare",
         "My medicines", "Doctors and visits", "After the second opinion",
         "Visit summary", "About this app")
ANSWER = "Surgery, then scans 🩺"
PHRASE = "¿Puedo pedir una segunda opinión? 🙏"
MEDICINE = "Sunitinib سونيتينيب"


def nameless_controls(app: AppDriver) -> list[str]:
    return [node.role for node in app.ax_tree()
            if node.role in ACTIONABLE and not node.name.strip()]


def test_first_start_every_record_offline_then_forget_everything(
        app: AppDriver, context: BrowserContext, requests: RequestLog) -> None:
    # The first frame: every control on home is named before any click.
    app.ax_find("heading", HOME)
    app.ax_find("button", re.compile("^What to prepare"))
    assert nameless_controls(app) == []
    for part in PARTS:
        app.ax_find("button", re.compile(re.escape(part)))
    app.ax_find("progressbar", papers_ready(0))
    app.screenshot("home")

    # Each kind of record is saved at once.
    open_part(app, "What to prepare")
    mark_paper(app, "Pathology report", "I have it")
    app.ax_find(None, papers_ready(1))
    app.expect_text("Saved")
    go_home(app)

    open_medicines(app)
    app.click("button", "Add a medicine")
    app.fill("Medicine name", MEDICINE)
    app.click("button", "Save")
    app.ax_find("heading", MEDICINE)
    go_home(app)

    open_part(app, "After the second opinion")
    app.fill(first_answer(), ANSWER)
    app.page.keyboard.press("Tab")
    app.expect_text("Saved")
    go_home(app)

    open_part(app, "How to ask")
    app.click("button", "Add your own words")
    app.fill("Your words", PHRASE)
    app.click("button", "Save")
    app.ax_find(None, PHRASE)
    go_home(app)

    open_part(app, "About this app", re.compile("About"))
    wait_for_service_worker(app)
    assert requests.left_origin() == []  # the worker has fetched everything it keeps

    # Offline, the app starts again from the worker's cache, with every record.
    go_home(app)
    context.set_offline(True)
    app.reload()
    app.ax_find("heading", HOME)
    app.ax_find("progressbar", papers_ready(1))
    open_part(app, "What to prepare")
    app.screenshot("offline-prepare")
    group = app.page.get_by_role("group", name=status_group("Pathology report"))
    assert group.get_by_role("radio", name="I have it").is_checked()
    go_home(app)
    open_medicines(app)
    app.ax_find("heading", MEDICINE)
    go_home(app)
    open_part(app, "How to ask")
    app.ax_find(None, PHRASE)
    go_home(app)
    open_part(app, "Visit summary")
    app.ax_find(None, f"First doctor: {ANSWER}")
    app.screenshot("offline-summary")
    go_home(app)

    # Delete all my data: asks first, keeps everything on "Keep my data", then forgets.
    open_settings(app)
    app.click("button", "Delete all my data")
    app.ax_find("heading", "Delete everything?")
    app.click("button", "Keep my data")
    app.page.go_back()
    app.ax_find("progressbar", papers_ready(1))

    open_settings(app)
    app.click("button", "Delete all my data")
    app.click("button", "Delete everything")
    app.ax_find(None, "Everything is deleted from this phone.")
    app.page.go_back()
    app.ax_find("progressbar", papers_ready(0))
    app.reload()
    app.ax_find("progressbar", papers_ready(0))


def test_manifest_has_no_installability_errors(
        browser: Browser, base_url: str, tmp_path: Path) -> None:
    # An ordinary context is incognito ("in-incognito"); a persistent one is real.
    context = browser.browser_type.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS, viewport=PHONE)
    try:
        app = AppDriver(context.new_page(), base_url).open("/")
        wait_for_service_worker(app)
        cdp = context.new_cdp_session(app.page)
        errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
        assert errors == []
        manifest = cdp.send("Page.getAppManifest")
        assert manifest["url"].endswith("/manifest.webmanifest")
        assert not manifest.get("errors")
    finally:
        context.close()
