/* Legend and filters in one: a checkbox per class (with its colour and
   shape), relation, country and language of the source text. Unticking hides
   the matching nodes (and edges); an edge also hides with either end. */
RG.filters = (function () {
  "use strict";
  var el = RG.el;
  var off = { cls: new Set(), rel: new Set(), country: new Set(), lang: new Set() };
  var hidden = new Map(); // id -> hidden now, so updates send only changes

  function entry(listId, facet, key, swatch, label, count) {
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.facet = facet;
    box.dataset.key = key;
    box.addEventListener("change", function () {
      if (box.checked) off[facet].delete(key); else off[facet].add(key);
      apply();
    });
    var label_ = el("label");
    label_.append(box, swatch, el("span", label), el("span", "(" + count + ")", "rg-count"));
    var item = el("li");
    item.append(label_);
    document.getElementById(listId).append(item);
  }

  function classSwatch(cls) {
    var swatch = el("span", cls.symbol, "rg-swatch");
    swatch.style.color = cls.color;
    return swatch;
  }

  function lineSwatch(relation) {
    var swatch = el("span", null, "rg-line");
    swatch.style.borderTopColor = relation.color;
    return swatch;
  }

  function build() {
    var d = RG.data;
    d.classes.forEach(function (c) { entry("rg-filter-cls", "cls", c.key, classSwatch(c), c.label, c.count); });
    d.relations.forEach(function (r) { entry("rg-filter-rel", "rel", r.key, lineSwatch(r), r.label, r.count); });
    d.countries.forEach(function (c) {
      entry("rg-filter-country", "country", c[0], el("span"), c[0] === "none" ? "no country" : c[0], c[1]);
    });
    d.languages.forEach(function (l) {
      entry("rg-filter-lang", "lang", l[0], el("span"), l[0] === "und" ? "unknown" : l[0], l[1]);
    });
  }

  function anyLanguage(item) {
    return item.langs.some(function (l) { return !off.lang.has(l); });
  }

  function nodeShown(n) {
    return !off.cls.has(n.cls) && !off.country.has(n.country) && anyLanguage(n);
  }

  function apply() {
    var shown = new Set();
    var nodeChanges = [], edgeChanges = [];
    RG.data.nodes.forEach(function (n) {
      var show = nodeShown(n);
      if (show) shown.add(n.id);
      if ((hidden.get(n.id) || false) === show) nodeChanges.push({ id: n.id, hidden: !show });
      hidden.set(n.id, !show);
    });
    RG.data.edges.forEach(function (e) {
      var show = !off.rel.has(e.rel) && shown.has(e.from) && shown.has(e.to) && anyLanguage(e);
      if ((hidden.get(e.id) || false) === show) edgeChanges.push({ id: e.id, hidden: !show });
      hidden.set(e.id, !show);
    });
    RG.nodes.update(nodeChanges);
    RG.edges.update(edgeChanges);
    if (RG.state.selected !== null && !shown.has(RG.state.selected)) RG.select(null);
  }

  function isShown(id) {
    return !hidden.get(id);
  }

  return { build: build, apply: apply, isShown: isShown };
})();
