"""After the second opinion and the visit summary: answers kept, compared, summed up, copied.

One journey with empty saved data (the summary must list no medicines): every
answer field is named, a too-long answer is kept with a message, both
doctors' answers survive reloads, then the comparison, the summary, Copy,
Print and the summary in another language.
"""

from __future__ import annotations

import re
from datetime import date

from second_opinion.i18n.translator import Translator
from tests.e2e.journeys import (
    StartApp,
    field_value,
    first_answer,
    go_home,
    note,
    open_after,
    open_summary,
    second_answer,
)

FIRST_FIELD = first_answer()
SECOND_FIELD = second_answer()
FIRST_TEXT = "Surgery first, then scans 🙂 <b>x</b>"
SECOND_TEXT = "مراقبة نشطة أولاً"


def test_answers_kept_compared_summed_up_copied_printed(empty_app: StartApp) -> None:
    app = empty_app()  # its profile may read and write the clipboard
    open_after(app)

    # Every answer field names its question.
    names = [node.name for node in app.ax_tree() if node.role == "textbox"]
    assert len(names) == len(set(names)) == 10
    assert FIRST_FIELD in names and SECOND_FIELD in names

    # A too-long answer is kept in the field, with a message.
    note(app, FIRST_FIELD, "x" * 4001)
    app.ax_find(None, "This is too long. Keep it under 4000 letters.")
    assert field_value(app, FIRST_FIELD) == "x" * 4001

    # Answers from both doctors survive a reload.
    note(app, FIRST_FIELD, FIRST_TEXT)
    app.ax_find(None, "Saved")
    app.reload()  # after a reload nothing says "Saved" until the next save
    note(app, SECOND_FIELD, SECOND_TEXT)
    app.ax_find(None, "Saved")
    app.reload()
    app.ax_find("heading", "After the second opinion")
    assert field_value(app, FIRST_FIELD) == FIRST_TEXT
    assert field_value(app, SECOND_FIELD) == SECOND_TEXT

    # Compare shows both answers, and "No answer yet" where there is none.
    app.click("button", "See both answers side by side")
    app.ax_find("heading", "Both answers")
    app.ax_find(None, re.compile(r"^First doctor\s+" + re.escape(FIRST_TEXT) + "$"))
    app.ax_find(None, re.compile(r"^Second-opinion doctor\s+" + re.escape(SECOND_TEXT) + "$"))
    app.ax_find(None, re.compile(r"^First doctor\s+No answer yet$"))
    app.screenshot("after-compare")
    app.click("button", "Back")
    go_home(app)

    # The summary shows the answers and says there are no medicines.
    open_summary(app)
    app.ax_find(None, "No medicines listed yet.")
    app.ax_find(None, f"First doctor: {FIRST_TEXT}")
    app.ax_find(None, f"Second-opinion doctor: {SECOND_TEXT}")
    app.ax_find(None, "Made with the Second Opinion app. It does not replace a doctor's advice.")
    app.screenshot("summary")

    # Copy puts the summary on the clipboard.
    app.click("button", "Copy")
    app.ax_find(None, "Copied")
    copied = app.page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Visit summary\n")
    assert f"  First doctor: {FIRST_TEXT}\n" in copied

    # Print hands the plain text to the page.
    app.page.evaluate("window.print = () => { window.printed = true; }")
    app.click("button", "Print")
    app.page.wait_for_function("() => window.printed === true", timeout=15_000)
    printed = app.page.locator("#print-text").text_content() or ""
    assert printed.startswith("Visit summary\n")
    assert FIRST_TEXT in printed

    # The summary in another language than the app's.
    app.click("button", "Language of the summary: English")
    app.click("radio", "Español")
    app.ax_find("button", "Language of the summary: Español")
    made_on = Translator("es").date(date.today())
    app.ax_find(None, re.compile(re.escape(made_on)))
    app.ax_find(None, Translator("es").gettext("Visit summary"))
    app.ax_find("button", "Copy")  # the app itself stays in English
