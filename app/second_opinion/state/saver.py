"""The one owner of "Saving… / Saved / Could not save", for every write.

Records, settings, restoring a backup and deleting everything all write
through ``Saver.write``: it is the only code that sets the state, so no path
can leave "Saving…" on screen. A write that fails says "Could not save" and
returns ``False``; what the person typed stays on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

import flet as ft

from second_opinion.store.database import Store


class SaveState(StrEnum):
    IDLE = "idle"
    SAVING = "saving"
    SAVED = "saved"
    FAILED = "failed"


class Saver(ft.Observable):
    """Its own observable: "Saving…" redraws only the status line, not the screens."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.state = SaveState.IDLE
        self._in_flight = 0

    @property
    def failed(self) -> bool:
        """The last write could not be saved: the next one must not be skipped."""
        return self.state is SaveState.FAILED

    async def write(self, change: Callable[[Store], None]) -> bool:
        """Apply ``change`` to the store and wait until it is durable.

        "Saved" only once no other write is still on its way: with two quick
        taps the first write can finish while the second is still going, and
        saying "Saved" then would be a lie if the page closed.
        """
        self.state = SaveState.SAVING
        self._in_flight += 1
        try:
            change(self.store)
            await self.store.saved()
        except OSError:
            self.state = SaveState.FAILED
            return False
        except BaseException:
            self.state = SaveState.FAILED
            raise
        finally:
            self._in_flight -= 1
        if self._in_flight == 0 and self.state is SaveState.SAVING:
            self.state = SaveState.SAVED
        return True
