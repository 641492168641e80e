"""Doctors and visits: the first doctor and the second-opinion doctor, and when to see them."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import flet as ft

from second_opinion.content.markers import N_
from second_opinion.i18n.bidi import left_to_right
from second_opinion.i18n.translator import Translator
from second_opinion.state import calendar
from second_opinion.state.collections import Cell
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.ui import routes
from second_opinion.ui.components import Heading, Screen, full_width, save_cancel_row, use_form
from second_opinion.ui.components.day_and_time import (
    DayAndTime,
    DayTimeWords,
)
from second_opinion.ui.context import go, use_patient, use_t

ROLE_TITLES = {
    DoctorRole.FIRST: N_("Your first doctor"),
    DoctorRole.SECOND: N_("Your second-opinion doctor"),
}
ROLE_EDIT_LABELS = {
    DoctorRole.FIRST: N_("Edit your first doctor"),
    DoctorRole.SECOND: N_("Edit your second-opinion doctor"),
}
LARGE = ft.TextThemeStyle.BODY_LARGE
VISIT_WORDS = DayTimeWords(
    "visit_date", "visit_time", N_("Visit"),
    N_("Choose the visit date"), N_("Visit date: {date}"),
    N_("Choose the visit time"), N_("Visit time: {time}"), clear=True)


def tel_url(phone: str) -> str | None:
    """A ``tel:`` address from what was typed, or None if it has no digits."""
    dialable = re.sub(r"[^0-9+*#]", "", phone)
    return f"tel:{dialable}" if re.search(r"[0-9]", dialable) else None


def doctor_lines(t: Translator, doctor: Doctor) -> list[ft.Control]:
    """What was written about the doctor, each on its own line, exactly as typed."""
    _ = t.gettext
    lines = [
        (_("Name: {name}"), {"name": doctor.name}, doctor.name),
        (_("Place: {place}"), {"place": doctor.place}, doctor.place),
        (_("Phone: {phone}"), {"phone": left_to_right(doctor.phone)}, doctor.phone),
        (_("Visit: {date}"), {"date": t.saved_date(doctor.visit_date, "full")}, doctor.visit_date),
        (_("Time: {time}"), {"time": t.saved_time(doctor.visit_time)}, doctor.visit_time),
    ]
    return [ft.Text(text.format(**values))
            for text, values, present in lines if present]


def calendar_button_text(t: Translator, role: DoctorRole) -> ft.Text:
    """ "Add to calendar", spoken with the card's title: "Add to calendar: Your first doctor"."""
    _ = t.gettext
    return ft.Text(_("Add to calendar"), semantics_label=_("{action}: {words}").format(
        action=_("Add to calendar"), words=_(ROLE_TITLES[role])))


@ft.component
def DoctorCard(role: DoctorRole, cell: Cell[Doctor]) -> ft.Control:
    """A heading with the role, the doctor's details or "Not added yet", Call, Add to
    calendar (when a visit date is saved) and Edit."""
    t = use_t()
    _ = t.gettext
    patient = use_patient()
    # One picker for the card, made once (a service lives as long as it is referenced).
    picker = ft.use_memo(lambda: ft.FilePicker(), dependencies=[])
    doctor = cell.value
    call = tel_url(doctor.phone)
    actions: list[ft.Control] = []
    if call:
        label = _("Call {phone}").format(phone=left_to_right(doctor.phone))
        actions.append(ft.OutlinedButton(label, icon=ft.Icons.PHONE, url=call,
                                         style=ft.ButtonStyle(padding=16)))

    async def add_to_calendar() -> None:
        # Read when tapped: the visit and the papers as they are now.
        visit = cell.value
        event = calendar.visit_event(role, visit, calendar.papers_to_gather(patient, t), t,
                                     datetime.now(UTC))
        if event is not None:
            await picker.save_file(dialog_title=_("Add to calendar"),
                                   file_name=calendar.file_name(role, visit),
                                   src_bytes=event.encode("utf-8"))

    if calendar.visit_day(doctor) is not None:
        actions.append(ft.OutlinedButton(calendar_button_text(t, role),
                                         icon=ft.Icons.EVENT_AVAILABLE,
                                         on_click=add_to_calendar,
                                         style=ft.ButtonStyle(padding=16)))
    actions.append(ft.FilledButton(_(ROLE_EDIT_LABELS[role]), icon=ft.Icons.EDIT_OUTLINED,
                                   on_click=lambda: go(routes.doctor(role.value)),
                                   style=ft.ButtonStyle(padding=16)))
    return ft.Card(
        semantic_container=False,
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(_(ROLE_TITLES[role]), 2),
                *(doctor_lines(t, doctor) if not doctor.is_empty
                  else [ft.Text(_("Not added yet"), italic=True)]),
                ft.Row(actions, wrap=True, spacing=8, run_spacing=8),
            ], spacing=8),
        ),
    )


@ft.component
def DoctorsView() -> ft.View:
    _ = use_t().gettext
    doctors = use_patient().doctors
    return Screen(
        route=routes.DOCTORS,
        title=_("Doctors and visits"),
        controls=[full_width([
            ft.Text(_("Write down who you see and when. You can call them from here."),
                    theme_style=LARGE),
            *[DoctorCard(role, doctors.cell(role.value)) for role in DoctorRole],
        ])],
    )


@ft.component
def DoctorEditView() -> ft.View:
    """Change one doctor (``/doctors/first`` or ``/doctors/second``)."""
    _ = use_t().gettext
    role_value = ft.use_route_params().get("role", "")
    if role_value not in {role.value for role in DoctorRole}:
        back = ft.FilledButton(_("Back to doctors and visits"),
                               on_click=lambda: go(routes.DOCTORS),
                               style=ft.ButtonStyle(padding=16))
        return Screen(route=routes.doctor(role_value), title=_("Doctors and visits"),
                      controls=[ft.Text(_("This page does not exist."), theme_style=LARGE), back])
    role = DoctorRole(role_value)
    return DoctorForm(role, use_patient().doctors.cell(role.value))


@ft.component
def DoctorForm(role: DoctorRole, cell: Cell[Doctor]) -> ft.View:
    """Name, place, phone, visit date and time; Save and Cancel.

    What is typed lives in the form's state, so opening a picker or showing
    an error never loses it.
    """
    t = use_t()
    _ = t.gettext
    doctors = use_patient().doctors
    form = use_form(cell.value)

    async def save() -> None:
        async def keep(doctor: Doctor) -> bool:
            return await doctors.save(role, doctor)

        if await form.submit(t, {}, keep):
            go(routes.DOCTORS)

    return Screen(
        route=routes.doctor(role.value),
        title=_(ROLE_TITLES[role]),
        controls=[full_width([
            form.field("name", _("Name")),
            form.field("place", _("Place (hospital or clinic)"), lines=(1, 3)),
            form.field("phone", _("Phone"), keyboard=ft.KeyboardType.PHONE),
            DayAndTime(form.values["visit_date"], form.values["visit_time"], form.set,
                       VISIT_WORDS),
            save_cancel_row(t, save, lambda: go(routes.DOCTORS)),
        ])],
    )
