"""My medicines: the patient's list to show each doctor, and the screen to add or change one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

import flet as ft

from second_opinion.state.models import MAX_LONG, MAX_SHORT, InputTooLong, Medicine
from second_opinion.state.patient import PatientState
from second_opinion.ui import routes
from second_opinion.ui.components import Heading, Screen, keyed
from second_opinion.ui.context import go, use_patient, use_t

Handler = Callable[[], Awaitable[None]] | Callable[[], None]
LIMITS = {"name": MAX_SHORT, "dose": MAX_SHORT, "when": MAX_SHORT, "note": MAX_LONG}
LARGE = ft.TextThemeStyle.BODY_LARGE


def full_width(controls: list[ft.Control]) -> ft.Control:
    """A column whose cards and fields use the whole width of the screen.

    ``Screen``'s column leaves children at their own width: a card with
    short text, or a text field, would be narrow.
    """
    return ft.Column(controls, spacing=16, horizontal_alignment=ft.CrossAxisAlignment.STRETCH)


def named_button(text: str, name: str, icon: ft.IconData, on_click: Handler,
                 disabled: bool = False) -> ft.Control:
    """A button that shows a short ``text`` but is announced as ``name``.

    The short word keeps the card tidy; the full name ("Edit Aspirin")
    tells a screen reader user which medicine the button is for. Keep the
    shown word inside the name (WCAG 2.5.3) so voice control finds it.
    """
    content = ft.Semantics(label=name, exclude_semantics=True, content=ft.Text(text))
    return ft.OutlinedButton(content=content, icon=icon, on_click=on_click, disabled=disabled,
                             style=ft.ButtonStyle(padding=16))


@ft.component
def MedicineCard(medicine: Medicine, index: int, count: int) -> ft.Control:
    """The medicine's name as a heading, what was written about it, and its actions."""
    _ = use_t().gettext
    patient = use_patient()
    page = ft.context.page
    name = medicine.name

    async def remove() -> None:
        removed = await patient.remove_medicine(medicine.uid)
        if removed is None:
            return

        async def undo() -> None:
            await patient.restore_medicine(*removed)

        page.show_dialog(ft.SnackBar(ft.Text(_("Removed {name}").format(name=name)),
                                     action=_("Undo"), on_action=undo))

    # Flet awaits an ``async def`` handler, but a lambda returning a coroutine is
    # called and its coroutine dropped: hence two named handlers.
    async def move_up() -> None:
        await patient.move_medicine(medicine.uid, -1)

    async def move_down() -> None:
        await patient.move_medicine(medicine.uid, 1)

    details = [
        (_("How much: {dose}"), medicine.dose, "dose"),
        (_("When: {when}"), medicine.when, "when"),
        (_("Note: {note}"), medicine.note, "note"),
    ]
    return ft.Card(
        semantic_container=False,
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(name, 2),
                *[ft.Text(label.format(**{key: value}))
                  for label, value, key in details if value],
                ft.Row([
                    named_button(_("Edit"), _("Edit {name}").format(name=name),
                                 ft.Icons.EDIT_OUTLINED,
                                 lambda: go(f"{routes.MEDICINES}/edit/{medicine.uid}")),
                    named_button(_("Up"), _("Move {name} up").format(name=name),
                                 ft.Icons.ARROW_UPWARD, move_up, disabled=index == 0),
                    named_button(_("Down"), _("Move {name} down").format(name=name),
                                 ft.Icons.ARROW_DOWNWARD, move_down,
                                 disabled=index == count - 1),
                    named_button(_("Remove"), _("Remove {name}").format(name=name),
                                 ft.Icons.DELETE_OUTLINE, remove),
                ], wrap=True, spacing=8, run_spacing=8),
            ], spacing=8),
        ),
    )


@ft.component
def MedicinesView() -> ft.View:
    _ = use_t().gettext
    medicines = use_patient().medicines
    return Screen(
        route=routes.MEDICINES,
        title=_("My medicines"),
        controls=[full_width([
            ft.Text(_("Write down every medicine you take, how much, and when. "
                      "Show this list to each doctor."), theme_style=LARGE),
            *([keyed(m.uid, MedicineCard, m, i, len(medicines))
               for i, m in enumerate(medicines)]
              or [ft.Text(_("No medicines yet. Add the first one below."), italic=True)]),
            ft.FilledButton(_("Add a medicine"), icon=ft.Icons.ADD,
                            on_click=lambda: go(f"{routes.MEDICINES}/new"),
                            style=ft.ButtonStyle(padding=20)),
        ])],
    )


