"""Write a graph's outputs into a folder: JSON, GraphML, CSV tables, the HTML map, the wiki page.

Every file is written to a temporary name and renamed into place, so a failed or interrupted run
leaves the previous outputs as they were.
"""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from . import tables
from .errors import OutputError
from .io import atomic_write_text
from .store import Store, write_store

log = logging.getLogger(__name__)

TABLES = {
    "people.csv": tables.people,
    "topics.csv": tables.topics,
    "references.csv": tables.references,
    "meetings.csv": tables.meetings,
    "edges.csv": tables.edges,
    "evidence.csv": tables.evidence,
}
# every output kg build can write, in the order it lists them (wiki.md comes with wiki.svg)
OUTPUTS = ("graph.json", "graph.graphml", *TABLES, "kg.db", "graph.html", "wiki.md")


def check_outputs(names: Iterable[str]) -> list[str]:
    """The outputs asked for, in kg's order; :class:`OutputError` names an unknown one.

    >>> check_outputs(["kg.db", "graph.json"])
    ['graph.json', 'kg.db']
    """
    wanted = [n.strip() for n in names if n.strip()]
    unknown = [n for n in wanted if n not in OUTPUTS]
    if unknown or not wanted:
        what = f"unknown output {unknown[0]!r}" if unknown else "no output chosen"
        raise OutputError(f"{what}; choose from {', '.join(OUTPUTS)} (comma-separated)")
    return [n for n in OUTPUTS if n in wanted]


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
    outputs: Iterable[str] | None = None,
) -> dict[str, Path]:
    """Write the outputs of a build into ``out`` (``outputs``: which ones, default all); returns
    name -> path."""
    wanted = set(check_outputs(outputs) if outputs is not None else OUTPUTS)
    if not html:
        wanted.discard("graph.html")
    if not wiki:
        wanted.discard("wiki.md")
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
        started = time.perf_counter()

        def done(name: str) -> None:
            nonlocal started
            log.info("wrote %s in %.2f s", name, time.perf_counter() - started)
            started = time.perf_counter()

        if "graph.json" in wanted:
            atomic_write_text(staging / "graph.json", tables.to_json_text(graph) + "\n")
            done("graph.json")
        if "graph.graphml" in wanted:
            atomic_write_text(staging / "graph.graphml", graphml_text(graph))
            done("graph.graphml")
        frames = {}  # people, topics and reviews are made once for the CSV files and kg.db
        for name, make in TABLES.items():
            if name in wanted:
                frames[name] = make(graph)
                tables.write_csv(frames[name], staging / name)
                done(name)
        if "kg.db" in wanted:
            made = {"people": "people.csv", "topics": "topics.csv", "reviews": "references.csv"}
            write_store(
                graph, staging / "kg.db", {k: frames[v] for k, v in made.items() if v in frames}
            )
            done("kg.db")
        if "graph.html" in wanted:
            from .render.html import write_html

            write_html(graph, staging / "graph.html", max_nodes=max_nodes)
            done("graph.html")
        if "wiki.md" in wanted:
            from .render.wiki import write_wiki

            write_wiki(graph, staging / "wiki.md")
            done("wiki.md")
        written: dict[str, Path] = {}
        for item in sorted(staging.iterdir(), key=lambda p: (p.name == "graph.json", p.name)):
            os.replace(item, folder / item.name)
            written[item.name] = folder / item.name
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    order = list(OUTPUTS)
    return dict(
        sorted(written.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    )


def read_graph(path: str | os.PathLike[str]) -> nx.Graph:
    """Load a ``graph.json`` written by kg (or the whole graph from a ``kg.db``)."""
    where = Path(path)
    if where.suffix == ".db":
        store = Store(where)
        try:
            return store.graph()
        finally:
            store.close()
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
        return nx.node_link_graph(data, edges="edges")
    except FileNotFoundError as exc:
        raise OutputError(f"{where}: no such graph; run `kg build` first or give --graph") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise OutputError(f"{where}: not a graph.json written by kg ({exc})") from exc
