/* Quick exit: the button or the Esc key replaces the page at once with a neutral site.
   location.replace() overwrites the current history entry, and history-guard.js keeps the
   whole visit in that one entry, so the back button cannot return to Qorgau. */
(function () {
  "use strict";

  function exit(url) {
    // Blank the page first: offline, the neutral site may never load, but nothing of ours stays visible.
    document.title = "";
    document.documentElement.style.visibility = "hidden";
    window.location.replace(url);
  }

  function target() {
    var link = document.querySelector("[data-q-exit]");
    return link ? link.href : "about:blank";
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-q-exit]");
    if (!link) return;
    event.preventDefault();
    exit(link.href);
  }, true);

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") exit(target());
  }, true);
})();
