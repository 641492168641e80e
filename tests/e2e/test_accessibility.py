"""Every control on every screen has a role and a name a screen reader can say.

Walks the app from home through every part and its sub-screens, reading
Chromium's accessibility tree (what assistive technology gets). That the
tree is there from the first frame, before any click, is checked on a first
start in ``test_foundation.py``.
"""

from __future__ import annotations

import re

from tests.e2e.driver import AppDriver
from tests.e2e.journeys import ACTIONABLE, HOME, SCREENS, StartApp, checked, open_settings

#: A longer name means Flutter merged the text around a control into it
#: (a note field was named by its paper's whole description).
MAX_NAME = 100


def nameless_controls(app: AppDriver) -> list[str]:
    return [node.role for node in app.ax_tree()
            if node.role in ACTIONABLE and not node.name.strip()]


def rambling_controls(app: AppDriver) -> list[str]:
    return [f"{node.role} {node.name[:40]!r}… has a {len(node.name)}-letter name"
            for node in app.ax_tree()
            if node.role in ACTIONABLE and len(node.name) > MAX_NAME]


def heading_problems(app: AppDriver) -> list[str]:
    """One level-1 heading (the screen's title), and no section heading that repeats it."""
    headings = [(node.name, str(node.properties.get("level"))) for node in app.ax_tree()
                if node.role == "heading"]
    titles = [name for name, level in headings if level == "1"]
    if len(titles) != 1:
        return [f"{len(titles)} level-1 headings: {titles}"]
    return [f"{name!r} (level {level}) repeats the title" for name, level in headings
            if level != "1" and name == titles[0]]


def screen_problems(app: AppDriver) -> list[str]:
    return ([f"nameless {role}" for role in nameless_controls(app)]
            + rambling_controls(app) + heading_problems(app))


def test_every_screen_names_every_control(phone: AppDriver) -> None:
    """Every control has a short name, and every screen has one title, said once."""
    app = phone
    problems: dict[str, list[str]] = {}
    for part, subscreens in SCREENS:
        app.click("button", re.compile(f"^{re.escape(part)}"))
        heading = app.ax_find("heading", re.compile(".+"))
        app.page.wait_for_timeout(500)
        if found := screen_problems(app):
            problems[part] = found
        for sub in subscreens:
            app.click("button", sub)
            app.page.wait_for_timeout(1500)
            if found := screen_problems(app):
                problems[f"{part} > {sub}"] = found
            app.click("button", "Back")
        app.click("button", "Back")
        app.ax_find("heading", HOME)
        assert heading.name
    assert problems == {}


BIG_BROWSER_TEXT = """
document.addEventListener("DOMContentLoaded", () => {
  const style = document.createElement("style");
  style.textContent = "html { font-size: 32px; }";
  document.head.appendChild(style);
});
"""


def heading_height(app: AppDriver) -> float:
    app.ax_find("heading", HOME)
    box = app.page.get_by_role("heading", name=HOME).bounding_box()
    assert box is not None
    return float(box["height"])


def test_the_app_follows_the_devices_text_size_and_contrast(
        phone: AppDriver, empty_app: StartApp) -> None:
    """A browser with very large text and forced colours, as a low-vision patient's.

    A root font size of 32 px (the browser's "very large" text) doubles every
    text; Chromium's forced colors (Windows high contrast) reach Flutter as
    "high contrast", which turns Strong contrast on until the user chooses.
    """
    open_settings(phone)  # the module's phone is at the app's own 100 %
    assert checked(phone, "radio", "100%") == "true"
    phone.click("button", "Back")
    normal = heading_height(phone)

    app = empty_app(init_script=BIG_BROWSER_TEXT, forced_colors="active",
                    reduced_motion="reduce")
    large = heading_height(app)
    assert large > 1.6 * normal, (normal, large)

    open_settings(app)
    assert checked(app, "switch", "Strong contrast") == "true"
    app.click("switch", "Strong contrast")
    app.wait_until("() => document.querySelector('[role=switch]')"
                   ".getAttribute('aria-checked') === 'false'", timeout_s=15)
    app.page.wait_for_timeout(1000)  # the setting is written when the switch has moved
    app.reload()
    assert checked(app, "switch", "Strong contrast") == "false"
