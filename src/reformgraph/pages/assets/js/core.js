/* Shared state and helpers of a network page.
   The page's data arrive as JSON text and are never parsed as HTML: every
   string from the corpus reaches the DOM through textContent (see el). */
var RG = (function () {
  "use strict";
  var data = JSON.parse(document.getElementById("rg-data").textContent);
  var nodeById = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var edgeById = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  var classes = new Map(data.classes.map(function (c) { return [c.key, c]; }));
  var relations = new Map(data.relations.map(function (r) { return [r.key, r]; }));

  /* An element with optional text (as text, never markup) and class. */
  function el(tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined && text !== null) element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  var state = { lang: "", colour: "class", selected: null };

  /* The node's name in the reader's language, else its default name. */
  function labelOf(node) {
    return (state.lang && node.labels[state.lang]) || node.label;
  }

  /* Case- and accent-insensitive form for search ("Sørensen" ~ "sorensen");
     letters that Unicode does not decompose are spelled out. */
  var LETTERS = { "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ð": "d", "þ": "th", "đ": "d", "ł": "l" };
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[øæœßðþđł]/g, function (c) { return LETTERS[c]; });
  }

  return {
    data: data,
    node: function (id) { return nodeById.get(id); },
    edge: function (id) { return edgeById.get(id); },
    classes: classes,
    relations: relations,
    state: state,
    el: el,
    labelOf: labelOf,
    fold: fold,
    ready: false
  };
})();
