"""A visit as a calendar file (RFC 5545), checked line by line.

Python's ``icalendar`` is not in the environment, so the file is read back
here by hand, the way RFC 5545 says a reader must: split at CRLF, unfold
(drop each CRLF and the one space after it), split name and value at the
first colon, unescape the TEXT value.
"""

from __future__ import annotations

import ast
import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from second_opinion.content import guide
from second_opinion.i18n.translator import Translator
from second_opinion.state import calendar
from second_opinion.state.calendar import file_name, fold, papers_to_gather, visit_event
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.state.kinds.papers import RecordStatus
from second_opinion.state.patient import PatientData
from second_opinion.store.database import Store

EN = Translator("en")
NOW = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
ANA = Doctor(name="Dr. Ana Ruiz", place="City Hospital", phone="555-0100",
             visit_date="2026-12-03", visit_time="14:30")
#: Typed text that must come back exactly: emoji (a family joined by ZWJ, a
#: flag, a skin tone), Arabic, Chinese, markup, and every character TEXT escapes.
TYPED_NAME = "Dr. أمل حداد 👨‍👩‍👧‍👦🇪🇬👋🏽 <b>李医生</b> & \"Ruiz\", M.D.; \\x"
TYPED_PLACE = "مستشفى الجامعة 🏥, Floor 3; Room 2\nBack door, \\ by the <i>lift</i>"


def physical_lines(ics: str) -> list[str]:
    assert ics.endswith("\r\n")
    body = ics[:-2]
    assert "\n" not in body.replace("\r\n", ""), "a bare LF or CR inside the file"
    assert "\r" not in body.replace("\r\n", "")
    return body.split("\r\n")


def unfolded(ics: str) -> list[str]:
    lines: list[str] = []
    for line in physical_lines(ics):
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            out.append("\n" if following in "nN" else following)
            assert following in "nN\\;,", f"unknown escape \\{following}"
        else:
            assert char not in ";,", f"unescaped {char!r} in a TEXT value: {value!r}"
            out.append(char)
    return "".join(out)


def properties(ics: str) -> list[tuple[str, str]]:
    """(name with parameters, raw value) for every content line, in order."""
    return [(line.partition(":")[0], line.partition(":")[2]) for line in unfolded(ics)]


def prop(ics: str, name: str) -> str:
    found = [value for key, value in properties(ics) if key == name]
    assert len(found) >= 1, f"no {name} in {unfolded(ics)}"
    return found[0]


def event(doctor: Doctor = ANA, papers: tuple[str, ...] = ("Pathology report",),
          role: DoctorRole = DoctorRole.SECOND, t: Translator = EN,
          now: datetime = NOW) -> str:
    ics = visit_event(role, doctor, papers, t, now)
    assert ics is not None
    return ics


# --- the shape ------------------------------------------------------------------------------

def test_one_event_in_one_calendar_with_every_required_line() -> None:
    names = [name for name, _ in properties(event())]
    assert names[:5] == ["BEGIN", "VERSION", "PRODID", "CALSCALE", "METHOD"]
    assert names[-2:] == ["END", "END"]
    ics = event()
    assert unfolded(ics)[0] == "BEGIN:VCALENDAR" and unfolded(ics)[-1] == "END:VCALENDAR"
    assert prop(ics, "VERSION") == "2.0"
    assert prop(ics, "CALSCALE") == "GREGORIAN"
    assert prop(ics, "METHOD") == "PUBLISH"
    assert unfolded(ics).count("BEGIN:VEVENT") == 1
    assert unfolded(ics).count("END:VEVENT") == 1
    inside = unfolded(ics)[unfolded(ics).index("BEGIN:VEVENT"):unfolded(ics).index("END:VEVENT")]
    for required in ("UID:", "DTSTAMP:", "DTSTART:", "DURATION:", "SUMMARY:", "LOCATION:",
                     "DESCRIPTION:"):
        assert any(line.startswith(required) for line in inside), required
    assert "BEGIN:VALARM" in inside and "END:VALARM" in inside
    assert prop(ics, "TRIGGER") == "-P1D"
    assert prop(ics, "ACTION") == "DISPLAY"


def test_uid_is_stable_for_a_role_and_day() -> None:
    first = prop(event(now=NOW), "UID")
    assert first == "visit-second-20261203@second-opinion.app"
    assert prop(event(now=datetime(2027, 1, 1, tzinfo=UTC)), "UID") == first
    assert prop(event(role=DoctorRole.FIRST), "UID") == "visit-first-20261203@second-opinion.app"


def test_dtstamp_is_utc() -> None:
    assert prop(event(), "DTSTAMP") == "20261101T080000Z"


