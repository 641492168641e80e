"""My medicines and Doctors and visits, driven by role and accessible name."""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date
from playwright.sync_api import Browser, expect

from tests.e2e.conftest import new_context
from tests.e2e.driver import AppDriver

SUNITINIB = "Sunitinib 💊 سونيتينيب"


def open_medicines(app: AppDriver) -> None:
    app.click("button", re.compile("My medicines"))
    app.ax_find("heading", "My medicines")


def add_medicine(app: AppDriver, name: str, dose: str = "") -> None:
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


def pick_visit_date(app: AppDriver, visit: date) -> str:
    """Type ``visit`` into the date picker; return its English long form, e.g. "March 14, 2027"."""
    app.click("button", "Choose the visit date")
    app.click("button", "Switch to input")
    app.fill("Enter Date", visit.strftime("%m/%d/%Y"))
    app.click("button", "OK")
    long_date = format_date(visit, "long", locale="en")
    app.ax_find("button", re.compile(f"^Visit date: .*{re.escape(long_date)}$"))
    return long_date


def test_add_edit_reorder_remove_undo_and_keep_medicines(app: AppDriver) -> None:
    open_medicines(app)
    app.ax_find(None, re.compile("No medicines yet"))
    add_medicine(app, SUNITINIB, dose="50 mg")
    add_medicine(app, "Paracetamol")
    app.screenshot("medicines-list")

    app.click("button", "Edit Paracetamol")
    app.ax_find("heading", "Change a medicine")
    app.fill("Medicine name", "Paracetamol 500")
    app.fill("When you take it", "When in pain")
    app.click("button", "Save")
    app.ax_find(None, "When: When in pain")
    wait_for_order(app, [SUNITINIB, "Paracetamol 500"])

    app.click("button", "Move Paracetamol 500 up")
    wait_for_order(app, ["Paracetamol 500", SUNITINIB])
    expect(app.role("button", "Move Paracetamol 500 up")).to_be_disabled()
    expect(app.role("button", f"Move {SUNITINIB} down")).to_be_disabled()

    app.click("button", f"Remove {SUNITINIB}")
    app.ax_find(None, f"Removed {SUNITINIB}")
    wait_for_order(app, ["Paracetamol 500"])
    app.click("button", "Undo")
    wait_for_order(app, ["Paracetamol 500", SUNITINIB])
    app.expect_text("Saved")

    app.reload()
    app.ax_find("heading", "My medicines")
    wait_for_order(app, ["Paracetamol 500", SUNITINIB])
    app.ax_find(None, "How much: 50 mg")
    app.screenshot("medicines-after-reload")


def test_saving_without_a_name_says_so_and_keeps_what_was_typed(app: AppDriver) -> None:
    open_medicines(app)
    app.click("button", "Add a medicine")
    app.ax_find("heading", "Add a medicine")
    app.fill("Dose (how much)", "1 tablet of 5 mg")
    app.click("button", "Save")
    app.ax_find(None, "Please write the name of the medicine.")
    app.ax_find("heading", "Add a medicine")
    app.screenshot("medicine-name-missing")

    app.fill("Medicine name", "x" * 201)
    app.click("button", "Save")
    app.ax_find(None, "This is too long. Keep it under 200 letters.")

    app.fill("Medicine name", "Axitinib")
    app.click("button", "Save")
    app.ax_find("heading", "Axitinib")
    app.ax_find(None, "How much: 1 tablet of 5 mg")


def test_second_doctor_with_a_visit_date_and_time(app: AppDriver) -> None:
    visit = date(date.today().year + 1, 3, 14)
    app.click("button", re.compile("Doctors and visits"))
    app.ax_find("heading", "Doctors and visits")
    app.click("button", "Edit your second-opinion doctor")
    app.ax_find("heading", "Your second-opinion doctor")
    app.fill("Name", "Dr. Amal حداد")
    app.fill("Place (hospital or clinic)", "University Hospital")
    app.fill("Phone", "+1 (555) 123-4567")

    long_date = pick_visit_date(app, visit)

    app.click("button", "Choose the visit time")
    app.fill("Hour", "2")
    app.fill("Minute", "30")
    app.click("radio", "PM")
    app.click("button", "OK")
    app.ax_find("button", re.compile(r"^Visit time: 2:30\sPM$"))
    app.screenshot("doctor-edit")

    app.click("button", "Save")
    app.ax_find("heading", "Doctors and visits")
    app.ax_find(None, re.compile(f"^Visit: .*{re.escape(long_date)}$"))
    app.ax_find(None, re.compile(r"^Time: 2:30\sPM$"))
    app.ax_find(None, "Name: Dr. Amal حداد")
    app.ax_find("button", re.compile(r"^Call\W*\+1 \(555\) 123-4567"))
    app.screenshot("doctors-list")

    app.reload()
    app.ax_find("heading", "Doctors and visits")
    app.ax_find(None, re.compile(f"^Visit: .*{re.escape(long_date)}$"))
    app.ax_find(None, "Not added yet")


def test_the_chosen_day_stays_the_same_east_of_greenwich(browser: Browser, base_url: str) -> None:
    """The picker sends local midnight in UTC: in Auckland that is the day before."""
    context = new_context(browser, timezone_id="Pacific/Auckland")
    try:
        app = AppDriver(context.new_page(), base_url).open("/doctors/first")
        app.ax_find("heading", "Your first doctor")
        long_date = pick_visit_date(app, date(date.today().year + 1, 7, 1))
        app.click("button", "Save")
        app.ax_find("heading", "Doctors and visits")
        app.ax_find(None, re.compile(f"^Visit: .*{re.escape(long_date)}$"))
    finally:
        context.close()
