/* "Copy citation" on article pages. navigator.clipboard is missing on some file:// pages and old
   phones, so a hidden textarea and execCommand("copy") stand in; nothing is stored or sent. */
(function () {
  "use strict";

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-q-copy]");
    if (!button) return;
    var label = button.textContent;
    copy(button.getAttribute("data-q-copy")).then(function (ok) {
      if (!ok) return;
      button.textContent = button.getAttribute("data-q-copied");
      setTimeout(function () { button.textContent = label; }, 1500);
    });
  });
})();
