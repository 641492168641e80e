"""Every catalog uses its glossary term wherever the English term appears.

The terms live in one place, the tables of ``locales/GLOSSARY.md``; this test
parses them (see "How the test reads this file" there).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from second_opinion.i18n.languages import languages
from tests.unit.po_files import read_catalog, read_template

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "locales"
GLOSSARY = LOCALES / "GLOSSARY.md"
TRANSLATED = [language.code for language in languages() if language.code != "en"]
KEY_TERMS = [
    "second opinion", "pathology report", "discharge summary", "surgery report", "scans",
    "treatment plan", "backup", "restore", "account",
]

_CODE, _TERM, _ALSO = 2, 3, 4  # columns of "| Language | Code | Term | Also accepted | Note |"
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")  # short vowels, tanween, shadda, sukun
_SPACES = re.compile(r"\s+")


@dataclass
class Term:
    english: str
    english_forms: list[str]
    forms: dict[str, list[str]]  # language code -> the term first, then the other accepted forms

    def pattern(self) -> re.Pattern[str]:
        alternatives = (r"\s+".join(map(re.escape, form.split())) for form in self.english_forms)
        return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def _backticked(text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", text)


@cache
def glossary() -> dict[str, Term]:
    """The terms in GLOSSARY.md, by English term (its ``##`` heading)."""
    terms: dict[str, Term] = {}
    current: Term | None = None
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            heading = line[3:].strip()
            current = Term(heading, [], {}) if heading in KEY_TERMS else None
            if current is not None:
                terms[heading] = current
        elif current is None:
            continue
        elif line.startswith("English forms:"):
            current.english_forms = _backticked(line)
        elif line.startswith("|") and not line.startswith("|---"):
            cells = line.split("|")
            code = cells[_CODE].strip().strip("`")
            if code == "Code":
                continue
            current.forms[code] = _backticked(cells[_TERM]) + _backticked(cells[_ALSO])
    return terms


def normalize(text: str) -> str:
    """Text as the glossary compares it: NFC, any case, no Arabic vowel marks, plain spaces."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _ARABIC_MARKS.sub("", text).replace("\u2019", "'")
    return _SPACES.sub(" ", text)


def uses(text: str, forms: list[str]) -> bool:
    """Whether ``text`` contains one of ``forms`` (a trailing ``…`` marks a stem)."""
    return any(normalize(form.removesuffix("…")) in normalize(text) for form in forms)


def _texts(value: object) -> tuple[str, ...]:
    """A message's id or string as a tuple of texts (plural messages have several)."""
    if isinstance(value, (tuple, list)):
        return tuple(str(v or "") for v in value)
    return (str(value or ""),)


def test_glossary_has_every_key_term_for_every_language() -> None:
    terms = glossary()
    assert list(terms) == KEY_TERMS, "GLOSSARY.md needs one '## <term>' section per key term"
    for term in terms.values():
        assert term.english_forms, f"{term.english!r}: no 'English forms:' line"
        assert sorted(term.forms) == sorted(TRANSLATED), f"{term.english!r}: languages differ"
        for code, forms in term.forms.items():
            assert forms, f"{term.english!r}: no term for {code}"


def test_every_english_form_list_finds_a_message() -> None:
    """A glossary entry whose English forms match nothing checks nothing (a typo?)."""
    ids = [text for message in read_template() if message.id for text in _texts(message.id)]
    for term in glossary().values():
        assert any(term.pattern().search(text) for text in ids), (
            f"no msgid in messages.pot contains {term.english_forms}"
        )


def test_matching_rules() -> None:
    assert uses("Восстановить эту резервную копию?", ["резервную копию"])
    assert uses("Se restauró su copia de seguridad.", ["restaur…"])
    assert uses("يساعدك على الحصول على رأي ثانٍ", ["رأي ثان"])
    assert uses("Comment avez-vous choisi ce plan de traitement\u00a0?", ["plan de traitement"])
    assert not uses("Comment avez-vous choisi ce traitement ?", ["plan de traitement"])
    scans = Term("scans", ["scan", "scans"], {})
    assert scans.pattern().search("The reports from your SCANS")
    assert not scans.pattern().search("A scanner")
    plan = Term("treatment plan", ["treatment plan"], {})
    assert plan.pattern().search("this treatment\nplan")


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalog_uses_its_glossary_terms(code: str) -> None:
    problems = []
    for message in read_catalog(code):
        if not message.id:
            continue
        english = " ".join(_texts(message.id))
        for term in glossary().values():
            if not term.pattern().search(english):
                continue
            forms = term.forms[code]
            for text in _texts(message.string):
                if not uses(text, forms):
                    problems.append(
                        f"[{code}] msgid {message.id!r} contains {term.english!r}, so the "
                        f"translation must use {forms[0]!r} (or an accepted form: {forms[1:]}) "
                        f"as in locales/GLOSSARY.md; msgstr is {text!r}"
                    )
    assert problems == [], "\n".join(problems)
