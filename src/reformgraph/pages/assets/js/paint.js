/* Node and edge colours: by class or by Louvain community, and faded outside
   the neighbourhood of the clicked node. */
RG.paint = (function () {
  "use strict";
  var FADED = "rgba(190,190,190,0.3)";
  var FADED_TEXT = "rgba(0,0,0,0.25)";
  var focus = null; // ids of the highlighted neighbourhood, or null

  function base(node) {
    if (RG.state.colour === "community") {
      return node.community >= 0 ? RG.data.palette[node.community % RG.data.palette.length] : RG.data.noCommunity;
    }
    return RG.classes.get(node.cls).color;
  }

  function apply() {
    RG.nodes.update(RG.data.nodes.map(function (n) {
      var on = !focus || focus.has(n.id);
      return { id: n.id, color: on ? base(n) : FADED, font: { color: on ? "#222222" : FADED_TEXT } };
    }));
    RG.edges.update(RG.data.edges.map(function (e) {
      var on = !focus || (focus.has(e.from) && focus.has(e.to) && (e.from === RG.state.selected || e.to === RG.state.selected));
      var colour = on ? e.color.color : FADED;
      return { id: e.id, color: { color: colour, highlight: colour, hover: colour }, font: { color: on ? "#444444" : FADED_TEXT } };
    }));
  }

  /* Highlight the node and its neighbours; null clears. */
  function highlight(id) {
    RG.state.selected = id;
    focus = id === null ? null : new Set([id].concat(RG.network.getConnectedNodes(id)));
    apply();
  }

  return { apply: apply, highlight: highlight };
})();
