/* The search box: any name of a node (every language, every alternative
   form), case- and accent-insensitive; Enter or a click focuses the node. */
RG.search = (function () {
  "use strict";
  var el = RG.el;
  var MAX_RESULTS = 20;
  var input = document.getElementById("rg-search");
  var results = document.getElementById("rg-results");
  var index = []; // [id, folded names joined by newlines]

  function build() {
    index = RG.data.nodes.map(function (n) {
      var names = [n.label].concat(Object.values(n.labels), n.alt);
      return [n.id, "\n" + names.map(RG.fold).join("\n")];
    });
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      var first = results.querySelector("button");
      if (first) first.click();
    });
  }

  function run() {
    var query = RG.fold(input.value.trim());
    results.replaceChildren();
    if (!query) return;
    var hits = [];
    index.forEach(function (entry) {
      var at = entry[1].indexOf(query);
      if (at < 0 || !RG.filters.isShown(entry[0])) return;
      var node = RG.node(entry[0]);
      hits.push([entry[1].indexOf("\n" + query) < 0 ? 1 : 0, RG.labelOf(node), node]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0); });
    if (!hits.length) results.append(el("li", "No match", "rg-muted"));
    hits.slice(0, MAX_RESULTS).forEach(function (hit) {
      var button = el("button", hit[1]);
      button.type = "button";
      button.dataset.id = hit[2].id;
      button.append(el("span", RG.classes.get(hit[2].cls).label, "rg-muted"));
      button.addEventListener("click", function () { RG.select(hit[2].id, true); });
      var item = el("li");
      item.append(button);
      results.append(item);
    });
  }

  return { build: build };
})();
