"""Graph -> tidy pandas DataFrames (one row per node or edge), and CSV export.

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_node("topic:nvme", kind="topic", label="NVMe", aliases=["nvme"], mentions=3,
...            meeting_count=1, first_seen="2019-05-23", last_seen="2019-05-23", weight=2.0)
>>> topics(g)[["label", "mentions"]].to_dict("records")
[{'label': 'NVMe', 'mentions': 3}]
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from .io import atomic_open

_BASE = ["id", "label", "aliases", "mentions", "meeting_count", "first_seen", "last_seen", "weight"]
_MISSING = float("nan")  # what pandas puts where a row's dict lacks a column
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
# one encoder for every line: json.dumps with options makes a new one at each call
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _frame(graph: nx.Graph, kind: str, extra: list[str]) -> pd.DataFrame:
    rows = []
    for nid, data in sorted(graph.nodes(data=True)):
        if data.get("kind") != kind:
            continue
        row: dict[str, Any] = {"id": nid}
        for col in _BASE[1:] + extra:
            value = data.get(col, "")
            row[col] = "; ".join(value) if isinstance(value, list) else value
        rows.append(row)
    frame = pd.DataFrame(rows, columns=_BASE + extra)
    return frame.sort_values(
        ["weight", "label"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def people(graph: nx.Graph) -> pd.DataFrame:
    """One row per person: label, aliases, handles, meetings attended, first/last seen, top topics."""
    frame = _frame(
        graph, "person", ["attended", "handles", "organization", "unresolved", "candidates"]
    )
    frame["topics"] = [", ".join(_top(graph, nid, "topic", 5)) for nid in frame["id"]]
    return frame


def topics(graph: nx.Graph) -> pd.DataFrame:
    """One row per topic: label, aliases, mentions, first/last seen, its people."""
    frame = _frame(graph, "topic", ["source"])
    frame["people"] = [", ".join(_top(graph, nid, "person", 5)) for nid in frame["id"]]
    return frame


def references(graph: nx.Graph) -> pd.DataFrame:
    """One row per code review or issue: key, title, url, system, repository, its people."""
    frame = _frame(graph, "reference", ["title", "url", "system", "repo", "number"])
    frame["people"] = [", ".join(_top(graph, nid, "person", 5)) for nid in frame["id"]]
    frame["topics"] = [", ".join(_top(graph, nid, "topic", 5)) for nid in frame["id"]]
    return frame


def meetings(graph: nx.Graph) -> pd.DataFrame:
    """One row per meeting: date, title, path, number of attendees."""
    rows = [
        {
            "id": n,
            "date": d.get("date", ""),
            "title": d.get("title", ""),
            "path": d.get("path", ""),
            "attendees": d.get("attendee_count", 0),
            "mentions": d.get("mentions", 0),
        }
        for n, d in graph.nodes(data=True)
        if d.get("kind") == "meeting"
    ]
    frame = pd.DataFrame(rows, columns=["id", "date", "title", "path", "attendees", "mentions"])
    return frame.sort_values(["date", "id"], kind="stable").reset_index(drop=True)


def edges(graph: nx.Graph) -> pd.DataFrame:
    """One row per edge, with its strongest evidence sentence and where it was read."""
    rows = []
    for a, b, d in graph.edges(data=True):
        source, target = (a, b) if a <= b else (b, a)
        ev = d["evidence"][0] if d.get("evidence") else {}
        rows.append(
            {
                "source": source,
                "source_label": graph.nodes[source]["label"],
                "target": target,
                "target_label": graph.nodes[target]["label"],
                "relation": d["relation"],
                "weight": d["weight"],
                "count": d.get("count", 0),
                "first_seen": d.get("first_seen", ""),
                "last_seen": d.get("last_seen", ""),
                "meeting": ev.get("meeting", ""),
                "section": ev.get("section", ""),
                "evidence": ev.get("text", ""),
                "where": f"{ev.get('path', '')}:{ev.get('line', '')}" if ev else "",
            }
        )
    frame = pd.DataFrame(
        rows,
        columns=[
            "source",
            "source_label",
            "target",
            "target_label",
            "relation",
            "weight",
            "count",
            "first_seen",
            "last_seen",
            "meeting",
            "section",
            "evidence",
            "where",
        ],
    )
    return frame.sort_values(["relation", "source", "target"], kind="stable").reset_index(drop=True)


def evidence(graph: nx.Graph) -> pd.DataFrame:
    """Every evidence sentence of every edge (one row each): the mentions table."""
    # made a column at a time: a dict per row (166k rows on the 14 corpora) held it twice over
    names = ["source", "target", "relation", "meeting", "date", "section", "text", "path", "line"]
    columns: dict[str, list[Any]] = {name: [] for name in names}
    ends, said = (columns["source"], columns["target"], columns["relation"]), names[3:]
    for a, b, d in graph.edges(data=True):
        source, target = (a, b) if a <= b else (b, a)
        for ev in d.get("evidence", []):
            ends[0].append(source)
            ends[1].append(target)
            ends[2].append(d["relation"])
            for name in said:
                columns[name].append(ev.get(name, _MISSING))
    frame = pd.DataFrame(columns if ends[0] else [], columns=names)
    return frame.sort_values(
        ["date", "meeting", "line", "source", "target"], kind="stable"
    ).reset_index(drop=True)


def _top(graph: nx.Graph, nid: str, kind: str, n: int) -> list[str]:
    pairs = [
        (d["weight"], graph.nodes[o]["label"])
        for o, d in graph[nid].items()
        if graph.nodes[o]["kind"] == kind
    ]
    return [label for _, label in sorted(pairs, key=lambda x: (-x[0], x[1]))[:n]]


def safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas: a text cell starting with = + - @ gets a leading quote.

    >>> safe_cell("=HYPERLINK(1)"), safe_cell("-1"), safe_cell("NVMe"), safe_cell(3)
    ("'=HYPERLINK(1)", "'-1", 'NVMe', 3)
    """
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def write_csv(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as CSV atomically, with formula injection neutralised."""
    safe = frame.copy()
    for col in safe.columns:
        if pd.api.types.is_object_dtype(safe[col]) or pd.api.types.is_string_dtype(safe[col]):
            # a plain loop finds the few risky cells; pandas' string methods loop much slower
            values = safe[col].tolist()
            if any(isinstance(v, str) and v.startswith(_FORMULA) for v in values):
                safe[col] = [safe_cell(v) for v in values]
    with atomic_open(path) as handle:
        safe.to_csv(handle, index=False, lineterminator="\n")
    return Path(path)


def to_json_text(graph: nx.Graph) -> str:
    """``nx.node_link_data(G, edges="edges")`` as deterministic JSON text, one node or edge a line.

    One item a line keeps the file readable and diffable, and lets the C encoder write each
    line: ``indent=`` would send the whole graph through json's pure-Python encoder (7x slower).

    >>> g = nx.Graph(); g.add_edge("a", "b", relation="related", weight=1.0)
    >>> print(to_json_text(g))
    {
     "directed": false,
     "edges": [
      {"relation": "related", "source": "a", "target": "b", "weight": 1.0}
     ],
     "graph": {},
     "multigraph": false,
     "nodes": [
      {"id": "a"},
      {"id": "b"}
     ]
    }
    """
    return "\n".join(json_lines(graph))


def json_lines(graph: nx.Graph) -> Iterator[str]:
    """The lines of :func:`to_json_text` (without line ends), made one at a time."""
    data = nx.node_link_data(graph, edges="edges")
    yield "{"
    for i, (key, value) in enumerate(sorted(data.items())):
        comma = "," if i < len(data) - 1 else ""
        head = f" {json.dumps(key)}: "
        if isinstance(value, list) and value:
            yield head + "["
            last = len(value) - 1
            for n, item in enumerate(value):
                text = _JSON(item)
                yield f"  {text}," if n < last else f"  {text}"
            yield " ]" + comma
        else:
            yield head + _JSON(value) + comma
    yield "}"
