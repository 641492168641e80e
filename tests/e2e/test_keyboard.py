"""Everything on the main path works with the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7).

Tab, Shift+Tab, Enter, Space and Escape, plus the arrow keys inside a radio
group: Flutter's RadioGroup is one tab stop (its chosen radio), as the ARIA
radio group pattern says; arrows move to the other choices. After every Tab the
focused DOM node (Flutter moves focus to the control's semantics node) must
have a role and a name and the page's focus ring drawn around it, and on each
screen focus must move down the page in the order the controls are read.
The ring is black inside and white outside, so one of its two edges has a
contrast of at least 4.5:1 with any colour behind it (WCAG 1.4.11).

The tests share one started app (the module's phone); each begins on home
with nothing focused, reached by keyboard alone.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.e2e.driver import AppDriver, RequestLog
from tests.e2e.journeys import HOME, SCREENS, at_home

MAX_PRESSES = 80
DIALOG_OPENING_MS = 500
TYPING_DELAY_MS = 30  # between keys: a fast typist
RING_CATCH_UP_TRIES = 10

FOCUSED = """() => {
  const active = document.activeElement;
  const node = active && active.closest('flt-semantics');
  if (!node) return null;
  const nodes = [...document.querySelectorAll('flt-semantics')];
  const input = node.querySelector(':scope > input, :scope > textarea');
  const r = node.getBoundingClientRect();
  const ring = document.getElementById('focus-ring');
  const rr = ring && !ring.hidden && ring.getBoundingClientRect();
  return {ringed: !!rr && rr.left <= r.left && rr.top <= r.top
                  && rr.right >= r.right && rr.bottom >= r.bottom,
          role: input ? 'textbox' : (node.getAttribute('role') || ''),
          name: (node.getAttribute('aria-label') || (input && input.getAttribute('aria-label'))
                 || node.textContent || '').trim(),
          checked: node.getAttribute('aria-checked'),
          index: nodes.indexOf(node), id: node.id, top: r.top, height: r.height};
}"""


@dataclass(frozen=True)
class Focus:
    role: str
    name: str
    checked: str | None
    index: int
    node_id: str  # stays when a node appears above it and the indexes shift
    top: float
    ringed: bool  # the page's focus ring is drawn around it


def focused(app: AppDriver) -> Focus | None:
    app.settle()
    found = app.page.evaluate(FOCUSED)
    for _ in range(RING_CATCH_UP_TRIES):
        if found is None or found["ringed"]:
            break
        # While Flutter scrolls the control into view the ring trails it by a frame.
        app.page.wait_for_timeout(100)
        found = app.page.evaluate(FOCUSED)
    if found is None:
        return None
    return Focus(found["role"], found["name"], found["checked"], found["index"], found["id"],
                 found["top"], found["ringed"])


def tab_to(app: AppDriver, role: str, name: str | re.Pattern[str],
           key: str = "Tab") -> list[Focus]:
    """Press ``key`` until a control with this role and name has focus; every stop on the way."""
    stops: list[Focus] = []
    for _ in range(MAX_PRESSES):
        app.page.keyboard.press(key)
        now = focused(app)
        if now is None and not stops and key == "Tab":
            continue  # the first Tab may land on the page itself before the app
        assert now is not None, f"focus left the app after {[s.name for s in stops]}"
        assert_named_and_ringed(now)
        stops.append(now)
        if now.role == role and _matches(now.name, name):
            return stops
    raise AssertionError(f"{key} never reached {role} {name!r}: {[s.name for s in stops]}")


def assert_named_and_ringed(stop: Focus) -> None:
    assert stop.role and stop.name, f"focus on a control with no role or name: {stop}"
    assert stop.ringed, f"no visible focus ring around {stop}"


def open_with_keyboard(app: AppDriver, button: str | re.Pattern[str],
                       heading: str | re.Pattern[str], key: str = "Tab") -> None:
    """Tab (or ``key``) to a button, press Enter, and wait for the screen's heading."""
    tab_to(app, "button", button, key=key)
    app.page.keyboard.press("Enter")
    app.ax_find("heading", heading)


def _matches(actual: str, wanted: str | re.Pattern[str]) -> bool:
    return bool(wanted.search(actual)) if isinstance(wanted, re.Pattern) else actual == wanted


def choose_in_group(app: AppDriver, name: str, *arrows: str) -> None:
    """Arrow keys to the radio named ``name`` in the focused group, then Space."""
    for arrow in arrows:
        app.page.keyboard.press(arrow)
    now = focused(app)
    assert now is not None and now.role == "radio" and now.name == name, now
    app.page.keyboard.press("Space")


