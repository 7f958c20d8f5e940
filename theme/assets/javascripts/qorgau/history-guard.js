/* Keeps a whole visit to Qorgau in one browser-history entry: links inside the site replace the
   current entry instead of adding one. A quick exit then overwrites that single entry, and the
   back button leads to whatever the reader had open before the site, never to one of our pages.
   The price is that Back leaves the site; the device-safety page explains why. */
(function () {
  "use strict";

  function sameSite(link) {
    if (link.target && link.target !== "_self") return false;
    if (link.hasAttribute("download") || link.hasAttribute("data-q-exit")) return false;
    var here = window.location;
    // file:// copies have an opaque origin, so compare protocol and host instead of origin.
    return link.protocol === here.protocol && link.host === here.host;
  }

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || !sameSite(link)) return;
    event.preventDefault();
    window.location.replace(link.href);
  });
})();
