"""The wiki's pages: one Markdown page per person and per topic, each with a small picture.

Beside ``wiki.md`` (the index) a folder of the same name holds ``people/<name>.md`` and
``topics/<name>.md``. A page says who (or what) is linked, since when and how often, lists the
evidence with links to the minutes (when the graph has a ``source_url``), and shows an SVG of its
neighbourhood: the node in the middle, its strongest neighbours in two labelled columns. The
pages link to each other and to the index with relative links, so they render on GitHub and in
MkDocs alike. Everything from the minutes is escaped (:func:`kg.render.wiki.md`); the SVG is
written by hand, its text XML-escaped, and the same graph gives the same bytes.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_node("person:ada", kind="person", label="Ada <b>")
>>> G.add_node("topic:x", kind="topic", label="NVMe")
>>> G.add_edge("person:ada", "topic:x", relation="works_on", count=2, weight=2.0,
...            first_seen="2019-05-23", last_seen="2019-06-20")
>>> names = page_names(G)
>>> names["person:ada"], names["topic:x"]
('people/ada-b.md', 'topics/nvme.md')
>>> "| [Ada \\\\<b\\\\>](../people/ada-b.md) | 2019-05-23 | 2019-06-20 | 2 |" in render_page(G, "topic:x", names, "wiki.md")
True
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from ..names import slug
from ..source import source_link
from .html import KINDS, display_label, iso_date, kind_of, number, source_template

__all__ = ["neighbourhood_svg", "page_names", "render_page", "write_pages"]

PAGE_KINDS = {"person": "people", "topic": "topics"}
EVIDENCE_ON_PAGE = 15
PICTURE_ROWS = 8  # neighbours per column of a page's picture
ROW_ORDER = ("person", "organization", "topic", "reference", "meeting", "action", "other")


def page_names(G: nx.Graph) -> dict[Hashable, str]:
    """The page of each person and topic, relative to the pages' folder: ``people/<name>.md``.

    A name is the label's slug (:func:`kg.names.slug`: SmartOS -> ``smartos``, Cyrillic stays
    Cyrillic), so a reader finds the page by its name. Two labels with one slug (``C`` and
    ``C++``): the first by node id keeps it, the others get ``-2``, ``-3`` ..., so the names are
    unique, also on file systems that ignore case, and the same for the same graph.
    """
    slugs: dict[tuple[str, str], list[Hashable]] = {}
    for node in sorted(G.nodes, key=str):
        kind = kind_of(G, node)
        if kind in PAGE_KINDS:
            stem = slug(_label(G, node))[:60].strip("-_").casefold() or "page"
            slugs.setdefault((PAGE_KINDS[kind], stem), []).append(node)
    taken = set(slugs)
    names: dict[Hashable, str] = {}
    for (folder, stem), nodes in sorted(slugs.items()):
        names[nodes[0]] = f"{folder}/{stem}.md"
        n = 1
        for node in nodes[1:]:
            n += 1
            while (folder, f"{stem}-{n}") in taken:
                n += 1
            taken.add((folder, f"{stem}-{n}"))
            names[node] = f"{folder}/{stem}-{n}.md"
    return names


def write_pages(G: nx.Graph, folder: Path, index: str) -> int:
    """Write every page and its picture into the fresh folder ``folder`` (the caller puts it in
    place whole); ``index`` is the index's file name. Returns the number of pages."""
    names = page_names(G)
    for sub in sorted(set(PAGE_KINDS.values())):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for node, name in names.items():
        (folder / name).write_text(render_page(G, node, names, index), encoding="utf-8")
        svg = folder / name.replace(".md", ".svg")
        svg.write_text(neighbourhood_svg(G, node), encoding="utf-8")
    return len(names)


# --------------------------------------------------------------------------- a page


