/* kg map: search, filters and the evidence panel around a vis-network canvas.
 * Every string from the minutes reaches the page through textContent or setAttribute; nothing
 * here parses HTML. Positions come precomputed and physics starts off.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var info = data.info;
  var edgeInfo = data.edgeInfo;
  var byId = {};
  var kindOf = {};
  var adjacency = {};
  data.nodes.forEach(function (n) {
    byId[n.id] = n;
    kindOf[n.id] = info[n.id].kind;
    adjacency[n.id] = [];
  });
  data.edges.forEach(function (e) {
    adjacency[e.from].push(e.id);
    adjacency[e.to].push(e.id);
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-map");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var kgMap = { network: network, nodes: nodes, edges: edges, data: data, drawn: false, drawnAt: null };
  window.kgMap = kgMap;
  network.once("afterDrawing", function () {
    kgMap.drawn = true;
    kgMap.drawnAt = performance.now();
  });

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function safeUrl(value) {
    if (typeof value !== "string") return null;
    try {
      var url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  // The minutes online: the graph's template with {path} (relative, each part encoded) and {line}.
  function sourceLink(path, line) {
    if (!data.sourceUrl || !path || path.charAt(0) === "/" || path.split("/").indexOf("..") >= 0) return null;
    var encoded = path.split("/").map(encodeURIComponent).join("/");
    return safeUrl(data.sourceUrl.split("{path}").join(encoded).split("{line}").join(String(line > 0 ? line : 1)));
  }

  function link(url, text) {
    var safe = safeUrl(url);
    if (!safe) return el("span", text || url);
    var a = el("a", text || safe);
    a.setAttribute("href", safe);
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener noreferrer nofollow");
    return a;
  }

  /* ------------------------------------------------------------------ filters */

  var hiddenNode = {};
  var hiddenEdge = {};

  function outOfRange(first, last, from, until) {
    if (from && last && last < from) return true;
    if (until && first && first > until) return true;
    return false;
  }

  function applyFilters() {
    var kinds = {};
    document.querySelectorAll("#kg-kinds input[name=kind]").forEach(function (box) {
      kinds[box.value] = box.checked;
    });
    var from = $("kg-from").value || "";
    var until = $("kg-until").value || "";
    var minWeight = parseFloat($("kg-min-weight").value);
    if (!isFinite(minWeight)) minWeight = 0;
    var hideIsolated = $("kg-hide-isolated").checked;

    var visible = {};
    data.nodes.forEach(function (n) {
      var i = info[n.id];
      visible[n.id] = kinds[i.kind] !== false && !outOfRange(i.first, i.last, from, until);
    });
    var degree = {};
    var edgeVisible = [];
    data.edges.forEach(function (e) {
      var i = edgeInfo[e.id];
      var ok =
        visible[e.from] && visible[e.to] && i.weight >= minWeight && !outOfRange(i.first, i.last, from, until);
      edgeVisible[e.id] = ok;
      if (ok) {
        degree[e.from] = (degree[e.from] || 0) + 1;
        degree[e.to] = (degree[e.to] || 0) + 1;
      }
    });
    var nodeUpdates = [];
    var shownNodes = 0;
    data.nodes.forEach(function (n) {
      var show = visible[n.id] && (!hideIsolated || degree[n.id] > 0);
      if (show) shownNodes += 1;
      if (!show !== !!hiddenNode[n.id]) {
        hiddenNode[n.id] = !show;
        nodeUpdates.push({ id: n.id, hidden: !show });
      }
    });
    var edgeUpdates = [];
    var shownEdges = 0;
    data.edges.forEach(function (e) {
      var show = edgeVisible[e.id] && !hiddenNode[e.from] && !hiddenNode[e.to];
      if (show) shownEdges += 1;
      if (!show !== !!hiddenEdge[e.id]) {
        hiddenEdge[e.id] = !show;
        edgeUpdates.push({ id: e.id, hidden: !show });
      }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    $("kg-shown").textContent =
      "Showing " + shownNodes.toLocaleString("en") + " of " + data.nodes.length.toLocaleString("en") +
      " nodes and " + shownEdges.toLocaleString("en") + " of " + data.edges.length.toLocaleString("en") + " edges.";
  }

  ["kg-from", "kg-until", "kg-min-weight", "kg-hide-isolated"].forEach(function (id) {
    $(id).addEventListener("change", applyFilters);
  });
  $("kg-min-weight").addEventListener("input", applyFilters);
  document.querySelectorAll("#kg-kinds input[name=kind]").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  $("kg-reset").addEventListener("click", function () {
    document.querySelectorAll("#kg-kinds input[name=kind]").forEach(function (box) {
      box.checked = true;
    });
    $("kg-from").value = "";
    $("kg-until").value = "";
    $("kg-min-weight").value = "0";
    $("kg-hide-isolated").checked = false;
    applyFilters();
    network.unselectAll();
    network.fit({ animation: false });
  });
  $("kg-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 300 } });
  });

  var physicsOn = false;
  $("kg-physics").addEventListener("click", function () {
    physicsOn = !physicsOn;
    network.setOptions({ physics: { enabled: physicsOn } });
    this.textContent = physicsOn ? "Physics: on" : "Physics: off";
    this.setAttribute("aria-pressed", physicsOn ? "true" : "false");
  });

  /* ------------------------------------------------------------------ search */

  var searchKeys = data.nodes.map(function (n) {
    var i = info[n.id];
    return {
      id: n.id,
      label: i.label.toLowerCase(),
      aliases: i.aliases.map(function (a) {
        return a.toLowerCase();
      }),
      weight: i.weight,
    };
  });

  (function fillSuggestions() {
    var list = $("kg-names");
    var seen = {};
    var names = [];
    data.nodes.forEach(function (n) {
      var label = info[n.id].label;
      if (label.length <= 200 && !seen[label]) {
        seen[label] = true;
        names.push(label);
      }
    });
    names.sort();
    var fragment = document.createDocumentFragment();
    names.forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      fragment.appendChild(option);
    });
    list.appendChild(fragment);
  })();

  function rank(entry, query) {
    if (entry.label === query) return 0;
    if (entry.aliases.indexOf(query) >= 0) return 1;
    if (entry.label.indexOf(query) === 0) return 2;
    var best = 6;
    entry.aliases.forEach(function (a) {
      if (a.indexOf(query) === 0) best = Math.min(best, 3);
      else if (a.indexOf(query) > 0) best = Math.min(best, 5);
    });
    if (entry.label.indexOf(query) > 0) best = Math.min(best, 4);
    return best;
  }

  function findNode(text) {
    var query = String(text).replace(/…$/, "").trim().toLowerCase();
    if (!query) return null;
    var best = null;
    var bestRank = 6;
    searchKeys.forEach(function (entry) {
      var r = rank(entry, query);
      if (r < bestRank || (r === bestRank && r < 6 && entry.weight > best.weight)) {
        best = entry;
        bestRank = r;
      }
    });
    return best ? best.id : null;
  }

  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 300 } });
    showNode(id);
  }

  function search() {
    var text = $("kg-search").value;
    var id = findNode(text);
    var status = $("kg-search-status");
    if (id === null) {
      status.textContent = text.trim() ? "No name or alias contains \u201c" + text.trim() + "\u201d." : "";
      return;
    }
    status.textContent =
      "Found " + info[id].label + (hiddenNode[id] ? " (hidden by the filters: press Reset to see it)." : ".");
    focusNode(id);
  }

  $("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
  $("kg-search").addEventListener("input", function (event) {
    // Picking a suggestion fires "input" without a keystroke.
    if (!event.inputType || event.inputType === "insertReplacementText") search();
  });

  /* ------------------------------------------------------------------ panel */

  var panel = $("kg-panel");
  var KIND_COLOR = {};
  Object.keys(data.options.groups).forEach(function (kind) {
    KIND_COLOR[kind] = data.options.groups[kind].color.background;
  });

  function fields(pairs) {
    var dl = el("dl");
    pairs.forEach(function (pair) {
      if (pair[1] === undefined || pair[1] === null || pair[1] === "") return;
      dl.appendChild(el("dt", pair[0]));
      var dd = el("dd");
      if (pair[1] instanceof Node) dd.appendChild(pair[1]);
      else dd.textContent = String(pair[1]);
      dl.appendChild(dd);
    });
    return dl;
  }

  function dates(first, last) {
    if (!first) return "";
    return first === last || !last ? first : first + " to " + last;
  }

  function nodeButton(id) {
    var button = el("button", info[id].label.length > 80 ? info[id].label.slice(0, 79) + "\u2026" : info[id].label, "kg-link");
    button.type = "button";
    button.addEventListener("click", function () {
      focusNode(id);
    });
    return button;
  }

  function evidenceList(items, limit) {
    var list = el("ul", null, "kg-evidence");
    items.slice(0, limit).forEach(function (item) {
      var li = el("li");
      var meta = [item[0] || "undated", item[1]].filter(Boolean).join(" \u00b7 ");
      li.appendChild(el("div", meta, "kg-meta"));
      li.appendChild(el("blockquote", item[2]));
      if (item[3]) {
        var where = item[3] + (item[4] ? ":" + item[4] : "");
        var url = sourceLink(item[3], item[4]);
        var source = el("div", null, "kg-source");
        source.appendChild(url ? link(url, where) : el("span", where));
        li.appendChild(source);
      }
      list.appendChild(li);
    });
    return list;
  }

  function heading(text, kind) {
    var h = el("h2", text);
    var tag = el("span", kind, "kg-kind-tag");
    tag.style.background = KIND_COLOR[kind] || "#999999";
    var wrap = el("div");
    wrap.appendChild(tag);
    wrap.appendChild(h);
    return wrap;
  }

  function showNode(id) {
    var i = info[id];
    clear(panel);
    panel.appendChild(heading(i.label, i.rawKind || i.kind));
    var pairs = [
      ["Also called", i.aliases.filter(function (a) { return a !== i.label; }).join(", ")],
      ["Seen", dates(i.first, i.last)],
      ["Mentions", i.mentions],
      ["Meetings", i.meeting_count],
      ["Weight", i.weight],
    ];
    if (i.kind === "reference") {
      pairs.unshift(["Title", i.title]);
      pairs.push(["System", i.system]);
      if (i.url) pairs.push(["Link", link(i.url)]);
      else if (i.badUrl) pairs.push(["Address (not a web link)", i.badUrl]);
    } else if (i.kind === "meeting") {
      pairs.unshift(["Title", i.title], ["Date", i.date]);
      pairs.push(["Attendees", i.attendee_count], ["Minutes", i.path]);
    } else if (i.kind === "person") {
      pairs.push(["Attended", i.attended], ["Organization", i.organization], ["Handles", (i.handles || []).join(", ")]);
    } else if (i.kind === "action") {
      pairs.unshift(["Action", i.text]);
      if (i.owner && info[i.owner]) pairs.push(["Owner", nodeButton(i.owner)]);
    } else {
      pairs.push(["Title", i.title]);
      if (i.url) pairs.push(["Link", link(i.url)]);
      else if (i.badUrl) pairs.push(["Address (not a web link)", i.badUrl]);
    }
    panel.appendChild(fields(pairs));

    var ids = adjacency[id].slice().sort(function (a, b) {
      return edgeInfo[b].weight - edgeInfo[a].weight || a - b;
    });
    if (ids.length) {
      panel.appendChild(el("h3", "Connections (" + ids.length + ")"));
      var list = el("ul");
      ids.slice(0, 100).forEach(function (edgeId) {
        var e = data.edges[edgeId];
        var other = e.from === id ? e.to : e.from;
        var li = el("li");
        li.appendChild(el("span", edgeInfo[edgeId].relation.replace(/_/g, " ") + ": ", "kg-meta"));
        li.appendChild(nodeButton(other));
        li.appendChild(el("span", " (" + edgeInfo[edgeId].count + ")", "kg-meta"));
        list.appendChild(li);
      });
      if (ids.length > 100) list.appendChild(el("li", "\u2026 and " + (ids.length - 100) + " more", "kg-meta"));
      panel.appendChild(list);
    }

    var seen = {};
    var items = [];
    ids.forEach(function (edgeId) {
      edgeInfo[edgeId].evidence.forEach(function (item) {
        var key = item[3] + ":" + item[4] + ":" + item[2];
        if (!seen[key]) {
          seen[key] = true;
          items.push(item);
        }
      });
    });
    items.sort(function (a, b) {
      return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : a[4] - b[4];
    });
    if (items.length) {
      panel.appendChild(el("h3", "Evidence (" + items.length + (items.length > 50 ? ", first 50" : "") + ")"));
      panel.appendChild(evidenceList(items, 50));
    }
  }

  function showEdge(edgeId) {
    var e = data.edges[edgeId];
    var i = edgeInfo[edgeId];
    clear(panel);
    var title = el("h2");
    title.appendChild(nodeButton(e.from));
    title.appendChild(el("span", " \u2014 " + i.relation.replace(/_/g, " ") + " \u2014 ", "kg-meta"));
    title.appendChild(nodeButton(e.to));
    panel.appendChild(title);
    panel.appendChild(
      fields([
        ["Relation", i.relation],
        ["Seen", dates(i.first, i.last)],
        ["Evidence", i.count],
        ["Weight", i.weight],
      ])
    );
    panel.appendChild(el("h3", "Evidence" + (i.count > i.evidence.length ? " (" + i.evidence.length + " of " + i.count + " kept)" : "")));
    panel.appendChild(evidenceList(i.evidence, i.evidence.length));
  }

  function hint() {
    clear(panel);
    panel.appendChild(el("p", "Click a node or an edge to see its evidence: the sentences of the minutes behind it.", "kg-hint"));
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else hint();
  });

  kgMap.findNode = findNode;
  kgMap.showNode = showNode;
  kgMap.showEdge = showEdge;
  kgMap.applyFilters = applyFilters;

  applyFilters();
  if (data.omitted.nodes) {
    $("kg-shown").textContent += " " + data.omitted.nodes.toLocaleString("en") + " less important nodes are not in this file.";
  }
})();
