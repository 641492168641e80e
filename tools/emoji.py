"""Colour emoji from our own origin, at the paths Flutter's font fallback asks for.

When a text holds a character no loaded font has, CanvasKit looks it up in
Flutter's table of Google's split Noto fonts and fetches the chosen split
from ``fontFallbackBaseUrl`` (Flet: ``assets/fonts/``). For emoji that is
``assets/fonts/notocoloremoji/v32/<id>.<n>.woff2``, twelve splits whose
code points overlap (🙂 is in splits 9 and 10; which one is fetched depends on
the other missing characters). Without files there the request 404s and the
emoji is drawn as a box.

The build reads the splits and the code points each covers from
``main.dart.js`` itself (the engine's packed table, decoded as
``font_fallbacks.dart`` does) and writes, at each split's path, the common set
below cut to that split's code points, from Debian's ``fonts-noto-color-emoji``
(``NotoColorEmoji.ttf``, CBDT colour bitmaps, SIL Open Font License). Whatever
split Flutter picks then has the glyph. The files are never precached: the
service worker keeps each one the first time the page draws an emoji from it.

The common set is what a patient is likely to type in a note: the faces,
hands and hearts that lead Unicode's emoji frequency list, plus health, time,
check and a few everyday symbols (``COMMON_GROUPS``, 427 code points, no
sequences). Sequences cost most of the bytes (with them the faces-and-hands
split alone is 1.6 MB instead of 0.5 MB), so a hand with a skin tone shows
the plain hand and the tone's colour swatch, and a joined emoji its parts
(👨‍⚕️ as 👨⚕). All ten files: 0.95 MB; brotli gains nothing (the glyphs are
PNG). No split holds U+FE0F, so Flutter logs "Could not find a set of Noto
fonts to display all missing characters" for ❤️; the heart still draws.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf")
INSTALL_HINT = "apt-get install fonts-noto-color-emoji (or: make emoji-font)"
#: Where Flet points Flutter's font fallback (``flet-config.js``), under ``dist/``.
FALLBACK_BASE = "assets/fonts/"
FAMILY_PREFIX = "Noto Color Emoji "

#: Grouped as documented above; one string per group, read character by character.
COMMON_GROUPS = {
    "faces": (
        "😀😃😄😁😆😅🤣😂🙂🙃🫠😉😊😇🥰😍🤩😘😗☺😚😙🥲😋😛😜🤪😝🤑🤗🤭🫢🫣🤫🤔🫡"
        "🤐🤨😐😑😶🫥😏😒🙄😬🤥😌😔😪🤤😴😷🤒🤕🤢🤮🤧🥵🥶🥴😵🤯🤠🥳🥸😎🤓🧐"
        "😕🫤😟🙁☹😮😯😲😳🥺🥹😦😧😨😰😥😢😭😱😖😣😞😓😩😫🥱😤😡😠🤬"
        "😈👿💀☠💩🤡👻👽🤖😺😸😹😻😼😽🙀😿😾🙈🙉🙊"
    ),
    "hands and people": (
        "👋🤚🖐✋🖖🫱🫲👌🤌🤏✌🤞🫰🤟🤘🤙👈👉👆🖕👇☝🫵👍👎✊👊🤛🤜👏🙌🫶👐🤲🤝🙏"
        "✍💅💪🦾🦿🦵🦶👂🦻👃🧠🫀🫁🦷🦴👀👁👅👄"
        "👶🧒👦👧🧑👱👨👩🧓👴👵🙍🙎🙅🙆💁🙋🧏🙇🤦🤷👪🧘🛌🚶🧍🧎"
    ),
    "hearts": "💋💌💘💝💖💗💓💞💕💟❣💔❤🩷🧡💛💚💙🩵💜🤎🖤🩶🤍♥💯💢💥💫💦💨💤",
    "health": "🩺💊💉🩹🩼🩻🩸🧬🦠🧪🌡🏥🚑⚕♿🦽🦼🧑😷🤒🤕🤧🧻🧼🪥🛏🧘",
    "checks and signs": (
        "✅✔☑❌❎❗❓❕❔‼⁉⚠🚫⛔⭕🛑🔴🟠🟡🟢🔵🟣⚫⚪🟥🟧🟨🟩🟦🟪"
        "➕➖➗✖🔺🔻🔸🔹⬆⬇⬅➡↩↪🔝🆗🆕🆘ℹ"
    ),
    "time and papers": (
        "⏰⏱⏲⌚⌛⏳🕐🕑🕒🕓🕔🕕🕖🕗🕘🕙🕚🕛📅📆🗓📝📋📄📃📑📁📂🗂📌📍📎🖊✏"
        "📞☎📱💻📧✉📨📩📬🔔🔕📢📣🔑🔒🔓🔍💬💭🗨🏠🏡🚗🚕🚌🚆✈"
    ),
    "everyday": (
        "☀🌞🌤⛅☁🌧⛈❄☔🌈⭐🌟✨🔥💧🌸🌹🌺🌻🌷🌼🍀🌿🌱🌳🍎🍌🍊🍇🍓🥗🍲🍵☕🥛💐"
        "🎉🎊🎂🎁🎈🏆🥇🐶🐱🐦🦋🐢💰💵🛒⚽🎵🎶📷📖📚👍"
    ),
    # Drawn alone as colour swatches (a hand with a tone shows hand + swatch).
    "skin tones": "🏻🏼🏽🏾🏿",
}
COMMON = frozenset(ord(char) for group in COMMON_GROUPS.values() for char in group)
#: Joiners inside what people type (❤️, 👨‍⚕️): kept, drawn as nothing, never as a box.
JOINERS = {0x200D, 0xFE0F}


class EmojiError(RuntimeError):
    """The build cannot serve emoji: the source font or Flutter's table is missing."""


