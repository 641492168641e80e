"""``make bench``: the app against the framework's floor, in headless Chromium.

Builds the app and a two-control Flet "hello world" published the same way
(same shell, service worker and compression) but started as Flet starts it
(no first words, Python only once Flutter connects): the floor. Serves both
with ``tools/serve.py``'s handler, and prints, then writes as JSON:

- first words (the app's HTML first words; the hello world's first text)
  and ready (the first ``flt-semantics`` button), median of alternating
  runs, cold (fresh profile), offline (from the service worker's cache) and
  cold with the CPU 4x slower (CDP ``Emulation.setCPUThrottlingRate``, the
  DevTools mobile preset), each with its ratio app / hello world;
- bytes the server sent for a first visit (compressed, as served), until
  interactive and until the service worker has everything. Both sites are
  served over HTTPS (a throwaway certificate), as a deployed PWA is: over
  plain HTTP Chromium accepts only gzip, never brotli;
- bytes the service worker keeps;
- tap-to-saved: a checklist tap until its IndexedDB write is done, timed
  by the Python worker that writes (and, as before, by the page polling
  IndexedDB, which waits behind the frames that draw the tap), and
  language switch (a tap until the new language's heading shows), median and
  95th percentile over many taps.

A benchmark, never a test: it prints figures and fails only if it cannot run.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import ssl
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script

from playwright.sync_api import Browser, BrowserContext, Page, Worker, sync_playwright  # noqa: E402

from tools import build, compress, patches, pwa, vendor  # noqa: E402
from tools.serve import make_server  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "bench"
RUNS = 5
TAPS = 30
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update"]
VIEWPORT = {"width": 412, "height": 915}

HELLO = b'''"""Two controls: the smallest Flet app, published like ours."""
import flet as ft


def main(page: ft.Page) -> None:
    page.add(ft.Text("Hello"), ft.FilledButton("Press me"))


ft.run(main)
'''

#: Records performance.now() when the first words can be read (the app's
#: HTML first words, or any text of the Flutter app: the hello world has no
#: first words) and when the first button reaches the accessibility tree.
MARK_INTERACTIVE = """
new MutationObserver((_, observer) => {
  if (window.__firstWordsAt === undefined && document.querySelector(
        "#first-words li, flt-semantics[role='button'], flt-semantics span")) {
    window.__firstWordsAt = performance.now();
  }
  if (document.querySelector("flt-semantics[role='button']")) {
    window.__interactiveAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
"""
#: The CPU slowdown of Chrome DevTools' mobile preset (CDP Emulation.setCPUThrottlingRate).
SLOW_CPU = 4
SLOW_RUNS = 5  # 3 left the 4x ratio's median at the mercy of one run (0.76 and 0.86)

WORKER_READY = """async () => {
  if (!navigator.serviceWorker.controller) return false;
  for (const name of await caches.keys()) {
    if (await (await caches.open(name)).match('__revisions__')) return true;
  }
  return false;
}"""

CACHED_BYTES = """async () => {
  let total = 0;
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      total += (await (await cache.match(request)).arrayBuffer()).byteLength;
    }
  }
  return total;
}"""

#: In the Python worker: note the moment each write to IndexedDB (IDBFS's
#: ``FS.syncfs`` to the database) is done, where the app waits for it.
SYNC_CLOCK = """() => {
  if (!self.__syncsDone) {
    const fs = self.pyodide.FS, sync = fs.syncfs.bind(fs);
    self.__syncsDone = [];
    fs.syncfs = (populate, callback) => sync(populate, (error) => {
      if (!populate && !error) self.__syncsDone.push(performance.timeOrigin + performance.now());
      callback(error);
    });
  }
  return self.__syncsDone.length;
}"""

#: Tap a radio by name; return the moment, on the clock the worker's is on.
TAP = """(name) => {
  const radio = [...document.querySelectorAll("flt-semantics[role='radio']")]
    .find((node) => node.getAttribute('aria-label') === name);
  const at = performance.timeOrigin + performance.now();
  radio.click();
  return at;
}"""

#: Tap a radio by name; resolve when IDBFS's copy of the store file changes.
#: One connection, opened before the tap, so the probe itself costs little.
TAP_TO_SAVED = """async (name) => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('/data');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const stamp = () => new Promise((resolve) => {
    const get = db.transaction('FILE_DATA').objectStore('FILE_DATA')
      .get('/data/second-opinion.json');
    get.onsuccess = () => resolve(get.result ? get.result.timestamp.valueOf() : 0);
    get.onerror = () => resolve(0);
  });
  const radio = [...document.querySelectorAll("flt-semantics[role='radio']")]
    .find((node) => node.getAttribute('aria-label') === name);
  const before = await stamp();
  const start = performance.now();
  radio.click();
  let took = -1;
  while (performance.now() - start < 10000) {
    if ((await stamp()) !== before) {
      took = performance.now() - start;
      break;
    }
  }
  db.close();
  return took;
}"""

#: Tap a language by name; resolve when a heading reads ``expected``.
LANGUAGE_SWITCH = """async ([name, expected]) => {
  const radio = [...document.querySelectorAll("flt-semantics[role='radio']")]
    .find((node) => node.getAttribute('aria-label') === name);
  const start = performance.now();
  radio.click();
  const shown = () => [...document.querySelectorAll("flt-semantics-host *")]
    .some((node) => node.getAttribute('aria-label') === expected
          || (node.childElementCount === 0 && node.textContent === expected));
  while (!shown()) {
    if (performance.now() - start > 10000) return -1;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return performance.now() - start;
}"""


def build_hello(app_site: Path, site: Path) -> None:
    """The app's shell and client around a two-control Flet app, no fonts of ours."""
    if site.exists():
        shutil.rmtree(site)
    site.mkdir(parents=True)
    patches.copy_client(site)  # the floor is published the same way, but with
    pwa.write_shell(site, first_words=False)  # Flet's own start: no first words, no early Python
    shutil.rmtree(site / "fonts")
    compress.write_stored_zip(site / build.APP_ARCHIVE, vendor.framework_files(HELLO))
    pwa.finish(site)


CERT, KEY = OUT / "cert.pem", OUT / "key.pem"


def make_certificate() -> None:
    """A self-signed certificate for 127.0.0.1, made once with ``openssl``."""
    if not CERT.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                        "-keyout", str(KEY), "-out", str(CERT), "-days", "30",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                       check=True, capture_output=True)


