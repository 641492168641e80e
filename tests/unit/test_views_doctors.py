"""The pure helpers behind Doctors and visits, checked without a browser.

The e2e suite sees them only through one typed phone number and one picked
date; here every case is a line: which numbers can be called, how a number
keeps its order inside a right-to-left sentence, which day the date picker's
value stands for in any time zone, and how a stored date and time read.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import flet as ft
import pytest

from second_opinion.i18n.bidi import left_to_right
from second_opinion.i18n.translator import Translator
from second_opinion.ui.components.day_and_time import picked_date
from second_opinion.ui.views import doctors as view
from second_opinion.ui.views.doctors import doctor_lines, tel_url

LRI, PDI = "\u2066", "\u2069"


@pytest.mark.parametrize(("typed", "url"), [
    ("+1 (555) 123-4567", "tel:+15551234567"),
    ("555-0100", "tel:5550100"),
    ("+20 2 1234 5678", "tel:+20212345678"),
    ("*31#555 0100", "tel:*31#5550100"),       # a caller-ID prefix keeps * and #
    ("Dr. Lee: 555 0100 ext. 2", "tel:55501002"),
])
def test_a_number_with_digits_can_be_called(typed: str, url: str) -> None:
    assert tel_url(typed) == url


@pytest.mark.parametrize("typed", ["", "   ", "call the front desk", "+", "*#", "( ) -"])
def test_no_digits_no_call_button(typed: str) -> None:
    assert tel_url(typed) is None


def test_a_phone_number_is_isolated_left_to_right_and_kept_as_typed() -> None:
    shown = left_to_right("+20 2 1234 5678")
    assert shown == f"{LRI}+20 2 1234 5678{PDI}"
    assert shown.strip(LRI + PDI) == "+20 2 1234 5678"
    assert left_to_right("") == LRI + PDI


@pytest.fixture
def local_zone() -> Iterator[None]:
    """Lets a test set the process's time zone (as Pyodide takes the browser's)."""
    before = os.environ.get("TZ")
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def set_zone(name: str) -> None:
    os.environ["TZ"] = name
    time.tzset()


@pytest.mark.parametrize(("zone", "sent"), [
    # The picker sends local midnight of the chosen day, converted to UTC.
    ("Pacific/Auckland", datetime(2027, 6, 30, 12, 0, tzinfo=UTC)),  # UTC+12: the day before
    ("Asia/Kolkata", datetime(2027, 6, 30, 18, 30, tzinfo=UTC)),
    ("UTC", datetime(2027, 7, 1, 0, 0, tzinfo=UTC)),
    ("America/Los_Angeles", datetime(2027, 7, 1, 7, 0, tzinfo=UTC)),  # west: same day
    ("Pacific/Honolulu", datetime(2027, 7, 1, 10, 0, tzinfo=UTC)),
])
def test_the_picked_day_is_the_local_day_in_every_zone(
        local_zone: None, zone: str, sent: datetime) -> None:
    set_zone(zone)
    assert picked_date(sent) == "2027-07-01"


def test_a_picked_time_in_another_offset_is_read_in_the_local_zone(local_zone: None) -> None:
    set_zone("Pacific/Auckland")
    sent = datetime(2027, 7, 1, 2, 0, tzinfo=timezone(timedelta(hours=14)))  # = 30 June 12:00Z
    assert picked_date(sent) == "2027-07-01"


def test_a_date_without_a_zone_is_taken_as_it_is(local_zone: None) -> None:
    set_zone("Pacific/Auckland")
    assert picked_date(datetime(2027, 7, 1, 0, 0)) == "2027-07-01"
    assert picked_date(datetime(2027, 7, 1, 23, 59)) == "2027-07-01"
    assert picked_date(date(2027, 7, 1)) == "2027-07-01"


@pytest.mark.parametrize("value", [None, "", "2027-07-01", 20270701])
def test_nothing_picked_is_no_date(value: object) -> None:
    assert picked_date(value) == ""


@pytest.mark.parametrize(("code", "shown"), [
    ("en", "Thursday, December 3, 2026"),
    ("es", "jueves, 3 de diciembre de 2026"),
    ("ru", "четверг, 3 декабря 2026\u202fг."),
    ("zh_Hans", "2026年12月3日星期四"),
])
def test_a_visit_date_reads_in_the_readers_language(code: str, shown: str) -> None:
    assert Translator(code).saved_date("2026-12-03", "full") == shown


@pytest.mark.parametrize(("code", "shown"), [
    ("en", "2:30\u202fPM"),
    ("es", "2:30\u202fp.m."),   # US Latino patients read 2:30 p.m., not 14:30
    ("ru", "14:30"),
    ("zh_Hans", "14:30"),
])
def test_a_visit_time_reads_in_the_readers_habit(code: str, shown: str) -> None:
    assert Translator(code).saved_time("14:30") == shown


@pytest.mark.parametrize(("code", "clock_24"), [
    ("en", False), ("es", False), ("ko", False), ("ar", False), ("zh_Hant", False),
    ("fr", True), ("ru", True), ("vi", True), ("zh_Hans", True), ("ht", True),
])
def test_the_time_picker_keeps_the_clock_the_app_writes(code: str, clock_24: bool) -> None:
    """The picker's boxes are read on the same clock as the app shows times on."""
    t = Translator(code)
    assert t.uses_24_hour_clock is clock_24
    assert (t.saved_time("14:30") == "14:30") is clock_24


@pytest.mark.parametrize("stored", ["", "soon", "2026-13-40", "3/14/2027"])
def test_a_date_that_is_not_iso_is_shown_as_stored(stored: str) -> None:
    assert Translator("en").saved_date(stored, "full") == stored


@pytest.mark.parametrize("stored", ["", "later", "25:00", "2:30 PM"])
def test_a_time_that_is_not_hh_mm_is_shown_as_stored(stored: str) -> None:
    assert Translator("en").saved_time(stored) == stored


def lines(code: str, **typed: str) -> list[str]:
    # The view's own Doctor, wherever the state layer keeps the record kind.
    shown = doctor_lines(Translator(code), view.Doctor(**typed))
    assert all(isinstance(line, ft.Text) for line in shown)
    return [str(line.value) for line in shown if isinstance(line, ft.Text)]


def test_a_doctor_reads_one_line_per_thing_written_exactly_as_typed() -> None:
    assert lines("en", name="Dr. Amal حداد", place="University Hospital",
                 phone="+1 (555) 123-4567", visit_date="2027-03-14", visit_time="14:30") == [
        "Name: Dr. Amal حداد",
        "Place: University Hospital",
        f"Phone: {LRI}+1 (555) 123-4567{PDI}",
        "Visit: Sunday, March 14, 2027",
        "Time: 2:30\u202fPM",
    ]


def test_what_was_not_written_has_no_line() -> None:
    assert lines("en", phone="555-0100") == [f"Phone: {LRI}555-0100{PDI}"]
    assert lines("en", visit_time="09:05") == ["Time: 9:05\u202fAM"]
    assert lines("en") == []
