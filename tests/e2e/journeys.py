"""What a patient does in the app, step by step: the helpers every e2e test shares.

``driver.py`` is the low-level driver (find a control by role and name, tap,
type, read the accessibility tree); this module is the app's own vocabulary on
top of it: open a screen, add a medicine, mark a paper, note an answer, wait
for the service worker. Test modules import from here and from the driver,
never from each other or from ``conftest.py`` (``tests/unit/test_tier_imports.py``).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from datetime import date

from babel.dates import format_date
from playwright.sync_api import Browser, BrowserContext, Page
from playwright.sync_api import Error as PlaywrightError

from tests.e2e.driver import AXE, AppDriver, RequestLog, new_context
from tools.bench import WORKER_READY

HOME = "Second Opinion"

#: (button on home, then buttons that open its sub-screens from there)
SCREENS: list[tuple[str, list[str]]] = [
    ("Why a second opinion", []),
    ("How to ask", ["Add your own words"]),
    ("Getting one", []),
    ("What to prepare", []),
    ("My medicines", ["Add a medicine"]),
    ("Doctors and visits", ["Edit your first doctor"]),
    ("My questions", ["Write a question"]),
    ("Calls to make", ["Write down a call to someone else"]),
    ("Letters", ["Edit your details", "Open"]),
    ("After the second opinion", ["See both answers side by side"]),
    ("Visit summary", []),
    ("Settings", []),
    ("About this app", []),
]

#: Every screen of the walk, plus the full-screen "Show large" words.
SCREENS_AND_SHOW_LARGE = [
    (part, [*subscreens, "Show large"] if part == "How to ask" else subscreens)
    for part, subscreens in SCREENS]

#: Roles a user can act on: each needs a name.
ACTIONABLE = {"button", "link", "checkbox", "radio", "textbox", "switch", "slider",
              "combobox", "menuitem", "tab", "searchbox", "spinbutton"}

#: An Android phone's browser: Flutter sizes controls for touch only when the
#: page says it runs on a phone (radios are 40 px on a desktop browser, 48 here).
ANDROID_UA = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
              "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36")

#: What in the live page stops a pinch: a viewport tag that limits scale or
#: forbids user scaling, and elements whose touch-action leaves no pinch.
ZOOM_BLOCKERS = """() => {
  const found = [];
  for (const meta of document.querySelectorAll('meta[name=viewport]')) {
    const content = meta.getAttribute('content') || '';
    if (/user-scalable\\s*=\\s*(no|0)|maximum-scale/i.test(content)) {
      found.push('viewport: ' + content);
    }
  }
  for (const element of document.querySelectorAll('*')) {
    const action = getComputedStyle(element).touchAction;
    if (!['auto', 'manipulation'].includes(action) && !action.includes('pinch-zoom')) {
      found.push(element.tagName.toLowerCase() + ' touch-action: ' + action);
    }
  }
  return [...new Set(found)];
}"""

#: axe's violations, each with the first few nodes it names.
RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, count: v.nodes.length,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 120)),
  }));
}"""


def put_in_axe(page: Page) -> None:
    """axe-core into the page through the DevTools protocol, which the page's
    CSP does not govern: the CSP stays on."""
    page.context.new_cdp_session(page).send(
        "Runtime.evaluate", {"expression": AXE.read_text(encoding="utf-8")})


PAPERS = ["Scan reports and pictures", "Pathology report", "Surgery report",
          "Hospital discharge summary", "Your treatment plan", "List of your medicines"]
STATUSES = ["To do", "Asked for it", "I have it", "Not needed for me"]

QUESTION = "How did you choose this treatment plan?"


def first_answer(question: str = QUESTION) -> str:
    """The accessible name of the first doctor's answer field for ``question``."""
    return f"First doctor's answer to: {question}"


def second_answer(question: str = QUESTION) -> str:
    return f"Second-opinion doctor's answer to: {question}"


# --- starting ---------------------------------------------------------------------------------

