"""One built ``dist/``, one server and one Chromium for the whole run.

The server sends ``Cache-Control: no-store`` without validators, so only the
service worker can make the app work offline. Chromium is Debian's
(``/usr/bin/chromium``): Playwright never downloads a browser here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, ViewportSize, sync_playwright

from tests.e2e.driver import AppDriver, RequestLog
from tools.build import build
from tools.serve import make_server

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
PHONE: ViewportSize = {"width": 412, "height": 915}


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    if not (DIST / "index.html").exists():
        build(DIST)
    server = make_server(DIST, "127.0.0.1", 0, no_store=True, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def new_context(browser: Browser, **options: object) -> BrowserContext:
    return browser.new_context(viewport=PHONE, service_workers="allow", **options)  # type: ignore[arg-type]


@pytest.fixture
def context(browser: Browser, base_url: str) -> Iterator[BrowserContext]:
    """A fresh browser profile: empty storage, no service worker yet."""
    created = new_context(browser)
    yield created
    created.close()


@pytest.fixture
def requests(context: BrowserContext, base_url: str) -> RequestLog:
    log = RequestLog(origin=base_url)
    log.attach(context)
    return log


@pytest.fixture
def app(context: BrowserContext, base_url: str, requests: RequestLog) -> Iterator[AppDriver]:
    """The app started in a fresh profile, on its home screen.

    Every test that uses it also proves that nothing it did sent a request
    off the site's origin.
    """
    yield AppDriver(context.new_page(), base_url).open("/")
    assert requests.left_origin() == [], "a request left the site's origin"
