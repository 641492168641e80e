"""All English text is at or below US grade 6 (Flesch-Kincaid), as the AMA advises.

Checked over every message the app shows (``locales/messages.pot``, which
``test_catalogs`` keeps in step with the code). textstat 0.7.4 is used because
later releases download a dictionary at run time.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # textstat 0.7.4 imports the deprecated pkg_resources
    import textstat

POT = Path(__file__).resolve().parents[2] / "locales" / "messages.pot"
MAX_GRADE = 6.0
#: Below this many words a grade formula says little ("Pathology report" scores 17).
MIN_WORDS = 10


def english_messages() -> list[str]:
    with POT.open("rb") as handle:
        catalog = read_po(handle)
    texts: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts.extend(str(text) for text in ids)
    return texts


def plain(text: str) -> str:
    """Placeholders read as one short word, as they do on screen."""
    return re.sub(r"\{[^}]*\}", "it", text)


@pytest.mark.parametrize("text", [t for t in english_messages()
                                  if len(t.split()) >= MIN_WORDS])
def test_each_longer_message_is_grade_6_or_lower(text: str) -> None:
    grade = textstat.flesch_kincaid_grade(plain(text))
    assert grade <= MAX_GRADE, f"grade {grade}: {text}"


def test_all_text_together_is_grade_6_or_lower() -> None:
    corpus = " ".join(plain(text) for text in english_messages())
    assert textstat.flesch_kincaid_grade(corpus) <= MAX_GRADE


def test_the_check_can_fail() -> None:
    hard = ("Multidisciplinary oncological consultation facilitates comprehensive "
            "evaluation of therapeutic alternatives for nephrological malignancies.")
    assert textstat.flesch_kincaid_grade(hard) > MAX_GRADE
