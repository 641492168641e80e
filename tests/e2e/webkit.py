"""Drive the built app in WebKit, the engine of every iPhone browser.

Debian's ``WebKitWebDriver`` (package ``webkit2gtk-driver``) drives
WebKitGTK's ``MiniBrowser`` through Selenium. Nothing is downloaded: the
driver's path is given, so Selenium Manager never runs (and ``SE_OFFLINE``
forbids it anyway). MiniBrowser needs an X display: a private ``Xvfb``
(package ``xvfb``) per session, the same server ``xvfb-run`` starts.

Controls are found as a screen reader finds them: candidates by the
semantics DOM Flutter builds (``flt-semantics`` with ``role``, ``h1``…,
``input``), then kept only if WebKit's own computed role and accessible name
(WebDriver's "Get Computed Role" and "Get Computed Label") match. A tap is a
DOM ``click()`` on the control's semantics node, as ``driver.py`` does in
Chromium when a control is scrolled away.
"""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver import WebKitGTK
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.webkitgtk.options import Options
from selenium.webdriver.webkitgtk.service import Service

from tests.e2e.driver import DIST, RESULTS
from tools.bench import WORKER_READY
from tools.serve import make_server

WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver"  # Debian's webkit2gtk-driver
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
XVFB = "/usr/bin/Xvfb"  # Debian's xvfb
#: Without a language in the environment WebKitGTK's ``navigator.language``
#: is not a valid BCP 47 tag and Flutter stops at start ("invalid language tag").
LANG = "en_US.UTF-8"
#: Software rendering on 2 shared cores: about 16 s alone, over 40 s under load.
READY_TIMEOUT_S = 240
FIND_TIMEOUT_S = 30
PHONE = (412, 915)  # MiniBrowser keeps a window at least 447 px wide

#: Where Flutter's semantics DOM puts each role (candidates; WebKit's computed role decides).
CANDIDATES = {
    "heading": "h1, h2, h3, h4, h5, h6, [role=heading]",
    "button": "[role=button], button",
    "radio": "[role=radio], input[type=radio]",
    "group": "[role=group], [role=radiogroup], fieldset",
    "textbox": "input:not([type=radio]):not([type=checkbox]), textarea, [role=textbox]",
    "progressbar": "[role=progressbar]",
}
#: Any node with words of its own: for text found by name alone ("Saved").
ANY = "flt-semantics-host *"
OWN_TEXT = """const e = arguments[0];
return Array.from(e.childNodes).filter(n => n.nodeType === 3)
  .map(n => n.textContent).join('').trim() || e.getAttribute('aria-label') || '';"""

#: Flutter edits a text field once it sets ``autocorrect="on"`` on the focused element.
EDITING = ("const e = document.activeElement;"
           " return !!e && e.getAttribute('autocorrect') === 'on';")
FOCUSED = ("const e = document.activeElement; return e ? [e.tagName,"
           " e.getAttribute('aria-label'), e.getAttribute('autocorrect'), e.value] : null;")
#: A quick typist: about eight keys a second.
KEY_GAP_S = 0.12
HOLDS = ("const e = document.activeElement;"
         " return !!e && e.getAttribute('autocorrect') === 'on' && e.value === arguments[0];")

Name = str | re.Pattern[str]


def missing() -> list[str]:
    """The programs this module needs that the machine lacks (``make webkit`` installs them)."""
    return [path for path in (WEBKIT_DRIVER, MINIBROWSER, XVFB) if not os.access(path, os.X_OK)]


@contextmanager
def virtual_display() -> Iterator[str]:
    """A private X server; yields its ``DISPLAY`` (Xvfb picks a free number itself)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [XVFB, "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def webkit(display: str) -> Iterator[WebKitGTK]:
    """MiniBrowser in automation mode, driven by Debian's WebKitWebDriver, phone-sized."""
    options = Options()
    options.binary_location = MINIBROWSER
    options.add_argument("--automation")
    RESULTS.mkdir(exist_ok=True)
    environment = {**os.environ, "DISPLAY": display, "LANG": LANG, "SE_OFFLINE": "true"}
    service = Service(WEBKIT_DRIVER, env=environment,
                      log_output=str(RESULTS / "webkit-driver.log"))
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never fetch anything
    browser = WebKitGTK(options=options, service=service)
    try:
        browser.set_window_size(*PHONE)
        browser.set_script_timeout(60)
        yield browser
    finally:
        browser.quit()


