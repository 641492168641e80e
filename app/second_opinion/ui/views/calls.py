"""Calls to make: whom to call and what to ask, the log of each call, and their forms.

The screen has one card per call a second opinion takes (insurance, the
first hospital's records office, the second-opinion doctor's office): what
to ask, the office's saved name and phone, a Call button when a phone is
saved, Edit, and "Write down a call". Below them, "Your calls": each call
written down, newest first, with its next step as a checkbox.

"Write down a call" on a card opens the form at ``/calls/new?topic=<id>``:
the topic is the form's first field (a radio group), picked from the
address, so it can still be changed, the form survives a reload, and
"Someone else" needs no card of its own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from urllib.parse import parse_qs, urlparse

import flet as ft

from second_opinion.content import calls as content
from second_opinion.content.markers import N_
from second_opinion.i18n.bidi import left_to_right
from second_opinion.i18n.translator import Translator
from second_opinion.state.collections import Cell
from second_opinion.state.kinds.calls import Call, Calls, CallTopic
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.state.kinds.offices import Office, OfficeRole
from second_opinion.state.kinds.papers import Papers
from second_opinion.state.labels import CALL_TOPIC_LABELS
from second_opinion.state.visit_summary import call_item
from second_opinion.ui import routes
from second_opinion.ui.components import (
    CheckRow,
    ChoiceGroup,
    Heading,
    Screen,
    full_width,
    keyed,
    remove_with_undo,
    save_cancel_row,
    use_form,
)
from second_opinion.ui.components.day_and_time import DayAndTime, DayTimeWords
from second_opinion.ui.context import go, use_patient, use_t
from second_opinion.ui.views.doctors import ROLE_EDIT_LABELS, tel_url

LARGE = ft.TextThemeStyle.BODY_LARGE
CALL_WORDS = DayTimeWords(
    "day", "time", N_("When did you call?"),
    N_("Choose the day of the call"),
    # TRANSLATORS: a button that opens a calendar; {date} is e.g. "Tuesday, December 1, 2026".
    N_("Day of the call: {date}"),
    N_("Choose the time of the call"),
    # TRANSLATORS: a button that opens a clock; {time} is e.g. "9:15 AM" or "09:15".
    N_("Time of the call: {time}"), now_first=True)
#: Round as the app's other buttons at one line (radius 24 on a 52 px button); at 200 %
#: text a label of four lines keeps its corners (a stadium grew into a circle and cut them).
PADDED = ft.ButtonStyle(padding=16, shape=ft.RoundedRectangleBorder(radius=24))
OFFICE_GUIDES = {OfficeRole.INSURANCE: content.INSURANCE, OfficeRole.RECORDS: content.RECORDS}


# --- pure helpers (tests/unit/test_views_calls.py) ---------------------------------------------

def topic_in(route: str) -> CallTopic | None:
    """The topic asked for in the address (``/calls/new?topic=records``), if it is one."""
    asked = parse_qs(urlparse(route).query).get("topic", [""])[0]
    return CallTopic(asked) if asked in {topic.value for topic in CallTopic} else None


def call_lines(t: Translator, call: Call) -> tuple[str, tuple[str, ...]]:
    """The call's title and lines as the summary words them, without the next step,
    which the card shows as a checkbox."""
    item = call_item(replace(call, next_step=""), t)
    return item.title, item.lines


def contact_lines(t: Translator, name: str, phone: str, address: str = "") -> list[str]:
    """The office's saved name, phone and address, each on its own line."""
    _ = t.gettext
    lines = [
        (_("Name: {name}"), {"name": name}, name),
        (_("Phone: {phone}"), {"phone": left_to_right(phone)}, phone),
        # TRANSLATORS: {address} is a street address, exactly as the patient typed it.
        (_("Address: {address}"), {"address": address}, address),
    ]
    return [line.format(**values) for line, values, present in lines if present]


