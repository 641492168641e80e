"""The build's patches to Flet's client: each applies to the pinned client, and
each stops the build when what it changes is not there (tools/patches.py)."""

from __future__ import annotations

import importlib.metadata
import json
import zipfile
from pathlib import Path

import pytest

from tools import patches
from tools.patches import PatchError

CLIENT = patches.client_dir()
NAMES = sorted(p.relative_to(CLIENT).as_posix() for p in CLIENT.rglob("*") if p.is_file())


def _read(relative: str) -> str:
    return (CLIENT / relative).read_text(encoding="utf-8")


def test_patches_were_written_for_the_installed_flet_web() -> None:
    assert importlib.metadata.version("flet-web") == patches.PATCHED_FOR
    patches.check_version()


def test_another_flet_web_stops_the_build_with_what_to_do() -> None:
    with pytest.raises(PatchError) as stopped:
        patches.check_version("1.0.6")
    message = str(stopped.value)
    assert f"written for flet-web {patches.PATCHED_FOR}; installed is 1.0.6" in message
    assert "Check each patch" in message and "PATCHED_FOR" in message
    assert isinstance(stopped.value, SystemExit)  # the build stops, no traceback needed


def test_the_client_is_not_copied_from_another_flet_web(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "2.0.0")
    with pytest.raises(PatchError, match="installed is 2.0.0"):
        patches.copy_client(tmp_path)
    assert list(tmp_path.iterdir()) == []


# Each patch applies to the pinned client...

def test_skipped_files_all_exist_and_are_left_out() -> None:
    shipped = patches.shipped_files(NAMES)
    assert "flutter_service_worker.js" not in shipped and "index.html" not in shipped
    assert "main.dart.js" in shipped and "python-worker.js" in shipped
    assert not [n for n in shipped if n.startswith("canvaskit/skwasm") or n.endswith(".symbols")]


def test_bootstrap_loses_only_the_service_worker_settings() -> None:
    script = _read("flutter_bootstrap.js")
    patched = patches.remove_service_worker_settings(script)
    assert 'serviceWorkerVersion: "' not in patched
    assert "onEntrypointLoaded" in patched
    assert len(script) - len(patched) < 250


def test_flet_config_sets_every_setting_of_flets_page() -> None:
    config = patches.flet_config(_read("index.html"))
    assert 'pyodideUrl: "./pyodide/pyodide.mjs"' in config
    assert 'webRenderer: "canvaskit"' in config


def test_font_manifest_lists_fonts_the_client_has() -> None:
    assets = [n.removeprefix("assets/") for n in NAMES if n.startswith("assets/")]
    families = [entry["family"] for entry in json.loads(patches.font_manifest(assets))]
    assert families == ["MaterialIcons", "Roboto"]


def test_the_worker_still_needs_no_install_step() -> None:
    patches.check_python_worker(_read("python-worker.js"))


def test_the_unused_parts_of_flet_still_exist() -> None:
    import flet

    patches.check_flet_unused(Path(flet.__file__).parents[1])


def test_a_zip_is_rewritten_stored_with_the_same_entries(tmp_path: Path) -> None:
    archive = tmp_path / "lib.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as made:
        made.writestr("json/__init__.py", "x = 1\n" * 100)
    patches.store_uncompressed(archive)
    with zipfile.ZipFile(archive) as stored:
        assert [i.compress_type for i in stored.infolist()] == [zipfile.ZIP_STORED]
        assert stored.read("json/__init__.py") == b"x = 1\n" * 100


# ...and stops the build when what it changes is not found.

@pytest.mark.parametrize("dropped", ["flutter_service_worker.js", "canvaskit/skwasm", ".symbols"])
def test_a_skipped_file_the_client_no_longer_has_stops_the_build(dropped: str) -> None:
    names = [n for n in NAMES if dropped not in n]
    with pytest.raises(PatchError, match=f"no file for the skipped .*{dropped}"):
        patches.shipped_files(names)


def test_bootstrap_without_service_worker_settings_stops_the_build() -> None:
    script = patches.remove_service_worker_settings(_read("flutter_bootstrap.js"))
    with pytest.raises(PatchError, match="serviceWorkerSettings"):
        patches.remove_service_worker_settings(script)


def test_flets_page_without_settings_stops_the_build() -> None:
    with pytest.raises(PatchError, match="var flet"):
        patches.flet_config("<html><script>var other = {};</script></html>")


