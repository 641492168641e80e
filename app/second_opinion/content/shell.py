"""Texts of the web page around the app (the update banner), for the build."""

from second_opinion.content.markers import N_

SHELL_STRINGS = {
    "update_ready": N_("A new version of the app is ready. Your notes are safe."),
    "update_now": N_("Update now"),
}