def find_medicine(patient: PatientState, uid: str | None) -> Medicine | None:
    return next((m for m in patient.medicines if m.uid == uid), None)


def too_long_errors(values: dict[str, str], message: str) -> dict[str, str]:
    """An error for each field over its limit; ``message`` has a {limit} placeholder."""
    return {key: message.format(limit=LIMITS[key])
            for key, value in values.items() if len(value) > LIMITS[key]}


@ft.component
def MedicineEditView() -> ft.View:
    """Add a medicine (``/medicines/new``) or change one (``/medicines/edit/:uid``)."""
    _ = use_t().gettext
    uid = ft.use_route_params().get("uid")
    found = find_medicine(use_patient(), uid)
    if uid is None:
        return MedicineForm(f"{routes.MEDICINES}/new", _("Add a medicine"), Medicine(name=""))
    route, title = f"{routes.MEDICINES}/edit/{uid}", _("Change a medicine")
    if found is None:
        return Screen(route=route, title=title, controls=[
            ft.Text(_("This medicine is no longer on your list."), theme_style=LARGE),
            ft.FilledButton(_("Back to my medicines"), on_click=lambda: go(routes.MEDICINES),
                            style=ft.ButtonStyle(padding=16)),
        ])
    return MedicineForm(route, title, found, is_new=False)


@ft.component
def MedicineForm(route: str, title: str, start: Medicine, is_new: bool = True) -> ft.View:
    """The four fields, Save and Cancel.

    What is typed lives in this component's state, so a re-render (an error
    shown, a save finishing) never loses it.
    """
    _ = use_t().gettext
    patient = use_patient()
    no_errors: dict[str, str] = {}
    values, set_values = ft.use_state(
        {"name": start.name, "dose": start.dose, "when": start.when, "note": start.note})
    # Save reads the latest keystrokes from here: a tap right after typing can
    # arrive before the re-render that would give ``save`` the new ``values``.
    typed: dict[str, str] = ft.use_memo(lambda: dict(values), dependencies=[])
    errors, set_errors = ft.use_state(no_errors)

    def change(key: str) -> Callable[[ft.Event[ft.TextField]], None]:
        def changed(event: ft.Event[ft.TextField]) -> None:
            typed[key] = event.control.value or ""
            set_values(lambda old: {**old, key: event.control.value or ""})
            set_errors(lambda old: {k: v for k, v in old.items() if k != key})
        return changed

    async def save() -> None:
        values = dict(typed)
        if not values["name"].strip():
            set_errors({"name": _("Please write the name of the medicine.")})
            return
        medicine = replace(start, **values)
        try:
            if is_new:
                await patient.add_medicine(medicine)
            else:
                await patient.update_medicine(medicine)
        except InputTooLong as too_long:
            message = _("This is too long. Keep it under {limit} letters.")
            set_errors(too_long_errors(values, message)
                       or {"name": message.format(limit=too_long.limit)})
            return
        go(routes.MEDICINES)

    def field(key: str, label: str, hint: str | None = None,
              lines: tuple[int, int] = (1, 3)) -> ft.TextField:
        """Long text wraps onto up to ``lines[1]`` lines, so all of it stays in view."""
        return ft.TextField(label=label, hint_text=hint, value=values[key],
                            multiline=lines[1] > 1, min_lines=lines[0], max_lines=lines[1],
                            autofocus=is_new and key == "name",
                            on_change=change(key), on_blur=change(key),
                            error=errors.get(key) or None)

    return Screen(
        route=route,
        title=title,
        controls=[full_width([
            field("name", _("Medicine name"), lines=(1, 1)),
            field("dose", _("Dose (how much)"), _("For example: 1 tablet of 5 mg")),
            field("when", _("When you take it"), _("For example: morning and evening")),
            field("note", _("Note (optional)"), lines=(2, 6)),
            ft.Row([
                ft.FilledButton(_("Save"), icon=ft.Icons.CHECK, on_click=save,
                                style=ft.ButtonStyle(padding=16)),
                ft.OutlinedButton(_("Cancel"), on_click=lambda: go(routes.MEDICINES),
                                  style=ft.ButtonStyle(padding=16)),
            ], wrap=True, spacing=12),
        ])],
    )
