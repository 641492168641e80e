
// --- Appended by tools/patches.py (start_python_early) ---------------------
// Flet starts the Python worker only when Flutter connects, about 2 s into a
// cold start, so Pyodide's download, compile and the app's imports never run
// while Flutter starts. Here the worker starts as this script loads, with the
// same settings Flutter will ask for (args {} for an app with no script of
// its own); jsConnect then adopts it. Messages Python sends before Flutter
// connects are kept and handed over in order. The worker also reports the
// bytes it downloaded (python-worker-bytes.js) as a "python-bytes" event,
// for the first visit's progress bar. If Flutter asks for anything
// else, the early worker is dropped and Flet's own jsConnect runs. So it
// does if the early worker fails before sending Flutter anything (once,
// offline, a module of Pyodide's could not be fetched): a second worker,
// Flet's way, rather than a first screen that never comes.
// Docs: docs/flet-web-offline.md, "The Python worker starts with the page".
(function () {
  "use strict";
  var fletConnect = globalThis.jsConnect;
  var EARLY_ARGS = "{}";

  function startEarly() {
    var early = { kept: [], dartOnMessage: null, message: null, sent: 0 };
    early.worker = new Worker(
      (flet.entrypointBaseUrl.endsWith("/") ?
        flet.entrypointBaseUrl.slice(0, -1) : flet.entrypointBaseUrl) + "/python-worker-bytes.js",
      { type: "module" });
    early.ready = new Promise(function (resolve) {
      early.worker.onmessage = function (event) {
        if (typeof event.data === "string") {
          early.message = event.data;
          resolve();
        } else if (event.data && event.data.pythonBytes !== undefined) {
          window.dispatchEvent(new CustomEvent("python-bytes", { detail: event.data.pythonBytes }));
        } else {
          early.sent += 1;
          if (early.dartOnMessage) {
            early.dartOnMessage(event.data);
          } else {
            early.kept.push(event.data);
          }
        }
      };
    });
    early.worker.postMessage({
      pyodideUrl: flet.pyodideUrl || "pyodide/pyodide.mjs",
      args: {},
      documentUrl: _documentUrl,
      appPackageUrl: flet.appPackageUrl,
      micropipIncludePre: flet.micropipIncludePre,
      pythonModuleName: flet.pythonModuleName
    });
    return early;
  }

  var early = typeof Worker === "function" ? startEarly() : null;

  globalThis.jsConnect = async function (appId, args, dartOnMessage) {
    var mine = early;
    early = null;
    if (!mine || JSON.stringify(args) !== EARLY_ARGS) {
      if (mine) {
        mine.worker.terminate();
      }
      return fletConnect(appId, args, dartOnMessage);
    }
    console.log("Adopting the Python worker started with the page: " + appId);
    _apps[appId] = { dartOnMessage: dartOnMessage, worker: mine.worker };
    mine.dartOnMessage = dartOnMessage;
    mine.kept.forEach(function (data) { dartOnMessage(data); });
    mine.kept = [];
    await mine.ready;
    if (mine.message !== "initialized" && mine.sent === 0) {
      console.warn("The Python worker started with the page failed (" + mine.message +
        "); starting another: " + appId);
      delete _apps[appId];
      mine.worker.terminate();
      return fletConnect(appId, args, dartOnMessage);
    }
    if (mine.message !== "initialized") {
      console.error("Python worker init error:", mine.message);
      await jsDisconnect(appId);
      throw mine.message;
    }
    console.log("Python worker initialized: " + appId);
  };
})();
