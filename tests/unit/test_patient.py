"""A change is in the state and shown (observers notified) at once; "Saved" waits for durability."""

from __future__ import annotations

import asyncio

from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from second_opinion.state.kinds.papers import RecordStatus
from second_opinion.state.patient import PatientData
from second_opinion.state.saver import SaveState
from second_opinion.store.database import Store


class Gate:
    """A flush that waits until the test opens it, like IndexedDB taking its time."""

    def __init__(self) -> None:
        self.open = asyncio.Event()
        self.started = 0

    async def __call__(self) -> None:
        self.started += 1
        await self.open.wait()


def test_a_change_is_published_at_once_and_a_quick_second_edit_is_kept() -> None:
    async def scenario() -> None:
        gate = Gate()
        patient = PatientData(Store(TinyDB(storage=MemoryStorage), gate))
        published: list[object] = []

        def listener(sender: object, name: object) -> None:
            published.append(name)

        card = patient.papers.cell("pathology")
        card.subscribe(listener)  # held weakly: keep a name
        other_card = patient.papers.cell("imaging")
        other_card.subscribe(lambda sender, name: published.append(("imaging", name)))

        papers = patient.papers
        status = asyncio.create_task(papers.set_status("pathology", RecordStatus.HAVE_IT))
        while gate.started < 1:
            await asyncio.sleep(0)
        # In the state and told to observers at once, so the next intent and
        # every redraw build on it; "Saved" still waits for the write.
        assert card.value.status is RecordStatus.HAVE_IT
        assert patient.saver.state is SaveState.SAVING
        assert published == ["value"], "only the changed paper's card hears of it"

        note = asyncio.create_task(papers.set_note("pathology", "Asked Dr. Lee"))
        while gate.started < 2:
            await asyncio.sleep(0)
        gate.open.set()
        await asyncio.gather(status, note)

        assert patient.saver.state is SaveState.SAVED
        reopened = PatientData(patient.saver.store)
        assert reopened.papers.get("pathology").status is RecordStatus.HAVE_IT
        assert reopened.papers.get("pathology").note == "Asked Dr. Lee"

    asyncio.run(scenario())


class OneAtATime:
    """Each flush waits for its own release, so writes finish in turn."""

    def __init__(self) -> None:
        self.waiting: list[asyncio.Event] = []

    async def __call__(self) -> None:
        release = asyncio.Event()
        self.waiting.append(release)
        await release.wait()


def test_saved_is_said_only_when_no_write_is_still_going() -> None:
    async def scenario() -> None:
        flushes = OneAtATime()
        patient = PatientData(Store(TinyDB(storage=MemoryStorage), flushes))
        papers = patient.papers
        first = asyncio.create_task(papers.set_status("pathology", RecordStatus.HAVE_IT))
        second = asyncio.create_task(papers.set_status("surgery", RecordStatus.HAVE_IT))
        while len(flushes.waiting) < 2:
            await asyncio.sleep(0)

        flushes.waiting[0].set()
        await first
        assert patient.saver.state is SaveState.SAVING, "the second change is not durable yet"

        flushes.waiting[1].set()
        await second
        assert patient.saver.state is SaveState.SAVED

    asyncio.run(scenario())
