"""Settings > Backup: save everything to one file, and restore it on any phone.

The file picker opens inside the tap (``ft.PickFiles``), the only moment a
browser lets a page open one. A file that cannot be used is refused whole,
with the reason in plain words, and nothing on the phone changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

import flet as ft
from flet.components.hooks.use_ref import MutableRef

from second_opinion.content.markers import N_
from second_opinion.i18n.translator import Translator
from second_opinion.state import backup
from second_opinion.ui.components import Heading
from second_opinion.ui.components.notice import show_notice
from second_opinion.ui.context import use_patient, use_t

PROBLEMS = {
    backup.BackupProblem.TOO_BIG: N_("This file is too big to be a backup from this app. "
                                     "Nothing was changed."),
    backup.BackupProblem.NOT_A_BACKUP: N_("This file is not a backup from this app. "
                                          "Nothing was changed."),
    backup.BackupProblem.NEWER: N_("This backup was made by a newer version of the app. "
                                   "Please update the app first. Nothing was changed."),
    backup.BackupProblem.DAMAGED: N_("This backup file is damaged. Nothing was changed."),
}

OnPicked = Callable[[bytes], Awaitable[None]]


def use_file_picker(on_picked: OnPicked) -> ft.FilePicker:
    """One picker for this screen; it hands the picked file's bytes to the latest ``on_picked``.

    The picker is made once (a service lives as long as it is referenced), so
    its handler reads the newest callback from a ref, not the first render's.
    """
    latest: MutableRef[OnPicked | None] = ft.use_ref(None)  # a callable would be a factory
    latest.current = on_picked

    async def picked(event: ft.FilePickerResultEvent) -> None:
        if event.files and latest.current:
            data = event.files[0].bytes
            await latest.current(bytes(data) if data is not None else b"")

    return ft.use_memo(lambda: ft.FilePicker(on_result=picked), dependencies=[])


@ft.component
def BackupSection() -> ft.Control:
    t = use_t()
    _ = t.gettext
    patient = use_patient()
    problem, set_problem = ft.use_state("")
    page = ft.context.page

    async def restore(chosen: backup.PatientBackup) -> None:
        page.pop_dialog()
        if await patient.restore(chosen):
            show_notice(_("Your backup is restored."))

    async def picked(raw: bytes) -> None:
        try:
            chosen = backup.read_backup(raw)
        except backup.BackupError as refused:
            set_problem(_(PROBLEMS[refused.problem]))
            return
        set_problem("")
        page.show_dialog(confirm_restore(chosen, t, restore))

    picker = use_file_picker(picked)

    async def save() -> None:
        now = dt.datetime.now()
        await picker.save_file(
            dialog_title=_("Save a backup file"),
            file_name=backup.file_name(now),
            src_bytes=patient.backup().to_json(),
        )

    return ft.Column([
        Heading(_("Backup"), 2),
        ft.Text(_("Save all your notes in one file. Keep it safe: it is not locked with a "
                  "password. On a new phone, open the file here to get your notes back.")),
        ft.OutlinedButton(_("Save a backup file"), icon=ft.Icons.SAVE_ALT, on_click=save),
        ft.OutlinedButton(
            _("Restore from a backup file"), icon=ft.Icons.RESTORE,
            action=ft.PickFiles(picker, dialog_title=_("Restore from a backup file"),
                                with_data=True, cancel_upload_on_window_blur=False),
        ),
        ft.Semantics(live_region=True, label=problem, exclude_semantics=True,
                     content=ft.Text(problem, color=ft.Colors.ERROR) if problem
                     else ft.Container()),
    ])


def confirm_restore(chosen: backup.PatientBackup, t: Translator,
                    restore: Callable[[backup.PatientBackup], Awaitable[None]]) -> ft.AlertDialog:
    """Ask before anything is replaced, and say when the backup was made."""
    _ = t.gettext
    page = ft.context.page
    made = _made_at(chosen.made_at)
    when = (_("This backup was made on {when}.").format(when=t.date(made.date())) + " "
            if made else "")

    async def confirmed() -> None:
        await restore(chosen)

    return ft.AlertDialog(
        # Not modal: Escape or a tap outside cancels, and cancelling is safe.
        modal=False,
        title=Heading(_("Restore this backup?"), 2),
        content=ft.Text(when + _("It replaces everything on this phone now.")),
        actions=[
            ft.TextButton(_("Cancel"), on_click=lambda: page.pop_dialog()),
            ft.FilledButton(_("Restore"), on_click=confirmed),
        ],
    )


def _made_at(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text).astimezone()
    except ValueError:
        return None
