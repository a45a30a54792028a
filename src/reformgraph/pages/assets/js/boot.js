/* Draw the network and wire the panel. The page is "ready" (html attribute
   data-rg-ready, RG.readyAt in ms since navigation) after the first frame
   is drawn and, with physics on, the layout has stabilised. */
(function () {
  "use strict";
  var d = RG.data;
  var container = document.getElementById("rg-network");
  var details = document.getElementById("rg-details");

  function startLanguage() {
    var wanted = (navigator.language || "").toLowerCase().split("-")[0];
    return d.labelLanguages.indexOf(wanted) >= 0 ? wanted : "";
  }
  RG.state.lang = startLanguage();

  /* vis gets only what it draws; the facts stay in RG.data. */
  RG.nodes = new vis.DataSet(d.nodes.map(function (n) {
    return { id: n.id, label: RG.labelOf(n), x: n.x, y: n.y, size: n.size, shape: n.shape, color: n.color };
  }));
  RG.edges = new vis.DataSet(d.edges.map(function (e) {
    var edge = { id: e.id, from: e.from, to: e.to, label: e.label, color: e.color, width: e.width };
    if (e.arrows) edge.arrows = e.arrows;
    if (e.smooth) edge.smooth = e.smooth;
    return edge;
  }));
  RG.network = new vis.Network(container, { nodes: RG.nodes, edges: RG.edges }, d.options);

  /* Select a node (or null): highlight its neighbourhood, show its card. */
  RG.select = function (id, focus) {
    if (id === null) {
      RG.network.unselectAll();
      RG.paint.highlight(null);
      details.replaceChildren();
      return;
    }
    RG.network.selectNodes([id]);
    if (focus) RG.network.focus(id, { scale: Math.max(RG.network.getScale(), 1.0), animation: false });
    RG.paint.highlight(id);
    details.replaceChildren(RG.describe.node(RG.node(id), true));
  };

  RG.network.on("click", function (p) {
    RG.tooltip.hide();
    if (p.nodes.length) return RG.select(p.nodes[0], false);
    RG.select(null);
    if (p.edges.length) details.replaceChildren(RG.describe.edge(RG.edge(p.edges[0]), true));
  });

  var language = document.getElementById("rg-lang");
  language.append(new Option("default", ""));
  d.labelLanguages.forEach(function (lang) { language.append(new Option(lang, lang)); });
  language.value = RG.state.lang;
  language.addEventListener("change", function () {
    RG.state.lang = language.value;
    RG.nodes.update(d.nodes.map(function (n) { return { id: n.id, label: RG.labelOf(n) }; }));
  });

  document.getElementById("rg-colour").addEventListener("change", function (event) {
    RG.state.colour = event.target.value;
    RG.paint.apply();
  });

  var physics = document.getElementById("rg-physics");
  physics.checked = d.options.physics.enabled;
  physics.addEventListener("change", function () {
    RG.network.setOptions({ physics: { enabled: physics.checked } });
  });

  document.getElementById("rg-reset").addEventListener("click", function () {
    RG.select(null);
    RG.network.fit({ animation: false });
  });

  RG.tooltip.init(RG.network);
  RG.filters.build();
  RG.search.build();

  var drawn = false;
  var settled = !d.options.physics.enabled || !d.nodes.length;
  function check() {
    if (!drawn || !settled || RG.ready) return;
    RG.ready = true;
    RG.readyAt = performance.now();
    document.documentElement.setAttribute("data-rg-ready", "true");
  }
  RG.network.once("afterDrawing", function () { drawn = true; check(); });
  RG.network.once("stabilizationIterationsDone", function () { settled = true; check(); });
})();