#: ``empty_app(route="/", **settings)`` or ``fresh_app(route="/", init_script=None,
#: **context_options)``: the app started (the fixtures of the same names).
StartApp = Callable[..., AppDriver]

#: What a first start would find missing: the patient's saved data and settings.
#: The service worker and its caches stay, which is what makes a start warm.
SAVED_DATA = "cookies,file_systems,indexeddb,local_storage,websql"


class Profiles:
    """Warm browser profiles, lent one at a time, emptied of saved data.

    A profile's first start is cold; later ones get the service worker's
    cache and the code Chromium compiled and kept (the more so in the same
    page, whose renderer keeps its own). A page that got browser settings is
    closed when given back, so settings never outlive the test that asked
    for them. They are set on the page as Playwright sets a context's (CDP
    overrides); what only a new profile can be needs ``fresh_app``.
    """

    def __init__(self, browser: Browser, base_url: str) -> None:
        self.browser = browser
        self.base_url = base_url
        self.idle: list[tuple[BrowserContext, Page | None]] = []
        self.every: list[BrowserContext] = []
        self.with_settings: set[Page] = set()

    def lend(self, route: str = "/", *, locale: str = "", timezone_id: str = "",
             forced_colors: str = "", reduced_motion: str = "",
             init_script: str = "") -> tuple[AppDriver, RequestLog]:
        if self.idle:
            context, page = self.idle.pop()
        else:
            context = new_context(self.browser)
            context.grant_permissions(["clipboard-read", "clipboard-write"])
            self.every.append(context)
            page = None
        if page is None:
            page = context.new_page()
        else:
            page.goto("about:blank")  # the app stops: nothing writes while storage is emptied
        cdp = context.new_cdp_session(page)
        cdp.send("Storage.clearDataForOrigin",
                 {"origin": self.base_url, "storageTypes": SAVED_DATA})
        if locale:
            cdp.send("Emulation.setLocaleOverride", {"locale": locale})
            cdp.send("Emulation.setUserAgentOverride", {
                "userAgent": page.evaluate("navigator.userAgent"), "acceptLanguage": locale})
            assert page.evaluate("navigator.language") == locale
        if timezone_id:
            cdp.send("Emulation.setTimezoneOverride", {"timezoneId": timezone_id})
            zone = page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
            assert zone == timezone_id
        if forced_colors or reduced_motion:
            page.emulate_media(forced_colors=forced_colors or None,  # type: ignore[arg-type]
                               reduced_motion=reduced_motion or None)  # type: ignore[arg-type]
        if init_script:
            page.add_init_script(init_script)
        if locale or timezone_id or forced_colors or reduced_motion or init_script:
            self.with_settings.add(page)
        log = RequestLog(origin=self.base_url)
        log.attach(context)
        try:
            return AppDriver(page, self.base_url).open(route), log
        except BaseException:
            self.give_back(context, log)
            raise

    def give_back(self, context: BrowserContext, log: RequestLog) -> None:
        log.detach(context)
        kept: Page | None = None
        for page in context.pages:
            if kept is None and page not in self.with_settings and not page.is_closed():
                kept = page
            else:
                self.with_settings.discard(page)
                page.close()
        self.idle.append((context, kept))

    def close(self) -> None:
        for context in self.every:
            context.close()


def wait_for_service_worker(app: AppDriver) -> None:
    """Until the worker has precached everything and controls the page."""
    app.wait_until(WORKER_READY, timeout_s=180)


# --- moving between screens ---------------------------------------------------------------------

def at_home(app: AppDriver) -> bool:
    return app.page.evaluate("() => location.pathname") == "/"


