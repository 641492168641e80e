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

  function holds(node, identifiers) {
    return identifiers.some(function (identifier) {
      return node.querySelector('[flt-semantics-identifier="' + identifier + '"]') !== null;
    });
  }

  // The largest node around the marker that holds none of these markers.
  function largestAround(marker, without) {
    var node = marker;
    for (;;) {
      var up = node.parentElement && node.parentElement.closest("flt-semantics");
      if (!up || holds(up, without)) {
        return node === marker ? null : node;
      }
      node = up;
    }
  }

  function apply(host) {
    var mains = host.querySelectorAll('[flt-semantics-identifier="' + MAIN + '"]');
    for (var i = 0; i < mains.length; i++) {
      // The screen's scrolling node (content/landmarks.py LANDMARK_MAIN).
      mark(largestAround(mains[i], [BANNER]), "main");
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

  // A short message at the foot of the screen (ui/components/notice.py):
  // the SnackBar's node, with its button, is the largest around the marker
  // that holds no landmark. As a status it is no text outside every
  // landmark (axe-core's region). Flutter already speaks the message (the
  // marker is a live region with a label), so aria-live="off": a screen
  // reader hears it once.
  var NOTICE = "__NOTICE__";

  function notices(host) {
    var markers = host.querySelectorAll('[flt-semantics-identifier="' + NOTICE + '"]');
    for (var i = 0; i < markers.length; i++) {
      var node = largestAround(markers[i], [MAIN, BANNER]) || markers[i];
      mark(node, "status");
      if (node.getAttribute("aria-live") !== "off") {
        node.setAttribute("aria-live", "off");
      }
    }
  }

  // Flutter's date and time pickers are dialogs with no name (axe-core's
  // aria-dialog-name): a dialog without one is named, by reference (so it
  // follows the language), by its first text: the picker's help ("Choose
  // the visit time"), alone or in the date picker's labelled header.
  function isText(node) {
    var role = node.getAttribute("role");
    if (role === "group") {
      return !!node.getAttribute("aria-label");
    }
    return !role && node.children.length === 1 && node.firstElementChild.tagName === "SPAN"
      && node.textContent.trim() !== "";
  }

  function nameDialogs(host) {
    var dialogs = host.querySelectorAll('[role="dialog"]:not([aria-label]):not([aria-labelledby])');
    for (var i = 0; i < dialogs.length; i++) {
      var texts = dialogs[i].querySelectorAll("flt-semantics");
      for (var j = 0; j < texts.length; j++) {
        if (isText(texts[j])) {
          dialogs[i].setAttribute("aria-labelledby", texts[j].id);
          break;
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
          notices(host);
          nameDialogs(host);
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
