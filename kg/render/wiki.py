"""A Markdown page for wikis that run no JavaScript, with a static picture of the graph.

The page has who works on what (people and their top topics, topics and their people), the
reviews and issues with their titles and links, and the meetings. Everything from the minutes is
Markdown-escaped, HTML in it is neutralised, and only http(s) URLs become links. The picture is
drawn by matplotlib with the map's own layout, so it looks like the HTML map, and it is
byte-identical from run to run (fixed ``svg.hashsalt``, no date in the metadata).

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph(title="demo")
>>> G.add_node("person:ada", kind="person", label="Ada | <b>", weight=1.0)
>>> G.add_node("topic:x", kind="topic", label="NVMe", weight=1.0)
>>> G.add_edge("person:ada", "topic:x", relation="works_on", count=2, weight=2.0)
>>> print(render_wiki(G, image=None).splitlines()[0])
# demo
>>> "| Ada \\\\| \\\\<b\\\\> | NVMe (2) |" in render_wiki(G, image=None)
True
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Hashable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx

from ..io import atomic_write_bytes, atomic_write_text, replace_dir
from .html import (
    DEFAULT_KINDS,
    KINDS,
    display_label,
    iso_date,
    kind_of,
    node_weight,
    number,
    safe_url,
    select_nodes,
)
from .layout import map_layout
from .pages import page_names, write_pages

__all__ = ["render_image", "render_wiki", "write_wiki"]

IMAGE_FORMATS = ("svg", "png")
CELL_MAX = 80
TOP_TOPICS = 5
PICTURE_NODES = 60  # the index's picture: the strongest people and topics, every one named
PICTURE_EDGES = 3  # each node's strongest links drawn; the map has them all
NAMED_FIRST = 12  # the strongest nodes, named wherever no other name is
INDEX_ROWS = 100  # reviews and meetings in the index; the CSV tables have them all
LABEL_POINTS = 8

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#!])")


def write_wiki(
    G: nx.Graph,
    path: str | os.PathLike[str],
    *,
    image: str | None = "svg",
    title: str | None = None,
    pages: bool = True,
) -> Path:
    """Write the Markdown page to ``path`` and its picture beside it; return the page's path.

    Parameters
    ----------
    G : networkx.Graph
        A graph as described in docs/GRAPH.md; it is not changed.
    path : path-like
        The page, e.g. ``out/graph.md``; the picture goes to ``out/graph.svg``.
    image : {"svg", "png", None}
        The picture's format, or None for no picture.
    title : str, optional
        The page's title; defaults to ``G.graph["title"]``.
    pages : bool
        Also write a page per person and per topic (:mod:`kg.render.pages`) into a folder named
        like the index (``out/wiki/`` for ``out/wiki.md``), which the index links to.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> page = pathlib.Path(tempfile.mkdtemp()) / "graph.md"
    >>> write_wiki(nx.path_graph(3), page).name, page.with_suffix(".svg").exists()
    ('graph.md', True)
    """
    target = Path(path)
    if image is not None and image not in IMAGE_FORMATS:
        raise ValueError(f"image must be one of {', '.join(IMAGE_FORMATS)} or None, not {image!r}")
    picture = target.with_suffix(f".{image}") if image else None
    folder = target.with_suffix("") if pages else None
    text = render_wiki(
        G,
        image=picture.name if picture else None,
        title=title,
        pages=folder.name if folder else None,
    )
    if picture is not None and image is not None:
        atomic_write_bytes(picture, render_image(G, fmt=image))
    if folder is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fresh = Path(tempfile.mkdtemp(prefix=f".{folder.name}.new-", dir=target.parent))
        try:
            write_pages(G, fresh / folder.name, target.name)
            replace_dir(fresh / folder.name, folder)
        finally:
            shutil.rmtree(fresh, ignore_errors=True)
    return atomic_write_text(target, text)


def render_wiki(
    G: nx.Graph,
    *,
    image: str | None = "graph.svg",
    title: str | None = None,
    pages: str | None = None,
) -> str:
    """Return the Markdown index; ``image`` is the picture's file name (relative), or None;
    ``pages`` the folder of the people's and topics' pages (relative), or None."""
    names = {n: f"{pages}/{name}" for n, name in page_names(G).items()} if pages else {}
    page_title = display_label(title if title is not None else G.graph.get("title"), 200)
    lines = [f"# {md(page_title or 'Knowledge graph')}", ""]
    lines += [_summary(G), ""]
    if image:
        shown = min(G.number_of_nodes(), PICTURE_NODES)
        caption = (
            f"Map of the {shown} most important nodes" if shown < G.number_of_nodes() else "Map"
        )
        lines += [f"![{caption}]({quote(image)})", ""]
    lines += _people_section(G, names)
    lines += _topic_section(G, names)
    lines += _reference_section(G)
    lines += _meeting_section(G)
    generator = display_label(G.graph.get("generator") or "kg", 100)
    lines += [
        f"_Generated by {md(generator)} from the meeting minutes; "
        "every row comes from sentences of the minutes._",
        "",
    ]
    return "\n".join(lines)


def md(value: Any, limit: int = CELL_MAX) -> str:
    """Text safe in a Markdown table cell: one line, Markdown and HTML characters escaped.

    >>> md("a|b <script> [x](javascript:y) `c`")
    'a\\\\|b \\\\<script\\\\> \\\\[x\\\\](javascript:y) \\\\`c\\\\`'
    """
    text = display_label(value, limit).replace("&", "&amp;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_link(text: str, url: Any) -> str:
    """``[text](url)`` when ``url`` is http(s), else the escaped text alone.

    >>> md_link("D1", "https://x.org/a (b)")
    'D1'
    >>> md_link("D1", "https://x.org/a_(b)")
    '[D1](https://x.org/a_%28b%29)'
    >>> md_link("x", "javascript:alert(1)")
    'x'
    """
    safe = safe_url(url)
    if safe is None:
        return text
    return f"[{text}]({quote(safe, safe=':/?#@!$&+,;=%-._~*')})"


# --------------------------------------------------------------------------- sections


def _summary(G: nx.Graph) -> str:
    counts: dict[str, int] = {}
    for node in G.nodes:
        kind = kind_of(G, node)
        counts[kind] = counts.get(kind, 0) + 1
    parts = [
        f"{counts[k]:,} {KINDS[k].one if counts[k] == 1 else KINDS[k].name.lower()}"
        for k in KINDS
        if counts.get(k)
    ]
    dates = sorted(
        d
        for _, data in G.nodes(data=True)
        for d in (iso_date(data.get("first_seen")), iso_date(data.get("last_seen")))
        if d
    )
    span = f", {dates[0]} to {dates[-1]}" if dates else ""
    return f"{', '.join(parts) or 'No nodes'}{span}."


def _by_kind(G: nx.Graph, kind: str) -> list[Hashable]:
    nodes = [n for n in G.nodes if kind_of(G, n) == kind]
    return sorted(nodes, key=lambda n: (-node_weight(G, n), _label(G, n).casefold(), str(n)))


def _label(G: nx.Graph, node: Hashable) -> str:
    return display_label(G.nodes[node].get("label") or node, 1000)


def _linked(G: nx.Graph, node: Hashable, kinds: Iterable[str]) -> list[tuple[Hashable, int]]:
    """Neighbours of the given kinds with their evidence counts, strongest first."""
    wanted = set(kinds)
    found = []
    for other in G.adj[node]:
        if kind_of(G, other) in wanted:
            data = G.edges[node, other]
            count = int(number(data.get("count"), len(data.get("evidence") or [])))
            found.append((other, count, number(data.get("weight"))))
    found.sort(key=lambda t: (-t[1], -t[2], _label(G, t[0]).casefold(), str(t[0])))
    return [(other, count) for other, count, _ in found]


def _list(G: nx.Graph, items: list[tuple[Hashable, int]], limit: int = TOP_TOPICS) -> str:
    if not items:
        return "—"
    shown = ", ".join(f"{md(_label(G, n), 40)} ({count})" for n, count in items[:limit])
    if len(items) > limit:
        shown += f", and {len(items) - limit} more"
    return shown


def _ref_cell(G: nx.Graph, node: Hashable) -> str:
    return md_link(md(_label(G, node), 40), G.nodes[node].get("url"))


def _refs_cell(G: nx.Graph, node: Hashable) -> str:
    """The reviews and issues linked to a node, strongest first, as Markdown links."""
    refs = _linked(G, node, ["reference"])
    cell = ", ".join(_ref_cell(G, r) for r, _ in refs[:TOP_TOPICS]) or "\u2014"
    if len(refs) > TOP_TOPICS:
        cell += f", and {len(refs) - TOP_TOPICS} more"
    return cell


def _named(G: nx.Graph, node: Hashable, names: dict[Hashable, str]) -> str:
    """The node's label, linked to its page when it has one."""
    text = md(_label(G, node))
    return f"[{text}]({quote(names[node])})" if node in names else text


