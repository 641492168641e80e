"""The offline PWA: it starts, works offline, stays on its origin, installs, keeps data."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext

from tests.e2e.conftest import CHROMIUM_ARGS, PHONE
from tests.e2e.driver import AppDriver, RequestLog
from tools.bench import WORKER_READY


def wait_for_service_worker(app: AppDriver) -> None:
    """Until the worker has precached everything and controls the page."""
    app.wait_until(WORKER_READY, timeout_s=180)


def test_home_screen_shows_every_part(app: AppDriver) -> None:
    app.ax_find("heading", "Second Opinion")
    for part in ("Why a second opinion", "How to ask", "Getting one", "What to prepare",
                 "My medicines", "Doctors and visits", "After the second opinion",
                 "Visit summary", "About this app"):
        app.ax_find("button", re.compile(re.escape(part)))
    app.ax_find("progressbar", re.compile(r"0 of 6 papers ready"))
    app.screenshot("home")


def test_starts_again_offline_after_one_visit(app: AppDriver, context: BrowserContext) -> None:
    wait_for_service_worker(app)
    context.set_offline(True)
    app.reload()
    app.ax_find("heading", "Second Opinion")
    app.click("button", re.compile("What to prepare"))
    app.ax_find("heading", "What to prepare")
    app.screenshot("offline-prepare")


def test_no_request_leaves_the_origin(app: AppDriver, requests: RequestLog) -> None:
    app.click("button", re.compile("What to prepare"))
    app.ax_find("heading", "What to prepare")
    app.page.go_back()
    app.click("button", re.compile("About this app"))
    app.ax_find("heading", re.compile("About"))
    wait_for_service_worker(app)
    assert requests.left_origin() == []


def test_manifest_has_no_installability_errors(
        browser: Browser, base_url: str, tmp_path: Path) -> None:
    # An ordinary context is incognito ("in-incognito"); a persistent one is real.
    playwright_chromium = browser.browser_type
    context = playwright_chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS,
        viewport=PHONE)
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


def test_a_saved_value_survives_a_reload(app: AppDriver) -> None:
    app.click("button", re.compile("What to prepare"))
    group = app.page.get_by_role("group", name="Status of Pathology report")
    group.get_by_role("radio", name="I have it").click()
    app.ax_find(None, re.compile(r"1 of 6 papers ready"))
    app.expect_text("Saved")
    app.reload()
    app.ax_find(None, re.compile(r"1 of 6 papers ready"))
    group = app.page.get_by_role("group", name="Status of Pathology report")
    assert group.get_by_role("radio", name="I have it").is_checked()