def render_page(G: nx.Graph, node: Hashable, names: dict[Hashable, str], index: str) -> str:
    """The Markdown page of one person or topic (see the module's docstring)."""
    from .wiki import md, md_link

    data = G.nodes[node]
    kind = kind_of(G, node)
    label = _label(G, node)
    here = names[node]
    up = "../" * here.count("/") + "../"  # from folder/people/x.md to the index beside folder
    lines = [f"# {md(label, 200)}", ""]
    facts = [KINDS[kind].one]
    first, last = iso_date(data.get("first_seen")), iso_date(data.get("last_seen"))
    if first:
        facts.append(f"seen {first}" + (f" to {last}" if last and last != first else ""))
    meetings = int(number(data.get("meeting_count")))
    if meetings:
        facts.append(f"{meetings} meeting{'s' if meetings != 1 else ''}")
    aliases = [a for a in _strings(data.get("aliases")) if a != label]
    if aliases:
        facts.append("also called " + ", ".join(md(a, 60) for a in aliases[:8]))
    lines += [" · ".join(facts), "", f"[Index]({quote(up + index)})", ""]
    picture = quote(Path(here).name.replace(".md", ".svg"))
    lines += [f"![The neighbourhood of {md(label, 80)}]({picture})", ""]

    def link(other: Hashable) -> str:
        text = md(_label(G, other), 60)
        if other in names:
            return f"[{text}]({quote(_relative(here, names[other]))})"
        if kind_of(G, other) == "reference":
            return md_link(text, G.nodes[other].get("url"))
        return text

    sections = (
        [("Who works on it", ("person",)), ("Related topics", ("topic", "organization"))]
        if kind == "topic"
        else [("Topics", ("topic",)), ("Organizations", ("organization",))]
    )
    for heading, kinds in sections:
        rows = _neighbours(G, node, kinds)
        if not rows:
            continue
        lines += [f"## {heading}", "", "| Name | Since | Last | Evidence |", "|---|---|---|---|"]
        for other, edge in rows:
            since = iso_date(edge.get("first_seen")) or "—"
            until = iso_date(edge.get("last_seen")) or "—"
            count = int(number(edge.get("count"), len(edge.get("evidence") or [])))
            lines.append(f"| {link(other)} | {since} | {until} | {count} |")
        lines.append("")
    refs = _neighbours(G, node, ("reference",))
    if refs:
        lines += ["## Reviews and issues", ""]
        for other, _ in refs[:50]:
            title = md(G.nodes[other].get("title"), 120)
            lines.append(f"- {link(other)}" + (f": {title}" if title else ""))
        if len(refs) > 50:
            lines.append(f"- … and {len(refs) - 50} more")
        lines.append("")
    attended = _neighbours(G, node, ("meeting",))
    if attended:
        dates = sorted(iso_date(G.nodes[m].get("date")) for m, _ in attended)
        dates = [d for d in dates if d]
        span = f", {dates[0]} to {dates[-1]}" if dates else ""
        lines += ["## Meetings", "", f"In {len(attended)} meetings{span}.", ""]
    lines += _evidence(G, node)
    return "\n".join(lines)


def _evidence(G: nx.Graph, node: Hashable) -> list[str]:
    from .wiki import md, md_link

    template = source_template(G)
    seen = set()
    items = []
    for other in G.adj[node]:
        evidence = G.edges[node, other].get("evidence") or []
        for item in evidence if isinstance(evidence, list) else []:
            if not isinstance(item, dict):
                continue
            key = (str(item.get("path")), item.get("line"), str(item.get("text")))
            if key not in seen:
                seen.add(key)
                items.append(item)
    if not items:
        return []
    items.sort(key=lambda i: (iso_date(i.get("date")), str(i.get("path")), _line(i)), reverse=True)
    lines = [
        f"## Evidence ({len(items)}, newest first)"
        if len(items) <= EVIDENCE_ON_PAGE
        else f"## Evidence (the newest {EVIDENCE_ON_PAGE} of {len(items)})",
        "",
    ]
    for item in items[:EVIDENCE_ON_PAGE]:
        date = iso_date(item.get("date")) or "undated"
        section = md(item.get("section"), 60)
        path = display_label(item.get("path"), 200)
        where = f"{path}:{_line(item)}" if _line(item) else path
        url = source_link(template, path, _line(item)) if path else None
        source = md_link(md(where, 200), url) if where else ""
        head = " · ".join(p for p in (date, section, source) if p)
        lines.append(f"- {head}: {md(item.get('text'), 400)}")
    return [*lines, ""]


def _line(item: dict[str, Any]) -> int:
    line = item.get("line")
    return line if isinstance(line, int) and not isinstance(line, bool) and line > 0 else 0


def _neighbours(
    G: nx.Graph, node: Hashable, kinds: tuple[str, ...]
) -> list[tuple[Hashable, dict[str, Any]]]:
    found = [(other, G.edges[node, other]) for other in G.adj[node] if kind_of(G, other) in kinds]
    found.sort(key=lambda t: (-number(t[1].get("weight")), _label(G, t[0]).casefold(), str(t[0])))
    return found


