"""The interactive map: one self-contained ``graph.html`` made with pyvis and vis-network 9.1.2.

pyvis holds the node and edge dicts and the vis options; the page itself comes from this
package's own template (``templates/graph.html.j2``), because pyvis's template loads Bootstrap
from a CDN, lays the graph out in the browser and renders tooltips from raw strings. Here:

- every asset is inline and a Content-Security-Policy forbids any request, so the file works
  offline from ``file://`` and leaks nothing;
- positions are computed in Python (:mod:`kg.render.layout`), physics is off, edges straight:
  the map opens still, at once, and the same graph gives the same bytes;
- the graph's data is one JSON block (``<``, ``>``, ``&``, U+2028, U+2029 escaped) read by the
  page's script, which builds the search, filters and evidence panel with DOM APIs only.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_node("person:ada", kind="person", label="Ada <b>", weight=1.0)
>>> page = render_html(G, title="demo")
>>> page.startswith("<!DOCTYPE html>"), "Ada <b>" in page, "Ada \\\\u003cb\\\\u003e" in page
(True, False, True)
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import math
import os
import re
from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import networkx as nx
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from ..errors import InputError
from ..io import atomic_write_text
from ..source import check_template
from .layout import map_layout

__all__ = ["render_html", "write_html"]

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).with_name("templates")
VIS_DIR = Path(pyvis.__file__).with_name("templates") / "lib" / "vis-9.1.2"
DEFAULT_MAX_NODES = 2500

# --------------------------------------------------------------------------- text from minutes

LABEL_MAX = 60
# What the page keeps of an edge's evidence; graph.json and evidence.csv keep all of it.
EVIDENCE_IN_PAGE = 4
TEXT_IN_PAGE = 400
SHORT_MAX = 32


@dataclass(frozen=True)
class KindStyle:
    """How one kind of node looks: vis-network shape, matplotlib marker, colour, legend name."""

    kind: str
    name: str
    one: str
    shape: str
    marker: str
    color: str
    border: str


# Okabe-Ito colours: told apart by colour-blind readers too; the shapes differ as well.
KINDS: dict[str, KindStyle] = {
    style.kind: style
    for style in (
        KindStyle("person", "People", "person", "dot", "o", "#0072B2", "#004B75"),
        KindStyle("topic", "Topics", "topic", "diamond", "D", "#E69F00", "#9A6A00"),
        KindStyle(
            "reference",
            "Reviews and issues",
            "review or issue",
            "square",
            "s",
            "#009E73",
            "#006048",
        ),
        KindStyle("repository", "Repositories", "repository", "box", "p", "#F0E442", "#8C8526"),
        KindStyle("meeting", "Meetings", "meeting", "triangle", "^", "#CC79A7", "#8E4B73"),
        KindStyle(
            "organization", "Organizations", "organization", "hexagon", "h", "#56B4E9", "#2A7CAD"
        ),
        KindStyle("action", "Action items", "action item", "star", "*", "#D55E00", "#8F3F00"),
        KindStyle("other", "Other", "other", "dot", "o", "#999999", "#666666"),
    )
}

# Bidi controls (they can reverse how a line reads) and C0/C1 controls except tab and newline.
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def clean_text(value: Any) -> str:
    """Return ``value`` as text whose invisible controls are made visible as ``[U+XXXX]``.

    Lone surrogates (which UTF-8 cannot store) become U+FFFD.

    >>> clean_text(None), clean_text(3), clean_text("tab\\tkept")
    ('', '3', 'tab\\tkept')
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    text = _SURROGATE.sub("\ufffd", text)
    return _INVISIBLE.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def display_label(value: Any, limit: int = LABEL_MAX) -> str:
    """One line of at most ``limit`` characters, ending in an ellipsis when cut.

    >>> display_label("  NVMe \\n emulation ")
    'NVMe emulation'
    """
    text = _SPACES.sub(" ", clean_text(value)).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def safe_url(value: Any) -> str | None:
    """Return ``value`` if it is an absolute http(s) URL with a host, else None.

    >>> safe_url(" https://x.org/a b") is None, safe_url("data:text/html,x"), safe_url("http://")
    (True, None, None)
    """
    if not isinstance(value, str) or not value or value != value.strip():
        return None
    if any(ch.isspace() or ord(ch) < 0x20 for ch in value) or _INVISIBLE.search(value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return value


def iso_date(value: Any) -> str:
    """``value`` if it is an ISO date (YYYY-MM-DD), else ``""``."""
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    return ""


def number(value: Any, default: float = 0.0) -> float:
    """A finite float from ``value``, or ``default``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    result = float(value)
    return result if math.isfinite(result) else default


def node_weight(G: nx.Graph, node: Hashable) -> float:
    """The node's ``weight`` attribute when positive, else its degree."""
    weight = number(G.nodes[node].get("weight"))
    return weight if weight > 0 else float(G.degree(node))


def kind_of(G: nx.Graph, node: Hashable) -> str:
    """The node's kind, or ``"other"`` for a kind the renderers do not know."""
    kind = G.nodes[node].get("kind")
    return kind if isinstance(kind, str) and kind in KINDS else "other"


# Which kinds the node budget goes to first: who works on what needs people and topics.
TIER = {
    "person": 0,
    "topic": 0,
    "organization": 1,
    "reference": 1,
    "repository": 1,
    "meeting": 2,
    "action": 3,
}
# Shown when the map opens; the other kinds are behind their check boxes.
DEFAULT_KINDS = frozenset({"person", "topic", "organization"})


@dataclass(frozen=True)
class Selection:
    """The nodes a picture shows (sorted by ``str``) and how much it leaves out."""

    nodes: list[Hashable]
    total_nodes: int
    total_edges: int
    dropped_nodes: int
    dropped_edges: int
    dropped_kinds: dict[str, int] = field(default_factory=dict)


HIDDEN_SHARE = 0.1  # of the node budget, for the kinds behind check boxes


def _budget(G: nx.Graph, ranked: list[Hashable], max_nodes: int) -> list[Hashable]:
    """The first ``max_nodes`` of ``ranked``, less a share for the kinds the map hides at first
    when those it shows would take it all."""
    shown = [n for n in ranked if kind_of(G, n) in DEFAULT_KINDS]
    hidden: dict[str, list[Hashable]] = {}
    for n in ranked:
        if kind_of(G, n) not in DEFAULT_KINDS:
            hidden.setdefault(kind_of(G, n), []).append(n)
    reserve = int(max_nodes * HIDDEN_SHARE)
    if len(shown) < max_nodes or not hidden or not reserve:
        return ranked[:max_nodes]
    taken: list[Hashable] = []
    queues = [iter(nodes) for nodes in hidden.values()]  # in the order of TIER
    while queues and len(taken) < reserve:
        for queue in list(queues):
            node = next(queue, None)
            if node is None:
                queues.remove(queue)
            elif len(taken) < reserve:
                taken.append(node)
    return shown[: max_nodes - len(taken)] + taken


def select_nodes(G: nx.Graph, max_nodes: int) -> Selection:
    """Keep ``max_nodes`` nodes: people and topics first, then organizations and references,
    then meetings, then action items; within each, by weight, then degree, then id. When the
    kinds the map opens on fill the budget alone, HIDDEN_SHARE of it still goes to the other
    kinds, in turn (the strongest references, repositories, meetings and action items), so that
    their check boxes show something.

    >>> import networkx as nx
    >>> G = nx.Graph([("m", "p"), ("m", "t"), ("p", "t")])
    >>> nx.set_node_attributes(G, {"m": "meeting", "p": "person", "t": "topic"}, "kind")
    >>> s = select_nodes(G, 2)
    >>> s.nodes, s.dropped_nodes, s.dropped_edges, s.dropped_kinds
    (['p', 't'], 1, 2, {'meeting': 1})
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    total_nodes = G.number_of_nodes()
    total_edges = G.number_of_edges()
    if total_nodes <= max_nodes:
        return Selection(sorted(G.nodes, key=str), total_nodes, total_edges, 0, 0)
    ranked = sorted(
        G.nodes,
        key=lambda n: (TIER.get(kind_of(G, n), 4), -node_weight(G, n), -G.degree(n), str(n)),
    )
    keep = sorted(_budget(G, ranked, max_nodes), key=str)
    kept_set = set(keep)
    dropped: dict[str, int] = {}
    for node in (n for n in ranked if n not in kept_set):
        kind = kind_of(G, node)
        dropped[kind] = dropped.get(kind, 0) + 1
    kept_edges = G.subgraph(keep).number_of_edges()
    return Selection(
        keep,
        total_nodes,
        total_edges,
        total_nodes - len(keep),
        total_edges - kept_edges,
        {k: dropped[k] for k in KINDS if k in dropped},
    )


# --------------------------------------------------------------------------- the page


def write_html(
    G: nx.Graph,
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> Path:
    """Write the map of ``G`` to ``path`` (atomically) and return the path.

    Parameters
    ----------
    G : networkx.Graph
        A graph as described in docs/GRAPH.md; it is not changed.
    path : path-like
        Where to write, e.g. ``out/graph.html``; missing folders are made.
    title : str, optional
        The page's title; defaults to ``G.graph["title"]``.
    max_nodes : int
        Show at most this many nodes (the highest weight ones); the page says what it left out.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_html(nx.path_graph(3), out) == out, out.stat().st_size > 100_000
    (True, True)
    """
    return atomic_write_text(path, render_html(G, title=title, max_nodes=max_nodes))


def render_html(
    G: nx.Graph, *, title: str | None = None, max_nodes: int = DEFAULT_MAX_NODES
) -> str:
    """Return the map of ``G`` as one self-contained HTML document (see :func:`write_html`).

    The notebook embeds it as an iframe's ``srcdoc``.
    """
    # a name that fits several people is no person on the map (`kg people --unresolved`)
    unsure = [n for n, d in G.nodes(data=True) if d.get("unresolved") and d.get("kind") == "person"]
    if unsure:
        G = _without(G, set(unsure))
    selection = select_nodes(G, max_nodes)
    # a copy, not a view: a view filters every lookup (half the time at 20,000 nodes)
    H = G.subgraph(selection.nodes).copy() if selection.dropped_nodes else G
    page_title = display_label(title if title is not None else G.graph.get("title"), 200)
    page_title = page_title or "Knowledge graph"
    if selection.dropped_nodes:
        log.info(
            "map shows %d of %d nodes (max_nodes=%d)",
            len(selection.nodes),
            selection.total_nodes,
            max_nodes,
        )

    net = _network(H)
    payload = {
        "title": page_title,
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        "info": {str(n): _node_info(H, n) for n in selection.nodes},
        "edgeInfo": [_edge_info(H, u, v) for u, v in _sorted_edges(H)],
        "sourceUrl": source_template(G),
        "omitted": {
            "nodes": selection.dropped_nodes,
            "edges": selection.dropped_edges,
            "totalNodes": selection.total_nodes,
            "totalEdges": selection.total_edges,
        },
    }

    kinds = _kind_counts(H)
    shown = sorted(DEFAULT_KINDS & set(kinds)) or sorted(kinds)  # what the map opens with
    payload["shownKinds"] = shown
    min_weight = opening_weight(H, set(shown))
    payload["minWeight"] = min_weight
    data_json = json_for_script(payload)
    dates = sorted(
        d
        for n in selection.nodes
        for d in (_node_date(H, n, "first_seen"), _node_date(H, n, "last_seen"))
        if d
    )
    assets = _assets()
    template = _environment().get_template("graph.html.j2")
    return template.render(
        title=page_title,
        generator=display_label(G.graph.get("generator") or "kg", 100),
        csp=Markup(_csp(assets.vis_js, assets.app_js)),  # ours alone: no data in it
        vis_css=Markup(assets.vis_css),
        page_css=Markup(assets.page_css),
        vis_js=Markup(assets.vis_js),
        app_js=Markup(assets.app_js),
        data_json=Markup(data_json),
        kinds=[(KINDS[k], kinds[k], k in shown) for k in KINDS if kinds.get(k)],
        node_count=H.number_of_nodes(),
        edge_count=H.number_of_edges(),
        first_date=dates[0] if dates else "",
        last_date=dates[-1] if dates else "",
        notice=_notice(selection),
        min_weight=f"{min_weight:g}",
    )


def _without(G: nx.Graph, drop: set[Hashable]) -> nx.Graph:
    """``G`` without the nodes ``drop``, in the order ``G.copy()`` then removing them gives,
    sharing ``G``'s attribute dicts (the map only reads them): a whole copy of a big graph took
    a tenth of the map's time and held its attributes twice.

    >>> G = nx.Graph([("a", "b"), ("b", "c")], title="t")
    >>> H = _without(G, {"c"})
    >>> list(H.edges), H.graph, H.edges["a", "b"] is G.edges["a", "b"]
    ([('a', 'b')], {'title': 't'}, True)
    """
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if n not in drop)
    adj: dict[Hashable, dict[Hashable, Any]] = H._adj  # filled as add_edges_from would
    for u, near in G._adj.items():
        if u in drop:
            continue
        mine = adj[u]
        for v, data in near.items():
            if v not in drop and v not in mine:
                mine[v] = data
                adj[v][u] = data
    return H


def json_for_script(value: Any) -> str:
    """JSON that can sit inside ``<script type="application/json">``: no ``<``, ``>``, ``&``.

    >>> json_for_script({"a": "</script>\\u2028&"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u2028\\\\u0026"}'
    """
    text = json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    for raw, escaped in _JSON_ESCAPES:
        text = text.replace(raw, escaped)
    return text


_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def _notice(selection: Selection) -> str:
    if not selection.dropped_nodes:
        return ""
    left_out = ", ".join(
        f"{count:,} {KINDS[kind].name.lower() if count != 1 else KINDS[kind].one}"
        for kind, count in selection.dropped_kinds.items()
    )
    return (
        f"This map holds {len(selection.nodes):,} of the {selection.total_nodes:,} nodes of the graph, "
        f"people and topics first, by weight; left out: {left_out} "
        f"({selection.dropped_edges:,} edges). They are in graph.json and the CSV tables. "
        f"To map more, raise --max-nodes (kg html --max-nodes N), or map a shorter period "
        f"(kg html --since YYYY-MM-DD)."
    )


EDGES_PER_NODE = 2  # at most this many edges per node shown when the map opens


def opening_weight(H: nx.Graph, kinds: set[str]) -> float:
    """The smallest edge weight the map opens with: 0, unless the shown nodes have more than
    EDGES_PER_NODE edges each; then the weight that keeps about that many, the strongest.
    A denser map is only a grey mesh, and slower to draw; the filter box shows the value.

    >>> import networkx as nx
    >>> G = nx.complete_graph(6)  # 15 edges of weights 0 to 14 between 6 topics: 12 kept
    >>> nx.set_node_attributes(G, "topic", "kind")
    >>> nx.set_edge_attributes(G, {e: float(i) for i, e in enumerate(G.edges)}, "weight")
    >>> opening_weight(G, {"topic"}), opening_weight(nx.path_graph(3), {"other"})
    (3.0, 0.0)
    """
    shown = [n for n in H.nodes if kind_of(H, n) in kinds]
    weights = sorted(
        (number(d.get("weight"), 1.0) for _, _, d in H.subgraph(shown).edges(data=True)),
        reverse=True,
    )
    budget = EDGES_PER_NODE * len(shown)
    if len(weights) <= budget:
        return 0.0
    # the smallest weight that keeps no more than the budget (ties are kept or left together)
    cut = weights[budget]  # the strongest edge left out
    return round(min((w for w in weights[:budget] if w > cut), default=cut), 3)


def source_template(G: nx.Graph) -> str | None:
    """The graph's link template for evidence (``G.graph["source_url"]``) if valid, else None."""
    template = G.graph.get("source_url")
    if not isinstance(template, str) or not template:
        return None
    try:
        return check_template(template)
    except InputError:
        log.warning("ignored the graph's source_url %r: not a valid link template", template)
        return None


def _sorted_edges(H: nx.Graph) -> list[tuple[Hashable, Hashable]]:
    """Edges with their ends in ``str`` order, sorted: the edge ids of the page."""
    ends = [(u, v) if str(u) <= str(v) else (v, u) for u, v in H.edges]
    return sorted(ends, key=lambda e: (str(e[0]), str(e[1])))


def _node_date(H: nx.Graph, node: Hashable, key: str) -> str:
    data = H.nodes[node]
    return iso_date(data.get(key)) or (
        iso_date(data.get("date")) if kind_of(H, node) == "meeting" else ""
    )


def _kind_counts(H: nx.Graph) -> dict[str, int]:
    counts: dict[str, int] = {}
    for node in H.nodes:
        kind = kind_of(H, node)
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def _network(H: nx.Graph) -> Any:
    """A pyvis Network holding the vis node and edge dicts and the vis options.

    The lists are filled directly: ``Network.from_nx`` is super-linear and changes its input.
    """
    net = Network(height="100%", width="100%", cdn_resources="in_line")
    net.toggle_physics(False)
    net.options.edges.smooth.enabled = False
    big = H.number_of_nodes() > 1000
    net.toggle_hide_edges_on_drag(big)
    options = json.loads(net.options.to_json())
    options["edges"].update(
        {
            "color": {
                "color": "#c3c9d2",
                "opacity": 0.55,
                "highlight": "#303846",
                "hover": "#303846",
                "inherit": False,
            },
            "selectionWidth": 2,
        }
    )
    options["physics"] = {
        "enabled": False,
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -4000, "springLength": 110, "avoidOverlap": 0.1},
        "stabilization": {"enabled": False},
        "minVelocity": 1.0,
    }
    options["interaction"].update(
        {"hover": True, "tooltipDelay": 200, "hideEdgesOnZoom": big, "keyboard": False}
    )
    options["layout"] = {"improvedLayout": False, "randomSeed": 7}
    options["nodes"] = {
        "borderWidth": 1,
        "font": {
            "size": 14,
            "face": "system-ui, sans-serif",
            "strokeWidth": 3,
            "strokeColor": "#ffffff",
        },
    }
    options["groups"] = {
        style.kind: {
            "shape": style.shape,
            "color": {
                "background": style.color,
                "border": style.border,
                "highlight": {"background": "#ffd400", "border": "#303846"},
                "hover": {"background": style.color, "border": "#303846"},
            },
        }
        for style in KINDS.values()
    }
    net.options = options

    pos = map_layout(H)
    weights = {n: node_weight(H, n) for n in H.nodes}
    top = max(weights.values(), default=1.0) or 1.0
    for node in sorted(H.nodes, key=str):
        data = H.nodes[node]
        label = display_label(data.get("label") or node)
        kind = kind_of(H, node)
        x, y = pos[node]
        size = round(8.0 + 26.0 * math.sqrt(weights[node] / top), 1)
        # "text", not vis's "label": the page draws the labels itself, by importance and
        # without overlaps (map.js), so vis-network draws none
        net.nodes.append(
            {
                "id": str(node),
                "text": short_label(data, label, kind),
                "title": _node_tooltip(H, node, kind),
                "group": kind,
                "size": size,
                "x": x,
                "y": y,
            }
        )
        net.node_ids.append(str(node))
    edge_top = max((number(d.get("weight"), 1.0) for _, _, d in H.edges(data=True)), default=1.0)
    edge_top = edge_top if edge_top > 0 else 1.0
    for i, (u, v) in enumerate(_sorted_edges(H)):
        data = H.edges[u, v]
        weight = max(number(data.get("weight"), 1.0), 0.0)
        # no vis "title": the page shows the tooltip of the edge it would open on a click, and
        # writes it from the labels it has (the page is smaller without it)
        net.edges.append(
            {
                "id": i,
                "from": str(u),
                "to": str(v),
                "width": round(0.6 + 3.4 * math.sqrt(weight / edge_top), 2),
            }
        )
    return net


def short_label(data: Any, label: str, kind: str) -> str:
    """What the map writes beside a node: a meeting's date, else its label cut to 32 characters.

    >>> short_label({"date": "2025-01-08"}, "Node.js TSC Meeting 2025-01-08", "meeting")
    '2025-01-08'
    """
    if kind == "meeting":
        date = iso_date(data.get("date")) or iso_date(data.get("first_seen"))
        if date:
            return date
    return display_label(label, SHORT_MAX)


def _node_tooltip(H: nx.Graph, node: Hashable, kind: str) -> str:
    data = H.nodes[node]
    lines = [display_label(data.get("label") or node, 120), KINDS[kind].one]
    mentions = int(number(data.get("mentions")))
    if mentions:
        lines[1] += f" · {mentions} mention{'s' if mentions != 1 else ''}"
    first, last = _node_date(H, node, "first_seen"), _node_date(H, node, "last_seen")
    if first:
        lines.append(first if first == last else f"{first} to {last}")
    if kind == "reference" and data.get("title"):
        lines.append(display_label(data.get("title"), 120))
    return "\n".join(lines)


def _node_info(H: nx.Graph, node: Hashable) -> dict[str, Any]:
    """What the side panel shows for a node (all text cleaned; URLs only http/https)."""
    data = H.nodes[node]
    kind = kind_of(H, node)
    info: dict[str, Any] = {
        "kind": kind,
        "rawKind": clean_text(data.get("kind")),
        "label": clean_text(data.get("label") or node),
        "aliases": [clean_text(a) for a in _strings(data.get("aliases"))],
        "first": _node_date(H, node, "first_seen"),
        "last": _node_date(H, node, "last_seen"),
        "weight": round(node_weight(H, node), 3),
    }
    for key in ("mentions", "meeting_count", "attended", "attendee_count"):
        if key in data:
            info[key] = int(number(data.get(key)))
    for key in (
        "title",
        "system",
        "date",
        "path",
        "text",
        "context",
        "organization",
        "number",
        "repo",
    ):
        if data.get(key):
            info[key] = clean_text(data.get(key))
    if data.get("handles"):
        info["handles"] = [clean_text(h) for h in _strings(data.get("handles"))]
    if data.get("owner") and data.get("owner") in H:
        info["owner"] = str(data.get("owner"))
    if data.get("url"):
        url = safe_url(data.get("url"))
        if url:
            info["url"] = url
        else:
            info["badUrl"] = clean_text(data.get("url"))
    return info


def _edge_info(H: nx.Graph, u: Hashable, v: Hashable) -> dict[str, Any]:
    data = H.edges[u, v]
    evidence = data.get("evidence") or []
    kept = [
        item for item in (evidence if isinstance(evidence, list) else []) if isinstance(item, dict)
    ]
    if len(kept) > EVIDENCE_IN_PAGE:  # the oldest and the newest: since when, and lately
        half = EVIDENCE_IN_PAGE // 2
        kept = kept[:half] + kept[-half:]
    items = []
    for item in kept:
        line = item.get("line")
        items.append(
            [
                iso_date(item.get("date")),
                clean_text(item.get("section")),
                display_label(item.get("text"), TEXT_IN_PAGE),
                clean_text(item.get("path")),
                int(line) if isinstance(line, int) and not isinstance(line, bool) else 0,
            ]
        )
    return {
        "relation": clean_text(data.get("relation") or "related"),
        "weight": round(number(data.get("weight"), 1.0), 3),
        "count": int(number(data.get("count"), len(items))),
        "first": iso_date(data.get("first_seen")),
        "last": iso_date(data.get("last_seen")),
        "evidence": items,
    }


def _strings(value: Any) -> list[Any]:
    if isinstance(value, list | tuple | set | frozenset):
        return sorted((v for v in value if v is not None), key=str)
    return [value] if value else []


# --------------------------------------------------------------------------- assets


@dataclass(frozen=True)
class _Assets:
    vis_js: str
    vis_css: str
    app_js: str
    page_css: str


@cache
def _assets() -> _Assets:
    assets = _Assets(
        vis_js=(VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        app_js=(TEMPLATES / "map.js").read_text(encoding="utf-8"),
        page_css=(TEMPLATES / "map.css").read_text(encoding="utf-8"),
    )
    # Inline text must not be able to close its element early.
    for name, text, closer in (
        ("vis-network.min.js", assets.vis_js, "</script"),
        ("map.js", assets.app_js, "</script"),
        ("vis-network.css", assets.vis_css, "</style"),
        ("map.css", assets.page_css, "</style"),
    ):
        if closer in text.lower() or "<!--" in text:
            raise RuntimeError(f"{name}: contains {closer!r} or '<!--'; it cannot be inlined")
    return assets


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _csp(*scripts: str) -> str:
    """A policy that allows only these inline scripts and forbids every request."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
