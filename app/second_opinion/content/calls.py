"""Calls to make: whom a patient calls for a second opinion, and what to ask each.

``id`` matches the call log's topic (``state/kinds/calls.CallTopic``). The
records office's questions also name the papers still to do, which the
screen adds from the checklist.
"""

from __future__ import annotations

from dataclasses import dataclass

from second_opinion.content.markers import N_


@dataclass(frozen=True)
class CallGuide:
    id: str
    title: str
    intro: str
    to_ask: tuple[str, ...]


INTRO = N_("A second opinion often takes a few calls. Here is what to ask. "
           "Write down each call, so you know who said what.")

INSURANCE = CallGuide(
    "insurance",
    N_("Your health insurance plan"),
    N_("Call the number on your insurance card."),
    (
        N_("Will my plan pay for a second opinion?"),
        N_("Do I need a referral or an approval first?"),
        N_("Which kidney cancer experts are in my plan's network?"),
        N_("How much will I have to pay?"),
    ),
)

RECORDS = CallGuide(
    "records",
    N_("The records office of your first hospital"),
    N_("Ask for copies of your papers to send to the new doctor."),
    (
        N_("How do I ask for copies of my records?"),
        N_("How long will it take?"),
        N_("Is there a fee?"),
        N_("Can I get a CD with the pictures from my scans?"),
    ),
)

SECOND_OFFICE = CallGuide(
    "second_office",
    N_("The second-opinion doctor's office"),
    N_("Ask what they need before your visit."),
    (
        N_("What should I send, and by what day?"),
        N_("Where should I send it?"),
        N_("What is the date and time of my visit?"),
    ),
)

GUIDES = (INSURANCE, RECORDS, SECOND_OFFICE)

#: The records office's list of papers still to gather, before the papers' names.
PAPERS_TO_ASK_FOR = N_("Papers you still need:")
