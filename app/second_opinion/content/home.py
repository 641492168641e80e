"""Home's words: the app's name, what it is for, and the parts of the guide.

The home screen shows them, and the build writes them, translated from the
same catalogs, into the page's first words (``tools/pwa.py``,
``assets/web/shell/first-words.js``), which a patient reads before Python
has started. One source, so the two cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass

from second_opinion.content.markers import N_


@dataclass(frozen=True)
class Part:
    """One part of the guide, as home lists it; ``id`` names its screen."""

    id: str
    title: str
    subtitle: str


NAME = N_("Second Opinion")
PURPOSE = N_("This app helps you get a second opinion about kidney cancer. "
             "It keeps your notes on this phone.")

PARTS = (
    Part("why", N_("Why a second opinion"), N_("What it is and why it helps")),
    Part("ask", N_("How to ask"), N_("Words you can use or show")),
    Part("get-one", N_("Getting one"), N_("Steps to take")),
    Part("prepare", N_("What to prepare"), N_("Papers for the new doctor")),
    Part("medicines", N_("My medicines"), N_("Names, doses and times")),
    Part("doctors", N_("Doctors and visits"), N_("Who you see and when")),
    Part("questions", N_("My questions"), N_("Your own questions and the answers")),
    Part("calls", N_("Calls to make"), N_("What to ask, and notes on each call")),
    Part("letters", N_("Letters"), N_("Ask for your records or a joint review")),
    Part("after", N_("After the second opinion"), N_("What to do and what to ask")),
    Part("summary", N_("Visit summary"), N_("Show or share it")),
    Part("settings", N_("Settings"), N_("Language, text size, colors")),
    Part("about", N_("About this app"), N_("Where the facts come from")),
)

#: Shown by the page until the app can be used.
OPENING = N_("Opening the app…")
#: The first visit's download, in words beside its bar.
# TRANSLATORS: e.g. "Downloading the app: 4.2 of 11.8 MB".
DOWNLOADING = N_("Downloading the app: {done} of {total} MB")
OFFLINE_AFTER = N_("You need a signal only this once. "
                   "After this download the app works with no signal.")