def _everyone(
    G: nx.Graph, nodes: list[Hashable], names: dict[Hashable, str], what: str
) -> list[str]:
    """Past the table's INDEX_ROWS: every one, A to Z, one line per initial (links to pages)."""
    if len(nodes) <= INDEX_ROWS:
        return []
    lines = [
        f"All {len(nodes):,} {what}, A to Z (the table above has the {INDEX_ROWS} most active):",
        "",
    ]
    by_initial: dict[str, list[Hashable]] = {}
    for node in sorted(nodes, key=lambda n: (_label(G, n).casefold(), str(n))):
        initial = _label(G, node)[:1].upper()
        by_initial.setdefault(initial if initial.isalpha() else "#", []).append(node)
    for initial in sorted(by_initial, key=lambda i: (i == "#", i)):
        links = " · ".join(_named(G, n, names) for n in by_initial[initial])
        lines += [f"**{md(initial)}** {links}", ""]
    return lines


def _people_section(G: nx.Graph, names: dict[Hashable, str]) -> list[str]:
    people = _by_kind(G, "person")
    if not people:
        return []
    lines = [
        "## Who works on what",
        "",
        "| Person | Topics (evidence) | Reviews and issues | Meetings attended |",
        "|---|---|---|---|",
    ]
    for person in people[:INDEX_ROWS]:
        topics = _list(G, _linked(G, person, ["topic"]))
        ref_cells = _refs_cell(G, person)
        attended = G.nodes[person].get("attended")
        if not isinstance(attended, int) or isinstance(attended, bool):
            attended = len(_linked(G, person, ["meeting"]))
        lines.append(f"| {_named(G, person, names)} | {topics} | {ref_cells} | {attended} |")
    return [*lines, "", *_everyone(G, people, names, "people")]


