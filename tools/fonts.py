"""Subset the fonts for Chinese, Korean and Arabic into ``assets/fonts/`` (run by hand).

Flet's web client ships only Roboto (Latin, Cyrillic, Vietnamese); offline,
Flutter cannot fetch its Noto fallbacks, so other scripts would show empty
boxes. Each font keeps every character of its language's catalog plus the
characters people commonly type in that language, so a patient's own notes
render too:

- Simplified Chinese: GB2312 level 1 (3,755 common hanzi);
- Traditional Chinese: Big5 level 1 (5,401 common hanzi);
- Korean: the 2,350 Hangul syllables of KS X 1001;
- Arabic: the Arabic blocks.

Sources are Debian's ``fonts-noto-cjk`` and ``fonts-noto-core`` (SIL Open
Font License). ``tests/unit/test_fonts.py`` fails when a catalog gains a
character its font lacks: then install those packages and run
``.venv/bin/python tools/fonts.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))  # the app's language registry, also when run as a script

from second_opinion.i18n.languages import languages  # noqa: E402

FONTS = ROOT / "assets" / "fonts"
LOCALES = ROOT / "locales"
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
ARABIC = Path("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf")

BASIC = {chr(c) for c in range(0x20, 0x7F)} | set("…“”‘’–—•·°×÷€£¥%")


def _decoded(encoding: str, first: range, second: range) -> set[str]:
    found = set()
    for high in first:
        for low in second:
            try:
                found.add(bytes([high, low]).decode(encoding))
            except UnicodeDecodeError:
                continue
    return found


def language_names() -> set[str]:
    """Every character of the registry's native language names."""
    return {char for language in languages() for char in language.name}


def common_characters(code: str) -> set[str]:
    if code == "names":
        return language_names()
    if code == "zh_Hans":
        chars = _decoded("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
    elif code == "zh_Hant":
        chars = _decoded("big5", range(0xA4, 0xC7), range(0x40, 0xFF))
    elif code == "ko":
        chars = _decoded("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))
    elif code == "ar":
        chars = {chr(c) for c in [*range(0x0600, 0x0700), *range(0x0750, 0x0780),
                                  *range(0xFE70, 0xFF00)]}
        return chars | BASIC
    else:
        return set(BASIC)
    punctuation = {chr(c) for c in [*range(0x3000, 0x3040), *range(0xFF00, 0xFF70)]}
    return chars | punctuation | BASIC


def catalog_characters(code: str) -> set[str]:
    """Every character of a language's catalog (its translations)."""
    from babel.messages.pofile import read_po

    po = LOCALES / code / "LC_MESSAGES" / "messages.po"
    if not po.exists():
        return set()
    with po.open("rb") as handle:
        catalog = read_po(handle)
    chars: set[str] = set()
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            chars.update(text or "")
    return chars


#: family -> (language code, source font, index in a collection or None)
#: "LanguageNamesCJK" holds only the glyphs of the languages' own names, so the
#: language pickers read right in any language (14 KB). Arabic is loaded whole.
TARGETS = {
    "LanguageNamesCJK": ("names", CJK, 2),
    "NotoSansSC": ("zh_Hans", CJK, 2),
    "NotoSansTC": ("zh_Hant", CJK, 3),
    "NotoSansKR": ("ko", CJK, 1),
    "NotoSansArabic": ("ar", ARABIC, None),
}


def _load(source: Path, index: int | None) -> TTFont:
    return TTCollection(str(source)).fonts[index] if index is not None else TTFont(str(source))


def write_subset(family: str, characters: Iterable[str]) -> Path:
    code, source, index = TARGETS[family]
    font = _load(source, index)
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in characters if not c.isspace() or c == " "})
    subsetter.subset(font)
    FONTS.mkdir(parents=True, exist_ok=True)
    target = FONTS / f"{family}.woff2"
    font.flavor = "woff2"
    font.save(str(target))
    return target


def main() -> None:
    for family, (code, _, _) in TARGETS.items():
        path = write_subset(family, common_characters(code) | catalog_characters(code))
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
