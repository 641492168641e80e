"""Doctors and visits: the first doctor and the second-opinion doctor, and when to see them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time

import flet as ft

from second_opinion.content.markers import N_
from second_opinion.i18n.translator import Translator
from second_opinion.state.models import MAX_SHORT, Doctor, DoctorRole, InputTooLong
from second_opinion.ui import routes
from second_opinion.ui.components import Heading, Screen
from second_opinion.ui.context import go, use_patient, use_t
from second_opinion.ui.views.medicines import full_width

ROLE_TITLES = {
    DoctorRole.FIRST: N_("Your first doctor"),
    DoctorRole.SECOND: N_("Your second-opinion doctor"),
}
ROLE_EDIT_LABELS = {
    DoctorRole.FIRST: N_("Edit your first doctor"),
    DoctorRole.SECOND: N_("Edit your second-opinion doctor"),
}
YEARS_BACK, YEARS_AHEAD = 5, 5
LARGE = ft.TextThemeStyle.BODY_LARGE


def visit_date_text(t: Translator, value: str) -> str:
    """The stored ISO date in the reader's language, e.g. "Thursday, December 3, 2026"."""
    try:
        return t.date(date.fromisoformat(value), "full")
    except ValueError:
        return value


def visit_time_text(t: Translator, value: str) -> str:
    """The stored "HH:MM" in the reader's language, e.g. "2:30 PM" or "14:30"."""
    try:
        return t.time(time.fromisoformat(value))
    except ValueError:
        return value


def tel_url(phone: str) -> str | None:
    """A ``tel:`` address from what was typed, or None if it has no digits."""
    dialable = re.sub(r"[^0-9+*#]", "", phone)
    return f"tel:{dialable}" if re.search(r"[0-9]", dialable) else None


def left_to_right(text: str) -> str:
    """``text`` isolated as left-to-right, for phone numbers inside a sentence.

    In an Arabic sentence "+20 2 1234 5678" would be shown "5678 1234 2 20+".
    The two invisible Unicode marks (LRI, PDI) keep its order; the number
    itself stays exactly as typed.
    """
    return f"\u2066{text}\u2069"


def is_empty(doctor: Doctor) -> bool:
    return not any((doctor.name, doctor.place, doctor.phone, doctor.visit_date,
                    doctor.visit_time))


def doctor_lines(t: Translator, doctor: Doctor) -> list[ft.Control]:
    """What was written about the doctor, each on its own line, exactly as typed."""
    _ = t.gettext
    lines = [
        (_("Name: {name}"), {"name": doctor.name}, doctor.name),
        (_("Place: {place}"), {"place": doctor.place}, doctor.place),
        (_("Phone: {phone}"), {"phone": left_to_right(doctor.phone)}, doctor.phone),
        (_("Visit: {date}"), {"date": visit_date_text(t, doctor.visit_date)}, doctor.visit_date),
        (_("Time: {time}"), {"time": visit_time_text(t, doctor.visit_time)}, doctor.visit_time),
    ]
    return [ft.Text(text.format(**values))
            for text, values, present in lines if present]


@ft.component
def DoctorCard(role: DoctorRole) -> ft.Control:
    """A heading with the role, the doctor's details or "Not added yet", Call and Edit."""
    t = use_t()
    _ = t.gettext
    doctor = use_patient().doctor(role)
    call = tel_url(doctor.phone)
    actions: list[ft.Control] = [
        ft.FilledButton(_(ROLE_EDIT_LABELS[role]), icon=ft.Icons.EDIT_OUTLINED,
                        on_click=lambda: go(f"{routes.DOCTORS}/{role.value}"),
                        style=ft.ButtonStyle(padding=16)),
    ]
    if call:
        label = _("Call {phone}").format(phone=left_to_right(doctor.phone))
        actions.insert(0, ft.OutlinedButton(label, icon=ft.Icons.PHONE, url=call,
                                            style=ft.ButtonStyle(padding=16)))
    return ft.Card(
        semantic_container=False,
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(_(ROLE_TITLES[role]), 2),
                *(doctor_lines(t, doctor) if not is_empty(doctor)
                  else [ft.Text(_("Not added yet"), italic=True)]),
                ft.Row(actions, wrap=True, spacing=8, run_spacing=8),
            ], spacing=8),
        ),
    )


@ft.component
def DoctorsView() -> ft.View:
    _ = use_t().gettext
    return Screen(
        route=routes.DOCTORS,
        title=_("Doctors and visits"),
        controls=[full_width([
            ft.Text(_("Write down who you see and when. You can call them from here."),
                    theme_style=LARGE),
            *[DoctorCard(role) for role in DoctorRole],
        ])],
    )


def picked_date(value: object) -> str:
    """The ISO calendar date the picker returned.

    The picker sends local midnight of the chosen day converted to UTC
    (``2026-12-02T11:00Z`` for 3 December in Auckland), so its ``.date()``
    is a day early east of Greenwich. Python in Pyodide knows the browser's
    time zone (Emscripten asks JavaScript), so ``astimezone()`` turns it
    back into the local day.
    """
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo else value
        return local.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return ""


@ft.component
def DoctorEditView() -> ft.View:
    """Change one doctor (``/doctors/first`` or ``/doctors/second``)."""
    _ = use_t().gettext
    role_value = ft.use_route_params().get("role", "")
    if role_value not in {role.value for role in DoctorRole}:
        back = ft.FilledButton(_("Back to doctors and visits"),
                               on_click=lambda: go(routes.DOCTORS),
                               style=ft.ButtonStyle(padding=16))
        return Screen(route=f"{routes.DOCTORS}/{role_value}", title=_("Doctors and visits"),
                      controls=[ft.Text(_("This page does not exist."), theme_style=LARGE), back])
    role = DoctorRole(role_value)
    return DoctorForm(role, use_patient().doctor(role))


