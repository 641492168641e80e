"""The app in WebKit, the engine of every iPhone browser, through one journey.

Every browser on an iPhone is WebKit, so a patient's phone may well be
Safari's engine, not Chromium's. This runs the journey that matters most
offline in WebKitGTK's MiniBrowser (Debian's ``webkit2gtk-driver``, driven
by Selenium, helpers in ``tests/e2e/webkit.py``): start, mark a paper, add a
medicine with non-Latin letters, go offline and reload and find both kept
(an offline start from the worker's cache and the store both proved in one
start: a WebKit start takes about 15 s). WebDriver has no offline switch for
WebKitGTK, so "offline" is the site's server shut down: with ``no-store``
and no validators, only the service worker can start the app then.
Where WebKit differs from Chromium: docs/flet-web-offline.md, "WebKit (WebKitGTK)".
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator

import pytest

from tests.e2e.journeys import HOME, papers_ready, status_group
from tests.e2e.webkit import Site, WebKitApp, missing, virtual_display, webkit

PAPER = "Pathology report"
STATUS = "I have it"
MEDICINE = "Sunitinib سونيتينيب"

# Selenium's own WebKitGTK driver class still passes an address the old way.
pytestmark = pytest.mark.filterwarnings("ignore:setting remote_server_addr:DeprecationWarning")


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    yield served
    served.stop()


@pytest.fixture
def app(site: Site) -> Iterator[WebKitApp]:
    assert not missing(), f"missing {missing()}: run `make webkit`"
    with virtual_display() as display, webkit(display) as browser:
        yield WebKitApp(browser, site.url)


def go_home(app: WebKitApp) -> None:
    app.press("button", "Back")
    app.find("heading", HOME)
    app.gone("button", "Back")


def open_part(app: WebKitApp, part: str) -> None:
    app.press("button", re.compile(f"^{re.escape(part)}"))
    app.find("heading", part)


def both_kept(app: WebKitApp) -> None:
    """From home: the paper's status and the medicine are there."""
    app.find("heading", HOME)
    app.find("progressbar", papers_ready(1))
    open_part(app, "What to prepare")
    radio = app.find("radio", STATUS, within=("group", status_group(PAPER)))
    assert radio.get_attribute("aria-checked") == "true"
    go_home(app)
    open_part(app, "My medicines")
    app.find("heading", MEDICINE)
    go_home(app)


def refused(url: str) -> bool:
    host, port = url.removeprefix("http://").split(":")
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex((host, int(port))) != 0


def test_start_mark_add_offline_reload_in_webkit(app: WebKitApp, site: Site) -> None:
    began = time.monotonic()
    app.open("/")
    first_start_s = app.start_s
    app.find("heading", HOME)
    app.find("progressbar", papers_ready(0))

    open_part(app, "What to prepare")
    app.press("radio", STATUS, within=("group", status_group(PAPER)))
    app.find(None, "Saved")
    go_home(app)
    app.find("progressbar", papers_ready(1))

    open_part(app, "My medicines")
    app.press("button", "Add a medicine")
    app.find("heading", "Add a medicine")
    app.gone("button", "Add a medicine")  # the list below has slid away
    app.type_into("Medicine name", MEDICINE)
    app.press("button", "Save")
    app.find("heading", MEDICINE)
    app.screenshot("webkit-medicine")
    # WebKit's late "installed" event once showed it here (docs/flet-web-offline.md).
    assert not app.browser.execute_script(
        "return !!document.getElementById('update-banner');"), "an update on a first visit"
    go_home(app)

    app.wait_for_service_worker()
    site.stop()
    assert refused(site.url), "the site still answers: not offline"
    app.reload()
    offline_start_s = app.start_s
    both_kept(app)
    app.screenshot("webkit-offline")
    print(f"WebKit: first start {first_start_s:.1f} s, offline start {offline_start_s:.1f} s, "
          f"journey {time.monotonic() - began:.0f} s")
