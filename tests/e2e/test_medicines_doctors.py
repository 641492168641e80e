"""My medicines and Doctors and visits, driven by role and accessible name.

One journey with empty saved data (the list starts empty), with one reload
that must keep both the medicines and the doctor; then the form's errors,
and a visit's time typed on a 24-hour clock.
The browser is in Auckland's time zone: the date picker sends local midnight
in UTC, which there is the day before, and the visit must keep the chosen
day (``tests/unit/test_views_doctors.py`` checks the conversion in many
zones; this checks that Python in the page knows the browser's zone).
"""

from __future__ import annotations

import re
from datetime import date, time

from playwright.sync_api import expect

from second_opinion.i18n.translator import Translator
from tests.e2e.journeys import (
    StartApp,
    add_medicine,
    go_home,
    open_medicines,
    open_part,
    pick_visit_date,
    wait_for_order,
)

SUNITINIB = "Sunitinib 💊 سونيتينيب"


def test_medicines_and_a_doctor_are_kept(empty_app: StartApp) -> None:
    app = empty_app(timezone_id="Pacific/Auckland")
    # Add, edit, reorder, remove and undo.
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

    # The second-opinion doctor, with a visit date and time: the chosen day stays
    # the same east of Greenwich.
    visit = date(date.today().year + 1, 3, 14)
    go_home(app)
    open_part(app, "Doctors and visits")
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

    # Both are there after a reload; the first doctor is still empty.
    app.reload()
    app.ax_find("heading", "Doctors and visits")
    app.ax_find(None, re.compile(f"^Visit: .*{re.escape(long_date)}$"))
    app.ax_find(None, "Not added yet")
    go_home(app)
    open_medicines(app)
    wait_for_order(app, ["Paracetamol 500", SUNITINIB])
    app.ax_find(None, "How much: 50 mg")
    app.screenshot("medicines-after-reload")

    # Saving without a name says so and keeps what was typed.
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



def test_a_visit_time_typed_on_a_24_hour_clock(empty_app: StartApp) -> None:
    """French writes times on a 24-hour clock: "14" and "30" typed into the
    picker's boxes are 14:30 (Flutter once read them as 12-hour and refused "14")."""
    t = Translator("fr")
    _ = t.gettext
    app = empty_app("/doctors/second", locale="fr-FR")
    app.click("button", _("Choose the visit time"))
    app.ax_find("dialog", _("Choose the visit time"))  # named by its help (landmarks.js)
    app.fill("Heure", "14")  # Flutter's own words for the boxes, in French
    app.fill("Minute", "30")
    app.click("button", "OK")
    app.ax_find("button", _("Visit time: {time}").format(time=t.time(time(14, 30))))