def tab_and_choose(app: AppDriver, checked: str, wanted: str) -> None:
    """Tab (in reading order) to the group whose radio ``checked`` is on; two arrows, Space."""
    assert_top_to_bottom(tab_to(app, "radio", checked))
    choose_in_group(app, wanted, "ArrowDown", "ArrowDown")
    app.wait_until("""() => document.activeElement.closest('flt-semantics')
                          .getAttribute('aria-checked') === 'true'""", timeout_s=15)


def assert_top_to_bottom(stops: list[Focus]) -> None:
    """Focus follows reading order: each stop comes later in the tree than the one before."""
    indexes = [s.index for s in stops]
    assert indexes == sorted(indexes), [(s.index, s.name) for s in stops]


@pytest.fixture
def app(module_phone: tuple[AppDriver, RequestLog]) -> Iterator[AppDriver]:
    """The module's phone on home, with no control focused, as on a first start.

    It goes home by keyboard too: after a pointer tap Flutter keeps focus
    inside the app, and Tab then wraps round a screen instead of leaving it.
    """
    phone, log = module_phone
    try:
        for _ in range(4):
            if at_home(phone):
                break
            phone.page.keyboard.press("Escape")  # a dialog or a picker still open
            phone.settle()
            if not at_home(phone):
                open_with_keyboard(phone, "Back", re.compile(".+"), key="Shift+Tab")
        phone.ax_find("heading", HOME)
        phone.page.get_by_role("button", name="Back", exact=True).first.wait_for(
            state="detached", timeout=15_000)
    except (AssertionError, PlaywrightError) as error:
        warnings.warn(f"came home by a restart: {error}", stacklevel=1)
        phone.open("/")
    phone.page.evaluate("() => document.activeElement && document.activeElement.blur()")
    phone.settle()
    yield phone
    assert log.left_origin() == [], "a request left the site's origin"


def test_the_main_path_with_the_keyboard_alone(app: AppDriver) -> None:
    app.ax_find("heading", "Second Opinion")

    # Home: Tab down to "What to prepare", every stop named, in reading order.
    stops = tab_to(app, "button", re.compile("^What to prepare"))
    assert_top_to_bottom(stops)
    app.page.keyboard.press("Enter")
    app.ax_find("heading", "What to prepare")

    # Mark the first paper ready: its group, then two arrows and Space.
    tab_and_choose(app, "To do", "I have it")
    app.ax_find(None, re.compile("1 of 6 papers ready"))

    # Back to home: Shift+Tab up to the title bar's back button.
    open_with_keyboard(app, "Back", "Second Opinion", key="Shift+Tab")


def test_settings_and_a_dialog_with_the_keyboard_alone(app: AppDriver) -> None:
    app.ax_find("heading", "Second Opinion")
    # Settings: change the text size with the arrows and Space.
    open_with_keyboard(app, re.compile("^Settings"), "Settings")
    tab_and_choose(app, "100%", "150%")

    # A dialog opens with Enter and closes with Escape; focus comes back.
    tab_to(app, "button", "Delete all my data")
    app.page.keyboard.press("Enter")
    wait_for_dialog(app, "button", "Keep my data")
    # Focus stays inside the open dialog: Tab walks its two buttons only.
    inside = {stop.name for stop in tab_to(app, "button", "Delete everything")}
    assert inside <= {"Keep my data", "Delete everything"}, inside
    app.page.keyboard.press("Escape")
    app.page.get_by_role("button", name="Keep my data").wait_for(state="detached",
                                                                 timeout=15_000)
    after = focused(app)
    assert after is not None and after.name == "Delete all my data", (
        f"focus did not come back to the button that opened the dialog: {after}")
    # Escape kept the data: the text size chosen above is still chosen.
    assert app.page.get_by_role("radio", name="150%").get_attribute("aria-checked") == "true"


def test_a_form_with_the_keyboard_alone(app: AppDriver) -> None:
    """Add a medicine: Tab into each field, type, Tab on, Enter on Save."""
    app.ax_find("heading", "Second Opinion")
    open_with_keyboard(app, re.compile("^My medicines"), "My medicines")
    open_with_keyboard(app, "Add a medicine", "Add a medicine")

    type_into(app, "Medicine name", "Sunitinib")
    type_into(app, "Dose (how much)", "50 mg")
    assert_top_to_bottom(tab_to(app, "button", "Save"))
    app.page.keyboard.press("Enter")
    app.ax_find("heading", "Sunitinib")
    app.ax_find(None, re.compile("50 mg"))


