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

  // vis-network gets only what is shown: the view the map opens with, then whatever a filter
  // or a focus shows (added on first use). Hidden nodes and edges would still cost time when
  // the network is made, and hiding them afterwards would redraw everything once more.
  var hiddenNode = {};
  var hiddenEdge = {};
  var opening = {};
  data.shownKinds.forEach(function (kind) {
    opening[kind] = true;
  });
  data.nodes.forEach(function (n) {
    hiddenNode[n.id] = !opening[info[n.id].kind];
  });
  data.edges.forEach(function (e) {
    hiddenEdge[e.id] = hiddenNode[e.from] || hiddenNode[e.to] || edgeInfo[e.id].weight < data.minWeight;
  });
  var nodes = new vis.DataSet(data.nodes.filter(function (n) {
    return !hiddenNode[n.id];
  }));
  var edges = new vis.DataSet(data.edges.filter(function (e) {
    return !hiddenEdge[e.id];
  }));

  // Apply updates ({id, hidden, ...}) to a DataSet, adding an item the first time it is shown.
  function change(set, items, updates) {
    var add = [];
    var update = [];
    updates.forEach(function (u) {
      if (set.get(u.id) !== null) update.push(u);
      else if (!u.hidden) add.push(Object.assign({}, items[u.id], u));
    });
    if (add.length) set.add(add);
    if (update.length) set.update(update);
  }
  var container = document.getElementById("kg-map");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var kgMap = { network: network, nodes: nodes, edges: edges, data: data, drawn: false, drawnAt: null };
  window.kgMap = kgMap;
  network.once("afterDrawing", function () {
    kgMap.drawn = true;
    kgMap.drawnAt = performance.now();
  });

  /* ------------------------------------------------------------------ labels */
  // vis-network draws no labels (the nodes carry "text", not "label"). After every frame the
  // page writes them itself at a fixed size on screen, most important first, skipping any that
  // would overlap one already written: zooming in makes room for more.

  var TIER = { person: 0, topic: 0, organization: 1, reference: 1, meeting: 2, action: 3, other: 4 };
  var LABEL_FONT = "13px system-ui, -apple-system, 'Segoe UI', sans-serif";
  var LABEL_HEIGHT = 16;
  var MAX_LABELS = 400;
  var CONNECTIONS_PAGE = 100; // a node panel's connections, a page at a time
  var EVIDENCE_PAGE = 50; // and its sentences
  // whose evidence leads a node's panel: its work, then where it was named, attendance last
  var RELATION_RANK = { works_on: 0, owns: 0, concerns: 0, about: 0, discussed: 1, related: 1, mentioned_in: 2, raised_in: 2, in_repository: 2, attended: 3 };
  var importance = data.nodes.map(function (n) {
    return n.id;
  });
  importance.sort(function (a, b) {
    var ia = info[a], ib = info[b];
    return (TIER[ia.kind] - TIER[ib.kind]) || (ib.weight - ia.weight) || (a < b ? -1 : a > b ? 1 : 0);
  });
  var labelWidth = {};
  var focus = null; // {id, side: {nodeId: -1 | 0 | 1}, ...} while a neighbourhood is shown

  function isShown(id) {
    return focus ? focus.side[id] !== undefined : !hiddenNode[id];
  }

  // Two labels on one line keep LABEL_GAP px between them: closer, "Richard Lau" and "Matteo
  // Collina" read as one name. One above the other may touch: the box has the text's leading.
  var LABEL_GAP = 4;

  function overlaps(grid, box) {
    var x0 = Math.floor((box.x - LABEL_GAP) / 64), x1 = Math.floor((box.x + box.w + LABEL_GAP) / 64);
    var y0 = Math.floor(box.y / 64), y1 = Math.floor((box.y + box.h) / 64);
    for (var gx = x0; gx <= x1; gx++) {
      for (var gy = y0; gy <= y1; gy++) {
        var cell = grid[gx + "," + gy];
        if (!cell) continue;
        for (var k = 0; k < cell.length; k++) {
          var o = cell[k];
          if (box.x < o.x + o.w + LABEL_GAP && o.x < box.x + box.w + LABEL_GAP &&
              box.y < o.y + o.h && o.y < box.y + box.h) return true;
        }
      }
    }
    return false;
  }

  function remember(grid, box) {
    var x0 = Math.floor(box.x / 64), x1 = Math.floor((box.x + box.w) / 64);
    var y0 = Math.floor(box.y / 64), y1 = Math.floor((box.y + box.h) / 64);
    for (var gx = x0; gx <= x1; gx++) {
      for (var gy = y0; gy <= y1; gy++) {
        (grid[gx + "," + gy] = grid[gx + "," + gy] || []).push(box);
      }
    }
  }

  function drawLabels(ctx) {
    var view = network.body.view;
    var scale = view.scale;
    var ratio = network.canvas.pixelRatio || 1;
    var width = container.clientWidth, height = container.clientHeight;
    var grid = {};
    var drawn = [];
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = LABEL_FONT;
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 4;
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    ctx.fillStyle = "#1f2430";
    var order = importance;
    if (focus) order = [focus.id].concat(importance.filter(function (id) { return id !== focus.id; }));
    var selected = network.getSelectedNodes();
    if (!focus && selected.length) order = selected.concat(importance.filter(function (id) { return selected.indexOf(id) < 0; }));
    for (var i = 0; i < order.length && drawn.length < MAX_LABELS; i++) {
      var id = order[i];
      if (!isShown(id)) continue;
      var body = network.body.nodes[id];
      if (!body) continue;
      var x = body.x * scale + view.translation.x;
      var y = body.y * scale + view.translation.y;
      var r = body.options.size * scale;
      if (x < -200 || x > width + 200 || y < -50 || y > height + 50) continue;
      var text = byId[id].text;
      var side = focus ? focus.side[id] : 0;
      if (focus && focus.text[id] !== undefined) text = focus.text[id];
      // where a label may go: beside its node on the focus's side; else below, above, right, left
      var places = function (w) {
        if (side < 0) return [{ x: x - r - 6 - w, y: y - LABEL_HEIGHT / 2, w: w, h: LABEL_HEIGHT }];
        if (side > 0) return [{ x: x + r + 6, y: y - LABEL_HEIGHT / 2, w: w, h: LABEL_HEIGHT }];
        if (focus) return [{ x: x - w / 2, y: y - r - 4 - LABEL_HEIGHT, w: w, h: LABEL_HEIGHT }];
        // then the same a few pixels further off: a heavy neighbour's label that grazes all four
        // (LTS right under Michael Dawson's name) leaves it room there
        return [
          { x: x - w / 2, y: y + r + 2, w: w, h: LABEL_HEIGHT },
          { x: x - w / 2, y: y - r - 2 - LABEL_HEIGHT, w: w, h: LABEL_HEIGHT },
          { x: x + r + 6, y: y - LABEL_HEIGHT / 2, w: w, h: LABEL_HEIGHT },
          { x: x - r - 6 - w, y: y - LABEL_HEIGHT / 2, w: w, h: LABEL_HEIGHT },
          { x: x - w / 2, y: y + r + 6, w: w, h: LABEL_HEIGHT },
          { x: x - w / 2, y: y - r - 6 - LABEL_HEIGHT, w: w, h: LABEL_HEIGHT },
          { x: x + r + 6, y: y + 2, w: w, h: LABEL_HEIGHT },
          { x: x - r - 6 - w, y: y + 2, w: w, h: LABEL_HEIGHT },
          { x: x + r + 6, y: y - 2 - LABEL_HEIGHT, w: w, h: LABEL_HEIGHT },
          { x: x - r - 6 - w, y: y - 2 - LABEL_HEIGHT, w: w, h: LABEL_HEIGHT }
        ];
      };
      var fits = function (b) {
        return b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height && !overlaps(grid, b);
      };
      var w = focus && focus.width[id] !== undefined ? focus.width[id] : labelWidth[id];
      if (w === undefined) {
        // measuring every label costs more than drawing the map: first try the smallest boxes the
        // text could need (5 px a character at 13 px), and measure only when one of them fits
        if (!places(5 * text.length).some(fits)) continue;
        w = labelWidth[id] = Math.ceil(ctx.measureText(text).width);
      }
      var box = null;
      var candidates = places(w);
      for (var c = 0; c < candidates.length && !box; c++) if (fits(candidates[c])) box = candidates[c];
      if (!box) continue;
      remember(grid, box);
      ctx.strokeText(text, box.x, box.y + 1);
      ctx.fillText(text, box.x, box.y + 1);
      drawn.push({ id: id, text: text, x: box.x, y: box.y, w: box.w, h: box.h, px: 13 });
    }
    ctx.restore();
    kgMap.labels = drawn;
  }

  network.on("afterDrawing", drawLabels);

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

  function outOfRange(first, last, from, until) {
    if (from && last && last < from) return true;
    if (until && first && first > until) return true;
    return false;
  }

  // the status line says after every filter what --max-nodes left out of the file
  var omittedNote = data.omitted.nodes
    ? " " + data.omitted.nodes.toLocaleString("en") + " less important nodes are not in this file."
    : "";

  function applyFilters() {
    if (focus) leaveFocus(false);
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
    if (nodeUpdates.length) change(nodes, byId, nodeUpdates);
    if (edgeUpdates.length) change(edges, data.edges, edgeUpdates);
    $("kg-shown").textContent =
      "Showing " + shownNodes.toLocaleString("en") + " of " + data.nodes.length.toLocaleString("en") +
      " nodes and " + shownEdges.toLocaleString("en") + " of " + data.edges.length.toLocaleString("en") + " edges." +
      omittedNote;
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
      box.checked = data.shownKinds.indexOf(box.value) >= 0;
    });
    $("kg-from").value = "";
    $("kg-until").value = "";
    $("kg-min-weight").value = String(data.minWeight);
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

  /* ------------------------------------------------------------------ focus */
  // A node's neighbourhood on its own: the node in the middle, people (and organizations) in
  // columns on its left, topics, reviews, meetings and action items in columns on its right,
  // every one labelled, the strongest ties nearest the middle. As many columns as the page has
  // room for; when even those cannot hold them all, the strongest (a fair share of each kind)
  // and the panel lists the rest. "Back to the whole map" (or Escape) restores the map.

  var ROW = 30; // rows in the map's units; the scale puts them ROW_PX to ROW apart on screen
  var ROW_PX = LABEL_HEIGHT + 2; // the closest rows whose labels stay apart
  var FOCUS_SIZE = 11; // the largest node in a column
  var GAP_PX = 16; // on screen, between a column's labels and the next column's nodes
  var KIND_ORDER = ["person", "organization", "topic", "reference", "meeting", "action", "other"];

  function strongest(items, count) {
    // items: [{id, kind, weight}]; a fair share of `count` per kind, the rest by weight
    var byKind = {};
    items.forEach(function (item) {
      (byKind[item.kind] = byKind[item.kind] || []).push(item);
    });
    var kinds = Object.keys(byKind).sort(function (a, b) {
      return KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b);
    });
    kinds.forEach(function (k) {
      byKind[k].sort(function (a, b) {
        return b.weight - a.weight || (a.id < b.id ? -1 : 1);
      });
    });
    var share = kinds.length ? Math.floor(count / kinds.length) : 0;
    var taken = {};
    var left = count;
    kinds.forEach(function (k) {
      taken[k] = Math.min(share, byKind[k].length);
      left -= taken[k];
    });
    kinds.forEach(function (k) {
      var more = Math.min(left, byKind[k].length - taken[k]);
      taken[k] += more;
      left -= more;
    });
    var chosen = [];
    kinds.forEach(function (k) {
      chosen = chosen.concat(byKind[k].slice(0, taken[k]));
    });
    return chosen;
  }

  // a neighbour's label in a column: cut short with an ellipsis where it is wider than
  // FOCUS_LABEL px (the panel has it whole); {text, width}
  var FOCUS_LABEL = 150;
  var shortLabel = {};
  function columnLabel(ctx, id) {
    if (shortLabel[id]) return shortLabel[id];
    var text = byId[id].text;
    var width = Math.ceil(ctx.measureText(text).width);
    if (width > FOCUS_LABEL) {
      var chars = text.length;
      do {
        chars -= 1;
        text = byId[id].text.slice(0, chars).replace(/[\s.,:;\-]+$/, "") + "\u2026";
        width = Math.ceil(ctx.measureText(text).width);
      } while (width > FOCUS_LABEL && chars > 1);
    }
    shortLabel[id] = { text: text, width: width };
    return shortLabel[id];
  }

  // Where the chosen neighbours go, on screen and relative to the focused node: in columns
  // `rows` long, the first ones leftwards, the rest rightwards, innermost first; each column's
  // labels on its outer side. Null when that is wider than the page.
  function arrange(ctx, chosen, centreSize, height, free) {
    // as few columns as the page's height allows, two at least; the left side takes the
    // first of them (and one more when they are odd)
    var most = Math.max(1, Math.floor((height - 60) / ROW_PX));
    var count = Math.max(2, Math.ceil(chosen.length / most));
    var rows = Math.max(1, Math.ceil(chosen.length / count));
    var split = Math.ceil(count / 2) * rows;
    var sides = [chosen.slice(0, split), chosen.slice(split)];
    var pitch = Math.max(ROW_PX, Math.min(ROW, (height - 60) / (rows + 1)));
    var scale = pitch / ROW;
    var r = FOCUS_SIZE * scale;
    var inner = centreSize * scale + r + 20; // the innermost columns' distance from the node
    var columns = [[], []];
    var extent = [0, 0];
    sides.forEach(function (items, s) {
      var x = inner;
      for (var i = 0; i < items.length; i += rows) {
        var column = items.slice(i, i + rows);
        var w = column.reduce(function (m, item) {
          return Math.max(m, columnLabel(ctx, item.id).width);
        }, 0);
        columns[s].push({ items: column, x: x });
        extent[s] = x + r + 6 + w;
        x = extent[s] + GAP_PX + r;
      }
    });
    var spare = free - 20 - extent[0] - extent[1];
    if (spare < 0) return null;
    // room to spare widens the middle, where the edges are
    var widen = Math.min(spare / 2, 200 * scale);
    return { columns: columns, rows: rows, scale: scale, widen: widen, left: extent[0] + widen, right: extent[1] + widen };
  }

  // page: which share of a neighbourhood too large for the page to show, the strongest first
  function focusOn(id, page) {
    page = page || 0;
    if (focus) restorePositions();
    var items = [];
    adjacency[id].forEach(function (edgeId) {
      var e = data.edges[edgeId];
      var other = e.from === id ? e.to : e.from;
      if (other !== id) items.push({ id: other, kind: kindOf[other], weight: edgeInfo[edgeId].weight, edge: edgeId });
    });
    var all = items.length;
    var before = 0; // neighbours shown on the pages before this one
    var centre = byId[id];
    var centreSize = Math.min(centre.size, 2 * FOCUS_SIZE);
    var ctx = network.canvas.getContext();
    ctx.font = LABEL_FONT;
    // on a narrow page the panel lies over the map's right side: use what is left of it
    var covered = window.getComputedStyle(panel).position === "absolute" ? panel.offsetWidth : 0;
    var free = container.clientWidth - covered;
    var height = container.clientHeight;
    // people first (left), then topics, reviews, meetings, action items: all of them if the
    // page has room, else fewer until it has
    var chosen, plan;
    for (var p = 0; ; p++) {
      var count = Math.min(items.length, 20 * Math.floor((height - 60) / ROW_PX));
      chosen = strongest(items, count);
      plan = arrange(ctx, chosen, centreSize, height, free);
      while (!plan && count > 1) {
        count = Math.floor(count * 0.85);
        chosen = strongest(items, count);
        plan = arrange(ctx, chosen, centreSize, height, free);
      }
      if (p >= page || !plan || chosen.length === items.length) break;
      // the next page: those left once this page's are shown
      var taken = {};
      chosen.forEach(function (item) {
        taken[item.id] = true;
      });
      before += chosen.length;
      items = items.filter(function (item) {
        return !taken[item.id];
      });
    }
    if (!plan) {
      chosen = [];
      plan = arrange(ctx, chosen, centreSize, height, Infinity);
    }
    page = p;
    var scale = plan.scale;
    var side = {};
    side[id] = 0;
    var text = {};
    var width = {};
    chosen.forEach(function (item) {
      var label = columnLabel(ctx, item.id);
      text[item.id] = label.text;
      width[item.id] = label.width;
    });
    var updates = [{ id: id, hidden: false, size: centreSize }];
    plan.columns.forEach(function (columns, s) {
      var sign = s === 0 ? -1 : 1;
      columns.forEach(function (column) {
        column.items.forEach(function (item, row) {
          side[item.id] = sign;
          updates.push({
            id: item.id,
            hidden: false,
            x: centre.x + (sign * (column.x + plan.widen)) / scale,
            y: centre.y + (row - (plan.rows - 1) / 2) * ROW,
            size: Math.min(byId[item.id].size, FOCUS_SIZE),
          });
        });
      });
    });
    var shownEdges = {};
    chosen.forEach(function (item) {
      shownEdges[item.edge] = true;
    });
    data.nodes.forEach(function (n) {
      if (side[n.id] === undefined) updates.push({ id: n.id, hidden: true });
    });
    var edgeUpdates = data.edges.map(function (e) {
      return { id: e.id, hidden: !shownEdges[e.id] };
    });
    focus = { id: id, page: page, side: side, text: text, width: width, moved: updates.filter(function (u) { return u.size !== undefined; }).map(function (u) { return u.id; }) };
    change(nodes, byId, updates);
    change(edges, data.edges, edgeUpdates);
    // the middle of the view between the outermost labels
    var middle = centre.x + (plan.right - plan.left) / 2 / scale;
    network.moveTo({ position: { x: middle, y: centre.y }, scale: scale, offset: { x: -covered / 2, y: 0 }, animation: false });
    network.selectNodes([id]);
    $("kg-back").hidden = false;
    var total = all;
    var shownCount = chosen.length;
    var paged = before > 0 || before + shownCount < total;
    $("kg-next").hidden = !paged;
    $("kg-next").textContent = before + shownCount < total ? "Next connections" : "First connections";
    $("kg-shown").textContent = !paged
      ? "Showing " + info[id].label + " and all " + total + " connection" + (total === 1 ? "" : "s") + "."
      : "Showing " + info[id].label + " and connections " + (before + 1) + "-" + (before + shownCount) + " of " + total +
        ", the strongest first (\u201c" + $("kg-next").textContent + "\u201d shows " +
        (before + shownCount < total ? "the next" : "the first") + ").";
  }

  function restorePositions() {
    change(nodes, byId, focus.moved.map(function (nodeId) {
      var n = byId[nodeId];
      return { id: nodeId, x: n.x, y: n.y, size: n.size };
    }));
  }

  function leaveFocus(refilter) {
    if (!focus) return;
    restorePositions();
    focus = null;
    $("kg-back").hidden = true;
    $("kg-next").hidden = true;
    // everything as the filters had it
    change(nodes, byId, data.nodes.map(function (n) {
      return { id: n.id, hidden: !!hiddenNode[n.id] };
    }));
    change(edges, data.edges, data.edges.map(function (e) {
      return { id: e.id, hidden: !!hiddenEdge[e.id] };
    }));
    if (refilter !== false) {
      applyFilters();
      network.fit({ animation: false });
    }
  }

  $("kg-next").addEventListener("click", function () {
    if (!focus) return;
    var id = focus.id;
    var next = $("kg-next").textContent === "Next connections" ? focus.page + 1 : 0;
    focusOn(id, next);
  });
  $("kg-back").addEventListener("click", function () {
    leaveFocus(true);
    network.unselectAll();
    hint();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && focus) {
      leaveFocus(true);
      network.unselectAll();
      hint();
    }
  });

  function focusNode(id) {
    showNode(id); // first: the focus makes room for the panel where it covers the map
    focusOn(id);
  }

  function search() {
    var text = $("kg-search").value;
    var id = findNode(text);
    var status = $("kg-search-status");
    if (id === null) {
      status.textContent = text.trim() ? "No name or alias contains \u201c" + text.trim() + "\u201d." : "";
      return;
    }
    status.textContent = "Found " + info[id].label + ".";
    focusNode(id);
  }

  // No <form>: a notebook's sandboxed iframe (no allow-forms) blocks every form submission.
  $("kg-search-go").addEventListener("click", search);
  $("kg-search").addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.isComposing) {
      event.preventDefault();
      search();
    }
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

  function evidenceItem(item) {
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
    return li;
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

  function openPanel() {
    clear(panel);
    panel.className = "kg-open";
    var close = el("button", "Close", "");
    close.id = "kg-close";
    close.type = "button";
    close.addEventListener("click", hint);
    panel.appendChild(close);
  }

  function showNode(id) {
    var i = info[id];
    openPanel();
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
      if (i.context) pairs.splice(1, 0, ["Said before", i.context]);
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
      var connection = function (edgeId) {
        var e = data.edges[edgeId];
        var other = e.from === id ? e.to : e.from;
        var li = el("li");
        var button = el("button", null, "kg-conn");
        button.type = "button";
        button.title = "Show the evidence of this connection";
        button.appendChild(el("span", edgeInfo[edgeId].relation.replace(/_/g, " ") + ": ", "kg-meta"));
        var label = info[other].label;
        button.appendChild(el("span", label.length > 80 ? label.slice(0, 79) + "\u2026" : label));
        button.appendChild(el("span", " (" + edgeInfo[edgeId].count + ")", "kg-meta"));
        button.addEventListener("click", function () {
          network.selectEdges([edgeId]);
          showEdge(edgeId);
        });
        li.appendChild(button);
        return li;
      };
      panel.appendChild(list);
      pages(list, ids, CONNECTIONS_PAGE, connection, "connections");
    }

    // the evidence of the node's work first (its strongest connections first, each one's own
    // order), then of where it was mentioned, attendance last
    var byWork = ids.slice().sort(function (a, b) {
      return relationRank(edgeInfo[a].relation) - relationRank(edgeInfo[b].relation) ||
        edgeInfo[b].weight - edgeInfo[a].weight || a - b;
    });
    var seen = {};
    var items = [];
    byWork.forEach(function (edgeId) {
      edgeInfo[edgeId].evidence.forEach(function (item) {
        var key = item[3] + ":" + item[4] + ":" + item[2];
        if (!seen[key]) {
          seen[key] = true;
          items.push(item);
        }
      });
    });
    if (items.length) {
      panel.appendChild(el("h3", "Evidence (" + items.length + ")"));
      var evidence = el("ul", null, "kg-evidence");
      panel.appendChild(evidence);
      pages(evidence, items, EVIDENCE_PAGE, evidenceItem, "sentences");
    }
  }

  function relationRank(relation) {
    return relation in RELATION_RANK ? RELATION_RANK[relation] : 1;
  }

  // a long list a page at a time: the first page, and a button for each next one
  function pages(list, items, size, make, what) {
    var shown = 0;
    var holder = el("li", null, "kg-page-on");
    var more = el("button", null, "kg-conn");
    more.type = "button";
    holder.appendChild(more);
    function next() {
      items.slice(shown, shown + size).forEach(function (item) {
        list.insertBefore(make(item), holder.parentNode === list ? holder : null);
      });
      shown = Math.min(items.length, shown + size);
      if (shown < items.length) {
        more.textContent = "Show " + Math.min(size, items.length - shown) + " more " + what +
          " (" + (items.length - shown) + " not shown yet)";
        if (holder.parentNode !== list) list.appendChild(holder);
      } else if (holder.parentNode === list) {
        list.removeChild(holder);
      }
    }
    more.addEventListener("click", next);
    next();
  }

  function showEdge(edgeId) {
    var e = data.edges[edgeId];
    var i = edgeInfo[edgeId];
    openPanel();
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
    var list = el("ul", null, "kg-evidence");
    panel.appendChild(list);
    pages(list, i.evidence, EVIDENCE_PAGE, evidenceItem, "sentences");
  }

  function hint() {
    clear(panel);
    panel.className = "";
    panel.appendChild(el("p", "Click a node or an edge to see its evidence: the sentences of the minutes behind it.", "kg-hint"));
  }

  /* ------------------------------------------------------------------ edges under the pointer */
  // vis-network's popup and its click can pick different edges where edges cross; here one
  // function picks the edge nearest the pointer (within 6 px on screen) for both.

  var edgeShown = function (e) {
    return focus ? focus.side[e.from] !== undefined && focus.side[e.to] !== undefined && (e.from === focus.id || e.to === focus.id) : !hiddenEdge[e.id];
  };

  function edgeAt(domX, domY) {
    var view = network.body.view;
    var scale = view.scale;
    var best = null;
    var bestDistance = 6;
    for (var k = 0; k < data.edges.length; k++) {
      var e = data.edges[k];
      if (!edgeShown(e)) continue;
      var a = network.body.nodes[e.from], b = network.body.nodes[e.to];
      if (!a || !b) continue;
      var ax = a.x * scale + view.translation.x, ay = a.y * scale + view.translation.y;
      var bx = b.x * scale + view.translation.x, by = b.y * scale + view.translation.y;
      var dx = bx - ax, dy = by - ay;
      var length2 = dx * dx + dy * dy;
      var t = length2 ? Math.max(0, Math.min(1, ((domX - ax) * dx + (domY - ay) * dy) / length2)) : 0;
      var px = ax + t * dx - domX, py = ay + t * dy - domY;
      var distance = Math.sqrt(px * px + py * py);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = e.id;
      }
    }
    return best;
  }
  kgMap.edgeAt = edgeAt;

  function cut(text, limit) {
    return text.length > limit ? text.slice(0, limit - 1) + "\u2026" : text;
  }

  function edgeTip(edgeId) {
    var e = data.edges[edgeId];
    var i = edgeInfo[edgeId];
    return cut(info[e.from].label, 40) + " \u2014 " + i.relation.replace(/_/g, " ") + " \u2014 " + cut(info[e.to].label, 40) +
      "\n" + i.count + " piece" + (i.count === 1 ? "" : "s") + " of evidence";
  }
  kgMap.edgeTip = edgeTip;

  var tip = $("kg-tip");
  // pointer events, as vis-network reads: their coordinates are fractional, a mouse event's are not
  container.addEventListener("pointermove", function (event) {
    var box = container.getBoundingClientRect();
    var x = event.clientX - box.left, y = event.clientY - box.top;
    var edgeId = network.getNodeAt({ x: x, y: y }) === undefined ? edgeAt(x, y) : null;
    if (edgeId === null) {
      tip.hidden = true;
      return;
    }
    tip.textContent = edgeTip(edgeId);
    tip.style.left = Math.min(event.clientX + 12, window.innerWidth - 370) + "px";
    tip.style.top = event.clientY + 14 + "px";
    tip.hidden = false;
    tip.setAttribute("data-edge", String(edgeId));
  });
  container.addEventListener("mouseleave", function () {
    tip.hidden = true;
  });

  network.on("click", function (params) {
    if (params.nodes.length) {
      focusNode(params.nodes[0]);
      return;
    }
    // the edge the tooltip names, when one shows: where edges cross, a fraction of a pixel
    // between the pointer's move and its click must not open another edge than the one read
    var edgeId = tip.hidden ? edgeAt(params.pointer.DOM.x, params.pointer.DOM.y) : Number(tip.getAttribute("data-edge"));
    if (edgeId !== null) {
      network.selectEdges([edgeId]);
      showEdge(edgeId);
    } else {
      network.unselectAll();
      hint();
    }
  });

  kgMap.findNode = findNode;
  kgMap.showNode = showNode;
  kgMap.showEdge = showEdge;
  kgMap.applyFilters = applyFilters;
  kgMap.focusOn = focusNode;
  kgMap.leaveFocus = function () {
    leaveFocus(true);
  };
  kgMap.focused = function () {
    return focus ? focus.id : null;
  };

  applyFilters();
  network.fit({ animation: false });
})();
