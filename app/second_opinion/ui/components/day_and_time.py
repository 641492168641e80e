"""Two buttons that open the date and the time pickers and say what was chosen.

Shared by a doctor's visit and a call. The words differ ("Visit date:
Thursday, December 3, 2026", "Day of the call: …"), so each use passes its
own ``DayTimeWords`` (``N_`` strings, translated here). Values are what the
record stores: an ISO date and "HH:MM".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

import flet as ft

from second_opinion.ui.components.heading import Heading
from second_opinion.ui.context import use_t

#: How far back and ahead the date picker reaches (a visit long ago stays in range).
YEARS_BACK, YEARS_AHEAD = 5, 5
PADDED = ft.ButtonStyle(padding=16, shape=ft.RoundedRectangleBorder(radius=24))


@dataclass(frozen=True)
class DayTimeWords:
    """The record's two fields and the words around them (untranslated)."""

    day_field: str
    time_field: str
    heading: str
    choose_day: str      # "Choose the visit date": the button, and the picker's help
    day_is: str          # "Visit date: {date}"
    choose_time: str
    time_is: str         # "Visit time: {time}"
    clear: bool = False  # offer "Clear date" and "Clear time"
    now_first: bool = False  # the time picker starts at now (a call), else at 9:00


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
def DayAndTime(day: str, hour: str, set_value: Callable[[str, str], None],
               words: DayTimeWords) -> ft.Control:
    t = use_t()
    _ = t.gettext
    page = ft.context.page
    today = date.today()

    def pick_date() -> None:
        try:
            current = date.fromisoformat(day)
        except ValueError:
            current = today
        page.show_dialog(ft.DatePicker(
            value=current,
            first_date=min(current, date(today.year - YEARS_BACK, 1, 1)),
            last_date=max(current, date(today.year + YEARS_AHEAD, 12, 31)),
            help_text=_(words.choose_day),
            on_change=lambda e: set_value(words.day_field, picked_date(e.control.value)),
        ))

    def pick_time() -> None:
        try:
            current = time.fromisoformat(hour)
        except ValueError:
            current = (datetime.now().time().replace(second=0, microsecond=0)
                       if words.now_first else time(9, 0))
        page.show_dialog(ft.TimePicker(
            value=current,
            # Typing hour and minute works with a screen reader; the dial's
            # numbers are not in the accessibility tree. The dial is one tap away.
            entry_mode=ft.TimePickerEntryMode.INPUT,
            # The clock the app writes times in. Left to the system, Flutter
            # on the web drew 24-hour boxes for a 24-hour language but read
            # them as 12-hour: "14" was refused and "2" kept as 2 AM.
            hour_format=(ft.TimePickerHourFormat.H24 if t.uses_24_hour_clock
                         else ft.TimePickerHourFormat.H12),
            help_text=_(words.choose_time),
            on_change=lambda e: set_value(
                words.time_field, e.control.value.strftime("%H:%M") if e.control.value else ""),
        ))

    day_label = (_(words.day_is).format(date=t.saved_date(day, "full")) if day
                 else _(words.choose_day))
    time_label = _(words.time_is).format(time=t.saved_time(hour)) if hour else _(words.choose_time)
    clear: list[ft.Control] = []
    if words.clear and day:
        clear.append(ft.TextButton(_("Clear date"), icon=ft.Icons.CLEAR, style=PADDED,
                                   on_click=lambda: set_value(words.day_field, "")))
    if words.clear and hour:
        clear.append(ft.TextButton(_("Clear time"), icon=ft.Icons.CLEAR, style=PADDED,
                                   on_click=lambda: set_value(words.time_field, "")))
    return ft.Column([
        Heading(_(words.heading), 2),
        ft.OutlinedButton(day_label, icon=ft.Icons.CALENDAR_MONTH, on_click=pick_date,
                          style=PADDED),
        ft.OutlinedButton(time_label, icon=ft.Icons.SCHEDULE, on_click=pick_time, style=PADDED),
        *([ft.Row(clear, wrap=True, spacing=8)] if clear else []),
    ], spacing=8, horizontal_alignment=ft.CrossAxisAlignment.STRETCH)
