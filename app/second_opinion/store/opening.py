"""Open the store where this platform keeps app data."""

from __future__ import annotations

from second_opinion.store.database import Store
from second_opinion.store.location import data_file, in_browser


async def open_store() -> Store:
    """The patient's store: IndexedDB-backed in the page, a file elsewhere."""
    path = data_file()
    if not in_browser():
        return Store.open_file(path)
    from second_opinion.store import browser

    await browser.mount(path.parent)
    sync = browser.BrowserSync()
    # The in-memory file system gains nothing from fsync; IndexedDB is the disk.
    return Store.open_file(path, sync.flush, fsync=False)
