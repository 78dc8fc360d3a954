// Progressive enhancement of the page images: without this file (or OpenSeadragon) the page shows a still
// image linking to the full one. OpenSeadragon 5 (BSD-3-Clause) is vendor/openseadragon/openseadragon.min.js,
// copied from the npm package openseadragon@5.0.1 (build/openseadragon/) with its LICENSE.txt.
(function () {
  "use strict";

  function start() {
    var figure = document.getElementById("scan-viewer");
    if (!figure || typeof window.OpenSeadragon !== "function") {
      return;
    }
    var zoom = document.createElement("div");
    zoom.className = "scan-zoom";
    zoom.id = "scan-zoom";
    zoom.setAttribute("role", "img");
    zoom.setAttribute("aria-label", figure.querySelector("img") ? figure.querySelector("img").alt : "Page image");
    figure.insertBefore(zoom, figure.firstChild);
    figure.classList.add("zoomable");

    var boxes = [];
    try {
      boxes = JSON.parse(figure.getAttribute("data-boxes") || "[]");
    } catch (e) {
      boxes = [];
    }
    var viewer = window.OpenSeadragon({
      element: zoom,
      tileSources: figure.getAttribute("data-info"),
      showNavigationControl: false,
      crossOriginPolicy: false,
      gestureSettingsMouse: { clickToZoom: false }
    });
    viewer.addHandler("open", function () {
      var item = viewer.world.getItemAt(0);
      var first = null;
      boxes.forEach(function (box) {
        var element = document.createElement("div");
        element.className = "scan-box";
        var rect = item.imageToViewportRectangle(box[0], box[1], box[2], box[3]);
        viewer.addOverlay({ element: element, location: rect });
        first = first || rect;
      });
      figure.setAttribute("data-ready", "true");
      if (first) {
        // Open on the first matched word, with some of the page around it.
        viewer.viewport.fitBoundsWithConstraints(
          new window.OpenSeadragon.Rect(first.x - first.width * 3, first.y - first.height * 5, first.width * 7, first.height * 11), true);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