def test_a_new_setting_in_flets_page_stops_the_build() -> None:
    page = _read("index.html").replace("pyodide: false,", "pyodide: false,\n      newThing: 1,")
    with pytest.raises(PatchError, match="newThing"):
        patches.flet_config(page)


def test_a_font_the_client_lacks_stops_the_build() -> None:
    with pytest.raises(PatchError, match="roboto.woff2"):
        patches.font_manifest(["fonts/MaterialIcons-Regular.otf"])


def test_a_missing_standard_library_zip_stops_the_build(tmp_path: Path) -> None:
    with pytest.raises(PatchError, match="python_stdlib.zip"):
        patches.store_uncompressed(tmp_path / "python_stdlib.zip")


def test_a_worker_that_would_install_stops_the_build() -> None:
    worker = _read("python-worker.js").replace('pkgs_path = "__pypackages__"', "")
    with pytest.raises(PatchError, match="__pypackages__"):
        patches.check_python_worker(worker)


def test_flet_parts_no_longer_there_stop_the_build(tmp_path: Path) -> None:
    with pytest.raises(PatchError, match="flet/fastapi/"):
        patches.check_flet_unused(tmp_path)


def test_main_dart_lets_the_page_zoom() -> None:
    script = _read("main.dart.js")
    patched = patches.allow_zoom(script)
    assert patches.FLUTTER_VIEWPORT not in patched
    assert patched.count(patches.OPEN_VIEWPORT) == 1
    assert len(patched) - len(script) == len(patches.OPEN_VIEWPORT) - len(patches.FLUTTER_VIEWPORT)


def test_main_dart_never_asks_for_rives_script() -> None:
    script = _read("main.dart.js")
    patched = patches.no_rive_script(script)
    assert patches.RIVE_LOAD not in patched
    assert patched.count(patches.RIVE_NOT_LOADED) == script.count(patches.RIVE_NOT_LOADED) + 1


def test_every_main_dart_patch_applies_in_order() -> None:
    patched = patches.patch_main_dart(_read("main.dart.js"))
    assert patches.FLUTTER_VIEWPORT not in patched and patches.RIVE_LOAD not in patched


def test_main_dart_without_flutters_viewport_tag_stops_the_build() -> None:
    script = _read("main.dart.js").replace(patches.FLUTTER_VIEWPORT, '"width=device-width"')
    with pytest.raises(PatchError, match="viewport content once, found it 0 times"):
        patches.allow_zoom(script)


def test_main_dart_already_zoomable_stops_the_build() -> None:
    with pytest.raises(PatchError, match="viewport"):
        patches.allow_zoom(patches.allow_zoom(_read("main.dart.js")))


@pytest.mark.parametrize("part", ["RIVE_CDN", "RIVE_LOAD"])
def test_main_dart_without_rives_loader_stops_the_build(part: str) -> None:
    script = _read("main.dart.js").replace(getattr(patches, part), "")
    with pytest.raises(PatchError, match="Rive's script loader"):
        patches.no_rive_script(script)


def test_main_dart_sizes_itself_from_the_layout_viewport() -> None:
    script = _read("main.dart.js")
    patched = patches.layout_viewport_size(script)
    assert patches.VISUAL_VIEWPORT_SIZE not in patched
    assert patched.count(patches.LAYOUT_VIEWPORT_SIZE) == 1
    assert patches.LAYOUT_VIEWPORT_SIZE in patches.patch_main_dart(script)


def test_main_dart_without_its_window_size_test_stops_the_build() -> None:
    script = patches.layout_viewport_size(_read("main.dart.js"))
    with pytest.raises(PatchError, match="visual viewport"):
        patches.layout_viewport_size(script)


def test_python_js_starts_the_worker_with_the_page_and_keeps_flets_connect() -> None:
    script = _read("python.js")
    patched = patches.start_python_early(script)
    assert patched.startswith(script.rstrip())
    early = patched[len(script.rstrip()):]
    assert early.startswith(";\n"), "python.js's last function expression would call our IIFE"
    assert "new Worker(" in early and "var fletConnect = globalThis.jsConnect;" in early


@pytest.mark.parametrize("fact", patches.PYTHON_JS_FACTS)
def test_python_js_without_what_the_early_start_relies_on_stops_the_build(fact: str) -> None:
    script = _read("python.js").replace(fact, "")
    with pytest.raises(PatchError, match="python.js no longer has"):
        patches.start_python_early(script)
