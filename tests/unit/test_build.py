"""The built site: complete, reproducible, installable, and self-contained."""

from __future__ import annotations

import gzip
import json
import os
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PIL import Image

from second_opinion.content import home
from second_opinion.content.brand import BRAND_HEX
from second_opinion.content.shell_channel import SHELL_CHANNEL
from second_opinion.i18n.translator import Translator
from tools import build, emoji, pwa, vendor
from tools.serve import make_server

WEB = Path(__file__).resolve().parents[2] / "assets" / "web"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The site as ``make test`` has just built it (``BUILT_DIST``), else a build here.

    Reusing make's build saves one of the two builds the reproducibility
    check needs (about 30 s of a fresh clone's 15 minutes).
    """
    built = os.environ.get("BUILT_DIST")
    if built:
        yield Path(built)
        return
    target = tmp_path_factory.mktemp("dist")
    build.build(target)
    yield target


def test_build_is_reproducible(dist: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build.build(again)
    first = {p.relative_to(dist): p.read_bytes() for p in dist.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    changed = [str(name) for name in first if first[name] != second[name]]
    assert changed == []


def test_archive_vendors_every_dependency_and_no_installer(dist: Path) -> None:
    with zipfile.ZipFile(dist / "app.zip") as archive:
        names = set(archive.namelist())
    for module in ("flet/__init__", "tinydb/__init__", "babel/__init__",
                   "repath", "six", "msgpack/__init__"):
        assert {f"__pypackages__/{module}.py", f"__pypackages__/{module}.pyc"} & names, module
    assert "main.pyc" in names
    # With neither file in the archive, Flet's worker never calls micropip.
    assert "requirements.txt" not in names and "pyproject.toml" not in names
    assert not any("__pycache__" in name for name in names)


@pytest.mark.parametrize("archive, started, later", [
    ("app.zip", ["main", "second_opinion/ui/app", "__pypackages__/flet/__init__"],
     ["__pypackages__/babel/messages/frontend"]),
    ("pyodide/python_stdlib.zip", ["asyncio/base_events", "_pyodide/_base", "encodings/__init__"],
     ["unittest/case", "pdb"]),
])
def test_what_the_start_imports_is_bytecode_and_the_rest_source(
        dist: Path, archive: str, started: list[str], later: list[str]) -> None:
    with zipfile.ZipFile(dist / archive) as opened:
        names = set(opened.namelist())
        magic = {opened.read(f"{module}.pyc")[:4] for module in started}
    for module in started:
        assert f"{module}.pyc" in names and f"{module}.py" not in names, module
    for module in later:
        assert f"{module}.py" in names and f"{module}.pyc" not in names, module
    # Python 3.14's magic number: the page's Python, not the build machine's.
    assert magic == {(3627).to_bytes(2, "little") + b"\r\n"}


def test_babel_locale_data_is_trimmed_to_shipped_languages(dist: Path) -> None:
    with zipfile.ZipFile(dist / "app.zip") as archive:
        data = [n for n in archive.namelist() if n.startswith("__pypackages__/babel/locale-data/")]
    stems = {Path(n).stem.split("_")[0] for n in data}
    assert {"root", "en", "es", "ar", "zh", "fil", "ht"} <= stems
    assert "de" not in stems and "ja" not in stems
    assert len(data) < 300  # of about 1,100 in the wheel


def test_manifest_is_the_apps_own(dist: Path) -> None:
    manifest = json.loads((dist / "manifest.webmanifest").read_text(encoding="utf-8"))
    for key in ("name", "short_name", "description", "id", "start_url", "scope",
                "theme_color", "background_color"):
        assert manifest[key], key
    assert manifest["display"] == "standalone"
    assert "Flet" not in json.dumps(manifest)
    assert "orientation" not in manifest  # never lock the orientation (WCAG 1.3.4)
    purposes = {(icon["sizes"], icon["purpose"]) for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"),
            ("192x192", "maskable"), ("512x512", "maskable")} <= purposes
    for icon in manifest["icons"]:
        with Image.open(dist / icon["src"]) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]


def test_page_links_only_its_own_origin(dist: Path) -> None:
    page = (dist / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "apple-touch-icon" in page
    viewport = re.search(r'name="viewport" content="([^"]+)"', page)
    assert viewport and "maximum-scale" not in viewport[1] and "user-scalable" not in viewport[1]
    assert f'content="{pwa.CSP}"' in page


def test_page_loads_its_scripts_from_files_in_order(dist: Path) -> None:
    page = (dist / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script\b([^>]*)>", page)
    sources = [re.search(r'src="([^"]+)"', attributes) for attributes in scripts]
    assert all(sources), "an inline script: the CSP allows none"
    loaded = [found[1] for found in sources if found]
    shell = sorted(p.relative_to(WEB).as_posix() for p in (WEB / "shell").glob("*.js"))
    first_words = ["shell/first-words-table.js", "shell/first-visit-size.js",
                   "shell/first-words.js"]
    # Flet's settings first, then the page shell, then Flet's Python loader;
    # in the body, the first words right after their element; Flutter last.
    assert loaded[0] == "flet-config.js"
    assert sorted(loaded[1:-5]) == [name for name in shell if name not in first_words]
    assert loaded[1] == "shell/page.js" and loaded[2] == "shell/semantics.js"
    assert loaded[-5:] == ["python.js", *first_words, "flutter_bootstrap.js"]
    assert page.index('<main id="first-words"') < page.index(first_words[0])
    for name in loaded:
        assert (dist / name).is_file(), name


def test_shared_facts_are_written_into_the_page(dist: Path) -> None:
    page = (dist / "index.html").read_text(encoding="utf-8")
    assert f'<meta name="theme-color" content="{BRAND_HEX}">' in page
    manifest = json.loads((dist / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["theme_color"] == BRAND_HEX
    assert (dist / "shell.css").read_text(encoding="utf-8").count(BRAND_HEX) == 3
    bridge = (dist / "shell" / "page-bridge.js").read_text(encoding="utf-8")
    assert f'new BroadcastChannel("{SHELL_CHANNEL}")' in bridge
    ours = ["index.html", "flet-config.js", *pwa.SHELL_FILES]
    for name in ours:
        assert not re.search(r"__[A-Z][A-Z_]*__", (dist / name).read_text(encoding="utf-8")), name


def test_csp_allows_only_self() -> None:
    sources = re.findall(r"(https?:|\*|'unsafe-eval')", pwa.CSP)
    assert sources == []
    assert "default-src 'self'" in pwa.CSP


def test_service_worker_precaches_every_file_by_content(dist: Path) -> None:
    worker = (dist / "sw.js").read_text(encoding="utf-8")
    listing = json.loads(re.search(r"const PRECACHE = (\{.*?\});", worker, re.S)[1])  # type: ignore[index]
    files = {p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()}
    siblings = {f for f in files if f.endswith((".br", ".gz")) and f[:-3] in files}
    assert set(listing) == files - siblings - {"sw.js"}
    assert listing["app.zip"] == pwa._revision(dist / "app.zip")


#: Emoji a patient types in a note; each must draw from whichever split Flutter fetches.
TYPED_EMOJI = "💊🙂❤👍🙏😷🤒🩺🏥💉🩹✅❌⚠⏰📅🌡😢🤍🏽"


def test_emoji_fonts_are_written_where_flutter_asks(dist: Path) -> None:
    """Each file is at a path main.dart.js asks for, and every split that Flutter may
    fetch for a typed emoji has its glyph (it picks one split per text)."""
    main = (dist / "main.dart.js").read_text(encoding="utf-8")
    asked = set(re.findall(r'"(notocoloremoji/v\d+/[\w-]+\.\d+\.woff2)"', main))
    base = dist / "assets" / "fonts"  # Flet's fontFallbackBaseUrl
    assert 'fontFallbackBaseUrl: "assets/fonts/"' in (dist / "flet-config.js").read_text()
    written = {p.relative_to(base).as_posix() for p in (base / "notocoloremoji").rglob("*.woff2")}
    assert written and written <= asked
    splits = emoji.flutter_splits(main)
    assert {split.path for split in splits} == asked
    for char in TYPED_EMOJI:
        fetched = emoji.split_of(splits, ord(char))
        assert fetched, f"Flutter fetches no emoji font for {char}"
        for split in fetched:
            font = base / split.path
            assert font.exists(), f"{char}: {split.path} is not served"
            assert ord(char) in TTFont(str(font)).getBestCmap(), f"{split.path} lacks {char}"
            assert TTFont(str(font))["CBDT"], "colour bitmaps kept"


def test_emoji_fonts_are_not_precached(dist: Path) -> None:
    """Listed by revision (so they are kept once loaded), but never downloaded at install."""
    worker = (dist / "sw.js").read_text(encoding="utf-8")
    listing = json.loads(re.search(r"const PRECACHE = (\{.*?\});", worker, re.S)[1])  # type: ignore[index]
    on_demand = set(json.loads(re.search(r"const ON_DEMAND = new Set\((\[.*?\])\);",
                                         worker, re.S)[1]))  # type: ignore[index]
    fonts = {path for path in listing if path.startswith("assets/fonts/notocoloremoji/")}
    assert len(fonts) >= 10
    assert fonts <= on_demand
    sizes = [(dist / path).stat().st_size for path in fonts]
    assert max(sizes) < 600_000 and sum(sizes) < 1_200_000, sizes


def test_emoji_build_stops_without_its_sources(tmp_path: Path) -> None:
    (tmp_path / "main.dart.js").write_text('A.z("Roboto","roboto.woff2")', encoding="utf-8")
    with pytest.raises(emoji.EmojiError, match="fonts-noto-color-emoji"):
        emoji.write_fonts(tmp_path, source=tmp_path / "NotoColorEmoji.ttf")
    with pytest.raises(emoji.EmojiError, match="Flutter engine changed"):
        emoji.write_fonts(tmp_path)


def test_flutter_never_registers_its_own_worker(dist: Path) -> None:
    bootstrap = (dist / "flutter_bootstrap.js").read_text(encoding="utf-8")
    assert "serviceWorkerVersion: \"" not in bootstrap  # the call site, not the loader
    assert not (dist / "flutter_service_worker.js").exists()


def test_unused_renderers_and_debug_files_are_not_shipped(dist: Path) -> None:
    names = {p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()}
    assert "main.dart.wasm" not in names
    assert not [n for n in names if n.endswith(".symbols") or "skwasm" in n]


def test_msgpack_wheel_is_checked() -> None:
    assert vendor.msgpack_wheel().name == vendor.MSGPACK_WHEEL


def test_compressed_siblings_hold_the_same_bytes(dist: Path) -> None:
    import brotli

    wasm = dist / "canvaskit" / "chromium" / "canvaskit.wasm"
    assert brotli.decompress((dist / "canvaskit/chromium/canvaskit.wasm.br").read_bytes()) == \
        wasm.read_bytes()
    assert gzip.decompress((dist / "main.dart.js.gz").read_bytes()) == \
        (dist / "main.dart.js").read_bytes()
    assert not (dist / "fonts" / "NotoSansArabic.woff2.gz").exists()  # already compressed
    # Our two zips are stored uncompressed, so the whole transfer is compressed.
    for name in ("app.zip", "pyodide/python_stdlib.zip"):
        with zipfile.ZipFile(dist / name) as archive:
            assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_STORED}
            assert "json/__init__.pyc" in archive.namelist() or name == "app.zip"
        assert brotli.decompress((dist / f"{name}.br").read_bytes()) == (dist / name).read_bytes()


def test_server_sends_brotli_to_browsers_that_accept_it(dist: Path) -> None:
    import threading
    import urllib.request

    server = make_server(dist, "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/main.dart.js"
        request = urllib.request.Request(url, headers={"Accept-Encoding": "br, gzip"})
        with urllib.request.urlopen(request) as response:
            assert response.headers["Content-Encoding"] == "br"
            assert response.headers["Content-Type"] == "text/javascript"
            body = response.read()
        assert len(body) < (dist / "main.dart.js").stat().st_size / 3
        with urllib.request.urlopen(url) as plain:
            assert plain.headers["Content-Encoding"] is None
    finally:
        server.shutdown()


def test_first_words_are_homes_words_from_the_catalogs(dist: Path) -> None:
    script = (dist / "shell" / "first-words-table.js").read_text(encoding="utf-8")
    table = json.loads(script[script.index("{"):script.rindex("}") + 1])
    codes = [language["code"] for language in table["languages"]]
    assert sorted(table["words"]) == sorted(codes) and len(codes) == 11
    for code in codes:
        _ = Translator(code).gettext
        words = table["words"][code]
        assert words["name"] == _(home.NAME) and words["purpose"] == _(home.PURPOSE)
        assert words["parts"] == [[_(part.title), _(part.subtitle)] for part in home.PARTS]
        assert words["opening"] == _(home.OPENING)
        if code != "en":
            assert words["opening"] != home.OPENING, f"{code}: not translated"
    assert {"code": "ar", "dir": "rtl"} in table["languages"]


def test_the_bench_floor_page_has_no_first_words(tmp_path: Path) -> None:
    pwa.write_index(tmp_path, first_words=False)
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "first-words" not in page and "first-visit" not in page
    assert page.count("<script") == (WEB / "index.html").read_text(encoding="utf-8").count(
        "<script") - 3
    assert '<script src="flutter_bootstrap.js" async></script>' in page