def _topic_section(G: nx.Graph, names: dict[Hashable, str]) -> list[str]:
    topics = _by_kind(G, "topic")
    if not topics:
        return []
    lines = [
        "## Topics and their people",
        "",
        "| Topic | People (evidence) | Reviews and issues |",
        "|---|---|---|",
    ]
    for topic in topics[:INDEX_ROWS]:
        people = _list(G, _linked(G, topic, ["person"]))
        ref_cells = _refs_cell(G, topic)
        lines.append(f"| {_named(G, topic, names)} | {people} | {ref_cells} |")
    return [*lines, "", *_everyone(G, topics, names, "topics")]


def _reference_section(G: nx.Graph) -> list[str]:
    everything = _by_kind(G, "reference")
    if not everything:
        return []
    refs = sorted(everything[:INDEX_ROWS], key=lambda n: (_label(G, n).casefold(), str(n)))
    lines = [
        "## Reviews and issues",
        "",
        "| Reference | Title | Discussed by | Topics | Last seen |",
        "|---|---|---|---|---|",
    ]
    for ref in refs:
        data = G.nodes[ref]
        title = md(data.get("title")) or "—"
        people = _list(G, _linked(G, ref, ["person"]))
        topics = _list(G, _linked(G, ref, ["topic"]))
        last = iso_date(data.get("last_seen")) or "—"
        lines.append(f"| {_ref_cell(G, ref)} | {title} | {people} | {topics} | {last} |")
    if len(everything) > INDEX_ROWS:
        lines += [
            "",
            f"The {INDEX_ROWS} most discussed of {len(everything):,}; all are in references.csv.",
        ]
    return [*lines, ""]


