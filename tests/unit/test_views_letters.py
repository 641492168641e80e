"""The pure helpers behind the Letters screens, checked without a browser.

The e2e test sees them through one English letter in an English app; here
every case is a line: the marks that keep an English letter left to right
in an Arabic app (and never reach what is saved or copied), what a field's
text saves, the blocks of the letter shown in the patient's language, and
the names that tell a screen reader which letter a control is for.
"""

from __future__ import annotations

from datetime import date

import pytest

from second_opinion.i18n.translator import Translator
from second_opinion.state.kinds.letters import LetterDraft, LetterKind, Signer
from second_opinion.state.letter_text import LetterFacts, write_letter
from second_opinion.ui.views.letters import (
    LRM,
    letter_language,
    marked,
    paragraphs,
    signer_lines,
    spoken,
    stored_language,
    to_keep,
    unmarked,
)

EN = Translator("en")
DAY = date(2026, 12, 1)
LETTER = write_letter(LetterKind.RECORDS, LetterFacts(), EN, DAY)


def test_every_line_of_text_is_held_left_to_right_and_empty_lines_stay_empty() -> None:
    assert marked("Dear records office,\n\n- Surgery report") == (
        f"{LRM}Dear records office,{LRM}\n\n{LRM}- Surgery report{LRM}")


@pytest.mark.parametrize("text", [LETTER, "", "\n", "one line", "مرحبا,\n\n(x)"])
def test_the_marks_come_off_again_and_nothing_else_does(text: str) -> None:
    assert unmarked(marked(text)) == text
    assert unmarked(text) == text


def test_a_line_split_while_typing_loses_its_marks_on_saving() -> None:
    # Enter in the middle of a marked line leaves one mark on each half.
    typed = f"{LRM}Dear records\noffice,{LRM}\n{LRM}Thank you,{LRM}"
    assert unmarked(typed) == "Dear records\noffice,\nThank you,"


def test_the_apps_own_letter_is_saved_as_nothing_changed() -> None:
    assert to_keep(LETTER, LETTER) == ""
    assert to_keep(marked(LETTER), LETTER) == ""
    edited = LETTER + "P.S. My own words.\n"
    assert to_keep(marked(edited), LETTER) == edited
    assert to_keep("", LETTER) == ""


def test_english_is_the_default_and_is_saved_as_nothing() -> None:
    assert letter_language(LetterDraft()) == "en"
    assert letter_language(LetterDraft(language="es")) == "es"
    assert stored_language("en") == ""
    assert stored_language("ar") == "ar"


def test_the_letter_reads_in_blocks_as_its_blank_lines_part_it() -> None:
    blocks = paragraphs(LETTER)
    assert blocks[0] == "December 1, 2026"
    assert "Please send me these papers:\n- " in "\n".join(blocks)
    assert all(block and not block.startswith("\n") and not block.endswith("\n")
               for block in blocks)
    assert "\n\n".join(blocks) == LETTER.strip("\n")


def test_a_control_says_which_letter_it_is_for() -> None:
    assert spoken(EN, "Copy", LetterKind.RECORDS) == "Copy: Asking for copies of my records"
    assert spoken(EN, "Open", LetterKind.JOINT_REVIEW) == (
        "Open: Asking both doctors to review my case together")


def test_the_patients_details_show_as_saved_and_only_when_saved() -> None:
    assert signer_lines(EN, Signer()) == []
    lines = signer_lines(EN, Signer(name="Ana López", birth_date="4/3/1961",
                                    phone="+20 2 1234 5678"))
    assert lines == ["Name: Ana López", "Date of birth: 4/3/1961",
                     "Phone: \u2066+20 2 1234 5678\u2069"]
