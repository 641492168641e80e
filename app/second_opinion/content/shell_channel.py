"""The name of the channel between the app and the web page around it.

In the browser, Python runs in a worker and posts messages on a
``BroadcastChannel`` of this name (``ui/web_shell.py``); the page listens on
it (``assets/web/shell/page-bridge.js``, where the build writes the name in
place of ``__SHELL_CHANNEL__``). ``tests/unit/test_shell_facts.py`` fails if
the name is written anywhere else.
"""

from __future__ import annotations

SHELL_CHANNEL = "second-opinion-shell"

#: The ``localStorage`` key of the start snapshot (``ui/web_shell.py``
#: ``save_start``), written by ``page-bridge.js`` and read by
#: ``first-words.js`` in place of ``__START_KEY__``.
START_KEY = "second-opinion-start"
