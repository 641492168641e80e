"""The app follows the device's text size and contrast.

That every control on every screen has a short name and each screen one
title is checked in ``test_every_screen.py`` (in the walks at 100 % text,
English and Arabic); that the tree is there from the first frame, before
any click, on a first start in ``test_foundation.py``.
"""

from __future__ import annotations

from tests.e2e.driver import AppDriver
from tests.e2e.journeys import HOME, StartApp, checked, open_settings

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
