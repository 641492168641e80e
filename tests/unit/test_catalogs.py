"""Every language's catalog is complete, correct in form, and compiles."""

from __future__ import annotations

import io
import string
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural

from second_opinion.i18n.languages import languages
from tests.unit.po_files import read_catalog, read_template

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "locales"
TRANSLATED = [language.code for language in languages() if language.code != "en"]


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_template_is_up_to_date_with_the_code() -> None:
    """The .pot holds every marked string (run `make catalogs` when this fails)."""
    from tools import catalogs

    before = (LOCALES / "messages.pot").read_bytes()
    catalogs.extract()
    after = (LOCALES / "messages.pot").read_bytes()
    assert before == after, "locales/messages.pot is stale: run `make catalogs`"


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalog_is_complete_and_not_fuzzy(code: str) -> None:
    catalog = read_catalog(code)
    template_ids = {m.id for m in read_template() if m.id}
    ids = {m.id for m in catalog if m.id}
    assert template_ids - ids == set(), "missing messages"
    problems = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            problems.append(f"untranslated or fuzzy: {message.id!r}")
    assert problems == []


def _texts(value: object) -> tuple[str, ...]:
    """A message's id or string as a tuple of texts (plural messages have several)."""
    if isinstance(value, (tuple, list)):
        return tuple(str(v or "") for v in value)
    return (str(value or ""),)


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_match_english(code: str) -> None:
    problems = []
    for message in read_catalog(code):
        if not message.id:
            continue
        ids = _texts(message.id)
        expected = set().union(*(_placeholders(i) for i in ids))
        strings = _texts(message.string)
        for text in strings:
            found = _placeholders(text)
            # A plural form may leave out the count (e.g. Arabic "one" form).
            if not found <= expected or (len(strings) == 1 and found != expected):
                problems.append(f"{message.id!r}: {text!r}")
    assert problems == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_plural_forms_follow_cldr(code: str) -> None:
    """The header has Babel's CLDR-based rule; every plural message has that many forms."""
    catalog = read_catalog(code)
    rule = get_plural(code)
    assert catalog.num_plurals == rule.num_plurals
    assert rule.plural_expr.replace(" ", "") in catalog.plural_forms.replace(" ", "")
    for message in catalog:
        if message.pluralizable and message.id:
            assert len(_texts(message.string)) == rule.num_plurals, message.id


def test_arabic_has_six_plural_forms() -> None:
    assert read_catalog("ar").num_plurals == 6


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalog_compiles(code: str) -> None:
    write_mo(io.BytesIO(), read_catalog(code))
