"""Calls to make, driven by role and accessible name.

One journey with empty saved data: the insurance plan's phone is saved and
its card offers to call it; a call to the insurer is written down from that
card (the topic already picked) with a reference number and a next step;
the step is ticked off; after a reload the call and its tick are still there.
"""

from __future__ import annotations

import re

from tests.e2e.journeys import StartApp, checked, open_part

INSURANCE = "Your health insurance plan"
STEP = "Send the form by Friday"


def test_a_call_to_the_insurer_is_kept_with_its_step_ticked_off(empty_app: StartApp) -> None:
    app = empty_app()
    open_part(app, "Calls to make")
    app.ax_find(None, "No calls written down yet.")

    # The plan's phone, saved: its card now has a Call button (a tel: link).
    app.click("button", f"Edit name and phone: {INSURANCE}")
    app.ax_find("heading", INSURANCE)
    app.fill("Name", "Blue Shield")
    app.fill("Phone", "+1 555 0100")
    app.click("button", "Save")
    app.ax_find("heading", "Calls to make")
    app.ax_find(None, "Name: Blue Shield")
    call = app.ax_find("button", re.compile(rf"^Call\W*\+1 555 0100\W*: {INSURANCE}$"))
    assert call.name.startswith("Call")

    # Written down from the insurance card: the topic is picked already.
    app.click("button", f"Write down a call: {INSURANCE}")
    app.ax_find("heading", "Write down a call")
    assert checked(app, "radio", "Health insurance plan") == "true"
    app.fill("Reference number", "AB-123")
    app.fill("Next step", STEP)
    app.click("button", "Save")
    app.ax_find("heading", "Calls to make")
    app.ax_find("heading", re.compile(r"^Health insurance plan: .+ at "))
    app.ax_find(None, "Reference number: AB-123")
    assert checked(app, "checkbox", f"Done: {STEP}") == "false"

    app.click("checkbox", f"Done: {STEP}")
    app.wait_until(f"""() => [...document.querySelectorAll('flt-semantics')]
        .some(e => (e.getAttribute('aria-label') || e.textContent).includes({STEP!r})
                   && e.getAttribute('aria-checked') === 'true')""", timeout_s=15)
    app.expect_text("Saved")

    app.reload()
    app.ax_find("heading", "Calls to make")
    app.ax_find(None, "Reference number: AB-123")
    assert checked(app, "checkbox", f"Done: {STEP}") == "true"
    app.ax_find("button", re.compile(rf"^Call\W*\+1 555 0100\W*: {INSURANCE}$"))
