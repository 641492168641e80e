"""Extract, update and compile the gettext catalogs under ``locales/``.

The ecosystem's way: ``babel.cfg`` drives ``pybabel extract`` into
``locales/messages.pot``; each language has ``locales/<code>/LC_MESSAGES/
messages.po``; compiled ``.mo`` files land beside them (not committed) and
the build packs them into the app archive.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))  # the app's language registry, also when run as a script

from second_opinion.i18n.languages import languages  # noqa: E402

LOCALES = ROOT / "locales"
POT = LOCALES / "messages.pot"


def language_codes() -> list[str]:
    """Codes from the one language registry, English first."""
    return [language.code for language in languages()]


def _pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "-q", *args], check=True)


def extract() -> None:
    """Write ``messages.pot`` from every marked string in ``app/``."""
    _pybabel(
        "extract", "-F", str(ROOT / "babel.cfg"), "-o", str(POT),
        "--no-location", "--sort-output", "--omit-header",
        "-k", "N_", "-k", "pgettext:1c,2", "-k", "npgettext:1c,2,3",
        "--add-comments=TRANSLATORS:", str(ROOT / "app"),
    )


def update() -> None:
    """Merge new messages into every existing language catalog."""
    for code in language_codes():
        po = LOCALES / code / "LC_MESSAGES" / "messages.po"
        if po.exists():
            _pybabel("update", "-i", str(POT), "-d", str(LOCALES), "-l", code,
                     "--no-fuzzy-matching", "--ignore-obsolete")


def compile_all() -> list[Path]:
    """Compile each language's ``.po`` to ``.mo``; return the ``.mo`` paths."""
    compiled = []
    for code in language_codes():
        po = LOCALES / code / "LC_MESSAGES" / "messages.po"
        if not po.exists():
            continue
        _pybabel("compile", "-d", str(LOCALES), "-l", code, "--statistics")
        compiled.append(po.with_suffix(".mo"))
    return compiled


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "compile"
    {"extract": extract, "update": update, "compile": compile_all}[command]()
