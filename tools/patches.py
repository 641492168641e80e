"""Every change the build makes to Flet's web client, Flutter's loader and Pyodide.

The build copies the prebuilt client and the Pyodide runtime from the
pinned ``flet-web`` wheel and changes them only here, each change a small
function that says what it fixes and which section of
``docs/flet-web-offline.md`` explains it. Each one stops the build with a
``PatchError`` when it does not find what it changes, and the whole module
stops it when the installed ``flet-web`` is not ``PATCHED_FOR``: a new client
may move any of these, and a patch that silently does nothing leaves an app
that builds and then fails offline. How to update: the section "The build's
patches" of that document.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import shutil
import zipfile
from collections.abc import Iterable
from pathlib import Path

from tools.compress import write_stored_zip, zip_files

#: The flet-web release every patch below was checked against.
PATCHED_FOR = "1.0.5"

#: Pyodide's standard library, rewritten with stored entries.
STDLIB = "pyodide/python_stdlib.zip"


class PatchError(SystemExit):
    """The client is not what a patch was written for; the build stops with the reason."""


def _fail(message: str) -> PatchError:
    return PatchError(f"tools/patches.py: {message}. See 'The build's patches' in "
                      "docs/flet-web-offline.md.")


def check_version(installed: str | None = None) -> None:
    """Stop unless the installed flet-web is the one the patches were written for."""
    installed = installed or importlib.metadata.version("flet-web")
    if installed != PATCHED_FOR:
        raise PatchError(
            f"tools/patches.py was written for flet-web {PATCHED_FOR}; installed is "
            f"{installed}. Check each patch against the new client, then update PATCHED_FOR "
            "(see 'The build's patches' in docs/flet-web-offline.md).")


def client_dir() -> Path:
    """The web client and Pyodide runtime of the installed flet-web, once its version is checked."""
    check_version()
    from flet_web import get_package_web_dir

    return Path(get_package_web_dir())


# --- 1. Files of the client the site does not ship ---------------------------------

#: Replaced by our own: Flet's page, manifest, icon and (self-unregistering)
#: Flutter service worker; never loaded by a CanvasKit page (the dart2wasm
#: build); Pyodide's command-line files.
SKIPPED_FILES = frozenset({
    "index.html",                       # ours: assets/web/index.html + flet-config.js
    "manifest.json",                    # ours: manifest.webmanifest
    "favicon.png",                      # ours: icons/favicon.png
    "flutter_service_worker.js",        # ours: sw.js
    "main.dart.wasm",
    "main.dart.mjs",
    "flutter.js.map",
    "pyodide/python",
    "pyodide/python.exe",
    "pyodide/python.bat",
    "pyodide/python_cli_entry.mjs",
})
SKIPPED_PREFIXES = (
    "icons/",                           # Flet's icons; ours come from assets/icons/
    "canvaskit/skwasm",
    "canvaskit/wimp",
    "canvaskit/experimental_webparagraph/",
    "pyodide/micropip-",                # micropip never runs: everything is in app.zip
    "pyodide/packaging-",
    "assets/packages/",                 # KaTeX and Cupertino fonts nothing uses
)
SKIPPED_SUFFIXES = (".symbols", ".d.ts")


def skipped(relative: str) -> bool:
    return (relative in SKIPPED_FILES or relative.startswith(SKIPPED_PREFIXES)
            or relative.endswith(SKIPPED_SUFFIXES))


def shipped_files(names: Iterable[str]) -> list[str]:
    """The client's files (relative paths) that the site ships, sorted.

    Fixes: 27 of the 75 MB a browser never requests, and Flet's own page,
    manifest, icons and service worker, which ours replace. Docs: "Force the
    CanvasKit renderer", "Flutter would replace our service worker",
    "micropip never runs", "FontManifest.json loads every font at start".
    Every skipped name, prefix and suffix must still match a file.
    """
    names = sorted(names)
    unmatched = sorted(SKIPPED_FILES - set(names))
    unmatched += [p for p in SKIPPED_PREFIXES if not any(n.startswith(p) for n in names)]
    unmatched += [s for s in SKIPPED_SUFFIXES if not any(n.endswith(s) for n in names)]
    if unmatched:
        raise _fail(f"the client has no file for the skipped {', '.join(unmatched)}")
    return [name for name in names if not skipped(name)]


# --- 2. flutter_bootstrap.js: no service worker of Flutter's ------------------------

_SERVICE_WORKER_SETTINGS = re.compile(r"\s*serviceWorkerSettings:\s*\{[^}]*\},")


def remove_service_worker_settings(script: str) -> str:
    """``flutter_bootstrap.js`` without the ``serviceWorkerSettings`` it hands Flutter's loader.

    Fixes: with them, ``flutter.js`` registers ``flutter_service_worker.js``
    whenever the page already has a registration, replacing our ``sw.js``.
    Docs: "Flutter would replace our service worker".
    """
    patched, count = _SERVICE_WORKER_SETTINGS.subn("", script)
    if count != 1:
        raise _fail(f"flutter_bootstrap.js: expected one serviceWorkerSettings block, "
                    f"found {count}")
    return patched


# --- 3. index.html: the flet settings, as a file ------------------------------------

#: What ``flet_web.patch_index_html`` would inject into Flet's page, as a file
#: (no inline script: the CSP allows none), with two fixes.
FLET_CONFIG = """// Settings read by Flet's python.js and flutter_bootstrap.js (tools/patches.py).
var flet = {
  pyodide: true,
  multiView: false,
  noCdn: true,
  webSocketEndpoint: "/ws",
  entrypointBaseUrl: "/",
  assetBase: "/",
  routeUrlStrategy: "path",
  canvasKitBaseUrl: "/canvaskit/",
  pyodideUrl: "./pyodide/pyodide.mjs",
  webRenderer: "canvaskit",
  fontFallbackBaseUrl: "assets/fonts/",
  appPackageUrl: "app.zip",
  micropipIncludePre: false,
  pythonModuleName: "main"
};
flet.flutterAppLoaded = new Promise(function (resolve) {
  flet.flutterAppResolve = resolve;
});
"""

_FLET_SETTINGS = re.compile(r"var flet = \{(.*?)\n\s*\}", re.S)


def _setting_names(block: str) -> set[str]:
    return set(re.findall(r"^\s*(\w+)\s*:", block, re.M))


def flet_config(flet_index: str) -> str:
    """``flet-config.js``: the ``flet`` settings Flet's ``index.html`` declares, all set by us.

    Fixes: ``flet publish`` writes ``pyodideUrl="pyodide/pyodide.mjs"``, a
    bare specifier the module worker refuses (``./`` loads), and
    ``webRenderer: "auto"`` picks the dart2wasm build we do not ship.
    Docs: "Why we do not call `flet publish`", "Force the CanvasKit renderer".
    Fails if Flet's page no longer declares the settings, or declares one we
    do not set.
    """
    found = _FLET_SETTINGS.search(flet_index)
    if not found:
        raise _fail("Flet's index.html no longer declares `var flet = {...}`")
    theirs = _setting_names(found[1])
    ours = _setting_names(FLET_CONFIG)
    if not theirs:
        raise _fail("Flet's index.html declares no flet settings")
    if theirs - ours:
        raise _fail(f"Flet's index.html has settings flet-config.js does not set: "
                    f"{', '.join(sorted(theirs - ours))}")
    return FLET_CONFIG


# --- 4. assets/FontManifest.json: only the fonts we use -----------------------------

#: Flutter loads every font listed at start; these are the only two we use:
#: family -> file under the client's ``assets/``.
FONTS = {"MaterialIcons": "fonts/MaterialIcons-Regular.otf", "Roboto": "fonts/roboto.woff2"}


def font_manifest(assets: Iterable[str]) -> str:
    """Our ``assets/FontManifest.json``; ``assets`` are the client's files under ``assets/``.

    Fixes: Flet's lists KaTeX and Cupertino fonts (dropped with
    ``assets/packages/``), which Flutter would download at every start.
    Docs: "FontManifest.json loads every font at start". Fails if a font we
    list is not in the client.
    """
    missing = sorted(set(FONTS.values()) - set(assets))
    if missing:
        raise _fail(f"the client has no {', '.join(missing)} for FontManifest.json")
    return json.dumps([{"family": family, "fonts": [{"asset": asset}]}
                       for family, asset in FONTS.items()], indent=2)


# --- 5. Pyodide's standard library: a stored zip -------------------------------------

def store_uncompressed(archive: Path) -> None:
    """Rewrite a zip with every entry stored, for the server to compress it whole.

    Fixes: Pyodide's standard library zip is deflated entry by entry: 2.55 MB
    sent. Stored, it is sent as 1.79 MB of brotli (2.21 MB gzip), and imports
    no longer inflate each module in WebAssembly. The service worker keeps
    the decoded 9.7 MB. Docs: "The app archive is a stored zip, compressed
    on the wire".
    """
    if not archive.is_file() or not zipfile.is_zipfile(archive):
        raise _fail(f"{archive.name}: not found, or not a zip")
    write_stored_zip(archive, zip_files(archive))


# --- 6. Flet's Python package and worker, as vendored into app.zip ------------------

#: Parts of the flet package a browser app never imports (server, desktop and
#: test code); ``tools/vendor.py`` leaves them out of ``app.zip``.
FLET_UNUSED = ("flet/fastapi/", "flet/testing/", "flet/cli.py", "flet/pytest_plugin.py")


def check_flet_unused(site_packages: Path) -> None:
    """Every part of flet that ``tools/vendor.py`` leaves out must still exist."""
    missing = [part for part in FLET_UNUSED if not (site_packages / part).exists()]
    if missing:
        raise _fail(f"the flet package has no {', '.join(missing)} to leave out")


#: What ``tools/vendor.py`` counts on in Flet's ``python-worker.js``: it puts
#: ``__pypackages__`` first on ``sys.path``, and calls micropip only for these files.
WORKER_FACTS = ('pkgs_path = "__pypackages__"', 'os.path.exists("requirements.txt")',
                'os.path.exists("pyproject.toml")')


def check_python_worker(worker: str) -> None:
    """The worker still runs the app from ``__pypackages__`` with no install step.

    Not a patch, the reason none is needed: ``app.zip`` carries every
    dependency and neither file, so micropip (not shipped) never runs and the
    page needs no network. Docs: "micropip never runs".
    """
    missing = [fact for fact in WORKER_FACTS if fact not in worker]
    if missing:
        raise _fail(f"python-worker.js no longer has {'; '.join(missing)}")


# --- 6b. python.js: the Python worker starts with the page --------------------------

#: What ``assets/web/python-early.js`` relies on in Flet's ``python.js``: its
#: table of apps and the document's URL (script-scope ``let``s it shares),
#: ``jsConnect`` to fall back on, ``jsSend`` posting to ``app.worker`` and the
#: worker's "initialized" message.
PYTHON_JS_FACTS = ("let _apps = {};", "let _documentUrl = document.URL;",
                   "globalThis.jsConnect = async function (appId, args, dartOnMessage)",
                   "app.worker.postMessage(data, [data.buffer]);",
                   'if (event.data != "initialized")')
EARLY_SCRIPT = Path(__file__).resolve().parents[1] / "assets" / "web" / "python-early.js"
#: The early worker's module: Flet's ``python-worker.js`` plus a byte count.
BYTES_WORKER = EARLY_SCRIPT.with_name("python-worker-bytes.js")


def start_python_early(script: str) -> str:
    """``python.js`` that starts the Python worker as the page loads.

    Fixes: Flet starts it only when Flutter connects (about 2 s into a cold
    start), so Pyodide and the app's imports never overlap Flutter's start.
    Applied to the app only: ``make bench``'s hello world keeps Flet's way,
    the floor we measure against. Docs: "The Python worker starts with the page".
    """
    missing = [fact for fact in PYTHON_JS_FACTS if fact not in script]
    if missing:
        raise _fail(f"python.js no longer has {'; '.join(missing)}")
    # The ";" ends python.js's last statement (a function expression with no
    # semicolon), which would otherwise call itself with our script's IIFE.
    return script.rstrip() + ";\n" + EARLY_SCRIPT.read_text(encoding="utf-8")


def write_python_early(dist: Path) -> None:
    """Apply ``start_python_early`` to the copied client in ``dist``."""
    path = dist / "python.js"
    _write(path, start_python_early(path.read_text(encoding="utf-8")))
    shutil.copyfile(BYTES_WORKER, dist / BYTES_WORKER.name)


# --- 7. main.dart.js: pinch zoom allowed, no script from a CDN ----------------------

#: The viewport tag Flutter writes over ours at start (``flt-viewport``).
FLUTTER_VIEWPORT = ('"width=device-width, initial-scale=1.0, maximum-scale=1.0, '
                    'user-scalable=no"')
#: Ours, the same as ``assets/web/index.html``'s: the page may be zoomed.
OPEN_VIEWPORT = '"width=device-width, initial-scale=1"'


def allow_zoom(script: str) -> str:
    """``main.dart.js`` whose viewport tag lets the patient pinch to zoom.

    Fixes: at start Flutter removes every ``<meta name="viewport">`` and
    writes its own with ``maximum-scale=1.0, user-scalable=no`` (WCAG 1.4.4;
    axe-core's and Lighthouse's ``meta-viewport``). The touch-action that
    Flutter also sets to ``none`` is overridden in ``shell.css``.
    Docs: "Pinch zoom".
    """
    if script.count(FLUTTER_VIEWPORT) != 1:
        raise _fail(f"main.dart.js: expected Flutter's viewport content once, "
                    f"found it {script.count(FLUTTER_VIEWPORT)} times")
    return script.replace(FLUTTER_VIEWPORT, OPEN_VIEWPORT)


#: Rive's loader in the client: it appends a <script> from this CDN at every
#: start (Flet's Rive extension initialises it whether or not a Rive control
#: exists), and waits for its ``load`` event.
RIVE_CDN = '"https://cdn.jsdelivr.net/npm/@rive-app/flutter-native-wasm@'
RIVE_LOAD = ('k.src=A.dvv()+a\nk.type="application/javascript"\nk.defer=!0\n'
             'l.document.body.append(k)\ns=3\n'
             'return A.p(new A.LW(k,"load",!1,t.Ds).ga1(0),$async$b2F)')
#: Resolve "not loaded" at once: the loader's caller then marks Rive as
#: unavailable, which is its own path when both of its URLs fail.
RIVE_NOT_LOADED = "q=null\ns=1\nbreak"


def no_rive_script(script: str) -> str:
    """``main.dart.js`` that never asks jsDelivr for Rive's runtime.

    Fixes: a ``<script src="https://cdn.jsdelivr.net/...rive_native.js">``
    appended at every start, which only the CSP stopped: a console error,
    a Chrome "Issues" entry and Lighthouse's best-practices ``errors-in-console``.
    The app has no Rive control. The CSP stays as a second wall.
    Docs: "Rive's script from a CDN".
    """
    if script.count(RIVE_CDN) != 1 or script.count(RIVE_LOAD) != 1:
        raise _fail("main.dart.js: Rive's script loader (jsDelivr URL, then "
                    "<script> appended and awaited) is not where it was")
    return script.replace(RIVE_LOAD, RIVE_NOT_LOADED)


#: Flutter's window size: on iOS the layout viewport (``documentElement``'s
#: client size), elsewhere the visual viewport's, times a pixel ratio that
#: includes ``visualViewport.scale``.
VISUAL_VIEWPORT_SIZE = ("if(n!=null)if($.dK().gjO()===B.dU)"
                        "{s=o.document.documentElement.clientWidth")
#: The iOS way everywhere: the layout viewport, which a pinch does not shrink.
LAYOUT_VIEWPORT_SIZE = "if(n!=null)if(!0){s=o.document.documentElement.clientWidth"


def layout_viewport_size(script: str) -> str:
    """``main.dart.js`` that keeps its layout when the patient pinches to zoom.

    Fixes: zoomed to 200 %, Flutter took the visual viewport's size as its
    window's and laid the app out again in half the width at the page's
    top left; panning showed blank space and taps missed. With the layout
    viewport's size (times the zoomed pixel ratio) the app keeps its size
    and is drawn sharper. Docs: "Pinch zoom".
    """
    if script.count(VISUAL_VIEWPORT_SIZE) != 1:
        raise _fail("main.dart.js: Flutter's window size from the visual viewport "
                    "(iOS test, then documentElement.clientWidth) is not where it was")
    return script.replace(VISUAL_VIEWPORT_SIZE, LAYOUT_VIEWPORT_SIZE)


def patch_main_dart(script: str) -> str:
    """Every patch of ``main.dart.js``, in order."""
    return layout_viewport_size(no_rive_script(allow_zoom(script)))


# --- Applying them ---------------------------------------------------------------------

def copy_client(dist: Path) -> None:
    """Copy the client and Pyodide into ``dist`` with every patch above applied."""
    client = client_dir()
    names = [p.relative_to(client).as_posix() for p in client.rglob("*") if p.is_file()]
    check_python_worker((client / "python-worker.js").read_text(encoding="utf-8"))
    for relative in shipped_files(names):
        target = dist / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(client / relative, target)
    bootstrap = (client / "flutter_bootstrap.js").read_text(encoding="utf-8")
    _write(dist / "flutter_bootstrap.js", remove_service_worker_settings(bootstrap))
    _write(dist / "flet-config.js",
           flet_config((client / "index.html").read_text(encoding="utf-8")))
    _write(dist / "assets" / "FontManifest.json",
           font_manifest(n.removeprefix("assets/") for n in names if n.startswith("assets/")))
    store_uncompressed(dist / STDLIB)
    main_dart = dist / "main.dart.js"
    _write(main_dart, patch_main_dart(main_dart.read_text(encoding="utf-8")))


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")
