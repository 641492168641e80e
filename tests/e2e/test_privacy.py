"""Delete all my data: asks first, keeps everything on "Keep my data", then forgets for good."""

from __future__ import annotations

import re

from tests.e2e.driver import AppDriver


def mark_pathology_ready(app: AppDriver) -> None:
    app.click("button", re.compile("What to prepare"))
    app.page.get_by_role("group", name="Status of Pathology report").get_by_role(
        "radio", name="I have it").click()
    app.ax_find(None, re.compile("1 of 6 papers ready"))
    app.page.go_back()


def test_delete_all_my_data_asks_then_forgets(app: AppDriver) -> None:
    mark_pathology_ready(app)
    app.click("button", re.compile("Settings"))
    app.click("button", "Delete all my data")
    app.ax_find("heading", "Delete everything?")
    app.click("button", "Keep my data")
    app.page.go_back()
    app.ax_find("progressbar", re.compile("1 of 6 papers ready"))

    app.click("button", re.compile("Settings"))
    app.click("button", "Delete all my data")
    app.click("button", "Delete everything")
    app.ax_find(None, "Everything is deleted from this phone.")
    app.page.go_back()
    app.ax_find("progressbar", re.compile("0 of 6 papers ready"))
    app.reload()
    app.ax_find("progressbar", re.compile("0 of 6 papers ready"))
