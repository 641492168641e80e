"""A saved visit as a calendar event: one standard ``.ics`` file (RFC 5545).

Any phone's calendar opens it: Google, Apple and Outlook read the same
format. The event holds the doctor, the place, the phone and the papers
still to gather, in the translator's language; typed text is kept exactly
(escaped as RFC 5545 asks, never changed).

Why a *floating* time (``DTSTART:20261203T143000``: no ``Z``, no ``TZID``):
the app saves a visit as the patient typed it, "3 December at 2:30 PM",
the clinic's time on the clinic's wall, with no time zone. A floating time
says exactly that: 2:30 PM wherever the calendar is. A UTC time would need
the zone the patient was in when they typed it (the app does not know it,
and a phone that travels to the clinic changes zone), and would be an hour
wrong across a daylight-saving change made in the wrong zone. A ``TZID``
must come with a ``VTIMEZONE`` of that zone's rules, which the page has no
database for. With no time saved, the event is all day.

No Flet here: ``PatientData`` is only read, never imported at run time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from second_opinion.i18n.bidi import left_to_right
from second_opinion.i18n.translator import Translator
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.state.labels import ROLE_LABELS
from second_opinion.state.visit_summary import doctor_label

if TYPE_CHECKING:
    from second_opinion.state.patient import PatientData

PRODID = "-//Second Opinion//Second Opinion app//EN"
UID_DOMAIN = "second-opinion.app"
#: RFC 5545, 3.1: a content line is at most 75 octets, CRLF not counted.
MAX_OCTETS = 75
CRLF = "\r\n"
VISIT_LENGTH = "PT1H"
#: The reminder: a day before a timed visit; at 9 AM the day before one all day.
REMIND_TIMED, REMIND_ALL_DAY = "-P1D", "-PT15H"
BULLET = "- "

#: Control characters TEXT may not hold (RFC 5545, 3.3.11); a tab may stay.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def papers_to_gather(patient: PatientData, t: Translator) -> tuple[str, ...]:
    """The guide's papers that are not ready yet, by their title in the translator's language."""
    return tuple(t.gettext(item.title) for item in patient.papers.to_gather())


def visit_day(doctor: Doctor) -> date | None:
    """The saved visit date, or None if there is none (or it is not a date)."""
    try:
        return date.fromisoformat(doctor.visit_date) if doctor.visit_date else None
    except ValueError:
        return None


def visit_hour(doctor: Doctor) -> time | None:
    """The saved visit time, or None if there is none (then the event is all day)."""
    try:
        return time.fromisoformat(doctor.visit_time) if doctor.visit_time else None
    except ValueError:
        return None


def file_name(role: DoctorRole, doctor: Doctor) -> str:
    """e.g. ``visit-second-2026-12-03.ics``; the role keeps two visits on one day apart."""
    day = visit_day(doctor)
    return f"visit-{role.value}-{day.isoformat()}.ics" if day else f"visit-{role.value}.ics"


def visit_event(role: DoctorRole, doctor: Doctor, papers_to_do: Sequence[str],
                t: Translator, now: datetime) -> str | None:
    """The visit as a whole ``.ics`` file, or None when no visit date is saved.

    ``papers_to_do`` are already in the translator's language (see
    ``papers_to_gather``); ``now`` is when the file is made (``DTSTAMP``, in UTC).
    """
    day = visit_day(doctor)
    if day is None:
        return None
    hour = visit_hour(doctor)
    summary = visit_title(role, doctor, t)
    notes = description(role, doctor, papers_to_do, t)
    if hour is None:
        when = [f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}"]
    else:
        when = [f"DTSTART:{datetime.combine(day, hour):%Y%m%dT%H%M%S}",
                f"DURATION:{VISIT_LENGTH}"]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:visit-{role.value}-{day:%Y%m%d}@{UID_DOMAIN}",
        f"DTSTAMP:{_utc(now):%Y%m%dT%H%M%SZ}",
        *when,
        "SUMMARY:" + escape(summary),
        *(["LOCATION:" + escape(doctor.place)] if doctor.place else []),
        *(["DESCRIPTION:" + escape(notes)] if notes else []),
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"TRIGGER:{REMIND_ALL_DAY if hour is None else REMIND_TIMED}",
        "DESCRIPTION:" + escape(summary),
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + CRLF for line in lines)


def visit_title(role: DoctorRole, doctor: Doctor, t: Translator) -> str:
    """e.g. "Visit: Dr. Ana Ruiz", else "Visit: Second-opinion doctor"."""
    # TRANSLATORS: the title of a visit in the phone's calendar. {doctor} is the
    # doctor's name as typed, or "First doctor" / "Second-opinion doctor".
    return t.gettext("Visit: {doctor}").format(doctor=doctor_label(role, doctor, t))


def description(role: DoctorRole, doctor: Doctor, papers_to_do: Sequence[str],
                t: Translator) -> str:
    """The event's notes: who, where, the phone, then the papers still to gather."""
    _ = t.gettext
    lines = []
    if doctor.name:
        lines.append(_("{role}: {details}").format(role=_(ROLE_LABELS[role]),
                                                   details=doctor.name))
    if doctor.place:
        lines.append(_("Place: {place}").format(place=doctor.place))
    if doctor.phone:
        lines.append(_("Phone: {phone}").format(phone=left_to_right(doctor.phone)))
    if papers_to_do:
        lines += ["", _("Papers still to gather:")] if lines else [_("Papers still to gather:")]
        lines += [BULLET + paper for paper in papers_to_do]
    return "\n".join(lines)


def escape(text: str) -> str:
    """``text`` as an RFC 5545 TEXT value: ``\\``, ``;``, ``,`` and line ends escaped."""
    text = _CONTROLS.sub("", text)
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """``line`` folded into pieces of at most 75 octets, never inside a UTF-8 character.

    Each piece after the first starts with a space (RFC 5545, 3.1), which
    counts in its 75 octets; unfolding removes every CRLF and the space after it.
    """
    pieces: list[str] = []
    piece, size = "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > MAX_OCTETS:
            pieces.append(piece)
            piece, size = " ", 1
        piece += char
        size += octets
    pieces.append(piece)
    return CRLF.join(pieces)


def _utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive one is taken as the device's local time."""
    return moment.astimezone(UTC)
