"""Build the offline progressive web app into ``dist/``.

One command, no network but the package registries (for the ``msgpack``
Pyodide wheel, cached under ``build/``), and deterministic: the same sources
give byte-identical files. Steps:

1. copy the prebuilt Flet web client and Pyodide runtime from the pinned
   ``flet-web`` wheel, without the files a CanvasKit page never loads, and
   patch it (every change to Flet's, Flutter's and Pyodide's files is in
   ``tools/patches.py``; the app's alone starts Python with the page), and
   write the colour emoji subsets where Flutter's font fallback asks for
   them (``tools/emoji.py``);
2. write our own ``index.html``, page scripts, manifest and icons
   (``tools/pwa.py``);
3. pack the app and every Python dependency into ``app.zip`` so micropip
   never needs an index (see ``tools/vendor.py``);
4. swap in bytecode, compiled by Pyodide in Node, for every module the
   start imports (``tools/bytecode.py``);
5. compress every file, count the first visit's bytes for the progress
   bar, and write the service worker with a revision per file
   (``tools/pwa.py``).

Why not ``flet publish``: it downloads a Python manifest and Pyodide although
the wheel ships both, and writes a bare module specifier that the worker
refuses (see ``docs/flet-web-offline.md``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script

from tools import bytecode, catalogs, compress, emoji, patches, pwa, vendor  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
APP_ARCHIVE = compress.APP_ARCHIVE


def build(dist: Path = DIST, version: str | None = None) -> None:
    """Write the complete site to ``dist``; ``version`` defaults to pyproject's."""
    if dist.exists():
        shutil.rmtree(dist)
    dist.mkdir(parents=True)
    patches.copy_client(dist)
    patches.write_python_early(dist)  # the app only: bench's floor keeps Flet's way
    emoji.write_fonts(dist)  # at the paths main.dart.js asks for
    catalogs.compile_all()
    compress.write_stored_zip(dist / APP_ARCHIVE, vendor.archive_files(version))
    bytecode.write(dist)  # what the start imports, compiled once here, not at every start
    pwa.write_shell(dist)
    pwa.finish(dist)  # compressed, counted for the progress bar, listed for the worker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DIST)
    args = parser.parse_args()
    build(args.dist)
    print(f"Built {args.dist}")


if __name__ == "__main__":
    main()