def trusted_certificate_args() -> list[str]:
    """Chromium trusts our key by its hash: no certificate error, so it caches.

    ``--ignore-certificate-errors`` would let the page load, but Chromium
    keeps nothing in its HTTP cache from a site with a certificate error, and
    the service worker then downloaded every file a second time.
    """
    make_certificate()
    der = subprocess.run(["openssl", "x509", "-in", str(CERT), "-pubkey", "-noout"],
                         check=True, capture_output=True).stdout
    spki = subprocess.run(["openssl", "pkey", "-pubin", "-outform", "der"], input=der,
                          check=True, capture_output=True).stdout
    digest = base64.b64encode(hashlib.sha256(spki).digest()).decode()
    return [f"--ignore-certificate-errors-spki-list={digest}"]


def tls_context() -> ssl.SSLContext:
    make_certificate()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(CERT, KEY)
    return context


@contextmanager
def serving(site: Path) -> Iterator[tuple[str, list[int]]]:
    """Serve ``site`` over HTTPS; the list holds the body bytes sent so far (as sent)."""
    sent = [0]
    server = make_server(site, "127.0.0.1", 0, quiet=True)
    # The handshake happens in each request's thread, not in the accepting one.
    server.socket = tls_context().wrap_socket(server.socket, server_side=True,
                                              do_handshake_on_connect=False)
    handler = server.RequestHandlerClass
    original = handler.func.copyfile  # type: ignore[attr-defined]

    def counting_copy(self: Any, source: Any, output: Any) -> None:
        data = source.read()
        sent[0] += len(data)
        output.write(data)

    handler.func.copyfile = counting_copy  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_port}/", sent
    finally:
        handler.func.copyfile = original  # type: ignore[attr-defined]
        server.shutdown()


def wait_until(page: Page, script: str, timeout_s: float = 300) -> None:
    """Poll an async page function until it returns true.

    ``wait_for_function`` does not await an async predicate: the Promise it
    returns is truthy, so it would pass at once.
    """
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(script):
        if time.monotonic() > deadline:
            raise TimeoutError(script)
        page.wait_for_timeout(500)


def interactive_ms(page: Page) -> float:
    page.wait_for_function("() => window.__interactiveAt !== undefined", timeout=300_000)
    return float(page.evaluate("window.__interactiveAt"))


def first_words_ms(page: Page) -> float:
    """When the first words could be read; call after ``interactive_ms``."""
    return float(page.evaluate("window.__firstWordsAt"))