def come_home(app: AppDriver) -> None:
    """Home again without a restart: close what is open, then the title bar's Back.

    Not the browser's back: after a reload it would go back to the document
    before it, a restart. Restarts only if the way home fails.
    """
    try:
        for _ in range(5):
            if at_home(app):
                break
            app.page.keyboard.press("Escape")  # a dialog, a date picker, a list
            app.settle()
            if at_home(app):
                break
            before = app.page.url
            for name in ("Back", "Close"):  # "Close" ends the words shown large
                control = app.page.get_by_role("button", name=name, exact=True)
                if control.count():
                    control.first.click(timeout=5_000)
                    break
            else:
                app.page.go_back()
            app.page.wait_for_function("(before) => location.href !== before", arg=before,
                                       timeout=15_000)
        app.ax_find("heading", HOME)
        # and the screen it came from has slid away (its Back would still take focus)
        app.page.get_by_role("button", name="Back", exact=True).first.wait_for(
            state="detached", timeout=15_000)
    except (AssertionError, PlaywrightError) as error:
        warnings.warn(f"came home by a restart: {error}", stacklevel=2)
        app.open("/")


def go_home(app: AppDriver) -> None:
    """The title bar's Back: every screen is a child of home.

    A Back tapped just before may still be on its way (the address changes
    when Python has handled it): its screen then slides away under this tap,
    and home comes all the same.
    """
    if not at_home(app):
        try:
            app.click("button", "Back")
        except PlaywrightError:
            if not at_home(app):
                raise
    app.ax_find("heading", HOME)


def open_part(app: AppDriver, part: str, heading: str | re.Pattern[str] | None = None) -> None:
    """From home (or a screen right under it): tap the part's button, wait for its heading."""
    if not at_home(app):
        go_home(app)
    app.click("button", re.compile(f"^{re.escape(part)}"))
    app.ax_find("heading", part if heading is None else heading)


def open_screen(app: AppDriver, name: str) -> None:
    """Tap the button whose name starts with ``name`` and wait until its route has slid in."""
    before = app.page.url
    button = re.compile(f"^{re.escape(name)}")
    app.click("button", button)
    app.page.wait_for_function("(before) => location.href !== before", arg=before,
                               timeout=30_000)
    # The screen below leaves the tree only once the new one has slid in.
    app.role("button", button).wait_for(state="detached", timeout=30_000)


def tap_quickly(app: AppDriver, role: str, name: str) -> None:
    """A screen reader's activation of a control, without waiting for the redraw.

    A click on the control's own node, the one that takes taps: an outlined
    button with a spoken name is two nested ``button`` nodes, and only the
    inner one (``flt-tappable``) acts on a click.
    """
    control = app.page.get_by_role(role, name=name).and_(  # type: ignore[arg-type]
        app.page.locator("[flt-tappable]"))
    control.first.dispatch_event("click")


def go_back(app: AppDriver) -> None:
    """Back to the screen above, as the browser's back does (the title bar's too)."""
    before = app.page.url
    app.page.go_back()
    app.page.wait_for_function("(before) => location.href !== before", arg=before)


Visit = Callable[[str], None]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def walk_every_screen(app: AppDriver, gettext: Callable[[str], str], visit: Visit,
                      screens: list[tuple[str, list[str]]] = SCREENS) -> None:
    """Home, then each part and its sub-screens; ``visit(name)`` on each screen."""
    app.ax_find("heading", gettext(HOME))
    visit("home")
    for part, subscreens in screens:
        open_screen(app, gettext(part))
        visit(slug(part))
        for sub in subscreens:
            open_screen(app, gettext(sub))
            visit(f"{slug(part)}-{slug(sub)}")
            go_back(app)
        go_back(app)
        app.ax_find("heading", gettext(HOME))


def choose_in_settings(app: AppDriver, gettext: Callable[[str], str], *radios: str) -> None:
    """From home: Settings, tap each radio (named in the language shown), wait until
    it is checked, then back home."""
    open_screen(app, gettext("Settings"))
    app.ax_find("heading", gettext("Settings"))
    for radio in radios:
        app.click("radio", radio)
        app.wait_until(f"""() => [...document.querySelectorAll('flt-semantics[role=radio]')]
            .some(e => e.getAttribute('aria-label') === {radio!r}
                       && e.getAttribute('aria-checked') === 'true')""", timeout_s=15)
    go_back(app)


