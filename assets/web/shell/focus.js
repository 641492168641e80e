// Keyboard focus: given back when Flutter moves a focused node, and shown
// by a ring Flutter does not draw.
(function () {
  "use strict";

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
})();
