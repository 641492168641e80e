"""One built ``dist/``; one server per pytest worker; one Chromium per test module.

``make test`` runs this suite on two workers (pytest-xdist, ``--dist
loadfile``): each test module runs whole on one worker, so module fixtures
stay with their tests.

A Chromium kept for the whole run grew slower as it went: the screen walks
took 189 s after the fault injection and the backup test, 148 s on their own,
and 156 s in a Chromium started for them (README, developer notes). A start of
Chromium costs about a second; the first app start in a module is cold.

The server sends ``Cache-Control: no-store`` without validators, so only the
service worker can make the app work offline. Chromium is Debian's
(``/usr/bin/chromium``): Playwright never downloads a browser here.

A start of the app costs seconds of CPU, and a cold one in a new profile
(no service worker, nothing compiled yet, then the worker's download of every
file) costs about twice a warm one. So tests start it only when they need to,
warm when they can:

- ``phone``: one app per test module, started once, back on its home screen
  before each test. For tests that need no empty storage (each test keeps to
  its own records, so the module's tests can run in any order).
- ``empty_app``: a factory: the app with empty saved data, started in a warm
  profile lent by ``profiles`` (its service worker and caches kept), with the
  browser settings a test asks for (language, time zone, forced colours, a
  script run before the page's own).
- ``app`` and ``fresh_app``: a brand-new profile (no service worker yet), for
  what a first visit does: the worker's install, offline, its caches.

Every one of them also proves that nothing the test did sent a request off
the site's origin.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from tests.e2e.driver import CHROMIUM, CHROMIUM_ARGS, DIST, AppDriver, RequestLog, new_context
from tests.e2e.journeys import Profiles, StartApp, come_home
from tools.build import build
from tools.serve import make_server

#: The longest modules start first, so on two workers no long one is left
#: to run alone at the end (the fault injection alone is 3.5-4.5 minutes).
LONGEST_FIRST = ("test_fault_injection.py", "test_every_screen.py", "test_beyond_the_guide.py",
                 "test_backup.py", "test_webkit.py", "test_update.py",
                 "test_medicines_doctors.py", "test_letters.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Longest modules first; the rest, and each module's tests, keep their order."""
    def rank(item: pytest.Item) -> int:
        name = item.path.name
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)
    items.sort(key=rank)


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    if not (DIST / "index.html").exists():
        build(DIST)
    server = make_server(DIST, "127.0.0.1", 0, no_store=True, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


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


@pytest.fixture
def fresh_app(browser: Browser, base_url: str) -> Iterator[StartApp]:
    """Start the app in a brand-new profile with these context options."""
    started: list[tuple[BrowserContext, RequestLog]] = []

    def start(route: str = "/", init_script: str | None = None, **options: object) -> AppDriver:
        context = new_context(browser, **options)
        if init_script:
            context.add_init_script(init_script)
        log = RequestLog(origin=base_url)
        log.attach(context)
        started.append((context, log))
        return AppDriver(context.new_page(), base_url).open(route)

    yield start
    for context, _ in started:
        context.close()
    for _, log in started:
        assert log.left_origin() == [], "a request left the site's origin"


@pytest.fixture(scope="module")
def profiles(browser: Browser, base_url: str) -> Iterator[Profiles]:
    pool = Profiles(browser, base_url)
    yield pool
    pool.close()


@pytest.fixture
def empty_app(profiles: Profiles) -> Iterator[StartApp]:
    """Start the app with empty saved data in a warm profile, with these browser settings."""
    lent: list[tuple[BrowserContext, RequestLog]] = []

    def start(route: str = "/", **settings: str) -> AppDriver:
        app, log = profiles.lend(route, **settings)
        lent.append((app.page.context, log))
        return app

    yield start
    for context, log in lent:
        profiles.give_back(context, log)
    for _, log in lent:
        assert log.left_origin() == [], "a request left the site's origin"


@pytest.fixture(scope="module")
def module_phone(profiles: Profiles) -> Iterator[tuple[AppDriver, RequestLog]]:
    app, log = profiles.lend("/")
    yield app, log
    profiles.give_back(app.page.context, log)


@pytest.fixture
def phone(module_phone: tuple[AppDriver, RequestLog]) -> Iterator[AppDriver]:
    """The test module's app, started once, on its home screen when a test begins."""
    app, log = module_phone
    come_home(app)
    yield app
    assert log.left_origin() == [], "a request left the site's origin"
