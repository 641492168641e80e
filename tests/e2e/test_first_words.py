"""The first words: home as plain HTML at once, before Python runs, then the app.

What a patient sees in the seconds the app takes to start: the app's name,
what it is for and the parts of the guide, in their language (the device's on
a first visit, the chosen one after), at their text size and colours, with
their progress line once they have one. The words must be the ones the app
then shows (both come from the catalogs), the page must say it is opening,
and they must give way only to a usable screen: Flet's "Working..." never
shows. Timing is for ``make bench``; this checks what is shown.
"""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Browser, Page, Route

from second_opinion.content import home
from second_opinion.content.shell_channel import START_KEY
from second_opinion.i18n.translator import Translator
from tests.e2e.driver import AppDriver, RequestLog, new_context
from tests.e2e.journeys import (
    choose_in_settings,
    go_home,
    mark_paper,
    open_part,
    papers_ready,
    put_in_axe,
)

#: Recorded when the first words go: did the app's screen have a control yet,
#: and was Flet's "Working..." ever there for a screen reader (not hidden
#: under the first words)?
TAKEOVER = """
new MutationObserver((records, observer) => {
  const view = document.querySelector('flutter-view');
  const hidden = view && view.getAttribute('aria-hidden') === 'true';
  const working = [...document.querySelectorAll('flt-semantics')]
    .some(e => /Working/.test(e.textContent || ''));
  if (working && !hidden) window.__workingSeen = true;
  if (document.body && !document.getElementById('first-words') && window.__firstWordsSeen) {
    window.__takeover = {buttons: document.querySelectorAll('flt-semantics[role=button]').length};
    observer.disconnect();
  }
  if (document.getElementById('first-words')) window.__firstWordsSeen = true;
}).observe(document, {childList: true, subtree: true});
"""

FIRST_WORDS = """() => {
  const root = document.getElementById('first-words');
  if (!root || !root.querySelector('ul')) return null;
  const style = getComputedStyle(root);
  return {
    lang: root.lang, dir: root.dir,  // Flutter rewrites <html lang> as it starts
    heading: root.querySelector('h1').textContent,
    paragraphs: [...root.querySelectorAll('p')].map(p => p.textContent),
    status: (root.querySelector('[role=status]') || {}).textContent || null,
    parts: [...root.querySelectorAll('li strong')].map(e => e.textContent),
    fontSize: parseFloat(style.fontSize), background: style.backgroundColor,
    progress: (root.querySelector('.progress') || {}).textContent || null,
    download: root.querySelector('progress') && {
      value: root.querySelector('progress').value, max: root.querySelector('progress').max,
      words: document.getElementById('download-words').textContent,
      name: root.querySelector('progress').getAttribute('aria-labelledby')},
  };
}"""

#: Does the start snapshot (``localStorage``, ``page-bridge.js``) hold this language?
SNAPSHOT_SAYS = f"""code => (JSON.parse(localStorage.getItem({START_KEY!r}) || "{{}}") || {{}})
  .language === code"""


def first_words(page: Page) -> dict[str, Any]:
    """The first words, read while the app is still starting."""
    page.wait_for_function(FIRST_WORDS, timeout=15_000)
    words: dict[str, Any] = page.evaluate(FIRST_WORDS)
    return words


def open_page(page: Page, url: str) -> dict[str, Any]:
    page.goto(url, wait_until="commit")
    return first_words(page)


def reload_page(page: Page) -> dict[str, Any]:
    page.reload(wait_until="commit")
    return first_words(page)


def axe_violations(page: Page) -> list[str]:
    """axe-core on the first words, put in through the DevTools protocol (the CSP stays on)."""
    put_in_axe(page)
    found: list[str] = page.evaluate("""async () => (await axe.run(
        document.getElementById('first-words'), {resultTypes: ['violations']}))
        .violations.map(v => v.id)""")
    return found


def assert_home_words(words: dict[str, Any], t: Translator) -> None:
    _ = t.gettext
    assert words["heading"] == _(home.NAME)
    assert words["paragraphs"][0] == _(home.PURPOSE)
    assert words["status"] == _(home.OPENING)
    assert words["parts"] == [_(part.title) for part in home.PARTS]


