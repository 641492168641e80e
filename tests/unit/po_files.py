"""The catalogs as translators edit them, for the tests that check them."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

LOCALES = Path(__file__).resolve().parents[2] / "locales"


def read_catalog(code: str) -> Catalog:
    """``locales/<code>/LC_MESSAGES/messages.po``."""
    with (LOCALES / code / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=code)


def read_template() -> Catalog:
    """``locales/messages.pot``."""
    with (LOCALES / "messages.pot").open("rb") as handle:
        return read_po(handle)
