"""The app's brand colour, written once.

Everything else reads it from here: the theme's seed (``ui/theme.py``), the
icons (``tools/icons.py``) and, through the build (``tools/pwa.py``), the
manifest's ``theme_color``, the page's ``<meta name="theme-color">`` and the
update banner (``assets/web/shell.css``, placeholder ``__BRAND_COLOR__``).
``tests/unit/test_shell_facts.py`` fails if the colour is written anywhere else.
"""

from __future__ import annotations

#: A calm, dark blue; white text on it is 6.9:1.
BRAND_HEX = "#1B5E8C"


def brand_rgb() -> tuple[int, int, int]:
    """``BRAND_HEX`` as (red, green, blue), each 0-255."""
    digits = BRAND_HEX.lstrip("#")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