@ft.component
def DoctorForm(role: DoctorRole, start: Doctor) -> ft.View:
    """Name, place, phone, visit date and time; Save and Cancel.

    What is typed lives in this component's state, so opening a picker or
    showing an error never loses it.
    """
    _ = use_t().gettext
    patient = use_patient()
    no_errors: dict[str, str] = {}
    values, set_values = ft.use_state({key: str(value) for key, value in start.to_doc().items()})
    # Save reads the latest keystrokes from here: a tap right after typing can
    # arrive before the re-render that would give ``save`` the new ``values``.
    typed: dict[str, str] = ft.use_memo(lambda: dict(values), dependencies=[])
    errors, set_errors = ft.use_state(no_errors)

    def set_value(key: str, value: str) -> None:
        typed[key] = value
        set_values(lambda old: {**old, key: value})
        set_errors(lambda old: {k: v for k, v in old.items() if k != key})

    async def save() -> None:
        values = dict(typed)
        try:
            await patient.save_doctor(role, Doctor.from_doc(values))
        except InputTooLong:
            message = _("This is too long. Keep it under {limit} letters.")
            set_errors({key: message.format(limit=MAX_SHORT)
                        for key in ("name", "place", "phone") if len(values[key]) > MAX_SHORT})
            return
        go(routes.DOCTORS)

    def field(key: str, label: str, keyboard: ft.KeyboardType = ft.KeyboardType.TEXT,
              max_lines: int = 1) -> ft.TextField:
        return ft.TextField(label=label, value=values[key], keyboard_type=keyboard,
                            multiline=max_lines > 1, min_lines=1, max_lines=max_lines,
                            on_change=lambda e: set_value(key, e.control.value or ""),
                            # Leaving the field also carries its final text (a picker
                            # opened right after typing came before the last change).
                            on_blur=lambda e: set_value(key, e.control.value or ""),
                            error=errors.get(key) or None)

    return Screen(
        route=f"{routes.DOCTORS}/{role.value}",
        title=_(ROLE_TITLES[role]),
        controls=[full_width([
            field("name", _("Name")),
            field("place", _("Place (hospital or clinic)"), max_lines=3),
            field("phone", _("Phone"), ft.KeyboardType.PHONE),
            VisitPickers(values["visit_date"], values["visit_time"], set_value),
            ft.Row([
                ft.FilledButton(_("Save"), icon=ft.Icons.CHECK, on_click=save,
                                style=ft.ButtonStyle(padding=16)),
                ft.OutlinedButton(_("Cancel"), on_click=lambda: go(routes.DOCTORS),
                                  style=ft.ButtonStyle(padding=16)),
            ], wrap=True, spacing=12),
        ])],
    )


@ft.component
def VisitPickers(visit_date: str, visit_time: str,
                 set_value: Callable[[str, str], None]) -> ft.Control:
    """Buttons that open the date and time pickers and show what was chosen."""
    t = use_t()
    _ = t.gettext
    page = ft.context.page
    today = date.today()

    def pick_date() -> None:
        try:
            current = date.fromisoformat(visit_date)
        except ValueError:
            current = today
        page.show_dialog(ft.DatePicker(
            value=current,
            # The chosen date must lie in the range, even a visit long ago.
            first_date=min(current, date(today.year - YEARS_BACK, 1, 1)),
            last_date=max(current, date(today.year + YEARS_AHEAD, 12, 31)),
            help_text=_("Choose the visit date"),
            on_change=lambda e: set_value("visit_date", picked_date(e.control.value)),
        ))

    def pick_time() -> None:
        try:
            current = time.fromisoformat(visit_time)
        except ValueError:
            current = time(9, 0)
        page.show_dialog(ft.TimePicker(
            value=current,
            # Typing hour and minute works with a screen reader; the dial's
            # numbers are not in the accessibility tree. The dial is one tap away.
            entry_mode=ft.TimePickerEntryMode.INPUT,
            help_text=_("Choose the visit time"),
            on_change=lambda e: set_value(
                "visit_time", e.control.value.strftime("%H:%M") if e.control.value else ""),
        ))

    date_label = (_("Visit date: {date}").format(date=visit_date_text(t, visit_date))
                  if visit_date else _("Choose the visit date"))
    time_label = (_("Visit time: {time}").format(time=visit_time_text(t, visit_time))
                  if visit_time else _("Choose the visit time"))
    clear: list[ft.Control] = []
    if visit_date:
        clear.append(ft.TextButton(_("Clear date"), icon=ft.Icons.CLEAR,
                                   on_click=lambda: set_value("visit_date", ""),
                                   style=ft.ButtonStyle(padding=16)))
    if visit_time:
        clear.append(ft.TextButton(_("Clear time"), icon=ft.Icons.CLEAR,
                                   on_click=lambda: set_value("visit_time", ""),
                                   style=ft.ButtonStyle(padding=16)))
    return ft.Column([
        Heading(_("Visit"), 2),
        ft.OutlinedButton(date_label, icon=ft.Icons.CALENDAR_MONTH, on_click=pick_date,
                          style=ft.ButtonStyle(padding=16)),
        ft.OutlinedButton(time_label, icon=ft.Icons.SCHEDULE, on_click=pick_time,
                          style=ft.ButtonStyle(padding=16)),
        *([ft.Row(clear, wrap=True, spacing=8)] if clear else []),
    ], spacing=8, horizontal_alignment=ft.CrossAxisAlignment.STRETCH)