def new_context(browser: Browser, **options: Any) -> BrowserContext:
    context = browser.new_context(viewport=VIEWPORT, service_workers="allow",  # type: ignore[arg-type]
                                  **options)
    context.add_init_script(MARK_INTERACTIVE)
    return context


def cold_start(browser: Browser, url: str, sent: list[int],
               cpu_slowdown: int = 1) -> dict[str, float]:
    """A first visit in a new profile; with ``cpu_slowdown`` > 1, only the start."""
    context = new_context(browser)
    try:
        page = context.new_page()
        if cpu_slowdown > 1:
            context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate",
                                               {"rate": cpu_slowdown})
        sent[0] = 0
        page.goto(url)
        start = interactive_ms(page)
        words = first_words_ms(page)
        until_interactive = sent[0]
        if cpu_slowdown > 1:
            return {"start_ms": start, "first_words_ms": words}
        wait_until(page, WORKER_READY)
        return {"start_ms": start, "first_words_ms": words,
                "bytes_interactive": until_interactive, "bytes_offline_ready": sent[0],
                "cached_bytes": float(page.evaluate(CACHED_BYTES))}
    finally:
        context.close()


@contextmanager
def offline_page(browser: Browser, url: str) -> Iterator[Page]:
    """A profile that has visited once and is now offline."""
    context = new_context(browser)
    try:
        page = context.new_page()
        page.goto(url)
        interactive_ms(page)
        wait_until(page, WORKER_READY)
        context.set_offline(True)
        yield page
    finally:
        context.close()


def offline_start(page: Page, url: str) -> tuple[float, float]:
    """A reload while offline: Playwright's goto fails offline before the worker answers.

    Returns (first words, ready) in ms.
    """
    page.reload()
    ready = interactive_ms(page)
    return first_words_ms(page), ready


def summary(values: list[float]) -> dict[str, float]:
    """Median and 95th percentile; NaN when nothing could be measured."""
    if not values:
        return {"median": float("nan"), "p95": float("nan"), "n": 0}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": statistics.median(ordered), "p95": p95, "n": len(ordered)}


def python_worker(page: Page) -> Worker:
    for worker in page.workers:
        if worker.evaluate("() => !!self.pyodide"):
            return worker
    raise RuntimeError("no Python worker in the page")


def taps_timed_in_worker(page: Page) -> list[float]:
    """Tap-to-saved timed where the write happens: from the tap to the end of
    its IndexedDB write, noted by the Python worker itself.

    The page is not asked anything while a write is on its way: a page that
    polls IndexedDB runs on the thread that draws the tap's result, and
    measures its own wait behind those frames (``TAP_TO_SAVED``).
    """
    worker = python_worker(page)
    found = []
    for i in range(TAPS):
        before = int(worker.evaluate(SYNC_CLOCK))
        at = float(page.evaluate(TAP, "I have it" if i % 2 else "To do"))
        page.wait_for_timeout(300)
        for _ in range(50):
            done = [t for t in worker.evaluate("() => self.__syncsDone")[before:] if t > at]
            if done:
                found.append(done[0] - at)
                break
            page.wait_for_timeout(200)
        page.wait_for_timeout(200)  # a person's pace: the last tap's redraw is over
    return found


def taps(page: Page, url: str) -> dict[str, dict[str, float]]:
    """Tap-to-saved on /prepare (two rulers), then language switches on /settings."""
    from second_opinion.i18n.translator import Translator

    page.goto(url + "prepare")
    interactive_ms(page)
    page.wait_for_selector("flt-semantics[role='radio']", state="attached", timeout=60_000)
    in_worker = taps_timed_in_worker(page)
    seen_by_page = [float(page.evaluate(TAP_TO_SAVED, "I have it" if i % 2 else "To do"))
                    for i in range(TAPS)]
    page.goto(url + "settings")
    interactive_ms(page)
    page.wait_for_selector("flt-semantics[role='radio']", state="attached", timeout=60_000)
    spanish = Translator("es").gettext("Settings")
    switches = []
    for i in range(TAPS):
        name, expected = ("Español", spanish) if i % 2 == 0 else ("English", "Settings")
        switches.append(float(page.evaluate(LANGUAGE_SWITCH, [name, expected])))
    return {"tap_to_saved_ms": summary(in_worker),
            "tap_to_saved_seen_by_page_ms": summary([s for s in seen_by_page if s >= 0]),
            "language_switch_ms": summary([s for s in switches if s >= 0])}


T = TypeVar("T")


