// Pinch zoom on a touchpad (and Ctrl + mouse wheel) reaches the browser, not Flutter.
(function () {
  "use strict";

  // Chromium turns a touchpad pinch into wheel events with ctrlKey set; the
  // page zooms unless a listener cancels them. Flutter's wheel listener on
  // its view turns them into its own scale gesture and cancels them, so the
  // page never zoomed. The app has no pinch gesture of its own: stop such
  // events before they reach Flutter (capture phase, on window) and let
  // the browser zoom. A touch-screen pinch is governed by touch-action and
  // the viewport tag instead (shell.css, tools/patches.py's allow_zoom).
  window.addEventListener("wheel", function (event) {
    if (event.ctrlKey) {
      event.stopPropagation();
    }
  }, { capture: true, passive: true });
})();
