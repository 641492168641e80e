// The first words: home's name, purpose and parts as plain HTML, shown at
// once while Flutter and Python start (several seconds on a slow phone), in
// the patient's language, text size, contrast and colours, and with their
// progress line, from the start snapshot the app keeps (ui/web_shell.py
// save_start; page-bridge.js). The words come from the app's catalogs
// (tools/pwa.py writes FIRST_WORDS). Gone when the app's first screen can be
// used; Flet's own "Working..." screen stays hidden under it until then.
(function () {
  "use strict";
  var root = document.getElementById("first-words");
  if (!root || typeof FIRST_WORDS !== "object") {
    return;
  }

  function readStart() {
    try {
      return JSON.parse(localStorage.getItem("__START_KEY__") || "{}") || {};
    } catch (error) {
      return {};
    }
  }

  var known = {};
  FIRST_WORDS.languages.forEach(function (language) { known[language.code] = language; });

  // The device's language, as the app negotiates it (i18n/languages.py):
  // Chinese by script, Tagalog as Filipino, else the first subtag.
  function deviceLanguage() {
    var tags = navigator.languages && navigator.languages.length ?
      navigator.languages : [navigator.language || "en"];
    for (var i = 0; i < tags.length; i++) {
      var tag = String(tags[i]).toLowerCase();
      var primary = tag.split(/[-_]/)[0];
      if (primary === "zh") {
        return /hant|-tw|-hk|-mo/.test(tag) ? "zh_Hant" : "zh_Hans";
      }
      if (primary === "tl" || primary === "fil") {
        return "fil";
      }
      if (known[primary]) {
        return primary;
      }
    }
    return "en";
  }

  var start = readStart();
  var code = start.chosen && known[start.language] ? start.language : deviceLanguage();
  var words = FIRST_WORDS.words[code] || FIRST_WORDS.words.en;
  var html = document.documentElement;
  html.lang = root.lang = code.replace("_", "-");
  // On the element too: Flutter writes <html lang> as it starts.
  html.dir = root.dir = known[code] ? known[code].dir : "ltr";

  var scale = Number(start.scale);
  if (scale >= 1 && scale <= 2) {
    root.style.fontSize = scale + "rem";
  }
  var dark = start.brightness === "dark" || (start.brightness !== "light" &&
    window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
  var high = start.contrast_chosen ? start.contrast === "high" :
    !!(window.matchMedia && window.matchMedia("(prefers-contrast: more), (forced-colors: active)").matches);
  root.className = (dark ? "dark" : "light") + (high ? " high" : "");

  function add(parent, tag, text, className) {
    var element = document.createElement(tag);
    element.textContent = text;
    if (className) {
      element.className = className;
    }
    parent.appendChild(element);
    return element;
  }

  root.textContent = "";
  add(root, "h1", words.name);
  add(root, "p", words.purpose);
  if (typeof start.progress === "string" && start.progress) {
    add(root, "p", start.progress, "progress");
  }
  var opening = add(root, "p", words.opening, "opening");
  opening.setAttribute("role", "status");
  showDownload();
  var list = add(root, "ul", "");
  words.parts.forEach(function (part) {
    var item = add(list, "li", "");
    add(item, "strong", part[0]);
    add(item, "span", part[1]);
  });

  // A first visit (no service worker yet): how much of the whole offline
  // download has arrived, as a bar and in words. The page counts its own
  // requests; the Python worker reports its own ("python-bytes",
  // python-early.js). A screen reader hears the words at each quarter only.
  function showDownload() {
    if (typeof FIRST_VISIT_BYTES !== "object" || !("serviceWorker" in navigator)
        || navigator.serviceWorker.controller) {
      return;
    }
    var total = location.protocol === "https:" ? FIRST_VISIT_BYTES.br : FIRST_VISIT_BYTES.gzip;
    var box = add(root, "div", "", "download");
    var line = add(box, "p", "", "download-words");
    line.id = "download-words";
    var bar = add(box, "progress", "");
    bar.max = total;
    bar.setAttribute("aria-labelledby", "download-words");
    add(box, "p", words.offline_after);
    var spoken = add(box, "p", "", "spoken");
    spoken.setAttribute("aria-live", "polite");
    var format = new Intl.NumberFormat(html.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    var page = 0, python = 0, quarter = -1;
    function show() {
      var done = Math.min(page + python, total);
      var text = words.downloading.replace("{done}", format.format(done / 1e6))
        .replace("{total}", format.format(total / 1e6));
      line.textContent = text;
      bar.value = done;
      var now = Math.floor(4 * done / total);
      if (now !== quarter) {
        quarter = now;
        spoken.textContent = text;
      }
    }
    if (typeof PerformanceObserver === "function") {
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (entry) { page += entry.transferSize || 0; });
        show();
      }).observe({ type: "resource", buffered: true });
    }
    window.addEventListener("python-bytes", function (event) {
      python = event.detail;
      show();
    });
    show();
  }

  // The app takes over once its first screen has a control to use. Until
  // then Flutter's view (Flet's "Working..." screen) is hidden from screen
  // readers too, not only covered.
  function appReady() {
    return document.querySelector("flt-semantics[role='button']") !== null;
  }
  var observer = new MutationObserver(function () {
    var view = document.querySelector("flutter-view");
    if (appReady()) {
      observer.disconnect();
      if (view) {
        view.removeAttribute("aria-hidden");
      }
      root.remove();
    } else if (view && view.getAttribute("aria-hidden") !== "true") {
      view.setAttribute("aria-hidden", "true");
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();