def _meeting_section(G: nx.Graph) -> list[str]:
    meetings = [n for n in G.nodes if kind_of(G, n) == "meeting"]
    if not meetings:
        return []
    meetings.sort(key=lambda n: (iso_date(G.nodes[n].get("date")), _label(G, n), str(n)))
    total = len(meetings)
    meetings = meetings[-INDEX_ROWS:]  # the latest
    lines = ["## Meetings", "", "| Date | Title | Attendees | Minutes |", "|---|---|---|---|"]
    for meeting in meetings:
        data = G.nodes[meeting]
        count = data.get("attendee_count")
        if not isinstance(count, int) or isinstance(count, bool):
            count = len(_linked(G, meeting, ["person"]))
        date = iso_date(data.get("date")) or "undated"
        title = md(data.get("title") or data.get("label")) or "—"
        path = md(data.get("path")) or "—"
        lines.append(f"| {date} | {title} | {count} | {path} |")
    if total > INDEX_ROWS:
        lines += ["", f"The latest {INDEX_ROWS} of {total:,}; all are in meetings.csv."]
    return [*lines, ""]


# --------------------------------------------------------------------------- picture


def render_image(G: nx.Graph, *, fmt: str = "svg", max_nodes: int = PICTURE_NODES) -> bytes:
    """The picture of the ``max_nodes`` most important people and topics, as SVG or PNG bytes:
    each with its PICTURE_EDGES strongest links among them, and its name where it overlaps no
    other name or mark (the strongest named first).

    The same graph gives the same bytes: the layout is seeded, the SVG ids are salted with a
    fixed string, and no date goes into the metadata.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure

    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"fmt must be one of {', '.join(IMAGE_FORMATS)}, not {fmt!r}")
    # who works on what, like the map: people and topics only, when there are any
    # (a name that fits several people is no one's node, as on the map)
    who = [
        n
        for n, d in G.nodes(data=True)
        if kind_of(G, n) in DEFAULT_KINDS
        and not (d.get("unresolved") and d.get("kind") == "person")
    ]
    G = G.subgraph(who) if who else G
    selection = select_nodes(G, max_nodes) if G.number_of_nodes() else None
    H = G.subgraph(selection.nodes if selection else [])
    pos = map_layout(H)
    with (
        matplotlib.rc_context({"svg.hashsalt": "kg", "svg.fonttype": "none"}),
        warnings.catch_warnings(),
    ):
        warnings.filterwarnings("ignore", message=r"Glyph .* missing from")
        fig = Figure(figsize=(10, 7.5), dpi=100)
        renderer = FigureCanvasAgg(fig).get_renderer()  # type: ignore[no-untyped-call]
        ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
        ax.set_axis_off()
        ax.set_aspect("equal")
        segments = [[(pos[u][0], -pos[u][1]), (pos[v][0], -pos[v][1])] for u, v in _edges(H)]
        ax.add_collection(LineCollection(segments, colors="#c9ced6", linewidths=0.7, zorder=1))
        weights = {n: node_weight(H, n) for n in H.nodes}
        top = max(weights.values(), default=1.0) or 1.0
        sizes = {n: 24 + 220 * (weights[n] / top) for n in H.nodes}
        for kind, style in KINDS.items():
            members = sorted((n for n in H.nodes if kind_of(H, n) == kind), key=str)
            if not members:
                continue
            ax.scatter(
                [pos[n][0] for n in members],
                [-pos[n][1] for n in members],
                s=[sizes[n] for n in members],
                marker=style.marker,
                c=style.color,
                edgecolors=style.border,
                linewidths=0.5,
                zorder=2,
                label=style.name,
            )
        if H.number_of_nodes():
            ax.autoscale_view()
            ax.margins(0.08)
            legend = ax.legend(loc="upper left", fontsize=8, frameon=True, markerscale=0.8)
            fig.canvas.draw()
            _name_nodes(ax, renderer, H, pos, weights, sizes, legend.get_window_extent(renderer))
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {}
        fig.savefig(buffer, format=fmt, metadata=metadata, facecolor="white")
    return buffer.getvalue()


# where a name goes beside its mark, in points: below, above, right, left
_PLACES = (
    (0, -1, "center", "top"),
    (0, 1, "center", "bottom"),
    (1, 0, "left", "center"),
    (-1, 0, "right", "center"),
)


def _name_nodes(
    ax: Any,
    renderer: Any,
    H: nx.Graph,
    pos: dict[Hashable, tuple[float, float]],
    weights: dict[Hashable, float],
    sizes: dict[Hashable, float],
    legend: Any,
) -> None:
    """Name each node, the strongest first, in the first of four places beside its mark where
    the name overlaps no name already placed, no other mark (but for the NAMED_FIRST strongest)
    and not the legend; a node with no such place stays unnamed (the map and its page name it)."""
    points = ax.figure.dpi / 72
    marks = []
    for node in H.nodes:
        x, y = ax.transData.transform((pos[node][0], -pos[node][1]))
        r = (sizes[node] ** 0.5) / 2 * points + 1
        marks.append((node, (x - r, y - r, x + r, y + r)))
    taken: list[tuple[float, float, float, float]] = [tuple(legend.extents)]
    width, height = ax.figure.bbox.width, ax.figure.bbox.height
    for rank, node in enumerate(sorted(H.nodes, key=lambda n: (-weights[n], str(n)))):
        radius = (sizes[node] ** 0.5) / 2 + 2
        for dx, dy, ha, va in _PLACES:
            text = ax.annotate(
                display_label(H.nodes[node].get("label") or node, 30),
                (pos[node][0], -pos[node][1]),
                xytext=(dx * radius, dy * radius),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=LABEL_POINTS,
                color="#1f2430",
                zorder=3,
                parse_math=False,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            )
            box = text.get_window_extent(renderer).expanded(1.0, 1.0).extents
            box = (box[0] - 3, box[1] - 2, box[2] + 3, box[3] + 2)  # a browser's font is wider
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
            # the strongest are named even over a neighbour's mark, never over a name
            clear = not any(_overlap(box, b) for b in taken) and (
                rank < NAMED_FIRST
                or not any(_overlap(box, b) for other, b in marks if other != node)
            )
            if inside and clear:
                taken.append(box)
                break
            text.remove()


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _edges(H: nx.Graph) -> list[tuple[Hashable, Hashable]]:
    """Each node's PICTURE_EDGES strongest links (by weight, then the other end's id)."""
    kept: set[tuple[Hashable, Hashable]] = set()
    for node in H.nodes:
        ranked = sorted(
            H[node].items(), key=lambda kv: (-float(kv[1].get("weight") or 0), str(kv[0]))
        )
        for other, _ in ranked[:PICTURE_EDGES]:
            kept.add((node, other) if str(node) <= str(other) else (other, node))
    return sorted(kept, key=lambda e: (str(e[0]), str(e[1])))
