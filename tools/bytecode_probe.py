"""Run in Pyodide by tools/bytecode.mjs: start as the worker does, compile what was imported.

Prints JSON: for each zip ("stdlib", "app"), the members whose source the
start imported, each with its bytecode (base64): an unchecked hash-based
``.pyc`` (deterministic: no timestamp) compiled under the path the page
will import it from, so tracebacks still name the file.
"""

import base64
import importlib
import importlib.util
import json
import os
import pkgutil
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc  # type: ignore[attr-defined]

HOME = "/home/pyodide"
STDLIB = next(p for p in sys.path if p.endswith(".zip"))


def start_like_the_worker() -> None:
    """The imports of Flet's python-worker.js, then the app's main module."""
    os.makedirs(HOME, exist_ok=True)
    os.chdir(HOME)
    with zipfile.ZipFile("/dist/app.zip") as archive:
        archive.extractall(HOME)
    sys.path.insert(0, HOME)
    sys.path.insert(0, f"{HOME}/__pypackages__")
    import runpy  # noqa: F401
    import traceback  # noqa: F401
    from urllib.parse import urlparse  # noqa: F401

    import main  # noqa: F401  # its ft.run waits for __main__
    import msgpack  # noqa: F401
    import pyodide.http  # noqa: F401

    import second_opinion

    for found in pkgutil.walk_packages(second_opinion.__path__, "second_opinion."):
        importlib.import_module(found.name)  # the rest of the app, imported as screens open


def bytecode(source: bytes, path: str) -> str:
    code = compile(source, path, "exec", dont_inherit=True)
    return base64.b64encode(_code_to_hash_pyc(code, importlib.util.source_hash(source),
                                              checked=False)).decode()


def imported_sources() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {"stdlib": {}, "app": {}}
    with zipfile.ZipFile(STDLIB) as stdlib:
        for module in list(sys.modules.values()):
            origin = getattr(getattr(module, "__spec__", None), "origin", None) or ""
            if not origin.endswith(".py"):
                continue
            if origin.startswith(STDLIB + "/"):
                member = origin.removeprefix(STDLIB + "/")
                found["stdlib"][member] = bytecode(stdlib.read(member), origin)
            elif origin.startswith(HOME + "/"):
                with open(origin, "rb") as file:
                    found["app"][origin.removeprefix(HOME + "/")] = bytecode(file.read(), origin)
    return found


start_like_the_worker()
json.dumps(imported_sources(), sort_keys=True)