def said_as(t: Translator, action: str, words: str) -> ft.Text:
    """A button's words, ``action``, spoken with its card's: "Edit: Records office: …".

    The shown words start the spoken name (WCAG 2.5.3). A ``Text`` with a
    ``semantics_label``: a ``Semantics`` wrapper would be a second button
    node inside the button (axe-core's ``nested-interactive``).
    """
    # TRANSLATORS: a button's spoken name: {action} is the button's own words
    # (e.g. "Write down a call"), {words} the card it belongs to.
    return ft.Text(action, semantics_label=t.gettext("{action}: {words}").format(
        action=action, words=words))


def write_down(topic: CallTopic) -> None:
    """Open the new-call form with ``topic`` picked."""
    ft.context.page.navigate(routes.NEW_CALL, topic=topic.value)


# --- the screen ---------------------------------------------------------------------------------

def bullets(lines: list[str]) -> ft.Control:
    """Short lines, each after a dot that screen readers skip."""
    def dot() -> ft.Control:
        return ft.Semantics(exclude_semantics=True, content=ft.Text("•", theme_style=LARGE))

    return ft.Column([
        ft.Row([dot(), ft.Text(line, theme_style=LARGE, expand=True)], spacing=8,
               vertical_alignment=ft.CrossAxisAlignment.START)
        for line in lines
    ], spacing=4)


def guide_card(t: Translator, call_guide: content.CallGuide, contact: list[str],
               actions: list[ft.Control], more: list[ft.Control] | None = None) -> ft.Control:
    """A call's heading, what to ask, ``more``, the saved contact and the actions."""
    _ = t.gettext
    title = _(call_guide.title)
    actions = [*actions, ft.FilledButton(
        content=said_as(t, _("Write down a call"), title),
        icon=ft.Icons.EDIT_NOTE, style=PADDED,
        on_click=lambda: write_down(CallTopic(call_guide.id)))]
    return ft.Card(
        semantic_container=False,
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(title, 2),
                ft.Text(_(call_guide.intro), theme_style=LARGE),
                ft.Text(_("What to ask:"), weight=ft.FontWeight.BOLD, theme_style=LARGE),
                bullets([_(question) for question in call_guide.to_ask]),
                *(more or []),
                *([ft.Text(line) for line in contact]
                  or [ft.Text(_("No phone number saved yet."), italic=True)]),
                ft.Row(actions, wrap=True, spacing=8, run_spacing=8),
            ], spacing=8),
        ),
    )


def call_button(t: Translator, phone: str, title: str) -> list[ft.Control]:
    """"Call <phone>" as a ``tel:`` link when the phone has digits, else nothing."""
    url = tel_url(phone)
    if url is None:
        return []
    # TRANSLATORS: a button that calls the number; {phone} is as the patient typed it.
    label = t.gettext("Call {phone}").format(phone=left_to_right(phone))
    return [ft.OutlinedButton(content=said_as(t, label, title), icon=ft.Icons.PHONE, url=url,
                              style=PADDED)]


@ft.component
def PapersToAskFor(papers: Papers) -> ft.Control:
    """The papers still to gather, by name; nothing when all are ready."""
    _ = use_t().gettext
    left = papers.to_gather()
    if not left:
        return ft.Column([])
    return ft.Column([
        ft.Text(_(content.PAPERS_TO_ASK_FOR), weight=ft.FontWeight.BOLD, theme_style=LARGE),
        bullets([_(item.title) for item in left]),
    ], spacing=8)


@ft.component
def OfficeCard(role: OfficeRole, cell: Cell[Office]) -> ft.Control:
    """The insurance plan or the records office, with Call, Edit and Write down a call."""
    t = use_t()
    _ = t.gettext
    office = cell.value
    call_guide = OFFICE_GUIDES[role]
    title = _(call_guide.title)
    edit = ft.OutlinedButton(
        content=said_as(t, _("Edit name and phone"), title),
        icon=ft.Icons.EDIT_OUTLINED, style=PADDED, on_click=lambda: go(routes.office(role.value)))
    more = [PapersToAskFor(use_patient().papers)] if role is OfficeRole.RECORDS else []
    return guide_card(t, call_guide, contact_lines(t, office.name, office.phone, office.address),
                      [*call_button(t, office.phone, title), edit], more)