def alternate(runs: int, steps: dict[str, Callable[[], T]]) -> dict[str, list[T]]:
    found: dict[str, list[T]] = {name: [] for name in steps}
    for _ in range(runs):
        for name, step in steps.items():
            found[name].append(step())
    return found


def main() -> None:
    began = time.monotonic()
    app_site, hello_site = OUT / "app", OUT / "hello"
    build.build(app_site)
    build_hello(app_site, hello_site)
    results: dict[str, Any] = {"runs": RUNS, "slow_runs": SLOW_RUNS, "cpu_slowdown": SLOW_CPU,
                               "taps": TAPS}
    with sync_playwright() as playwright, serving(app_site) as (app_url, app_sent), \
            serving(hello_site) as (hello_url, hello_sent):
        browser = playwright.chromium.launch(executable_path=CHROMIUM,
                                             args=[*ARGS, *trusted_certificate_args()])
        cold = alternate(RUNS, {
            "app": lambda: cold_start(browser, app_url, app_sent),
            "hello": lambda: cold_start(browser, hello_url, hello_sent)})
        slow = alternate(SLOW_RUNS, {
            "app": lambda: cold_start(browser, app_url, app_sent, SLOW_CPU),
            "hello": lambda: cold_start(browser, hello_url, hello_sent, SLOW_CPU)})
        with offline_page(browser, app_url) as app_page, \
                offline_page(browser, hello_url) as hello_page:
            offline = alternate(RUNS, {
                "app": lambda: offline_start(app_page, app_url),
                "hello": lambda: offline_start(hello_page, hello_url)})
            app_page.context.set_offline(False)
            results["interaction"] = taps(app_page, app_url)
        browser.close()
    for name in ("app", "hello"):
        first = cold[name][0]
        results[name] = {
            "cold_first_words_ms": summary([run["first_words_ms"] for run in cold[name]]),
            "cold_start_ms": summary([run["start_ms"] for run in cold[name]]),
            "slow_cpu_first_words_ms": summary([run["first_words_ms"] for run in slow[name]]),
            "slow_cpu_start_ms": summary([run["start_ms"] for run in slow[name]]),
            "offline_first_words_ms": summary([words for words, _ in offline[name]]),
            "offline_start_ms": summary([ready for _, ready in offline[name]]),
            "first_visit_bytes_until_interactive": first["bytes_interactive"],
            "first_visit_bytes_until_offline_ready": first["bytes_offline_ready"],
            "service_worker_cache_bytes": first["cached_bytes"],
        }
    for kind in KINDS:
        results[f"{kind}_ratio"] = (results["app"][kind]["median"]
                                    / results["hello"][kind]["median"])
    results["seconds"] = round(time.monotonic() - began)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    report(results)


#: Each timing, with the label ``report`` prints; ratios are app / hello world.
KINDS = {
    "cold_first_words_ms": "first words, cold (median ms)",
    "cold_start_ms": "ready, cold (median ms)",
    "offline_first_words_ms": "first words, offline (median ms)",
    "offline_start_ms": "ready, offline (median ms)",
    "slow_cpu_first_words_ms": f"first words, CPU {SLOW_CPU}x slower",
    "slow_cpu_start_ms": f"ready, CPU {SLOW_CPU}x slower",
}


def report(results: dict[str, Any]) -> None:
    mb = 1_000_000
    print(f"\n{'':34}{'app':>12}{'hello':>12}{'ratio':>8}")
    for kind, label in KINDS.items():
        app, hello = results["app"][kind]["median"], results["hello"][kind]["median"]
        print(f"{label:34}{app:12.0f}{hello:12.0f}{results[kind + '_ratio']:8.2f}")
    for key, label in (("first_visit_bytes_until_interactive", "first visit to interactive (MB)"),
                       ("first_visit_bytes_until_offline_ready", "first visit to offline (MB)"),
                       ("service_worker_cache_bytes", "service worker cache (MB)")):
        print(f"{label:34}{results['app'][key] / mb:12.1f}{results['hello'][key] / mb:12.1f}")
    for key, label in (("tap_to_saved_ms", "tap to saved (ms)"),
                       ("tap_to_saved_seen_by_page_ms", "  seen by a page that polls (ms)"),
                       ("language_switch_ms", "language switch (ms)")):
        figures = results["interaction"][key]
        print(f"{label:34}median {figures['median']:.0f}, p95 {figures['p95']:.0f}"
              f" (n={figures['n']:.0f})")
    print(f"\n{results['seconds']} s; figures in {OUT / 'results.json'}")


if __name__ == "__main__":
    main()
