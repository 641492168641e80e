"""Remove one item of a list, with Undo in a message at the bottom."""

from __future__ import annotations

from typing import Any

from second_opinion.i18n.translator import Translator
from second_opinion.state.collections import RecordList
from second_opinion.ui.components.notice import show_notice


async def remove_with_undo(records: RecordList[Any], uid: str, message: str,
                           t: Translator) -> None:
    """Remove ``uid`` and offer Undo, which puts it back where it was."""
    removed = await records.remove(uid)
    if removed is None:
        return

    async def undo() -> None:
        await records.put_back(removed)

    show_notice(message, action=t.gettext("Undo"), on_action=undo)
