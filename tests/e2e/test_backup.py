"""Backup and restore through the Settings screen, as a patient moving to a new phone."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.e2e.driver import AppDriver
from tests.e2e.journeys import StartApp, add_medicine, go_home, open_medicines, open_settings

MEDICINE = "Cabozantinib 💊 <i>40 mg</i> كابوزانتينيب"


def save_backup(app: AppDriver, folder: Path) -> Path:
    with app.page.expect_download(timeout=30_000) as download:
        app.click("button", "Save a backup file")
    path = folder / download.value.suggested_filename
    download.value.save_as(path)
    return path


def pick_file(app: AppDriver, path: Path) -> None:
    with app.page.expect_file_chooser(timeout=30_000) as chooser:
        app.click("button", "Restore from a backup file")
    chooser.value.set_files(str(path))


BAD_FILES = [
    ('{"format": "second-opinion-backup", "format_version": 1, "medic',
     "This file is not a backup from this app. Nothing was changed."),
    ('{"format": "second-opinion-backup", "format_version": 9}',
     "This backup was made by a newer version of the app. "
     "Please update the app first. Nothing was changed."),
    ('{"format": "second-opinion-backup", "format_version": 1, "medicines": '
     '[{"name": "<script>alert(1)</script>", "dose": 5}]}',
     "This backup file is damaged. Nothing was changed."),
]


def test_a_backup_moves_everything_and_a_bad_file_changes_nothing(
        empty_app: StartApp, tmp_path: Path) -> None:
    app = empty_app()
    open_medicines(app)
    add_medicine(app, MEDICINE, dose="1 tablet")
    open_settings(app, "Backup")
    saved = save_backup(app, tmp_path)
    assert re.fullmatch(r"second-opinion-backup-\d{4}-\d{2}-\d{2}\.json", saved.name)
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert document["format"] == "second-opinion-backup"
    assert [m["name"] for m in document["medicines"]] == [MEDICINE]

    # A file that is not a good backup is refused whole, and nothing changes.
    go_home(app)
    open_medicines(app)
    add_medicine(app, "Axitinib")
    open_settings(app, "Backup")
    for number, (content, message) in enumerate(BAD_FILES):
        bad = tmp_path / f"bad-{number}.json"
        bad.write_text(content, encoding="utf-8")
        pick_file(app, bad)
        app.ax_find(None, message)
    app.screenshot("backup-refused")
    app.reload()
    go_home(app)
    open_medicines(app)
    app.ax_find("heading", "Axitinib")

    # The good one moves everything to another phone.
    other = empty_app("/settings")  # another profile
    other.ax_find("heading", "Backup")
    pick_file(other, saved)
    other.ax_find("heading", "Restore this backup?")
    other.ax_find(None, re.compile("It replaces everything on this phone now."))
    other.click("button", "Restore")
    other.ax_find(None, "Your backup is restored.")
    other.reload()
    go_home(other)
    open_medicines(other)
    other.ax_find("heading", MEDICINE)
    other.ax_find(None, "How much: 1 tablet")
