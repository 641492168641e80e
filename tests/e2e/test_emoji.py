"""Emoji a patient types draw in colour, from our own origin, and still do offline.

Flutter fetches a colour emoji font from ``assets/fonts/notocoloremoji/…`` the
first time a text holds an emoji; the build serves subsets there
(``tools/emoji.py``). Without them the fetch 404s and each emoji is a grey
box. Checked in a brand-new profile: the font is fetched before the service
worker controls the page, and the worker must still keep it.
"""

from __future__ import annotations

import io

from PIL import Image

from tests.e2e.driver import RESULTS, AppDriver
from tests.e2e.journeys import StartApp, open_medicines, wait_for_service_worker

NAME = "Aspirin 💊🙂❤️"
EMOJI_FONTS = "/assets/fonts/notocoloremoji/"
#: Warm, saturated pixels: the red pill, yellow face and red heart. A box is grey or
#: black, the text dark, the field's border and the brand blue: none of them count.
MIN_COLOUR_PIXELS = 40


def colour_pixels(app: AppDriver, role: str, name: str, shot: str) -> int:
    """Warm colour pixels inside a control, after the page has drawn it; saves the crop."""
    box = app.role(role, name).bounding_box()
    assert box, f"no {role} {name!r} on screen"
    count = 0
    for _ in range(40):  # the font arrives after the first frame that needs it
        app.settle()
        png = app.page.screenshot(clip=box)
        image = Image.open(io.BytesIO(png)).convert("RGB")
        data = image.tobytes()
        count = sum(1 for r, g, b in zip(data[0::3], data[1::3], data[2::3], strict=True)
                    if r >= 180 and r >= b + 100 and max(r, g, b) - min(r, g, b) >= 100)
        if count >= MIN_COLOUR_PIXELS:
            break
        app.page.wait_for_timeout(250)
    RESULTS.mkdir(exist_ok=True)
    image.save(RESULTS / f"{shot}.png")
    return count


def test_typed_emoji_draw_in_colour_and_stay_offline(fresh_app: StartApp) -> None:
    app = fresh_app()  # also proves no request left the origin
    fonts: list[tuple[int, str]] = []
    app.page.on("response", lambda response: fonts.append((response.status, response.url))
                if EMOJI_FONTS in response.url else None)
    open_medicines(app)
    app.click("button", "Add a medicine")
    app.ax_find("heading", "Add a medicine")
    app.fill("Medicine name", NAME)
    colour = colour_pixels(app, "textbox", "Medicine name", "emoji-field")
    assert colour >= MIN_COLOUR_PIXELS, \
        f"emoji drawn without colour (boxes?): {colour} px, fetched {set(fonts)}"
    assert fonts, "Flutter fetched no emoji font"
    assert all(status == 200 and url.startswith(app.base_url) for status, url in fonts), fonts
    app.click("button", "Save")
    app.ax_find("heading", NAME)

    # The fonts were fetched before the worker controlled the page: it keeps them anyway.
    wait_for_service_worker(app)
    paths = sorted({url.removeprefix(app.base_url) for _, url in fonts})
    app.wait_until("async (paths) => (await Promise.all(paths.map(p => caches.match(p))))"
                   ".every(Boolean)", arg=paths)
    app.page.context.set_offline(True)
    try:
        app.reload()
        app.ax_find("heading", NAME)
        colour = colour_pixels(app, "heading", NAME, "emoji-offline")
        assert colour >= MIN_COLOUR_PIXELS, f"offline, emoji drawn without colour: {colour} px"
    finally:
        app.page.context.set_offline(False)
