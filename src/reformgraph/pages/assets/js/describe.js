/* Cards that explain a node or an edge: type, country, names, texts and the
   quotes behind it, each quote with its source text named. The tooltip shows
   a short card; the details panel a pinned one, with every quote the page
   holds and links to the text pages. */
RG.describe = (function () {
  "use strict";
  var el = RG.el;
  var MAX_LIST = 8;
  var TOOLTIP_QUOTES = 3;

  function row(list, term, value) {
    if (value === null || value === undefined || value === "") return;
    list.append(el("dt", term), el("dd", value));
  }

  function shortList(items) {
    return items.slice(0, MAX_LIST).join(", ") + (items.length > MAX_LIST ? ", …" : "");
  }

  function textName(identifier) {
    var text = RG.data.texts[identifier];
    return text && text.title ? identifier + " (" + text.title + ")" : identifier;
  }

  function textLinks(identifiers) {
    var dd = el("dd");
    identifiers.slice(0, MAX_LIST).forEach(function (identifier, i) {
      var text = RG.data.texts[identifier];
      if (i) dd.append(", ");
      if (text) {
        var link = el("a", identifier);
        link.href = RG.data.page.root + text.page;
        dd.append(link);
      } else {
        dd.append(identifier);
      }
    });
    if (identifiers.length > MAX_LIST) dd.append(", …");
    return dd;
  }

  function texts(list, item, pinned) {
    var count = item.texts.length + (item.texts.length === 1 ? " text" : " texts");
    if (!item.texts.length) return row(list, "Texts", "none");
    if (!pinned) return row(list, "Texts", count + ": " + shortList(item.texts));
    list.append(el("dt", "Texts"), textLinks(item.texts));
  }

  function quotes(card, item, pinned) {
    var shown = pinned ? item.quotes : item.quotes.slice(0, TOOLTIP_QUOTES);
    shown.forEach(function (q) {
      var block = el("blockquote");
      var quote = q[1];
      if (q.length === 4) {
        block.append(quote.slice(0, q[2]), el("mark", quote.slice(q[2], q[3])), quote.slice(q[3]));
      } else {
        block.append(quote);
      }
      block.append(el("cite", "— " + (q[0] ? textName(q[0]) : "source text unknown")));
      card.append(block);
    });
    if (item.nq > shown.length) {
      card.append(el("p", "… and " + (item.nq - shown.length) + " more quotes", "rg-muted"));
    }
  }

  function node(n, pinned) {
    var card = el("div", null, "rg-card");
    var list = el("dl");
    var cls = RG.classes.get(n.cls);
    card.append(el("h3", RG.labelOf(n)));
    row(list, "Type", cls.label + (n.subtype ? " (" + n.subtype + ")" : ""));
    row(list, "Country", n.country === "none" ? null : n.country);
    if (n.cls === "SourceText" && RG.data.texts[n.label]) {
      row(list, "Title", RG.data.texts[n.label].title);
      row(list, "Language", RG.data.texts[n.label].language);
    }
    Object.keys(n.labels).sort().forEach(function (lang) {
      row(list, lang ? "Label @" + lang : "Label", n.labels[lang]);
    });
    if (n.alt.length) row(list, "Also", shortList(n.alt));
    texts(list, n, pinned);
    if (n.community >= 0) row(list, "Community", String(n.community + 1));
    card.append(list);
    quotes(card, n, pinned);
    return card;
  }

  function edge(e, pinned) {
    var card = el("div", null, "rg-card");
    var list = el("dl");
    var relation = RG.relations.get(e.rel);
    var arrow = RG.data.page.directed ? " → " : " — ";
    card.append(el("h3", RG.labelOf(RG.node(e.from)) + arrow + RG.labelOf(RG.node(e.to))));
    row(list, "Relation", relation.label);
    if (e.roles.length) row(list, "Role", e.roles.join(", "));
    if (e.shared.length) {
      row(list, "Shared", e.shared.map(function (s) { return s[0] + " " + s[1]; }).join("; "));
    }
    row(list, "Weight", String(e.weight));
    texts(list, e, pinned);
    card.append(list);
    quotes(card, e, pinned);
    return card;
  }

  return { node: node, edge: edge };
})();