def assert_app_shows_them(app: AppDriver, words: dict[str, Any]) -> None:
    """The app, once ready, shows the same words the page showed before it."""
    assert app.page.evaluate("window.__takeover")["buttons"] > 0, "first words went too early"
    assert not app.page.evaluate("window.__workingSeen === true"), "Flet's Working... showed"
    app.ax_find("heading", words["heading"])
    app.ax_find(None, words["paragraphs"][0])
    for part in words["parts"]:
        app.ax_find("button", re.compile(f"^{re.escape(part)}"))
    if words["progress"]:
        app.ax_find("progressbar", re.compile(f"^{re.escape(words['progress'])}"))


def test_first_words_in_the_patients_language_size_colours_and_progress(
        browser: Browser, base_url: str) -> None:
    spanish = new_context(browser, locale="es-MX")
    english = new_context(browser, locale="en-US")
    log = RequestLog(origin=base_url)
    try:
        for context in (spanish, english):
            context.add_init_script(TAKEOVER)
            log.attach(context)

        # A first visit: the device's language, no progress line yet.
        page = spanish.new_page()
        words = open_page(page, base_url + "/")
        assert (words["lang"], words["dir"], words["progress"]) == ("es", "ltr", None)
        es = Translator("es")
        assert_home_words(words, es)
        # ... and how much of the app has arrived, of the whole first download.
        download = words["download"]
        assert download["name"] == "download-words" and download["max"] > 10_000_000
        assert 0 < download["value"] <= download["max"]
        assert re.fullmatch(re.escape(es.gettext(home.DOWNLOADING)).replace(
            re.escape("{done}"), r"[\d,.]+").replace(re.escape("{total}"), r"[\d,.]+"),
            download["words"]), download["words"]
        assert axe_violations(page) == []
        app = AppDriver(page, base_url)
        app.wait_ready()
        assert_app_shows_them(app, words)

        # A returning patient: a paper marked, 200 %, dark, then Arabic chosen.
        app = AppDriver(english.new_page(), base_url).open("/")
        open_part(app, "What to prepare")
        mark_paper(app)
        app.ax_find(None, papers_ready(1))
        go_home(app)
        choose_in_settings(app, Translator("en").gettext, "200%", "Dark", "العربية")
        ar = Translator("ar")
        app.ax_find("heading", ar.gettext(home.NAME))
        # The screen switches before the page has stored the choice: under
        # load a reload at once still found English in the start snapshot.
        app.wait_until(SNAPSHOT_SAYS, arg="ar", timeout_s=30)
        words = reload_page(app.page)
        assert (words["lang"], words["dir"]) == ("ar", "rtl")
        assert_home_words(words, ar)
        assert words["fontSize"] == 32, "200 % of the page's 16 px"
        assert words["background"] == "rgb(16, 20, 24)", "the app's dark surface"
        assert words["progress"] == ar.ngettext(
            "{ready} of {total} paper ready", "{ready} of {total} papers ready", 6,
        ).format(ready=1, total=6)
        app.wait_ready()
        assert_app_shows_them(app, words)

        # Delete all my data: the next start follows the device again, from zero.
        open_part(app, ar.gettext("Settings"))
        app.click("button", ar.gettext("Delete all my data"))
        app.click("button", ar.gettext("Delete everything"))
        app.ax_find("heading", "Settings")  # the device's language again: all deleted
        app.page.go_back()
        app.ax_find("heading", home.NAME)
        words = reload_page(app.page)
        assert (words["lang"], words["dir"], words["fontSize"]) == ("en", "ltr", 16)
        assert_home_words(words, Translator("en"))
        assert words["progress"] == "0 of 6 papers ready"
        app.wait_ready()
        assert_app_shows_them(app, words)
    finally:
        spanish.close()
        english.close()
    assert log.left_origin() == []


def test_a_python_start_that_fails_before_a_word_is_sent_starts_again(
        browser: Browser, base_url: str) -> None:
    """Once, offline, the worker started with the page could not fetch one of
    Pyodide's modules: it now gives way to a second worker, Flet's own, and
    the patient gets the app instead of first words that never go."""
    context = new_context(browser)
    asked: list[str] = []

    def fail_the_first(route: Route) -> None:
        asked.append(route.request.url)
        if len(asked) == 1:
            route.abort()
        else:
            route.continue_()

    try:
        context.route("**/pyodide/pyodide.asm.mjs", fail_the_first)
        app = AppDriver(context.new_page(), base_url).open("/")
        app.ax_find("heading", Translator("en").gettext(home.NAME))
        assert len(asked) >= 2, asked  # the early worker's, then the second one's (and the cache's)
        assert any("started with the page failed" in line for line in app.console), app.console
    finally:
        context.close()
