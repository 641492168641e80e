"""Every point of the source page maps to the content item that covers it.

The source is the Kidney Cancer Association's page "Getting a Second Opinion"
(``tests/data/kca-getting-a-second-opinion.txt``). If a line of the page has
no entry here, or an entry names an item that no longer exists, this fails:
nothing of the page can drop out of the app unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from second_opinion.content import guide

SOURCE = Path(__file__).resolve().parents[1] / "data" / "kca-getting-a-second-opinion.txt"

#: Start of each line of the source page -> where the app says it ("kind:id").
COVERAGE = {
    "Getting a Second Opinion": ["about:source_title"],
    "What is a second opinion?": ["section:what_is"],
    "A second opinion is when you ask another doctor": ["section:what_is"],
    "- You want to know every possible choice": ["reason:all_choices"],
    "- Your doctor doesn’t know what’s wrong": ["reason:not_sure"],
    "- Your diagnosis is unusual": ["reason:rare"],
    "- Your doctor doesn’t specialize": ["reason:not_expert"],
    "- You find it hard to talk": ["reason:hard_to_talk"],
    "- Your treatment center doesn’t have a multidisciplinary": ["reason:no_team"],
    "How to ask for a second opinion": ["section:ask"],
    "Most doctors welcome a second opinion.": ["section:ask"],
    "- “I want to make sure we don’t miss": ["phrase:miss_nothing"],
    "- “I’ve heard that second opinions": ["phrase:heard_helpful"],
    "- “Would it be all right": ["phrase:all_right"],
    "- “Who would you contact": ["phrase:who_would_you"],
    "If possible, get one": ["section:get_one"],
    "If you want a second opinion, take the time": ["section:get_one"],
    "- Find out if your health insurance plan": ["step:insurance"],
    "- Your doctor or your insurance company": ["step:specialist", "link:finder"],
    "- Make sure you get copies": ["step:copies"],
    "What to prepare": ["section:prepare"],
    "Be ready to give the new doctor:": ["section:prepare"],
    "- Imaging reports": ["record:imaging"],
    "- A copy of your pathology report": ["record:pathology"],
    "- If you had surgery": ["record:operative"],
    "- If you were in the hospital": ["record:discharge"],
    "- A summary of your doctor’s recommended": ["record:treatment_plan"],
    "- A list of all your medicines": ["record:medicine_list"],
    "After the second opinion": ["section:agree", "section:differ"],
    "If the second doctor agrees with the first": ["section:agree", "section:differ"],
    "- Make an appointment with your first doctor": ["section:differ"],
    "- Ask both doctors to explain": ["question:how_decided"],
    "- Ask them how they interpreted": ["question:test_results"],
    "- Ask what research studies": ["question:guidelines", "link:nccn", "link:nci"],
    "- Ask what they have recommended": ["question:other_patients"],
    "- Ask if it is possible for the 2 doctors": ["question:together"],
    "References:": ["about:source_title"],
    "Information on this page last reviewed": ["about:reviewed"],
    "Keep Learning:": ["link:kca"],
    "The Kidney Cancer Association provides": ["link:kca"],
}


def source_lines() -> list[str]:
    return [line.strip() for line in SOURCE.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def content_ids() -> set[str]:
    sections = (guide.WHAT_IS, guide.ASK_INTRO, guide.GET_ONE, guide.PREPARE_INTRO,
                guide.AFTER_AGREE, guide.AFTER_DIFFER, guide.ABOUT, guide.PRIVACY)
    ids = {f"section:{s.id}" for s in sections}
    ids |= {f"reason:{r.id}" for r in guide.REASONS}
    ids |= {f"phrase:{p.id}" for p in guide.PHRASES}
    ids |= {f"step:{s.id}" for s in guide.STEPS}
    ids |= {f"record:{r.id}" for r in guide.RECORDS}
    ids |= {f"question:{q.id}" for q in guide.QUESTIONS}
    ids |= {f"link:{link.id}" for link in guide.LINKS}
    if guide.SOURCE_TITLE:
        ids.add("about:source_title")
    if guide.SOURCE_REVIEWED.year == 2025 and guide.SOURCE_REVIEWED.month == 1:
        ids.add("about:reviewed")
    return ids


def covering(line: str) -> list[str]:
    matches = [key for key in COVERAGE if line.startswith(key)]
    return COVERAGE[max(matches, key=len)] if matches else []


@pytest.mark.parametrize("line", source_lines())
def test_each_line_of_the_source_is_covered(line: str) -> None:
    items = covering(line)
    assert items, f"No content item covers: {line!r}"
    missing = [item for item in items if item not in content_ids()]
    assert missing == [], f"{line!r} maps to items that do not exist: {missing}"


def test_the_counts_match_the_source() -> None:
    """Six reasons, four ways to ask, three steps, six papers, five questions."""
    assert (len(guide.REASONS), len(guide.PHRASES), len(guide.STEPS), len(guide.RECORDS),
            len(guide.QUESTIONS)) == (6, 4, 3, 6, 5)


def test_every_mapping_is_used() -> None:
    lines = source_lines()
    unused = [key for key in COVERAGE if not any(line.startswith(key) for line in lines)]
    assert unused == []


def test_ids_are_unique_within_each_kind() -> None:
    for items in (guide.REASONS, guide.PHRASES, guide.STEPS, guide.RECORDS, guide.QUESTIONS,
                  guide.LINKS):
        ids = [item.id for item in items]
        assert len(ids) == len(set(ids))


def test_the_finder_link_goes_to_the_kca_finder() -> None:
    specialist = next(step for step in guide.STEPS if step.id == "specialist")
    assert specialist.link is not None
    assert specialist.link.url == "https://www.kidneycancer.org/treatment-center-finder/"
