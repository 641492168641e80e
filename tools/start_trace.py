"""Where one cold start's CPU goes, thread by thread: a probe for #12's work, not a benchmark.

``python tools/start_trace.py [SITE] [--cpu-slowdown 4]`` serves a built site
(default ``dist``) as ``make bench`` does, starts it once in a new Chromium
profile with Chromium's tracing on, and prints:

- when the big files arrived, and when Flutter asked for ``FontManifest.json``
  (its engine is up) and the first screen had a button (ready);
- each thread's CPU time, second by second (from the trace's thread time,
  ``tdur``, of each top-level task), and how much of it V8 spent turning hot
  WebAssembly into optimised code (``wasm.TopTierCompilation``).

What it showed: with the CPU 4x slower, Chromium's throttling keeps the
page's main thread busy the whole time (its CPU time equals its wall time),
so on a 2-core machine the Python worker, V8's compiler threads and the GPU
process share the other core. See docs/flet-web-offline.md, "CPU
throttling takes a core".
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script

from playwright.sync_api import sync_playwright  # noqa: E402

from tools import bench  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = ["toplevel", "v8.wasm", "disabled-by-default-v8.wasm.detailed", "devtools.timeline"]
TOP_TASKS = {"ThreadControllerImpl::RunTask", "RunTask", "ThreadPool_RunTask"}
TOP_TIER = "wasm.TopTierCompilation"
FILES = ("main.dart.js", "canvaskit.wasm", "FontManifest.json")
RESOURCES = """() => performance.getEntriesByType('resource')
  .map((e) => [e.name.split('/').pop(), Math.round(e.responseEnd)])"""


def trace_start(site: Path, slowdown: int, trace: Path) -> dict[str, float]:
    """Start ``site`` once, cold; write Chromium's trace; return a few moments (ms)."""
    with sync_playwright() as playwright, bench.serving(site) as (url, _):
        browser = playwright.chromium.launch(
            executable_path=bench.CHROMIUM, args=[*bench.ARGS, *bench.trusted_certificate_args()])
        page = bench.new_context(browser).new_page()
        if slowdown > 1:
            page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate",
                                                    {"rate": slowdown})
        browser.start_tracing(page=page, path=str(trace), categories=CATEGORIES)
        page.goto(url)
        moments = {"ready": bench.interactive_ms(page)}
        browser.stop_tracing()
        for name, end in page.evaluate(RESOURCES):
            if name in FILES:
                moments.setdefault(name, float(end))
        browser.close()
    return moments


def spread(cpu: dict[int, float], start: float, wall: float, used: float) -> None:
    """Add ``used`` CPU ms over the seconds from ``start`` for ``wall`` (both in µs), evenly."""
    end, rate = start + wall, used / wall if wall else 0.0
    while start < end or not wall:
        second = int(start // 1_000_000)
        step = min(end, (second + 1) * 1_000_000) - start
        cpu[second] += step * rate if wall else used
        start += step
        if not wall:
            return


def cpu_by_thread(trace: Path) -> dict[str, dict[int, float]]:
    """Per thread name, CPU ms of its top-level tasks in each second (spread over each task)."""
    data: Any = json.loads(trace.read_text(encoding="utf-8"))
    events: list[dict[str, Any]] = data["traceEvents"] if isinstance(data, dict) else data
    names = {(e["pid"], e["tid"]): e["args"]["name"] for e in events
             if e.get("ph") == "M" and e.get("name") == "thread_name"}
    origin = min(e["ts"] for e in events if e.get("ts"))
    cpu: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for event in events:
        if event.get("ph") != "X" or "tdur" not in event:
            continue
        if event["name"] in TOP_TASKS:
            thread = names.get((event["pid"], event["tid"]), "?").rstrip("0123456789")
        elif event["name"] == TOP_TIER:
            thread = f"  of which {TOP_TIER}"
        else:
            continue
        spread(cpu[thread], event["ts"] - origin, event["dur"], event["tdur"] / 1000)
    return cpu


def report(moments: dict[str, float], cpu: dict[str, dict[int, float]], rows: int = 8) -> None:
    for name, at in sorted(moments.items(), key=lambda item: item[1]):
        print(f"{name:>20} at {at / 1000:5.2f} s")
    seconds = range(1 + max(max(by_second) for by_second in cpu.values()))
    print(f"\n{'CPU ms in each second':34}" + "".join(f"{s:6d}" for s in seconds) + "   total")
    for thread in sorted(cpu, key=lambda name: -sum(cpu[name].values()))[:rows]:
        cells = "".join(f"{cpu[thread].get(s, 0):6.0f}" for s in seconds)
        print(f"{thread[:34]:34}{cells}{sum(cpu[thread].values()):8.0f}")
    print("(the trace's clock starts a little before the page's)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "dist")
    parser.add_argument("--cpu-slowdown", type=int, default=bench.SLOW_CPU)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        trace = Path(folder) / "trace.json"
        moments = trace_start(args.site, args.cpu_slowdown, trace)
        report(moments, cpu_by_thread(trace))


if __name__ == "__main__":
    main()