@dataclass(frozen=True)
class Split:
    index: int
    path: str  # relative to FALLBACK_BASE, as Flutter asks for it
    code_points: frozenset[int]


# Constants of Flutter's packed fallback table (engine font_fallback_data.dart).
_PREFIX0, _PREFIX_RADIX = ord("0"), 10
_INDEX0 = _SIZE0 = ord("a")
_VALUE0 = ord("A")
_RADIX = 26
_MAX_CODE_POINT = 0x10FFFF

_FONT = re.compile(r'A\.z\("([^"]+)","([^"]+\.woff2)"\)')
_FONT_SETS = re.compile(r'"([a-z0-9,]{2000,})"')
_RANGES = re.compile(r'"([A-Za-z0-9]{2000,})"')


def _font_set(data: str) -> list[int]:
    result, previous, prefix = [], -1, 0
    for char in data:
        code = ord(char)
        if _INDEX0 <= code < _INDEX0 + _RADIX:
            previous = previous + prefix * _RADIX + (code - _INDEX0) + 1
            result.append(previous)
            prefix = 0
        elif _PREFIX0 <= code < _PREFIX0 + _PREFIX_RADIX:
            prefix = prefix * _PREFIX_RADIX + (code - _PREFIX0)
        else:
            raise EmojiError(f"unexpected {char!r} in Flutter's font sets")
    return result


def _ranges(data: str) -> tuple[list[int], list[int]]:
    boundaries, values, start, prefix, size = [], [], 0, 0, 1
    for char in data:
        code = ord(char)
        if _VALUE0 <= code < _VALUE0 + _RADIX:
            start += size
            boundaries.append(start)
            values.append(prefix * _RADIX + (code - _VALUE0))
            prefix, size = 0, 1
        elif _SIZE0 <= code < _SIZE0 + _RADIX:
            size = prefix * _RADIX + (code - _SIZE0) + 2
            prefix = 0
        elif _PREFIX0 <= code < _PREFIX0 + _PREFIX_RADIX:
            prefix = prefix * _PREFIX_RADIX + (code - _PREFIX0)
        else:
            raise EmojiError(f"unexpected {char!r} in Flutter's ranges")
    if start != _MAX_CODE_POINT + 1:
        raise EmojiError(f"Flutter's ranges end at {start:#x}, not {_MAX_CODE_POINT + 1:#x}")
    return boundaries, values


def flutter_splits(main_dart_js: str) -> list[Split]:
    """The Noto Color Emoji splits Flutter fetches, each with the code points it covers."""
    fonts = _FONT.findall(main_dart_js)
    font_sets, ranges = _FONT_SETS.search(main_dart_js), _RANGES.search(main_dart_js)
    emoji = [i for i, (name, _) in enumerate(fonts) if name.startswith(FAMILY_PREFIX)]
    if not emoji or font_sets is None or ranges is None:
        raise EmojiError("main.dart.js has no Noto Color Emoji fallback table: "
                         "the Flutter engine changed; read tools/emoji.py")
    components = [_font_set(part) for part in font_sets.group(1).split(",")]
    boundaries, values = _ranges(ranges.group(1))
    covered: dict[int, set[int]] = {i: set() for i in emoji}
    low = 0
    for end, value in zip(boundaries, values, strict=True):
        for font in components[value]:
            if font in covered:
                covered[font].update(range(low, end))
        low = end
    return [Split(i, fonts[i][1], frozenset(covered[i])) for i in emoji]


def split_of(splits: list[Split], code_point: int) -> list[Split]:
    """Every split that covers ``code_point`` (Flutter fetches one of them)."""
    return [split for split in splits if code_point in split.code_points]


def _subset(font: TTFont, unicodes: set[int]) -> TTFont:
    """A copy of ``font`` with only ``unicodes``, colour bitmaps kept, no sequences."""
    options = subset.Options()
    options.layout_features = []  # no GSUB sequences: see COMMON_GROUPS's note
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    buffer = io.BytesIO()
    font.save(buffer)  # subsetting changes a font in place: work on a copy
    buffer.seek(0)
    copy = TTFont(buffer, recalcTimestamp=False)
    subsetter.subset(copy)
    return copy


def write_fonts(dist: Path, source: Path = SOURCE) -> list[Path]:
    """Write each split's share of ``COMMON`` under ``dist``; return the files written."""
    if not source.exists():
        raise EmojiError(f"{source} is missing: {INSTALL_HINT}")
    splits = flutter_splits((dist / "main.dart.js").read_text(encoding="utf-8"))
    original = TTFont(str(source), recalcTimestamp=False)  # the same bytes each build
    available = set(original.getBestCmap())
    missing = COMMON - available
    if missing:
        raise EmojiError(f"{source} lacks {''.join(map(chr, sorted(missing)))}")
    common = _subset(original, set(COMMON) | (JOINERS & available))  # 10 MB -> 1 MB, once
    written = []
    for split in splits:
        wanted = COMMON & split.code_points
        if not wanted:
            continue
        font = _subset(common, set(wanted) | (JOINERS & available))
        font.flavor = "woff2"
        target = dist / FALLBACK_BASE / split.path
        target.parent.mkdir(parents=True, exist_ok=True)
        font.save(str(target))
        written.append(target)
    return written
