"""Markers that let ``pybabel extract`` find strings without translating them.

Content is defined once, at import, in English; it is translated when it is
shown, so a change of language applies at once.
"""


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for extraction; return it unchanged."""
    return message
