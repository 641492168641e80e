"""Write the web shell around the Flet client: page, scripts, manifest, icons, service worker.

Facts the page shares with the app are written once in the app's content
layer and filled in here: the brand colour (``content/brand.py``) for
``__BRAND_COLOR__`` and the page channel's name (``content/shell_channel.py``)
for ``__SHELL_CHANNEL__``, and the landmarks' semantics
identifiers (``content/landmarks.py``) for ``__LANDMARK_MAIN__``,
``__LANDMARK_BANNER__``, ``__READ_ALONE__`` and ``__NOTICE__``, in
``index.html``, ``shell.css`` and ``shell/*.js``. Changes to Flet's own
files are in ``tools/patches.py``.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))  # the registry and shared facts, under build.py too
sys.path.insert(0, str(ROOT))

from second_opinion.content import home  # noqa: E402
from second_opinion.content.brand import BRAND_HEX  # noqa: E402
from second_opinion.content.landmarks import (  # noqa: E402
    LANDMARK_BANNER,
    LANDMARK_MAIN,
    NOTICE,
    READ_ALONE,
)
from second_opinion.content.shell import SHELL_STRINGS  # noqa: E402
from second_opinion.content.shell_channel import SHELL_CHANNEL, START_KEY  # noqa: E402
from second_opinion.i18n.languages import languages  # noqa: E402
from second_opinion.ui import theme  # noqa: E402  # the page's first words wear the app's colours
from tools import compress  # noqa: E402

WEB = ROOT / "assets" / "web"
ICONS = ROOT / "assets" / "icons"
FONTS = ROOT / "assets" / "fonts"
LOCALES = ROOT / "locales"

NAME = "Second Opinion"
SHORT_NAME = "2nd Opinion"
DESCRIPTION = "Get a second opinion on kidney cancer care, and keep your own records on your phone."
BACKGROUND_COLOR = "#FFFFFF"

#: Only the site's own origin; wasm and the Python worker need the two extras.
#: It also stops the Flutter client's script from a third-party CDN.
CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
    "object-src 'none'",
])

#: The page's own files, copied from ``assets/web/`` with the placeholders filled.
#: ``index.html`` loads the scripts under ``shell/``, one job a file.
SHELL_FILES = ("shell.css", *sorted(p.relative_to(WEB).as_posix()
                                    for p in (WEB / "shell").glob("*.js")))

PLACEHOLDERS = {
    "__CSP__": CSP,
    "__DESCRIPTION__": DESCRIPTION,
    "__BRAND_COLOR__": BRAND_HEX,
    "__SHORT_NAME__": SHORT_NAME,
    "__NAME__": NAME,
    "__SHELL_CHANNEL__": SHELL_CHANNEL,
    "__START_KEY__": START_KEY,
    "__LANDMARK_MAIN__": LANDMARK_MAIN,
    "__LANDMARK_BANNER__": LANDMARK_BANNER,
    "__READ_ALONE__": READ_ALONE,
    "__NOTICE__": NOTICE,
    "__LIGHT_SURFACE__": str(theme.LIGHT.surface),
    "__LIGHT_ON_SURFACE__": str(theme.LIGHT.on_surface),
    "__DARK_SURFACE__": str(theme.DARK.surface),
    "__DARK_ON_SURFACE__": str(theme.DARK.on_surface),
    "__HC_LIGHT_SURFACE__": str(theme.HIGH_CONTRAST_LIGHT.surface),
    "__HC_LIGHT_ON_SURFACE__": str(theme.HIGH_CONTRAST_LIGHT.on_surface),
    "__HC_DARK_SURFACE__": str(theme.HIGH_CONTRAST_DARK.surface),
    "__HC_DARK_ON_SURFACE__": str(theme.HIGH_CONTRAST_DARK.on_surface),
}
_PLACEHOLDER = re.compile(r"__[A-Z][A-Z_]*__")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def fill(name: str, text: str) -> str:
    """``text`` with every placeholder filled; fails on one it does not know."""
    for key, value in PLACEHOLDERS.items():
        text = text.replace(key, value)
    unknown = sorted(set(_PLACEHOLDER.findall(text)))
    if unknown:
        raise SystemExit(f"assets/web/{name}: unknown placeholder {', '.join(unknown)}")
    return text


_FIRST_WORDS_BLOCK = re.compile(r"\s*<!-- first words -->.*<!-- /first words -->", re.S)


def write_index(dist: Path, first_words: bool = True) -> None:
    """The page, its style sheet and its scripts (no inline script: the CSP allows none).

    ``first_words=False`` leaves out home's words before Python runs: for
    ``make bench``'s hello world, which keeps Flet's own start as the floor.
    """
    for name in ("index.html", *SHELL_FILES):
        text = (WEB / name).read_text(encoding="utf-8")
        if name == "index.html" and not first_words:
            text = _FIRST_WORDS_BLOCK.sub("", text)
        _write(dist / name, fill(name, text))


def write_manifest(dist: Path) -> None:
    icons = []
    for size in (192, 512):
        icons.append({"src": f"icons/icon-{size}.png", "sizes": f"{size}x{size}",
                      "type": "image/png", "purpose": "any"})
        icons.append({"src": f"icons/icon-maskable-{size}.png", "sizes": f"{size}x{size}",
                      "type": "image/png", "purpose": "maskable"})
    manifest = {
        "id": "/",
        "name": NAME,
        "short_name": SHORT_NAME,
        "description": DESCRIPTION,
        "lang": "en",
        "dir": "auto",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": BACKGROUND_COLOR,
        "theme_color": BRAND_HEX,
        "categories": ["health", "medical"],
        "prefer_related_applications": False,
        "icons": icons,
    }
    _write(dist / "manifest.webmanifest", json.dumps(manifest, indent=2, ensure_ascii=False))
    shutil.copytree(ICONS, dist / "icons")


def write_shell_strings(dist: Path) -> None:
    """Translate the update banner's texts from the app's gettext catalogs."""
    from babel.support import Translations

    table = {}
    for language in languages():
        translations = Translations.load(str(LOCALES), [language.code])
        table[language.code] = {key: translations.gettext(message)
                                for key, message in SHELL_STRINGS.items()}
    _write(dist / "shell-strings.json", json.dumps(table, ensure_ascii=False, sort_keys=True))


def first_words_table() -> dict[str, object]:
    """Home's words in every language, from the catalogs, for ``first-words.js``."""
    from babel.support import Translations

    words = {}
    for language in languages():
        _ = Translations.load(str(LOCALES), [language.code]).gettext
        words[language.code] = {
            "name": _(home.NAME), "purpose": _(home.PURPOSE),
            "parts": [[_(part.title), _(part.subtitle)] for part in home.PARTS],
            "opening": _(home.OPENING), "downloading": _(home.DOWNLOADING),
            "offline_after": _(home.OFFLINE_AFTER),
        }
    return {"languages": [{"code": language.code, "dir": "rtl" if language.rtl else "ltr"}
                          for language in languages()],
            "words": words}


