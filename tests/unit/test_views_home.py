"""Home lists every part of ``content.home`` with an icon and a screen."""

from __future__ import annotations

from second_opinion.content import home
from second_opinion.ui import routes
from second_opinion.ui.views.home import PART_ICONS


def test_every_part_has_an_icon_and_its_own_screen() -> None:
    assert list(PART_ICONS) == [part.id for part in home.PARTS]
    screens = [screen for _, screen in PART_ICONS.values()]
    assert len(set(screens)) == len(screens)
    assert routes.HOME not in screens
