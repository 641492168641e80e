"""Semantics identifiers that the page turns into ARIA landmarks.

Flet 1.0.5's ``Semantics`` has no role, but its ``identifier`` reaches the
page as a ``flt-semantics-identifier`` attribute. The screen frame
(``ui/components/screen.py``) marks its content and its title bar with
these; ``assets/web/shell/landmarks.js`` (where the build writes them in
place of ``__LANDMARK_MAIN__`` and ``__LANDMARK_BANNER__``) gives the marked
nodes ``role="main"`` and ``role="banner"``.
"""

from __future__ import annotations

#: On the node around a screen's content: it becomes the main landmark.
LANDMARK_MAIN = "landmark-main"
#: On a node inside the title bar: the title bar's own node becomes the banner.
LANDMARK_BANNER = "landmark-banner"
#: Around text alone that may scroll (the "Please read" words): the page lets
#: the scrolling node around it take keyboard focus, so a keyboard can scroll.
READ_ALONE = "read-alone"
#: On a short message at the foot of the screen (a SnackBar): the page gives
#: the message's own node ``role="status"``, so it is not text outside every
#: landmark (axe-core's ``region``).
NOTICE = "notice"
