// Messages from the app (Python runs in a worker and cannot reach the
// page), on the channel of ui/web_shell.py: the chosen language (the page's
// lang and dir, and its font kept for offline use), plain text to print, and
// the start snapshot that first-words.js reads at the next start.
// The build writes the channel's name (content/shell_channel.py).
(function () {
  "use strict";

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

  // The start snapshot: only what the page needs before Python runs
  // (ui/web_shell.py save_start), merged field by field.
  var START_FIELDS = ["language", "chosen", "rtl", "scale", "brightness", "contrast",
                      "contrast_chosen", "progress"];
  function saveStart(message) {
    try {
      var start = JSON.parse(localStorage.getItem("__START_KEY__") || "{}") || {};
      START_FIELDS.forEach(function (field) {
        if (field in message) {
          start[field] = message[field];
        }
      });
      localStorage.setItem("__START_KEY__", JSON.stringify(start));
    } catch (error) {
      // storage full or blocked: the next start shows the device's defaults
    }
  }

  if ("BroadcastChannel" in window) {
    new BroadcastChannel("__SHELL_CHANNEL__").addEventListener("message", function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (error) { return; }
      if (message.type === "language") {
        language = message;
        applyLanguage();
        keepForOffline(message.font);
      } else if (message.type === "start") {
        saveStart(message);
      } else if (message.type === "print" && typeof message.text === "string") {
        printText(message);
      }
    });
  }
})();
