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
