"""Pack the app and every Python dependency into ``app.zip`` for Pyodide.

Flet's worker unpacks the archive, puts ``__pypackages__`` first on
``sys.path`` and only calls micropip when the archive holds a
``requirements.txt`` or ``pyproject.toml``. We ship neither, so nothing is
ever installed from an index: the page needs no network at all
(``tools/patches.py`` checks that the worker still works this way).
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
sys.path.insert(0, str(APP))  # the app's language registry, under tools/build.py too

from second_opinion.i18n.languages import PACKAGE_REGISTRY, SOURCE_REGISTRY, languages  # noqa: E402
from tools.patches import FLET_UNUSED, check_flet_unused  # noqa: E402

LOCALES = ROOT / "locales"
WHEELS = ROOT / "build" / "wheels"

#: Pure-Python distributions copied from the locked environment:
#: (import name, distribution folder prefix). Flet's own come first.
FRAMEWORK = [("flet", "flet-"), ("repath", "repath-"), ("six", "six-")]
PURE = [*FRAMEWORK, ("tinydb", "tinydb-"), ("babel", "babel-")]

#: msgpack has a C extension, so Pyodide needs its own build of it.
MSGPACK_WHEEL = "msgpack-1.2.4-cp314-cp314-pyemscripten_2026_0_wasm32.whl"
MSGPACK_SHA256 = "06a0657a4110d563255006b7cb7147432f67827144e429c2cdb1c967548d1817"

def _is_source(path: Path) -> bool:
    """Code the page runs: no bytecode of this Python, no type stubs (Flet's are 330 KB)."""
    return "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyi")


def _site_packages() -> Path:
    spec = importlib.util.find_spec("tinydb")
    assert spec and spec.origin
    return Path(spec.origin).parent.parent


def _shipped_babel_locales() -> set[str]:
    return {language.code.split("_")[0] for language in languages()}


def _keep_babel_file(relative: str, languages: set[str]) -> bool:
    """Keep Babel's locale data only for shipped languages (and ``root``)."""
    if not relative.startswith("babel/locale-data/"):
        return True
    stem = Path(relative).stem
    return stem == "root" or stem.split("_")[0] in languages


def _pure_files(packages: list[tuple[str, str]] = PURE) -> Iterator[tuple[str, bytes]]:
    site = _site_packages()
    check_flet_unused(site)  # Flet's own parts left out (tools/patches.py)
    shipped = _shipped_babel_locales()
    for name, dist_prefix in packages:
        roots = [site / name, site / f"{name}.py"]
        roots += sorted(p for p in site.iterdir() if p.name.startswith(dist_prefix)
                        and p.name.endswith(".dist-info"))
        for root in roots:
            files = [root] if root.is_file() else sorted(root.rglob("*"))
            for path in files:
                relative = path.relative_to(site).as_posix()
                if (path.is_file() and _is_source(path)
                        and not relative.startswith(FLET_UNUSED)
                        and _keep_babel_file(relative, shipped)):
                    yield f"__pypackages__/{relative}", path.read_bytes()


def msgpack_wheel() -> Path:
    """The Pyodide build of msgpack, downloaded once from PyPI and checked."""
    wheel = WHEELS / MSGPACK_WHEEL
    if not wheel.exists():
        WHEELS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [getattr(sys, "_base_executable", sys.executable), "-m", "pip", "download",
             "--quiet", "--no-deps", "--only-binary=:all:", "--python-version", "3.14",
             "--implementation", "cp", "--abi", "cp314",
             "--platform", "pyemscripten_2026_0_wasm32", "msgpack==1.2.4", "-d", str(WHEELS)],
            check=True,
        )
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != MSGPACK_SHA256:
        raise SystemExit(f"{wheel.name}: unexpected sha256 {digest}")
    return wheel


def _wheel_files(wheel: Path) -> Iterator[tuple[str, bytes]]:
    with zipfile.ZipFile(wheel) as archive:
        for name in sorted(archive.namelist()):
            if not name.endswith("/"):
                yield f"__pypackages__/{name}", archive.read(name)


def _app_files() -> Iterator[tuple[str, bytes]]:
    for path in sorted(APP.rglob("*")):
        if path.is_file() and _is_source(path):
            yield path.relative_to(APP).as_posix(), path.read_bytes()
    # Where the app's loader looks first (second_opinion.i18n.languages).
    yield PACKAGE_REGISTRY.relative_to(APP).as_posix(), SOURCE_REGISTRY.read_bytes()
    for mo in sorted(LOCALES.glob("*/LC_MESSAGES/messages.mo")):
        yield f"second_opinion/locales/{mo.relative_to(LOCALES).as_posix()}", mo.read_bytes()


def project_version() -> str:
    found = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    assert found, "pyproject.toml has no version"
    return found.group(1)


def archive_files(version: str | None = None) -> list[tuple[str, bytes]]:
    """Every file of the app archive, sorted, as (path, content)."""
    stamp = ("second_opinion/VERSION", (version or project_version()).encode())
    files = [*_app_files(), stamp, *_pure_files(), *_wheel_files(msgpack_wheel())]
    return sorted(files)


def framework_files(main_py: bytes) -> list[tuple[str, bytes]]:
    """An archive of Flet alone around ``main_py``: the benchmark's floor."""
    files = [("main.py", main_py), *_pure_files(FRAMEWORK), *_wheel_files(msgpack_wheel())]
    return sorted(files)