def _relative(here: str, there: str) -> str:
    """``there`` as seen from ``here`` (both relative to the pages' folder)."""
    return "../" * here.count("/") + there


def _label(G: nx.Graph, node: Hashable) -> str:
    return display_label(G.nodes[node].get("label") or node, 1000)


def _strings(value: Any) -> list[str]:
    if isinstance(value, list | tuple | set | frozenset):
        return sorted(str(v) for v in value if v is not None)
    return []


# --------------------------------------------------------------------------- its picture

_W = 720
_ROW = 26
_COLUMN = 150
_TEXT = 28  # characters of a label in the picture


def neighbourhood_svg(G: nx.Graph, node: Hashable) -> str:
    """A small SVG: the node in the middle, its strongest neighbours (meetings and action items
    left out) in two columns, people first, every one labelled.

    >>> import networkx as nx
    >>> G = nx.Graph([("person:a", "topic:<x>")])
    >>> nx.set_node_attributes(G, {"person:a": "person", "topic:<x>": "topic"}, "kind")
    >>> svg = neighbourhood_svg(G, "topic:<x>")
    >>> svg.startswith("<svg") and "&lt;x&gt;" in svg and "<x>" not in svg
    True
    """
    others = [
        (other, G.edges[node, other])
        for other in G.adj[node]
        if other != node and kind_of(G, other) not in ("meeting", "action")
    ]
    others.sort(
        key=lambda t: (
            ROW_ORDER.index(kind_of(G, t[0])),
            -number(t[1].get("weight")),
            _label(G, t[0]).casefold(),
            str(t[0]),
        )
    )
    # the strongest 2 * PICTURE_ROWS, kept in kind order
    strongest = sorted(others, key=lambda t: (-number(t[1].get("weight")), str(t[0])))
    keep = {o for o, _ in strongest[: 2 * PICTURE_ROWS]}
    shown = [o for o, _ in others if o in keep]
    half = (len(shown) + 1) // 2
    columns = (shown[:half], shown[half:])
    rows = max(len(columns[0]), len(columns[1]), 1)
    height = rows * _ROW + 40
    cx, cy = _W / 2, height / 2
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_W}" height="{height}" '
        f'viewBox="0 0 {_W} {height}" font-family="system-ui, sans-serif" font-size="13">',
        f"<title>{escape(display_label(_label(G, node), 200))} and its connections</title>",
        f'<rect width="{_W}" height="{height}" fill="#ffffff"/>',
    ]
    marks = []
    for sign, column in ((-1, columns[0]), (1, columns[1])):
        for row, other in enumerate(column):
            x = cx + sign * _COLUMN
            y = cy + (row - (len(column) - 1) / 2) * _ROW
            parts.append(
                f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}" '
                'stroke="#b9c0cb" stroke-width="1.2"/>'
            )
            anchor = "end" if sign < 0 else "start"
            tx = x - 12 if sign < 0 else x + 12
            marks.append(_mark(kind_of(G, other), x, y, 7))
            marks.append(
                f'<text x="{tx:.1f}" y="{y + 4.5:.1f}" text-anchor="{anchor}" fill="#1f2430">'
                f"{escape(display_label(_label(G, other), _TEXT))}</text>"
            )
    parts += marks
    parts.append(_mark(kind_of(G, node), cx, cy, 11))
    parts.append(
        f'<text x="{cx:.1f}" y="{cy - 17:.1f}" text-anchor="middle" font-weight="600" '
        f'fill="#1f2430">{escape(display_label(_label(G, node), 40))}</text>'
    )
    if not shown:
        parts.append(
            f'<text x="{cx:.1f}" y="{cy + 28:.1f}" text-anchor="middle" fill="#5d6675">'
            "no connections besides meetings</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _mark(kind: str, x: float, y: float, r: float) -> str:
    style = KINDS.get(kind, KINDS["other"])
    paint = f"fill={quoteattr(style.color)} stroke={quoteattr(style.border)}"
    if style.shape == "diamond":
        points = f"{x:.1f},{y - r:.1f} {x + r:.1f},{y:.1f} {x:.1f},{y + r:.1f} {x - r:.1f},{y:.1f}"
        return f'<polygon points="{points}" {paint}/>'
    if style.shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" {paint}/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {paint}/>'
