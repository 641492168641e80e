"""Drive the built app in Chromium the way a screen reader user would.

Controls are found by accessible role and name: through Playwright's role
queries for actions, and through Chromium's own accessibility tree (CDP
``Accessibility.getFullAXTree``, what assistive technology reads) for checks.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Locator, Page, ViewportSize, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

ROOT = Path(__file__).resolve().parents[2]
#: ``E2E_DIST`` points the suite at another build, e.g. one made by ``tools/build.py
#: --dist`` while someone else rebuilds ``dist/`` in the same tree.
DIST = Path(os.environ.get("E2E_DIST") or ROOT / "dist")
RESULTS = ROOT / "test-results"
#: axe-core, from `npm ci` in tools/judges (make test runs it).
AXE = ROOT / "tools" / "judges" / "node_modules" / "axe-core" / "axe.min.js"
READY_TIMEOUT_S = 120
CHROMIUM = "/usr/bin/chromium"  # Debian's: Playwright never downloads a browser here
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
_CLICK_IF_CONNECTED = \
    "function () { if (!this.isConnected) return false; this.click(); return true; }"
PHONE: ViewportSize = {"width": 412, "height": 915}


def new_context(browser: Browser, **options: object) -> BrowserContext:
    """A fresh browser profile the size of a phone: empty storage, no service worker yet."""
    return browser.new_context(viewport=PHONE, service_workers="allow", **options)  # type: ignore[arg-type]


@dataclass(frozen=True)
class AXNode:
    role: str
    name: str
    properties: dict[str, Any]
    node_id: str = ""
    parent_id: str = ""
    dom_id: int = 0  # Chromium's backendDOMNodeId: how a screen reader acts on the node
    ignored: bool = False  # hidden from assistive technology (e.g. a screen under this one)


@dataclass
class RequestLog:
    """Every request the page made, and which of them left the site's origin."""

    origin: str
    outside: list[str] = field(default_factory=list)
    blocked_by_csp: list[str] = field(default_factory=list)

    def attach(self, context: BrowserContext) -> None:
        context.on("request", self._on_request)
        context.on("requestfailed", self._on_failed)

    def detach(self, context: BrowserContext) -> None:
        context.remove_listener("request", self._on_request)
        context.remove_listener("requestfailed", self._on_failed)

    def _on_request(self, request: Any) -> None:
        if not request.url.startswith((self.origin, "data:", "blob:")):
            self.outside.append(request.url)

    def _on_failed(self, request: Any) -> None:
        if request.failure == "csp" or "blocked:csp" in (request.failure or ""):
            self.blocked_by_csp.append(request.url)

    def left_origin(self) -> list[str]:
        """Requests to another origin that the page's policy did not stop."""
        blocked = list(self.blocked_by_csp)
        leaked = []
        for url in self.outside:
            if url in blocked:
                blocked.remove(url)
            else:
                leaked.append(url)
        return leaked