def test_file_name() -> None:
    assert file_name(DoctorRole.SECOND, ANA) == "visit-second-2026-12-03.ics"
    assert file_name(DoctorRole.FIRST, ANA) == "visit-first-2026-12-03.ics"


# --- when ----------------------------------------------------------------------------------

def test_a_timed_visit_is_a_floating_local_time_of_one_hour() -> None:
    ics = event()
    assert "DTSTART:20261203T143000" in unfolded(ics)
    assert prop(ics, "DURATION") == "PT1H"
    assert "TZID" not in ics
    assert not any(key.startswith("DTEND") for key, _ in properties(ics))


@pytest.fixture
def set_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Set the process's time zone (as Pyodide takes the browser's); restored after."""
    def set_(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("now", [NOW, datetime(2026, 11, 1, 8, 0)])  # aware, and local (naive)
def test_the_visit_time_is_the_same_in_zones_a_day_apart(
        set_zone: Callable[[str], None], now: datetime) -> None:
    made = {}
    for zone, offset in (("Pacific/Kiritimati", "+1400"), ("Pacific/Pago_Pago", "-1100")):
        set_zone(zone)
        assert time.strftime("%z") == offset, "the zone did not change: no tz data?"
        made[zone] = event(now=now)
    starts = {zone: prop(ics, "DTSTART") for zone, ics in made.items()}
    assert set(starts.values()) == {"20261203T143000"}
    if now.tzinfo is not None:
        assert made["Pacific/Kiritimati"] == made["Pacific/Pago_Pago"]
    else:  # the moment the file was made is the device's local time, written in UTC
        assert prop(made["Pacific/Kiritimati"], "DTSTAMP") == "20261031T180000Z"
        assert prop(made["Pacific/Pago_Pago"], "DTSTAMP") == "20261101T190000Z"


def test_with_no_time_the_visit_is_all_day() -> None:
    ics = event(Doctor(name="Dr. Lee", visit_date="2026-12-31"))
    lines = unfolded(ics)
    assert "DTSTART;VALUE=DATE:20261231" in lines
    assert "DTEND;VALUE=DATE:20270101" in lines
    assert not any(line.startswith(("DURATION", "DTSTART:")) for line in lines)
    assert prop(ics, "TRIGGER") == "-PT15H"  # 9 AM the day before


@pytest.mark.parametrize("visit_date", ["", "2026-13-45", "soon"])
def test_no_event_without_a_visit_date(visit_date: str) -> None:
    doctor = Doctor(name="Dr. Lee", place="Clinic", visit_date=visit_date, visit_time="09:00")
    assert visit_event(DoctorRole.FIRST, doctor, ["Pathology report"], EN, NOW) is None


# --- words -----------------------------------------------------------------------------------

def test_title_place_and_notes() -> None:
    ics = event()
    assert unescape(prop(ics, "SUMMARY")) == "Visit: Dr. Ana Ruiz"
    assert unescape(prop(ics, "LOCATION")) == "City Hospital"
    assert unescape(prop(ics, "DESCRIPTION")) == (
        "Second-opinion doctor: Dr. Ana Ruiz\n"
        "Place: City Hospital\n"
        "Phone: \u2066555-0100\u2069\n"
        "\n"
        "Papers still to gather:\n"
        "- Pathology report")


def test_with_no_name_the_title_is_the_role() -> None:
    ics = event(Doctor(visit_date="2026-12-03"), papers=())
    assert unescape(prop(ics, "SUMMARY")) == "Visit: Second-opinion doctor"
    assert unescape(prop(event(Doctor(visit_date="2026-12-03"), papers=(),
                               role=DoctorRole.FIRST), "SUMMARY")) == "Visit: First doctor"
    keys = [key for key, _ in properties(ics)]
    assert "LOCATION" not in keys
    assert keys.count("DESCRIPTION") == 1, "only the reminder's: nothing was typed"


def test_words_are_in_the_translators_language() -> None:
    es = Translator("es")
    description = unescape(prop(event(t=es), "DESCRIPTION"))
    role = es.gettext("Second-opinion doctor")
    assert role != "Second-opinion doctor", "no Spanish catalog compiled"
    assert description.startswith(f"{role}: Dr. Ana Ruiz\n")
    assert es.gettext("Place: {place}").format(place="City Hospital") in description


def test_typed_text_unfolds_back_exactly() -> None:
    doctor = Doctor(name=TYPED_NAME, place=TYPED_PLACE, phone="+20 2 1234 5678 ☎️",
                    visit_date="2026-12-03", visit_time="14:30")
    ics = event(doctor)
    assert unescape(prop(ics, "SUMMARY")) == f"Visit: {TYPED_NAME}"
    assert unescape(prop(ics, "LOCATION")) == TYPED_PLACE
    notes = unescape(prop(ics, "DESCRIPTION"))
    assert f"Second-opinion doctor: {TYPED_NAME}\n" in notes
    assert f"Place: {TYPED_PLACE}\n" in notes
    # Exactly as typed, kept in its order inside a right-to-left sentence (LRI ... PDI).
    assert "Phone: \u2066+20 2 1234 5678 ☎️\u2069\n" in notes
    assert "&lt;" not in ics and "&amp;" not in ics


def test_text_is_escaped() -> None:
    doctor = Doctor(place="a,b;c\\d\ne\r\nf\rg", visit_date="2026-12-03")
    assert prop(event(doctor), "LOCATION") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    # Control characters are not allowed in TEXT; a tab is.
    assert prop(event(Doctor(place="a\x00b\x1bc\td", visit_date="2026-12-03")),
                "LOCATION") == "abc\td"


# --- folding ---------------------------------------------------------------------------------

def test_no_line_is_over_75_octets_nor_splits_a_character() -> None:
    doctor = Doctor(name=TYPED_NAME * 4, place=TYPED_PLACE * 4, phone="555-0100",
                    visit_date="2026-12-03", visit_time="14:30")
    raw = event(doctor, papers=tuple(guide_titles())).encode("utf-8")
    folded = 0
    for line in raw.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # strict: fails on half a character
        folded += line.startswith(b" ")
    assert folded > 10
    assert unescape(prop(raw.decode("utf-8"), "SUMMARY")) == f"Visit: {TYPED_NAME * 4}"


@pytest.mark.parametrize(("line", "pieces"), [
    ("A" * 75, ["A" * 75]),
    ("A" * 76, ["A" * 75, " A"]),
    ("A" * 74 + "€", ["A" * 74, " €"]),             # 3 octets would make 77: all moves on
    ("A" * 72 + "€", ["A" * 72 + "€"]),             # exactly 75
    ("A" * 73 + "😀", ["A" * 73, " 😀"]),            # 4 octets never split
    ("😀" * 40, ["😀" * 18, " " + "😀" * 18, " " + "😀" * 4]),
])
def test_fold_at_75_octets(line: str, pieces: list[str]) -> None:
    assert fold(line).split("\r\n") == pieces


# --- papers ----------------------------------------------------------------------------------

def guide_titles() -> list[str]:
    return [item.title for item in guide.RECORDS]


def patient_with_papers(statuses: dict[str, RecordStatus]) -> PatientData:
    patient = PatientData(Store.in_memory())

    async def fill() -> None:
        for paper_id, status in statuses.items():
            await patient.papers.set_status(paper_id, status)

    asyncio.run(fill())
    return patient


def test_only_papers_not_ready_are_listed() -> None:
    patient = patient_with_papers({"pathology": RecordStatus.HAVE_IT,
                                   "operative": RecordStatus.NOT_NEEDED,
                                   "imaging": RecordStatus.REQUESTED})
    to_do = papers_to_gather(patient, EN)
    ready = {"Pathology report", "Surgery report"}
    assert ready <= set(guide_titles()), "the guide's titles changed"
    assert list(to_do) == [title for title in guide_titles() if title not in ready]
    assert "Scan reports and pictures" in to_do, "asked for it is not ready yet"
    notes = unescape(prop(event(papers=to_do), "DESCRIPTION"))
    assert notes.endswith("Papers still to gather:\n" + "\n".join(f"- {p}" for p in to_do))
    assert not ready & set(notes.splitlines()[-len(to_do):])
    assert "Pathology report" not in notes


def test_all_papers_ready_no_list() -> None:
    patient = patient_with_papers({item.id: RecordStatus.HAVE_IT for item in guide.RECORDS})
    assert papers_to_gather(patient, EN) == ()
    notes = unescape(prop(event(papers=papers_to_gather(patient, EN)), "DESCRIPTION"))
    assert "Papers still to gather" not in notes
    assert notes == ("Second-opinion doctor: Dr. Ana Ruiz\nPlace: City Hospital\n"
                     "Phone: \u2066555-0100\u2069")


def test_paper_titles_are_translated() -> None:
    es = Translator("es")
    titles = papers_to_gather(patient_with_papers({}), es)
    assert titles == tuple(es.gettext(title) for title in guide_titles())
    assert titles != tuple(guide_titles())


def test_the_module_imports_no_flet() -> None:
    tree = ast.parse(Path(calendar.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.split(".")[0] in {"flet", "tinydb"}}
    assert "second_opinion.state.visit_summary" in imported, "the check reads the imports"
