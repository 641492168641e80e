"""Messages from the app to the web page around it.

In the browser, Python runs in a web worker: it cannot touch the page's
``document`` or call ``window.print()``. It posts small JSON messages on a
``BroadcastChannel`` (its name is in ``content/shell_channel.py``) that
``assets/web/shell/page-bridge.js`` listens to. On desktop and mobile there
is no page and these calls do nothing.
"""

from __future__ import annotations

import json
import sys

from second_opinion.content.shell_channel import SHELL_CHANNEL


def in_browser() -> bool:
    return sys.platform == "emscripten"


def _post(message: dict[str, object]) -> bool:
    if not in_browser():
        return False
    import js  # type: ignore[import-not-found]  # Pyodide's bridge to JavaScript

    channel = js.BroadcastChannel.new(SHELL_CHANNEL)
    channel.postMessage(json.dumps(message))
    channel.close()
    return True


def set_language(code: str, rtl: bool, font: str | None = None) -> None:
    """The page's ``lang`` and ``dir``, so screen readers pronounce it right.

    ``font`` is the language's own font file: the service worker keeps it for
    offline use (it is not downloaded ahead for every language).
    """
    _post({"type": "language", "lang": code.replace("_", "-"), "dir": "rtl" if rtl else "ltr",
           "font": f"fonts/{font}.woff2" if font else ""})


def print_text(text: str, lang: str, rtl: bool) -> bool:
    """Print ``text`` as plain text through the browser's print dialog."""
    return _post({"type": "print", "text": text, "lang": lang.replace("_", "-"),
                  "dir": "rtl" if rtl else "ltr"})


def save_start(**facts: object) -> None:
    """Part of the start snapshot: what the page needs to show the first words.

    The page keeps it in ``localStorage`` (``assets/web/shell/page-bridge.js``)
    and reads it at the next start, before Python runs
    (``first-words.js``): the language and whether it was chosen, text size,
    contrast, light or dark, and the progress line. Nothing else goes there.
    """
    _post({"type": "start", **facts})
