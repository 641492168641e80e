"""Ship bytecode, compiled by the page's own Python, for every module the app's start imports.

Why: Pyodide's standard library zip and ``app.zip`` hold sources only, and
neither a zip nor the in-memory files ``app.zip`` unpacks to keeps a
``__pycache__`` from one start to the next, so every start compiled about
350 modules (5 MB of bytecode) in WebAssembly before the first screen.

How: ``tools/bytecode.mjs`` runs Pyodide (the very ``dist/pyodide`` the page
loads, so the magic number matches) in Node, where ``bytecode_probe.py``
imports what Flet's worker and the app import at start and compiles each of
those sources. Here each such ``x.py`` is replaced by ``x.pyc`` in its zip:
sourceless, so it does not weigh on the first visit twice. The price is
tracebacks without source lines. Modules the start never imports stay
sources. Docs: "Bytecode made by the build" in docs/flet-web-offline.md.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path

from tools.compress import APP_ARCHIVE, write_stored_zip, zip_files
from tools.patches import STDLIB

TOOLS = Path(__file__).resolve().parent
#: Which zip in ``dist`` each part of the probe's answer belongs to.
ARCHIVES = {"stdlib": STDLIB, "app": APP_ARCHIVE}


class BytecodeError(RuntimeError):
    """The build could not compile the start's modules."""


def compile_start(dist: Path) -> dict[str, dict[str, bytes]]:
    """Per archive name, ``{member.py: bytecode}`` for what the start imports."""
    node = shutil.which("node")
    if node is None:
        raise BytecodeError("Node.js is needed to compile the app's bytecode (apt install nodejs)")
    done = subprocess.run([node, str(TOOLS / "bytecode.mjs"), str(dist),
                           str(TOOLS / "bytecode_probe.py")],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BytecodeError(f"bytecode.mjs failed:\n{done.stderr[-2000:]}")
    found: dict[str, dict[str, str]] = json.loads(done.stdout)
    return {name: {member: base64.b64decode(data) for member, data in members.items()}
            for name, members in found.items()}


def swap_in(archive: Path, bytecode: dict[str, bytes]) -> None:
    """Rewrite ``archive`` with each ``x.py`` of ``bytecode`` as ``x.pyc``."""
    files = zip_files(archive)
    missing = set(bytecode) - {name for name, _ in files}
    if missing:
        raise BytecodeError(f"{archive.name} has no {sorted(missing)[:3]}")
    swapped = [(name + "c", bytecode[name]) if name in bytecode else (name, data)
               for name, data in files]
    write_stored_zip(archive, sorted(swapped))


def write(dist: Path) -> None:
    """Swap the start's sources for bytecode in both zips of ``dist``."""
    for name, bytecode in compile_start(dist).items():
        swap_in(dist / ARCHIVES[name], bytecode)
