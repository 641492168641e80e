"""The pure helpers behind Calls to make, checked without a browser.

The e2e test sees them through one call to the insurer and one office
phone; here each case is a line: which topic an address asks for, which
papers the records office is asked for, what a call's card says (its next
step is the card's checkbox, not a line), and an office's saved contact.
"""

from __future__ import annotations

import asyncio

import pytest

from second_opinion.i18n.translator import Translator
from second_opinion.state.kinds.calls import Call, CallTopic
from second_opinion.state.kinds.papers import RecordStatus
from second_opinion.state.patient import PatientData
from second_opinion.store.database import Store
from second_opinion.ui.views.calls import (
    OFFICE_GUIDES,
    call_lines,
    contact_lines,
    new_call,
    topic_in,
)

LRI, PDI = "\u2066", "\u2069"
EN = Translator("en")


@pytest.mark.parametrize(("route", "topic"), [
    ("/calls/new?topic=insurance", CallTopic.INSURANCE),
    ("/calls/new?topic=records", CallTopic.RECORDS),
    ("/calls/new?topic=second_office&x=1", CallTopic.SECOND_OFFICE),
    ("/calls/new?topic=other", CallTopic.OTHER),
    ("/calls/new", None),
    ("/calls/new?topic=", None),
    ("/calls/new?topic=pizza", None),
    ("", None),
])
def test_the_address_picks_the_topic_only_when_it_is_one(route: str,
                                                          topic: CallTopic | None) -> None:
    assert topic_in(route) == topic


def test_every_office_has_its_guide_and_every_guide_a_topic() -> None:
    assert {guide.id for guide in OFFICE_GUIDES.values()} == {"insurance", "records"}
    for guide in OFFICE_GUIDES.values():
        CallTopic(guide.id)


def test_the_records_office_is_asked_for_the_papers_not_yet_ready() -> None:
    patient = PatientData(Store.in_memory())
    assert len(patient.papers.to_gather()) == 6
    asyncio.run(patient.papers.set_status("pathology", RecordStatus.HAVE_IT))
    asyncio.run(patient.papers.set_status("operative", RecordStatus.NOT_NEEDED))
    asyncio.run(patient.papers.set_status("imaging", RecordStatus.REQUESTED))
    left = [item.id for item in patient.papers.to_gather()]
    assert "pathology" not in left and "operative" not in left
    assert "imaging" in left and len(left) == 4


def test_a_calls_card_reads_as_the_summary_without_its_next_step() -> None:
    call = Call(topic=CallTopic.INSURANCE, day="2026-12-01", time="09:15", who="Maria",
                reference="AB-123", said="They pay for it.", next_step="Send the form")
    title, lines = call_lines(EN, call)
    assert title == "Health insurance plan: December 1, 2026 at 9:15\u202fAM"
    assert lines == ("Spoke with: Maria", "Reference number: AB-123",
                     "What they said: They pay for it.")


def test_a_call_with_nothing_typed_is_its_topic_alone() -> None:
    assert call_lines(EN, Call(topic=CallTopic.OTHER)) == ("Someone else", ())


def test_a_new_call_is_today_and_now_to_the_topic_asked() -> None:
    call = new_call(CallTopic.RECORDS)
    assert call.topic is CallTopic.RECORDS
    assert call.checked() == call  # its day and time are in the stored shapes
    assert len(call.day) == 10 and len(call.time) == 5


def test_an_office_shows_what_was_saved_with_its_phone_left_to_right() -> None:
    assert contact_lines(EN, "Blue Shield", "+1 555 0100", "1 Main St") == [
        "Name: Blue Shield", f"Phone: {LRI}+1 555 0100{PDI}", "Address: 1 Main St"]
    assert contact_lines(EN, "", "555 0100") == [f"Phone: {LRI}555 0100{PDI}"]
    assert contact_lines(EN, "", "") == []
