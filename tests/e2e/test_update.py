"""An update of the app keeps every note: old version, notes, new version, reload."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from second_opinion.content.version import app_version
from tests.e2e.driver import DIST, ROOT, AppDriver, new_context
from tests.e2e.journeys import (
    add_medicine,
    field_value,
    first_answer,
    go_home,
    note,
    open_after,
    open_medicines,
    wait_for_service_worker,
)
from tools.serve import make_server

NEXT_VERSION = f"{app_version()}+next"
MEDICINE = "Pazopanib 💊 <b>800 mg</b>"
FIRST_FIELD = first_answer()
FIRST_TEXT = "Surgery first, then scans 🙂 <b>x</b>"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A copy of the built site on its own server, so the test can put a newer one in place."""
    folder = tmp_path / "site"
    shutil.copytree(DIST, folder)
    server = make_server(folder, "127.0.0.1", 0, no_store=True, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield folder, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


BUILD_NEWER = "import sys; from pathlib import Path; from tools.build import build; " \
              "build(Path(sys.argv[1]), version=sys.argv[2])"


@pytest.fixture
def newer_build(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """The newer version, built in another process while the test uses the old one."""
    newer = tmp_path / "newer"
    process = subprocess.Popen(
        [sys.executable, "-c", BUILD_NEWER, str(newer), NEXT_VERSION], cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    yield process, newer
    if process.poll() is None:
        process.kill()
    process.communicate()


def publish_newer_version(folder: Path, newer_build: tuple[subprocess.Popen[str], Path]) -> None:
    process, newer = newer_build
    output, _ = process.communicate(timeout=600)
    assert process.returncode == 0, f"building the newer version failed:\n{output}"
    shutil.rmtree(folder)
    shutil.copytree(newer, folder)


def test_an_update_keeps_every_note(browser: Browser, site: tuple[Path, str],
                                    newer_build: tuple[subprocess.Popen[str], Path]) -> None:
    folder, base_url = site
    context = new_context(browser)
    try:
        app = AppDriver(context.new_page(), base_url).open("/")
        open_medicines(app)
        add_medicine(app, MEDICINE)
        go_home(app)
        open_after(app)
        note(app, FIRST_FIELD, FIRST_TEXT)
        app.ax_find(None, "Saved")
        wait_for_service_worker(app)

        publish_newer_version(folder, newer_build)
        app.page.evaluate("() => navigator.serviceWorker.getRegistration().then(r => r.update())")
        banner = app.page.get_by_role("status").filter(has_text="A new version of the app is ready")
        banner.wait_for(timeout=180_000)
        app.console.clear()
        with app.page.expect_navigation(timeout=60_000):
            banner.get_by_role("button", name="Update now").click()
        app.wait_ready()

        app.ax_find("heading", "After the second opinion")
        assert field_value(app, FIRST_FIELD) == FIRST_TEXT
        go_home(app)
        open_medicines(app)
        app.ax_find("heading", MEDICINE)
        go_home(app)
        app.click("button", re.compile("^About this app"))
        app.ax_find(None, f"Version {NEXT_VERSION}")
    finally:
        context.close()
