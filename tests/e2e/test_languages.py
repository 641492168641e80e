"""Languages in the browser: the device's language at first start, the picker, right to left.

Expected texts come from the catalogs through the app's own Translator, so
these tests check that the page shows the catalog's words, not fixed strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext

from second_opinion.i18n import languages
from second_opinion.i18n.translator import Translator
from tests.e2e.conftest import new_context
from tests.e2e.driver import AppDriver
from tests.e2e.test_foundation import wait_for_service_worker

OpenIn = Callable[..., AppDriver]


@pytest.fixture
def open_in(browser: Browser, base_url: str) -> Iterator[OpenIn]:
    """Start the app in a fresh profile whose browser language is ``locale``."""
    contexts: list[BrowserContext] = []

    def start(locale: str, route: str = "/") -> AppDriver:
        context = new_context(browser, locale=locale)
        contexts.append(context)
        return AppDriver(context.new_page(), base_url).open(route)

    yield start
    for context in contexts:
        context.close()


DEVICES = [("es-MX", "es"), ("zh-CN", "zh_Hans"), ("zh-TW", "zh_Hant"), ("vi-VN", "vi"),
           ("ko-KR", "ko"), ("tl-PH", "fil"), ("ar-EG", "ar"), ("ru-RU", "ru"),
           ("ht-HT", "ht"), ("fr-FR", "fr")]
#: Scripts Roboto lacks: their screenshots are taken offline, to see the shipped fonts.
OWN_FONTS = {"zh_Hans", "zh_Hant", "ko", "ar"}


@pytest.mark.parametrize(("device", "code"), DEVICES)
def test_first_start_follows_the_device_language(open_in: OpenIn, device: str,
                                                 code: str) -> None:
    t = Translator(code)
    app = open_in(device)
    app.ax_find("heading", t.gettext("Second Opinion"))
    app.ax_find("progressbar", re.compile(re.escape(
        t.ngettext("{ready} of {total} paper ready", "{ready} of {total} papers ready", 6)
        .format(ready=0, total=6))))
    for part in ("What to prepare", "My medicines", "Visit summary"):
        app.ax_find("button", re.compile(re.escape(t.gettext(part))))
    app.page.wait_for_function(  # posted by the app to the page, a moment after the frame
        f"() => document.documentElement.lang === '{code.replace('_', '-')}'", timeout=15_000)
    if code in OWN_FONTS:
        wait_for_service_worker(app)
        font = f"fonts/{languages.by_code(code).font}.woff2"
        # the worker keeps the language's own font for offline use
        app.wait_until(f"async () => !!(await caches.match('{font}'))")
        app.page.context.set_offline(True)
        app.reload()
        app.ax_find("heading", t.gettext("Second Opinion"))
        app.page.wait_for_timeout(3000)  # the language's font arrives after the first frame
    app.screenshot(f"home-{code}")


def test_choosing_arabic_mirrors_the_app_and_keeps_the_screen(app: AppDriver) -> None:
    ar = Translator("ar")
    app.click("button", re.compile("Settings"))
    app.ax_find("heading", "Settings")
    app.click("radio", "العربية")
    app.ax_find("heading", ar.gettext("Settings"))
    app.page.wait_for_function("() => document.documentElement.dir === 'rtl'", timeout=15_000)
    app.page.wait_for_function("() => document.documentElement.lang === 'ar'", timeout=15_000)
    app.screenshot("settings-ar")
    back = app.role("button", re.compile(".+"))
    box = back.bounding_box()
    assert box is not None and box["x"] > 412 / 2, "the back button moves to the right"
    app.reload()
    app.ax_find("heading", ar.gettext("Settings"))  # the same screen, still in Arabic


def test_plural_forms_follow_each_language(open_in: OpenIn) -> None:
    ru = Translator("ru")
    app = open_in("ru-RU", "/prepare")
    app.page.get_by_role("group", name=ru.gettext("Status of {paper}").format(
        paper=ru.gettext("Pathology report"))).get_by_role(
        "radio", name=ru.gettext("I have it")).click()
    one = ru.ngettext("{ready} of {total} paper ready", "{ready} of {total} papers ready",
                      6).format(ready=1, total=6)
    app.ax_find(None, re.compile(re.escape(one)))
