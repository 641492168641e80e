"""Every screen judged at each size it must work at, in one walk per size.

One Android phone browser (Flutter sizes controls for touch only there),
with less motion (screens change without sliding: what is checked here is
each screen once it is in place, and the slide is exercised by every other
journey), walks home, every part and its sub-screens in three passes, in
this order on one started app:

1. English, 412 px, 100 % text: every control has a **short name** and
   each screen one title, said once; every actionable node is a **large
   target**, at least 48 x 48 CSS px (WCAG 2.5.8 asks 24; the app promises
   48 for tired hands);
2. English, 320 px, 200 % text (set in Settings, as a patient does):
   **axe-core** finds no violation (its rules do not change with the width:
   it ran at 412 px too until the suite needed the time), and **reflow**
   (WCAG 1.4.10): scrolled to the bottom one wheel step at a time, the box
   of every ``flt-semantics`` node (what a screen reader and a tap find)
   lies inside the 320 px width and the page never scrolls sideways;
3. Arabic (right to left), 320 px, 200 % text: axe, names and titles, and
   reflow. (A fourth walk, Arabic at 412 px, checked axe and names again;
   names do not change with the size, and it cost 45 s of a 15-minute suite.)

On each screen the live page must also let the patient zoom: no viewport
tag that limits scale, no element whose touch-action forbids a pinch.
axe-core (``tools/judges/node_modules/axe-core``, from ``npm ci`` in
``tools/judges``, which ``make test`` runs) is put into the page through the
DevTools protocol, which the page's CSP does not govern: the CSP stays on.
Screenshots of the top of each screen and of every step with a problem go
to ``test-results/<pass>-<screen>-<step>.png`` (every step with
``E2E_EVERY_STEP_SCREENSHOT=1``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, ViewportSize

from second_opinion.i18n import languages
from second_opinion.i18n.translator import Translator
from tests.e2e.driver import AXE, PHONE, AppDriver
from tests.e2e.journeys import (
    ACTIONABLE,
    ANDROID_UA,
    RUN_AXE,
    SCREENS_AND_SHOW_LARGE,
    ZOOM_BLOCKERS,
    choose_in_settings,
    go_back,
    open_screen,
    put_in_axe,
    walk_every_screen,
)

NARROW: ViewportSize = {"width": 320, "height": 640}
MIN_TARGET = 48
SLACK = 1  # px: rounding of Flutter's transforms
WHEEL_STEP = 400  # px, less than the visible part of a screen: nothing is skipped
MAX_STEPS = 40
EVERY_STEP_SCREENSHOT = os.environ.get("E2E_EVERY_STEP_SCREENSHOT") == "1"
#: A longer name means Flutter merged the text around a control into it
#: (a note field was named by its paper's whole description).
MAX_NAME = 100

#: Every semantics node's box, role and name, and whether the page scrolls sideways.
BOXES = """() => {
  const nodes = [...document.querySelectorAll('flt-semantics')].map(e => {
    const r = e.getBoundingClientRect();
    const input = e.querySelector(':scope > input, :scope > textarea');
    return {role: input ? 'textbox' : (e.getAttribute('role') || ''),
            name: (e.getAttribute('aria-label') || (input && input.getAttribute('aria-label'))
                   || e.textContent || '').trim().slice(0, 60),
            left: r.left, right: r.right, top: r.top, width: r.width, height: r.height};
  });
  const page = document.scrollingElement;
  return {nodes, scrollWidth: page.scrollWidth, width: innerWidth};
}"""


@pytest.fixture(scope="module")
def android(browser: Browser, base_url: str) -> Iterator[AppDriver]:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `npm ci` in tools/judges (make test does)")
    context = browser.new_context(viewport=PHONE, service_workers="allow",
                                  user_agent=ANDROID_UA, is_mobile=True, has_touch=True,
                                  reduced_motion="reduce")
    try:
        app = AppDriver(context.new_page(), base_url).open("/")
        put_in_axe(app.page)
        yield app
    finally:
        context.close()


def boxes(app: AppDriver) -> dict[str, Any]:
    result: dict[str, Any] = app.page.evaluate(BOXES)
    result["nodes"] = [n for n in result["nodes"] if n["width"] > 0 and n["height"] > 0]
    return result


def settled_boxes(app: AppDriver) -> dict[str, Any]:
    """Boxes once two frames in a row agree (a wheel step or a route change is done)."""
    app.settle()
    last = boxes(app)
    for _ in range(20):
        app.settle()
        now = boxes(app)
        if now == last:
            return now
        last = now
    return last


def scroll_through(app: AppDriver, check: Callable[[dict[str, Any]], list[str]],
                   shot: str) -> list[str]:
    """Wheel down a screen to its bottom; ``check`` every step.

    Screenshots: the top of the screen and every step with a problem (every
    step with ``E2E_EVERY_STEP_SCREENSHOT=1``); each costs a frame's capture.
    """
    viewport = app.page.viewport_size
    assert viewport is not None
    app.page.mouse.move(viewport["width"] / 2, viewport["height"] * 0.6)
    problems: list[str] = []
    state = settled_boxes(app)
    for _ in range(MAX_STEPS):  # to the top first: home keeps where it was left
        app.page.mouse.wheel(0, -10 * WHEEL_STEP)
        moved = settled_boxes(app)
        if moved["nodes"] == state["nodes"]:
            break
        state = moved
    for step in range(MAX_STEPS):
        found = check(state)
        problems += found
        if step == 0 or found or EVERY_STEP_SCREENSHOT:
            app.screenshot(f"{shot}-{step:02d}")
        app.page.mouse.wheel(0, WHEEL_STEP)
        moved = settled_boxes(app)
        if moved["nodes"] == state["nodes"]:
            return problems
        state = moved
    raise AssertionError(f"{shot}: still scrolling after {MAX_STEPS} steps")


def outside(width: int) -> Callable[[dict[str, Any]], list[str]]:
    def check(state: dict[str, Any]) -> list[str]:
        found = [f"{n['role'] or 'node'} {n['name']!r}: {n['left']:.0f}..{n['right']:.0f}"
                 for n in state["nodes"]
                 if n["left"] < -SLACK or n["right"] > width + SLACK]
        if state["scrollWidth"] > state["width"]:
            found.append(f"page scrolls sideways: {state['scrollWidth']} > {state['width']}")
        return found
    return check


class TargetSizes:
    """The largest box each actionable node had while its screen scrolled by.

    Flutter clips a semantics node's box to the scrolling viewport, so a
    control half under the title bar looks small at one step; at another
    step it is whole.
    """

    def __init__(self) -> None:
        self.largest: dict[tuple[str, str], tuple[float, float]] = {}

    def check(self, state: dict[str, Any]) -> list[str]:
        for n in state["nodes"]:
            if n["role"] in ACTIONABLE:
                key = (n["role"], n["name"])
                width, height = self.largest.get(key, (0.0, 0.0))
                self.largest[key] = (max(width, n["width"]), max(height, n["height"]))
        return []

    def too_small(self) -> list[str]:
        return sorted(f"{role} {name!r}: {width:.0f}x{height:.0f}"
                      for (role, name), (width, height) in self.largest.items()
                      if width < MIN_TARGET - SLACK or height < MIN_TARGET - SLACK)




def settled(app: AppDriver) -> None:
    """The screen is in place: one main landmark, the page's only route, two quiet frames."""
    app.wait_until("""() => document.querySelectorAll('[role=main]').length === 1
                        && document.querySelectorAll('h1').length === 1""", timeout_s=30)
    app.settle()
    app.page.wait_for_timeout(300)
    app.settle()