@ft.component
def SecondOfficeCard(cell: Cell[Doctor]) -> ft.Control:
    """The second-opinion doctor's office: its phone is the one saved with that doctor."""
    t = use_t()
    _ = t.gettext
    doctor = cell.value
    edit = ft.OutlinedButton(_(ROLE_EDIT_LABELS[DoctorRole.SECOND]), icon=ft.Icons.EDIT_OUTLINED,
                             style=PADDED,
                             on_click=lambda: go(routes.doctor(DoctorRole.SECOND.value)))
    return guide_card(t, content.SECOND_OFFICE, contact_lines(t, doctor.name, doctor.phone),
                      [*call_button(t, doctor.phone, _(content.SECOND_OFFICE.title)), edit])


@ft.memo
@ft.component
def CallCard(cell: Cell[Call]) -> ft.Control:
    """Whom and when as a heading, what was noted, the next step to tick off, Edit and Remove."""
    t = use_t()
    _ = t.gettext
    calls = use_patient().calls
    call = cell.value
    uid = call.uid
    title, lines = call_lines(t, call)

    async def tick(done: bool) -> None:
        await calls.set_next_done(uid, done)

    async def remove() -> None:
        # TRANSLATORS: after a call is taken off the list; {call} is e.g.
        # "Records office: December 1, 2026 at 9:15 AM". An Undo button follows.
        await remove_with_undo(calls, uid, _("Removed the call: {call}").format(call=title), t)

    # TRANSLATORS: a checkbox to tick off the call's next step; {step} is as typed.
    step = ([CheckRow(_("Done: {step}").format(step=call.next_step), call.next_done, tick)]
            if call.next_step else [])
    return ft.Card(
        semantic_container=False,
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(title, 3),
                *[ft.Text(line) for line in lines],
                *step,
                ft.Row([
                    ft.OutlinedButton(content=said_as(t, _("Edit"), title),
                                      icon=ft.Icons.EDIT_OUTLINED, style=PADDED,
                                      on_click=lambda: go(routes.call(uid))),
                    ft.OutlinedButton(content=said_as(t, _("Remove"), title),
                                      icon=ft.Icons.DELETE_OUTLINE, style=PADDED,
                                      on_click=remove),
                ], wrap=True, spacing=8, run_spacing=8),
            ], spacing=8),
        ),
    )


@ft.component
def CallLog(calls: Calls) -> ft.Control:
    """The calls, newest first; redraws when the list changes, each card memoized."""
    _ = use_t().gettext
    return full_width(
        [keyed(cell.value.uid, CallCard, cell) for cell in calls.cells]
        or [ft.Text(_("No calls written down yet."), italic=True)])


@ft.component
def CallsView() -> ft.View:
    _ = use_t().gettext
    patient = use_patient()
    return Screen(
        route=routes.CALLS,
        title=_("Calls to make"),
        controls=[full_width([
            ft.Text(_(content.INTRO), theme_style=LARGE),
            OfficeCard(OfficeRole.INSURANCE, patient.offices.cell(OfficeRole.INSURANCE.value)),
            OfficeCard(OfficeRole.RECORDS, patient.offices.cell(OfficeRole.RECORDS.value)),
            SecondOfficeCard(patient.doctors.cell(DoctorRole.SECOND.value)),
            Heading(_("Your calls"), 2),
            CallLog(patient.calls),
            ft.FilledButton(_("Write down a call to someone else"), icon=ft.Icons.ADD,
                            on_click=lambda: write_down(CallTopic.OTHER),
                            style=ft.ButtonStyle(padding=20,
                                                 shape=ft.RoundedRectangleBorder(radius=24))),
        ])],
    )


# --- the call's form ----------------------------------------------------------------------------

