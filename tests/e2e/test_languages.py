"""Languages in the browser: the device's language at first start, the picker, right to left.

Expected texts come from the catalogs through the app's own Translator, so
these tests check that the page shows the catalog's words, not fixed strings.
A first start in each device language needs empty saved data (``empty_app``:
a warm profile emptied, the language set as Playwright's ``locale`` option
sets it). The languages' own fonts offline and the mirrored Arabic screen are
checked in a brand-new profile (whose worker has cached no font yet),
switching language in Settings.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Request

from second_opinion.i18n import languages
from second_opinion.i18n.translator import Translator
from tests.e2e.driver import AppDriver
from tests.e2e.journeys import StartApp, wait_for_service_worker

#: A first start in the browser for each way a device's language is matched:
#: a region (es-MX), a script told by the region (zh-TW), another code for
#: the language (tl-PH), and one with three plural forms (ru). Every device
#: language is matched in ``tests/unit/test_languages.py``; Chinese, Korean
#: and Arabic are drawn below, Arabic on every screen in ``test_every_screen``.
DEVICES = [("es-MX", "es"), ("zh-TW", "zh_Hant"), ("tl-PH", "fil"), ("ru-RU", "ru")]
#: Scripts Roboto lacks: their screenshots are taken offline, to see the shipped fonts.
OWN_FONTS = ["zh_Hans", "zh_Hant", "ko", "ar"]


def papers_ready(t: Translator, ready: int) -> str:
    return t.ngettext("{ready} of {total} paper ready", "{ready} of {total} papers ready",
                      6).format(ready=ready, total=6)


@pytest.mark.parametrize(("locale", "code"), DEVICES)
def test_first_start_follows_the_device_language(empty_app: StartApp, locale: str,
                                                 code: str) -> None:
    t = Translator(code)
    app = empty_app(locale=locale)
    app.ax_find("heading", t.gettext("Second Opinion"))
    app.ax_find("progressbar", re.compile(re.escape(papers_ready(t, 0))))
    for part in ("What to prepare", "My medicines", "Visit summary"):
        app.ax_find("button", re.compile(re.escape(t.gettext(part))))
    app.page.wait_for_function(  # posted by the app to the page, a moment after the frame
        f"() => document.documentElement.lang === '{code.replace('_', '-')}'", timeout=15_000)
    if code not in OWN_FONTS:
        app.screenshot(f"home-{code}")  # the others are taken offline, below
    if code == "ru":  # plural forms follow each language: Russian has three
        app.click("button", re.compile(re.escape(t.gettext("What to prepare"))))
        app.page.get_by_role("group", name=t.gettext("Status of {paper}").format(
            paper=t.gettext("Pathology report"))).get_by_role(
            "radio", name=t.gettext("I have it")).click()
        app.ax_find(None, re.compile(re.escape(papers_ready(t, 1))))


def open_settings(app: AppDriver, t: Translator) -> None:
    app.click("button", re.compile(re.escape(t.gettext("Settings"))))
    app.ax_find("heading", t.gettext("Settings"))


def choose_arabic(app: AppDriver) -> None:
    """Choosing Arabic mirrors the app and keeps the screen, also after a reload."""
    ar = Translator("ar")
    app.click("radio", "العربية")
    app.ax_find("heading", ar.gettext("Settings"))
    app.page.wait_for_function("() => document.documentElement.dir === 'rtl'", timeout=15_000)
    app.page.wait_for_function("() => document.documentElement.lang === 'ar'", timeout=15_000)
    app.screenshot("settings-ar")
    back = app.role("button", re.compile(".+"))
    box = back.bounding_box()
    assert box is not None and box["x"] > 412 / 2, "the back button moves to the right"


def test_each_language_keeps_its_own_font_offline(fresh_app: StartApp) -> None:
    """Chosen in Settings, each script's font is kept by the worker: offline, the app
    starts again on the same screen, in that language, with that font."""
    app = fresh_app()
    t = Translator("en")
    finished: list[str] = []
    app.page.on("requestfinished", lambda request: finished.append(request.url))
    wait_for_service_worker(app)
    for code in OWN_FONTS:
        language = languages.by_code(code)
        open_settings(app, t)
        if code == "ar":
            choose_arabic(app)
        else:
            app.click("radio", language.name)
        t = Translator(code)
        app.ax_find("heading", t.gettext("Settings"))
        font = f"fonts/{language.font}.woff2"
        # the worker keeps the language's own font for offline use
        app.wait_until(f"async () => !!(await caches.match('{font}'))")
        app.page.context.set_offline(True)
        finished.clear()
        app.reload()
        app.ax_find("heading", t.gettext("Settings"))  # the same screen, still in that language
        app.role("button", re.compile(".+")).click()  # the title bar's back, first on the screen
        app.ax_find("heading", t.gettext("Second Opinion"))
        # For the screenshot: the language's font arrives after the first frame.
        for _ in range(30):
            if any(url.endswith(font) for url in finished):
                break
            app.page.wait_for_timeout(100)
        app.page.wait_for_timeout(300)
        app.settle()
        app.screenshot(f"home-{code}")
        app.page.context.set_offline(False)


def fallback_font_requests(app: AppDriver, seconds: float = 2) -> list[str]:
    """Noto fallback files Flutter asks for while the screen stands still."""
    asked: list[str] = []

    def note(request: Request) -> None:
        if "/assets/fonts/noto" in request.url:
            asked.append(request.url.rsplit("/", 1)[-1])

    app.page.on("request", note)
    app.page.wait_for_timeout(seconds * 1000)
    app.page.remove_listener("request", note)
    return asked


def test_a_screen_under_another_keeps_its_font(empty_app: StartApp) -> None:
    """Home under another screen: opened straight in Korean, then after a switch
    from English to Korean in Settings. Its cards once kept the style of before
    (Roboto), and Flutter asked for Noto fallbacks without end, 40 a second."""
    ko = Translator("ko")
    app = empty_app("/why", locale="ko")
    app.ax_find("heading", ko.gettext("Why a second opinion"))
    app.page.wait_for_timeout(1500)  # what a start or a switch asks once, while fonts load
    assert fallback_font_requests(app) == []

    app = empty_app("/settings", locale="en-US")
    app.click("radio", languages.by_code("ko").name)
    app.ax_find("heading", ko.gettext("Settings"))
    app.page.wait_for_timeout(1500)
    assert fallback_font_requests(app) == []
