"""My medicines: the patient's list to show each doctor, and the screen to add or change one."""

from __future__ import annotations

import flet as ft

from second_opinion.i18n.translator import Translator
from second_opinion.state.collections import Cell
from second_opinion.state.kinds.medicines import Medicine, Medicines
from second_opinion.ui import routes
from second_opinion.ui.components import (
    Heading,
    Screen,
    full_width,
    keyed,
    remove_with_undo,
    save_cancel_row,
    use_form,
)
from second_opinion.ui.components.named_button import named_button
from second_opinion.ui.context import go, use_patient, use_t

LARGE = ft.TextThemeStyle.BODY_LARGE


def detail_lines(t: Translator, medicine: Medicine) -> list[str]:
    """What was written about the medicine besides its name, each in a short sentence."""
    _ = t.gettext
    labels = {
        "purpose": _("For: {purpose}"),
        "dose": _("How much: {dose}"),
        "when": _("When: {when}"),
        "note": _("Note: {note}"),
    }
    doc = medicine.to_doc()
    return [label.format(**{key: doc[key]}) for key, label in labels.items() if doc[key]]


@ft.memo
@ft.component
def MedicineCard(cell: Cell[Medicine], index: int, count: int) -> ft.Control:
    """The medicine's name as a heading, what was written about it, and its actions.

    It listens to its own medicine's cell; ``index`` and ``count`` come from
    the list, which redraws it when the order changes.
    """
    t = use_t()
    _ = t.gettext
    medicines = use_patient().medicines
    medicine = cell.value
    name, uid = medicine.name, medicine.uid

    async def remove() -> None:
        await remove_with_undo(medicines, uid, _("Removed {name}").format(name=name), t)

    # Flet awaits an ``async def`` handler, but a lambda returning a coroutine is
    # called and its coroutine dropped: hence two named handlers.
    async def move_up() -> None:
        await medicines.move(uid, -1)

    async def move_down() -> None:
        await medicines.move(uid, 1)

    return ft.Card(
        semantic_container=False,
        content=ft.Container(
            padding=16,
            content=ft.Column([
                Heading(name, 2),
                *[ft.Text(line) for line in detail_lines(t, medicine)],
                ft.Row([
                    named_button(_("Edit"), _("Edit {name}").format(name=name),
                                 ft.Icons.EDIT_OUTLINED, lambda: go(routes.medicine(uid))),
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
def MedicineList(medicines: Medicines) -> ft.Control:
    """The cards in the patient's order; redraws when the list changes, each card memoized."""
    _ = use_t().gettext
    cells = medicines.cells
    return full_width(
        [keyed(cell.value.uid, MedicineCard, cell, i, len(cells)) for i, cell in enumerate(cells)]
        or [ft.Text(_("No medicines yet. Add the first one below."), italic=True)])


@ft.component
def MedicinesView() -> ft.View:
    _ = use_t().gettext
    return Screen(
        route=routes.MEDICINES,
        title=_("My medicines"),
        controls=[full_width([
            ft.Text(_("Write down every medicine you take, how much, and when. "
                      "Show this list to each doctor."), theme_style=LARGE),
            MedicineList(use_patient().medicines),
            ft.FilledButton(_("Add a medicine"), icon=ft.Icons.ADD,
                            on_click=lambda: go(routes.NEW_MEDICINE),
                            style=ft.ButtonStyle(padding=20)),
        ])],
    )


@ft.component
def MedicineEditView() -> ft.View:
    """Add a medicine (``/medicines/new``) or change one (``/medicines/edit/:uid``)."""
    _ = use_t().gettext
    uid = ft.use_route_params().get("uid")
    if uid is None:
        return MedicineForm(routes.NEW_MEDICINE, _("Add a medicine"), None)
    route, title = routes.medicine(uid), _("Change a medicine")
    found = use_patient().medicines.find(uid)
    if found is None:
        return Screen(route=route, title=title, controls=[
            ft.Text(_("This medicine is no longer on your list."), theme_style=LARGE),
            ft.FilledButton(_("Back to my medicines"), on_click=lambda: go(routes.MEDICINES),
                            style=ft.ButtonStyle(padding=16)),
        ])
    return MedicineForm(route, title, found)


@ft.component
def MedicineForm(route: str, title: str, cell: Cell[Medicine] | None) -> ft.View:
    """The fields, Save and Cancel; ``cell`` is the medicine to change, None for a new one."""
    t = use_t()
    _ = t.gettext
    medicines = use_patient().medicines
    is_new = cell is None
    form = use_form(cell.value if cell else Medicine())

    async def save() -> None:
        store = medicines.add if is_new else medicines.update
        if await form.submit(t, {"name": _("Please write the name of the medicine.")}, store):
            go(routes.MEDICINES)

    return Screen(
        route=route,
        title=title,
        controls=[full_width([
            form.field("name", _("Medicine name"), autofocus=is_new),
            form.field("purpose", _("What it is for"), hint=_("For example: high blood pressure"),
                       lines=(1, 3)),
            form.field("dose", _("Dose (how much)"), hint=_("For example: 1 tablet of 5 mg"),
                       lines=(1, 3)),
            form.field("when", _("When you take it"), hint=_("For example: morning and evening"),
                       lines=(1, 3)),
            form.field("note", _("Note (optional)"), lines=(2, 6)),
            save_cancel_row(t, save, lambda: go(routes.MEDICINES)),
        ])],
    )
