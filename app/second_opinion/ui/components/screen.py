"""The frame of every screen: title bar with back button, one scrolling column."""

from __future__ import annotations

import flet as ft

from second_opinion.content.landmarks import LANDMARK_BANNER, LANDMARK_MAIN, READ_ALONE
from second_opinion.ui.components.heading import Heading
from second_opinion.ui.components.notice import close_notices
from second_opinion.ui.components.save_status import SaveStatus
from second_opinion.ui.context import use_patient

MAX_WIDTH = 640


@ft.component
def Screen(route: str, title: str, controls: list[ft.Control],
           floating: ft.FloatingActionButton | None = None) -> ft.View:
    """A screen at ``route``; its title is the page's level-1 heading.

    The title sits at the top of the scrolling column, not in the app bar:
    the bar is one line high, and at 200% text long titles were cut off
    ("Your second-opinion do…"). The bar keeps the back button (the
    browser's back works too) and the save status, announced politely.
    A message at the foot of the screen belongs to the screen it was shown
    on: it closes when a screen opens or closes.
    """
    ft.use_effect(close_notices, dependencies=[], cleanup=close_notices)
    return ft.View(
        route=route,
        # Symmetric padding: "Saved" keeps clear of the edge in both directions.
        appbar=ft.AppBar(actions=[banner_landmark(SaveStatus(use_patient().saver))],
                         actions_padding=ft.Padding.symmetric(horizontal=16)),
        floating_action_button=floating,
        scroll=ft.ScrollMode.AUTO,
        padding=ft.Padding.symmetric(horizontal=16, vertical=12),
        controls=[
            ft.SafeArea(
                content=ft.Container(
                    content=ft.Column([main_landmark(Heading(title, level=1)), *controls],
                                      spacing=16),
                    width=MAX_WIDTH,
                ),
            )
        ],
        horizontal_alignment=ft.CrossAxisAlignment.CENTER,
    )


def main_landmark(marker: ft.Control) -> ft.Control:
    """``marker`` (the screen's title) marks the screen's content as its main landmark.

    ``assets/web/shell/landmarks.js`` gives ``role="main"`` to the largest
    node around the marker that does not hold the title bar: the screen's
    scrolling node. Only the title is wrapped: a semantics node around the
    whole content kept each child's box clipped as it was first drawn, so a
    control at the bottom edge stayed 20 px high for a screen reader however
    far the screen scrolled.
    """
    return ft.Semantics(identifier=LANDMARK_MAIN, container=True, content=marker)


def read_alone(content: ft.Control) -> ft.Control:
    """Text with nothing to focus that may scroll: the scrolling node takes focus.

    A keyboard scrolls only what has focus (axe-core's
    ``scrollable-region-focusable``); ``assets/web/shell/landmarks.js``
    gives the scrolling node around this marker ``tabindex="0"`` while it
    scrolls. Only here: on other screens a focusable scroller would be an
    extra Tab stop before controls Flutter has not built yet.
    """
    return ft.Semantics(identifier=READ_ALONE, container=True, content=content)


def banner_landmark(content: ft.Control) -> ft.Control:
    """A control of the title bar that marks the bar's own node as its banner landmark.

    An ``AppBar`` cannot be wrapped, but it is one semantics node (Flutter's
    ``AppBar`` is a semantics container): the page shell gives the node
    around this marker ``role="banner"``. Flutter drops a node whose box is
    empty, and "Saved" is empty until something is saved: a pixel of
    padding keeps the marker, which the main landmark needs to find the bar.
    """
    return ft.Semantics(identifier=LANDMARK_BANNER, container=True,
                        content=ft.Container(content=content, padding=1))
