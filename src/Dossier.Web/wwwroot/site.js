// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  function addCopyButton() {
    var citation = document.getElementById("citation-text");
    if (!citation || !navigator.clipboard) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-citation";
    button.textContent = "Copy citation";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(citation.textContent.trim()).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy citation"; }, 2000);
      });
    });
    citation.insertAdjacentElement("afterend", button);
  }

  function addHitKeys() {
    var hits = document.querySelectorAll("mark.hit");
    if (hits.length === 0) {
      return;
    }
    var current = -1;
    function go(step) {
      current = (current + step + hits.length) % hits.length;
      hits[current].scrollIntoView({ block: "center" });
      location.replace("#" + hits[current].id);
    }
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")) {
        return;
      }
      if (event.key === "n") { go(1); }
      if (event.key === "p") { go(-1); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    addCopyButton();
    addHitKeys();
  });
})();
