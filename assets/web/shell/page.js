// The page itself: a reload after WebKit's back/forward cache, and
// persistent storage for the patient's data.
(function () {
  "use strict";

  // WebKit restores a Flutter page from the back/forward cache with frame
  // scheduling broken; a reload recovers it. All data is already saved.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && navigator.vendor && navigator.vendor.indexOf("Apple") === 0) {
      window.location.reload();
    }
  });

  // Ask the browser not to evict the patient's data under storage pressure.
  if (navigator.storage && navigator.storage.persist) {
    navigator.storage.persist().catch(function () {});
  }
})();

// The page keeps a title at every moment (Lighthouse's document-title): at
// start Flutter sets document.title to "" before the app sends its own.
(function () {
  "use strict";
  var last = document.title;
  new MutationObserver(function () {
    if (document.title.trim()) {
      last = document.title;
    } else if (last) {
      document.title = last;
    }
  }).observe(document.head, { subtree: true, childList: true, characterData: true });
})();