def type_into(app: AppDriver, field: str, text: str) -> None:
    """Tab to the field, wait until Flutter edits it (see ``AppDriver.fill``), type."""
    tab_to(app, "textbox", re.compile(f"^{re.escape(field)}"))  # then its helper text
    app.wait_until("""() => document.activeElement.getAttribute('autocorrect') === 'on'""",
                   timeout_s=10, required=False)
    app.page.keyboard.type(text, delay=TYPING_DELAY_MS)
    app.wait_until("(text) => document.activeElement.value === text", timeout_s=5,
                   arg=text, required=False)
    typed = app.page.evaluate("() => document.activeElement.value")
    assert typed == text, f"{field} holds {typed!r}"


def test_a_visit_date_with_the_keyboard_alone(app: AppDriver) -> None:
    """The date picker: open with Enter, switch to typing, type, OK; Escape leaves the time."""
    app.ax_find("heading", "Second Opinion")
    open_with_keyboard(app, re.compile("^Doctors and visits"), "Doctors and visits")
    open_with_keyboard(app, "Edit your second-opinion doctor", "Your second-opinion doctor")

    tab_to(app, "button", "Choose the visit date")
    app.page.keyboard.press("Enter")
    wait_for_dialog(app, "button", "Switch to input")
    tab_to(app, "button", "Switch to input")
    app.page.keyboard.press("Enter")
    app.ax_find("button", "Switch to calendar")  # as a user, wait to see the switch
    type_into(app, "Enter Date", "03/14/2031")
    tab_to(app, "button", "OK")
    app.page.keyboard.press("Enter")
    app.ax_find("button", re.compile("^Visit date: .*March 14, 2031$"))

    tab_to(app, "button", "Choose the visit time")
    app.page.keyboard.press("Enter")
    wait_for_dialog(app, "textbox", re.compile("^Hour"))
    app.page.keyboard.press("Escape")
    app.page.get_by_role("textbox", name=re.compile("^Hour")).wait_for(state="detached",
                                                                       timeout=15_000)
    after = focused(app)
    assert after is not None and after.name == "Choose the visit time", after


def wait_for_dialog(app: AppDriver, role: str, name: str | re.Pattern[str]) -> None:
    """Until a control of the new dialog is there and its opening animation is over.

    Keys pressed while a dialog is still opening are lost (Enter on the date
    picker's "Switch to input" did nothing); a person pressing keys after
    hearing the dialog is never that fast.
    """
    app.ax_find(role, name)
    app.page.wait_for_timeout(DIALOG_OPENING_MS)


def tab_through(app: AppDriver) -> list[Focus]:
    """Tab from the top until focus comes to a control again; every stop on the way."""
    stops: list[Focus] = []
    for _ in range(MAX_PRESSES):
        app.page.keyboard.press("Tab")
        now = focused(app)
        if now is None:
            if stops:
                break  # past the last control, focus went to the browser
            continue
        assert_named_and_ringed(now)
        if any(stop.node_id == now.node_id for stop in stops):
            break  # round once: Tab wraps to the first control (not always Back)
        stops.append(now)
    return stops


def test_every_screen_with_the_keyboard(app: AppDriver) -> None:
    """Each screen: Tab reaches every control, named, ringed, in reading order."""
    app.ax_find("heading", "Second Opinion")
    problems: dict[str, str] = {}
    for part, _subscreens in SCREENS:
        open_with_keyboard(app, re.compile(f"^{re.escape(part)}"), re.compile(".+"))
        app.page.wait_for_timeout(500)
        stops = tab_through(app)
        indexes = [stop.index for stop in stops]
        if len(stops) < 2 or indexes != sorted(indexes):
            problems[part] = repr([(stop.index, stop.name[:30]) for stop in stops])
        # Shift+Tab: on screens with text fields, Tab wraps from the last control
        # to the first one below the title bar, never to Back (README, Known limits).
        open_with_keyboard(app, "Back", "Second Opinion", key="Shift+Tab")
    assert problems == {}


def test_summary_language_with_the_keyboard_alone(app: AppDriver) -> None:
    """The summary's language: Enter opens the list, an arrow picks the next one."""
    app.ax_find("heading", "Second Opinion")
    open_with_keyboard(app, re.compile("^Visit summary"), "Visit summary")
    tab_to(app, "button", "Language of the summary: English")
    app.page.keyboard.press("Enter")
    wait_for_dialog(app, "radio", "English")
    tab_to(app, "radio", "English")
    app.screenshot("summary-language-list")
    app.page.keyboard.press("ArrowDown")
    app.ax_find("button", "Language of the summary: Español")
    app.ax_find("button", "Copy")  # the app itself stays in English
