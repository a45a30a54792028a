/* The hover tooltip. Nodes carry no vis `title` (pyvis' template and older
   vis-network insert titles as HTML; a flat string cannot hold the quotes):
   the page shows its own card, built with textContent. */
RG.tooltip = (function () {
  "use strict";
  var box = document.getElementById("rg-tooltip");
  var OFFSET = 14;

  function show(card, pointer) {
    box.replaceChildren(card);
    box.hidden = false;
    var area = RG.network.body.container.getBoundingClientRect();
    var x = area.left + pointer.DOM.x + OFFSET;
    var y = area.top + pointer.DOM.y + OFFSET;
    var width = box.offsetWidth, height = box.offsetHeight;
    if (x + width > window.innerWidth) x = Math.max(0, x - width - 2 * OFFSET);
    if (y + height > window.innerHeight) y = Math.max(0, window.innerHeight - height - 4);
    box.style.left = x + "px";
    box.style.top = y + "px";
  }

  function hide() {
    box.hidden = true;
    box.replaceChildren();
  }

  function init(network) {
    network.on("hoverNode", function (p) { show(RG.describe.node(RG.node(p.node), false), p.pointer); });
    network.on("hoverEdge", function (p) { show(RG.describe.edge(RG.edge(p.edge), false), p.pointer); });
    ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hide); });
  }

  return { init: init, hide: hide };
})();