def write_first_words(dist: Path) -> None:
    """``shell/first-words-table.js``: read by ``first-words.js`` before Python runs."""
    table = json.dumps(first_words_table(), ensure_ascii=False, sort_keys=True)
    _write(dist / "shell" / "first-words-table.js",
           "// Written by tools/pwa.py from the catalogs: home's words per language.\n"
           f"var FIRST_WORDS = {table};\n")


def write_shell(dist: Path, first_words: bool = True) -> None:
    shutil.copytree(FONTS, dist / "fonts")
    write_index(dist, first_words)
    write_manifest(dist)
    write_shell_strings(dist)
    write_first_words(dist)


#: Files the service worker caches when first used instead of at install:
#: fonts for one language each, and Flutter's licence text (never shown).
ON_DEMAND = {"fonts/NotoSansSC.woff2", "fonts/NotoSansTC.woff2", "fonts/NotoSansKR.woff2",
             "assets/NOTICES"}
#: Folders whose every file is on demand: the colour emoji splits (``tools/emoji.py``),
#: fetched by Flutter only when a text holds an emoji.
ON_DEMAND_FOLDERS = ("assets/fonts/notocoloremoji/",)


def on_demand(path: str) -> bool:
    """Whether the service worker leaves ``path`` out of its install."""
    return path in ON_DEMAND or path.startswith(ON_DEMAND_FOLDERS)


def _revision(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def site_files(dist: Path) -> list[Path]:
    """The site's files, without ``sw.js`` and the compressed siblings of others."""
    return [path for path in sorted(dist.rglob("*"))
            if path.is_file() and path.name != "sw.js" and not compress.is_sibling(path)]


def write_first_visit(dist: Path) -> dict[str, int]:
    """``shell/first-visit-size.js``: the bytes of the whole offline download, as sent.

    Per encoding, because the server sends brotli only over HTTPS (``tools/
    serve.py``); the first visit's progress bar (``first-words.js``) counts
    what has arrived against it. Run after ``compress_tree``.
    """
    totals = dict.fromkeys(compress.SIBLINGS, 0)
    for path in site_files(dist):
        if not on_demand(path.relative_to(dist).as_posix()):
            for encoding in totals:
                sent = compress.sibling(path, encoding)
                totals[encoding] += (sent if sent.exists() else path).stat().st_size
    _write(dist / "shell" / "first-visit-size.js",
           "// Written by tools/pwa.py: bytes of the whole first download, per encoding.\n"
           f"var FIRST_VISIT_BYTES = {json.dumps(totals, sort_keys=True)};\n")
    return totals


def finish(dist: Path) -> None:
    """Compress the site, then count it, then list it for the service worker."""
    compress.compress_tree(dist)
    write_first_visit(dist)
    write_service_worker(dist)
    compress.compress_file(dist / "sw.js")


def write_service_worker(dist: Path) -> dict[str, str]:
    """Write ``sw.js`` with every file's content revision; return that map."""
    precache = {path.relative_to(dist).as_posix(): _revision(path) for path in site_files(dist)}
    listing = json.dumps(precache, indent=1, sort_keys=True)
    build = hashlib.sha256(listing.encode()).hexdigest()[:16]
    worker = (WEB / "sw.js").read_text(encoding="utf-8")
    worker = worker.replace("__BUILD__", build).replace("__PRECACHE__", listing)
    worker = worker.replace("__ON_DEMAND__", json.dumps(sorted(
        path for path in precache if on_demand(path))))
    _write(dist / "sw.js", worker)
    return precache