def axe_problems(app: AppDriver) -> list[str]:
    """axe's violations and the zoom blockers on the screen shown now.

    A violation seen once is checked again a second later: only one that
    stays (not a frame of a redraw) counts.
    """
    for attempt in range(2):
        violations: list[dict[str, Any]] = app.page.evaluate(RUN_AXE)
        if not violations:
            break
        if attempt == 0:
            app.page.wait_for_timeout(1000)
    found = [f"{v['id']} ({v['impact']}, {v['count']} nodes): {v['nodes']}" for v in violations]
    return found + app.page.evaluate(ZOOM_BLOCKERS)


def name_problems(app: AppDriver) -> list[str]:
    """Every control has a short name; one level-1 heading (the screen's title),
    and no section heading that repeats it. From Chromium's accessibility tree,
    what assistive technology gets."""
    tree = app.ax_tree()
    found = [f"nameless {node.role}" for node in tree
             if node.role in ACTIONABLE and not node.name.strip()]
    found += [f"{node.role} {node.name[:40]!r}… has a {len(node.name)}-letter name"
              for node in tree if node.role in ACTIONABLE and len(node.name) > MAX_NAME]
    headings = [(node.name, str(node.properties.get("level"))) for node in tree
                if node.role == "heading"]
    titles = [name for name, level in headings if level == "1"]
    if len(titles) != 1:
        return [*found, f"{len(titles)} level-1 headings: {titles}"]
    return found + [f"{name!r} (level {level}) repeats the title" for name, level in headings
                    if level != "1" and name == titles[0]]


