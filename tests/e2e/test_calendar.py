"""A visit added to the phone's calendar: the ``.ics`` file the Doctors screen saves.

The browser is at UTC+14 (Kiribati's Line Islands), as far from Greenwich as
a clock goes: a visit typed as 2:30 PM must reach the calendar as 2:30 PM
local, a floating time, not 00:30 or 14:30 UTC. ``tests/unit/test_calendar.py``
checks every line of the file in many cases; this checks what the patient
gets from the page, in one app start.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tests.e2e.journeys import StartApp, pick_visit_date

NAME = "Dr. Amal حداد 🩺"
PLACE = "University Hospital, Room 4"
ZONE = "Pacific/Kiritimati"  # UTC+14


def unfolded(ics: str) -> list[str]:
    """The content lines of an RFC 5545 file: CRLF, then each fold's CRLF and space removed."""
    assert ics.endswith("\r\n") and "\n" not in ics.replace("\r\n", "")
    return ics[:-2].replace("\r\n ", "").split("\r\n")


def test_a_visit_goes_to_the_calendar_at_the_typed_local_time(
        empty_app: StartApp, tmp_path: Path) -> None:
    app = empty_app("/doctors", timezone_id=ZONE)
    app.ax_find("heading", "Doctors and visits")
    assert app.page.evaluate("new Date(2027, 0, 1).getTimezoneOffset()") == -14 * 60

    app.click("button", "Edit your second-opinion doctor")
    app.ax_find("heading", "Your second-opinion doctor")
    app.fill("Name", NAME)
    app.fill("Place (hospital or clinic)", PLACE)
    visit = date(date.today().year + 1, 3, 14)
    pick_visit_date(app, visit)
    app.click("button", "Choose the visit time")
    app.fill("Hour", "2")
    app.fill("Minute", "30")
    app.click("radio", "PM")
    app.click("button", "OK")
    app.ax_find("button", re.compile(r"^Visit time: 2:30\sPM$"))
    app.click("button", "Save")

    app.ax_find("heading", "Doctors and visits")
    app.ax_find("button", "Add to calendar: Your second-opinion doctor")
    names = {node.name for node in app.ax_tree()}
    assert "Add to calendar: Your first doctor" not in names, "no visit date, no button"
    app.screenshot("doctors-add-to-calendar")

    with app.page.expect_download(timeout=30_000) as download:
        app.click("button", "Add to calendar: Your second-opinion doctor")
    assert download.value.suggested_filename == f"visit-second-{visit.isoformat()}.ics"
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    lines = unfolded(path.read_bytes().decode("utf-8"))

    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    starts = [line for line in lines if line.startswith("DTSTART")]
    assert starts == [f"DTSTART:{visit:%Y%m%d}T143000"], "2:30 PM where the patient is"
    assert f"SUMMARY:Visit: {NAME}" in lines
    assert "LOCATION:University Hospital\\, Room 4" in lines
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert f"Second-opinion doctor: {NAME}" in description
    assert "\\nPapers still to gather:\\n- Scan reports and pictures\\n" in description