class Site:
    """``dist/`` on loopback, ``no-store``; ``stop()`` closes the port, as if offline.

    WebDriver has no offline switch for WebKitGTK. With the server gone and
    no HTTP cache entry (``no-store``, no validators), only the service
    worker can answer a reload.
    """

    def __init__(self, directory: Path = DIST) -> None:
        self._server = make_server(directory, "127.0.0.1", 0, no_store=True, quiet=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        self.running = True

    def stop(self) -> None:
        if self.running:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=10)
            self.running = False


class WebKitApp:
    """The app in one MiniBrowser window."""

    def __init__(self, browser: WebKitGTK, url: str) -> None:
        self.browser = browser
        self.url = url
        self.start_s = 0.0  # how long the last (re)start took to its first heading

    def open(self, route: str = "/") -> WebKitApp:
        started = time.monotonic()
        self.browser.get(self.url.rstrip("/") + route)
        self.wait_ready(started)
        return self

    def reload(self) -> WebKitApp:
        started = time.monotonic()
        self.browser.refresh()
        self.wait_ready(started)
        return self

    def wait_ready(self, started: float) -> None:
        """Until the page's first words have gone and the first screen's heading is
        in the semantics DOM (the first words have a heading of their own)."""
        deadline = started + READY_TIMEOUT_S
        while (self.browser.find_elements("css selector", "#first-words")
               or not self.browser.find_elements("css selector", CANDIDATES["heading"])):
            if time.monotonic() > deadline:
                self.screenshot("webkit-not-started")
                state = self.browser.execute_script(
                    "return [navigator.language, !!document.querySelector('flutter-view'),"
                    " document.querySelectorAll('flt-semantics').length]")
                raise AssertionError(f"no heading after {READY_TIMEOUT_S} s; "
                                     f"[language, flutter view, semantics nodes] = {state}")
            time.sleep(0.5)
        self.start_s = time.monotonic() - started

    # --- finding, as a screen reader does -------------------------------------------------------

    def find(self, role: str | None, name: Name, within: tuple[str, Name] | None = None,
             timeout_s: float = FIND_TIMEOUT_S) -> WebElement:
        """The first element whose WebKit-computed role and accessible name match; waits."""
        deadline = time.monotonic() + timeout_s
        while True:
            with suppress(StaleElementReferenceException):
                found = self._first(role, name, within)
                if found is not None:
                    return found
            if time.monotonic() > deadline:
                self.screenshot("webkit-not-found")
                raise AssertionError(f"No {role} named {name!r} within {within}; "
                                     f"named here: {self.names()}")
            time.sleep(0.25)

    def _first(self, role: str | None, name: Name,
               within: tuple[str, Name] | None) -> WebElement | None:
        scope: WebKitGTK | WebElement = self.browser
        if within is not None:
            group = self._first(within[0], within[1], None)
            if group is None:
                return None
            scope = group
        if role is None:
            return self._first_text(name)
        for element in scope.find_elements("css selector", CANDIDATES[role]):
            if element.aria_role == role and _matches(element.accessible_name.strip(), name):
                return element
        return None

    def _first_text(self, name: Name) -> WebElement | None:
        """Words on screen with no role: WebKit computes no name for a plain node
        (a screen reader reads its text), so its own text counts, else its name."""
        for element in self.browser.find_elements("css selector", ANY):
            own = str(self.browser.execute_script(OWN_TEXT, element))
            if own and (_matches(own, name) or _matches(element.accessible_name.strip(), name)):
                return element
        return None

    def names(self) -> list[tuple[str, str]]:
        """(computed role, accessible name) of every control and heading on screen."""
        found = []
        for role, selector in CANDIDATES.items():
            for element in self.browser.find_elements("css selector", selector):
                with suppress(WebDriverException):
                    found.append((element.aria_role or role, element.accessible_name))
        return found

    def gone(self, role: str, name: Name, timeout_s: float = FIND_TIMEOUT_S) -> None:
        """Until no element with this role and name is left (a screen has slid away)."""
        deadline = time.monotonic() + timeout_s
        while True:
            with suppress(StaleElementReferenceException):
                if self._first(role, name, None) is None:
                    return
            assert time.monotonic() < deadline, f"{role} {name!r} is still there"
            time.sleep(0.25)

    # --- acting ----------------------------------------------------------------------------------

    def press(self, role: str, name: Name, within: tuple[str, Name] | None = None) -> None:
        """Activate a control as a screen reader does: a DOM click on its semantics node."""
        self.browser.execute_script("arguments[0].click();", self.find(role, name, within))

    def _type_at_a_persons_pace(self, text: str) -> None:
        """One key at a time, as fast as a quick typist.

        All keys in one burst (one ``send_keys``) sometimes left Flutter's
        state, and so the saved name, one letter short in WebKit, while the
        field itself showed every letter (docs/flet-web-offline.md, "WebKit").
        """
        for key in text:
            self.browser.switch_to.active_element.send_keys(key)
            time.sleep(KEY_GAP_S)

    def type_into(self, name: Name, text: str) -> None:
        """Activate the text field with this name, type ``text`` and check Flutter kept it.

        Flutter starts editing on activation (it then sets ``autocorrect="on"``
        on the focused element); text typed before that, or into an element
        Flutter is about to replace, is lost. So each try activates the field
        if it is not being edited, types into whatever element is focused
        then, and checks that element holds the text; up to five tries, as
        ``driver.fill`` does in Chromium.
        """
        seen: list[object] = []
        for _ in range(5):
            if not self.browser.execute_script(EDITING):
                with suppress(StaleElementReferenceException):
                    field = self.find("textbox", name)
                    self.browser.execute_script(
                        "arguments[0].click(); arguments[0].focus();", field)
                if not self.poll(EDITING, timeout_s=4):
                    seen.append(self.browser.execute_script(FOCUSED))
                    continue
            time.sleep(0.3)  # focus settles on Flutter's editing element
            with suppress(WebDriverException):
                self._type_at_a_persons_pace(text)
            if self.poll(HOLDS, text, timeout_s=3):
                return
            seen.append(self.browser.execute_script(FOCUSED))
            with suppress(WebDriverException):  # start again from an empty field
                self.browser.switch_to.active_element.send_keys(Keys.CONTROL, "a")
                self.browser.switch_to.active_element.send_keys(Keys.BACKSPACE)
        self.screenshot("webkit-not-typed")
        raise AssertionError(f"Flutter did not keep {text!r} in {name!r}; focus was on {seen}")

    def poll(self, script: str, *args: object, timeout_s: float = 60) -> bool:
        """Whether a page script returned true before the time ran out."""
        deadline = time.monotonic() + timeout_s
        while not self.browser.execute_script(script, *args):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.25)
        return True

    def wait_for_service_worker(self, timeout_s: float = 300) -> None:
        """Until the worker has precached everything and controls the page (tools/bench.py)."""
        script = ("const done = arguments[arguments.length - 1];"
                  f"({WORKER_READY})().then(done, () => done(false));")
        deadline = time.monotonic() + timeout_s
        while not self.browser.execute_async_script(script):
            assert time.monotonic() < deadline, "the service worker never finished precaching"
            time.sleep(1)

    def screenshot(self, name: str) -> Path:
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / f"{name}.png"
        with suppress(WebDriverException):
            self.browser.save_screenshot(str(path))
        return path


def _matches(actual: str, wanted: Name) -> bool:
    if isinstance(wanted, re.Pattern):
        return bool(wanted.search(actual))
    return actual == wanted
