"""Messages the screens share, worded once, with context for translators."""

from __future__ import annotations

from second_opinion.i18n.translator import Translator


def too_long(t: Translator, limit: int) -> str:
    """E.g. "This is too long. Keep it under 200 letters." — for every field."""
    # TRANSLATORS: under any text field whose text is too long to save; what was
    # typed stays in the field. {limit} is a number of letters (characters).
    return t.pgettext("error under a text field",
                      "This is too long. Keep it under {limit} letters.").format(limit=limit)
