// Flutter's accessibility tree, present from the first frame.
(function () {
  "use strict";

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
})();
