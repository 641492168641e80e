// The service worker's side in the page: register it once the app can be
// used, offer a new version with a banner ("Update now"), and have the
// worker keep the emoji fonts the page loaded.
(function () {
  "use strict";

  // Texts of the update banner come from the app's gettext catalogs
  // (written by the build into shell-strings.json), in the page's language.
  var strings = null;
  function text(key) {
    var lang = (document.documentElement.lang || "en").replace("-", "_");
    var table = strings && (strings[lang] || strings[lang.split("_")[0]] || strings.en);
    return (table && table[key]) || key;
  }
  fetch("shell-strings.json").then(function (response) {
    return response.ok ? response.json() : null;
  }).then(function (data) { strings = data; }).catch(function () {});

  var updating = false;
  function showUpdate(worker) {
    if (document.getElementById("update-banner")) {
      return;
    }
    var banner = document.createElement("div");
    banner.id = "update-banner";
    banner.setAttribute("role", "status");
    var message = document.createElement("span");
    message.textContent = text("update_ready");
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = text("update_now");
    button.addEventListener("click", function () {
      updating = true;
      button.disabled = true;
      worker.postMessage({ type: "SKIP_WAITING" });
    });
    banner.appendChild(message);
    banner.appendChild(button);
    document.body.appendChild(banner);
  }

  // The worker precaches ~40 MB. Registered only once the app can be used,
  // it finds the big files already in the HTTP cache instead of racing the
  // page for the same bytes on a slow connection.
  function whenInteractive(callback) {
    var done = false;
    function run() {
      if (!done) {
        done = true;
        callback();
      }
    }
    var observer = new MutationObserver(function () {
      if (document.querySelector("flt-semantics[role='button']")) {
        observer.disconnect();
        run();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    setTimeout(run, 60000);
  }

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.addEventListener("controllerchange", function () {
      if (updating) {
        window.location.reload();
      }
    });
    whenInteractive(function () {
      navigator.serviceWorker.register("sw.js").then(function (registration) {
        if (registration.waiting && navigator.serviceWorker.controller) {
          showUpdate(registration.waiting);
        }
        registration.addEventListener("updatefound", function () {
          var worker = registration.installing;
          // A page with no worker yet is a first visit: the worker found now
          // is the first one, not a new version. Decided here, not when it is
          // installed: WebKit can report "installed" after the worker has
          // claimed the page (docs/flet-web-offline.md, "WebKit").
          var older = navigator.serviceWorker.controller;
          worker.addEventListener("statechange", function () {
            if (worker.state === "installed" && older &&
                navigator.serviceWorker.controller !== worker) {
              showUpdate(worker);
            }
          });
        });
        setInterval(function () { registration.update().catch(function () {}); }, 30 * 60 * 1000);
      }).catch(function (error) {
        console.warn("Service worker registration failed:", error);
      });
    });

    // Flutter fetches a colour emoji font (tools/emoji.py) the first time a
    // text holds an emoji, maybe before this page's worker controls it: ask
    // the worker to keep each one it loaded, so emoji still draw offline.
    if ("PerformanceObserver" in window) {
      var emojiFonts = "assets/fonts/notocoloremoji/";
      var scope = new URL(".", document.baseURI).href;
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (entry) {
          if (entry.name.indexOf(scope + emojiFonts) !== 0) {
            return;
          }
          var path = entry.name.slice(scope.length);
          navigator.serviceWorker.ready.then(function (registration) {
            if (registration.active) {
              registration.active.postMessage({ type: "KEEP", path: path });
            }
          });
        });
      }).observe({ type: "resource", buffered: true });
    }
  }
})();
