// ARIA landmarks for Flutter's accessibility tree: a main and a banner per screen.
(function () {
  "use strict";

  // Flet 1.0.5's Semantics has no role; its identifier reaches the page as
  // flt-semantics-identifier (content/landmarks.py). The screen frame puts
  // one on the node around its content (-> main) and one on a control in
  // the title bar, whose nearest enclosing node is the AppBar's own
  // (-> banner). Flutter writes role itself when a node's kind changes, so
  // the role is put back whenever Flutter touches it.
  var MAIN = "__LANDMARK_MAIN__";
  var BANNER = "__LANDMARK_BANNER__";

  function mark(element, role) {
    if (element && element.getAttribute("role") !== role) {
      element.setAttribute("role", role);
    }
  }

  function apply(host) {
    var mains = host.querySelectorAll('[flt-semantics-identifier="' + MAIN + '"]');
    for (var i = 0; i < mains.length; i++) {
      mark(mains[i], "main");
    }
    var markers = host.querySelectorAll('[flt-semantics-identifier="' + BANNER + '"]');
    for (var j = 0; j < markers.length; j++) {
      var bar = markers[j].parentElement && markers[j].parentElement.closest("flt-semantics");
      // Never the whole route: the bar is a node that holds no main landmark.
      if (bar && !bar.querySelector('[flt-semantics-identifier="' + MAIN + '"]')) {
        mark(bar, "banner");
        // Flutter writes a title bar's title (header flag, no level) as a
        // <header>: a second banner inside ours. Its heading stays.
        var headers = bar.querySelectorAll("header");
        for (var k = 0; k < headers.length; k++) {
          mark(headers[k], "none");
        }
      }
    }
  }

  // A screen of text alone that scrolls (the large "Please read" words at
  // 200 %) has nothing to focus, so a keyboard could not scroll it (axe-core's
  // scrollable-region-focusable): such a scrolling node takes focus itself.
  function focusableScrollers(host) {
    var nodes = host.querySelectorAll("flt-semantics");
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      var scrolls = /(auto|scroll)/.test(node.style.overflowY + node.style.overflowX);
      if (scrolls && node.scrollHeight > node.clientHeight && !node.hasAttribute("tabindex")
          && !node.querySelector("[tabindex], input, textarea, button, a[href]")) {
        node.setAttribute("tabindex", "0");
      }
    }
  }

  var scheduled = false;
  function schedule() {
    if (!scheduled) {
      scheduled = true;
      // Before the next paint, after Flutter's own update of the tree.
      queueMicrotask(function () {
        scheduled = false;
        var host = document.querySelector("flt-semantics-host");
        if (host) {
          apply(host);
          focusableScrollers(host);
        }
      });
    }
  }
  new MutationObserver(schedule).observe(document, {
    childList: true, subtree: true, attributes: true,
    attributeFilter: ["role", "flt-semantics-identifier"],
  });
})();