# --- What to prepare: papers ----------------------------------------------------------------------

def status_group(paper: str) -> str:
    return f"Status of {paper}"


def shown_statuses(app: AppDriver) -> dict[str, str]:
    """The checked status of each paper, from the page's radio buttons."""
    return {paper: app.page.get_by_role("group", name=status_group(paper))
            .get_by_role("radio", checked=True).first.get_attribute("aria-label") or ""
            for paper in PAPERS}


def tap_status(app: AppDriver, paper: str, status: str) -> None:
    """A screen reader's activation: a click on the radio's own node, scrolled or not.

    It does not wait for the redraw: a second tap right after it is a quick second tap.
    """
    app.page.get_by_role("group", name=status_group(paper)).get_by_role(
        "radio", name=status).first.dispatch_event("click")


def mark_paper(app: AppDriver, paper: str = "Pathology report",
               status: str = "I have it") -> None:
    """On What to prepare: tap a status as a pointer does."""
    app.page.get_by_role("group", name=status_group(paper)).get_by_role(
        "radio", name=status).click()


def papers_ready(count: int) -> re.Pattern[str]:
    return re.compile(rf"\b{count} of 6 papers ready")


# --- My medicines -------------------------------------------------------------------------------

def open_medicines(app: AppDriver) -> None:
    open_part(app, "My medicines")


def add_medicine(app: AppDriver, name: str, dose: str = "") -> None:
    """On My medicines: Add a medicine, type its name (and dose), Save, see its card."""
    app.click("button", "Add a medicine")
    app.ax_find("heading", "Add a medicine")
    app.fill("Medicine name", name)
    if dose:
        app.fill("Dose (how much)", dose)
    app.click("button", "Save")
    app.ax_find("heading", name)


def medicine_headings(app: AppDriver) -> list[str]:
    """The medicines in the order shown (each card's level-2 heading)."""
    return [node.name for node in app.ax_tree()
            if node.role == "heading" and node.properties.get("level") == 2]


def wait_for_order(app: AppDriver, wanted: list[str]) -> None:
    for _ in range(60):
        if medicine_headings(app) == wanted:
            return
        app.page.wait_for_timeout(250)
    assert medicine_headings(app) == wanted


# --- Doctors and visits -------------------------------------------------------------------------

def pick_visit_date(app: AppDriver, visit: date) -> str:
    """Type ``visit`` into the date picker; return its English long form, e.g. "March 14, 2027"."""
    app.click("button", "Choose the visit date")
    app.click("button", "Switch to input")
    app.fill("Enter Date", visit.strftime("%m/%d/%Y"))
    app.click("button", "OK")
    long_date = format_date(visit, "long", locale="en")
    app.ax_find("button", re.compile(f"^Visit date: .*{re.escape(long_date)}$"))
    return long_date


# --- After the second opinion, Visit summary, Settings ------------------------------------------

def open_after(app: AppDriver) -> None:
    open_part(app, "After the second opinion")


def open_summary(app: AppDriver) -> None:
    open_part(app, "Visit summary")


def open_settings(app: AppDriver, heading: str = "Settings") -> None:
    open_part(app, "Settings", heading)


def note(app: AppDriver, field: str, text: str) -> None:
    """Type into a text field and leave it (Tab), which saves it."""
    app.fill(field, text)
    app.page.keyboard.press("Tab")


def field_value(app: AppDriver, field: str) -> str:
    """Flutter puts a field's text in the page only once it has focus."""
    box = app.role("textbox", field)
    box.click()
    return box.input_value()


def checked(app: AppDriver, role: str, name: str) -> str | None:
    """A checkbox's, radio's or switch's state as the AX tree says it ("true"/"false")."""
    value = app.ax_find(role, name).properties.get("checked")
    return None if value is None else str(value)

