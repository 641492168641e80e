"""Every control on every screen has a role and a name a screen reader can say.

Walks the app from home through every part and its sub-screens, reading
Chromium's accessibility tree (what assistive technology gets), with no
clicks before the first check: semantics are on from the first frame.
"""

from __future__ import annotations

import re

from playwright.sync_api import Browser

from tests.e2e.conftest import new_context
from tests.e2e.driver import AppDriver

ACTIONABLE = {"button", "link", "checkbox", "radio", "textbox", "switch", "slider",
              "combobox", "menuitem", "tab", "searchbox", "spinbutton"}

#: (button on home, then buttons to open its sub-screens from there)
SCREENS = [
    ("Why a second opinion", []),
    ("How to ask", ["Add your own words"]),
    ("Getting one", []),
    ("What to prepare", []),
    ("My medicines", ["Add a medicine"]),
    ("Doctors and visits", ["Edit your first doctor"]),
    ("After the second opinion", ["See both answers side by side"]),
    ("Visit summary", []),
    ("Settings", []),
    ("About this app", []),
]


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


def test_home_has_named_controls_before_any_click(app: AppDriver) -> None:
    app.ax_find("heading", "Second Opinion")  # waits for the first frame, clicks nothing
    app.ax_find("button", re.compile("^What to prepare"))
    assert nameless_controls(app) == []


def test_every_screen_names_every_control(app: AppDriver) -> None:
    """Every control has a short name, and every screen has one title, said once."""
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
        app.ax_find("heading", "Second Opinion")
        assert heading.name
    assert problems == {}


def test_strong_contrast_follows_the_device_until_the_user_chooses(
        browser: Browser, base_url: str) -> None:
    """Chromium's forced colors (Windows high contrast) reach Flutter as "high contrast"."""
    context = new_context(browser, forced_colors="active", reduced_motion="reduce")
    try:
        app = AppDriver(context.new_page(), base_url).open("/settings")
        assert app.ax_find("switch", "Strong contrast").properties.get("checked") == "true"
        app.click("switch", "Strong contrast")
        app.wait_until("() => document.querySelector('[role=switch]')"
                       ".getAttribute('aria-checked') === 'false'", timeout_s=15)
        app.page.wait_for_timeout(1000)  # the setting is written when the switch has moved
        app.reload()
        assert app.ax_find("switch", "Strong contrast").properties.get("checked") == "false"
    finally:
        context.close()


BIG_BROWSER_TEXT = """
document.addEventListener("DOMContentLoaded", () => {
  const style = document.createElement("style");
  style.textContent = "html { font-size: 32px; }";
  document.head.appendChild(style);
});
"""


def heading_height(browser: Browser, base_url: str, script: str | None) -> float:
    context = new_context(browser)
    try:
        if script:
            context.add_init_script(script)
        app = AppDriver(context.new_page(), base_url).open("/")
        app.ax_find("heading", "Second Opinion")
        box = app.page.get_by_role("heading", name="Second Opinion").bounding_box()
        assert box is not None
        return float(box["height"])
    finally:
        context.close()


def test_the_app_follows_the_browsers_text_size(browser: Browser, base_url: str) -> None:
    """A root font size of 32 px (the browser's "very large" text) doubles every text."""
    normal = heading_height(browser, base_url, None)
    large = heading_height(browser, base_url, BIG_BROWSER_TEXT)
    assert large > 1.6 * normal, (normal, large)