class AppDriver:
    """One page of the app, ready to use."""

    def __init__(self, page: Page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url
        self.console: list[str] = []
        page.on("console", lambda message: self.console.append(message.text))
        page.on("pageerror", lambda error: self.console.append(f"pageerror: {error}"))
        self._cdp = page.context.new_cdp_session(page)

    def open(self, route: str = "/") -> AppDriver:
        self.console.clear()
        self.page.goto(self.base_url.rstrip("/") + route)
        self.wait_ready()
        return self

    def reload(self) -> AppDriver:
        self.console.clear()
        self.page.reload()
        self.wait_ready()
        return self

    def wait_ready(self) -> None:
        """Wait until Python runs the app and its first screen is in the AX tree."""
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            errors = [line for line in self.console if "init error" in line]
            assert not errors, errors
            if any("Python worker initialized" in line for line in self.console):
                break
            self.page.wait_for_timeout(200)
        else:
            raise AssertionError(f"App did not start: {self.console[-20:]}")
        # The page's first words (plain HTML, with their own heading) go when
        # the app's first screen has a control; every screen has a heading:
        # once one is in the tree, the first frame is drawn.
        # Under load (2 cores, several browsers) this took over 30 s once.
        remaining_ms = max(30.0, deadline - time.monotonic()) * 1000
        self.page.locator("#first-words").wait_for(state="detached", timeout=remaining_ms)
        self.page.locator("flt-semantics-host").get_by_role("heading").first.wait_for(
            state="attached", timeout=remaining_ms)

    def wait_until(self, script: str, timeout_s: float = 60, arg: Any = None,
                   required: bool = True) -> None:
        """Poll an (async) page function until it returns true.

        ``page.wait_for_function`` does not await an async predicate: its
        Promise is truthy, so it would pass at once. With ``required=False``
        a timeout is not an error (for waits that only make a race less likely).
        """
        deadline = time.monotonic() + timeout_s
        while not self.page.evaluate(script, arg):
            if time.monotonic() > deadline:
                assert not required, f"never true: {script}"
                return
            self.page.wait_for_timeout(250)

    def ax_tree(self, *, with_ignored: bool = False) -> list[AXNode]:
        """Chromium's accessibility tree, as assistive technology sees it.

        ``with_ignored`` keeps the nodes assistive technology skips, so that
        every node's chain of parents is complete.
        """
        nodes = []
        for node in self._cdp.send("Accessibility.getFullAXTree")["nodes"]:
            if node.get("ignored") and not with_ignored:
                continue
            properties = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
            nodes.append(AXNode(
                role=str(node.get("role", {}).get("value", "")),
                name=str(node.get("name", {}).get("value", "")),
                properties=properties,
                node_id=str(node.get("nodeId", "")),
                parent_id=str(node.get("parentId", "")),
                dom_id=int(node.get("backendDOMNodeId", 0)),
                ignored=bool(node.get("ignored")),
            ))
        return nodes

    def ax_press(self, role: str, name: str | re.Pattern[str],
                 within: tuple[str, str] | None = None) -> None:
        """Activate a control found only in the AX tree, as a screen reader does.

        ``within`` = (role, name) of an ancestor, e.g. the radio group a
        radio button belongs to. No coordinates and no identifiers are used.
        """
        for _ in range(3):
            # Flutter may have just replaced the node's element: a click on
            # the old one goes nowhere, so find the control again.
            if self._call_on(self._ax_wait(role, name, within), _CLICK_IF_CONNECTED):
                return
            self.page.wait_for_timeout(250)
        raise AssertionError(f"The {role} {name!r} kept leaving the page before it was pressed")

    def ax_type(self, name: str | re.Pattern[str], text: str) -> None:
        """Activate the text field with this accessible name and type ``text`` into it.

        A DOM ``focus()`` alone is not enough: Flutter starts editing on
        activation, a moment later, and wipes what was typed before (see
        ``fill``). So: wait until Flutter edits the focused field, type, and
        type again if the text did not stay.
        """
        self._call_on(self._ax_wait("textbox", name, None),
                      "function () { this.click(); this.focus(); }")
        self.wait_until(f"() => {_EDITING}", timeout_s=10, required=False)
        for _ in range(5):
            self.page.keyboard.insert_text(text)
            self.settle()
            self.page.wait_for_timeout(150)
            value = self.page.evaluate("() => (document.activeElement || {}).value || ''")
            if text in str(value):
                return
        raise AssertionError(f"Flutter did not keep the text typed into {name!r}")

    def _ax_wait(self, role: str, name: str | re.Pattern[str],
                 within: tuple[str, str] | None) -> AXNode:
        deadline = time.monotonic() + 15
        while True:
            tree = self.ax_tree(with_ignored=True)
            by_id = {node.node_id: node for node in tree}
            for node in tree:
                wanted = node.role == role and _matches(node.name, name)
                if wanted and node.dom_id and not node.ignored and (
                        within is None or _has_ancestor(node, within, by_id)):
                    return node
            assert time.monotonic() < deadline, f"No {role} {name!r} within {within}"
            self.page.wait_for_timeout(250)

    def _call_on(self, node: AXNode, function: str) -> object:
        """Call ``function`` with ``this`` = the node's DOM element; what it returns."""
        remote = self._cdp.send("DOM.resolveNode", {"backendNodeId": node.dom_id})
        result = self._cdp.send("Runtime.callFunctionOn", {
            "objectId": remote["object"]["objectId"], "functionDeclaration": function,
            "returnByValue": True})
        return result.get("result", {}).get("value")

    def ax_find(self, role: str | None, name: str | re.Pattern[str]) -> AXNode:
        """The first AX node with this role (any role if None) whose name matches; waits."""
        deadline = time.monotonic() + 15
        while True:
            for node in self.ax_tree():
                if role in (None, node.role) and _matches(node.name, name):
                    return node
            if time.monotonic() > deadline:
                names = [(n.role, n.name) for n in self.ax_tree() if n.name]
                raise AssertionError(f"No {role} named {name!r}; tree has {names}")
            self.page.wait_for_timeout(250)

    def role(self, role: str, name: str | re.Pattern[str]) -> Locator:
        return self.page.get_by_role(role, name=name).first  # type: ignore[arg-type]

    def click(self, role: str, name: str | re.Pattern[str]) -> None:
        """Tap a control found by role and name.

        A control outside the visible part of a scrolled screen is covered by
        the scroll container's semantics node ("intercepts pointer events");
        then it is activated the way a screen reader does, by a DOM click on
        its own node.
        """
        control = self.role(role, name)
        control.wait_for(state="attached", timeout=30_000)
        try:
            control.click(timeout=3_000)
        except PlaywrightTimeoutError:
            control.dispatch_event("click")

    def fill(self, name: str | re.Pattern[str], text: str) -> None:
        """Type ``text`` into a field, and make sure Flutter kept it.

        Under load, text put in before Flutter starts editing the field is
        wiped when it does (a medicine saved without its name, a date picker
        kept today's date). So: tap, wait until Flutter edits this field
        (it then sets ``autocorrect="on"``), fill, and fill again if the
        field no longer holds the text a moment later.
        """
        field_ = self.role("textbox", name)
        field_.click()
        self.wait_until("""(field) => document.activeElement === field
                           && field.getAttribute('autocorrect') === 'on'""",
                        timeout_s=10, arg=field_.element_handle(), required=False)
        for _ in range(5):
            field_.fill(text)
            self.settle()
            self.page.wait_for_timeout(150)
            if field_.input_value() == text:
                return
        raise AssertionError(f"Flutter did not keep the text typed into {name!r}")

    def settle(self) -> None:
        """Wait until Flutter has drawn two more frames, so queued input is handled."""
        self.page.evaluate(
            "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")

    def expect_text(self, name: str | re.Pattern[str]) -> None:
        expect(self.page.get_by_text(name).first).to_be_attached(timeout=15_000)

    def screenshot(self, name: str) -> Path:
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path


#: The focused element is a field Flutter is editing (it sets ``autocorrect="on"``).
_EDITING = ("(!!document.activeElement && /^(INPUT|TEXTAREA)$/.test(document.activeElement.tagName)"
            " && document.activeElement.getAttribute('autocorrect') === 'on')")


def _has_ancestor(node: AXNode, wanted: tuple[str, str], by_id: dict[str, AXNode]) -> bool:
    parent = by_id.get(node.parent_id)
    while parent is not None:
        if (parent.role, parent.name) == wanted:
            return True
        parent = by_id.get(parent.parent_id)
    return False


def _matches(actual: str, wanted: str | re.Pattern[str]) -> bool:
    if isinstance(wanted, re.Pattern):
        return bool(wanted.search(actual))
    return actual == wanted
