// The Python worker of the app's build (tools/patches.py start_python_early):
// Flet's python-worker.js, plus a report of the bytes this worker has
// downloaded (Pyodide, its standard library, app.zip) for the first visit's
// progress bar (shell/first-words.js); the page sees only its own requests.
const early = [];
self.onmessage = (event) => { early.push(event); };

let bytes = 0;
if (typeof PerformanceObserver === "function") {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bytes += entry.transferSize || 0;
    }
    self.postMessage({ pythonBytes: bytes });
  }).observe({ type: "resource", buffered: true });
}

await import("./python-worker.js");
// python-worker.js set its own handler; hand it what came meanwhile.
early.forEach((event) => self.onmessage(event));