@ft.component
def CallEditView() -> ft.View:
    """Write down a call (``/calls/new``, ``?topic=`` picks whom) or change one
    (``/calls/edit/:uid``)."""
    _ = use_t().gettext
    uid = ft.use_route_params().get("uid")
    if uid is None:
        topic = topic_in(ft.context.page.route or "") or CallTopic.OTHER
        # Keyed by the topic: another card's "Write down a call" starts a fresh form.
        return keyed(topic.value, CallForm, routes.NEW_CALL, _("Write down a call"), None, topic)
    route, title = routes.call(uid), _("Change a call")
    found = use_patient().calls.find(uid)
    if found is None:
        return Screen(route=route, title=title, controls=[
            ft.Text(_("This call is no longer on your list."), theme_style=LARGE),
            ft.FilledButton(_("Back to calls to make"), on_click=lambda: go(routes.CALLS),
                            style=PADDED),
        ])
    return CallForm(route, title, found, found.value.topic)


def new_call(topic: CallTopic) -> Call:
    """A call just made: today, now, to ``topic``."""
    now = datetime.now()
    return Call(topic=topic, day=now.date().isoformat(), time=now.strftime("%H:%M"))


@ft.component
def CallForm(route: str, title: str, cell: Cell[Call] | None, topic: CallTopic) -> ft.View:
    """Whom, when, who answered, the reference number, what was said and the next step."""
    t = use_t()
    _ = t.gettext
    calls = use_patient().calls
    start = ft.use_memo(lambda: cell.value if cell else new_call(topic), dependencies=[])
    form = use_form(start)
    chosen, set_chosen = ft.use_state(topic)

    async def choose(value: str) -> None:
        set_chosen(CallTopic(value))

    async def save() -> None:
        async def keep(call: Call) -> bool:
            call = replace(call, topic=chosen)
            return await (calls.update(call) if cell else calls.log(call))

        if await form.submit(t, {}, keep):
            go(routes.CALLS)

    whom = _("Who did you call?")
    return Screen(
        route=route,
        title=title,
        controls=[full_width([
            Heading(whom, 2),
            ChoiceGroup(whom, chosen.value,
                        [(key.value, _(label), None) for key, label in CALL_TOPIC_LABELS.items()],
                        choose),
            DayAndTime(form.values["day"], form.values["time"], form.set, CALL_WORDS),
            form.field("who", _("Who you spoke to"), hint=_("For example: Maria at the front desk"),
                       lines=(1, 3)),
            form.field("reference", _("Reference number"),
                       hint=_("Ask for one before you hang up"), lines=(1, 3)),
            form.field("said", _("What they said"), lines=(2, 8)),
            form.field("next_step", _("Next step"), hint=_("For example: Call back on Monday"),
                       lines=(1, 6)),
            save_cancel_row(t, save, lambda: go(routes.CALLS)),
        ])],
    )


# --- an office's name and phone -----------------------------------------------------------------

@ft.component
def OfficeEditView() -> ft.View:
    """The insurance plan's or the records office's name, phone and address
    (``/calls/office/insurance`` or ``/calls/office/records``)."""
    _ = use_t().gettext
    role_value = ft.use_route_params().get("role", "")
    if role_value not in {role.value for role in OfficeRole}:
        return Screen(route=routes.office(role_value), title=_("Calls to make"), controls=[
            ft.Text(_("This page does not exist."), theme_style=LARGE),
            ft.FilledButton(_("Back to calls to make"), on_click=lambda: go(routes.CALLS),
                            style=PADDED),
        ])
    role = OfficeRole(role_value)
    return OfficeForm(role, use_patient().offices.cell(role.value))


@ft.component
def OfficeForm(role: OfficeRole, cell: Cell[Office]) -> ft.View:
    """Name, phone and address; Save and Cancel."""
    t = use_t()
    _ = t.gettext
    offices = use_patient().offices
    form = use_form(cell.value)

    async def save() -> None:
        async def keep(office: Office) -> bool:
            return await offices.save(role, office)

        if await form.submit(t, {}, keep):
            go(routes.CALLS)

    return Screen(
        route=routes.office(role.value),
        title=_(OFFICE_GUIDES[role].title),
        controls=[full_width([
            form.field("name", _("Name")),
            form.field("phone", _("Phone"), keyboard=ft.KeyboardType.PHONE),
            form.field("address", _("Address"), lines=(1, 4)),
            save_cancel_row(t, save, lambda: go(routes.CALLS)),
        ])],
    )
