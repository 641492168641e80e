"""Build the offline progressive web app into ``dist/``.

One command, no network but the package registries (for the ``msgpack``
Pyodide wheel, cached under ``build/``), and deterministic: the same sources
give byte-identical files. Steps:

1. copy the prebuilt Flet web client and Pyodide runtime from the pinned
   ``flet-web`` wheel, without the files a CanvasKit page never loads;
2. write our own ``index.html``, scripts, manifest and icons over Flet's;
3. pack the app and every Python dependency into ``app.zip`` so micropip
   never needs an index (see ``tools/vendor.py``);
4. write the service worker with a revision per file (``tools/pwa.py``).

Why not ``flet publish``: it downloads a Python manifest and Pyodide although
the wheel ships both, and writes a bare module specifier that the worker
refuses (see ``docs/flet-web-offline.md``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script

from tools import catalogs, compress, pwa, vendor  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
APP_ARCHIVE = compress.APP_ARCHIVE
STDLIB = "pyodide/python_stdlib.zip"

#: Files of the flet-web client that a CanvasKit page never requests,
#: Pyodide's command-line files, and Flet's own branding (replaced by ours).
SKIPPED_FILES = {
    "main.dart.wasm",
    "main.dart.mjs",
    "flutter.js.map",
    "flutter_service_worker.js",
    "favicon.png",
    "manifest.json",
    "index.html",
    "pyodide/python",
    "pyodide/python.exe",
    "pyodide/python.bat",
    "pyodide/python_cli_entry.mjs",
}
SKIPPED_PREFIXES = (
    "icons/",
    "canvaskit/skwasm",
    "canvaskit/wimp",
    "canvaskit/experimental_webparagraph/",
    "pyodide/micropip-",
    "pyodide/packaging-",
    "assets/packages/",
)
SKIPPED_SUFFIXES = (".symbols", ".d.ts")


def _skipped(relative: str) -> bool:
    return (
        relative in SKIPPED_FILES
        or relative.startswith(SKIPPED_PREFIXES)
        or relative.endswith(SKIPPED_SUFFIXES)
    )


def copy_web_client(dist: Path) -> None:
    """Copy the flet-web client and Pyodide runtime, minus unused files."""
    from flet_web import get_package_web_dir

    web = Path(get_package_web_dir())
    for source in sorted(web.rglob("*")):
        relative = source.relative_to(web).as_posix()
        if source.is_dir() or _skipped(relative):
            continue
        target = dist / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def store_uncompressed(archive: Path) -> None:
    """Rewrite a zip with every entry stored, for the server to compress it whole.

    Pyodide's standard library zip is deflated entry by entry: 2.55 MB sent.
    Stored, it is sent as 1.79 MB of brotli (2.21 MB gzip), and imports no
    longer inflate each module in WebAssembly. The service worker keeps the
    decoded 9.7 MB: storage is cheaper than a slow download in a waiting room.
    """
    with zipfile.ZipFile(archive) as source:
        files = [(info.filename, source.read(info)) for info in source.infolist()]
    vendor.write_stored_zip(archive, files)


def build(dist: Path = DIST, version: str | None = None) -> None:
    """Write the complete site to ``dist``; ``version`` defaults to pyproject's."""
    if dist.exists():
        shutil.rmtree(dist)
    dist.mkdir(parents=True)
    copy_web_client(dist)
    catalogs.compile_all()
    vendor.write_stored_zip(dist / APP_ARCHIVE, vendor.archive_files(version))
    store_uncompressed(dist / STDLIB)
    pwa.write_shell(dist)
    pwa.write_service_worker(dist)
    compress.compress_tree(dist)  # after the worker's list: it names the plain files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DIST)
    args = parser.parse_args()
    build(args.dist)
    print(f"Built {args.dist}")


if __name__ == "__main__":
    main()
