// Draws the charts whose Plotly specs the page carries as JSON (no inline scripts).
(function () {
  "use strict";
  function draw() {
    var nodes = document.querySelectorAll("[data-chart]");
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      var source = document.getElementById(node.getAttribute("data-chart"));
      if (!source || typeof window.Plotly === "undefined") { continue; }
      var spec = JSON.parse(source.textContent);
      node.innerHTML = "";
      window.Plotly.newPlot(node, spec.data, spec.layout, {
        displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"]
      });
      node.setAttribute("data-drawn", "true");
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
