"""Write a graph's outputs into a folder: JSON, GraphML, CSV tables, the HTML map, the wiki page.

Every file is written to a temporary name and renamed into place, so a failed or interrupted run
leaves the previous outputs as they were.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import networkx as nx

from . import tables
from .errors import OutputError
from .io import atomic_write_text, replace_dir

TABLES = {
    "people.csv": tables.people,
    "topics.csv": tables.topics,
    "references.csv": tables.references,
    "meetings.csv": tables.meetings,
    "edges.csv": tables.edges,
    "evidence.csv": tables.evidence,
}


def graphml_text(graph: nx.Graph) -> str:
    """GraphML of the graph, with list and dict attributes stored as JSON strings."""
    flat = nx.Graph()
    flat.graph.update({k: _scalar(v) for k, v in graph.graph.items()})
    for nid, data in graph.nodes(data=True):
        flat.add_node(nid, **{k: _scalar(v) for k, v in data.items()})
    for a, b, data in graph.edges(data=True):
        flat.add_edge(a, b, **{k: _scalar(v) for k, v in data.items()})
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, dict, tuple, set)):
        return json.dumps(
            sorted(value) if isinstance(value, set) else value, ensure_ascii=False, sort_keys=True
        )
    if value is None:
        return ""
    return value


def write_outputs(
    graph: nx.Graph,
    out: str | os.PathLike[str],
    *,
    html: bool = True,
    wiki: bool = True,
    max_nodes: int = 2500,
) -> dict[str, Path]:
    """Write every output of a build into ``out``; returns name -> path."""
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"{folder}: cannot create the output folder ({exc.strerror}); choose another --out"
        ) from exc
    try:
        staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=folder))
    except OSError as exc:
        raise OutputError(
            f"{folder}: cannot write there ({exc.strerror}); choose another --out"
        ) from exc
    try:
        # everything is written aside first, then renamed into place together: an interrupted
        # build leaves the previous set of outputs, not a mix of old and new files
        atomic_write_text(staging / "graph.json", tables.to_json_text(graph) + "\n")
        atomic_write_text(staging / "graph.graphml", graphml_text(graph))
        for name, make in TABLES.items():
            tables.write_csv(make(graph), staging / name)
        if html:
            from .render.html import write_html

            write_html(graph, staging / "graph.html", max_nodes=max_nodes)
        if wiki:
            from .render.wiki import write_wiki

            write_wiki(graph, staging / "wiki.md")
        written: dict[str, Path] = {}
        for item in sorted(staging.iterdir(), key=lambda p: (p.name == "graph.json", p.name)):
            if item.is_dir():  # the wiki's pages
                replace_dir(item, folder / item.name)
            else:
                os.replace(item, folder / item.name)
            written[item.name] = folder / item.name
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    order = ["graph.json", "graph.graphml", *TABLES, "graph.html", "wiki.md", "wiki"]
    return dict(
        sorted(written.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    )


def read_graph(path: str | os.PathLike[str]) -> nx.Graph:
    """Load a ``graph.json`` written by kg."""
    where = Path(path)
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
        return nx.node_link_graph(data, edges="edges")
    except FileNotFoundError as exc:
        raise OutputError(f"{where}: no such graph; run `kg build` first or give --graph") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise OutputError(f"{where}: not a graph.json written by kg ({exc})") from exc
