// ARIA landmarks for Flutter's accessibility tree: a main and a banner per screen.
(function () {
  "use strict";

  // Flet 1.0.5's Semantics has no role; its identifier reaches the page as
  // flt-semantics-identifier (content/landmarks.py). The screen frame puts
  // one on its title (-> the largest node around it without the title bar
  // is main) and one on a control in the title bar, whose nearest enclosing
  // node is the AppBar's own (-> banner). Flutter writes role itself when a node's kind changes, so
  // the role is put back whenever Flutter touches it.
  var MAIN = "__LANDMARK_MAIN__";
  var BANNER = "__LANDMARK_BANNER__";

  function mark(element, role) {
    if (element && element.getAttribute("role") !== role) {
      element.setAttribute("role", role);
    }
  }

  function holdsBanner(node) {
    return node.querySelector('[flt-semantics-identifier="' + BANNER + '"]') !== null;
  }

  // The largest node around the marker that does not hold the title bar:
  // the screen's scrolling node (content/landmarks.py LANDMARK_MAIN).
  function mainAround(marker) {
    var node = marker;
    for (;;) {
      var up = node.parentElement && node.parentElement.closest("flt-semantics");
      if (!up || holdsBanner(up)) {
        return node === marker ? null : node;
      }
      node = up;
    }
  }

  function apply(host) {
    var mains = host.querySelectorAll('[flt-semantics-identifier="' + MAIN + '"]');
    for (var i = 0; i < mains.length; i++) {
      mark(mainAround(mains[i]), "main");
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

  // Text alone that scrolls (the large "Please read" words at 200 %) has
  // nothing to focus, so a keyboard could not scroll it (axe-core's
  // scrollable-region-focusable): the scrolling node around the marker
  // (content/landmarks.py READ_ALONE), or the main landmark around it,
  // takes focus. Always, not only while it overflows: Flutter makes a node
  // scroll through its style, which the observer below does not watch, so
  // "does it scroll now" was answered before the text was laid out at
  // 200 %. Only there: elsewhere controls Flutter has not built yet would
  // follow an extra Tab stop.
  var READ_ALONE = "__READ_ALONE__";
  var OURS = "data-read-alone-focus";

  function focusableScrollers(host) {
    var ours = host.querySelectorAll("[" + OURS + "]");
    for (var i = 0; i < ours.length; i++) {
      var old = ours[i];
      if (!old.querySelector('[flt-semantics-identifier="' + READ_ALONE + '"]')) {
        old.removeAttribute("tabindex");
        old.removeAttribute(OURS);
      }
    }
    var markers = host.querySelectorAll('[flt-semantics-identifier="' + READ_ALONE + '"]');
    for (var j = 0; j < markers.length; j++) {
      var node = markers[j].parentElement && markers[j].parentElement.closest("flt-semantics");
      while (node && node.getAttribute("role") !== "main"
             && !/(auto|scroll)/.test(node.style.overflowY + node.style.overflowX)) {
        node = node.parentElement && node.parentElement.closest("flt-semantics");
      }
      if (node && !node.hasAttribute("tabindex")) {
        node.setAttribute("tabindex", "0");
        node.setAttribute(OURS, "");
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
