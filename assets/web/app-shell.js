// The page around the Flutter app: accessibility on from the start, the
// service worker and its "new version" banner, persistent storage.
(function () {
  "use strict";

  // WebKit restores a Flutter page from the back/forward cache with frame
  // scheduling broken; a reload recovers it. All data is already saved.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && navigator.vendor && navigator.vendor.indexOf("Apple") === 0) {
      window.location.reload();
    }
  });

  // Flutter web builds its accessibility tree only after its off-screen
  // "Enable accessibility" placeholder is activated. Press it as soon as it
  // appears so screen readers see the app from the first frame.
  function enableSemantics(root) {
    var placeholder = root.querySelector && root.querySelector("flt-semantics-placeholder");
    if (placeholder) {
      // On a phone (Android or iOS user agent) Flutter's MobileSemanticsEnabler
      // accepts only a click at the placeholder's centre (within 1 px); a bare
      // click() lands at 0,0 and the app stayed invisible to the tree.
      var box = placeholder.getBoundingClientRect();
      placeholder.dispatchEvent(new MouseEvent("click", {
        bubbles: true, cancelable: true, view: window,
        clientX: box.left + box.width / 2, clientY: box.top + box.height / 2,
      }));
      return true;
    }
    return false;
  }
  var semanticsObserver = new MutationObserver(function () {
    if (enableSemantics(document)) {
      semanticsObserver.disconnect();
    }
  });
  semanticsObserver.observe(document, { childList: true, subtree: true });

  // Flutter's web engine reorders a node's children by taking a child out of
  // the DOM and inserting it again (e.g. after the text size changes). A
  // focused element that leaves the DOM loses focus, and Flutter does not give
  // it back: keyboard users were left on <body>, where keys reach nothing.
  // When the element comes back, give it its focus back. Only for a semantics
  // node itself (button, radio, switch…): a text field's <input> belongs to
  // Flutter's text editing, which takes it out of the DOM on purpose, and
  // focusing it again lost the text typed into it.
  var lastFocused = null;
  var lostByMove = false;
  document.addEventListener("focusin", function (event) {
    lastFocused = event.target.tagName === "FLT-SEMANTICS" ? event.target : null;
    lostByMove = false;
  }, true);
  function holds(removed) {
    for (var i = 0; i < removed.length; i++) {
      if (removed[i] === lastFocused || (removed[i].contains && removed[i].contains(lastFocused))) {
        return true;
      }
    }
    return false;
  }
  new MutationObserver(function (mutations) {
    if (!lastFocused) {
      return;
    }
    for (var i = 0; i < mutations.length && !lostByMove; i++) {
      lostByMove = holds(mutations[i].removedNodes);
    }
    var active = document.activeElement;
    if (lostByMove && lastFocused.isConnected && (!active || active === document.body)) {
      lostByMove = false;
      lastFocused.focus({ preventScroll: true });
    }
  }).observe(document, { childList: true, subtree: true });

  // A focus ring the keyboard user can see on any background (WCAG 2.4.7,
  // 1.4.11). Material's own focus marks are a faint tint (about 1.2:1), and
  // Flutter's semantics elements are invisible, so CSS outlines on them do
  // not show. The ring is a box drawn around the focused control, black
  // inside and white outside: one of the two always stands out. It shows
  // while the keyboard is in use and goes at the next tap.
  var RING_GAP = 4;
  var ring = null;
  var ringTarget = null;
  var usingKeyboard = false;
  function placeRing() {
    var active = document.activeElement;
    if (!usingKeyboard || !ringTarget || !active || !ringTarget.contains(active)) {
      ring.hidden = true;
      ringTarget = null;
      return;
    }
    // Just outside the control's box, so it never covers the control's text.
    var box = ringTarget.getBoundingClientRect();
    ring.style.transform = "translate(" + (box.left - RING_GAP) + "px," +
      (box.top - RING_GAP) + "px)";
    ring.style.width = box.width + 2 * RING_GAP + "px";
    ring.style.height = box.height + 2 * RING_GAP + "px";
    ring.hidden = false;
    window.requestAnimationFrame(placeRing);
  }
  function ringAround(element) {
    var node = element && element.closest && element.closest("flt-semantics");
    if (!node || !usingKeyboard) {
      return;
    }
    if (!ring) {
      ring = document.createElement("div");
      ring.id = "focus-ring";
      ring.setAttribute("aria-hidden", "true");
      document.body.appendChild(ring);
    }
    var idle = ringTarget === null;
    ringTarget = node;
    if (idle) {
      placeRing();
    }
  }
  // On window, not document: Flutter stops key events before they reach the
  // document. A key also shows the ring on a control focused before it (a
  // new screen focuses its Back button).
  window.addEventListener("keydown", function () {
    usingKeyboard = true;
    ringAround(document.activeElement);
  }, true);
  window.addEventListener("pointerdown", function () { usingKeyboard = false; }, true);
  document.addEventListener("focusin", function (event) { ringAround(event.target); }, true);

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
          worker.addEventListener("statechange", function () {
            if (worker.state === "installed" && navigator.serviceWorker.controller) {
              showUpdate(worker);
            }
          });
        });
        setInterval(function () { registration.update().catch(function () {}); }, 30 * 60 * 1000);
      }).catch(function (error) {
        console.warn("Service worker registration failed:", error);
      });
    });
  }

  // Messages from the app (Python runs in a worker and cannot reach the
  // page): the chosen language, and plain text to print.
  function printText(message) {
    var sheet = document.getElementById("print-text");
    if (!sheet) {
      sheet = document.createElement("pre");
      sheet.id = "print-text";
      document.body.appendChild(sheet);
    }
    sheet.textContent = message.text;
    sheet.lang = message.lang || "";
    sheet.dir = message.dir || "auto";
    window.print();
  }
  // Flutter writes the locale it resolved into <html lang> ("en" for a
  // language its own widgets lack, such as Haitian Creole); the app's
  // choice wins, so screen readers pronounce the text in the right language.
  var language = null;
  function applyLanguage() {
    var root = document.documentElement;
    if (language && root.lang !== language.lang) {
      root.lang = language.lang;
    }
    if (language && root.dir !== language.dir) {
      root.dir = language.dir;
    }
  }
  new MutationObserver(applyLanguage).observe(document.documentElement,
    { attributes: true, attributeFilter: ["lang", "dir"] });

  // Ask the service worker to keep this language's font for offline use.
  function keepForOffline(path) {
    if (path && "serviceWorker" in navigator) {
      navigator.serviceWorker.ready.then(function (registration) {
        if (registration.active) {
          registration.active.postMessage({ type: "KEEP", path: path });
        }
      });
    }
  }

  if ("BroadcastChannel" in window) {
    new BroadcastChannel("second-opinion-shell").addEventListener("message", function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (error) { return; }
      if (message.type === "language") {
        language = message;
        applyLanguage();
        keepForOffline(message.font);
      } else if (message.type === "print" && typeof message.text === "string") {
        printText(message);
      }
    });
  }

  // Ask the browser not to evict the patient's data under storage pressure.
  if (navigator.storage && navigator.storage.persist) {
    navigator.storage.persist().catch(function () {});
  }
})();
