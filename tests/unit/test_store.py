"""The store: atomic writes, schema version, and data that survives reopening."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from second_opinion.store import schema
from second_opinion.store.database import Store
from second_opinion.store.opening import StoreProblem, open_file_safely
from second_opinion.store.storage import AtomicJSONStorage


def test_value_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    store = Store.open_file(path)
    store.put("records", "pathology", {"status": "have_it"})
    store.close()
    reopened = Store.open_file(path)
    assert reopened.get("records", "pathology") == {"status": "have_it", "key": "pathology"}


def test_text_is_kept_exactly_as_typed(tmp_path: Path) -> None:
    typed = "دواء 💊 <b>not bold</b> & \"quotes\" \u200f" + "x" * 3000
    store = Store.open_file(tmp_path / "data.json")
    store.put("medicines", "list", {"items": [{"name": typed}]})
    assert Store.open_file(tmp_path / "data.json").get("medicines", "list") == {
        "items": [{"name": typed}], "key": "list"}


def test_new_store_records_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    Store.open_file(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert schema.version_of(data) == schema.SCHEMA_VERSION


def test_data_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_text(json.dumps({"meta": {"1": {"schema": schema.SCHEMA_VERSION + 1}}}))
    with pytest.raises(schema.NewerDataError):
        Store.open_file(path)


def test_write_replaces_file_without_leaving_temporary(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    storage = AtomicJSONStorage(path)
    storage.write({"t": {"1": {"a": 1}}})
    storage.write({"t": {"1": {"a": 2}}})
    assert json.loads(path.read_text()) == {"t": {"1": {"a": 2}}}
    assert [p.name for p in tmp_path.iterdir()] == ["data.json"]


def test_failed_write_keeps_old_file(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    storage = AtomicJSONStorage(path)
    storage.write({"t": {"1": {"a": 1}}})
    with pytest.raises(TypeError):
        storage.write({"t": {"1": {"a": object()}}})  # not JSON: fails mid-write
    assert json.loads(path.read_text()) == {"t": {"1": {"a": 1}}}


def test_saved_waits_for_flush() -> None:
    flushed: list[bool] = []

    async def flush() -> None:
        flushed.append(True)

    from tinydb import TinyDB
    from tinydb.storages import MemoryStorage

    store = Store(TinyDB(storage=MemoryStorage), flush)
    store.put("steps", "insurance", {"done": True})
    asyncio.run(store.saved())
    assert flushed == [True]


def test_delete_and_drop_everything() -> None:
    store = Store.in_memory()
    store.put("records", "a", {"status": "to_do"})
    store.delete("records", "a")
    assert store.get("records", "a") is None
    store.put("records", "b", {"status": "to_do"})
    store.drop_everything()
    assert store.all("records") == []


@pytest.mark.parametrize(("content", "problem"), [
    ('{"records": {"1": {"key": "pathology", "stat', StoreProblem.UNREADABLE),
    ("[1, 2, 3]", StoreProblem.UNREADABLE),
    (b"\xff\xfe\x00garbage", StoreProblem.UNREADABLE),
    ('{"meta": {"1": {"schema": 99}}}', StoreProblem.NEWER),
])
def test_unreadable_data_is_kept_aside_and_the_app_starts_fresh(
        tmp_path: Path, content: str | bytes, problem: StoreProblem) -> None:
    path = tmp_path / "second-opinion.json"
    raw = content if isinstance(content, bytes) else content.encode()
    path.write_bytes(raw)
    opened = open_file_safely(path)
    assert opened.problem is problem
    assert opened.kept_copy is not None and opened.kept_copy.read_bytes() == raw
    opened.store.put("records", "pathology", {"status": "have_it"})
    assert Store.open_file(path).get("records", "pathology") == {
        "status": "have_it", "key": "pathology"}


def test_readable_data_opens_without_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "second-opinion.json"
    Store.open_file(path).put("steps", "insurance", {"done": True})
    opened = open_file_safely(path)
    assert opened.problem is None and opened.kept_copy is None
    assert opened.store.get("steps", "insurance") == {"done": True, "key": "insurance"}
    assert list(tmp_path.iterdir()) == [path]


def test_a_browser_that_refuses_storage_gives_a_working_store_that_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Private mode or a full disk: IndexedDB cannot be mounted."""
    from second_opinion.store import browser, opening

    async def refuse(folder: Path) -> None:
        raise OSError("IndexedDB is not available")

    monkeypatch.setattr(opening, "in_browser", lambda: True)
    monkeypatch.setattr(opening, "data_file", lambda: tmp_path / "data.json")
    monkeypatch.setattr(browser, "mount", refuse)
    opened = asyncio.run(opening.open_store())
    assert opened.problem is StoreProblem.NOT_KEPT
    opened.store.put("records", "pathology", {"status": "have_it"})
    assert opened.store.get("records", "pathology") == {"status": "have_it", "key": "pathology"}
    assert not (tmp_path / "data.json").exists()


def test_quick_writes_get_later_times_for_the_indexeddb_sync(tmp_path: Path) -> None:
    """IDBFS copies a file only when its time changed (to the millisecond)."""
    from second_opinion.store.storage import AtomicJSONStorage

    storage = AtomicJSONStorage(tmp_path / "db.json", fsync=False)
    times = []
    for number in range(5):
        storage.write({"t": {"1": {"n": number}}})
        times.append((tmp_path / "db.json").stat().st_mtime_ns // 1_000_000)
    assert times == sorted(set(times)), times  # strictly later each time
