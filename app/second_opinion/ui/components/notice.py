"""A short message at the foot of the screen ("Copied", "Removed …" with Undo)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from second_opinion.content.landmarks import NOTICE

#: The messages shown and not yet closed by ``close_notices``. One list for
#: the process: the app has one page per Python (in the browser, on a phone).
_shown: list[ft.SnackBar] = []


def show_notice(message: str, action: str | None = None,
                on_action: Callable[[], Awaitable[None]] | None = None) -> None:
    """Show ``message`` in a SnackBar, with a button ``action`` if given.

    With an action the message stays, however slowly it is read, until the
    patient taps it, closes it or leaves the screen (``close_notices``).

    The words get a semantics node of their own, marked for the page
    (``assets/web/shell/landmarks.js``), which gives the message
    ``role="status"``: otherwise it is text outside every landmark
    (axe-core's ``region``). That node takes the words from the SnackBar's
    own live region, so it is the live region now, with the words as its
    label: Flutter's web engine speaks only a live region's label.
    """
    words = ft.Semantics(identifier=NOTICE, live_region=True, label=message,
                         exclude_semantics=True, content=ft.Text(message))
    notice = ft.SnackBar(words, action=action, on_action=on_action,
                         show_close_icon=action is not None)

    def dismissed() -> None:
        # By identity: two messages with the same words are equal dataclasses.
        _shown[:] = [shown for shown in _shown if shown is not notice]

    notice.on_dismiss = dismissed
    _shown.append(notice)
    ft.context.page.show_dialog(notice)


def close_notices() -> None:
    """Close every message shown: a screen opens or closes (``Screen``).

    Flutter keeps a SnackBar across screens: an Undo for one list sat at the
    foot of every other screen, home's too, and covered their last lines.
    """
    while _shown:
        notice = _shown.pop()
        if notice.open:
            notice.open = False
            notice.update()