Check = Callable[[str], list[str]]


def walk(app: AppDriver, t: Translator, checks: dict[str, Check]) -> dict[str, list[str]]:
    """Home and every screen reachable from it: what each check found on each."""
    problems: dict[str, list[str]] = {}
    counts: dict[str, int] = {}

    def visit(screen: str) -> None:
        settled(app)
        for name, check in checks.items():
            found = check(screen)
            counts[f"{screen} {name}"] = len(found)
            if found:
                problems[f"{screen} ({name})"] = sorted(set(found))

    walk_every_screen(app, t.gettext, visit, SCREENS_AND_SHOW_LARGE)
    print(json.dumps(counts, ensure_ascii=False))
    return problems


def at_size(app: AppDriver, code: str, viewport: ViewportSize, text_size: str) -> Translator:
    """Set the phone's width, then the language and text size in Settings, as a
    patient does; each pass sets what it needs, whichever ran before it."""
    app.page.set_viewport_size(viewport)
    shown = "ar" if app.page.evaluate("() => document.documentElement.lang") == "ar" else "en"
    switch = [] if shown == code else [languages.by_code(code).name]
    choose_in_settings(app, Translator(shown).gettext, *switch, text_size)
    direction = "rtl" if code == "ar" else "ltr"
    app.page.wait_for_function(f"() => document.documentElement.dir === '{direction}'",
                               timeout=15_000)
    return Translator(code)


def axe(app: AppDriver) -> Check:
    return lambda screen: axe_problems(app)


def names(app: AppDriver) -> Check:
    return lambda screen: name_problems(app)


def reflow(app: AppDriver, shot: str) -> Check:
    return lambda screen: scroll_through(app, outside(NARROW["width"]), f"{shot}-{screen}")


def targets(app: AppDriver) -> Check:
    def check(screen: str) -> list[str]:
        sizes = TargetSizes()
        scroll_through(app, sizes.check, f"target-en-{screen}")
        return sizes.too_small()
    return check


def test_english_at_412px_and_100_percent(android: AppDriver) -> None:
    t = at_size(android, "en", PHONE, "100%")
    assert walk(android, t, {"names": names(android), "targets": targets(android)}) == {}


def test_english_at_320px_and_200_percent(android: AppDriver) -> None:
    t = at_size(android, "en", NARROW, "200%")
    assert walk(android, t, {"axe": axe(android), "reflow": reflow(android, "reflow-en")}) == {}


def test_radio_labels_wrap_at_320px_and_200_percent_text(android: AppDriver) -> None:
    """A long radio label takes two lines, inside the screen, and stays the
    radio's name: Flet's own ``Radio(label=...)`` kept it on one line, cut off."""
    english = android
    t = at_size(english, "en", NARROW, "200%")
    open_screen(english, t.gettext("Settings"))
    radio = english.role("radio", t.gettext("Same as my phone"))
    box = radio.bounding_box()
    assert box is not None
    assert box["height"] > 1.5 * MIN_TARGET, box
    assert box["x"] >= -SLACK and box["x"] + box["width"] <= NARROW["width"] + SLACK, box
    english.screenshot("reflow-en-wrapped-radios")
    go_back(english)


def test_arabic_at_320px_and_200_percent(android: AppDriver) -> None:
    """Names and titles are checked here too: they do not change with the size."""
    t = at_size(android, "ar", NARROW, "200%")
    assert walk(android, t, {"axe": axe(android), "names": names(android),
                             "reflow": reflow(android, "reflow-ar")}) == {}
